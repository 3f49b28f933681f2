"""Match findings to the inline suppressions of their statement (or table). What the suppressions
themselves are worth (a reason given, something suppressed) is judged by the rules in
checker.rules.suppression."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checker.facts import Suppression
from checker.findings import Finding
from checker.records import Record


@dataclass(frozen=True, eq=False, repr=False)
class Suppressed(Record):
    finding: Finding
    reason: str
    kind: str = "inSource"  # SARIF's words: an inline comment, or "external" (the config's `accept:`)


@dataclass(frozen=True, eq=False, repr=False)
class Matched(Record):
    kept: list[Finding]
    suppressed: list[Suppressed]
    used: frozenset[tuple[int, str]]  # (index of the suppression, rule id) that suppressed a finding


def match_suppressions(findings: list[Finding], suppressions: Sequence[Suppression]) -> Matched:
    """Each finding goes to the first suppression with a reason that names its rule, else it is kept."""
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    used: set[tuple[int, str]] = set()
    for finding in findings:
        match = next(((index, s) for index, s in enumerate(suppressions)
                      if s.reason and finding.rule_id in s.rule_ids), None)
        if match is None:
            kept.append(finding)
            continue
        used.add((match[0], finding.rule_id))
        suppressed.append(Suppressed(finding, match[1].reason or ""))
    return Matched(kept, suppressed, frozenset(used))
