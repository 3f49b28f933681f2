"""A database password never reaches a report, stderr or an --output file, whatever shape the
connection string has: a URL's user:password, a `?password=` query parameter, a libpq key=value
string, a password holding '@' and '/', and the error paths (wrong password, unreachable server,
a string that does not parse, an unsupported scheme)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
import yaml

from postgres_server import postgres_server

from checker.redaction import connection_string_problem, hide_password, redact

REPO = Path(__file__).resolve().parents[1]
SECRET = "Tr0ub4dor@x/9Kq"  # '@' and '/': the characters that break pattern-based redaction
WRONG = "Wr0ngHorse@pa/ss"
FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab", "html"]


def spellings(secret: str) -> list[str]:
    """Every way the secret could leak: as is, percent-encoded, and its longest '@'/'/'-free piece."""
    return [secret, quote(secret, safe=""), quote(secret), max(secret.replace("@", "/").split("/"), key=len)]


def leaks(text: str, secret: str = SECRET) -> list[str]:
    return [spelling for spelling in spellings(secret) if spelling in text]


@pytest.mark.parametrize(("connection", "shown"), [
    ("postgresql://ana:s3cret-pw@db.internal:5432/crm", "postgresql://ana:***@db.internal:5432/crm"),
    ("postgresql://ana@db.internal/crm?sslmode=require&password=s3cret-pw",
     "postgresql://ana@db.internal/crm?password=***&sslmode=require"),
    ("postgresql://ana:p%40ss%2Fw0rd@db.internal/crm", "postgresql://ana:***@db.internal/crm"),
    ("postgresql://ana:p@ss/w0rd@db.internal/crm", "postgresql://ana:***@db.internal/crm"),  # unencoded
    ("postgresql://db.internal/crm?user=ana@corp", "postgresql://db.internal/crm?user=ana%40corp"),
    ("host=db.internal dbname=crm user=ana password='p@ss w0rd'", "host=db.internal dbname=crm user=ana password=***"),
    ("host=db.internal password=p@ss w0rd", "host=db.internal password=***"),  # does not parse: cut at the secret
    ("sqlite:///shop.db", "sqlite:///shop.db"),
    ("mysql://root:pw@localhost/shop", "mysql://root:***@localhost/shop"),
])
def test_connection_strings_are_shown_without_their_password(connection: str, shown: str) -> None:
    if "://" in connection or "w0rd'" not in connection:
        assert hide_password(connection) == shown
    else:  # libpq orders the keys its own way
        assert conninfo_to_dict(hide_password(connection)) == conninfo_to_dict(shown)
    assert redact(connection) == hide_password(connection)
    if "://" in connection:  # a URL inside a message is found and rendered the same way
        assert redact(f"cannot read {connection}: timeout") == f"cannot read {shown}: timeout"


def test_a_password_seen_once_is_masked_in_any_later_message() -> None:
    """A driver's message may quote a password (libpq quotes pieces of a bad key=value string)."""
    hide_password("postgresql://ana:Lamp-Post-77@db.internal/crm")
    assert redact('could not parse "Lamp-Post-77" near ...') == 'could not parse "***" near ...'
    assert redact("the server said password=hunter22 is wrong") == "the server said password=*** is wrong"


def test_strings_the_driver_would_misread_are_refused_without_quoting_them() -> None:
    problem = connection_string_problem("postgresql://ana:p@ss/w0rd@db.internal/crm")
    assert problem and "percent-encode" in problem and "w0rd" not in problem
    assert "does not parse" in (connection_string_problem("host=x password=p@ss w0rd") or "")
    assert connection_string_problem("postgresql://ana:p%40ss@db.internal/crm") is None


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    with postgres_server() as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(
                "CREATE TABLE devices (id bigint, device_uid text);"
                "COMMENT ON COLUMN devices.device_uid IS 'privgate: device.id';"
                f"CREATE ROLE scanner LOGIN PASSWORD '{SECRET}';"
                "GRANT SELECT ON devices TO scanner;")
        yield "127.0.0.1", int(url.rsplit(":", 1)[1].split("/")[0])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"]}))
    (tmp_path / "report.sql").write_text("-- privgate: purpose=analytics\nSELECT device_uid FROM devices;\n")
    return tmp_path


def shapes(host: str, port: int, password: str) -> dict[str, str]:
    encoded = quote(password, safe="")
    return {
        "url": f"postgresql://scanner:{encoded}@{host}:{port}/postgres",
        "query": f"postgresql://scanner@{host}:{port}/postgres?sslmode=disable&password={encoded}",
        "key=value": f"host={host} port={port} dbname=postgres user=scanner password='{password}'",
    }


def privgate(project: Path, *args: str, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "scan", ".", "--db", url, *args], cwd=project,
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


@pytest.mark.parametrize("shape", ["url", "query", "key=value"])
@pytest.mark.parametrize("output_format", FORMATS)
def test_no_format_shows_the_password(project: Path, server: tuple[str, int], shape: str, output_format: str) -> None:
    result = privgate(project, "--format", output_format, url=shapes(*server, SECRET)[shape])
    assert result.returncode == 1, result.stderr  # it connected: the device id read for analytics, the grant
    assert "report.sql" in result.stdout and "db/postgres/public/devices" in result.stdout
    assert leaks(result.stdout + result.stderr) == []


@pytest.mark.parametrize("shape", ["url", "query", "key=value"])
def test_an_output_file_does_not_show_the_password(project: Path, server: tuple[str, int], shape: str) -> None:
    result = privgate(project, "--format", "sarif", "--output", "report.sarif", url=shapes(*server, SECRET)[shape])
    assert result.returncode == 1, result.stderr
    written = (project / "report.sarif").read_text()
    assert json.loads(written)["runs"][0]["results"] and leaks(written + result.stdout + result.stderr) == []


@pytest.mark.parametrize("shape", ["url", "query", "key=value"])
def test_a_refused_password_is_not_shown(project: Path, server: tuple[str, int], shape: str) -> None:
    result = privgate(project, "--format", "json", url=shapes(*server, WRONG)[shape])
    assert result.returncode == 2 and "password authentication failed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert leaks(result.stdout + result.stderr, WRONG) == []


@pytest.mark.parametrize(("url", "said"), [
    (f"postgresql://scanner:{quote(SECRET, safe='')}@127.0.0.1:1/postgres", "cannot read the database"),
    (f"postgresql://scanner:{SECRET}@127.0.0.1:5432/postgres", "percent-encode"),  # '@' and '/' unencoded
    (f"host=127.0.0.1 user=scanner password={SECRET} and more", "does not parse"),
    (f"mysql://scanner:{quote(SECRET, safe='')}@127.0.0.1/shop", "unsupported database URL"),
])
@pytest.mark.parametrize("output_format", ["text", "sarif"])
def test_connection_errors_do_not_show_the_password(project: Path, url: str, said: str, output_format: str) -> None:
    result = privgate(project, "--format", output_format, url=url)
    assert result.returncode == 2 and said in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert leaks(result.stdout + result.stderr) == []
