"""The demo project produces exactly the findings its expected.yaml lists, through the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import project_relative

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"
FAMILIES = {"purpose", "consent", "retention", "transfer", "access"}


@pytest.fixture(scope="module")
def demo_scan() -> tuple[int, dict]:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "scan", str(DEMO), "--format", "json", "--as-of", "2026-11-24"],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert "Traceback" not in result.stderr
    return result.returncode, project_relative(json.loads(result.stdout), DEMO, REPO)


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((DEMO / "expected.yaml").read_text("utf-8"))


def test_demo_fails_the_build(demo_scan) -> None:
    assert demo_scan[0] == 1


def test_demo_findings_match_expected(demo_scan, expected) -> None:
    found = sorted((f["rule_id"], f["path"], f["line"]) for f in demo_scan[1]["findings"])
    wanted = sorted((e["rule"], e["path"], e["line"]) for e in expected["findings"])
    assert found == wanted


def test_dataset_findings_report_the_failing_row_count(demo_scan, expected) -> None:
    for entry in (e for e in expected["findings"] if "rows" in e):
        finding = next(f for f in demo_scan[1]["findings"]
                       if (f["rule_id"], f["path"], f["line"]) == (entry["rule"], entry["path"], entry["line"]))
        assert finding["message"].split(" of ")[0].split(": ")[-1] == str(entry["rows"]), finding["message"]


def test_clean_look_alikes_stay_silent(demo_scan, expected) -> None:
    noisy = {f["path"] for f in demo_scan[1]["findings"]}
    assert noisy.isdisjoint(expected["clean"])
    assert all((DEMO / path).is_file() for path in expected["clean"])


def test_every_family_is_violated_at_least_twice(demo_scan) -> None:
    findings = demo_scan[1]["findings"]
    for family in FAMILIES:
        files = {f["path"] for f in findings if f["family"] == family}
        assert len(files) >= 2, family


def test_findings_carry_the_contract_fields(demo_scan) -> None:
    fields = {"rule_id", "family", "severity", "path", "line", "column", "message", "subject", "category",
              "purpose", "citation"}
    for finding in demo_scan[1]["findings"]:
        assert fields <= finding.keys()
        # MGT's policy defines no special categories and says nothing of anonymised outputs: those
        # findings cite GDPR Art. 9(1) and Recital 26 (gdpr-baseline).
        policy = "Regulation (EU) 2016/679 (GDPR)" if finding["family"] in ("special_category", "anonymisation") \
            else "000_7c246c189cf39d87.txt"
        assert finding["citation"]["policy"] == policy
        assert finding["citation"]["quote"]


def test_demo_has_enough_sql_in_two_dialects() -> None:
    config = yaml.safe_load((DEMO / "privgate.yaml").read_text("utf-8"))
    assert len(list(DEMO.rglob("*.sql"))) >= 25
    assert config.get("dialects")
