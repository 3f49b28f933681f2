"""What a scan returns: findings, what was suppressed or accepted, the data map and the coverage
counts. Reporters read only this; they never know how it was produced."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from checker.dataflows import Flow
from checker.findings import Finding
from checker.records import MutableRecord, Record
from checker.suppressions import Suppressed


@dataclass(frozen=True, eq=False, repr=False)
class Coverage(Record):
    """How much of what a scan found it could check: statements and datasets read and judged,
    against the input problems (statements, files, models, datasets it could not read)."""

    checked: int
    not_checked: int
    models_found: int = 0  # dbt models among the scanned files
    models_checked: int = 0  # of those, rendered and read without an input problem

    @property
    def percent(self) -> float:
        total = self.checked + self.not_checked
        return 100.0 if total == 0 else round(100 * self.checked / total, 1)

    def describe(self) -> str:
        text = f"coverage {self.percent:g}%"
        if self.not_checked:
            text += (f" ({self.checked} of {self.checked + self.not_checked} statements and datasets checked, "
                     f"{self.not_checked} not readable)")
        if self.models_found:
            text += f"; dbt models {self.models_checked} of {self.models_found} rendered and read"
        return text

    def to_dict(self) -> dict[str, float | int]:
        return {"percent": self.percent, "checked": self.checked, "not_checked": self.not_checked,
                "models_found": self.models_found, "models_checked": self.models_checked}


@dataclass(frozen=True, eq=False, repr=False)
class RunInfo(Record):
    """How the scan ran, for the reports that state it: the folder report paths are relative to
    (SARIF's %SRCROOT%), the lowest severity that fails the run (JUnit; with several projects, the
    lowest of their thresholds), when it started and how long it took. The CLI sets it once for the
    whole run (it is never added up across projects)."""

    root: Path | None = None
    fail_on: str = "error"
    started: datetime | None = None
    seconds: float = 0.0


@dataclass(eq=False, repr=False)
class ScanResult(MutableRecord):
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    baselined: int = 0  # findings hidden because a baseline accepts them
    flows: list[Flow] = field(default_factory=list)  # the data map, one entry per statement and category
    files: int = 0
    datasets: int = 0
    statements: int = 0
    unreadable: int = 0
    tables: int = 0  # catalog tables the schema rules judged (DDL, dbt, a live database)
    columns: int = 0  # their columns
    personal_columns: int = 0  # of those, personal data in a pack in force
    uncategorised_columns: int = 0  # of those, neither declared nor recognised: nobody knows what they hold
    turned_off: int = 0  # findings of rules the config turns off
    inputs_turned_off: int = 0  # of those, input problems the config accepts (`severity: {INP001: off}`)
    input_problems: int = 0  # everything privgate could not read, accepted or not
    unreadable_datasets: int = 0
    models: int = 0  # dbt model files scanned
    models_unread: int = 0  # of those, models with an input problem (not rendered, not parsed)
    run: RunInfo = field(default_factory=RunInfo, compare=False)
    not_judged: list[tuple[str, str]] = field(default_factory=list)  # (file, why): named files no rule reads
    # (file, line, table): tables a scanned file creates with columns that the catalog does not hold
    # (the file is not under `catalog.ddl`): their columns are never classified or judged
    outside_catalog: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def coverage(self) -> Coverage:
        return Coverage(self.statements + self.datasets - self.unreadable_datasets, self.input_problems,
                        self.models, self.models - self.models_unread)

    def failed(self, threshold: str) -> bool:
        return any(finding.at_least(threshold) for finding in self.findings)

    def unaccepted_inputs(self) -> int:
        """Input problems still at severity error: nobody accepted them (config or baseline)."""
        return sum(1 for finding in self.findings if finding.family == "input" and finding.severity == "error")


def columns_described(result: ScanResult) -> str:
    """The judged tables' columns: how many are personal and how many no declaration or name says
    anything about (`privgate catalog` lists them)."""
    text = f"{result.columns} column{'s' * (result.columns != 1)}, {result.personal_columns} personal"
    if result.uncategorised_columns:
        text += f", {result.uncategorised_columns} without a category"
    return text


def outside_catalog_described(result: ScanResult) -> str:
    """The tables the scanned files create that the catalog does not hold, or "" when none."""
    count = len(result.outside_catalog)
    if not count:
        return ""
    path, line, table = result.outside_catalog[0]
    more = f" and {count - 1} more" if count > 1 else ""
    return (f"{count} table{'s' * (count != 1)} created outside `catalog.ddl`, not judged ({table} at {path}:{line}"
            f"{more}: list the file{'s' * (count != 1)} under `catalog.ddl`)")
