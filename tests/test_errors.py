"""Broken packs, configs and SQL give one clear line with file and location, exit 2, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import base_project

REPO = Path(__file__).resolve().parents[1]


def privgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def write_project(folder: Path, config_text: str | None = None) -> None:
    import yaml

    (folder / "privgate.yaml").write_text(config_text or yaml.safe_dump(base_project()), "utf-8")
    (folder / "query.sql").write_text("-- privgate: purpose=user_account\nSELECT email FROM accounts;\n")


def assert_one_clear_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.mark.parametrize(
    ("pack_text", "fragments"),
    [
        ("id: broken\ntitle: x\npolicy: p.txt\ncategories:\n  account: {name: Account}\npurposes:\n"
         "  marketing:\n    name: M\n    legal_basis: consent\n    categories: [account]\n",
         ["broken.yaml:7:3", "purposes.marketing", "'citation' is a required property"]),
        ("id: broken\ntitle: x\npolicy: p.txt\ncategories:\n  account: {name: Account}\npurposes:\n"
         "  marketing:\n    name: M\n    legal_basis: maybe\n    categories: [account]\n"
         "    citation: {section: s, quote: q}\n",
         ["broken.yaml:9:18", "purposes.marketing.legal_basis", "'maybe' is not one of"]),
        ("id: broken\ntitle: x\npolicy: p.txt\ncategories:\n  account: {name: Account}\npurposes:\n"
         "  marketing:\n    name: M\n    legal_basis: consent\n    categories: [account.emial]\n"
         "    citation: {section: s, quote: q}\n",
         ["broken.yaml:10:18", "unknown category 'account.emial'"]),
        ("id: broken\ntitle: [unclosed\n", ["broken.yaml:3:1", "invalid YAML"]),
    ],
    ids=["missing-citation", "bad-enum", "unknown-category", "yaml-syntax"],
)
def test_broken_rule_pack(tmp_path: Path, pack_text: str, fragments: list[str]) -> None:
    (tmp_path / "broken.yaml").write_text(pack_text)
    write_project(tmp_path, "packs: [broken.yaml]\n")
    assert_one_clear_line(privgate("scan", cwd=tmp_path), *fragments)


@pytest.mark.parametrize(
    ("config_text", "fragments"),
    [
        ("packs: [mgt-solutions]\ndialect: postgress\n", ["privgate.yaml:2:10", "dialect", "'postgress' is not one of"]),
        ("packs: [mgt-solutions]\ncatalog:\n  tables:\n    accounts:\n      columns:\n        email: account.e_mail\n",
         ["privgate.yaml:6:16", "unknown data category 'account.e_mail'"]),
        ("packs: [mgt-solutions]\npurpose:\n  paths: {}\n", ["privgate.yaml:1:1", "'purpose' was unexpected"]),
        ("packs: [no-such-pack]\n", ["privgate.yaml:1:9", "rule pack 'no-such-pack' not found"]),
        ("packs: [mgt-solutions]\ncatalog:\n  locations:\n    - {match: 's3://x/*', region: mars-north-1}\n",
         ["privgate.yaml:4:35", "unknown cloud region 'mars-north-1'"]),
    ],
    ids=["bad-dialect", "unknown-category", "unknown-key", "unknown-pack", "unknown-region"],
)
def test_broken_config(tmp_path: Path, config_text: str, fragments: list[str]) -> None:
    write_project(tmp_path, config_text)
    assert_one_clear_line(privgate("scan", cwd=tmp_path), *fragments)


def test_broken_sql_is_reported_and_other_files_still_scanned(tmp_path: Path) -> None:
    write_project(tmp_path)
    (tmp_path / "broken.sql").write_text("-- privgate: purpose=analytics\nSELECT email,\n  FROM (accounts;\n")
    (tmp_path / "later.sql").write_text("-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n")
    result = privgate("scan", "--format", "json", cwd=tmp_path)
    assert result.returncode == 2, "an unparsable file is an input error, never a pass"
    assert "Traceback" not in result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule_id"], f["path"], f["line"]) for f in findings] == [
        ("INP001", "broken.sql", 3),
        ("PUR001", "later.sql", 2),
    ]


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("SELECT email FROM accounts WHERE", "WHERE has nothing after it"),
        ("SELECT email FROM accounts ORDER BY", "ORDER BY has nothing after it"),
        ("SELECT email FROM accounts WHERE id =", "operator = has nothing on its right"),
        ("SELECT email FROM accounts UNION", "UNION has no query after it"),
        ("SELECT (email FROM accounts", "expected ')'"),
        ("INSERT INTO", "expected table name, found the end of the statement"),
        ("CREATE TABLE (email text)", "expected table name, found '('"),
        ("{% macro emails() %} SELECT email FROM accounts {% endmacro %}",
         "a Jinja template ({{ ... }} or {% ... %}) outside a dbt project: privgate renders Jinja only in the "
         "models of a dbt project (a dbt_project.yml above them); it was not analysed"),
        ("SELECT email FROM {{ ref('accounts') }}",
         "a Jinja template ({{ ... }} or {% ... %}) outside a dbt project: privgate renders Jinja only in the "
         "models of a dbt project (a dbt_project.yml above them); it was not analysed"),
    ],
    ids=["empty-where", "empty-order-by", "operator", "union", "parenthesis", "insert", "create", "jinja-block",
         "jinja-expression"],
)
def test_unparsable_sql_is_described_in_sql_terms(tmp_path: Path, statement: str, message: str) -> None:
    """INP001 names the SQL that is wrong, never sqlglot's class names or token reprs."""
    write_project(tmp_path)
    (tmp_path / "broken.sql").write_text(statement + ";\n")
    result = privgate("scan", "--format", "json", "broken.sql", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["rule_id"] == "INP001"
    assert finding["message"] == f"cannot parse SQL: {message}"
    assert "sqlglot" not in finding["message"] and "<" not in finding["message"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    write_project(tmp_path)
    assert_one_clear_line(privgate("scan", "does-not-exist", cwd=tmp_path), "path does not exist")


def test_sql_only_path_never_imports_heavy_libraries(tmp_path: Path) -> None:
    write_project(tmp_path)
    probe = (
        "import sys\nfrom click.testing import CliRunner\nfrom checker.cli import main\n"
        f"CliRunner().invoke(main, ['scan', {str(tmp_path)!r}])\n"
        "heavy = [m for m in ('great_expectations', 'pandas', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
