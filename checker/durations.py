"""Durations as policies state them ("90 days", "2 years") and as SQL computes them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Average calendar lengths, so that "12 months", "1 year" and "365 days" compare as a reader expects.
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


@dataclass(frozen=True)
class Duration:
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

    def exceeds(self, other: Duration) -> bool:
        """True when self is longer than other (half a day of slack for rounding)."""
        return self.days > other.days + 0.5
