"""Dataset checks where the data lives: tables checked in place through GE's SQL engine run only
bounded queries (one aggregate, GE's row count, LIMIT examples and samples) on SQLite, DuckDB and
a real PostgreSQL; the same queries compile for Snowflake, BigQuery, Databricks SQL, Redshift and
Trino with their SQLAlchemy dialects; lake files give the same counts with GE pandas, DuckDB and
Spark (local mode, when pyspark and Java are here); a missing dialect names its extra (exit 2)."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import sqlalchemy
import sqlglot
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.datasets import dialects
from checker.datasets.prepared import EPOCH, TRUTH, COUNTRY, Derived
from checker.datasets.spec import Dataset, DatasetSpec
from checker.datasets.tables import prepared_query, sample_queries
from checker.engine import ScanResult, scan
from helpers import base_project, scan_project
from postgres_server import postgres_server_or_skip
from test_datasets import AUDIENCE, AUDIENCE_ENTRY, _counts, _load_rows

EXPECTED = [("CON004", "3 of 8 rows"), ("CON005", "2 of 8 rows")]
DERIVED = [Derived(TRUTH, "marketing_email"), Derived(EPOCH, "withdrawn_at"), Derived(COUNTRY, "country")]
ACTUAL = {"marketing_email": "marketing_email", "withdrawn_at": "withdrawn_at", "country": "country"}
# (dialect, SQLAlchemy dialect object factory, a function privgate's epoch seconds use there)
WAREHOUSES = [
    ("snowflake", "snowflake.sqlalchemy.snowdialect:SnowflakeDialect", "EXTRACT(epoch_second"),
    ("bigquery", "sqlalchemy_bigquery:BigQueryDialect", "UNIX_SECONDS("),
    ("databricks", "databricks.sqlalchemy:DatabricksDialect", "UNIX_TIMESTAMP("),
    ("redshift", "sqlalchemy_redshift.dialect:RedshiftDialect_psycopg2", "DATE_PART('epoch'"),
    ("trino", "trino.sqlalchemy.dialect:TrinoDialect", "TO_UNIXTIME("),
]
URLS = {"snowflake": "snowflake://scanner@acme-eu/crm/public", "bigquery": "bigquery://acme-analytics/crm",
        "databricks": "databricks://token:x@dbc.example/default", "redshift": "redshift+redshift_connector://u@h:5439/crm",
        "trino": "trino://scanner@trino.example:8080/hive/crm"}


def _scan(folder: Path, datasets: list[dict]) -> ScanResult:
    return scan_project(folder, {**base_project(), "datasets": datasets})


@contextlib.contextmanager
def _statements() -> list:
    """Every statement SQLAlchemy sends while the block runs: (SQL text, the ClauseElement or None).
    Datasets are judged in this process meanwhile (not in checker.isolation's workers), where the
    statements can be seen."""
    import checker.dataset_judging as judging

    seen: list = []

    def record(connection, clause, multiparams, params, options):  # noqa: ANN001 - SQLAlchemy's event signature
        seen.append(clause)

    def in_process(work, items, *, jobs, seconds, initializer=None, initargs=(), batch=1):  # noqa: ANN001, ANN202
        if initializer is not None:
            initializer(*initargs)
        for index, item in enumerate(items):
            yield index, work(item)

    isolated = judging.run_isolated
    judging.run_isolated = in_process
    sqlalchemy.event.listen(sqlalchemy.engine.Engine, "before_execute", record)
    try:
        yield seen
    finally:
        sqlalchemy.event.remove(sqlalchemy.engine.Engine, "before_execute", record)
        judging.run_isolated = isolated


def _is_bounded(sql: str) -> bool:
    """A catalog lookup, an aggregate, a LIMIT query, or a query that returns no row."""
    text = " ".join(sql.split()).upper()
    if text.startswith(("DESCRIBE ", "PRAGMA", "SELECT NAME, TYPE FROM PRAGMA_TABLE_INFO")) or "INFORMATION_SCHEMA" in text:
        return True
    outer = text.split(" FROM ", 1)[0]
    return bool(re.search(r"\b(SUM|COUNT)\(", outer)) or re.search(r"\bLIMIT\b[^)]*$", text) is not None \
        or text.endswith("WHERE 1 = 0")


def _audience_tables(folder: Path) -> list[str]:
    duckdb = pytest.importorskip("duckdb")
    with contextlib.closing(sqlite3.connect(folder / "crm.sqlite")) as connection, connection:
        _load_rows(connection, "audience")
    duck = duckdb.connect(str(folder / "crm.duckdb"))
    _load_rows(duck, "audience")
    duck.close()
    return ["crm.sqlite", "crm.duckdb"]


def test_tables_are_checked_with_bounded_queries_only(tmp_path: Path) -> None:
    for name in _audience_tables(tmp_path):
        with _statements() as seen:
            result = _scan(tmp_path, [{"table": "audience", "database": name, **AUDIENCE_ENTRY}])
        sql = [str(clause) for clause in seen]
        assert _counts(result) == EXPECTED
        assert sql and [statement for statement in sql if not _is_bounded(statement)] == []
        assert len([statement for statement in sql if statement.startswith("SELECT sum(")]) == 1  # one aggregate
        assert any("WHERE 1 = 0" in statement for statement in sql)  # GE's column look-up returns no row


def test_a_postgres_table_is_checked_with_bounded_queries_only(tmp_path: Path) -> None:
    psycopg = pytest.importorskip("psycopg")
    with postgres_server_or_skip() as url:
        with psycopg.connect(url, autocommit=True) as connection:
            rows = pacsv.read_csv(AUDIENCE, convert_options=pacsv.ConvertOptions(strings_can_be_null=True)).to_pylist()
            connection.execute("CREATE TABLE audience (email TEXT, full_name TEXT, marketing_email TEXT, "
                               "withdrawn_at TIMESTAMPTZ, signed_up_at TEXT)")
            with connection.cursor() as cursor:
                cursor.executemany("INSERT INTO audience VALUES (%s, %s, %s, %s, %s)",
                                   [tuple(None if v is None else str(v) for v in row.values()) for row in rows])
        with _statements() as seen:
            result = _scan(tmp_path, [{"table": "audience", "database": url, **AUDIENCE_ENTRY}])
        assert _counts(result) == EXPECTED
        sql = [str(clause) for clause in seen]
        assert [statement for statement in sql if not _is_bounded(statement)] == []


def _dialect(path: str) -> sqlalchemy.engine.Dialect:
    module, _, name = path.partition(":")
    pytest.importorskip(module.split(".")[0] if module != "snowflake.sqlalchemy.snowdialect" else "snowflake.sqlalchemy")
    imported = __import__(module, fromlist=[name])
    return getattr(imported, name)()


@pytest.mark.parametrize(("dialect", "factory", "epoch"), WAREHOUSES, ids=[row[0] for row in WAREHOUSES])
def test_the_queries_compile_for_each_warehouse(tmp_path: Path, dialect: str, factory: str, epoch: str) -> None:
    """privgate's own SQL (derived columns, samples) is written for the dialect and parses back in it;
    the aggregate and example queries GE built on a DuckDB run compile with the warehouse's dialect."""
    spec = DatasetSpec(index=0, role="marketing_audience", table="crm.audience")
    dataset = Dataset(spec, "table crm.audience", url=URLS[dialect])
    query = prepared_query(dataset, DERIVED, ACTUAL, {"withdrawn_at": "VARCHAR"})
    assert epoch in query
    for text in [query, *sample_queries(dataset, ["email"], 1000).values()]:
        assert sqlglot.parse_one(text, read=dialect).sql(dialect=dialect)  # valid in the dialect
    assert "LIMIT 1000" in sample_queries(dataset, ["email"], 1000)["email"]

    _audience_tables(tmp_path)
    with _statements() as seen:
        _scan(tmp_path, [{"table": "audience", "database": "crm.duckdb", **AUDIENCE_ENTRY}])
    built = [clause for clause in seen if isinstance(clause, sqlalchemy.sql.ClauseElement)
             and not isinstance(clause, sqlalchemy.sql.elements.TextClause)]
    target = _dialect(factory)
    compiled = [str(clause.compile(dialect=target)) for clause in built]
    assert any(text.startswith("SELECT sum(CASE WHEN") for text in compiled)
    examples = [text for text in compiled if "unexpected_values" in text]
    assert examples and all(re.search(r"\bLIMIT\b", text) for text in examples)


def test_a_warehouse_whose_dialect_is_missing_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialects, "installed", lambda distribution: not distribution.startswith("snowflake"))
    settings = base_project()
    settings["datasets"] = [{"table": "crm.audience", "database": URLS["snowflake"], **AUDIENCE_ENTRY}]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    with contextlib.chdir(tmp_path):
        run = CliRunner().invoke(main, ["scan", ".", "--no-cache"])
    assert run.exit_code == 2
    lines = run.output.strip().splitlines()
    assert len(lines) == 1 and "pip install 'privgate[snowflake]'" in lines[0] and "privgate.yaml" in lines[0]


def test_an_unsupported_database_is_a_one_line_error(tmp_path: Path) -> None:
    settings = base_project()
    settings["datasets"] = [{"table": "audience", "database": "mysql://u@h/crm", **AUDIENCE_ENTRY}]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    with contextlib.chdir(tmp_path):
        run = CliRunner().invoke(main, ["scan", ".", "--no-cache"])
    assert run.exit_code == 2
    assert "'mysql'" in run.output and "Snowflake, BigQuery" in run.output and len(run.output.strip().splitlines()) == 1


def test_object_storage_needs_an_engine(tmp_path: Path) -> None:
    settings = base_project()
    settings["datasets"] = [{"path": "s3://acme-lake/audience/*.parquet", **AUDIENCE_ENTRY}]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    with contextlib.chdir(tmp_path):
        run = CliRunner().invoke(main, ["scan", ".", "--no-cache"])
    assert run.exit_code == 2 and "engine: duckdb" in run.output


def _lake(folder: Path) -> None:
    table = pacsv.read_csv(AUDIENCE, convert_options=pacsv.ConvertOptions(strings_can_be_null=True))
    (folder / "lake").mkdir()
    pq.write_table(table, folder / "lake" / "audience.parquet")
    shutil.copy(AUDIENCE, folder / "lake" / "audience.csv")


def test_lake_files_counted_by_duckdb_agree_with_ge_pandas(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    _lake(tmp_path)
    for fmt in ("parquet", "csv"):
        pandas = _scan(tmp_path, [{"path": f"lake/*.{fmt}", **AUDIENCE_ENTRY}])
        duck = _scan(tmp_path, [{"path": f"lake/*.{fmt}", "engine": "duckdb", **AUDIENCE_ENTRY}])
        assert _counts(pandas) == _counts(duck) == EXPECTED
        assert {f.path for f in duck.findings} == {f"lake/audience.{fmt}"}


def _spark_ready() -> str | None:
    if find_spec("pyspark") is None:
        return "pyspark is not installed (privgate[spark])"
    if shutil.which("java") is None:
        return "no Java runtime (java) on PATH"
    return None


@pytest.mark.skipif(_spark_ready() is not None, reason=str(_spark_ready()))
def test_lake_files_counted_by_spark_agree_with_duckdb_and_ge_pandas(tmp_path: Path) -> None:
    _lake(tmp_path)  # Parquet only: Spark's per-job cost makes each scan take tens of seconds here
    spark = _scan(tmp_path, [{"path": "lake/*.parquet", "engine": "spark", **AUDIENCE_ENTRY}])
    duck = _scan(tmp_path, [{"path": "lake/*.parquet", "engine": "duckdb", **AUDIENCE_ENTRY}])
    pandas = _scan(tmp_path, [{"path": "lake/*.parquet", **AUDIENCE_ENTRY}])
    assert _counts(spark) == _counts(duck) == _counts(pandas) == EXPECTED
    assert all(any("in Spark" in item for item in finding.evidence) for finding in spark.findings)


def test_the_bounded_reflection_adaptation_still_applies() -> None:
    """Fails when GE moves the column look-up the adaptation wraps."""
    from great_expectations.expectations.metrics import util

    from checker.datasets.gx_compat import bounded_reflection

    assert callable(util.column_reflection_fallback)
    bounded_reflection()
    assert getattr(util.column_reflection_fallback, "privgate_bounded", False)


def test_a_pre_commit_run_with_warehouse_entries_imports_no_engine(tmp_path: Path) -> None:
    """A few staged SQL files never load GE, a dialect, DuckDB or Spark, whatever the datasets are."""
    settings = base_project()
    settings["datasets"] = [{"table": "crm.audience", "database": URLS["snowflake"], **AUDIENCE_ENTRY},
                            {"path": "lake/*.parquet", "engine": "duckdb", **AUDIENCE_ENTRY},
                            {"path": "s3://acme-lake/audience/*.parquet", "engine": "spark", **AUDIENCE_ENTRY}]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    (tmp_path / "query.sql").write_text("SELECT email FROM crm.audience;\n", "utf-8")
    heavy = ("great_expectations", "pandas", "pyarrow", "duckdb", "pyspark", "snowflake", "sqlalchemy_bigquery",
             "databricks", "sqlalchemy_redshift", "trino")
    probe = ("import sys\nfrom click.testing import CliRunner\nfrom checker.cli import main\n"
             "result = CliRunner().invoke(main, ['scan', 'query.sql', '--no-cache'])\n"
             "assert result.exit_code in (0, 1), result.output\n"
             f"print(','.join(m for m in {heavy!r} if m in sys.modules))\n")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == ""
