"""Colour in the text report follows the variables users set in their shells and CI: NO_COLOR,
FORCE_COLOR, CLICOLOR_FORCE and CLICOLOR, on a terminal and through a pipe."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.report.colour import wanted
from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
ERROR = "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n"  # PUR001, an error
ANSI = "\x1b["


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("environment", "on_terminal", "through_pipe"), [
    ({}, True, False),
    ({"NO_COLOR": "1"}, False, False),
    ({"NO_COLOR": ""}, True, False),  # set but empty: ignored, as no-color.org says
    ({"FORCE_COLOR": "1"}, True, True),
    ({"FORCE_COLOR": "0"}, True, False),
    ({"CLICOLOR_FORCE": "1"}, True, True),
    ({"CLICOLOR_FORCE": "0"}, True, False),
    ({"CLICOLOR": "0"}, False, False),
    ({"CLICOLOR": "0", "CLICOLOR_FORCE": "1"}, True, True),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),  # "never" beats "force"
    ({"TERM": "dumb"}, False, False),
])
def test_the_colour_decision(environment: dict[str, str], on_terminal: bool, through_pipe: bool) -> None:
    assert wanted(Terminal(), environment) is on_terminal
    assert wanted(io.StringIO(), environment) is through_pipe


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()), "utf-8")
    (tmp_path / "a.sql").write_text(ERROR)
    return tmp_path


def _scan(project: Path, environment: dict[str, str], *args: str, terminal: bool = False) -> str:
    """The report `privgate scan` prints, its stdout a pipe or (terminal=True) a pseudo-terminal."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **environment}
    command = [sys.executable, "-m", "checker", "scan", *args]
    if not terminal:
        return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True).stdout
    leader, follower = pty.openpty()
    with subprocess.Popen(command, cwd=project, env=env, stdout=follower, stderr=subprocess.DEVNULL) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


@pytest.mark.parametrize(("environment", "coloured"), [
    ({}, False), ({"FORCE_COLOR": "1"}, True), ({"CLICOLOR_FORCE": "1"}, True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
])
def test_a_piped_report_is_plain_unless_colour_is_forced(project: Path, environment: dict[str, str],
                                                         coloured: bool) -> None:
    report = _scan(project, environment)
    assert "PUR001" in report
    assert (ANSI in report) is coloured


@pytest.mark.parametrize(("environment", "coloured"), [
    ({}, True), ({"NO_COLOR": "1"}, False), ({"CLICOLOR": "0"}, False),
])
def test_a_report_on_a_terminal_is_coloured_unless_turned_off(project: Path, environment: dict[str, str],
                                                               coloured: bool) -> None:
    report = _scan(project, environment, terminal=True)
    assert "PUR001" in report
    assert (ANSI in report) is coloured


def test_machine_readable_formats_and_report_files_are_never_coloured(project: Path) -> None:
    forced = {"FORCE_COLOR": "1"}
    assert ANSI not in _scan(project, forced, "--format", "json")
    assert ANSI not in _scan(project, forced, "--format", "sarif", terminal=True)
    _scan(project, forced, "--output", "report.txt", terminal=True)
    report = (project / "report.txt").read_text()
    assert "PUR001" in report and ANSI not in report
