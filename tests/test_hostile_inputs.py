"""Malformed and hostile inputs: every one scans or gives a clear error naming the file and location,
never a traceback, never a hang, and never a pass for a file that could not be read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.catalog import Catalog
from checker.config import Config
from checker.readers.sql import read_sql_file
from helpers import DEFAULT_AS_OF, base_project

REPO = Path(__file__).resolve().parents[1]
PURPOSE = b"-- privgate: purpose=analytics\n"

# (name, file content, the rule id it must yield: None = scans without an input problem)
HOSTILE_SQL: list[tuple[str, bytes, str | None]] = [
    ("binary_file", bytes(range(256)) * 4, "INP002"),
    ("nul_bytes_in_text", b"SELECT 1;\x00\x00SELECT 2;", "INP002"),
    ("invalid_utf8", b"SELECT 'caf\xe9' FROM accounts;", "INP002"),
    ("latin1_comment", b"-- r\xe9sum\xe9\nSELECT country FROM accounts;", "INP002"),
    ("utf8_bom", b"\xef\xbb\xbf" + PURPOSE + b"SELECT country FROM accounts;", None),
    ("crlf_line_endings", PURPOSE.replace(b"\n", b"\r\n") + b"SELECT country\r\nFROM accounts;\r\n", None),
    ("empty_file", b"", None),
    ("only_comments", b"-- nothing here\n/* still nothing */\n", None),
    ("only_semicolons", b";;;;\n;\n", None),
    ("unterminated_single_quote", PURPOSE + b"SELECT 'abc FROM accounts;\n", "INP001"),
    ("unterminated_double_quote", PURPOSE + b'SELECT "abc FROM accounts;\n', "INP001"),
    ("unterminated_block_comment", PURPOSE + b"SELECT 1; /* never closed\n", "INP001"),
    ("unterminated_dollar_quote", PURPOSE + b"SELECT $$abc;\n", "INP001"),
    ("unbalanced_parenthesis", PURPOSE + b"SELECT (country FROM accounts;\n", "INP001"),
    ("extra_closing_parenthesis", PURPOSE + b"SELECT country) FROM accounts;\n", "INP001"),
    ("deep_nesting_10000", PURPOSE + b"SELECT " + b"(" * 10000 + b"1" + b")" * 10000 + b";\n", "INP001"),
    ("deep_subqueries_300", PURPOSE + b"SELECT * FROM " + b"(SELECT * FROM " * 300 + b"accounts"
     + b") t" * 300 + b";\n", None),
    ("long_or_chain", PURPOSE + b"SELECT country FROM accounts WHERE "
     + b" OR ".join(b"id = %d" % i for i in range(3000)) + b";\n", None),
    ("very_long_identifier", PURPOSE + b"SELECT " + b"x" * 100_000 + b" FROM accounts;\n", None),
    ("very_long_string_literal", PURPOSE + b"SELECT '" + b"a" * 1_000_000 + b"' FROM accounts;\n", None),
    ("many_statements", PURPOSE + b"SELECT country FROM accounts;\n" * 3000, None),
    ("garbage_words", b"lorem ipsum dolor sit amet;\n", "INP001"),
    ("html_file_named_sql", b"<html><body><h1>not sql</h1></body></html>\n", "INP001"),
    ("json_file_named_sql", b'{"select": "email", "from": "accounts"}\n', None),  # a struct literal to sqlglot
    ("jinja_template", b"SELECT * FROM {{ ref('accounts') }};\n", "INP001"),
    ("psql_meta_command", b"\\copy accounts TO 'a.csv'\n", "INP001"),
    ("alias_used_twice", PURPOSE + b"SELECT a.id FROM accounts a JOIN tickets a ON a.id = a.account_id;\n",
     "INP003"),
    ("unknown_tables_only", PURPOSE + b"SELECT x.y FROM nowhere x JOIN elsewhere e ON e.k = x.k;\n", None),
    ("null_byte_free_control_chars", PURPOSE + b"SELECT country\x0b\x0c FROM accounts;\n", None),
    ("mysql_outfile", PURPOSE + b"SELECT email FROM accounts INTO OUTFILE '/tmp/x';\n", "INP001"),
]


def _project(tmp_path: Path) -> Path:
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()), "utf-8")
    return tmp_path


def _scan(folder: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "scan", "--format", "json", *args], cwd=folder,
                          capture_output=True, text=True, timeout=timeout,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


@pytest.mark.parametrize(("content", "rule"), [(c, r) for _, c, r in HOSTILE_SQL], ids=[n for n, _, _ in HOSTILE_SQL])
def test_hostile_sql_file(tmp_path: Path, content: bytes, rule: str | None) -> None:
    project = _project(tmp_path)
    (project / "hostile.sql").write_bytes(content)
    (project / "good.sql").write_text("-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n")
    result = _scan(project)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    findings = json.loads(result.stdout)["findings"]
    good = [f["rule_id"] for f in findings if f["path"] == "good.sql"]
    assert good == ["PUR001"], "the scan of the other files goes on"
    problems = [f for f in findings if f["path"] == "hostile.sql" and f["family"] == "input"]
    if rule is None:
        assert problems == [] and result.returncode in (0, 1)
    else:
        assert rule in {f["rule_id"] for f in problems}
        assert result.returncode == 2, "an unreadable input never passes"
        assert all(f["line"] >= 1 and f["column"] >= 1 and f["message"] for f in problems)


HOSTILE_YAML: list[tuple[str, str, str]] = [
    ("billion_laughs", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
     "packs: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n", "document too large"),
    ("python_object_tag", "packs: !!python/object/apply:os.system ['echo pwned']\n", "unsupported YAML tag"),
    ("missing_pack", "packs: [mgt-solutions, no-such-pack]\n", "privgate.yaml:1:24: packs[1]: rule pack 'no-such-pack'"),
    ("duplicate_key", "packs: [mgt-solutions]\npacks: [mgt-solutions]\n", "duplicate key 'packs'"),
    ("tab_indentation", "catalog:\n\ttables: {}\n", "invalid YAML"),
    ("not_a_mapping", "- just\n- a\n- list\n", "expected a mapping, found a list"),
    ("binary_config", "\udcff\udcfe", "not UTF-8"),
    ("deeply_nested_flow", "packs: " + "[" * 5000 + "]" * 5000 + "\n", "privgate.yaml"),
    ("wrong_types", "packs: mgt-solutions\n", "expected a list, found a string"),
    ("unknown_rule_severity", "packs: [mgt-solutions]\nseverity: {PUR001: fatal}\n", "is not one of"),
]


@pytest.mark.parametrize(("text", "fragment"), [(t, f) for _, t, f in HOSTILE_YAML], ids=[n for n, _, _ in HOSTILE_YAML])
def test_hostile_config(tmp_path: Path, text: str, fragment: str) -> None:
    (tmp_path / "privgate.yaml").write_bytes(text.encode("utf-8", "surrogateescape"))
    (tmp_path / "q.sql").write_text("SELECT 1;\n")
    result = _scan(tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "privgate.yaml" in lines[0] and fragment in lines[0], result.stderr


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


HOSTILE_DBT: list[tuple[str, str, str | None]] = [
    ("include_a_file", "{% include '/etc/passwd' %}", "cannot render"),
    ("import_a_file", "{% import '/etc/passwd' as secrets %}", "cannot render"),
    ("class_escape", "{{ ''.__class__.__mro__[1].__subclasses__() }}", "cannot render"),
    ("globals_escape", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "cannot render"),
    ("open_a_file", "{{ open('/etc/passwd').read() }}", "not available"),
    ("run_query", "{{ run_query('select 1') }}", None),  # answered from privgate's catalog, never a database
    ("huge_range", "{% for i in range(10**9) %}x{% endfor %}", "cannot render"),
    ("recursive_macro", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "cannot render"),
    ("division_by_zero", "{{ 1 / 0 }}", "cannot render"),
    ("env_var_secret", "{{ env_var('HOME') }}", None),  # renders its default (nothing), never the environment
]


@pytest.mark.parametrize(("template", "fragment"), [(t, f) for _, t, f in HOSTILE_DBT], ids=[n for n, _, _ in HOSTILE_DBT])
def test_hostile_dbt_model(tmp_path: Path, template: str, fragment: str | None) -> None:
    project = _project(tmp_path)
    (project / "dbt_project.yml").write_text("name: hostile\nmodel-paths: [models]\n")
    (project / "models").mkdir()
    (project / "models" / "evil.sql").write_text(f"select 1 as x\n-- {template}\n")
    (project / "models" / "good.sql").write_text("-- privgate: purpose=analytics\nSELECT notes FROM tickets\n")
    result = _scan(project, ".", timeout=120)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert str(tmp_path.parent) not in result.stdout and "root:" not in result.stdout  # nothing read leaks
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule_id"] for f in findings if f["path"] == "models/good.sql"] == ["PUR001"]
    evil = [f for f in findings if f["path"] == "models/evil.sql"]
    if fragment is None:
        assert evil == []
    else:
        assert [f["rule_id"] for f in evil] == ["INP001"] and fragment in evil[0]["message"]
        assert result.returncode == 2


WIDE = ",".join(f"c{i}" for i in range(1000)) + "\n" + ",".join(str(i) for i in range(1000)) + "\n"
HOSTILE_DATASETS: list[tuple[str, str, bytes, str | None]] = [
    ("binary_as_csv", "x.csv", bytes(range(256)) * 8, "INP004"),
    ("ragged_rows", "x.csv", b"a,b\n1,2\n3\n", "INP004"),
    ("invalid_utf8_csv", "x.csv", b"a,b\ncaf\xe9,1\n", "INP004"),
    ("not_json_lines", "x.jsonl", b"{not json}\n", "INP004"),
    ("invalid_utf8_in_json_string", "x.jsonl", b'{"a": "caf\xe9"}\n', "INP004"),
    ("not_parquet", "x.parquet", b"PAR1 this is not parquet", "INP004"),
    ("empty_csv", "x.csv", b"", "INP004"),
    ("header_only", "x.csv", b"email,marketing_email\n", None),
    ("thousand_columns", "x.csv", WIDE.encode(), None),
    ("quote_never_closed", "x.csv", b'a,b\n"1,2\n3,4\n', "INP004"),
]


@pytest.mark.parametrize(("name", "content", "rule"), [(n, c, r) for _, n, c, r in HOSTILE_DATASETS],
                         ids=[i for i, _, _, _ in HOSTILE_DATASETS])
def test_hostile_dataset(tmp_path: Path, name: str, content: bytes, rule: str | None) -> None:
    settings = base_project() | {"datasets": [{"path": "data/*", "role": "dataset"}]}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / name).write_bytes(content)
    (tmp_path / "data" / "good.csv").write_text("ticket,contact\n1,ana@example.bg\n")
    result = _scan(tmp_path, ".", timeout=180)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule_id"] for f in findings if f["path"] == "data/good.csv"] == ["PUR004"], "the other datasets go on"
    problems = [f for f in findings if f["path"] == f"data/{name}"]
    if rule is None:
        assert [f for f in problems if f["family"] == "input"] == []
    else:
        assert [f["rule_id"] for f in problems] == [rule] and problems[0]["line"] >= 1
        assert result.returncode == 2
