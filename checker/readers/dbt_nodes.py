"""What a dbt project's `ref` and `source` can name, as dbt resolves them: the models (SQL and Python),
seeds and snapshots of the project and of each package installed in `dbt_packages/`, the versions of
versioned models, the sources of every schema file, and whether a model is enabled (its `config()`,
its schema file's `config`, its folder's `+enabled` in dbt_project.yml).

A seed is a relation whose columns are its CSV file's header (types unknown), so lineage through a
seed reads its columns; the project's own seeds are tables of its warehouse (judged), a package's are
read for lineage only, as its models are.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.readers.ddl import TableDefinition

if TYPE_CHECKING:
    from checker.readers.dbt import DbtModel, DbtProject

# model name -> disabled, per project, found on first ask (kept out of the project: its fingerprint keys caches)
_DISABLED: dict[int, tuple[DbtProject, dict[str, Any]]] = {}
# a folder's `+enabled` Jinja -> its rendered value, per project (it reads the root project's vars only)
_FOLDER_FLAGS: dict[int, tuple[DbtProject, dict[str, Any]]] = {}
SEED_HEADER_BYTES = 1 << 20  # a seed's header line longer than this is not read
_SNAPSHOT_NAME = re.compile(r"\{%-?\s*snapshot\s+(\w+)\s*-?%\}")
_CONFIG_CALL = re.compile(r"\{\{-?\s*config\s*\((?:[^{}]|\{[^{}]*\})*?\)\s*-?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Resolved:
    """What a `ref(...)` names: the relation to read, and why dbt would refuse it (None when it resolves)."""

    relation: str
    missing: str | None = None


def shown_ref(names: tuple[Any, ...], version: Any = None) -> str:
    """A ref call as the model writes it: `ref('stg_orders')`, `ref('jaffle', 'orders', v=2)`."""
    args = [f"'{name}'" for name in names] + ([f"v={version!r}"] if version is not None else [])
    return f"ref({', '.join(args)})"


def read_nodes(project: DbtProject, settings: dict[str, Any]) -> None:
    """The root project's Python models and seeds, then each installed package's nodes and sources."""
    own = project.nodes.setdefault(project.name, {})
    for model in project.models.values():
        own[model.name.lower()] = model.kind
    for snapshot in project.yaml_snapshots:
        own.setdefault(snapshot.name, "snapshot")
    for model_path in project.model_paths:
        for file in _files(project.root / model_path, "*.py"):
            own.setdefault(file.stem.lower(), "model")
    for file in _files_in(project.root, settings.get("seed-paths") or ["seeds"], "*.csv"):
        _add_seed(project, file, own, project.definitions)
    packages = project.root / "dbt_packages"
    for package in sorted(packages.iterdir()) if packages.is_dir() else []:
        if package.is_dir():
            _read_package(project, package)


def _read_package(project: DbtProject, package: Path) -> None:
    """An installed package's models, seeds (with their header), snapshots and sources."""
    from checker.readers.dbt import PROJECT_FILE, DbtDocumentError, _project_settings

    try:
        settings = _project_settings(package / PROJECT_FILE) if (package / PROJECT_FILE).exists() else {}
    except DbtDocumentError:  # reported once, where its macros are read
        settings = {}
    name = str(settings.get("name") or package.name)
    nodes = project.nodes.setdefault(name, {})
    for file in _files_in(package, settings.get("model-paths") or settings.get("source-paths") or ["models"], "*.sql", "*.py"):
        nodes.setdefault(file.stem.lower(), "model")
    for file in _files_in(package, settings.get("snapshot-paths") or ["snapshots"], "*.sql"):
        for found in _SNAPSHOT_NAME.finditer(_text(file)):
            nodes.setdefault(found.group(1).lower(), "snapshot")
    for file in _files_in(package, settings.get("seed-paths") or ["seeds"], "*.csv"):
        _add_seed(project, file, nodes, project.package_definitions)
    for file in _files_in(package, settings.get("model-paths") or ["models"], "*.yml", "*.yaml"):
        _package_sources(project, file)


def _package_sources(project: DbtProject, file: Path) -> None:
    """A package schema file's sources (their relations), for a `source()` of the root project's models."""
    from checker.readers.dbt import DbtDocumentError, _yaml

    try:
        document = _yaml(file)
    except DbtDocumentError:
        return
    for source in document.get("sources") or [] if isinstance(document, dict) else []:
        if not isinstance(source, dict) or not source.get("name"):
            continue
        schema = str(source.get("schema") or source["name"]).lower()
        for table in source.get("tables") or []:
            if isinstance(table, dict) and table.get("name"):
                relation = f"{schema}.{str(table.get('identifier') or table['name']).lower()}"
                project.package_sources.setdefault((str(source["name"]), str(table["name"])), relation)


def _add_seed(project: DbtProject, file: Path, nodes: dict[str, str], definitions: dict[str, TableDefinition]) -> None:
    """A seed: a node, and a relation whose columns are its CSV header (none when it has no header)."""
    from checker.readers.dbt import _shown

    name = file.stem.lower()
    nodes.setdefault(name, "seed")
    columns = seed_header(file)
    if columns and name not in definitions:
        definitions[name] = TableDefinition(name, {column: None for column in columns}, _shown(project, file), 1)


def seed_header(file: Path) -> list[str]:
    """A seed CSV's column names (lower case), from its first line; [] when it cannot be read."""
    from checker.safe_read import open_regular

    try:
        with open_regular(file, None) as handle:
            line = handle.readline(SEED_HEADER_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    row = next(csv.reader([line.rstrip("\r\n")]), [])
    return list(dict.fromkeys(cell.strip().lower() for cell in row if cell.strip()))


def read_versions(project: DbtProject, entry: dict[str, Any]) -> None:
    """A versioned model's versions (`versions: [{v: 2, defined_in: ...}]`, `latest_version`) from a
    schema file: the model file of each version (`<name>_v<v>` unless `defined_in` says)."""
    name = str(entry["name"]).lower()
    versions = {str(item["v"]): str(item.get("defined_in") or f"{name}_v{item['v']}").lower()
                for item in entry.get("versions") or [] if isinstance(item, dict) and item.get("v") is not None}
    if not versions:
        return
    project.versions[name] = versions
    latest = entry.get("latest_version")
    project.latest_version[name] = str(latest) if latest is not None else max(versions, key=_version_key)


def version_entries(entry: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each version of a versioned model's schema entry as the entry of the model that defines it
    (`<name>_v<v>` unless `defined_in` says), with its columns as dbt gives them: the top-level ones
    its `include` / `exclude` item selects (all by default), then its own (a column of the same name
    replacing the top-level one)."""
    name = str(entry["name"]).lower()
    top = [column for column in entry.get("columns") or [] if isinstance(column, dict) and column.get("name")]
    found = []
    for item in entry.get("versions") or []:
        if not isinstance(item, dict) or item.get("v") is None:
            continue
        listed = item.get("columns")
        columns = top if listed is None else _version_columns(top, [column for column in listed if isinstance(column, dict)])
        found.append((str(item.get("defined_in") or f"{name}_v{item['v']}").lower(), {**entry, **item, "columns": columns}))
    return found


def _version_columns(top: list[dict[str, Any]], listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A version's columns from its `columns:` list (`- include: all` / `[a, b]`, `exclude: [c]`, then columns)."""
    selection = next((item for item in listed if "include" in item), {"include": "all"})
    included, excluded = selection.get("include"), {str(name).lower() for name in selection.get("exclude") or []}
    chosen = [column for column in top if (included in ("all", "*") or str(column["name"]).lower() in
                                           {str(name).lower() for name in included or []})
              and str(column["name"]).lower() not in excluded]
    own = {str(column["name"]).lower(): column for column in listed if column.get("name")}
    return [column for column in chosen if str(column["name"]).lower() not in own] + list(own.values())


def _version_key(version: str) -> tuple[int, float | str]:
    try:
        return (1, float(version))
    except ValueError:
        return (0, version)


def resolve_ref(project: DbtProject, names: tuple[Any, ...], kwargs: dict[str, Any]) -> Resolved:
    """`ref('model')`, `ref('package', 'model')`, `ref('model', v=2)` as dbt resolves them: the relation
    privgate reads, and what dbt would say when it names nothing the project or its packages define."""
    if not names:
        return Resolved("")
    name = str(names[-1]).lower()
    package = str(names[0]) if len(names) > 1 else None
    version = kwargs.get("v", kwargs.get("version"))
    shown = shown_ref(names, version)
    if name in project.versions and (package is None or package == project.name):
        wanted = str(version) if version is not None else project.latest_version[name]
        found = project.versions[name].get(wanted)
        if found is None:
            return Resolved(name, f"{shown} names version {wanted} of {name}, which it does not declare")
        return Resolved(found)
    if version is not None:
        return Resolved(name, f"{shown} names a version of {name}, which declares no versions")
    if package is not None and package not in project.nodes:
        return Resolved(name, f"{shown} names package {package}, which is not installed in dbt_packages/")
    scopes = [package] if package is not None else list(project.nodes)
    if not any(name in project.nodes[scope] for scope in scopes):
        where = f"package {package}" if package is not None else "the project or its installed packages"
        return Resolved(name, f"{shown} names no model, seed or snapshot of {where}")
    if package in (None, project.name) and name in project.nodes.get(project.name, {}) and model_disabled(project, name):
        return Resolved(name, f"{shown} names a model that is disabled (enabled is false under the project's vars)")
    return Resolved(name)


def source_missing(project: DbtProject, source_name: Any, table_name: Any) -> str | None:
    """What dbt would say of a `source()` no schema file of the project or its packages declares."""
    key = (str(source_name), str(table_name))
    if key in project.sources or key in project.package_sources:
        return None
    return f"source('{source_name}', '{table_name}') names a source table no schema file declares"


def _per_project(memo: dict[int, tuple[DbtProject, dict[str, Any]]], project: DbtProject) -> dict[str, Any]:
    """The answers `memo` keeps for this project object (a new one under a reused id starts empty)."""
    if id(project) not in memo or memo[id(project)][0] is not project:
        memo[id(project)] = (project, {})
    return memo[id(project)][1]


def model_disabled(project: DbtProject, name: str) -> bool:
    """Whether the project's model `name` is disabled: its `config(enabled=...)`, else its schema file's
    config, else its folder's `+enabled` (evaluated once per process)."""
    known = _per_project(_DISABLED, project)
    if name not in known:
        model = next((model for model in project.models.values() if model.name.lower() == name), None)
        known[name] = model is not None and not enabled_of(project, model, _text(_model_file(project, model)))
    return known[name]


def enabled_of(project: DbtProject, model: DbtModel, text: str, configured: dict[str, Any] | None = None) -> bool:
    """A model's `enabled`: its own `config()` (given, or read from `text`), its schema file, its folder."""
    from checker.readers.dbt_render import is_false, model_config

    config = configured if configured is not None else model_config(project, model, text) if "enabled" in text else {}
    if "enabled" in config:
        return not is_false(config["enabled"])
    if model.name.lower() in project.enabled_in_schema:
        return project.enabled_in_schema[model.name.lower()]
    inside = model.relative[len(project.prefix):]
    for prefix, value in project.folder_enabled:
        if inside.startswith(prefix):
            return not is_false(_rendered_flag(project, model, value))
    return True


def _rendered_flag(project: DbtProject, model: DbtModel, value: Any) -> Any:
    """A folder's `+enabled`, rendered when it is Jinja (`"{{ var('enable_dq', false) | as_bool }}"`), once
    per project: the same flag covers every model of its folder (the Tuva Project asks it 33,000 times)."""
    if not isinstance(value, str) or "{{" not in value:
        return value
    from checker.readers.dbt_render import render_value

    known = _per_project(_FOLDER_FLAGS, project)
    if value not in known:
        known[value] = render_value(project, model, value)
    return known[value]


def folder_enabled(tree: dict[str, Any], project: DbtProject) -> list[tuple[str, Any]]:
    """`models: {<project>: {data_quality: {+enabled: false}}}` -> [("models/data_quality/", False)],
    the deepest folder first."""
    found: list[tuple[str, Any]] = []

    def walk(node: Any, path: list[str]) -> None:
        if not isinstance(node, dict):
            return
        for key in ("+enabled", "enabled"):
            if key in node and not isinstance(node[key], dict):
                found.extend((f"{model_path}/{'/'.join(path)}".rstrip("/") + "/", node[key])
                             for model_path in project.model_paths)
                break
        for key, child in node.items():
            if not key.startswith("+") and isinstance(child, dict):
                walk(child, path + [key])

    for key, child in tree.items():
        if key == project.name:
            walk(child, [])
    return sorted(found, key=lambda item: -len(item[0]))


def config_calls(text: str) -> str:
    """The `{{ config(...) }}` expressions of a model's text, alone."""
    return "\n".join(found.group(0) for found in _CONFIG_CALL.finditer(text))


def _model_file(project: DbtProject, model: DbtModel) -> Path:
    return project.root / model.relative[len(project.prefix):]


def _text(file: Path) -> str:
    from checker.safe_read import read_text

    try:
        return read_text(file)
    except (OSError, UnicodeDecodeError):
        return ""


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.rglob(pattern)) if folder.is_dir() else []


def _files_in(base: Path, folders: list[str], *patterns: str) -> list[Path]:
    """The files matching `patterns` below each of `folders` of a project at `base` (none leaving it)."""
    from checker.readers.dbt import _inside

    return [file for folder in folders if isinstance(folder, str) and _inside(base, folder)
            for pattern in patterns for file in _files(base / folder, pattern)]
