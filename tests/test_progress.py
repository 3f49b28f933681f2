"""Progress appears only on an interactive terminal, as a bar per long phase (DDL replayed, files
read), never in CI logs or pipes, and never inside a report."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import yaml

from checker.config import load_config
from checker.engine import collect_files, load_project, scan
from checker.progress import Bars, on_terminal
from helpers import DEFAULT_AS_OF, base_project

REPO = Path(__file__).resolve().parents[1]
QUERY = "-- privgate: purpose=analytics\nSELECT country FROM accounts WHERE id = {n};\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci() -> None:
    assert isinstance(on_terminal(Terminal(), {}), Bars)
    assert on_terminal(io.StringIO(), {}) is None  # a pipe or a log file
    assert on_terminal(Terminal(), {"CI": "true"}) is None  # GitHub Actions, GitLab CI and others set CI
    assert isinstance(on_terminal(Terminal(), {"CI": ""}), Bars)


def test_a_phase_that_ends_quickly_shows_nothing() -> None:
    terminal = Terminal()
    bars = Bars(terminal)  # half a second before a bar appears
    for done in range(1, 4):
        bars("files read", done, 3)
    assert terminal.getvalue() == ""


def _project(tmp_path: Path) -> Path:
    settings = base_project()
    settings["catalog"]["ddl"] = ["schema/*.sql"]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings), "utf-8")
    (tmp_path / "schema").mkdir()
    for number in range(3):
        (tmp_path / "schema" / f"{number}.sql").write_text(f"CREATE TABLE extra_{number} (id INT);\n")
    (tmp_path / "queries").mkdir()
    for number in range(12):
        (tmp_path / "queries" / f"q{number}.sql").write_text(QUERY.format(n=number))
    return tmp_path


def test_each_long_phase_has_a_bar_that_ends_on_its_own_line(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    terminal = Terminal()
    bars = Bars(terminal, show_after=0)
    project = load_project(load_config(folder / "privgate.yaml"), progress=bars)
    result = scan(project, collect_files(project, [folder / "queries"]), DEFAULT_AS_OF, bars)
    assert result.files == 12 and not result.findings
    shown = re.sub(r"\x1b\[\?25[lh]", "", terminal.getvalue())  # click hides the cursor while a bar runs
    lines = [line.split("\r")[-1].strip() for line in shown.split("\n") if line.strip()]
    assert [line.split("  ")[0] for line in lines] == ["DDL files replayed", "files read"]
    assert lines[0].endswith("3/3") and lines[1].endswith("12/12")
    assert shown.endswith("\n")


def _scan(folder: Path, environment: dict[str, str]) -> tuple[str, str]:
    """(stdout, what the terminal on stderr showed) of a JSON scan."""
    leader, follower = pty.openpty()
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **environment}
    with subprocess.Popen([sys.executable, "-m", "checker", "scan", "--format", "json", "queries"], cwd=folder,
                          env=env, stdout=subprocess.PIPE, stderr=follower, text=True) as process:
        os.close(follower)
        stdout = process.stdout.read() if process.stdout else ""
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    os.close(leader)
    return stdout, b"".join(chunks).decode()


def test_the_report_stays_clean_whatever_stderr_is(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    for environment in ({}, {"CI": "true"}):
        stdout, terminal = _scan(folder, environment)
        assert json.loads(stdout)["summary"]["files"] == 12
        assert "\r" not in stdout
        if environment:
            assert terminal == ""  # CI logs get no progress at all
