"""Apply a statement's inline suppressions to its findings."""

from __future__ import annotations

from dataclasses import dataclass

from checker.facts import Statement
from checker.findings import Finding
from checker.rules.base import Rule
from checker.rules.suppression import SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION


@dataclass(frozen=True)
class Suppressed:
    finding: Finding
    reason: str


def apply_suppressions(statement: Statement, findings: list[Finding]) -> tuple[list[Finding], list[Suppressed]]:
    """Findings that remain (plus findings about the suppressions themselves) and those suppressed."""
    if not statement.suppressions:
        return findings, []
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    used: set[tuple[int, str]] = set()
    for finding in findings:
        match = next(((index, s) for index, s in enumerate(statement.suppressions)
                      if s.reason and finding.rule_id in s.rule_ids), None)
        if match is None:
            kept.append(finding)
            continue
        used.add((match[0], finding.rule_id))
        suppressed.append(Suppressed(finding, match[1].reason or ""))
    for index, suppression in enumerate(statement.suppressions):
        if not suppression.reason:
            kept.append(_about(SUPPRESSION_WITHOUT_REASON, statement,
                               f"`{suppression.text}` gives no reason=\"...\"; the findings it names are "
                               "still reported"))
            continue
        for rule_id in suppression.rule_ids:
            if (index, rule_id) not in used:
                kept.append(_about(UNUSED_SUPPRESSION, statement,
                                   f"suppression of {rule_id} is unused: {rule_id} reports nothing here"))
    return kept, suppressed


def _about(rule: Rule, statement: Statement, message: str) -> Finding:
    return rule.finding(statement, message, pack=None, citation=None)
