"""Inline suppressions must say why, and must still suppress something. Both rules judge the
suppressions of one statement (or table) once checker.suppressions has matched its findings to them."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding
from checker.rules.base import Rule, RuleDoc, no_clauses
from checker.rules.subjects import SuppressionSubject


def check_suppression_without_reason(about: SuppressionSubject) -> Iterator[Finding]:
    for suppression in about.suppressions if about.primary else ():
        if not suppression.reason:
            yield SUPPRESSION_WITHOUT_REASON.finding_at(
                about.position,
                f"`{suppression.text}` gives no reason=\"...\"; the findings it names are still reported",
                pack=None, citation=None)


def check_unused_suppression(about: SuppressionSubject) -> Iterator[Finding]:
    for index, suppression in enumerate(about.suppressions):
        if not suppression.reason:
            continue  # it suppresses nothing: SUP001's finding
        for rule_id in suppression.rule_ids:
            if rule_id in about.judged and (index, rule_id) not in about.used:
                yield UNUSED_SUPPRESSION.finding_at(
                    about.position, f"suppression of {rule_id} is unused: {rule_id} reports nothing here",
                    pack=None, citation=None)


SUPPRESSION_WITHOUT_REASON = Rule(
    id="SUP001",
    name="suppression-without-reason",
    family="suppression",
    severity="error",
    summary="An inline `privgate: ignore[...]` comment gives no reason, so it suppresses nothing.",
    check=check_suppression_without_reason,
    subject="suppression",
    clauses=no_clauses,
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
    check=check_unused_suppression,
    subject="suppression",
    clauses=no_clauses,
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
