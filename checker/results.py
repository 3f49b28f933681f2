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

    def failed(self, threshold: str) -> bool:
        return any(finding.at_least(threshold) for finding in self.findings)
