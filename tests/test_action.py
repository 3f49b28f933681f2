"""The composite GitHub Action calls the CLI with options and formats that exist."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml
from click.testing import CliRunner

from checker.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_action_is_a_composite_action_calling_privgate_scan() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    script = next(step["run"] for step in action["runs"]["steps"] if step.get("name") == "Scan")
    scans = [line for line in script.splitlines() if line.strip().startswith("privgate scan")]
    assert len(scans) == 2
    help_text = CliRunner().invoke(main, ["scan", "--help"]).output
    for line in scans:
        words = shlex.split(line.replace("|| true", ""))
        for option in (word for word in words if word.startswith("--")):
            assert option in help_text
        assert words[words.index("--format") + 1] in ("sarif", "github")


def test_the_cache_step_keeps_privgates_cache_folder() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    steps = action["runs"]["steps"]
    names = [step.get("name") for step in steps]
    cache = steps[names.index("Restore privgate's cache")]
    assert names.index("Restore privgate's cache") < names.index("Scan")
    assert cache["uses"].startswith("actions/cache@") and cache["with"]["path"] == "~/.cache/privgate"
    assert cache["if"] == "inputs.cache == 'true'" and action["inputs"]["cache"]["default"] == "true"
