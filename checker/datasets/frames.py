"""File datasets as pandas batches of the derived columns the predicates read, and bounded samples of
every column for the content detectors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa

from checker.datasets.files import batches
from checker.datasets.prepared import COUNTRY, EPOCH, FALSE_WORDS, RAW, TRUE_WORDS, TRUTH, Derived


def prepared_frames(path: Path, fmt: str, derived: list[Derived], actual: dict[str, str]) -> Iterator[pd.DataFrame]:
    """One DataFrame per file batch holding just the derived columns (`actual`: lower -> file name)."""
    sources = sorted({name for item in derived for name in item.sources}) or list(actual)[:1]
    for batch in batches(path, fmt, [actual[name] for name in sources]):
        frame = pd.DataFrame(index=pd.RangeIndex(batch.num_rows))
        for item in derived:
            values = convert(batch.column(actual[item.source]), item.way)
            if item.unless:
                values = values.where(~given(batch.column(actual[item.unless])))
            frame[item.name] = values
        yield frame


def convert(values: pa.Array | pa.ChunkedArray, way: str) -> pd.Series:
    series = values.to_pandas()
    if way == RAW:
        return series.where(series.astype("string").str.strip() != "", None) if series.dtype == object else series
    if way == COUNTRY:
        return series.astype("string").str.strip().str.upper()
    if way == TRUTH:
        text = series.astype("string").str.strip().str.lower()
        return text.isin(TRUE_WORDS).astype("Int64").where(text.notna() & (text != ""))
    if way == EPOCH:
        return epoch_seconds(series)
    raise ValueError(f"unknown way {way}")


def given(values: pa.Array | pa.ChunkedArray) -> pd.Series:
    """True where a value is given: not missing, not empty, not a false word (a date counts)."""
    text = values.to_pandas().astype("string").str.strip().str.lower()
    return (text.notna() & (text != "") & ~text.isin(FALSE_WORDS)).fillna(False).astype(bool)


def epoch_seconds(series: pd.Series) -> pd.Series:
    """Timestamps (native or ISO 8601 text, with or without a zone: UTC assumed) as epoch seconds."""
    if pd.api.types.is_datetime64_any_dtype(series):
        stamps = series if series.dt.tz is not None else series.dt.tz_localize("UTC")
    else:
        stamps = pd.to_datetime(series.astype("string"), format="ISO8601", utc=True, errors="coerce")
    return ((stamps - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(seconds=1)).astype("Int64")


def sample_values(path: Path, fmt: str, size: int) -> dict[str, list[object]]:
    """Up to `size` non-empty values of every column, from the file's first `size` rows (whole batches):
    text, or the value itself where it is nested (a struct as a dict, a list as a list), so that the
    detectors can look inside."""
    found: dict[str, list[object]] = {}
    rows = 0
    for batch in batches(path, fmt, None, rows_at_least=1):
        rows += batch.num_rows
        for name, column in zip(batch.schema.names, batch.columns):
            values = found.setdefault(name.lower(), [])
            for value in column.to_pylist():
                if len(values) >= size:
                    break
                if isinstance(value, (dict, list, tuple)):
                    if value:
                        values.append(value)
                elif value is not None and str(value).strip():
                    values.append(str(value))
        if rows >= size:  # a mostly empty column must not make the sample read the whole file
            break
    return found


def looks_like_flags(values: list[object]) -> bool:
    """True when a column holds true/false words rather than dates."""
    words = set(TRUE_WORDS) | {"false", "f", "no", "n", "0", "off"}
    return bool(values) and all(isinstance(value, str) and value.strip().lower() in words for value in values)
