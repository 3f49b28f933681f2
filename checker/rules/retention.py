"""Retention: purge jobs must delete data no later than the policy's maximum and no earlier than a
legal minimum."""

from __future__ import annotations

from collections.abc import Iterator

from checker.facts import Statement
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


def check_purge_too_late(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    limits = [(c, cat, rule) for c, cat, rule in _table_rules(statement, pack, ctx) if rule.max]
    if not limits or not statement.purge_limits:
        return
    column, category, strictest = min(limits, key=lambda item: item[2].max.days)  # type: ignore[union-attr]
    for purge in statement.purge_limits:
        if not purge.age.exceeds(strictest.max):  # type: ignore[arg-type]
            continue
        yield PURGE_TOO_LATE.finding(
            statement,
            f"purge of {purge.table} keeps rows for {purge.age}, longer than the {strictest.max} the policy "
            f"allows for {category_label(pack, strictest.category)}",
            pack=pack, citation=strictest.citation, subject=f"{purge.table}.{column}", category=category,
            evidence=(
                f"cutoff: {purge.sql} (rows older than {purge.age} are deleted)",
                f"maximum for {strictest.category}: {strictest.max}, counted from {strictest.clock.replace('_', ' ')}",
            ),
        )
        return


def check_purge_too_early(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    minimums = [(c, cat, rule) for c, cat, rule in _table_rules(statement, pack, ctx) if rule.min]
    if not minimums or not statement.purge_limits:
        return
    column, category, longest = max(minimums, key=lambda item: item[2].min.days)  # type: ignore[union-attr]
    for purge in statement.purge_limits:
        if not longest.min.exceeds(purge.age):  # type: ignore[union-attr]
            continue
        yield PURGE_TOO_EARLY.finding(
            statement,
            f"purge of {purge.table} deletes rows after {purge.age}, before the legal minimum of "
            f"{longest.min} for {category_label(pack, longest.category)}",
            pack=pack, citation=longest.citation, subject=f"{purge.table}.{column}", category=category,
            evidence=(
                f"cutoff: {purge.sql} (rows older than {purge.age} are deleted)",
                f"legal minimum for {longest.category}: {longest.min}, counted from {longest.clock.replace('_', ' ')}",
            ),
        )
        return


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
