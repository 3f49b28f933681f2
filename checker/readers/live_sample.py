"""Content as a catalog source: a bounded, read-only sample of a live database's undeclared
columns, run through the content detectors, offered to the catalog with rank CONTENT.

Asked for with `catalog: {sample: {rows: 1000, seconds: 10}}` and `--db`. Each table gives at most
`rows` rows (PostgreSQL: `TABLESAMPLE SYSTEM` on large tables, else `LIMIT`; DuckDB: a reservoir
sample; SQLite: `LIMIT`), in a read-only session; the whole pass stops after `seconds` (a statement
that runs over is cancelled, the tables left are not sampled). Declared columns are never read.
The detectors (phonenumbers, python-stdnum) load only when sampling runs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from checker.catalog import CONTENT, DECLARED, Catalog, canonical_name
from checker.classify import category_for_concept
from checker.errors import PrivgateError
from checker.policy.model import Pack, lineage_of
from checker.readers.live import STATEMENT_TIMEOUT_MS, _file_path, postgres_session, redact

if TYPE_CHECKING:
    from checker.datasets.detectors import ColumnVerdict
    from checker.readers.live import LiveSchema

DEFAULT_ROWS = 1000
DEFAULT_SECONDS = 10.0
LARGE_TABLE = 10  # a PostgreSQL table this many times larger than the sample is read through TABLESAMPLE


@dataclass(frozen=True)
class SampleSettings:
    rows: int = DEFAULT_ROWS
    seconds: float = DEFAULT_SECONDS


@dataclass
class SampleResult:
    """What one sampling pass did: per table, each column's non-empty values; the tables the time
    bound (or an error) left unsampled."""

    values: dict[str, dict[str, list[object]]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # table -> why


def sample_settings(entry: dict[str, Any] | None) -> SampleSettings | None:
    """The config's `catalog.sample` (absent: no sampling)."""
    if entry is None:
        return None
    return SampleSettings(int(entry.get("rows", DEFAULT_ROWS)), float(entry.get("seconds", DEFAULT_SECONDS)))


def offer_content(catalog: Catalog, url: str, schema: LiveSchema, packs: list[Pack], settings: SampleSettings,
                  region: str | None = None) -> SampleResult:
    """Sample the live tables' undeclared columns and offer what the detectors recognise to the
    catalog: rank CONTENT, provenance `content: 97% of 1,000 sampled values are e-mail addresses`."""
    from checker.datasets.detectors import classify_table

    wanted = {name: [column for column in definition.columns if _undeclared(catalog, name, column)]
              for name, definition in schema.tables.items()}
    result = sample_database(url, {name: columns for name, columns in wanted.items() if columns}, settings)
    for name, samples in result.values.items():
        table = catalog.add_table(canonical_name(name))
        for column, verdict in classify_table(samples, table=name, region=region).items():
            category = category_for(verdict, table.name, packs)
            if verdict.supports and category is not None:
                catalog.offer(table, column, category, CONTENT, f"content: {verdict.describe()}")
    return result


def category_for(verdict: ColumnVerdict, table: str, packs: list[Pack]) -> str | None:
    """The pack category for what a verdict found: a company pack's own category for the same data
    (`account.email` in `accounts`), else the generic taxonomy key or its nearest declared ancestor."""
    for pack in packs:
        found = category_for_concept(verdict.detector.concept, table, pack)
        if found:
            return found
    for pack in packs:
        for candidate in lineage_of(verdict.key):
            if candidate in pack.categories and pack.is_personal(candidate):
                return candidate
    return None


def _undeclared(catalog: Catalog, table: str, column: str) -> bool:
    found = catalog.tables.get(canonical_name(table))
    return found is None or found.ranks.get(column, DECLARED + 1) > DECLARED


def sample_database(url: str, tables: dict[str, list[str]], settings: SampleSettings) -> SampleResult:
    """Up to `settings.rows` rows of each table's listed columns, within `settings.seconds` in all."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    reader = {"postgresql": _postgres, "postgres": _postgres, "sqlite": _sqlite, "duckdb": _duckdb}.get(scheme)
    if reader is None:
        raise PrivgateError(f"catalog.sample: cannot sample {redact(url)}")
    deadline = time.monotonic() + settings.seconds
    result = SampleResult()
    with reader(url) as run:
        for table, columns in sorted(tables.items()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                result.skipped[table] = f"the {settings.seconds:g}-second sampling bound was reached"
                continue
            try:
                rows = run(table, columns, settings.rows, remaining)
            except _Cancelled:
                result.skipped[table] = f"the {settings.seconds:g}-second sampling bound was reached"
                continue
            except Exception as error:  # a view that cannot be read, a type the driver rejects
                result.skipped[table] = redact(str(error).strip().splitlines()[0] if str(error).strip() else
                                               type(error).__name__)
                continue
            result.values[table] = {column: [value for row in rows if (value := _plain(row[index])) is not None]
                                    for index, column in enumerate(columns)}
    return result


Run = Callable[[str, list[str], int, float], list[tuple[Any, ...]]]  # (table, columns, rows, seconds) -> rows


class _Cancelled(Exception):
    """A sampling statement ran past the time bound."""


def _plain(value: object) -> object:
    """Values the detectors read: text, numbers, dates; binary data is left out."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    return value


def _quoted(name: str) -> str:
    return ".".join('"' + part.replace('"', '""') + '"' for part in name.split("."))


def _select(table: str, columns: list[str]) -> str:
    return f"SELECT {', '.join(_quoted(column) for column in columns)} FROM {_quoted(table)}"


@contextmanager
def _sqlite(url: str) -> Iterator[Run]:
    import sqlite3

    connection = sqlite3.connect(f"file:{_file_path(url)}?mode=ro", uri=True)

    def run(table: str, columns: list[str], rows: int, seconds: float) -> list[tuple[Any, ...]]:
        stop = time.monotonic() + seconds
        connection.set_progress_handler(lambda: int(time.monotonic() > stop), 10_000)
        try:
            return connection.execute(f"{_select(table, columns)} LIMIT ?", (rows,)).fetchall()
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise _Cancelled from None
            raise
        finally:
            connection.set_progress_handler(None, 0)

    try:
        yield run
    finally:
        connection.close()


@contextmanager
def _duckdb(url: str) -> Iterator[Run]:
    import duckdb

    connection = duckdb.connect(str(_file_path(url)), read_only=True)

    def run(table: str, columns: list[str], rows: int, seconds: float) -> list[tuple[Any, ...]]:
        timer = threading.Timer(seconds, connection.interrupt)
        timer.start()
        try:
            return connection.execute(f"{_select(table, columns)} USING SAMPLE reservoir({int(rows)} ROWS)").fetchall()
        except duckdb.InterruptException:
            raise _Cancelled from None
        finally:
            timer.cancel()

    try:
        yield run
    finally:
        connection.close()


@contextmanager
def _postgres(url: str) -> Iterator[Run]:
    import psycopg

    try:
        connection = psycopg.connect(url, connect_timeout=10, autocommit=True, **postgres_session(STATEMENT_TIMEOUT_MS))
    except psycopg.Error as error:
        raise PrivgateError(f"cannot sample the database {redact(url)}: "
                            f"{redact(str(error).strip().splitlines()[0])}") from None

    def run(table: str, columns: list[str], rows: int, seconds: float) -> list[tuple[Any, ...]]:
        connection.execute(f"SET statement_timeout = {max(1, int(seconds * 1000))}")
        try:
            estimate = connection.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)",
                                          [_quoted(table)]).fetchone()
            sampled = ""
            if estimate and estimate[0] and estimate[0] > LARGE_TABLE * rows:
                sampled = f" TABLESAMPLE SYSTEM ({min(100.0, 100.0 * 3 * rows / float(estimate[0])):.6f})"
            return connection.execute(f"{_select(table, columns)}{sampled} LIMIT %s", [rows]).fetchall()
        except psycopg.errors.QueryCanceled:
            raise _Cancelled from None

    try:
        yield run
    finally:
        connection.close()
