"""Scanning small SQL snippets inside the rule-case project, for the data-driven tests."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checker.config import load_config
from checker.engine import ScanResult, collect_datasets, collect_files, load_project, scan

CASES = Path(__file__).parent / "cases"
DEFAULT_AS_OF = date(2026, 11, 24)


def base_project() -> dict[str, Any]:
    return yaml.safe_load((CASES / "_project.yaml").read_text("utf-8"))


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Merge `override` into a copy of `base` key by key (nested mappings merge, the rest replace)."""
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def scan_snippet(folder: Path, sql: str, *, config: dict[str, Any] | None = None, path: str = "query.sql",
                 dialect: str | None = None, as_of: date = DEFAULT_AS_OF) -> ScanResult:
    """Write the project config and one SQL file under `folder`, then scan that file."""
    override = dict(config or {})
    base = base_project()
    for dotted in override.pop("replace", []):  # keys the case replaces instead of merging
        *parents, last = dotted.split(".")
        node = base
        for key in parents:
            node = node.setdefault(key, {})
        node.pop(last, None)
    settings = merge(base, override)
    if dialect:
        settings["dialect"] = dialect
    settings["packs"] = [_absolute_pack(ref) for ref in settings.get("packs", [])]
    (folder / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    target = folder / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(sql, "utf-8")
    project = load_project(load_config(folder / "privgate.yaml"))
    return scan(project, collect_files(project, [target]), as_of)


def _absolute_pack(ref: str) -> str:
    local = CASES / ref
    return str(local) if local.is_file() else ref


def scan_dataset_snippet(folder: Path, text: str, dataset: dict[str, Any], *, name: str = "sample.csv",
                         config: dict[str, Any] | None = None, as_of: date = DEFAULT_AS_OF) -> ScanResult:
    """Write the rule-case project with one dataset entry and its file under `folder`, then scan the folder."""
    settings = merge(base_project(), config or {})
    settings["packs"] = [_absolute_pack(ref) for ref in settings.get("packs", [])]
    settings["datasets"] = [{"path": name, **dataset}]
    (folder / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    (folder / name).write_text(text, "utf-8")
    project = load_project(load_config(folder / "privgate.yaml"))
    return scan(project, collect_files(project, [folder]), as_of, datasets=collect_datasets(project, [folder]))
