"""Purge cutoffs as durations: how far before "now" a DELETE's cutoff lies, in any dialect.

Works on sqlglot's parse tree, where dialects already converge: `now() - interval '2 years'`,
`DATEADD(year, -2, CURRENT_DATE)`, `DATE_SUB(CURRENT_DATE(), INTERVAL 2 YEAR)`,
`CURRENT_DATE - 365`, `'13 months'::interval`, and fixed dates compared with --as-of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlglot import exp

from checker.durations import DAYS_PER_UNIT, Duration
from checker.records import Record

NOW_FUNCTIONS = {"now", "getdate", "sysdate", "systimestamp", "current_timestamp", "current_date", "curdate",
                 "transaction_timestamp", "statement_timestamp", "clock_timestamp", "sysdatetime",
                 "current_datetime", "localtimestamp", "utc_timestamp", "getutcdate"}
NOW_NODES = (exp.CurrentTimestamp, exp.CurrentDate, exp.CurrentDatetime, exp.CurrentTime)
SUBTRACTING = tuple(getattr(exp, name) for name in ("DateSub", "TimestampSub", "DatetimeSub", "TimeSub")
                    if hasattr(exp, name))
ADDING = tuple(getattr(exp, name) for name in ("DateAdd", "TimestampAdd", "DatetimeAdd", "TsOrDsAdd")
               if hasattr(exp, name))
INTERVAL_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")  # inside an interval literal such as '1 year 6 months'
UNIT_ALIASES = {"yr": "year", "yrs": "year", "y": "year", "mon": "month", "mons": "month", "mm": "month",
                "d": "day", "dd": "day", "w": "week", "wk": "week", "h": "hour", "hr": "hour",
                "min": "minute", "mi": "minute", "s": "second", "sec": "second", "q": "quarter"}
FIXED_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, eq=False, repr=False)
class AgeLimit(Record):
    """A DELETE matches rows whose `column` is older than `age`."""

    column: exp.Column
    age: Duration
    node: exp.Expression


def cutoff_age(expr: exp.Expression, as_of: date) -> Duration | None:
    """How far before now `expr` lies; None for anything that is not now minus a duration or a date."""
    expr = _unwrap(expr)
    if _is_now(expr):
        return Duration(0, "day")
    if isinstance(expr, (exp.Cast, exp.TryCast)) and expr.to.is_type("date", "timestamp", "datetime", "timestamptz"):
        return _fixed_date_age(expr.this, as_of)
    if isinstance(expr, exp.Literal) and expr.is_string:
        return _fixed_date_age(expr, as_of)
    if isinstance(expr, (exp.Sub, exp.Add)):
        base = cutoff_age(expr.this, as_of)
        offset = interval_duration(expr.expression)
        if base is None or offset is None:
            return None
        return _combine(base, offset, subtract=isinstance(expr, exp.Sub))
    if isinstance(expr, SUBTRACTING + ADDING):
        base = cutoff_age(expr.this, as_of)
        amount = _number(expr.expression)
        unit = _unit(expr.args.get("unit"))
        if base is None or amount is None or unit is None:
            return None
        return _combine(base, Duration(amount, unit), subtract=isinstance(expr, SUBTRACTING))
    if isinstance(expr, exp.TimestampTrunc) or isinstance(expr, exp.DateTrunc):
        return cutoff_age(expr.this, as_of)
    return None


def purge_age_limits(condition: exp.Expression, as_of: date) -> list[AgeLimit]:
    """Per timestamp column, the age beyond which a DELETE's WHERE removes rows (AND: max, OR: min)."""
    limits = _limits(condition, as_of)
    return list(limits.values()) if limits else []


def _limits(node: exp.Expression, as_of: date) -> dict[str, AgeLimit] | None:
    node = _unwrap(node)
    if isinstance(node, (exp.And, exp.Or)):
        left, right = _limits(node.left, as_of), _limits(node.right, as_of)
        if isinstance(node, exp.Or):
            if left is None or right is None:
                return left or right  # the other branch deletes on some other ground
            pick = min
        else:
            if left is None or right is None:
                return left or right  # a non-age condition only narrows the deletion
            pick = max
        merged = dict(left)
        for key, limit in right.items():
            merged[key] = pick(merged[key], limit, key=lambda item: item.age.days) if key in merged else limit
        return merged
    limit = _comparison(node, as_of)
    return {limit.column.sql(): limit} if limit else None


def age_comparison(node: exp.Expression, as_of: date) -> AgeLimit | None:
    """`col < now() - interval 'N'` and its mirror forms: rows whose column is older than N."""
    return _comparison(_unwrap(node), as_of)


def _comparison(node: exp.Expression, as_of: date) -> AgeLimit | None:
    """`col < X`, `col <= X`, `X > col`, `X >= col`, `NOT (col >= X)` with X a recognisable cutoff."""
    if isinstance(node, exp.Not):
        inner = _unwrap(node.this)
        if isinstance(inner, (exp.GTE, exp.GT)) and isinstance(inner.this, exp.Column):
            return _limit(inner.this, inner.expression, node, as_of)
        if isinstance(inner, (exp.LTE, exp.LT)) and isinstance(inner.expression, exp.Column):
            return _limit(inner.expression, inner.this, node, as_of)
        return None
    if isinstance(node, (exp.LT, exp.LTE)) and isinstance(node.this, exp.Column):
        return _limit(node.this, node.expression, node, as_of)
    if isinstance(node, (exp.GT, exp.GTE)) and isinstance(node.expression, exp.Column):
        return _limit(node.expression, node.this, node, as_of)
    return None


def _limit(column: exp.Column, cutoff: exp.Expression, node: exp.Expression, as_of: date) -> AgeLimit | None:
    age = cutoff_age(cutoff, as_of)
    if age is None or age.days <= 0:
        return None
    return AgeLimit(column, age, node)


def _is_now(expr: exp.Expression) -> bool:
    if isinstance(expr, NOW_NODES) or type(expr).__name__ == "Localtimestamp":
        return True
    if isinstance(expr, exp.Anonymous):
        return expr.name.lower() in NOW_FUNCTIONS
    return False


def interval_duration(expr: exp.Expression) -> Duration | None:
    """`INTERVAL '2 years'`, `INTERVAL '90' DAY`, `'13 months'::interval`, or a bare number of days."""
    expr = _unwrap(expr)
    if isinstance(expr, exp.Interval):
        unit = expr.args.get("unit")
        if unit is not None:
            amount = _number(expr.this)
            name = _unit(unit)
            return Duration(amount, name) if amount is not None and name else None
        return _parse_interval_text(expr.this.name if expr.this is not None else "")
    if isinstance(expr, exp.Cast) and expr.to.is_type("interval"):
        return _parse_interval_text(expr.this.name)
    if isinstance(expr, exp.Literal) and not expr.is_string:
        return Duration(float(expr.this), "day")
    return None


def _parse_interval_text(text: str) -> Duration | None:
    """`'1 year 6 months'` -> 18 months (in the smallest unit used)."""
    parts = INTERVAL_PART.findall(text.lower())
    if not parts:
        return None
    durations = []
    for amount, unit in parts:
        name = _unit_name(unit)
        if name is None:
            return None
        durations.append(Duration(float(amount), name))
    smallest = min(durations, key=lambda d: DAYS_PER_UNIT[d.unit]).unit
    total = sum(d.days for d in durations) / DAYS_PER_UNIT[smallest]
    return Duration(round(total, 6), smallest)


def _combine(base: Duration, offset: Duration, subtract: bool) -> Duration | None:
    """now() - base, then minus (or plus) offset: the result is an age before now."""
    sign = -1 if subtract else 1
    if offset.amount < 0:
        offset, sign = Duration(-offset.amount, offset.unit), -sign
    if base.days == 0:
        return offset if sign < 0 else (Duration(0, "day") if offset.days == 0 else None)
    total_days = base.days - sign * offset.days
    return Duration(round(total_days, 6), "day") if total_days >= 0 else None


def _number(expr: exp.Expression | None) -> float | None:
    if expr is None:
        return None
    expr = _unwrap(expr)
    if isinstance(expr, exp.Neg):
        inner = _number(expr.this)
        return -inner if inner is not None else None
    if isinstance(expr, exp.Literal):
        try:
            return float(expr.this)
        except ValueError:
            return None
    return None


def _unit(unit: exp.Expression | None) -> str | None:
    if unit is None:
        return None
    return _unit_name(unit.name)


def _unit_name(text: str) -> str | None:
    name = text.strip("'\" ").lower()
    name = UNIT_ALIASES.get(name, name)
    if name not in DAYS_PER_UNIT and name.endswith("s"):
        name = UNIT_ALIASES.get(name[:-1], name[:-1])
    return name if name in DAYS_PER_UNIT else None


def _fixed_date_age(literal: exp.Expression, as_of: date) -> Duration | None:
    match = FIXED_DATE.match(literal.name if isinstance(literal, exp.Literal) else "")
    if not match:
        return None
    try:
        fixed = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return Duration.between(fixed, as_of)


def _unwrap(expr: exp.Expression) -> exp.Expression:
    while isinstance(expr, exp.Paren):
        expr = expr.this
    return expr
