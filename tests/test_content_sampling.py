"""Content as a catalog source: `catalog: {sample: ...}` with `--db` reads a bounded, read-only
sample of the undeclared columns of SQLite, DuckDB and PostgreSQL databases, and the catalog takes
what the detectors recognise with rank CONTENT and a provenance that says so; declared columns are
neither overridden nor read; the time bound holds; the SQL path loads no data-frame library."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from checker.catalog import CONTENT, DECLARED, Catalog
from checker.config import load_config
from checker.project import load_project
from checker.readers.live_sample import SampleSettings, sample_database

REPO = Path(__file__).resolve().parents[1]

# A pack with the generic taxonomy keys this branch's detectors report (COMMON.md), on top of gdpr-baseline.
TAXONOMY_PACK = {
    "id": "taxonomy-test", "title": "Generic personal-data taxonomy (test)", "policy": "tests", "extends": ["gdpr-baseline"],
    "categories": {key: {"name": key} for key in (
        "user", "user.contact", "user.contact.email", "user.contact.phone_number", "user.content", "user.demographic",
        "user.demographic.date_of_birth", "user.device", "user.device.device_id")},
    "purposes": {},
}

CUSTOMERS = [  # (id, contact, phone, notes, born, country, sku, backup_email)
    (1, "stanisław.wójcik@wp.pl", "222-398-8279", "escalated by todor.nikolova7@example.bg", "1985-03-14", "US",
     "SKU-88412-BLK", "a@example.bg"),
    (2, "ivan.petrov@example.bg", "(415) 555-0132", "asked for a refund", "1990-11-02", "US", "SKU-10293-RED",
     "b@example.bg"),
    (3, "maria@example.com", "212-555-0199", "called back, no answer", "1972-06-30", "US", "SKU-55555-GRN",
     "c@example.bg"),
    (4, "g_dimitrov@example.co.uk", "646-555-0123", "order ORD-2026-000123 shipped", "2001-01-09", "CA",
     "SKU-00001-BLK", None),
]
COLUMNS = "id INTEGER, contact TEXT, phone TEXT, notes TEXT, born DATE, country TEXT, sku TEXT, backup_email TEXT"


def _fill(connection, table: str = "customers") -> None:  # noqa: ANN001 - sqlite3 or duckdb
    connection.execute(f"CREATE TABLE {table} ({COLUMNS})")
    connection.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?, ?, ?)", CUSTOMERS)


def _project(folder: Path, url: str, sample: dict | None = {"rows": 100, "seconds": 10}) -> Catalog:
    (folder / "taxonomy.yaml").write_text(yaml.safe_dump(TAXONOMY_PACK, sort_keys=False), "utf-8")
    catalog: dict = {"tables": {"customers": {"columns": {"backup_email": None}}}}  # declared: no personal data
    if sample is not None:
        catalog["sample"] = sample
    config = {"packs": ["taxonomy.yaml"], "catalog": catalog}
    (folder / "privgate.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    return load_project(load_config(folder / "privgate.yaml"), db_url=url).catalog


def _content(catalog: Catalog) -> dict[str, tuple[str | None, str]]:
    table = catalog.tables["customers"]
    return {column: (table.columns[column], table.provenance[column]) for column in table.columns
            if table.ranks.get(column) == CONTENT}


EXPECTED = {
    "contact": ("user.contact.email", "content: 100% of 4 sampled values are e-mail addresses"),
    "phone": ("user.contact.phone_number", "content: 100% of 4 sampled values are phone numbers"),
    "notes": ("user.content", "content: 25% of 4 sampled values are free text with e-mail addresses"),
    "born": ("user.demographic.date_of_birth", "content: 100% of 4 sampled values are dates of birth"),
}


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    with sqlite3.connect(tmp_path / "crm.sqlite") as connection:
        _fill(connection)
    connection.close()
    return f"sqlite:///{tmp_path / 'crm.sqlite'}"


def test_sqlite_columns_are_classified_by_their_content(tmp_path: Path, sqlite_url: str) -> None:
    catalog = _project(tmp_path, sqlite_url)
    assert _content(catalog) == EXPECTED
    table = catalog.tables["customers"]
    assert table.columns["backup_email"] is None and table.ranks["backup_email"] == DECLARED  # never overridden
    assert "sku" not in _content(catalog) and "country" not in _content(catalog)


def test_duckdb_columns_are_classified_by_their_content(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect(str(tmp_path / "crm.duckdb"))
    _fill(connection)
    connection.close()
    assert _content(_project(tmp_path, f"duckdb:///{tmp_path / 'crm.duckdb'}")) == EXPECTED


def test_sampling_is_off_unless_asked(tmp_path: Path, sqlite_url: str) -> None:
    assert _content(_project(tmp_path, sqlite_url, sample=None)) == {}


def test_a_company_pack_gets_its_own_category_for_the_same_data(tmp_path: Path, sqlite_url: str) -> None:
    config = {"packs": ["mgt-solutions"], "catalog": {"sample": {"rows": 10}}}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(config), "utf-8")
    table = load_project(load_config(tmp_path / "privgate.yaml"), db_url=sqlite_url).catalog.tables["customers"]
    assert table.columns["contact"] == "account.email"
    assert table.provenance["contact"].startswith("content: 100% of 4 sampled values")


def test_only_undeclared_columns_are_read_and_at_most_rows_per_table(sqlite_url: str) -> None:
    result = sample_database(sqlite_url, {"customers": ["contact", "born"]}, SampleSettings(rows=2, seconds=5))
    assert set(result.values["customers"]) == {"contact", "born"}
    assert [len(values) for values in result.values["customers"].values()] == [2, 2]


def test_the_time_bound_cancels_a_slow_table(tmp_path: Path) -> None:
    path = tmp_path / "slow.sqlite"
    with sqlite3.connect(path) as connection:  # a view that never yields a row: only the bound stops it
        connection.execute("CREATE VIEW endless AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                           "SELECT x AS value FROM n WHERE x < 0")
        connection.execute("CREATE TABLE later (value TEXT)")
    connection.close()
    result = sample_database(f"sqlite:///{path}", {"endless": ["value"], "later": ["value"]},
                             SampleSettings(rows=10, seconds=0.5))
    assert result.skipped == {"endless": "the 0.5-second sampling bound was reached",
                              "later": "the 0.5-second sampling bound was reached"}


def test_sampling_loads_no_data_frame_library(tmp_path: Path, sqlite_url: str) -> None:
    _project(tmp_path, sqlite_url)  # writes the config
    code = ("import sys; from pathlib import Path; from checker.config import load_config; from checker.project import load_project; "
            f"load_project(load_config(Path({str(tmp_path / 'privgate.yaml')!r})), db_url={sqlite_url!r}); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'pyarrow', 'great_expectations', "
            "'phonenumbers', 'stdnum'}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}, cwd=tmp_path).stdout
    assert json.loads(loaded.replace("'", '"')) == ["phonenumbers", "stdnum"]


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg")
    from postgres_server import postgres_server

    with postgres_server() as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(COLUMNS.replace("INTEGER", "bigint").join(["CREATE TABLE customers (", ")"]))
            with connection.cursor() as cursor:
                cursor.executemany("INSERT INTO customers VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", CUSTOMERS)
            connection.execute("COMMENT ON COLUMN customers.sku IS 'privgate: none'")
        yield url


def test_postgresql_columns_are_classified_by_their_content(tmp_path: Path, postgres_url: str) -> None:
    catalog = _project(tmp_path, postgres_url)
    assert _content(catalog) == EXPECTED
    assert catalog.tables["customers"].ranks["sku"] == DECLARED


def test_the_command_line_asks_for_a_sample_without_a_config_entry(tmp_path: Path, sqlite_url: str) -> None:
    """`privgate catalog --db URL --sample ROWS`: an ad-hoc look at a live database classifies its
    columns by content too; without --sample nothing is read."""
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"]}), "utf-8")
    command = [sys.executable, "-m", "checker", "catalog", str(tmp_path), "--db", sqlite_url, "--format", "json"]
    environment = {key: value for key, value in os.environ.items() if key != "PRIVGATE_SAMPLE_ROWS"}
    sampled = subprocess.run([*command, "--sample", "50"], capture_output=True, text=True, env=environment)
    plain = subprocess.run(command, capture_output=True, text=True, env=environment)
    assert sampled.returncode == 0 and plain.returncode == 0, sampled.stderr + plain.stderr

    def contact(run: subprocess.CompletedProcess) -> dict:
        tables = json.loads(run.stdout)["tables"]
        return next(column for table in tables if table["name"] == "customers" for column in table["columns"]
                    if column["name"] == "contact")

    assert contact(sampled)["category"] == "user.contact.email"
    assert contact(sampled)["provenance"].startswith("content: 100% of 4 sampled values")
    assert contact(plain)["category"] is None
    wrong = subprocess.run(command, capture_output=True, text=True, env={**environment, "PRIVGATE_SAMPLE_ROWS": "lots"})
    assert wrong.returncode == 2 and "PRIVGATE_SAMPLE_ROWS='lots'" in wrong.stderr and "Traceback" not in wrong.stderr
    without_db = subprocess.run([sys.executable, "-m", "checker", "catalog", str(tmp_path), "--sample", "50"],
                                capture_output=True, text=True, env=environment)
    assert without_db.returncode == 2 and "--sample reads rows of a live database" in without_db.stderr
