"""Project configuration: discovery, validation and the typed settings the scan uses.

The nearest `privgate.yaml`, or `pyproject.toml` with a `[tool.privgate]` table, from the scanned
path upward wins; no merging between files. A pyproject without that table does not count.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.globs import match_path, matches_any
from checker.records import MutableRecord
from checker.validation import validate
from checker.yamlio import LineMap, load_yaml_file

CONFIG_FILE = "privgate.yaml"
DEFAULT_INCLUDE = ("**/*.sql",)
DEFAULT_SCHEMA = {"duckdb": "main", "sqlite": "main", "tsql": "dbo"}  # where unqualified names live; else public


@dataclass(eq=False, repr=False)
class Config(MutableRecord):
    """Settings of one project; `root` is the folder globs are relative to."""

    root: Path
    source: str | None = None  # the file it came from, None for command-line only
    packs: list[str] = field(default_factory=list)
    dialect: str = "postgres"
    dialect_paths: list[tuple[str, str]] = field(default_factory=list)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    severity: dict[str, str] = field(default_factory=dict)
    purpose_paths: list[tuple[str, str]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    catalog: dict[str, Any] = field(default_factory=dict)
    datasets: list[dict[str, Any]] = field(default_factory=list)  # raw entries; checker.datasets.spec reads them
    search_path: tuple[str, ...] = ("public",)  # schemas unqualified table names resolve in
    home_schema: str = "public"  # the dialect's default schema
    min_coverage: float | None = None  # percent of statements and datasets that must be readable
    accepted_inputs: list[dict[str, Any]] = field(default_factory=list)  # `accept:` entries (rule, path, reason)
    lines: LineMap = field(default_factory=LineMap)

    def dialect_for(self, relative_path: str) -> str:
        for glob, dialect in self.dialect_paths:
            if match_path(glob, relative_path):
                return dialect
        return self.dialect

    def purpose_for(self, relative_path: str) -> tuple[str, str] | None:
        """The purpose a path glob gives this file, and the glob."""
        for glob, purpose in self.purpose_paths:
            if match_path(glob, relative_path):
                return purpose, glob
        return None

    def wants(self, relative_path: str) -> bool:
        return matches_any(self.include, relative_path) and not matches_any(self.exclude, relative_path)


OUTSIDE_PACKS_VARIABLE = "PRIVGATE_ALLOW_OUTSIDE_PACKS"  # set by `--allow-outside-packs`


def outside_packs_allowed() -> bool:
    """Whether packs named in a config (and the packs they extend) may lie outside the project.
    Only the command line (`--allow-outside-packs`) or the environment can allow it, never the
    config a pull request can edit."""
    return os.environ.get(OUTSIDE_PACKS_VARIABLE, "").strip() not in ("", "0")


SAMPLE_ROWS_VARIABLE = "PRIVGATE_SAMPLE_ROWS"  # set by `--sample ROWS`


def sample_request(config: Config) -> dict[str, Any] | None:
    """The live-database sampling asked for: the config's `catalog: sample:`, else `--sample ROWS`
    (or its variable) from the command line; None: no sampling."""
    if config.catalog.get("sample") is not None:
        return dict(config.catalog["sample"])
    rows = os.environ.get(SAMPLE_ROWS_VARIABLE, "").strip()
    if not rows:
        return None
    if not rows.isdigit() or not 1 <= int(rows) <= 100000:
        raise ConfigError(f"{SAMPLE_ROWS_VARIABLE}={rows!r}: the rows to sample must be a whole number from 1 to 100000")
    return {"rows": int(rows)}


def check_pack_path(path: Path, root: Path, bundled: Path) -> None:
    """Refuse a pack file a config names (or a pack extends) that resolves, symlinks followed,
    outside the project root and outside privgate's bundled packs: `packs: [../../etc/passwd]` must
    not send an arbitrary readable file into a CI log."""
    from checker.safe_read import is_inside

    if outside_packs_allowed() or is_inside(path, root) or is_inside(path, bundled):
        return
    raise ConfigError("rule pack outside the project: packs named in a config must stay inside the "
                      "project folder (pass --allow-outside-packs to allow it)")


def discover(start: Path) -> Path | None:
    """The nearest config file from `start` (a file or folder) upward."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder, *folder.parents]:
        found = config_in(candidate)
        if found is not None:
            return found
    return None


def config_in(folder: Path, names: set[str] | None = None) -> Path | None:
    """The config file of exactly this folder, if it has one (`names`: its file names, when a walk
    already listed them)."""
    if names is None or CONFIG_FILE in names:
        yaml_file = folder / CONFIG_FILE
        if yaml_file.is_file():
            return yaml_file
    if names is None or "pyproject.toml" in names:
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Read and validate a privgate.yaml or a pyproject.toml's [tool.privgate]."""
    if path.name == "pyproject.toml":
        data, lines = _read_pyproject(path), LineMap()  # tomllib keeps no positions
    else:
        data, lines = load_yaml_file(path)
    if data is None:
        data = {}
    validate(data, "config", str(path), lines)
    config = from_dict(data, path.parent.resolve(), str(path))
    config.lines = lines
    return config


def from_dict(data: dict[str, Any], root: Path, source: str | None) -> Config:
    return Config(
        root=root,
        source=source,
        packs=list(data.get("packs", [])),
        dialect=data.get("dialect", "postgres"),
        dialect_paths=list(data.get("dialects", {}).items()),
        include=tuple(data.get("include", DEFAULT_INCLUDE)),
        exclude=tuple(data.get("exclude", ())),
        fail_on=data.get("fail_on", "error"),
        severity={rule: "off" if level is False else level for rule, level in data.get("severity", {}).items()},
        purpose_paths=list(data.get("purposes", {}).get("paths", {}).items()),
        roles=dict(data.get("roles", {})),
        catalog=data.get("catalog", {}),
        datasets=list(data.get("datasets", [])),
        search_path=tuple(name.lower() for name in data.get("search_path", ()))
        or (DEFAULT_SCHEMA.get(data.get("dialect", "postgres"), "public"),),
        home_schema=DEFAULT_SCHEMA.get(data.get("dialect", "postgres"), "public"),
        min_coverage=data.get("min_coverage"),
        accepted_inputs=list(data.get("accept", [])),
    )


def _has_tool_section(pyproject: Path) -> bool:
    import tomllib  # only for repositories with a pyproject.toml

    from checker.safe_read import read_text

    try:
        return "privgate" in tomllib.loads(read_text(pyproject)).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False


def _read_pyproject(path: Path) -> dict[str, Any]:
    import tomllib

    from checker.safe_read import read_text

    try:
        document = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        raise ConfigError(f"invalid TOML: {error.msg if hasattr(error, 'msg') else error}",
                          str(path), line) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read: {error}", str(path)) from None
    except RecursionError:
        raise ConfigError("invalid TOML: nested too deeply", str(path)) from None
    tool = document.get("tool", {})
    table = tool.get("privgate", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):  # `tool.privgate = 5`: the schema would quote the value, say what it is instead
        raise ConfigError("[tool.privgate] must be a table", str(path))
    return table

