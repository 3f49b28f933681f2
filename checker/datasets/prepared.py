"""The columns a dataset's row predicates read, normalised the same way for files and databases:
timestamps as epoch seconds, true/false values as 1/0, countries upper case. Files compute them
with pandas batch by batch; SQL engines and Spark compute them in their own dialect
(checker/datasets/dialects.py), so the rows never leave the engine."""

from __future__ import annotations

from dataclasses import dataclass

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

TRUE_WORDS = ("true", "t", "yes", "y", "1", "on")
FALSE_WORDS = ("false", "f", "no", "n", "0", "off")

EPOCH, TRUTH, COUNTRY, RAW = "epoch", "truth", "country", "raw"


@dataclass(frozen=True)
class Derived:
    """A column the expectations read: `way` applied to the dataset's `source` column; with
    `unless`, null in the rows where that other column is given (a value that is not empty and not
    a false word: a date, `true`, `yes` ...), so those rows never count."""

    way: str
    source: str
    unless: str | None = None

    @property
    def name(self) -> str:
        name = self.source if self.way == RAW else f"{self.way}__{self.source}"
        return f"{name}__unless__{self.unless}" if self.unless else name

    @property
    def sources(self) -> tuple[str, ...]:
        """The dataset's columns it reads."""
        return (self.source, self.unless) if self.unless else (self.source,)


def derived_columns(predicate: RowPredicate, flags: set[str]) -> list[Derived]:
    """What a predicate reads; `flags` are withdrawal columns holding true/false rather than dates."""
    if predicate.kind == ALL_ROWS or predicate.column is None:
        return []
    if predicate.kind == NEWER_THAN:
        return [Derived(EPOCH, predicate.column, unless=predicate.other)]
    if predicate.kind == OLDER_THAN:
        return [Derived(EPOCH, predicate.column)]
    if predicate.kind == NOT_CONSENTED or (predicate.kind == WITHDRAWN_BY and predicate.column in flags):
        return [Derived(TRUTH, predicate.column)]
    if predicate.kind in (WITHDRAWN_BY, WITHDRAWN_BEFORE_SEND):
        return [Derived(EPOCH, predicate.column)] + ([Derived(EPOCH, predicate.other)] if predicate.other else [])
    if predicate.kind == OUTSIDE:
        return [Derived(COUNTRY, predicate.column)]
    if predicate.kind == PRESENT:
        return [Derived(RAW, predicate.column)]
    raise ValueError(f"unknown predicate kind {predicate.kind}")


def is_native_time(column_type: str, dialect: str) -> bool:
    """A timestamp or date column the database compares itself (no per-row conversion needed);
    SQLite keeps timestamps as text."""
    kind = column_type.lower()
    return dialect != "sqlite" and (kind.startswith("timestamp") or kind == "date" or kind.startswith("datetime"))
