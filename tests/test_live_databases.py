"""`privgate scan --db`: a real PostgreSQL server started and stopped by the test run, SQLite and DuckDB files."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import yaml

from postgres_server import postgres_server

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "s3cret-test-pw"
SCHEMA = """
CREATE TABLE accounts (id bigint, email text, country text, created_at timestamptz);
COMMENT ON COLUMN accounts.email IS 'Login e-mail. privgate: account.email';
COMMENT ON COLUMN accounts.country IS 'privgate: account.country';
CREATE TABLE devices (id bigint, account_id bigint, device_uid text);
COMMENT ON COLUMN devices.device_uid IS 'privgate: device.id';
CREATE ROLE support_ro;
CREATE ROLE metabase;
GRANT SELECT ON accounts TO support_ro;
GRANT SELECT ON devices TO support_ro;
GRANT SELECT (email) ON accounts TO metabase;
"""


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    with postgres_server() as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(SCHEMA)
        yield url


@pytest.fixture
def project(tmp_path: Path) -> Path:
    config = {"packs": ["mgt-solutions"], "roles": {"support_ro": "customer_service"}}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "users.sql").write_text("-- privgate: purpose=analytics\nSELECT * FROM accounts;\n")
    (tmp_path / "models" / "devices.sql").write_text("-- privgate: purpose=analytics\nSELECT device_uid FROM devices;\n")
    return tmp_path


def privgate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "scan", *args], cwd=project, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def test_live_schema_and_grants_are_checked(project: Path, database: str) -> None:
    result = privgate(project, ".", "--db", database, "--format", "json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert sorted((f["rule_id"], f["path"], f["subject"]) for f in findings) == sorted([
        ("ACC001", "db/postgres/public/devices", "devices.device_uid"),   # support may not read device data
        ("ACC002", "db/postgres/public/accounts", "accounts.email"),      # metabase maps to no policy role
        ("PUR001", "models/devices.sql", "devices.device_uid"),  # category from the live column comment
    ])


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "junit", "github", "gitlab", "html"])
def test_the_password_never_appears_in_any_output(project: Path, database: str, output_format: str) -> None:
    result = privgate(project, "--db", database, "--format", output_format)
    assert result.returncode == 1
    assert PASSWORD not in result.stdout + result.stderr
    assert "db/postgres/public/devices" in result.stdout  # the table's logical location, not the URL


def test_live_locations_do_not_depend_on_host_or_credentials(project: Path, database: str) -> None:
    """A baseline taken through 127.0.0.1 accepts the same findings when the database is reached
    through localhost: live findings sit at db/<database>/<schema>/<table>, line 1."""
    taken = subprocess.run([sys.executable, "-m", "checker", "baseline", "--db", database], cwd=project,
                           capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert taken.returncode == 0, taken.stderr
    entries = json.loads((project / "privgate-baseline.json").read_text())
    assert {entry["path"] for entry in entries["findings"]} >= {"db/postgres/public/devices"}
    via_localhost = database.replace("127.0.0.1", "localhost")
    again = privgate(project, "--db", via_localhost, "--baseline", "privgate-baseline.json", "--format", "json")
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)["summary"]["baselined"] == len(entries["findings"])


def test_connection_errors_are_one_redacted_line(project: Path, database: str) -> None:
    wrong = database.replace(PASSWORD, "not-the-password")
    result = privgate(project, "--db", wrong)
    assert result.returncode == 2
    assert "not-the-password" not in result.stderr and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot read the database postgresql://admin:***@127.0.0.1" in lines[0]


def test_unsupported_database_urls(project: Path) -> None:
    result = privgate(project, "--db", "mysql://root:pw@localhost/shop")
    assert result.returncode == 2 and "mysql://root:***@localhost/shop" in result.stderr and "pw@" not in result.stderr


def test_sqlite_and_duckdb_files(project: Path) -> None:
    import sqlite3

    import duckdb

    with sqlite3.connect(project / "shop.db") as connection:
        connection.execute("CREATE TABLE devices (id INTEGER, device_uid TEXT, model TEXT)")
    (project / "privgate.yaml").write_text(yaml.safe_dump({
        "packs": ["mgt-solutions"],
        "catalog": {"tables": {"devices": {"columns": {"device_uid": "device.id"}}}}}))
    (project / "models" / "devices.sql").write_text("-- privgate: purpose=analytics\nSELECT * FROM devices;\n")
    (project / "models" / "users.sql").unlink()
    sqlite_scan = privgate(project, "models", "--db", "sqlite:///shop.db", "--format", "json")
    findings = json.loads(sqlite_scan.stdout)["findings"]
    assert [f["subject"] for f in findings] == ["devices.device_uid", "devices.model"]
    assert any("inferred from the column name" in line for line in findings[1]["evidence"])  # model: by name

    connection = duckdb.connect(str(project / "shop.duckdb"))
    connection.execute("CREATE TABLE devices (id INTEGER, device_uid VARCHAR, os VARCHAR)")
    connection.execute("COMMENT ON COLUMN devices.os IS 'privgate: device.os'")
    connection.close()
    duck_scan = privgate(project, "models", "--db", "duckdb:///shop.duckdb", "--format", "json")
    assert sorted(f["subject"] for f in json.loads(duck_scan.stdout)["findings"]) == [
        "devices.device_uid", "devices.os"]  # the file's main.devices merges into the configured table
    missing = privgate(project, "--db", "sqlite:///nowhere.db")
    assert missing.returncode == 2 and "no database file at nowhere.db" in missing.stderr


AUDIENCE_TABLE = """
CREATE TABLE {name} AS
SELECT 'user' || i || '@example.bg' AS email,
       (i % 10 <> 0) AS marketing_email,
       CASE WHEN i % 25 = 0 THEN timestamptz '2026-01-01' END AS withdrawn_at
FROM generate_series(1, {rows}) AS i;
"""
MEASURE = """
import resource, sys
from pathlib import Path
from checker.config import load_config
from checker.engine import collect_datasets, load_project, scan
from datetime import date
project = load_project(load_config(Path(sys.argv[1]) / "privgate.yaml"))
project.db_url = sys.argv[2]
result = scan(project, [], date(2026, 11, 24), datasets=collect_datasets(project, [Path(sys.argv[1])]))
for finding in result.findings:
    print(finding.rule_id, finding.message.split(" (")[0])
print("peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _check_table(database: str, folder: Path, table: str) -> tuple[list[str], int]:
    entry = {"table": table, "role": "marketing_audience",
             "columns": {"email": "account.email", "marketing_email": "consent.marketing_email",
                         "withdrawn_at": "consent.withdrawal"}}
    folder.mkdir()
    (folder / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"], "datasets": [entry]}))
    run = subprocess.run([sys.executable, "-c", MEASURE, str(folder), database], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert PASSWORD not in run.stdout + run.stderr
    return lines[:-1], int(lines[-1].split()[1])


def test_a_million_row_table_is_checked_inside_postgres(database: str, tmp_path: Path) -> None:
    """Push-down: checking 1,000,000 rows costs no more memory than checking 1,000 (a full fetch of the
    rows costs about 50 MB more), and the counts are exact."""
    with psycopg.connect(database, autocommit=True) as connection:
        for name, rows in (("audience_small", 1_000), ("audience_big", 1_000_000)):
            connection.execute(f"DROP TABLE IF EXISTS {name}")
            connection.execute(AUDIENCE_TABLE.format(name=name, rows=rows))
    small, small_mb = _check_table(database, tmp_path / "small", "audience_small")
    big, big_mb = _check_table(database, tmp_path / "big", "audience_big")
    assert small == ["CON004 table audience_small: 100 of 1,000 rows", "CON005 table audience_small: 40 of 1,000 rows"]
    assert big == ["CON004 table audience_big: 100,000 of 1,000,000 rows",
                   "CON005 table audience_big: 40,000 of 1,000,000 rows"]
    print(f"peak RSS: {small_mb} MB for 1,000 rows, {big_mb} MB for 1,000,000 rows")
    assert big_mb - small_mb < 20


PARITY_DDL = """
CREATE TABLE accounts (id bigint, email text, full_name text, country text, created_at timestamptz);
COMMENT ON COLUMN accounts.id IS 'privgate: none';
COMMENT ON COLUMN accounts.email IS 'privgate: account.email';
COMMENT ON COLUMN accounts.full_name IS 'privgate: account.name';
COMMENT ON COLUMN accounts.country IS 'privgate: account.country';
COMMENT ON COLUMN accounts.created_at IS 'privgate: none';
"""
PARITY_SOURCES = """
version: 2
sources:
  - name: app
    schema: public
    tables:
      - name: accounts
        columns:
          - {name: id, meta: {privgate: none}}
          - {name: email, meta: {privgate: account.email}}
          - {name: full_name, meta: {privgate: account.name}}
          - {name: country, meta: {privgate: account.country}}
          - {name: created_at, meta: {privgate: none}}
"""
PARITY_QUERIES = {
    "audience.sql": "-- privgate: purpose=marketing\nSELECT * FROM accounts;\n",
    "export.sql": "-- privgate: purpose=analytics\nCOPY (SELECT email, country FROM accounts) TO 's3://us-bucket/x.csv';\n",
}


def test_ddl_dbt_and_live_postgres_give_the_same_catalog_and_findings(database: str, tmp_path: Path) -> None:
    from checker.config import load_config
    from checker.engine import collect_files, load_project, scan
    from helpers import DEFAULT_AS_OF

    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS parity")
        connection.execute("CREATE DATABASE parity")
    parity_url = database.rsplit("/", 1)[0] + "/parity"
    with psycopg.connect(parity_url, autocommit=True) as connection:
        connection.execute(PARITY_DDL)
    layouts = {
        "ddl": ({"catalog": {"ddl": ["migrations/*.sql"]}}, {"migrations/001_accounts.sql": PARITY_DDL}, None),
        "dbt": ({}, {"dbt_project.yml": "name: parity\nmodel-paths: [models]\n", "models/sources.yml": PARITY_SOURCES}, None),
        "live": ({}, {}, parity_url),
    }
    catalogs, findings = {}, {}
    for name, (settings, files, url) in layouts.items():
        root = tmp_path / name
        for relative, text in {**files, **PARITY_QUERIES}.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(text)
        config = {"packs": ["mgt-solutions"], "catalog": {"default_location": {"country": "DE"}}}
        config["catalog"].update(settings.get("catalog", {}))
        (root / "privgate.yaml").write_text(yaml.safe_dump(config))
        project = load_project(load_config(root / "privgate.yaml"), db_url=url)
        files_to_scan = [(path, rel) for path, rel in collect_files(project, [root]) if rel in PARITY_QUERIES]
        catalogs[name] = project.catalog.table("accounts").columns
        findings[name] = sorted((f.rule_id, f.path, f.line, f.message) for f in scan(project, files_to_scan, DEFAULT_AS_OF).findings)
    assert catalogs["ddl"] == catalogs["dbt"] == catalogs["live"] == {
        "id": None, "email": "account.email", "full_name": "account.name", "country": "account.country", "created_at": None}
    assert findings["ddl"] == findings["dbt"] == findings["live"]
    assert {rule for rule, *_ in findings["ddl"]} >= {"CON001", "TRF002"}


def test_role_members_inherit_grants(project: Path, database: str) -> None:
    """GRANT support_ro TO alice: alice reads what support_ro reads, judged as her own policy role."""
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("CREATE ROLE alice LOGIN; GRANT support_ro TO alice;")
    try:
        config = yaml.safe_load((project / "privgate.yaml").read_text())
        config["roles"]["alice"] = "marketing"
        (project / "privgate.yaml").write_text(yaml.safe_dump(config))
        result = privgate(project, "--db", database, "--format", "json")
        findings = json.loads(result.stdout)["findings"]
        alice = sorted(f["subject"] for f in findings if "role alice" in f["message"])
        assert alice == ["accounts.country", "devices.device_uid"]  # marketing may read neither, inherited from support_ro
    finally:
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute("DROP ROLE alice")


SCANNER = "privgate_scan"
SCANNER_PASSWORD = "scan-only-pw-4821"
LEAST_PRIVILEGE = f"""
CREATE ROLE {SCANNER} LOGIN PASSWORD '{SCANNER_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE postgres TO {SCANNER};
GRANT USAGE ON SCHEMA public TO {SCANNER};
GRANT SELECT ON accounts, devices TO {SCANNER};
"""


@pytest.fixture
def scanner(database: str) -> Iterator[str]:
    """A login role with only CONNECT and SELECT (not a superuser, owning nothing): its URL."""
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute(LEAST_PRIVILEGE)
    try:
        yield database.replace(f"admin:{PASSWORD}@", f"{SCANNER}:{SCANNER_PASSWORD}@")
    finally:
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute(f"DROP OWNED BY {SCANNER}; DROP ROLE {SCANNER}")


def _access_findings(project: Path, url: str) -> list[tuple[str, str, str, str]]:
    result = privgate(project, "--db", url, "--format", "json")
    assert result.returncode == 1, result.stdout + result.stderr
    findings = json.loads(result.stdout)["findings"]
    return sorted((f["rule_id"], f["path"], f["subject"], f["message"]) for f in findings if f["family"] == "access")


def test_a_least_privilege_role_reports_the_same_access_findings_as_a_superuser(
        project: Path, database: str, scanner: str) -> None:
    """information_schema shows a role only the grants it takes part in (the scanning role saw none);
    pg_class.relacl and pg_attribute.attacl show every grant to any role that can connect."""
    with psycopg.connect(scanner) as connection:
        superuser, = connection.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        role_table_grants, = connection.execute("SELECT count(*) FROM information_schema.role_table_grants "
                                                "WHERE grantee <> current_user").fetchone()
    assert (superuser, role_table_grants) == (False, 0)  # what the old reader saw as this role
    as_superuser, as_scanner = _access_findings(project, database), _access_findings(project, scanner)
    assert as_scanner == as_superuser
    assert [(rule, path, subject) for rule, path, subject, message in as_superuser if SCANNER not in message] == [
        ("ACC001", "db/postgres/public/devices", "devices.device_uid"),  # support_ro: a table grant
        ("ACC002", "db/postgres/public/accounts", "accounts.email"),     # metabase: a column grant
    ]
    # the scanning role's own SELECT is a grant like any other, seen alike from both sessions
    assert sorted((rule, path) for rule, path, _, message in as_scanner if SCANNER in message) == [
        ("ACC002", "db/postgres/public/accounts"), ("ACC002", "db/postgres/public/devices")]


def test_grants_the_database_will_not_show_are_an_input_finding(project: Path, database: str, scanner: str) -> None:
    """A DBA who revoked aclexplode() from PUBLIC hides every grant from the scanning role: the scan
    says so (INP002 at the database), still judges the tables, and never passes silently."""
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("REVOKE EXECUTE ON FUNCTION pg_catalog.aclexplode(aclitem[]) FROM PUBLIC")
    try:
        result = privgate(project, ".", "--db", scanner, "--format", "json")
        accepted = yaml.safe_load((project / "privgate.yaml").read_text())
        accepted["accept"] = [{"rule": "INP002", "path": "db/postgres", "reason": "grants audited by the DBA team"}]
        (project / "privgate.yaml").write_text(yaml.safe_dump(accepted))
        with_acceptance = privgate(project, ".", "--db", scanner, "--format", "json")
    finally:
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute("GRANT EXECUTE ON FUNCTION pg_catalog.aclexplode(aclitem[]) TO PUBLIC")
    assert result.returncode == 2, result.stdout + result.stderr  # an unaccepted input problem
    report = json.loads(result.stdout)
    findings = sorted((f["rule_id"], f["path"]) for f in report["findings"])
    assert findings == [("INP002", "db/postgres"), ("PUR001", "models/devices.sql")]  # no ACC: grants unread
    problem = next(f["message"] for f in report["findings"] if f["rule_id"] == "INP002")
    assert "cannot read the database's table grants, column grants (permission denied for function aclexplode)" \
        in problem and "the access rules did not judge them" in problem
    assert report["summary"]["coverage"]["not_checked"] == 1
    assert with_acceptance.returncode == 1 and "grants audited by the DBA team" in with_acceptance.stdout


def test_every_session_is_named_privgate(database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalog reader's session and the dataset engine's show as `privgate` in pg_stat_activity."""
    import sqlalchemy

    from checker.datasets.tables import engine_options, engine_url
    from checker.readers.live import read_database

    names: list[str] = []
    connect = psycopg.connect

    def recording(*args: object, **kwargs: object) -> psycopg.Connection:
        connection = connect(*args, **kwargs)
        names.append(connection.execute("SHOW application_name").fetchone()[0])
        return connection

    monkeypatch.setattr(psycopg, "connect", recording)
    read_database(database)
    monkeypatch.undo()
    engine = sqlalchemy.create_engine(engine_url(database), **engine_options(database))
    with engine.connect() as connection:
        names.append(connection.execute(sqlalchemy.text("SELECT current_setting('application_name')")).scalar())
    engine.dispose()
    assert names == ["privgate", "privgate"]
