"""Count a dataset's rows: read its header and a bounded sample of every column, evaluate row
predicates with Great Expectations (file batches streamed, tables pushed down to the database) and
run the content detectors on the samples. Counts, masked examples and verdicts come back; judging
them is the rules' business."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from checker.datasets.masking import mask
from checker.datasets.predicates import NOT_CONSENTED, PRESENT, WITHDRAWN_BY, Counted, RowCount, RowPredicate
from checker.datasets.spec import Dataset, subject_of
from checker.errors import PrivgateError
from checker.readers.live import redact

if TYPE_CHECKING:  # both load heavy libraries: imported where they run
    from checker.datasets.detectors import ColumnVerdict
    from checker.datasets.expectations import Tally

_names = itertools.count()
STREAMED = "checked every row, streamed in batches (the whole file is never held in memory)"
PUSHED_DOWN = "checked inside the database (SQL push-down): only counts and examples were fetched"


@dataclass(frozen=True)
class Header:
    """A dataset's columns in order, their SQL types (tables only) and up to `sample` non-empty
    values of each (keys lower case)."""

    names: list[str]
    types: dict[str, str]
    samples: dict[str, list[object]]  # text, or nested values (dicts, lists) as read

    @property
    def actual(self) -> dict[str, str]:
        """Lower-case name -> the name as the dataset spells it."""
        return {name.lower(): name for name in self.names}


def read_header(dataset: Dataset) -> Header:
    spec = dataset.spec
    if spec.engine == "spark" and dataset.location is not None:
        from checker.datasets import spark

        names, types = spark.columns(dataset)
        return Header(names, types, spark.sample_columns(dataset, names, spec.sample))
    if dataset.url is not None:
        from checker.datasets import tables

        names, types = tables.table_columns(dataset)
        return Header(names, types, tables.sample_columns(dataset, names, spec.sample))
    from checker.datasets import files, frames

    assert dataset.path is not None
    names = files.column_names(dataset.path, dataset.format)
    return Header(names, {}, frames.sample_values(dataset.path, dataset.format, spec.sample))


def count_rows(dataset: Dataset, header: Header, predicates: list[RowPredicate]) -> Counted:
    """The rows each predicate holds for (every row of the dataset is read, or counted in the
    database), and the detectors' verdict on each column's sample."""
    verdicts = _verdicts(dataset, header)
    if not predicates:
        return Counted(rows=0, method="", verdicts=verdicts)
    distinct = list({predicate.condition: predicate for predicate in predicates}.values())
    flags = _flag_columns(distinct, header)
    rows, method, tallies = _tallied(dataset, header, distinct, flags)
    by_condition = {predicate.condition: _row_count(predicate, tally, flags)
                    for predicate, tally in zip(distinct, tallies)}
    counts = {predicate.key: by_condition[predicate.condition] for predicate in predicates}
    return Counted(rows=rows, method=method, counts=counts, verdicts=verdicts)


def _tallied(dataset: Dataset, header: Header, predicates: list[RowPredicate],
             flags: set[str]) -> tuple[int, str, list[Tally]]:
    """The dataset's row count, how it was read, and one tally per predicate."""
    from checker.datasets.expectations import Tally, expectations_for, validate_batch
    from checker.datasets.export import export_suite
    from checker.datasets.prepared import derived_columns

    native: frozenset[str] = frozenset()
    if dataset.url is not None or dataset.location is not None:
        from checker.datasets.prepared import is_native_time
        from checker.datasets.tables import dialect_of

        dialect = dialect_of(dataset.url) if dataset.url is not None else "spark"
        native = frozenset(name for name, kind in header.types.items() if is_native_time(kind, dialect))
    plans = [(predicate, expectations_for(predicate, flags, native)) for predicate in predicates]
    tallies = [Tally() for _ in predicates]
    derived = [item for predicate in predicates for item in derived_columns(predicate, flags)]
    where = dataset.relative or dataset.label
    if dataset.spec.engine == "spark" and dataset.location is not None:
        from checker.datasets import spark

        batch, query = spark.ge_batch(dataset, derived, header.actual, header.types)
        export_suite(dataset, plans, query)
        validate_batch(batch, plans, tallies, where)
        return max(tally.rows for tally in tallies), spark.COUNTED, tallies
    if dataset.url is not None:
        from checker.datasets import tables

        query = tables.prepared_query(dataset, derived, header.actual, header.types)
        export_suite(dataset, plans, query)
        try:
            batch = tables.ge_batch(dataset.url, f"privgate-{next(_names)}", query)
        except Exception as error:  # GE wraps connection errors in its own types
            raise PrivgateError(f"cannot open the table: {redact(str(error).splitlines()[0])}") from None
        validate_batch(batch, plans, tallies, where)
        return max(tally.rows for tally in tallies), PUSHED_DOWN, tallies
    from checker.datasets import frames
    from checker.datasets.expectations import context

    export_suite(dataset, plans, None)
    source = context().data_sources.add_pandas(f"privgate-{next(_names)}")
    definition = source.add_dataframe_asset("rows").add_batch_definition_whole_dataframe("batch")
    rows = 0
    assert dataset.path is not None
    for frame in frames.prepared_frames(dataset.path, dataset.format, derived, header.actual):
        rows += len(frame)
        validate_batch(definition.get_batch(batch_parameters={"dataframe": frame}), plans, tallies, where)
    return rows, STREAMED, tallies


def _row_count(predicate: RowPredicate, tally: Tally, flags: set[str]) -> RowCount:
    """Examples as a report may show them: a true/false value says nothing, content is masked."""
    flag = predicate.column in flags
    if predicate.kind == NOT_CONSENTED or flag:
        return RowCount(tally.failing, (), flags=flag)
    shown = (mask(value) if predicate.kind == PRESENT else str(value) for value in tally.examples)
    return RowCount(tally.failing, tuple(shown), flags=flag)


def _verdicts(dataset: Dataset, header: Header) -> dict[str, ColumnVerdict]:
    """The best detector's verdict on each column's sample that any detector matches (phone numbers
    read in the region of the dataset's country column), examples masked."""
    from checker.datasets.detectors import classify_table

    samples = {name: header.samples.get(name, []) for name in header.actual}
    found = classify_table(samples, table=subject_of(dataset), country_column=dataset.spec.country)
    return {name: replace(verdict, examples=tuple(mask(value) for value in verdict.examples))
            for name, verdict in found.items()}


def _flag_columns(predicates: list[RowPredicate], header: Header) -> set[str]:
    """Withdrawal columns that hold true/false flags rather than dates."""
    from checker.datasets.frames import looks_like_flags

    flags = set()
    for predicate in predicates:
        if predicate.kind != WITHDRAWN_BY or predicate.column is None:
            continue
        kind = header.types.get(predicate.column, "").upper()
        if kind.startswith("BOOL") or (kind and "INT" in kind) or \
                (not kind and looks_like_flags(header.samples.get(predicate.column, []))):
            flags.add(predicate.column)
    return flags
