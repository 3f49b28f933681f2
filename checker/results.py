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
    def percent(self) -> float | None:
        """The share checked, None when nothing was found to check (no share of nothing is 100%)."""
        total = self.checked + self.not_checked
        return None if total == 0 else round(100 * self.checked / total, 1)

    def shown(self) -> str:
        """The percentage as reports print it: `99.2` or `n/a`."""
        return "n/a" if self.percent is None else f"{self.percent:g}"

    def describe(self) -> str:
        text = "coverage n/a" if self.percent is None else f"coverage {self.percent:g}%"
        if self.not_checked:
            text += (f" ({self.checked} of {self.checked + self.not_checked} statements and datasets checked, "
                     f"{self.not_checked} not readable)")
        if self.models_found:
            text += f"; dbt models {self.models_checked} of {self.models_found} rendered and read"
        return text

    def to_dict(self) -> dict[str, float | int | None]:
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
    walked: bool = False  # folders were searched for what to read (not only files named, or a pull request's changes)


@dataclass(eq=False, repr=False)
class ScanResult(MutableRecord):
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    baselined: int = 0  # findings hidden because a baseline accepts them
    flows: list[Flow] = field(default_factory=list)  # the data map, one entry per statement and category
    files: int = 0
    datasets: int = 0
    statements: int = 0
    changelog_changes: int = 0  # Liquibase changes replayed into the catalog (no SQL scan reads a changelog)
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
    # (folder or glob, why, files): SQL files a folder walk found and did not read, such as a nested
    # dbt project or dbt macros; reported when the scan read nothing
    left_out: list[tuple[str, str, int]] = field(default_factory=list)
    # (call, model): dbt refs and sources that name nothing the project or its packages define, by model
    missing_nodes: list[tuple[str, str]] = field(default_factory=list)

    def missing_by_node(self) -> dict[str, list[str]]:
        """Each dbt ref or source that names nothing the project defines -> the models calling it."""
        found: dict[str, list[str]] = {}
        for node, model in sorted(self.missing_nodes):
            found.setdefault(node, []).append(model)
        return found

    @property
    def coverage(self) -> Coverage:
        return Coverage(self.statements + self.changelog_changes + self.datasets - self.unreadable_datasets,
                        self.input_problems,
                        self.models, self.models - self.models_unread)

    @property
    def read_nothing(self) -> bool:
        """Whether the scan found nothing to check: no statement, dataset or table, nor anything it
        failed to read, and no finding. A gate that read nothing has passed nothing."""
        return (self.coverage.percent is None and not self.tables
                and not self.findings and not self.suppressed and not self.baselined)

    @property
    def empty_gate(self) -> bool:
        """A scan of folders that read nothing: it fails (exit 2) as an input problem nobody accepted
        would, since the folders hold nothing privgate reads (wrong path, `include` globs that match
        nothing, a project whose SQL lives in a nested project). Files named one by one (pre-commit)
        or a pull request's changes may rightly hold nothing to check."""
        return self.read_nothing and self.run.walked

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


def nothing_read_described(result: ScanResult) -> str:
    """That a scan read nothing, and why (`left_out_described`); "" when it read something."""
    return f"nothing was read: {left_out_described(result)}" if result.read_nothing else ""


def left_out_described(result: ScanResult) -> str:
    """The SQL files the scan's folder walks left out, by place, the files named that are not
    judged, or that none were found."""
    if not result.left_out and result.not_judged:
        reasons = ", ".join(sorted({why for _, why in result.not_judged}))
        count = len(result.not_judged)
        return f"{'the file' if count == 1 else f'none of the {count} files'} named {'is' if count == 1 else 'are'} judged ({reasons})"
    if not result.left_out:
        return "no SQL file, dbt model, table or dataset was found"
    shown = [f"{where} ({files} SQL file{'s' * (files != 1)}: {why})" for where, why, files in result.left_out[:5]]
    more = f" and {len(result.left_out) - 5} more places" if len(result.left_out) > 5 else ""
    return f"left out {', '.join(shown)}{more}"


def missing_nodes_described(result: ScanResult) -> str:
    """The dbt refs and sources that name nothing the project defines, with the models calling them,
    or "" when none."""
    if not result.missing_nodes:
        return ""
    shown, by_node = [], result.missing_by_node()
    for node, models in list(by_node.items())[:MISSING_SHOWN]:
        names = ", ".join(Path(model).stem for model in models[:3])
        shown.append(f"{node} by {names}{f' and {len(models) - 3} more' if len(models) > 3 else ''}")
    more = len(by_node) - MISSING_SHOWN
    count = len(by_node)
    return (f"{count} dbt ref{'s' * (count != 1)} or source{'s' * (count != 1)} to nothing the project defines "
            f"({'; '.join(shown)}{f'; and {more} more' if more > 0 else ''})")


MISSING_SHOWN = 10


def outside_catalog_described(result: ScanResult) -> str:
    """The tables the scanned files create that the catalog does not hold, or "" when none."""
    count = len(result.outside_catalog)
    if not count:
        return ""
    path, line, table = result.outside_catalog[0]
    more = f" and {count - 1} more" if count > 1 else ""
    return (f"{count} table{'s' * (count != 1)} created outside `catalog.ddl`, not judged ({table} at {path}:{line}"
            f"{more}: list the file{'s' * (count != 1)} under `catalog.ddl`)")
