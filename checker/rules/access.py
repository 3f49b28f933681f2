"""Access: only the roles the policy names may read each data category."""

from __future__ import annotations

from collections.abc import Iterator

from checker.facts import Grant, Statement
from checker.findings import Finding
from checker.policy.model import AccessRule, Citation, Pack
from checker.rules.base import Context, Rule, RuleDoc, category_label, clauses_of


def _policy_role(role: str, pack: Pack, ctx: Context) -> str | None:
    mapped = ctx.config.roles.get(role)
    if mapped:
        return mapped
    return role if role in pack.roles else None


def _granted_categories(grant: Grant, pack: Pack, ctx: Context) -> dict[str, list[str]]:
    """Personal category -> granted columns holding it."""
    table = ctx.catalog.table(grant.table)
    if table is None:
        return {}
    columns = grant.columns or tuple(table.columns)
    found: dict[str, list[str]] = {}
    for column in columns:
        category = table.columns.get(column)
        if category and pack.knows(category) and pack.is_personal(category):
            found.setdefault(category, []).append(f"{table.name}.{column}")
    return found


def check_grant_outside_roles(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    for grant in statement.grants:
        role = _policy_role(grant.role, pack, ctx)
        if role is None:
            continue
        denied: dict[AccessRule, list[str]] = {}
        for category, columns in sorted(_granted_categories(grant, pack, ctx).items()):
            for rule in pack.access_for(category):
                if role not in rule.roles:
                    denied.setdefault(rule, []).extend(columns)
        for rule, columns in denied.items():
            yield GRANT_OUTSIDE_ROLES.finding(
                statement,
                f"GRANT {grant.privilege} gives role {grant.role} (policy role '{role}') "
                f"{_list(columns)}: {category_label(pack, rule.category)} may only be read by "
                f"{', '.join(rule.roles)}",
                pack=pack, citation=rule.citation, subject=columns[0], category=rule.category,
                evidence=(f"{grant.role} maps to policy role '{role}'",
                          f"columns granted: {', '.join(columns)}",
                          f"access rule for {rule.category}: {', '.join(rule.roles)}"),
            )


def _list(columns: list[str]) -> str:
    return ", ".join(columns[:4]) + (f" and {len(columns) - 4} more" if len(columns) > 4 else "")


def check_grant_unmapped(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    for grant in statement.grants:
        if _policy_role(grant.role, pack, ctx) is not None:
            continue
        granted = _granted_categories(grant, pack, ctx)
        restricted = sorted(category for category in granted if pack.access_for(category))
        if not restricted:
            continue
        columns = sorted(column for category in restricted for column in granted[category])
        yield GRANT_UNMAPPED.finding(
            statement,
            f"GRANT {grant.privilege} gives role {grant.role} personal data ({', '.join(columns[:4])}), but "
            f"{grant.role} maps to no role of the policy: add it to `roles:` in privgate.yaml",
            pack=pack, citation=pack.access_for(restricted[0])[0].citation, subject=columns[0],
            category=restricted[0],
            evidence=(f"policy roles: {', '.join(sorted(pack.roles))}",),
        )


def access_clauses(pack: Pack) -> list[Citation]:
    """Clauses that name who may read each category."""
    return clauses_of(rule.citation for rule in pack.access)


GRANT_OUTSIDE_ROLES = Rule(
    id="ACC001",
    name="grant-outside-allowed-roles",
    family="access",
    severity="error",
    summary="A GRANT lets a role read a data category that the policy reserves for other roles.",
    check=check_grant_outside_roles,
    clauses=access_clauses,
    doc=RuleDoc(
        what="`GRANT SELECT|ALL ON table [(columns)] TO role` (also several tables, `ON ALL TABLES IN "
             "SCHEMA`, Snowflake `TO ROLE`): the database role is mapped to a policy role through `roles:` "
             "in privgate.yaml, and every granted category's access rule must list that policy role.",
        why="The policy names who may access each category; a grant is where that promise is kept or broken.",
        failing="GRANT SELECT ON devices TO support_ro",
        passing="GRANT SELECT ON server_logs TO support_ro",
    ),
)

GRANT_UNMAPPED = Rule(
    id="ACC002",
    name="grant-to-unmapped-role",
    family="access",
    severity="warning",
    summary="A GRANT gives access-restricted personal data to a database role that maps to no policy role.",
    check=check_grant_unmapped,
    clauses=access_clauses,
    doc=RuleDoc(
        what="A grant of a category with an access rule to a role that is neither mapped in `roles:` nor "
             "named like a role of the pack.",
        why="Access cannot be checked for a role nobody has tied to the policy.",
        failing="GRANT SELECT ON accounts TO bi_tool",
        passing="GRANT SELECT ON accounts TO support_ro",
    ),
)

RULES = (GRANT_OUTSIDE_ROLES, GRANT_UNMAPPED)
