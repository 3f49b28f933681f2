"""CHD004 reads two columns of a row: a subject under the minimum age counts only when the row's
guardian-consent column shows no consent. The same rows give the same count as a CSV file (GE
pandas), SQLite and DuckDB tables (SQL push-down), a lake file DuckDB reads, PostgreSQL (when a
server can be started) and Spark (when pyspark and Java are here)."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from importlib.util import find_spec
from pathlib import Path

import pytest

from checker.datasets.dialects import derived_select
from checker.datasets.prepared import EPOCH, Derived
from checker.engine import ScanResult
from helpers import project_settings, scan_project

# birth dates against --as-of 2026-11-24 (under 18: born after 2008-11-24); the guardian's consent
# as a date, a flag word, or nothing
ROWS = [
    ("ana@example.bg", "1994-02-11", None),  # adult, no consent needed
    ("ivo@example.bg", "2011-06-30", None),  # minor, no consent: counts
    ("mia@example.bg", "2012-01-15", "2025-03-02"),  # minor, consent given on a date
    ("teo@example.bg", "2013-09-09", "false"),  # minor, consent refused: counts
    ("eva@example.bg", "2010-04-04", "yes"),  # minor, consent given as a flag
    ("dan@example.bg", "2009-12-01", ""),  # minor, empty: counts
    ("bob@example.bg", "1980-07-07", "no"),  # adult: counts nowhere
]
COLUMNS = {"email": "player.email", "birth_date": "player.birth_date", "guardian_consent": "consent.guardian"}
ENTRY = {"purpose": "registration", "columns": COLUMNS}
EXPECTED = [("CHD004", "3 of 7 rows")]


def _settings(datasets: list[dict]) -> dict:
    return project_settings({"packs": ["beconnected"], "replace": ["catalog.tables"],
                             "catalog": {"default_location": {"country": "BG"}}, "datasets": datasets})


def _scan(folder: Path, datasets: list[dict]) -> ScanResult:
    return scan_project(folder, _settings(datasets))


def _counts(result: ScanResult) -> list[tuple[str, str]]:
    return sorted((f.rule_id, re.search(r"(\d+) of (\d+) rows", f.message).group(0)) for f in result.findings)


def _csv(path: Path) -> None:
    lines = ["email,birth_date,guardian_consent"] + [",".join(value or "" for value in row) for row in ROWS]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def _insert(connection, table: str = "players", consent_type: str = "TEXT") -> None:  # noqa: ANN001 - a DB-API connection
    connection.execute(f"CREATE TABLE {table} (email TEXT, birth_date TEXT, guardian_consent {consent_type})")
    connection.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", ROWS)


def test_a_csv_file_counts_minors_without_their_guardians_consent(tmp_path: Path) -> None:
    _csv(tmp_path / "players.csv")
    result = _scan(tmp_path, [{"path": "players.csv", **ENTRY}])
    assert _counts(result) == EXPECTED
    finding = result.findings[0]
    assert "guardian_consent shows no guardian's consent" in finding.message
    assert finding.citation is not None and "parent/guardian" in finding.citation.quote
    assert "examples: 2011-06-30, 2013-09-09, 2009-12-01" in finding.evidence


def test_sqlite_and_duckdb_tables_and_a_duckdb_lake_file_agree_with_the_csv(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    _csv(tmp_path / "players.csv")
    with contextlib.closing(sqlite3.connect(tmp_path / "crm.sqlite")) as connection, connection:
        _insert(connection)
    duck = duckdb.connect(str(tmp_path / "crm.duckdb"))
    _insert(duck)
    duck.close()
    for entry in ({"table": "players", "database": "crm.sqlite"}, {"table": "players", "database": "crm.duckdb"},
                  {"path": "players.csv", "engine": "duckdb"}):
        assert _counts(_scan(tmp_path, [{**entry, **ENTRY}])) == EXPECTED, entry


def test_typed_columns_in_the_database_give_the_same_count(tmp_path: Path) -> None:
    """A DATE birth date (compared natively) and a BOOLEAN consent flag (NULL is no consent)."""
    duckdb = pytest.importorskip("duckdb")
    duck = duckdb.connect(str(tmp_path / "crm.duckdb"))
    duck.execute("CREATE TABLE players (email TEXT, birth_date DATE, guardian_consent BOOLEAN)")
    flags = {None: None, "": None, "false": False, "no": False, "yes": True, "2025-03-02": True}
    duck.executemany("INSERT INTO players VALUES (?, ?, ?)", [(e, b, flags[g]) for e, b, g in ROWS])
    duck.close()
    assert _counts(_scan(tmp_path, [{"table": "players", "database": "crm.duckdb", **ENTRY}])) == EXPECTED


def test_a_postgres_table_gives_the_same_count(tmp_path: Path) -> None:
    psycopg = pytest.importorskip("psycopg")
    from postgres_server import postgres_server_or_skip

    with postgres_server_or_skip() as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("DROP TABLE IF EXISTS guarded_players")
            connection.execute("CREATE TABLE guarded_players (email TEXT, birth_date DATE, guardian_consent TEXT)")
            with connection.cursor() as cursor:
                cursor.executemany("INSERT INTO guarded_players VALUES (%s, %s, %s)", ROWS)
        result = _scan(tmp_path, [{"table": "guarded_players", "database": url, **ENTRY}])
        assert _counts(result) == EXPECTED


def _spark_ready() -> str | None:
    if find_spec("pyspark") is None:
        return "pyspark is not installed (privgate[spark])"
    if shutil.which("java") is None:
        return "no Java runtime for Spark"
    return None


@pytest.mark.skipif(_spark_ready() is not None, reason=str(_spark_ready()))
def test_spark_gives_the_same_count(tmp_path: Path) -> None:
    _csv(tmp_path / "players.csv")
    assert _counts(_scan(tmp_path, [{"path": "players.csv", "engine": "spark", **ENTRY}])) == EXPECTED


@pytest.mark.parametrize("dialect", ["postgres", "sqlite", "duckdb", "snowflake", "bigquery", "databricks",
                                     "redshift", "trino", "spark"])
def test_the_two_column_derivation_compiles_in_every_engine(dialect: str) -> None:
    import sqlglot

    item = Derived(EPOCH, "birth_date", unless="guardian_consent")
    sql = derived_select(item, {"birth_date": "birth_date", "guardian_consent": "guardian_consent"}, {}, dialect)
    assert sql.startswith("CASE WHEN ") and " THEN NULL ELSE " in sql
    sqlglot.parse_one(f"SELECT {sql} FROM players", dialect=dialect)  # the engine's own dialect reads it back
