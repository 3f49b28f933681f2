"""Inline suppressions must say why, and must still suppress something."""

from __future__ import annotations

from checker.rules.base import Rule, RuleDoc

SUPPRESSION_WITHOUT_REASON = Rule(
    id="SUP001",
    name="suppression-without-reason",
    family="suppression",
    severity="error",
    summary="An inline `privgate: ignore[...]` comment gives no reason, so it suppresses nothing.",
    doc=RuleDoc(
        what="A `-- privgate: ignore[RULE_ID]` comment without `reason=\"...\"`. The findings it names are "
             "still reported.",
        why="An exception to a privacy promise needs a justification a reviewer can check (a DPIA, a DPO "
            "decision, a ticket); an unexplained suppression is how violations get waved through.",
        failing="-- privgate: purpose=analytics\n-- privgate: ignore[PUR001]\nSELECT notes FROM tickets",
        passing="-- privgate: purpose=analytics\n-- privgate: ignore[PUR001] reason=\"DPIA-42: notes are "
                "scanned for product defects, approved by the DPO\"\nSELECT notes FROM tickets",
    ),
)

UNUSED_SUPPRESSION = Rule(
    id="SUP002",
    name="unused-suppression",
    family="suppression",
    severity="warning",
    summary="An inline suppression names a rule that reports nothing on its statement.",
    doc=RuleDoc(
        what="A `privgate: ignore[RULE_ID]` comment whose rule did not fire on the statement it is attached to.",
        why="Stale exceptions hide the next real violation on the same statement; remove them once the "
            "query is fixed.",
        failing="-- privgate: purpose=analytics\n-- privgate: ignore[CON001] reason=\"legacy export\"\n"
                "SELECT country FROM accounts",
        passing="-- privgate: purpose=analytics\nSELECT country FROM accounts",
    ),
)

RULES = (SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION)
