"""The file cache: a warm scan reports byte for byte what a cold scan reports, reads only the files
that changed, forgets everything when the project around the files changes, and never runs code
found in a cache entry."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from checker import cache, engine, file_cache
from checker.config import load_config
from checker.facts import FileFacts
from checker.report import json_format

REPO = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 24)
CONFIG = """\
packs: [mgt-solutions]
dialect: postgres
purposes:
  paths:
    models/analytics/**: analytics
catalog:
  tables:
    accounts:
      columns:
        id: null
        email: account.email
        country: account.country
    tickets:
      columns:
        id: null
        notes: customer_service.notes
"""
CLEAN = "select a.id, a.country from accounts a;\n"
VIOLATION = "select t.id, t.notes from tickets t;\n"  # account notes are not listed for analytics


@pytest.fixture()
def cache_on(cache_home: Path) -> Path:
    """The file cache's database, with the cache turned on (see conftest.cache_home)."""
    return cache_home / file_cache.DATABASE


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    models = root / "models" / "analytics"
    models.mkdir(parents=True)
    (root / "privgate.yaml").write_text(CONFIG)
    for index in range(engine.FILE_CACHE_THRESHOLD + 6):
        (models / f"model_{index:03d}.sql").write_text(CLEAN)
    return root


class ReadCounter:
    """Counts the files the scan reads (loading the project reads dbt models for lineage: not counted)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: list[str] = []
        self.monkeypatch = monkeypatch
        monkeypatch.setattr(engine, "PARALLEL_THRESHOLD", 10**9)  # in this process, where the counter is

    def install(self) -> None:
        original = engine.read_sql_file

        def counting(path, relative, *rest):
            self.read.append(relative)
            return original(path, relative, *rest)

        self.monkeypatch.setattr(engine, "read_sql_file", counting)


def _scan(root: Path, counter: ReadCounter | None = None) -> str:
    loaded = engine.load_project(load_config(root / "privgate.yaml"))
    if counter is not None:
        counter.install()
    return json_format.render(engine.scan(loaded, engine.collect_files(loaded, [root]), AS_OF))


def test_a_warm_scan_of_the_demo_reports_what_a_cold_scan_reports(cache_on: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(REPO / "fixtures" / "demo", demo, ignore=shutil.ignore_patterns("data"))
    monkeypatch.setattr(engine, "FILE_CACHE_THRESHOLD", 1)  # the demo has fewer files than a big scan
    cold = _scan(demo)
    counter = ReadCounter(monkeypatch)
    warm = _scan(demo, counter)
    assert warm == cold
    assert counter.read == []
    assert '"rule_id": "PUR001"' in warm


def test_only_files_that_changed_are_read_again(cache_on: Path, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert '"findings": 0' in _scan(project)
    counter = ReadCounter(monkeypatch)
    (project / "models" / "analytics" / "model_007.sql").write_text(VIOLATION)
    warm = _scan(project, counter)
    assert counter.read == ["models/analytics/model_007.sql"]
    assert '"findings": 1' in warm and "model_007.sql" in warm


def test_a_change_to_the_project_around_the_files_reads_every_file_again(
        cache_on: Path, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _scan(project)
    counter = ReadCounter(monkeypatch)
    config = project / "privgate.yaml"
    config.write_text(CONFIG.replace("models/analytics/**: analytics", "models/analytics/**: marketing"))
    _scan(project, counter)
    assert len(counter.read) == engine.FILE_CACHE_THRESHOLD + 6
    assert file_cache.project_fingerprint(engine.load_project(load_config(config)), AS_OF) != \
        file_cache.project_fingerprint(engine.load_project(load_config(config)), date(2026, 11, 25))


def test_a_dbt_macro_change_changes_the_project_fingerprint(cache_on: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(REPO / "fixtures" / "demo", demo, ignore=shutil.ignore_patterns("data"))
    before = file_cache.project_fingerprint(engine.load_project(load_config(demo / "privgate.yaml")), AS_OF)
    macro = demo / "dbt" / "macros" / "normalise_email.sql"
    macro.write_text(macro.read_text() + "\n{# edited #}\n")
    after = file_cache.project_fingerprint(engine.load_project(load_config(demo / "privgate.yaml")), AS_OF)
    assert before is not None and after is not None and before != after


class _Exploit:
    def __reduce__(self):
        return (Path.write_text, (Path("/tmp/privgate-cache-exploit"), "ran"))


def test_a_cache_entry_cannot_run_code(cache_on: Path, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = Path("/tmp/privgate-cache-exploit")
    marker.unlink(missing_ok=True)
    _scan(project)
    with sqlite3.connect(cache_on) as connection:
        connection.execute("UPDATE entries SET data = ?", (pickle.dumps(_Exploit()),))
    counter = ReadCounter(monkeypatch)
    assert '"findings": 0' in _scan(project, counter)
    assert not marker.exists()
    assert len(counter.read) == engine.FILE_CACHE_THRESHOLD + 6  # refused entries are read afresh


def test_a_corrupt_cache_file_is_replaced(cache_on: Path, project: Path) -> None:
    cache_on.parent.mkdir(parents=True)
    cache_on.write_bytes(b"this is not a database" * 100)
    assert '"findings": 0' in _scan(project)
    with sqlite3.connect(cache_on) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == engine.FILE_CACHE_THRESHOLD + 6


def test_a_file_that_ran_out_of_time_is_not_cached(cache_on: Path, project: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "PARALLEL_THRESHOLD", 10**9)
    monkeypatch.setattr(engine, "read_sql_file", lambda path, relative, *rest: FileFacts(relative, timed_out=True))
    _scan(project)
    with sqlite3.connect(cache_on) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


def test_the_cache_keeps_the_most_recently_used_entries(cache_on: Path, project: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_cache, "ENTRIES_KEPT", 10)
    _scan(project)
    with sqlite3.connect(cache_on) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 10


def test_editing_privgate_itself_changes_the_project_fingerprint(cache_on: Path, project: Path) -> None:
    loaded = engine.load_project(load_config(project / "privgate.yaml"))
    before = file_cache.project_fingerprint(loaded, AS_OF)
    module = Path(file_cache.__file__).with_name("judging.py")
    status = module.stat()
    try:
        os.utime(module, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
        cache._code_stamp = None  # a new process: the stamp is taken once per process
        assert file_cache.project_fingerprint(loaded, AS_OF) != before
    finally:
        os.utime(module, ns=(status.st_atime_ns, status.st_mtime_ns))
        cache._code_stamp = None
    assert file_cache.project_fingerprint(loaded, AS_OF) == before


def test_two_scans_at_once_share_the_cache_safely(cache_home: Path, project: Path) -> None:
    """Two privgate processes filling and reading the same cache (an editor and a hook, say) both
    finish with the report a scan without the cache gives."""
    (project / "models" / "analytics" / "model_003.sql").write_text(VIOLATION)
    environment = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(cache_home.parent)}
    command = [sys.executable, "-m", "checker", "scan", "--format", "json", "--as-of", "2026-11-24", "."]
    uncached = subprocess.run([*command, "--no-cache"], cwd=project, env=environment, capture_output=True, text=True)
    runs = [subprocess.Popen(command, cwd=project, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [1, 1], [error for _, error in outputs]
    assert [output for output, _ in outputs] == [uncached.stdout, uncached.stdout]
    again = subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True)
    assert again.stdout == uncached.stdout
    with sqlite3.connect(cache_home / file_cache.DATABASE) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == engine.FILE_CACHE_THRESHOLD + 6
