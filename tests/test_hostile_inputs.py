"""Malformed and hostile inputs beyond the corpus (tests/hostile/, run by test_hostile_corpus.py, holds
the hostile SQL files, configs, dbt models and datasets): a scan with the network blocked, and the SQL
reader never raising on SQL-like noise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.catalog import Catalog
from checker.config import Config
from checker.readers.sql import read_sql_file
from helpers import DEFAULT_AS_OF, base_project

REPO = Path(__file__).resolve().parents[1]


def test_scan_runs_with_the_network_blocked(tmp_path: Path) -> None:
    """No network access at all: a full scan of the demo with sockets that refuse to open."""
    probe = (
        "import socket, sys\n"
        "class Blocked(socket.socket):\n"
        "    def __init__(self, *a, **k):\n"
        "        raise OSError('network access attempted')\n"
        "socket.socket = Blocked\n"
        "socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError('network access attempted'))\n"
        "from checker.cli import main\n"
        f"sys.argv = ['privgate', 'scan', {str(REPO / 'fixtures' / 'demo')!r}, '--format', 'json']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)})
    assert result.returncode == 1, result.stderr[-2000:]
    assert "network access attempted" not in result.stderr
    assert json.loads(result.stdout)["summary"]["findings"] > 0


@pytest.fixture(scope="module")
def reader_setup() -> tuple[Config, Catalog]:
    from checker.engine import load_project
    from checker.config import from_dict

    project = load_project(from_dict(base_project(), REPO / "tests" / "cases", None))
    return project.config, project.catalog


SQL_ALPHABET = st.sampled_from(
    ["SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "(", ")", ",", ";", "'", '"', "--", "/*", "*/", "*", "=",
     "accounts", "tickets", "email", "notes", "a.", "JOIN", "ON", "WITH", "AS", "x", "1", "NULL", "IS", "IN",
     "UNION", "DELETE", "COPY", "TO", "GRANT", "\n", " ", "é", "\x00", "$$", "INTERVAL", "'1 year'"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(SQL_ALPHABET, max_size=40).map(" ".join))
def test_reader_never_raises_on_sql_like_noise(reader_setup, tmp_path_factory, text: str) -> None:
    config, catalog = reader_setup
    path = tmp_path_factory.mktemp("fuzz") / "noise.sql"
    path.write_text(text, "utf-8")
    facts = read_sql_file(path, "noise.sql", config, catalog, DEFAULT_AS_OF)
    for problem in facts.problems:
        assert problem.line >= 1 and problem.message


