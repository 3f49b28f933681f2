"""dbt projects: `dbt_project.yml`, models, snapshots and sources from schema files (columns, `meta`,
tags), model SQL rendered as dbt renders it (checker.readers.dbt_render), or `target/manifest.json`
when it has compiled code (`dbt compile` in CI writes it).

Column annotations, in the order they win: `meta: {privgate: <category>|none}` (or
`{privgate: {category: ...}}`), then the community markers `meta.contains_pii` / `meta.pii` /
`meta.sensitive` and the tags `pii`, `contains_pii`, `sensitive`, which say "personal data" without a
category: the column's name then proposes one. A model's purpose comes from `meta.purpose` (or
`meta.privgate.purpose`) of the model, else `+meta: {purpose: ...}` of its folder in dbt_project.yml.

Snapshots (`{% snapshot %}` blocks in the snapshot paths) are models and tables that keep every version
of a row; a snapshot declared in YAML (checker.readers.dbt_snapshots) is a table only. Macros, tests,
analyses, nested dbt projects (`integration_tests/`) and installed packages are Jinja, not queries:
they are never scanned.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.catalog import PERSONAL
from checker.errors import ConfigError, PrivgateError
from checker.facts import InputProblem
from checker.readers.dbt_nodes import folder_enabled, read_nodes, read_versions, version_entries
from checker.readers.dbt_snapshots import YamlSnapshot, define_yaml_snapshots, yaml_snapshot
from checker.readers.ddl import NOT_PERSONAL, TableDefinition
from checker.readers.markers import PII_MARKERS, described_personal
from checker.records import MutableRecord
from checker.yamlio import LineMap, load_yaml_file

if TYPE_CHECKING:
    from checker.catalog import Catalog

PROJECT_FILE = "dbt_project.yml"
SNAPSHOT_HISTORY = "a dbt snapshot keeps every version of a row (dbt_valid_from/dbt_valid_to)"
_SNAPSHOT = re.compile(r"\{%-?\s*snapshot\s+(\w+)\s*-?%\}(.*?)\{%-?\s*endsnapshot\s*-?%\}", re.DOTALL)
_NOT_WALKED = {".git", ".venv", "venv", "node_modules", "target", "dbt_packages", "logs", "__pycache__"}


class DbtError(PrivgateError):
    """A dbt file privgate cannot read or render."""


class DbtDocumentError(DbtError):
    """A dbt document (dbt_project.yml, a schema file, the manifest) that cannot be read or has the
    wrong shape: an input finding for that file, never the end of the scan."""

    def problem(self, relative: str) -> InputProblem:
        kind = "unreadable" if self.message.startswith("cannot read") else "unparsable"
        return InputProblem(relative, self.line or 1, self.column or 1, self.message, kind)


@dataclass(eq=False, repr=False)
class DbtModel(MutableRecord):
    name: str
    relative: str  # path relative to the privgate project root
    purpose: str | None = None
    purpose_source: str | None = None
    compiled: str | None = None  # from target/manifest.json
    kind: str = "model"  # or "snapshot"


@dataclass(eq=False, repr=False)
class DbtProject(MutableRecord):
    root: Path
    prefix: str  # the dbt project's folder relative to the privgate root ("" or "transform/")
    name: str
    model_paths: tuple[str, ...]
    variables: dict[str, Any]
    models: dict[str, DbtModel] = field(default_factory=dict)  # relative path -> model (or snapshot)
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (source, table) -> relation
    definitions: dict[str, TableDefinition] = field(default_factory=dict)
    macro_files: tuple[str, ...] = ()  # absolute paths of macro files (the file cache hashes them)
    macro_sources: tuple[tuple[str, str, str], ...] = ()  # (package, shown path, absolute path) of each macro file
    core_macros: int = 0  # how many of macro_sources, at their start, are installed dbt's own global macros
    package_vars: dict[str, dict[str, Any]] = field(default_factory=dict)  # package -> its own vars (defaults)
    given_vars: dict[str, Any] = field(default_factory=dict)  # --vars / catalog.dbt_vars: over every scope (checker.dbt_vars)
    dispatch: dict[str, tuple[str, ...]] = field(default_factory=dict)  # macro namespace -> search order
    dialect: str | None = None  # the adapter's SQL dialect when the project says (else the file's dialect)
    not_sql: tuple[str, ...] = ()  # folders of Jinja that is not a query (macros, tests, analyses ...), relative to the root
    not_sql_why: dict[str, str] = field(default_factory=dict)  # each of those folders -> what it holds
    folder_purposes: list[tuple[str, str]] = field(default_factory=list)  # model path prefix -> purpose
    problems: list[InputProblem] = field(default_factory=list)  # schema files and manifest that could not be used
    # what refs and sources can name (checker.readers.dbt_nodes): package (the project's own name too) -> its
    # models, seeds and snapshots by name -> kind; the sources of installed packages; versioned models
    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    package_sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (source, table) -> relation
    package_definitions: dict[str, TableDefinition] = field(default_factory=dict)  # packages' seeds: lineage only
    versions: dict[str, dict[str, str]] = field(default_factory=dict)  # model -> version -> its file's name
    latest_version: dict[str, str] = field(default_factory=dict)
    enabled_in_schema: dict[str, bool] = field(default_factory=dict)  # model -> `config: {enabled: ...}` of its schema file
    folder_enabled: list[tuple[str, Any]] = field(default_factory=list)  # model path prefix -> `+enabled` (deepest first)
    seed_entries: set[str] = field(default_factory=set)  # seeds a schema file describes
    yaml_snapshots: list[YamlSnapshot] = field(default_factory=list)  # snapshots declared in schema files (dbt 1.9+)
    # set by checker.dbt_cache: the project's fingerprint, and a digest of the stamps of the files it was read from
    _digest: str | None = field(default=None, compare=False)
    _inputs: str | None = field(default=None, compare=False)

    def skips(self, relative: str) -> bool:
        """Macros, tests, analyses, installed packages and nested dbt projects are not queries to scan."""
        return relative.startswith(self.not_sql)

    def skipped_as(self, relative: str) -> tuple[str, str] | None:
        """The folder `skips` leaves `relative` out by, and what that folder holds; None if not skipped."""
        folder = next((folder for folder in self.not_sql if relative.startswith(folder)), None)
        return None if folder is None else (folder, self.not_sql_why[folder])

    def model_at(self, relative: str) -> DbtModel | None:
        return self.models.get(relative)

    def sql_for(self, model: DbtModel, text: str, catalog: Catalog | None = None, dialect: str | None = None) -> str:
        """The model's SQL: the manifest's compiled code, else the template rendered in the sandbox
        (introspection answered from `catalog`)."""
        return model.compiled if model.compiled is not None else render(self, model, text, catalog, dialect)

    def refs_of(self, text: str) -> list[str]:
        return re.findall(r"ref\(\s*(?:['\"][A-Za-z0-9_]+['\"]\s*,\s*)?['\"]([A-Za-z0-9_]+)['\"]", text)

    def vars_for(self, package: str) -> dict[str, Any]:
        """dbt's var scoping: a package's own defaults, the project's global vars, then the vars nested
        under the package's (or the project's) name; the vars given from outside the project (--vars) win."""
        scopes = {self.name, *self.package_vars}
        nested = self.variables.get(package)
        return {**self.package_vars.get(package, {}),
                **{key: value for key, value in self.variables.items() if not (key in scopes and isinstance(value, dict))},
                **(nested if isinstance(nested, dict) else {}),
                **self.given_vars}


def load_dbt_project(root: Path, folder: str | None, given_vars: dict[str, Any] | None = None) -> DbtProject | None:
    """The dbt project in `folder` (relative to the privgate root) or at the root, if any, run with
    `given_vars` as dbt's --vars."""
    base = (root / folder) if folder else root
    project_file = base / PROJECT_FILE
    if not project_file.exists():
        if folder:
            raise DbtError(f"no {PROJECT_FILE} in {folder}")
        return None
    settings = _project_settings(project_file)
    prefix = "" if base.resolve() == root.resolve() else base.resolve().relative_to(root.resolve()).as_posix() + "/"
    project = DbtProject(
        root=base.resolve(), prefix=prefix, name=str(settings.get("name", "dbt_project")),
        model_paths=tuple(settings.get("model-paths") or settings.get("source-paths") or ["models"]),
        variables=dict(settings.get("vars") or {}), given_vars=dict(given_vars or {}),
        dispatch={str(entry["macro_namespace"]): tuple(str(p) for p in entry.get("search_order") or ())
                  for entry in settings.get("dispatch") or [] if isinstance(entry, dict) and entry.get("macro_namespace")},
    )
    project.folder_purposes = _folder_purposes(settings.get("models") or {}, project)
    project.folder_enabled = folder_enabled(settings.get("models") or {}, project)
    _read_packages(project, settings)
    schema_files: list[Path] = []
    snapshot_files: list[Path] = []
    for model_path in project.model_paths:
        folder_path = project.root / model_path
        for file in sorted(folder_path.rglob("*.sql")) if folder_path.is_dir() else []:
            relative = _shown(project, file)
            project.models[relative] = DbtModel(file.stem, relative)
        schema_files += sorted([*folder_path.rglob("*.yml"), *folder_path.rglob("*.yaml")]) if folder_path.is_dir() else []
    for snapshot_path in settings.get("snapshot-paths") or ["snapshots"]:
        folder_path = project.root / snapshot_path
        snapshot_files += sorted(folder_path.rglob("*.sql")) if folder_path.is_dir() else []
        schema_files += sorted([*folder_path.rglob("*.yml"), *folder_path.rglob("*.yaml")]) if folder_path.is_dir() else []
    for seed_path in settings.get("seed-paths") or ["seeds"]:
        folder_path = project.root / seed_path
        schema_files += sorted([*folder_path.rglob("*.yml"), *folder_path.rglob("*.yaml")]) if folder_path.is_dir() else []
    by_name: dict[str, list[DbtModel]] = {}
    for model in project.models.values():
        by_name.setdefault(model.name.lower(), []).append(model)
    for file in schema_files:
        try:
            _read_schema_file(project, file, by_name)
        except DbtDocumentError as error:
            project.problems.append(error.problem(_shown(project, file)))
    for file in snapshot_files:
        _read_snapshot(project, file)
    seeds = {name: project.definitions.pop(name) for name in sorted(project.seed_entries) if name in project.definitions}
    read_nodes(project, settings)
    for name, described in seeds.items():  # a seed's schema file entry annotates the columns of its header
        _merge_seed(project, name, described)
    define_yaml_snapshots(project, SNAPSHOT_HISTORY)
    nested = _nested_projects(project.root)
    project.not_sql_why = {
        **{prefix + path + "/": "a nested dbt project, judged only with a privgate.yaml of its own" for path in nested},
        **{prefix + str(path).strip("/") + "/": what for key, default, what in
           (("macro-paths", ["macros"], "dbt macros"), ("test-paths", ["tests"], "dbt tests"),
            ("analysis-paths", ["analyses"], "dbt analyses")) for path in (settings.get(key) or default)},
        prefix + "dbt_packages/": "installed dbt packages"}
    project.not_sql = tuple(project.not_sql_why)
    _apply_folder_purposes(project)
    manifest = project.root / "target" / "manifest.json"
    if manifest.exists():
        try:
            _read_manifest(project, manifest)
        except DbtDocumentError as error:  # the models are rendered from their templates instead
            project.problems.append(error.problem(_shown(project, manifest)))
    return project


def _merge_seed(project: DbtProject, name: str, described: TableDefinition) -> None:
    """A seed's header columns with what its schema file declares of them (the declaration wins)."""
    header = project.definitions.get(name)
    if header is None:
        project.definitions[name] = described
        return
    header.columns.update(described.columns)
    header.descriptions.update(described.descriptions)


def _shown(project: DbtProject, file: Path) -> str:
    """A dbt file's path relative to the privgate root."""
    return project.prefix + file.relative_to(project.root).as_posix()


_PATH_LISTS = ("model-paths", "source-paths", "snapshot-paths", "seed-paths", "macro-paths", "test-paths",
               "analysis-paths")
_MAPPINGS = ("vars", "models")


def _project_settings(path: Path) -> dict[str, Any]:
    """dbt_project.yml, checked for the shapes privgate relies on."""
    settings, lines = _yaml_with_lines(path)
    if settings is None:
        return {}
    if not isinstance(settings, dict):
        raise DbtDocumentError(f"{PROJECT_FILE} must be a mapping, found {_kind(settings)}", str(path), 1)
    for key in _PATH_LISTS:
        value = settings.get(key)
        if value is not None and not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
            raise DbtDocumentError(f"`{key}` must be a list of folder names, found {_kind(value)}", str(path),
                                   *lines.position((key,)))
        for index, item in enumerate(value or []):
            if not _inside(path.parent, item):
                raise DbtDocumentError(f"`{key}` names a folder outside the dbt project ({key}[{index}]); privgate "
                                       "reads only files inside it", str(path), *lines.position((key, index)))
    if settings.get("name") is not None and not isinstance(settings["name"], str):
        raise DbtDocumentError(f"`name` must be a string, found {_kind(settings['name'])}", str(path),
                               *lines.position(("name",)))
    for key in _MAPPINGS:
        value = settings.get(key)
        if value is not None and not isinstance(value, dict):
            raise DbtDocumentError(f"`{key}` must be a mapping, found {_kind(value)}", str(path), *lines.position((key,)))
    if settings.get("dispatch") is not None and not isinstance(settings["dispatch"], list):
        raise DbtDocumentError(f"`dispatch` must be a list, found {_kind(settings['dispatch'])}", str(path),
                               *lines.position(("dispatch",)))
    return settings


def _inside(base: Path, folder: str) -> bool:
    """True when `folder` of a dbt project at `base` stays inside it (no absolute path, no `..` or
    symlink leading out)."""
    if os.path.isabs(folder):
        return False
    return (base / folder).resolve().is_relative_to(base.resolve())


def _kind(value: Any) -> str:
    """What a value is, for a message (never the value itself)."""
    return {dict: "a mapping", list: "a list", str: "a string", bool: "true or false", type(None): "nothing"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _read_packages(project: DbtProject, settings: dict[str, Any]) -> None:
    """dbt's own global macros where dbt is installed, the project's macros, then each installed
    package's (its name from its dbt_project.yml)."""
    from checker.readers.dbt_core import core_macro_files

    core = [("dbt", shown, path) for shown, path in core_macro_files()]
    project.core_macros = len(core)
    sources = core + [(project.name, _shown(project, file), str(file))
               for path in settings.get("macro-paths") or ["macros"]
               for file in sorted((project.root / path).rglob("*.sql"))]
    packages = project.root / "dbt_packages"
    for package in sorted(packages.iterdir()) if packages.is_dir() else []:
        try:
            package_settings = _project_settings(package / PROJECT_FILE) if (package / PROJECT_FILE).exists() else {}
        except DbtDocumentError as error:  # the package's macros are still read, under its folder's name
            project.problems.append(error.problem(_shown(project, package / PROJECT_FILE)))
            package_settings = {}
        name = str(package_settings.get("name") or package.name)
        project.package_vars[name] = dict(package_settings.get("vars") or {})
        for path in package_settings.get("macro-paths") or ["macros"]:
            sources += [(name, _shown(project, file), str(file))
                        for file in sorted((package / path).rglob("*.sql"))]
    project.macro_sources = tuple(sources)
    project.macro_files = tuple(path for _, _, path in sources)


def _nested_projects(root: Path) -> list[str]:
    """Folders below the project with their own dbt_project.yml (integration_tests/ ...)."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in _NOT_WALKED and not d.startswith("."))
        if PROJECT_FILE in files and Path(folder) != root:
            found.append(Path(folder).relative_to(root).as_posix())
            subfolders[:] = []
    return found


def _read_snapshot(project: DbtProject, file: Path) -> None:
    """A snapshot file: a model named after its (first) snapshot block, and a table defined at the
    block's line whose columns are the select's; it keeps history, which retention rules judge."""
    from checker.safe_read import read_text

    try:
        text = read_text(file)
    except (OSError, UnicodeDecodeError):
        return
    block = _SNAPSHOT.search(text)
    if block is None:
        return
    relative = _shown(project, file)
    model = project.models[relative] = DbtModel(block.group(1), relative, kind="snapshot")
    line = text.count("\n", 0, block.start()) + 1
    try:
        sql = render(project, model, text)
    except DbtError:
        sql = ""  # the scan reports it at the model's line
    columns = _select_columns(project, sql)
    name = block.group(1).lower()
    project.definitions[name] = TableDefinition(name, {column: None for column in columns}, relative, line,
                                                time_travel=SNAPSHOT_HISTORY)


def _snapshot_body(text: str) -> str:
    """The selects of a snapshot file, each block's tags blanked with their lines kept."""
    def body(match: re.Match[str]) -> str:
        opening = match.group(0)[:match.start(2) - match.start(0)]
        closing = match.group(0)[match.end(2) - match.start(0):]
        return "\n" * opening.count("\n") + match.group(2) + ";" + "\n" * closing.count("\n")
    found = list(_SNAPSHOT.finditer(text))
    if not found:
        return text
    kept, last = [], 0
    for match in found:
        kept.append("\n" * text.count("\n", last, match.start()))
        kept.append(body(match))
        last = match.end()
    return "".join(kept) + "\n" * text.count("\n", last)


def _select_columns(project: DbtProject, sql: str) -> list[str]:
    """The output columns of a snapshot's select; `*` expands from the sources and models the project
    describes (else it names no column, and lineage fills the table in)."""
    import sqlglot  # noqa: PLC0415
    from sqlglot import expressions

    try:
        statement = next((s for s in sqlglot.parse(sql, read=project.dialect) if s is not None), None)
    except sqlglot.errors.SqlglotError:
        return []
    if not isinstance(statement, expressions.Query):
        return []
    columns: list[str] = []
    for selected in statement.selects:
        if isinstance(selected, expressions.Star) or (isinstance(selected, expressions.Column) and selected.is_star):
            for table in statement.find_all(expressions.Table):
                name = ".".join(part for part in (table.db, table.name) if part).lower()
                definition = project.definitions.get(name) or project.definitions.get(table.name.lower())
                columns += list(definition.columns) if definition else []
        elif selected.alias_or_name:
            columns.append(selected.alias_or_name.lower())
    return list(dict.fromkeys(columns))


def _yaml(path: Path) -> Any:
    return _yaml_with_lines(path)[0]


def _yaml_with_lines(path: Path) -> tuple[Any, LineMap]:
    """A dbt YAML file through privgate's bounded loader (regular file, size, values, depth; a
    repeated key keeps its last value as in dbt)."""
    try:
        return load_yaml_file(path, duplicates=True)
    except ConfigError as error:
        raise DbtDocumentError(error.message, str(path), error.line, error.column) from None


def _column_annotation(column: dict[str, Any]) -> str | None:
    meta = column.get("meta") or (column.get("config") or {}).get("meta") or {}
    declared = meta.get("privgate")
    if isinstance(declared, dict):
        declared = declared.get("category")
    if isinstance(declared, str):
        return NOT_PERSONAL if declared == "none" else declared
    tags = {str(tag).lower() for tag in column.get("tags") or []} | {str(tag).lower() for tag in (column.get("config") or {}).get("tags") or []}
    if any(meta.get(marker) is True for marker in PII_MARKERS) or tags & PII_MARKERS:
        return PERSONAL
    if described_personal(str(column.get("description") or "")):
        return PERSONAL
    return None


def _columns(entry: dict[str, Any]) -> dict[str, str | None]:
    return {str(column["name"]).lower(): _column_annotation(column)
            for column in entry.get("columns") or [] if isinstance(column, dict) and column.get("name")}


def _definition(name: str, entry: dict[str, Any], where: str) -> TableDefinition:
    """A model's or source table's columns, their annotations and their descriptions (not one a
    Jinja expression writes, such as `{{ doc("email") }}`: privgate does not render docs blocks)."""
    described = {str(column["name"]).lower(): " ".join(column["description"].split())
                 for column in entry.get("columns") or []
                 if isinstance(column, dict) and column.get("name") and isinstance(column.get("description"), str)
                 and column["description"].strip() and "{{" not in column["description"] and "{%" not in column["description"]}
    return TableDefinition(name, _columns(entry), where, descriptions=described)


def _read_schema_file(project: DbtProject, file: Path, by_name: dict[str, list[DbtModel]]) -> None:
    """A schema file's models (columns, purpose from `meta`) and sources; `by_name` finds the models
    an entry describes (one lookup per entry, whatever the project's size); a wrong shape is a
    DbtDocumentError at its line."""
    document, lines = _yaml_with_lines(file)
    if document is None:
        return
    if not isinstance(document, dict):
        raise DbtDocumentError(f"a dbt schema file must be a mapping, found {_kind(document)}", str(file), 1)
    for key in ("models", "sources", "snapshots", "seeds"):
        if document.get(key) is not None and not isinstance(document[key], list):
            raise DbtDocumentError(f"`{key}` must be a list, found {_kind(document[key])}", str(file),
                                   *lines.position((key,)))
    for key in ("models", "sources", "snapshots", "seeds"):
        for index, entry in enumerate(document.get(key) or []):
            if not isinstance(entry, dict):
                raise DbtDocumentError(f"{key}[{index}] must be a mapping, found {_kind(entry)}", str(file),
                                       *lines.position((key, index)))
            for inner in ("columns", "tables"):
                value = entry.get(inner) if isinstance(entry, dict) else None
                if value is not None and not (isinstance(value, list) and all(isinstance(item, dict) for item in value)):
                    raise DbtDocumentError(f"`{inner}` of {key}[{index}] must be a list of mappings, found "
                                           f"{_kind(value) if not isinstance(value, list) else 'other values in it'}",
                                           str(file), *lines.position((key, index, inner)))
    where = _shown(project, file)
    for index, entry in enumerate(document.get("snapshots") or []):
        snapshot = yaml_snapshot(entry, where, lines.position(("snapshots", index))[0], _columns(entry))
        project.yaml_snapshots += [snapshot] if snapshot else []
    try:
        _schema_entries(project, file, document, by_name)
    except (AttributeError, TypeError, ValueError) as error:  # a shape the checks above do not name
        raise DbtDocumentError(f"unexpected shape in a dbt schema file ({type(error).__name__})", str(file)) from None


def _schema_entries(project: DbtProject, file: Path, document: dict[str, Any],
                    by_name: dict[str, list[DbtModel]]) -> None:
    where = _shown(project, file)
    for entry in document.get("models") or []:
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        read_versions(project, entry)
        # a versioned model is its versions' relations (`dim_customers_v2`): dbt builds none under the bare name
        for name, described in version_entries(entry) or [(str(entry["name"]).lower(), entry)]:
            _model_entry(project, name, described, where, by_name)
    for entry in document.get("seeds") or []:
        if isinstance(entry, dict) and entry.get("name") and entry.get("columns"):
            name = str(entry["name"]).lower()
            project.definitions[name] = _definition(name, entry, where)
            project.seed_entries.add(name)
    for source in document.get("sources") or []:
        if not isinstance(source, dict) or not source.get("name"):
            continue
        schema = _rendered(project, where, str(source.get("schema") or source["name"])).lower()
        for table in source.get("tables") or []:
            if not isinstance(table, dict) or not table.get("name"):
                continue
            relation = f"{schema}.{_rendered(project, where, str(table.get('identifier') or table['name'])).lower()}"
            project.sources[(str(source["name"]), str(table["name"]))] = relation
            project.definitions[relation] = _definition(relation, table, where)


def _model_entry(project: DbtProject, name: str, entry: dict[str, Any], where: str,
                 by_name: dict[str, list[DbtModel]]) -> None:
    """A model's schema entry (a versioned model's, or one of its versions'): its columns, whether it is
    enabled, its purpose."""
    project.definitions[name] = _definition(name, entry, where)
    enabled = (entry.get("config") or {}).get("enabled") if isinstance(entry.get("config"), dict) else None
    if isinstance(enabled, bool):
        project.enabled_in_schema[name] = enabled
    meta = entry.get("meta") or (entry.get("config") or {}).get("meta") or {}
    purpose = meta.get("purpose") or (meta.get("privgate") or {}).get("purpose") if isinstance(meta, dict) else None
    for model in by_name.get(name, ()) if purpose else ():
        model.purpose, model.purpose_source = str(purpose), f"dbt meta in {where}"


def _rendered(project: DbtProject, where: str, value: str) -> str:
    """A schema file's value with Jinja (`schema: "{{ var('raw_schema', 'raw') }}"`) rendered."""
    if "{{" not in value and "{%" not in value:
        return value
    from checker.readers.dbt_render import render_value

    return render_value(project, DbtModel("sources", where), value)


def _folder_purposes(tree: dict[str, Any], project: DbtProject) -> list[tuple[str, str]]:
    """`models: {<project>: {marketing: {+meta: {purpose: marketing}}}}` -> [("models/marketing/", "marketing")]."""
    found: list[tuple[str, str]] = []

    def walk(node: Any, path: list[str]) -> None:
        if not isinstance(node, dict):
            return
        meta = node.get("+meta") or node.get("meta") or {}
        if isinstance(meta, dict) and meta.get("purpose"):
            found.extend((f"{model_path}/{'/'.join(path)}".rstrip("/") + "/", str(meta["purpose"]))
                         for model_path in project.model_paths)
        for key, child in node.items():
            if not key.startswith("+") and isinstance(child, dict):
                walk(child, path + [key])

    for key, child in tree.items():
        walk(child, [] if key == project.name else [key])
    return sorted(found, key=lambda item: -len(item[0]))


def _apply_folder_purposes(project: DbtProject) -> None:
    for model in project.models.values():
        if model.purpose:
            continue
        inside = model.relative[len(project.prefix):]
        for prefix, purpose in project.folder_purposes:
            if inside.startswith(prefix):
                model.purpose, model.purpose_source = purpose, f"dbt_project.yml +meta of {prefix.rstrip('/')}"
                break


def _read_manifest(project: DbtProject, manifest: Path) -> None:
    """Compiled code and columns of the manifest's models; a manifest privgate cannot use raises
    DbtDocumentError (the models are then rendered from their templates). The manifest is decoded
    one node at a time (and its other top-level entries one at a time): a 100 MB manifest never
    becomes gigabytes of Python objects at once."""
    from checker.safe_read import read_bytes

    decoder = json.JSONDecoder()
    try:
        text = read_bytes(manifest).decode("utf-8")
        position = _json_space(text, 0)
        if not text.startswith("{", position):
            raise DbtDocumentError("not a dbt manifest: expected a mapping with a `nodes` mapping", str(manifest))

        def node(_: str, at: int) -> int:
            value, end = decoder.raw_decode(text, at)
            _manifest_node(project, manifest, value)
            return end

        def entry(key: str, at: int) -> int:
            if key != "nodes":
                return decoder.raw_decode(text, at)[1]  # decoded and dropped
            if not text.startswith("{", at):
                raise DbtDocumentError("not a dbt manifest: expected a mapping with a `nodes` mapping", str(manifest))
            return _json_mapping(text, at, decoder, node)

        end = _json_space(text, _json_mapping(text, position, decoder, entry))
        if end != len(text):
            raise json.JSONDecodeError("Extra data", text, end)
    except OSError as error:
        raise DbtDocumentError(f"cannot read the dbt manifest: {error.strerror or error}", str(manifest)) from None
    except json.JSONDecodeError as error:
        raise DbtDocumentError(f"invalid dbt manifest: {error.msg}", str(manifest), error.lineno, error.colno) from None
    except RecursionError:
        raise DbtDocumentError("invalid dbt manifest: nested too deeply", str(manifest)) from None
    except UnicodeDecodeError as error:
        raise DbtDocumentError(f"invalid dbt manifest: not UTF-8 text (byte {error.start})", str(manifest)) from None
    except (AttributeError, TypeError, ValueError) as error:
        raise DbtDocumentError(f"unexpected shape in the dbt manifest ({type(error).__name__})", str(manifest)) from None


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_space(text: str, position: int) -> int:
    return _JSON_SPACE.match(text, position).end()  # type: ignore[union-attr]


def _json_mapping(text: str, position: int, decoder: json.JSONDecoder, value: Callable[[str, int], int]) -> int:
    """Walk the JSON object whose `{` is at `position`: `value(key, where)` decodes (or skips) each
    member's value and returns the position after it. Returns the position after the closing `}`."""
    position = _json_space(text, position + 1)
    if text.startswith("}", position):
        return position + 1
    while True:
        if not text.startswith('"', position):
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, position)
        key, position = decoder.raw_decode(text, position)
        position = _json_space(text, position)
        if not text.startswith(":", position):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, position)
        position = _json_space(text, value(key, _json_space(text, position + 1)))
        if text.startswith("}", position):
            return position + 1
        if not text.startswith(",", position):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
        position = _json_space(text, position + 1)


def _manifest_node(project: DbtProject, manifest: Path, node: Any) -> None:
    if not isinstance(node, dict) or node.get("resource_type") != "model":
        return
    model = project.models.get(project.prefix + str(node.get("original_file_path", "")))
    if model is None:
        return
    if node.get("compiled_code"):
        model.compiled = str(node["compiled_code"])
    name = str(node.get("name", model.name)).lower()
    columns = {str(c.get("name", key)).lower(): _column_annotation(c) for key, c in (node.get("columns") or {}).items()}
    if columns:
        project.definitions.setdefault(name, TableDefinition(name, columns, str(manifest)))


def render(project: DbtProject, model: DbtModel, text: str, catalog: Catalog | None = None,
           dialect: str | None = None) -> str:
    """The model's template rendered in a sandbox; every line stays on its line. A problem names the
    macro it failed in and the model's line that called it."""
    from checker.readers.dbt_render import RenderError, render_model

    body = _snapshot_body(text) if model.kind == "snapshot" else text
    try:
        try:
            return render_model(project, model, body, catalog, dialect)
        except RenderError:
            if not project.core_macros:
                raise
            # dbt's own macro needed what only a warehouse answers: privgate's imitation of it may not
            return render_model(project, model, body, catalog, dialect, project.macro_sources[project.core_macros:])
    except RenderError as error:
        inside = f" (in macro {error.macro})" if error.macro else ""
        raise DbtError(f"cannot render the dbt {model.kind}'s Jinja{inside}: {error.reason}", model.relative,
                       error.line or 1) from None
