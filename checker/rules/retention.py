"""Retention: purge jobs must delete data no later than the policy's maximum and no earlier than a
legal minimum."""

from __future__ import annotations

from collections.abc import Iterator

from checker.durations import Duration
from checker.facts import PurgeLimit, Statement
from checker.findings import Finding
from checker.policy.model import Citation, Pack, RetentionRule
from checker.rules.base import Context, Rule, RuleDoc, category_label, clauses_of


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
                pack=pack, citation=rule.cite("max"), subject=f"{purge.table}.{column}", category=category,
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
                pack=pack, citation=rule.cite("min"), subject=f"{purge.table}.{column}", category=category,
                evidence=_evidence(purge, rule, "legal minimum", rule.min),
            )
            return


def _evidence(purge: PurgeLimit, rule: RetentionRule, kind: str, bound: Duration | None) -> tuple[str, str]:
    return (f"cutoff: {purge.sql} (rows older than {purge.age} are deleted)",
            f"{kind} for {rule.category}: {bound}, counted from {rule.clock.replace('_', ' ')}")


# Clocks that start when the data is collected; every other clock starts later (contract end, survey end ...).
EARLIEST_CLOCKS = {"collected", "consent_given"}


def _earlier(first: str, second: str) -> bool:
    return first in EARLIEST_CLOCKS and second not in EARLIEST_CLOCKS


def _consistent(clock: str, rule: RetentionRule) -> bool:
    """A maximum may be counted from an earlier event (it only deletes sooner); a minimum from a later one."""
    same = clock == rule.clock
    max_ok = rule.max is None or same or _earlier(clock, rule.clock)
    min_ok = rule.min is None or same or _earlier(rule.clock, clock)
    return max_ok and min_ok


def check_purge_on_wrong_clock(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    table = ctx.catalog.table(statement.purge_table or "")
    if table is None or not table.clocks or not statement.purge_limits:
        return
    clock_of = {column: clock for clock, column in table.clocks.items()}
    for column, category, rule in _table_rules(statement, pack, ctx):
        for purge in statement.purge_limits:
            clock = clock_of.get(purge.column)
            if clock is not None and _consistent(clock, rule):
                continue
            counted = f"counts from {clock.replace('_', ' ')} ({purge.column})" if clock else \
                f"counts from {purge.column}, which is not a declared clock of {table.name}"
            yield PURGE_ON_WRONG_CLOCK.finding(
                statement,
                f"purge of {purge.table} {counted}, but the policy's "
                f"{'maximum' if rule.max else 'legal minimum'} for {category_label(pack, rule.category)} runs "
                f"from {rule.clock.replace('_', ' ')}",
                pack=pack, citation=rule.citation, subject=f"{purge.table}.{purge.column}", category=category,
                evidence=(f"cutoff: {purge.sql}",
                          f"clocks of {table.name}: " + ", ".join(f"{k}={v}" for k, v in sorted(table.clocks.items())),
                          f"rule for {rule.category}: {rule.max or rule.min} from {rule.clock.replace('_', ' ')}"),
            )
            return


def maximum_clauses(pack: Pack) -> list[Citation]:
    """Clauses that limit how long a category is kept."""
    return clauses_of(rule.cite("max") for rule in pack.retention if rule.max)


def minimum_clauses(pack: Pack) -> list[Citation]:
    """Clauses (usually laws) that require a category to be kept for a minimum time."""
    return clauses_of(rule.cite("min") for rule in pack.retention if rule.min)


def retention_clauses(pack: Pack) -> list[Citation]:
    """Every retention clause, each with the clock it runs on."""
    return clauses_of(rule.citation for rule in pack.retention)


PURGE_ON_WRONG_CLOCK = Rule(
    id="RET003",
    name="purge-on-wrong-clock",
    family="retention",
    severity="error",
    summary="A purge job measures age from a different event than the policy's retention clock.",
    check=check_purge_on_wrong_clock,
    clauses=retention_clauses,
    doc=RuleDoc(
        what="Where the catalog declares a table's clocks (`clocks: {collected: created_at, contract_ended: "
             "ended_at}`), a purge must count from the clock the retention rule runs on. Counting a maximum "
             "from a later event (last activity instead of collection) keeps data too long; counting a legal "
             "minimum from an earlier event deletes too soon.",
        why="\"2 years after the termination of the contractual relationship\" and \"12 months after their "
            "initial collection\" are different promises; the cutoff is only right on the right column.",
        failing="DELETE FROM contracts\nWHERE last_invoice_at < now() - interval '2 years'",
        passing="DELETE FROM contracts\nWHERE ended_at < now() - interval '2 years'",
    ),
)

PURGE_TOO_LATE = Rule(
    id="RET001",
    name="purge-keeps-data-too-long",
    family="retention",
    severity="error",
    summary="A purge job's cutoff keeps data longer than the policy's retention maximum.",
    check=check_purge_too_late,
    clauses=maximum_clauses,
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
    clauses=minimum_clauses,
    doc=RuleDoc(
        what="A DELETE whose cutoff is shorter than a retention minimum (accounting records, court files) "
             "of a category in the table.",
        why="Legal obligations (accounting acts, limitation periods) override an earlier deletion.",
        failing="DELETE FROM invoices\nWHERE issued_on < now() - interval '5 years'",
        passing="DELETE FROM invoices\nWHERE issued_on < now() - interval '11 years'",
    ),
)

RULES = (PURGE_TOO_LATE, PURGE_TOO_EARLY, PURGE_ON_WRONG_CLOCK)
