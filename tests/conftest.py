"""Make tests/helpers.py importable as `helpers`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import subprocess  # noqa: E402

import pytest  # noqa: E402

DEMO_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "demo" / "data"


@pytest.fixture(scope="session", autouse=True)
def demo_warehouse() -> Path:
    """The demo's embedded SQLite warehouse, built from its SQL script as `make demo` builds it."""
    target = DEMO_DATA / "warehouse.sqlite"
    script = DEMO_DATA / "warehouse.sql"
    if not target.exists() or target.stat().st_mtime < script.stat().st_mtime:
        subprocess.run([sys.executable, str(DEMO_DATA / "build_warehouse.py")], check=True)
    return target
