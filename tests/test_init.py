"""`privgate init` scaffolds a valid config for an existing repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"


def privgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def test_init_proposes_categories_and_the_scan_runs(tmp_path: Path) -> None:
    for folder in ("schema", "models", "warehouse_snowflake"):
        shutil.copytree(DEMO / folder, tmp_path / folder)
    result = privgate("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Next steps:" in result.stdout
    config = yaml.safe_load((tmp_path / "privgate.yaml").read_text())
    assert config["packs"] == ["mgt-solutions"] and config["dialect"] == "postgres"
    tables = config["catalog"]["tables"]
    assert tables["accounts"]["columns"]["email"] == "account.email"
    assert tables["companies"]["columns"]["name"] == "company.name"  # the table's own group wins
    assert tables["server_logs"]["columns"]["ip_address"] == "activity.ip_address"
    assert tables["documents"]["columns"]["total_amount"] is None
    scanned = privgate("scan", "--format", "json", cwd=tmp_path)
    assert scanned.returncode in (0, 1), scanned.stderr  # a valid config: findings, never a config error


def test_init_detects_bigquery_and_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "a.sql").write_text(
        "CREATE TABLE `shop.customers` (email STRING, ip STRING);\n"
        "SELECT * FROM `shop.customers` WHERE _PARTITIONTIME > TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 1 DAY);\n")
    assert privgate("init", cwd=tmp_path).returncode == 0
    assert yaml.safe_load((tmp_path / "privgate.yaml").read_text())["dialect"] == "bigquery"
    again = privgate("init", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
