"""Durations as policies state them ("90 days", "2 years") and as SQL computes them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from checker.records import Record

# Average calendar lengths, to compare two durations ("12 months" against "1 year" or "365 days")
# when no date is involved; a calendar date is computed with relativedelta (Duration.before).
DAYS_PER_UNIT = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.2425 / 12,
    "quarter": 365.2425 / 4,
    "year": 365.2425,
}
_TEXT = re.compile(r"^\s*(\d+)\s*([a-z]+?)s?\s*$")
_CALENDAR_MONTHS = {"month": 1, "quarter": 3, "year": 12}
Moment = TypeVar("Moment", bound=date)  # a date or a datetime


@dataclass(frozen=True, eq=False, repr=False)
class Duration(Record):
    """An amount of one calendar unit; compared by its length in days."""

    amount: float
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in DAYS_PER_UNIT:
            raise ValueError(f"unknown duration unit {self.unit!r}")

    @classmethod
    def parse(cls, text: str) -> Duration:
        """`"90 days"` -> Duration(90, "day")."""
        match = _TEXT.match(text.lower())
        if not match or match.group(2) not in DAYS_PER_UNIT:
            raise ValueError(f"not a duration: {text!r}")
        return cls(int(match.group(1)), match.group(2))

    @property
    def days(self) -> float:
        return self.amount * DAYS_PER_UNIT[self.unit]

    def __str__(self) -> str:
        amount = int(self.amount) if float(self.amount).is_integer() else round(self.amount, 2)
        return f"{amount} {self.unit}{'' if amount == 1 else 's'}"

    @classmethod
    def between(cls, earlier: date, later: date) -> Duration:
        """The age of `earlier` at `later`: whole calendar months or years when the day of the month
        matches (2023-03-01 to 2024-03-01 is 1 year, not 366 days), else days."""
        from dateutil.relativedelta import relativedelta  # ~1.5 ms: only when a date is involved

        span = relativedelta(later, earlier)
        if span.days == 0 and (span.years or span.months):
            if span.months == 0:
                return cls(span.years, "year")
            return cls(span.years * 12 + span.months, "month")
        return cls((later - earlier).days, "day")

    def before(self, moment: Moment) -> Moment:
        """The moment this long before `moment`, by the calendar for months, quarters and years
        (1 month before 2026-03-31 is 2026-02-28); a fraction of a month counts in average days."""
        months = self.amount * _CALENDAR_MONTHS.get(self.unit, 0)
        if not months:
            return moment - timedelta(days=self.days)
        from dateutil.relativedelta import relativedelta

        whole = int(months)
        return moment - relativedelta(months=whole) - timedelta(days=(months - whole) * DAYS_PER_UNIT["month"])

    def exceeds(self, other: Duration) -> bool:
        """True when self is longer than other (half a day of slack for rounding)."""
        return self.days > other.days + 0.5
