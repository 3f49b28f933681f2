"""Make tests/helpers.py importable as `helpers`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import atexit  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

import pytest  # noqa: E402

# privgate's cache is off for every test (this process and every privgate it starts), so each test
# exercises the readers; tests/test_cache.py and tests/test_file_cache.py turn it on where they need
# it. Its folder is a temporary one all the same, so no test can touch the user's cache.
os.environ["PRIVGATE_NO_CACHE"] = "1"
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="privgate-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)

DEMO_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "demo" / "data"


@pytest.fixture(scope="session", autouse=True)
def demo_warehouse() -> Path:
    """The demo's embedded SQLite warehouse, built from its SQL script as `make demo` builds it."""
    target = DEMO_DATA / "warehouse.sqlite"
    script = DEMO_DATA / "warehouse.sql"
    if not target.exists() or target.stat().st_mtime < script.stat().st_mtime:
        subprocess.run([sys.executable, str(DEMO_DATA / "build_warehouse.py")], check=True)
    return target


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """privgate's cache turned on, in a folder of this test's own; returns that folder."""
    from checker import cache

    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("PRIVGATE_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_disabled", False)
    return home / "privgate"
