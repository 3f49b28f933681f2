"""Judge datasets: read a dataset's header and samples, settle its columns' categories, let every
rule of subject "dataset" plan the row predicates it needs, have checker.datasets count them, and
let the rules turn the counts into findings. Each dataset is judged in a worker process; a
dataset that cannot be read, or whose reader crashes, is one input finding (INP004), never an exception."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from checker.catalog import Catalog
from checker.classify import category_from_name
from checker.config import Config
from checker.datasets.counting import Header, count_rows, read_header
from checker.datasets.masking import looks_like_value, masked_names, without_quoted_values
from checker.datasets.places import place_of
from checker.datasets.spec import Dataset, require_columns, subject_of
from checker.errors import PrivgateError
from checker.facts import InputProblem
from checker.isolation import Failure, run_isolated
from checker.findings import Finding
from checker.policy.model import Pack
from checker.readers.live import redact
from checker.rules import ALL_RULES
from checker.rules.dataset_rows import DatasetColumns, DatasetFacts, DatasetRule
from checker.rules.input import problem_finding

MAX_WORKERS = 4
DATASET_SECONDS = float(os.environ.get("PRIVGATE_DATASET_TIMEOUT", "3600"))  # no dataset may hold the scan longer
DATASET_RULES: tuple[DatasetRule, ...] = tuple(rule for rule in ALL_RULES if isinstance(rule, DatasetRule))


def check_datasets(datasets: list[Dataset], packs: tuple[Pack, ...], catalog: Catalog, config: Config,
                   as_of: date, progress: Callable[[int, int], None] | None = None) -> list[Finding]:
    """Findings of every dataset, in the order given. Each dataset is read in a worker process (at
    most MAX_WORKERS at once: each holds its own Great Expectations, about 250 MB), so a native
    reader that crashes (pyarrow on a hostile file) or runs past PRIVGATE_DATASET_TIMEOUT costs that
    dataset an input finding and the others are still checked."""
    jobs = min(os.cpu_count() or 1, len(datasets), MAX_WORKERS)
    found: list[list[Finding]] = [[] for _ in datasets]
    for done, (index, outcome) in enumerate(run_isolated(_judged_in_worker, datasets, jobs=jobs, seconds=DATASET_SECONDS,
                                                          initializer=_init_worker,
                                                          initargs=(packs, catalog, config, as_of)), 1):
        found[index] = _lost(datasets[index], config, outcome) if isinstance(outcome, Failure) else outcome
        if progress:
            progress(done, len(datasets))
    return [finding for findings in found for finding in findings]


def _lost(dataset: Dataset, config: Config, failure: Failure) -> list[Finding]:
    """A dataset whose worker died or was stopped, as its input finding."""
    place = place_of(dataset, config)
    if failure.kind == "timeout":
        message = (f"gave up after {DATASET_SECONDS:g} s; the dataset was not checked (sample it, or raise "
                   "PRIVGATE_DATASET_TIMEOUT)")
    else:
        message = (f"the dataset reader died on this dataset ({failure.detail}); it was not "
                   "checked, the rest of the scan was")
    return [_unreadable(dataset, place.path, place.line, 1, message)]


def dataset_columns(dataset: Dataset, names: list[str], catalog: Catalog, packs: tuple[Pack, ...]) -> DatasetColumns:
    """Declared categories win (the entry's `columns`, then its catalog table); names fill the rest,
    read in the context of what the dataset is about (`subject_of`)."""
    spec = dataset.spec
    lowered = tuple(name.lower() for name in names)
    borrowed = catalog.table(spec.catalog_table or spec.table or "")
    subject = subject_of(dataset)
    categories: dict[str, str | None] = {}
    inferred: set[str] = set()
    for name in lowered:
        if name in spec.columns:
            categories[name] = spec.columns[name]
        elif borrowed is not None and name in borrowed.columns:
            categories[name] = borrowed.columns[name]
            if name in borrowed.inferred:
                inferred.add(name)
        else:
            guess = next((found for pack in packs
                          if (found := category_from_name(subject, name, pack, siblings=lowered))), None)
            if guess is not None:
                categories[name] = guess
                inferred.add(name)
    return DatasetColumns(lowered, categories, frozenset(inferred))


def read_dataset_header(dataset: Dataset, config: Config) -> Header:
    """A dataset's columns and samples, read as every scan reads them: only regular files inside the
    project (a FIFO or a device never reaches pyarrow). Raises PrivgateError (or the reader's own
    error) when it cannot be read. The caller checks the columns its entry names (`require_columns`)
    once it holds the names, so that an error listing a header-less file's "names" shows them masked."""
    from checker.safe_read import check_regular, is_inside, symlink_target

    if dataset.path is not None:
        if os.path.islink(dataset.path) and not is_inside(dataset.path, config.root):
            raise PrivgateError(f"not a regular file (a symlink leaving the project{symlink_target(dataset.path)}); "
                                "privgate reads only datasets inside the project: name the file it points at instead")
        check_regular(dataset.path)
    return read_header(dataset)


def _judged(dataset: Dataset, packs: tuple[Pack, ...], catalog: Catalog, config: Config, as_of: date) -> list[Finding]:
    """One dataset's findings; a dataset that cannot be read is one input finding, never an exception."""
    place = place_of(dataset, config)
    names: list[str] = []
    try:
        header = read_dataset_header(dataset, config)
        names = header.names
        require_columns(dataset.spec, header.actual, config)
        columns = dataset_columns(dataset, header.names, catalog, packs)
        facts = DatasetFacts(dataset, place, columns, packs, as_of)
        counted = count_rows(dataset, header, [predicate for rule in DATASET_RULES for predicate in rule.plan(facts)])
        return [_names_masked(finding, names) for rule in DATASET_RULES for finding in rule.judge(facts, counted)]
    except Exception as error:  # noqa: BLE001 - one bad dataset never stops the scan; no traceback
        line, column = (error.line or place.line, error.column or 1) if isinstance(error, PrivgateError) \
            else (place.line, 1)
        return [_unreadable(dataset, place.path, line, column, why_unreadable(error, names))]


def why_unreadable(error: Exception, names: list[str]) -> str:
    """What a scan says of a dataset it could not read: privgate's own message (with a header-less
    file's "names" masked), a decoding error pyarrow let through without the values it quotes, else
    the error's type only."""
    if isinstance(error, PrivgateError):
        return masked_names(redact(error.message), names)
    if isinstance(error, (UnicodeDecodeError, ValueError, OSError)):  # data pyarrow accepted but Python cannot decode
        return f"cannot read dataset: {type(error).__name__}: {_without_values(error)}"
    return f"privgate failed on this dataset ({type(error).__name__}); it was not checked, the rest of the scan was"


def _without_values(error: Exception) -> str:
    return without_quoted_values(redact(str(error).splitlines()[0] if str(error) else ""))[:160]


def _names_masked(finding: Finding, names: list[str]) -> Finding:
    """A header-less file's first row is its "column names": shown masked like any other value."""
    if not any(looks_like_value(name) for name in names):
        return finding
    return replace(finding, message=masked_names(finding.message, names),
                   subject=masked_names(finding.subject, names) if finding.subject else None,
                   evidence=tuple(masked_names(item, names) for item in finding.evidence))


def _unreadable(dataset: Dataset, path: str, line: int, column: int, message: str) -> Finding:
    return problem_finding(InputProblem(path, line, column, f"{dataset.label}: {message}", "unreadable_dataset"))


_WORKER: tuple[tuple[Pack, ...], Catalog, Config, date] | None = None


def _init_worker(packs: tuple[Pack, ...], catalog: Catalog, config: Config, as_of: date) -> None:
    global _WORKER
    _WORKER = (packs, catalog, config, as_of)


def _judged_in_worker(dataset: Dataset) -> list[Finding]:
    assert _WORKER is not None
    return _judged(dataset, *_WORKER)
