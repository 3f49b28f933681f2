"""Each bundled company pack has a fixture project: its violations hit every rule family the pack
contains, exactly as `expected.yaml` lists, and its clean variant passes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import project_relative

from checker.policy.loader import bundled_pack_names, load_pack, resolve_pack

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
COMPANY_PACKS = [name for name in bundled_pack_names() if name not in ("gdpr-baseline", "mgt-solutions")]


def pack_families(name: str) -> set[str]:
    pack = load_pack(resolve_pack(name, None))
    present = {"purpose": pack.purposes, "consent": pack.consent, "retention": pack.retention,
               "transfer": pack.transfer, "access": pack.access, "children": pack.children}
    return {family for family, rules in present.items() if rules}


def scan(folder: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "scan", str(folder), "--format", "json", "--as-of", "2026-11-24"],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    return project_relative(json.loads(result.stdout), folder, REPO)


@pytest.mark.parametrize("name", COMPANY_PACKS)
def test_fixture_exists_for_every_company_pack(name: str) -> None:
    assert (FIXTURES / name / "privgate.yaml").is_file()


PACK_FIXTURES = [p.name for p in sorted(FIXTURES.iterdir()) if (p / "violations").is_dir()]


@pytest.mark.parametrize("name", PACK_FIXTURES)
def test_violations_match_expected_and_cover_every_family(name: str) -> None:
    folder = FIXTURES / name
    findings = scan(folder)["findings"]
    expected = yaml.safe_load((folder / "expected.yaml").read_text("utf-8"))["findings"]
    assert sorted((f["rule_id"], f["path"], f["line"]) for f in findings) == \
        sorted((e["rule"], e["path"], e["line"]) for e in expected)
    assert all(f["path"].startswith("violations/") for f in findings)
    assert {f["family"] for f in findings} >= pack_families(name)


@pytest.mark.parametrize("name", PACK_FIXTURES)
def test_clean_variant_passes(name: str) -> None:
    assert scan(FIXTURES / name / "clean")["findings"] == []
