"""What a scan returns: findings, what was suppressed or accepted, the data map and the coverage
counts. Reporters read only this; they never know how it was produced."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.dataflows import Flow
from checker.findings import Finding
from checker.suppressions import Suppressed


@dataclass
class ScanResult:
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    baselined: int = 0  # findings hidden because a baseline accepts them
    flows: list[Flow] = field(default_factory=list)  # the data map, one entry per statement and category
    files: int = 0
    datasets: int = 0
    statements: int = 0
    unreadable: int = 0
    tables: int = 0  # catalog tables the schema rules judged (DDL, dbt, a live database)
    turned_off: int = 0  # findings of rules the config turns off
    inputs_turned_off: int = 0  # of those, input problems the config accepts (`severity: {INP001: off}`)

    def failed(self, threshold: str) -> bool:
        return any(finding.at_least(threshold) for finding in self.findings)

    def unaccepted_inputs(self) -> int:
        """Input problems still at severity error: nobody accepted them (config or baseline)."""
        return sum(1 for finding in self.findings if finding.family == "input" and finding.severity == "error")
