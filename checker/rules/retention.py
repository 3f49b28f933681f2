"""Retention: purge jobs must delete data no later than the policy's maximum and no earlier than a
legal minimum."""

from __future__ import annotations

from collections.abc import Iterator

from checker.durations import Duration
from checker.facts import PurgeLimit, Statement
from checker.findings import Finding
from checker.policy.model import Pack, RetentionRule
from checker.rules.base import Context, Rule, RuleDoc, category_label


def _table_rules(statement: Statement, pack: Pack, ctx: Context) -> list[tuple[str, str, RetentionRule]]:
    """(column, category, rule) for every retention rule that covers a column of the purged table."""
    table = ctx.catalog.table(statement.purge_table or "")
    if table is None:
        return []
    found = []
    for column, category in table.columns.items():
        if category and pack.knows(category):
            found.extend((column, category, rule) for rule in pack.retention_for(category))
    return found


def _binding_rule(statement: Statement, pack: Pack, ctx: Context,
                  bound: str) -> tuple[str, str, RetentionRule] | None:
    """The (column, category, rule) whose `bound` ("max" or "min") binds the purge hardest."""
    rules = [item for item in _table_rules(statement, pack, ctx) if getattr(item[2], bound)]
    if not rules or not statement.purge_limits:
        return None
    pick = min if bound == "max" else max
    return pick(rules, key=lambda item: getattr(item[2], bound).days)


def check_purge_too_late(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    binding = _binding_rule(statement, pack, ctx, "max")
    if binding is None:
        return
    column, category, rule = binding
    for purge in statement.purge_limits:
        if purge.age.exceeds(rule.max):  # type: ignore[arg-type]
            yield PURGE_TOO_LATE.finding(
                statement,
                f"purge of {purge.table} keeps rows for {purge.age}, longer than the {rule.max} the policy "
                f"allows for {category_label(pack, rule.category)}",
                pack=pack, citation=rule.citation, subject=f"{purge.table}.{column}", category=category,
                evidence=_evidence(purge, rule, "maximum", rule.max),
            )
            return


def check_purge_too_early(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    binding = _binding_rule(statement, pack, ctx, "min")
    if binding is None:
        return
    column, category, rule = binding
    for purge in statement.purge_limits:
        if rule.min.exceeds(purge.age):  # type: ignore[union-attr]
            yield PURGE_TOO_EARLY.finding(
                statement,
                f"purge of {purge.table} deletes rows after {purge.age}, before the legal minimum of "
                f"{rule.min} for {category_label(pack, rule.category)}",
                pack=pack, citation=rule.citation, subject=f"{purge.table}.{column}", category=category,
                evidence=_evidence(purge, rule, "legal minimum", rule.min),
            )
            return


def _evidence(purge: PurgeLimit, rule: RetentionRule, kind: str, bound: Duration | None) -> tuple[str, str]:
    return (f"cutoff: {purge.sql} (rows older than {purge.age} are deleted)",
            f"{kind} for {rule.category}: {bound}, counted from {rule.clock.replace('_', ' ')}")


PURGE_TOO_LATE = Rule(
    id="RET001",
    name="purge-keeps-data-too-long",
    family="retention",
    severity="error",
    summary="A purge job's cutoff keeps data longer than the policy's retention maximum.",
    check=check_purge_too_late,
    doc=RuleDoc(
        what="A DELETE whose WHERE removes rows older than a cutoff (`now() - interval '18 months'`, "
             "`DATEADD(month, -18, CURRENT_DATE)`, `DATE_SUB(CURRENT_DATE(), INTERVAL 400 DAY)`, a fixed "
             "date against --as-of) on a table holding a category with a retention maximum; the cutoff "
             "must not be older than the strictest maximum. AND keeps the longest cutoff, OR the shortest.",
        why="Storage limitation (GDPR Art. 5(1)(e)): the policy promises how long each category is kept.",
        failing="DELETE FROM server_logs\nWHERE logged_at < now() - interval '18 months'",
        passing="DELETE FROM server_logs\nWHERE logged_at < now() - interval '1 year'",
    ),
)

PURGE_TOO_EARLY = Rule(
    id="RET002",
    name="purge-before-legal-minimum",
    family="retention",
    severity="error",
    summary="A purge job deletes data that a law requires to be kept longer.",
    check=check_purge_too_early,
    doc=RuleDoc(
        what="A DELETE whose cutoff is shorter than a retention minimum (accounting records, court files) "
             "of a category in the table.",
        why="Legal obligations (accounting acts, limitation periods) override an earlier deletion.",
        failing="DELETE FROM invoices\nWHERE issued_on < now() - interval '5 years'",
        passing="DELETE FROM invoices\nWHERE issued_on < now() - interval '11 years'",
    ),
)

RULES = (PURGE_TOO_LATE, PURGE_TOO_EARLY)
