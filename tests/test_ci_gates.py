"""CI gates: baselines that survive reformatting, and pull-request mode with --changed-since."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
NOTES_FOR_ANALYTICS = "-- privgate: purpose=analytics\nSELECT t.id, t.notes FROM tickets t WHERE t.id > 10;\n"


def privgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=cwd,
                   check=True, capture_output=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()), "utf-8")
    return tmp_path


def findings(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str, int]]:
    return [(f["rule_id"], f["path"], f["line"]) for f in json.loads(result.stdout)["findings"]]


def test_baseline_hides_old_findings_after_reformatting_and_fails_on_a_new_one(project: Path) -> None:
    query = project / "legacy.sql"
    query.write_text(NOTES_FOR_ANALYTICS)
    recorded = privgate("baseline", "--output", "privgate-baseline.json", cwd=project)
    assert recorded.returncode == 0, recorded.stderr
    assert "1 findings recorded" in recorded.stderr

    query.write_text(  # moved down, re-indented, keywords in another case, a comment added
        "-- privgate: purpose=analytics\n\n\n-- legacy report, see JIRA-12\n"
        "select\n    t.id,\n    t.notes\nfrom tickets   t\nwhere t.id > 10;\n")
    again = privgate("scan", "--baseline", "privgate-baseline.json", "--format", "json", cwd=project)
    assert again.returncode == 0, again.stdout
    assert json.loads(again.stdout)["summary"]["baselined"] == 1

    query.write_text(query.read_text() + "SELECT subject FROM tickets;\n")
    new = privgate("scan", "--baseline", "privgate-baseline.json", "--format", "json", cwd=project)
    assert new.returncode == 1
    assert findings(new) == [("PUR001", "legacy.sql", 10)]


def test_a_changed_query_is_not_hidden_by_the_baseline(project: Path) -> None:
    query = project / "legacy.sql"
    query.write_text(NOTES_FOR_ANALYTICS)
    privgate("baseline", cwd=project)
    query.write_text(NOTES_FOR_ANALYTICS.replace("t.id > 10", "t.id > 20"))
    assert privgate("scan", "--baseline", "privgate-baseline.json", cwd=project).returncode == 1


LEGACY_BROKEN = "-- a vendor's dump privgate cannot read\nSELECT (email FROM accounts;\n"


def test_an_input_problem_fails_until_someone_accepts_it(project: Path) -> None:
    """Exit 2 means an input problem nobody accepted; the baseline or the config can accept it, and
    the report still says what was not checked."""
    (project / "legacy.sql").write_text(LEGACY_BROKEN)
    assert privgate("scan", cwd=project).returncode == 2
    recorded = privgate("baseline", cwd=project)
    assert recorded.returncode == 0 and "1 input problems among them" in recorded.stderr
    accepted = privgate("scan", "--baseline", "privgate-baseline.json", "--format", "json", cwd=project)
    assert accepted.returncode == 0 and json.loads(accepted.stdout)["summary"]["baselined"] == 1
    (project / "new.sql").write_text(LEGACY_BROKEN.replace("email", "name"))
    assert privgate("scan", "--baseline", "privgate-baseline.json", cwd=project).returncode == 2


@pytest.mark.parametrize(("level", "code", "shown"), [("warning", 0, ["INP001"]), ("off", 0, [])])
def test_the_config_can_accept_input_problems_and_says_so(project: Path, level: str, code: int,
                                                            shown: list[str]) -> None:
    config = {**base_project(), "severity": {"INP001": level}}
    (project / "privgate.yaml").write_text(yaml.safe_dump(config), "utf-8")
    (project / "legacy.sql").write_text(LEGACY_BROKEN)
    result = privgate("scan", "--format", "json", cwd=project)
    assert result.returncode == code, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert [f["rule_id"] for f in report["findings"]] == shown
    assert report["summary"]["input_problems_turned_off"] == (level == "off")
    text = privgate("scan", cwd=project).stdout
    if level == "off":
        assert "1 turned off in the config, 1 of them input problems: not checked" in text
    assert privgate("scan", "--fail-on", "warning", cwd=project).returncode == (1 if level == "warning" else 0)


def test_every_format_reports_coverage_and_a_floor_fails_the_run(project: Path) -> None:
    """One statement of four cannot be read: 75 % coverage, in every format but GitLab's (a list of
    issues with no place for a summary); --min-coverage 80 turns the accepted problem into exit 2."""
    config = {**base_project(), "severity": {"INP001": "warning"}}
    (project / "privgate.yaml").write_text(yaml.safe_dump(config), "utf-8")
    (project / "reports.sql").write_text("SELECT 1;\nSELECT 2;\nSELECT 3;\n" + LEGACY_BROKEN)
    summary = json.loads(privgate("scan", "--format", "json", cwd=project).stdout)["summary"]
    assert summary["coverage"] == {"percent": 75.0, "checked": 3, "not_checked": 1, "models_found": 0, "models_checked": 0}
    described = "coverage 75% (3 of 4 statements and datasets checked, 1 not readable)"
    assert described in privgate("scan", cwd=project).stdout
    sarif = json.loads(privgate("scan", "--format", "sarif", cwd=project).stdout)
    assert sarif["runs"][0]["properties"]["coverage"]["percent"] == 75.0
    assert 'name="coverage.percent" value="75.0"' in privgate("scan", "--format", "junit", cwd=project).stdout
    assert described.replace("%", "%25") in privgate("scan", "--format", "github", cwd=project).stdout  # escaped
    assert described in privgate("scan", "--format", "html", cwd=project).stdout
    assert privgate("scan", cwd=project).returncode == 0
    floor = privgate("scan", "--min-coverage", "80", cwd=project)
    assert floor.returncode == 2 and "coverage 75% " in floor.stderr and "below the minimum of 80%" in floor.stderr
    assert privgate("scan", "--min-coverage", "75", cwd=project).returncode == 0


def test_the_config_accepts_a_known_unreadable_file_with_a_reason(project: Path) -> None:
    """`accept:` moves matching input problems to the suppressed findings with their reason, lists
    them in the text report and SARIF, and keeps them out of the coverage; a new one still exits 2."""
    config = {**base_project(), "accept": [{"rule": "INP001", "path": "legacy/**",
                                            "reason": "vendor dump, rewrite tracked in DATA-88"}]}
    (project / "privgate.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    (project / "legacy").mkdir()
    (project / "legacy" / "dump.sql").write_text("SELECT 1;\n" + LEGACY_BROKEN)
    report = json.loads(privgate("scan", "--format", "json", cwd=project).stdout)
    assert report["findings"] == [] and report["summary"]["coverage"]["not_checked"] == 1
    [accepted] = report["suppressed"]
    assert accepted["rule_id"] == "INP001" and accepted["reason"].startswith("vendor dump, rewrite tracked in DATA-88")
    text = privgate("scan", cwd=project)
    assert text.returncode == 0 and "Accepted input problems (not checked)" in text.stdout
    assert "accepted: vendor dump, rewrite tracked in DATA-88 (accepted in privgate.yaml:" in text.stdout
    sarif = json.loads(privgate("scan", "--format", "sarif", cwd=project).stdout)
    assert sarif["runs"][0]["results"][0]["suppressions"][0]["kind"] == "external"
    (project / "new.sql").write_text(LEGACY_BROKEN)
    assert privgate("scan", cwd=project).returncode == 2


def test_broken_baseline_is_a_configuration_error(project: Path) -> None:
    (project / "q.sql").write_text(NOTES_FOR_ANALYTICS)
    (project / "bad.json").write_text("{\n  \"findings\": [\n")
    result = privgate("scan", "--baseline", "bad.json", cwd=project)
    assert result.returncode == 2
    assert "bad.json:3:1: invalid baseline JSON" in result.stderr


def test_changed_since_reports_only_changed_files_and_queries_on_changed_tables(project: Path) -> None:
    (project / "schema").mkdir()
    (project / "models").mkdir()
    (project / "schema" / "tickets.sql").write_text("CREATE TABLE tickets (id bigint, notes text);\n")
    (project / "models" / "topics.sql").write_text(NOTES_FOR_ANALYTICS)
    (project / "models" / "devices.sql").write_text("-- privgate: purpose=analytics\nSELECT os FROM devices;\n")
    (project / "models" / "untouched.sql").write_text("-- privgate: purpose=analytics\nSELECT model FROM devices;\n")
    git("init", "-q", cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "-qm", "initial", cwd=project)

    nothing = privgate("scan", "--changed-since", "HEAD", "--format", "json", cwd=project)
    assert nothing.returncode == 0 and findings(nothing) == []

    (project / "models" / "devices.sql").write_text("-- privgate: purpose=analytics\nSELECT os, model FROM devices;\n")
    only_devices = privgate("scan", "--changed-since", "HEAD", "--format", "json", cwd=project)
    assert {path for _, path, _ in findings(only_devices)} == {"models/devices.sql"}

    (project / "schema" / "tickets.sql").write_text("CREATE TABLE tickets (id bigint, notes text, subject text);\n")
    with_schema = privgate("scan", "--changed-since", "HEAD", "--format", "json", cwd=project)
    assert {path for _, path, _ in findings(with_schema)} == {"models/devices.sql", "models/topics.sql"}


def test_changed_since_outside_git_is_a_usage_error(project: Path) -> None:
    (project / "q.sql").write_text(NOTES_FOR_ANALYTICS)
    result = privgate("scan", "--changed-since", "main", cwd=project)
    assert result.returncode == 2 and "git diff failed" in result.stderr
