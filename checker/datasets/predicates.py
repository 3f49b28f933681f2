"""Row predicates: which rows of a dataset to count, in terms of its columns only. A rule hands
them over; checker.datasets counts the rows each one holds for and hands back the counts. Pure:
nothing here knows a rule, a pack or a policy clause."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from checker.records import Record

if TYPE_CHECKING:  # the detectors load phonenumbers and stdnum, which rules need only once a dataset is read
    from checker.datasets.detectors import ColumnVerdict

# Kinds: which rows a predicate holds for.
OLDER_THAN = "older_than"  # the timestamp in `column` is before `cutoff`
NEWER_THAN = "newer_than"  # the timestamp (a birth date) in `column` is after `cutoff`; with `other`, only in
# rows where `other` is not given (empty, or a false word: a guardian's consent missing)
NOT_CONSENTED = "not_consented"  # the true/false value in `column` is not true (or missing)
WITHDRAWN_BY = "withdrawn_by"  # a withdrawal date before `cutoff`, or a withdrawal flag that is true
WITHDRAWN_BEFORE_SEND = "withdrawn_before_send"  # a date in `column` on or before the row's `other` date
OUTSIDE = "outside"  # a country code not in `allowed`
PRESENT = "present"  # any non-null value
ALL_ROWS = "all_rows"  # every row (no column)
KINDS = (OLDER_THAN, NEWER_THAN, NOT_CONSENTED, WITHDRAWN_BY, WITHDRAWN_BEFORE_SEND, OUTSIDE, PRESENT, ALL_ROWS)


@dataclass(frozen=True, eq=False, repr=False)
class RowPredicate(Record):
    """The rows to count; `key` matches the count handed back to whoever asked."""

    key: str
    kind: str
    column: str | None  # the dataset's column (lower case); None for ALL_ROWS
    cutoff: datetime | None = None
    allowed: tuple[str, ...] = ()
    other: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown predicate kind {self.kind}")

    @property
    def condition(self) -> tuple[object, ...]:
        """The predicate without its key: two asks with the same condition are counted once."""
        return (self.kind, self.column, self.cutoff, self.allowed, self.other)


@dataclass(frozen=True, eq=False, repr=False)
class RowCount(Record):
    """How many rows a predicate held for, with up to three of their values as a report may show
    them: content values masked, dates as ISO dates, true/false values not at all."""

    failing: int
    examples: tuple[str, ...] = ()
    flags: bool = False  # the column held true/false flags rather than dates


@dataclass(frozen=True, eq=False, repr=False)
class Counted(Record):
    """What counting one dataset gives back: its row count, how the rows were read, a count per
    predicate key, and the detectors' verdict on each column's sample (examples masked)."""

    rows: int
    method: str
    counts: dict[str, RowCount] = field(default_factory=dict)
    verdicts: dict[str, ColumnVerdict] = field(default_factory=dict)
