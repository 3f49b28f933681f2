"""Check datasets: plan the row checks from the packs, evaluate them with Great Expectations (file
batches streamed, tables pushed down), run the detectors on bounded samples, and report findings
with counts, shares and masked examples."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.catalog import Catalog
from checker.config import Config
from checker.datasets.detectors import ColumnVerdict, classify_sample
from checker.datasets.masking import mask
from checker.datasets.plan import NOT_CONSENTED, PRESENT, WITHDRAWN_BY, DatasetColumns, RowCheck, dataset_columns, plan_checks
from checker.datasets.prepared import derived_columns
from checker.datasets.spec import Dataset
from checker.errors import PrivgateError
from checker.findings import Finding
from checker.policy.model import Pack
from checker.readers.live import redact
from checker.rules.base import Rule
from checker.rules.dataset_rows import IDENTIFIERS_IN_ANONYMISED, UNDECLARED_PERSONAL_DATA
from checker.rules.input import UNREADABLE_DATASET

_names = itertools.count()
MAX_WORKERS = 4


@dataclass(frozen=True)
class Place:
    """Where a dataset's findings point: the file (line 1, the header cell) or the config entry of a table."""

    path: str
    line: int
    columns: dict[str, int]  # lower-case column -> position in the header line


def check_datasets(datasets: list[Dataset], packs: tuple[Pack, ...], catalog: Catalog, config: Config,
                   as_of: date, progress: Callable[[int, int], None] | None = None) -> list[Finding]:
    """Findings of every dataset, in the order given. Two datasets or more are checked in worker
    processes (at most MAX_WORKERS: each holds its own Great Expectations, about 250 MB)."""
    jobs = min(os.cpu_count() or 1, len(datasets), MAX_WORKERS)
    context = (packs, catalog, config, as_of)
    if jobs < 2:
        return _gathered((_checked(dataset, *context) for dataset in datasets), len(datasets), progress)
    from concurrent.futures import ProcessPoolExecutor  # each worker imports GE itself, all at once

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=context) as pool:
        return _gathered(pool.map(_checked_in_worker, datasets), len(datasets), progress)


def _gathered(results: Iterable[list[Finding]], total: int,
              progress: Callable[[int, int], None] | None) -> list[Finding]:
    findings: list[Finding] = []
    for done, found in enumerate(results, 1):
        findings.extend(found)
        if progress:
            progress(done, total)
    return findings


def _checked(dataset: Dataset, packs: tuple[Pack, ...], catalog: Catalog, config: Config, as_of: date) -> list[Finding]:
    """One dataset's findings; a dataset that cannot be read is one input finding, never an exception."""
    place = _place(dataset, config)
    try:
        return _check_one(dataset, packs, catalog, config, as_of, place)
    except PrivgateError as error:
        return [Finding(UNREADABLE_DATASET.id, UNREADABLE_DATASET.family, UNREADABLE_DATASET.severity,
                        place.path, error.line or place.line, error.column or 1,
                        f"{dataset.label}: {redact(error.message)}")]
    except (UnicodeDecodeError, ValueError, OSError) as error:  # data pyarrow accepted but Python cannot decode
        return [Finding(UNREADABLE_DATASET.id, UNREADABLE_DATASET.family, UNREADABLE_DATASET.severity,
                        place.path, place.line, 1,
                        f"{dataset.label}: cannot read dataset: {type(error).__name__}: "
                        f"{redact(str(error).splitlines()[0] if str(error) else '')[:160]}")]


_WORKER: tuple[tuple[Pack, ...], Catalog, Config, date] | None = None


def _init_worker(packs: tuple[Pack, ...], catalog: Catalog, config: Config, as_of: date) -> None:
    global _WORKER
    _WORKER = (packs, catalog, config, as_of)


def _checked_in_worker(dataset: Dataset) -> list[Finding]:
    assert _WORKER is not None
    return _checked(dataset, *_WORKER)


def _check_one(dataset: Dataset, packs: tuple[Pack, ...], catalog: Catalog, config: Config, as_of: date,
               place: Place) -> list[Finding]:
    spec = dataset.spec
    if dataset.url is not None:
        from checker.datasets import tables

        names, types = tables.table_columns(dataset.url, spec.table or "")
        samples = tables.sample_columns(dataset.url, spec.table or "", names, spec.sample)
    else:
        from checker.datasets import files, frames

        assert dataset.path is not None
        names = files.column_names(dataset.path, dataset.format)
        samples = frames.sample_values(dataset.path, dataset.format, spec.sample)
        types = {}
    actual = {name.lower(): name for name in names}
    _require_columns(dataset, actual, config)
    columns = dataset_columns(spec, names, catalog, packs)
    checks = [check for pack in packs for check in plan_checks(spec, columns, pack, as_of)]
    flags = _flag_columns(checks, samples, types)
    findings = _row_findings(dataset, checks, flags, actual, types, place)
    findings += _detector_findings(dataset, columns, checks, samples, packs, place)
    return findings


def _row_findings(dataset: Dataset, checks: list[RowCheck], flags: set[str], actual: dict[str, str],
                  types: dict[str, str], place: Place) -> list[Finding]:
    if not checks:
        return []
    from checker.datasets.expectations import Tally, expectations_for, validate_batch

    native = frozenset()
    if dataset.url is not None:
        from checker.datasets.prepared import is_native_time
        from checker.datasets.tables import dialect_of

        native = frozenset(name for name, kind in types.items() if is_native_time(kind, dialect_of(dataset.url)))
    plans = [(check, expectations_for(check, flags, native)) for check in checks]
    tallies = [Tally() for _ in checks]
    derived = [item for check in checks for item in derived_columns(check, flags)]
    where = place.path
    if dataset.url is not None:
        from checker.datasets import tables

        query = tables.prepared_query(dataset.url, dataset.spec.table or "", derived, actual, types)
        try:
            batch = tables.ge_batch(dataset.url, f"privgate-{next(_names)}", query)
        except Exception as error:  # GE wraps connection errors in its own types
            raise PrivgateError(f"cannot open the table: {redact(str(error).splitlines()[0])}") from None
        validate_batch(batch, plans, tallies, where)
        rows = max(tally.rows for tally in tallies)
        how = "checked inside the database (SQL push-down): only counts and examples were fetched"
    else:
        from checker.datasets import frames
        from checker.datasets.expectations import context

        source = context().data_sources.add_pandas(f"privgate-{next(_names)}")
        definition = source.add_dataframe_asset("rows").add_batch_definition_whole_dataframe("batch")
        rows = 0
        assert dataset.path is not None
        for frame in frames.prepared_frames(dataset.path, dataset.format, derived, actual):
            rows += len(frame)
            validate_batch(definition.get_batch(batch_parameters={"dataframe": frame}), plans, tallies, where)
        how = "checked every row, streamed in batches (the whole file is never held in memory)"
    findings = []
    for check, tally in zip(checks, tallies):
        if tally.failing == 0:
            continue
        share = tally.failing / rows if rows else 1.0
        shown = [] if check.kind == NOT_CONSENTED or check.column in flags else \
            [mask(value) if check.kind == PRESENT else str(value) for value in tally.examples]
        evidence = list(check.evidence) + [f"{how}; {rows:,} row{'' if rows == 1 else 's'}"]
        if shown:
            evidence.append(f"examples{' (masked)' if check.kind == PRESENT else ''}: {', '.join(shown)}")
        findings.append(Finding(
            check.rule.id, check.rule.family, check.rule.severity, place.path, place.line,
            place.columns.get(check.column or "", 1),
            f"{_prefix(dataset, place)}{tally.failing:,} of {rows:,} rows ({share:.1%}) {check.message}",
            subject=f"{dataset.label}:{check.column}" if check.column else dataset.label, category=check.category,
            purpose=check.purpose, citation=check.citation, pack=check.pack.id, evidence=tuple(evidence),
            anchor=f"{dataset.label}|{check.column}|{check.kind}"))
    return findings


def _detector_findings(dataset: Dataset, columns: DatasetColumns, checks: list[RowCheck],
                       samples: dict[str, list[str]], packs: tuple[Pack, ...], place: Place) -> list[Finding]:
    anonymised = dataset.spec.role == "anonymised_statistics"
    already = {check.column for check in checks if check.rule is IDENTIFIERS_IN_ANONYMISED}
    findings = []
    for name in columns.names:
        category = columns.categories.get(name)
        declared_personal = category is not None and any(p.knows(category) and p.is_personal(category) for p in packs)
        if name in already or (declared_personal and not anonymised):
            continue
        verdict = classify_sample(samples.get(name, []))
        if verdict is None or not verdict.convincing:
            continue
        if anonymised:
            findings += [_verdict_finding(IDENTIFIERS_IN_ANONYMISED, dataset, name, verdict, place, pack,
                                          f"an anonymised output holds {_plural(verdict.detector.label)} in {name}")
                         for pack in packs]
        else:
            findings.append(_verdict_finding(UNDECLARED_PERSONAL_DATA, dataset, name, verdict, place, packs[0],
                                             f"undeclared personal data? {name} holds values that look like "
                                             f"{_plural(verdict.detector.label)} but no personal category is declared"))
    return findings


def _verdict_finding(rule: Rule, dataset: Dataset, name: str, verdict: ColumnVerdict, place: Place,
                     pack: Pack | None, message: str) -> Finding:
    return Finding(
        rule.id, rule.family, rule.severity, place.path, place.line, place.columns.get(name, 1),
        f"{_prefix(dataset, place)}{message} ({verdict.matches:,} of {verdict.sampled:,} sampled values, {verdict.share:.1%})",
        subject=f"{dataset.label}:{name}", category=None, purpose=dataset.spec.purpose,
        citation=pack.citation if pack else None, pack=pack.id if pack else None,
        evidence=(f"detector {verdict.detector.name} (validated, not just a pattern) on a sample of the first "
                  f"{verdict.sampled:,} non-empty values", f"examples (masked): {', '.join(mask(v) for v in verdict.examples)}"),
        anchor=f"{dataset.label}|{name}|{verdict.detector.name}")


def _prefix(dataset: Dataset, place: Place) -> str:
    """Findings on a table point at its config entry, so their message names the table."""
    return "" if place.path == dataset.label else f"{dataset.label}: "


def _plural(label: str) -> str:
    return label + ("es" if label.endswith("ss") else "s")


def _flag_columns(checks: list[RowCheck], samples: dict[str, list[str]], types: dict[str, str]) -> set[str]:
    """Withdrawal columns that hold true/false flags rather than dates."""
    from checker.datasets.frames import looks_like_flags

    flags = set()
    for check in checks:
        if check.kind != WITHDRAWN_BY or check.column is None:
            continue
        kind = types.get(check.column, "").upper()
        if kind.startswith("BOOL") or (kind and "INT" in kind) or (not kind and looks_like_flags(samples.get(check.column, []))):
            flags.add(check.column)
    return flags


def _require_columns(dataset: Dataset, actual: dict[str, str], config: Config) -> None:
    spec = dataset.spec
    named = {**{column: ("timestamps", clock) for clock, column in spec.timestamps.items()},
             **{getattr(spec, key): (key,) for key in ("consent", "withdrawn", "sent_at", "country") if getattr(spec, key)}}
    for column, path in named.items():
        if column not in actual:
            line, col = config.lines.position(("datasets", spec.index, *path))
            where = f" (named in {config.source}:{line})" if config.source and line else ""
            raise PrivgateError(f"no column {column} in the dataset{where}; it has {', '.join(actual) or 'no columns'}")


def _place(dataset: Dataset, config: Config) -> Place:
    if dataset.path is None:
        line, _ = config.lines.position(("datasets", dataset.spec.index))
        source = Path(config.source) if config.source else None
        path = source.resolve().relative_to(config.root).as_posix() if source else "privgate.yaml"
        return Place(path, line or 1, {})
    columns: dict[str, int] = {}
    if dataset.format == "csv":
        try:
            with dataset.path.open("r", encoding="utf-8", errors="replace") as stream:
                header = stream.readline()
        except OSError:
            header = ""
        offset = 1
        for cell in header.rstrip("\r\n").split(","):
            columns.setdefault(cell.strip().strip('"').lower(), offset)
            offset += len(cell) + 1
    return Place(dataset.relative or dataset.label, 1, columns)

