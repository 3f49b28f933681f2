"""Row predicates as Great Expectations 1.x expectations, run on pandas batches (files) or inside the
database (tables, SQL push-down). GE is quiet here: ephemeral context, no analytics, no progress
bars, no log noise, nothing written to disk."""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from numbers import Number
from typing import Any

from checker.datasets.predicates import (
    ALL_ROWS,
    NEWER_THAN,
    NOT_CONSENTED,
    OLDER_THAN,
    OUTSIDE,
    PRESENT,
    WITHDRAWN_BEFORE_SEND,
    WITHDRAWN_BY,
    RowPredicate,
)
from checker.datasets.prepared import derived_columns
from checker.errors import PrivgateError

EXAMPLES = 3


class CheckFailed(PrivgateError):
    """Great Expectations could not evaluate a predicate (a type it cannot compare, a database error)."""


@dataclass
class Tally:
    """Failing rows of one predicate over the whole dataset, with up to three example values."""

    failing: int = 0
    rows: int = 0  # rows of the batch this tally last saw (the element count GE reports)
    examples: list[Any] = field(default_factory=list)

    def add(self, failing: int, examples: Iterable[Any]) -> None:
        import pandas as pd

        self.failing += failing
        for value in examples:
            if not isinstance(value, (tuple, list)) and pd.isna(value):
                continue  # a missing value is counted, but is no example
            if len(self.examples) < EXAMPLES and value not in self.examples:
                self.examples.append(value)


@cache
def context() -> Any:
    """One ephemeral, silent GE context per process."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"great_expectations(\..*)?$")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    return ctx


def expectations_for(predicate: RowPredicate, flags: set[str], native_times: frozenset[str] = frozenset()) -> list[Any]:
    """The expectations whose unexpected rows are the predicate's failing rows (their counts add up).
    `native_times`: columns the database compares as timestamps (bounds stay datetimes)."""
    import great_expectations as gx

    e = gx.expectations
    columns = [derived.name for derived in derived_columns(predicate, flags)]
    if predicate.kind == ALL_ROWS:
        return [e.ExpectTableRowCountToEqual(value=0)]
    if predicate.kind == OLDER_THAN or (predicate.kind == WITHDRAWN_BY and predicate.column not in flags):
        bound = predicate.cutoff if predicate.column in native_times else _epoch(predicate.cutoff)
        return [e.ExpectColumnValuesToBeBetween(column=columns[0], min_value=bound)]
    if predicate.kind == NEWER_THAN:
        bound = predicate.cutoff if predicate.column in native_times else _epoch(predicate.cutoff)
        return [e.ExpectColumnValuesToBeBetween(column=columns[0], max_value=bound)]
    if predicate.kind == WITHDRAWN_BY:
        return [e.ExpectColumnValuesToBeInSet(column=columns[0], value_set=[0])]
    if predicate.kind == NOT_CONSENTED:
        return [e.ExpectColumnValuesToBeInSet(column=columns[0], value_set=[1]),
                e.ExpectColumnValuesToNotBeNull(column=columns[0])]
    if predicate.kind == WITHDRAWN_BEFORE_SEND:
        if (predicate.column in native_times) != (predicate.other in native_times):
            raise CheckFailed(f"{predicate.column} and {predicate.other} must both be timestamps to compare them")
        return [e.ExpectColumnPairValuesAToBeGreaterThanB(column_A=columns[0], column_B=columns[1],
                                                          ignore_row_if="either_value_is_missing")]
    if predicate.kind == OUTSIDE:
        return [e.ExpectColumnValuesToBeInSet(column=columns[0], value_set=list(predicate.allowed))]
    if predicate.kind == PRESENT:
        return [e.ExpectColumnValuesToBeNull(column=columns[0])]
    raise ValueError(f"unknown predicate kind {predicate.kind}")


def validate_batch(batch: Any, plans: list[tuple[RowPredicate, list[Any]]], tallies: list[Tally], where: str) -> None:
    """Run every predicate's expectations on one GE batch and add the results to `tallies`."""
    import great_expectations as gx

    flat = [expectation for _, expectations in plans for expectation in expectations]
    if not flat:
        return
    suite = gx.ExpectationSuite(name="privgate", expectations=flat)
    try:
        results = iter(batch.validate(suite, result_format={"result_format": "SUMMARY", "partial_unexpected_count": 20}).results)
    finally:
        # GE's execution engine keeps every batch it has seen; a streamed file must not pile up in memory.
        batch.data.execution_engine.batch_manager.reset_batch_cache()
    for (predicate, expectations), tally in zip(plans, tallies):
        for expectation in expectations:
            result = next(results)  # GE returns the suite's results in its order
            if result.expectation_config.type != expectation.expectation_type:
                raise CheckFailed("Great Expectations returned results out of order", where)
            _raise_if_failed(result, where)
            if predicate.kind == ALL_ROWS:
                tally.add(int(result.result.get("observed_value") or 0), [])
                tally.rows = max(tally.rows, int(result.result.get("observed_value") or 0))
                continue
            tally.rows = max(tally.rows, int(result.result.get("element_count") or 0))
            examples = result.result.get("partial_unexpected_list") or []
            tally.add(int(result.result.get("unexpected_count") or 0), [_shown(value, predicate) for value in examples])


def _raise_if_failed(result: Any, where: str) -> None:
    info = result.exception_info or {}
    if info.get("raised_exception"):
        raise CheckFailed(f"Great Expectations could not check the dataset: {info.get('exception_message')}", where)
    for nested in info.values():
        if isinstance(nested, dict) and nested.get("raised_exception"):
            message = str(nested.get("exception_message", "")).splitlines()[0]
            raise CheckFailed(f"Great Expectations could not check the dataset: {message}", where)


def _epoch(moment: datetime | None) -> int:
    assert moment is not None
    return int(moment.astimezone(timezone.utc).timestamp())


def _shown(value: Any, predicate: RowPredicate) -> Any:
    """Epoch seconds back to dates for the report; pairs show their first value."""
    if isinstance(value, tuple):
        value = value[0]
    if isinstance(value, datetime):
        return value.date().isoformat()
    if predicate.kind in (OLDER_THAN, NEWER_THAN, WITHDRAWN_BY, WITHDRAWN_BEFORE_SEND) and isinstance(value, Number) \
            and not isinstance(value, bool) and value > 10_000:
        return datetime.fromtimestamp(int(value), tz=timezone.utc).date().isoformat()  # type: ignore[call-overload]
    if isinstance(value, Number) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() else value  # type: ignore[arg-type]
    return value

