"""Retention periods as policies state them: compared by length, and turned into calendar dates by
the calendar (a month before 31 March is the end of February, a year before 1 March 2024 is 1 March
2023 although 366 days lie between)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from checker.durations import Duration


@pytest.mark.parametrize(("period", "as_of", "cutoff"), [
    ("1 month", date(2026, 3, 31), date(2026, 2, 28)),
    ("1 month", date(2024, 3, 31), date(2024, 2, 29)),  # leap year
    ("12 months", date(2026, 11, 24), date(2025, 11, 24)),
    ("1 year", date(2024, 2, 29), date(2023, 2, 28)),
    ("6 months", date(2026, 8, 31), date(2026, 2, 28)),
    ("1 quarter", date(2026, 5, 31), date(2026, 2, 28)),
    ("10 years", date(2026, 11, 24), date(2016, 11, 24)),
    ("90 days", date(2026, 3, 31), date(2025, 12, 31)),
    ("2 weeks", date(2026, 3, 1), date(2026, 2, 15)),
])
def test_a_retention_period_before_an_as_of_date_follows_the_calendar(period: str, as_of: date, cutoff: date) -> None:
    assert Duration.parse(period).before(as_of) == cutoff


def test_a_cutoff_from_a_utc_midnight_keeps_its_time_zone() -> None:
    midnight = datetime(2026, 3, 31, tzinfo=timezone.utc)
    assert Duration.parse("1 month").before(midnight) == datetime(2026, 2, 28, tzinfo=timezone.utc)
    # half a month is half of the average month (15.22 days) before the whole month's calendar date
    assert Duration(1.5, "month").before(midnight) == datetime(2026, 2, 12, 18, 45, 27, tzinfo=timezone.utc)


@pytest.mark.parametrize(("earlier", "later", "age"), [
    (date(2023, 3, 1), date(2024, 3, 1), Duration(1, "year")),  # 366 days, still one year
    (date(2026, 2, 28), date(2026, 3, 28), Duration(1, "month")),
    (date(2024, 6, 30), date(2026, 11, 30), Duration(29, "month")),
    (date(2026, 1, 1), date(2026, 11, 24), Duration(327, "day")),
])
def test_the_age_of_a_fixed_date_is_in_calendar_units_when_the_day_matches(earlier: date, later: date,
                                                                          age: Duration) -> None:
    assert Duration.between(earlier, later) == age


def test_durations_compare_by_length() -> None:
    assert not Duration.between(date(2023, 3, 1), date(2024, 3, 1)).exceeds(Duration.parse("1 year"))
    assert not Duration.parse("12 months").exceeds(Duration.parse("1 year"))
    assert not Duration.parse("365 days").exceeds(Duration.parse("1 year"))
    assert Duration.parse("366 days").exceeds(Duration.parse("1 year"))
    assert Duration.parse("13 months").exceeds(Duration.parse("1 year"))
    with pytest.raises(ValueError, match="not a duration"):
        Duration.parse("a while")
