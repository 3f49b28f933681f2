"""privgate's cache folder: parsed YAML and validated documents, keyed by content. A warm run must
give exactly what a cold run gives, changed files must never be served stale, and the cache must
keep the latest entries and be easy to turn off."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker import cache, validation
from checker.errors import ConfigError
from checker.yamlio import load_yaml_file

REPO = Path(__file__).resolve().parents[1]

CONFIG = """\
packs: [mgt-solutions]
dialect: postgres
purposes:
  paths:
    models/marketing/**: marketing
exclude:
  - archive/**
"""


def _entries(home: Path, kind: str) -> list[Path]:
    return sorted((home / kind).glob("*.json"))


def test_a_cached_yaml_file_gives_the_same_values_and_lines(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "privgate.yaml"
    path.write_text(CONFIG)
    cold, cold_lines = load_yaml_file(path)
    assert len(_entries(cache_home, "yaml")) == 1
    warm, warm_lines = load_yaml_file(path)
    assert warm == cold
    for where in [("purposes", "paths", "models/marketing/**"), ("exclude", 0), ("exclude",), ("dialect",)]:
        assert warm_lines.position(where) == cold_lines.position(where)
    assert warm_lines.position(("exclude", 0)) == (7, 5)


def test_an_edited_file_is_parsed_again(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "privgate.yaml"
    path.write_text(CONFIG)
    load_yaml_file(path)
    path.write_text(CONFIG.replace("postgres", "snowflake"))
    data, _ = load_yaml_file(path)
    assert data["dialect"] == "snowflake"
    path.write_text(CONFIG + "dialect: bigquery\n")
    with pytest.raises(ConfigError, match="duplicate key 'dialect'"):
        load_yaml_file(path)


def test_values_json_would_change_are_not_cached(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text("since: 2026-01-31\n")
    data, _ = load_yaml_file(path)
    assert str(data["since"]) == "2026-01-31" and not isinstance(data["since"], str)
    assert _entries(cache_home, "yaml") == []


def test_only_the_latest_entries_are_kept(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "ENTRIES_KEPT", 5)
    for number in range(8):
        cache.write("valid", f"entry{number}", True)
    names = [entry.stem for entry in _entries(cache_home, "valid")]
    assert len(names) == 5 and "entry7" in names


def test_a_document_that_failed_validation_is_never_remembered(cache_home: Path) -> None:
    document = {"packs": ["mgt-solutions"], "dialect": "no-such-dialect"}
    for _ in range(2):
        with pytest.raises(ConfigError, match="dialect"):
            validation.validate(document, "config", "privgate.yaml", validation.LineMap())
    assert _entries(cache_home, "valid") == []
    validation.validate({"packs": ["mgt-solutions"]}, "config", "privgate.yaml", validation.LineMap())
    assert len(_entries(cache_home, "valid")) == 1


def test_a_corrupt_entry_only_costs_speed(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "privgate.yaml"
    path.write_text(CONFIG)
    load_yaml_file(path)
    for entry in _entries(cache_home, "yaml"):
        entry.write_text("{not json")
    data, _ = load_yaml_file(path)
    assert data["dialect"] == "postgres"


@pytest.mark.parametrize("switch", ["flag", "environment"])
def test_the_cache_can_be_turned_off(tmp_path: Path, switch: str) -> None:
    home = tmp_path / "cache"
    (tmp_path / "privgate.yaml").write_text(CONFIG)
    (tmp_path / "model.sql").write_text("select 1 as one\n")
    environment = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(home)}
    arguments = ["scan", "--format", "json", "model.sql"]
    if switch == "flag":
        arguments.insert(1, "--no-cache")
    else:
        environment["PRIVGATE_NO_CACHE"] = "1"
    run = subprocess.run([sys.executable, "-m", "checker", *arguments], cwd=tmp_path, env=environment,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["findings"] == []
    assert not home.exists()
    environment.pop("PRIVGATE_NO_CACHE", None)
    arguments = [argument for argument in arguments if argument != "--no-cache"]
    again = subprocess.run([sys.executable, "-m", "checker", *arguments], cwd=tmp_path, env=environment,
                           capture_output=True, text=True)
    assert again.stdout == run.stdout
    assert _entries(home / "privgate", "yaml") and _entries(home / "privgate", "valid")


def test_the_folder_follows_xdg_cache_home_else_the_platform_default(cache_home: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert cache.folder() == cache_home
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    expected = {"linux": tmp_path / "home" / ".cache" / "privgate",
                "darwin": tmp_path / "home" / "Library" / "Caches" / "privgate"}
    if sys.platform in expected:
        assert cache.folder() == expected[sys.platform]
