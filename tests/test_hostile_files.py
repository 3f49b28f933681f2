"""Hostile files in a project (items 4, 5, 6 and 8 of issue 20): each is an input finding for its own path, never a hang, an unbounded
read, a silent skip or the end of the scan, and the violations of the other files are still reported."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from checker.errors import ConfigError
from checker.safe_read import RefusedFile, read_bytes
from checker.yamlio import load_yaml_file
from helpers import cli_scan, project_settings, write_project

REPO = Path(__file__).resolve().parents[1]
VIOLATION = "-- privgate: purpose=analytics\nSELECT t.id, t.notes\nFROM tickets t;\n"  # PUR001 on line 2
CLEAN = "-- privgate: purpose=analytics\nSELECT t.id\nFROM tickets t;\n"
ALIAS_BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
              "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
              "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
              "name: shop\nvars: {bomb: [*f, *f, *f, *f, *f, *f, *f, *f, *f]}\n")


@pytest.fixture(autouse=True)
def _no_hang() -> Any:
    """A FIFO that blocks the reader would hang the test run: fail it after 60 s instead."""
    def stop(signum: int, frame: Any) -> None:
        raise TimeoutError("privgate blocked on a hostile file")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _findings(report: dict[str, Any]) -> list[tuple[str, str, int, str]]:
    return sorted((f["rule_id"], f["path"], f["line"], f["message"]) for f in report["findings"])


def _at(report: dict[str, Any], path: str) -> list[tuple[str, int, str]]:
    return [(rule, line, message) for rule, where, line, message in _findings(report) if where.endswith(path)]


def test_one_project_with_every_hostile_file_still_reports_the_other_violations(tmp_path: Path) -> None:
    write_project(tmp_path, project_settings(), {
        "models/orders.sql": VIOLATION,
        "models/clean.sql": CLEAN,
        # a NUL byte far past the first 8 KB, after a violation: the file is binary input, not a pass
        "models/late_nul.sql": VIOLATION + "-- padding\n" * 2000 + "SELECT 1;\x00\n",
    })
    os.mkfifo(tmp_path / "models" / "pipe.sql")
    (tmp_path / "models" / "zero.sql").symlink_to("/dev/zero")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.sql"
    elsewhere.write_text("SELECT 'a secret nobody asked privgate to read';\n")
    (tmp_path / "models" / "leaving.sql").symlink_to(elsewhere)

    code, report = cli_scan(tmp_path)

    assert code == 2  # unaccepted input problems
    assert _at(report, "models/orders.sql") == [("PUR001", 2, _at(report, "models/orders.sql")[0][2])]
    assert _at(report, "models/clean.sql") == []
    [(rule, line, message)] = _at(report, "models/late_nul.sql")
    assert (rule, line) == ("INP002", 2004) and "NUL" in message
    [(rule, _, message)] = _at(report, "models/pipe.sql")
    assert rule == "INP002" and "FIFO" in message
    [(rule, _, message)] = _at(report, "models/zero.sql")
    assert rule == "INP002" and "character device" in message
    [(rule, _, message)] = _at(report, "models/leaving.sql")
    assert rule == "INP002" and "leaving the project" in message
    assert "secret" not in json.dumps(report)


def test_an_unreadable_folder_is_an_input_finding(tmp_path: Path) -> None:
    """As root every folder can be listed: the scan then runs with the capabilities that bypass file
    permissions dropped (util-linux `setpriv`), so the locked folder is really unreadable to it."""
    write_project(tmp_path, project_settings(), {"locked/hidden.sql": VIOLATION, "q.sql": VIOLATION})
    (tmp_path / "locked").chmod(0)
    try:
        if os.geteuid() == 0:
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv: no way to make a folder unreadable")
            run = subprocess.run(["setpriv", "--bounding-set=-dac_override,-dac_read_search", sys.executable, "-m",
                                  "checker", "scan", str(tmp_path), "--format", "json", "--no-cache",
                                  "--as-of", "2026-11-24"], cwd=tmp_path, capture_output=True, text=True,
                                 env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
            code, report = run.returncode, json.loads(run.stdout)
        else:
            code, report = cli_scan(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert code == 2  # unaccepted input problems
    [(rule, _, message)] = _at(report, "locked")
    assert rule == "INP002" and "cannot list folder" in message
    assert [rule for rule, _, _ in _at(report, "q.sql")] == ["PUR001"]


def test_a_file_that_breaks_privgate_is_an_input_finding_for_that_file(tmp_path: Path, monkeypatch: Any) -> None:
    """An unexpected exception while reading one file: that file's finding names the exception type
    (no traceback), and the other files are still judged."""
    import checker.readers.sql as sql

    real = sql._read_statements

    def breaks_on_marked(text: str, relative: str, *args: Any) -> None:
        if "breaks privgate" in text:
            raise KeyError("boom")
        real(text, relative, *args)

    monkeypatch.setattr(sql, "_read_statements", breaks_on_marked)
    write_project(tmp_path, project_settings(), {"a.sql": "-- breaks privgate\nSELECT 1;\n", "b.sql": VIOLATION})
    code, report = cli_scan(tmp_path)
    assert code == 2  # unaccepted input problems
    [(rule, _, message)] = _at(report, "a.sql")
    assert rule == "INP002" and "(KeyError)" in message and "boom" not in message
    assert [rule for rule, _, _ in _at(report, "b.sql")] == ["PUR001"]


def test_config_packs_outside_the_project_are_refused_without_quoting_the_file(tmp_path: Path, monkeypatch: Any) -> None:
    from click.testing import CliRunner

    from checker.cli import main

    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    project = tmp_path / "repo"
    write_project(project, {"packs": ["../secret.txt"]}, {"q.sql": "SELECT 1;\n"})
    monkeypatch.delenv("PRIVGATE_ALLOW_OUTSIDE_PACKS", raising=False)
    run = CliRunner().invoke(main, ["scan", str(project), "--no-cache"])
    assert run.exit_code == 2 and "root:x" not in run.output
    assert "rule pack outside the project" in run.output and "privgate.yaml:2" in run.output
    allowed = CliRunner().invoke(main, ["scan", str(project), "--no-cache", "--allow-outside-packs"])
    assert allowed.exit_code == 2 and "root:x" not in allowed.output  # read as a pack now: still never quoted
    assert "expected a mapping, found a string" in allowed.output
    monkeypatch.delenv("PRIVGATE_ALLOW_OUTSIDE_PACKS", raising=False)


def test_safe_read_refuses_what_is_not_a_bounded_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "big").write_bytes(b"x" * 2000)
    with pytest.raises(RefusedFile, match="FIFO"):
        read_bytes(tmp_path / "pipe")
    with pytest.raises(RefusedFile, match="character device"):
        read_bytes("/dev/zero")
    with pytest.raises(RefusedFile, match="too large"):
        read_bytes(tmp_path / "big", limit=1000)
    assert read_bytes(tmp_path / "big", limit=2000) == b"x" * 2000


@pytest.mark.parametrize(("document", "fragment"), [
    (ALIAS_BOMB, "document too large"),
    ("a:\n" + "".join("  " * depth + "- \n" for depth in range(1, 400)), "nested deeper than"),
])
def test_yaml_loading_is_bounded_in_values_and_depth(tmp_path: Path, document: str, fragment: str) -> None:
    (tmp_path / "doc.yml").write_text(document)
    with pytest.raises(ConfigError, match=fragment):
        load_yaml_file(tmp_path / "doc.yml")
