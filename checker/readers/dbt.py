"""dbt projects: `dbt_project.yml`, models and sources from schema files (columns, `meta`, tags),
model SQL rendered with Jinja in a sandbox, or `target/manifest.json` when it is there.

Column annotations, in the order they win: `meta: {privgate: <category>|none}` (or
`{privgate: {category: ...}}`), then the community markers `meta.contains_pii` / `meta.pii` /
`meta.sensitive` and the tags `pii`, `contains_pii`, `sensitive`, which say "personal data" without a
category: the column's name then proposes one. A model's purpose comes from `meta.purpose` (or
`meta.privgate.purpose`) of the model, else `+meta: {purpose: ...}` of its folder in dbt_project.yml.

Rendering resolves `ref`, `source`, `config`, `var`, `is_incremental`, `this` and the project's and
installed packages' macros; there is no file, environment or network access: `env_var` yields its
default, `include`/`import` of templates and `run_query` are not available.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChainableUndefined, FunctionLoader, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from checker.catalog import PERSONAL
from checker.errors import PrivgateError
from checker.readers.ddl import NOT_PERSONAL, TableDefinition

PROJECT_FILE = "dbt_project.yml"
PII_MARKERS = {"contains_pii", "pii", "sensitive"}
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


class DbtError(PrivgateError):
    """A dbt file privgate cannot read or render."""


@dataclass
class DbtModel:
    name: str
    relative: str  # path relative to the privgate project root
    purpose: str | None = None
    purpose_source: str | None = None
    compiled: str | None = None  # from target/manifest.json


@dataclass
class DbtProject:
    root: Path
    prefix: str  # the dbt project's folder relative to the privgate root ("" or "transform/")
    name: str
    model_paths: tuple[str, ...]
    variables: dict[str, Any]
    models: dict[str, DbtModel] = field(default_factory=dict)  # relative path -> model
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (source, table) -> relation
    definitions: dict[str, TableDefinition] = field(default_factory=dict)
    macro_files: tuple[str, ...] = ()  # absolute paths of macro files, loaded in each process
    not_sql: tuple[str, ...] = ()  # folders of Jinja that is not a query (macros, tests, snapshots), relative to the root
    folder_purposes: list[tuple[str, str]] = field(default_factory=list)  # model path prefix -> purpose

    def skips(self, relative: str) -> bool:
        """Macros, generic and singular tests and snapshots are Jinja, not queries to scan."""
        return relative.startswith(self.not_sql)

    def model_at(self, relative: str) -> DbtModel | None:
        return self.models.get(relative)

    def sql_for(self, model: DbtModel, text: str) -> str:
        """The model's SQL: the manifest's compiled code, else the template rendered in the sandbox."""
        return model.compiled if model.compiled is not None else render(self, model, text)

    def refs_of(self, text: str) -> list[str]:
        return re.findall(r"ref\(\s*['\"]([A-Za-z0-9_]+)['\"]\s*\)", text)


def load_dbt_project(root: Path, folder: str | None) -> DbtProject | None:
    """The dbt project in `folder` (relative to the privgate root) or at the root, if any."""
    base = (root / folder) if folder else root
    project_file = base / PROJECT_FILE
    if not project_file.is_file():
        if folder:
            raise DbtError(f"no {PROJECT_FILE} in {folder}")
        return None
    settings = _yaml(project_file) or {}
    prefix = "" if base.resolve() == root.resolve() else base.resolve().relative_to(root.resolve()).as_posix() + "/"
    project = DbtProject(
        root=base.resolve(), prefix=prefix, name=str(settings.get("name", "dbt_project")),
        model_paths=tuple(settings.get("model-paths") or settings.get("source-paths") or ["models"]),
        variables=dict(settings.get("vars") or {}),
    )
    project.folder_purposes = _folder_purposes(settings.get("models") or {}, project)
    for model_path in project.model_paths:
        folder_path = project.root / model_path
        for file in sorted(folder_path.rglob("*.sql")) if folder_path.is_dir() else []:
            relative = prefix + file.relative_to(project.root).as_posix()
            project.models[relative] = DbtModel(file.stem, relative)
        for file in sorted([*folder_path.rglob("*.yml"), *folder_path.rglob("*.yaml")]) if folder_path.is_dir() else []:
            _read_schema_file(project, file)
    macro_paths = settings.get("macro-paths") or ["macros"]
    macros = [file for path in macro_paths for file in sorted((project.root / path).rglob("*.sql"))]
    macros += sorted((project.root / "dbt_packages").glob("*/macros/**/*.sql"))
    project.macro_files = tuple(str(file) for file in macros)
    project.not_sql = tuple(prefix + str(path).strip("/") + "/" for key, default in
                            (("macro-paths", ["macros"]), ("test-paths", ["tests"]), ("snapshot-paths", ["snapshots"]))
                            for path in (settings.get(key) or default))
    _apply_folder_purposes(project)
    manifest = project.root / "target" / "manifest.json"
    if manifest.is_file():
        _read_manifest(project, manifest)
    return project


def _yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise DbtError(f"invalid YAML: {error.problem}", str(path), mark.line + 1 if mark else None) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise DbtError(f"cannot read: {error}", str(path)) from None


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
    return None


def _columns(entry: dict[str, Any]) -> dict[str, str | None]:
    return {str(column["name"]).lower(): _column_annotation(column)
            for column in entry.get("columns") or [] if isinstance(column, dict) and column.get("name")}


def _read_schema_file(project: DbtProject, file: Path) -> None:
    document = _yaml(file) or {}
    if not isinstance(document, dict):
        return
    where = project.prefix + file.relative_to(project.root).as_posix()
    for entry in document.get("models") or []:
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        name = str(entry["name"]).lower()
        project.definitions[name] = TableDefinition(name, _columns(entry), where)
        meta = entry.get("meta") or (entry.get("config") or {}).get("meta") or {}
        purpose = meta.get("purpose") or (meta.get("privgate") or {}).get("purpose") if isinstance(meta, dict) else None
        for model in project.models.values():
            if model.name.lower() == name and purpose:
                model.purpose, model.purpose_source = str(purpose), f"dbt meta in {where}"
    for source in document.get("sources") or []:
        if not isinstance(source, dict) or not source.get("name"):
            continue
        schema = str(source.get("schema") or source["name"]).lower()
        for table in source.get("tables") or []:
            if not isinstance(table, dict) or not table.get("name"):
                continue
            relation = f"{schema}.{str(table.get('identifier') or table['name']).lower()}"
            project.sources[(str(source["name"]), str(table["name"]))] = relation
            project.definitions[relation] = TableDefinition(relation, _columns(table), where)


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
    try:
        document = json.loads(manifest.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DbtError(f"cannot read the dbt manifest: {error}", str(manifest)) from None
    for node in (document.get("nodes") or {}).values():
        if not isinstance(node, dict) or node.get("resource_type") != "model":
            continue
        model = project.models.get(project.prefix + str(node.get("original_file_path", "")))
        if model is None:
            continue
        if node.get("compiled_code"):
            model.compiled = str(node["compiled_code"])
        name = str(node.get("name", model.name)).lower()
        columns = {str(c.get("name", key)).lower(): _column_annotation(c) for key, c in (node.get("columns") or {}).items()}
        if columns:
            project.definitions.setdefault(name, TableDefinition(name, columns, str(manifest)))


def render(project: DbtProject, model: DbtModel, text: str) -> str:
    """The model's template rendered in a sandbox; every line stays on its line."""
    environment = _environment(project.root, project.macro_files)
    template_text = _keep_lines(text)
    context = _context(project, model)
    try:
        return environment.from_string(template_text).render(context)
    except TemplateError as error:
        line = getattr(error, "lineno", None)
        raise DbtError(f"cannot render the dbt model's Jinja: {error}", model.relative, line) from None
    except (RecursionError, MemoryError, OverflowError):
        raise DbtError("cannot render the dbt model's Jinja: too deep or too large", model.relative) from None
    except Exception as error:  # noqa: BLE001 - template code can raise anything (1/0, a macro called wrongly)
        raise DbtError(f"cannot render the dbt model's Jinja: {type(error).__name__}: {str(error)[:160]}",
                       model.relative) from None


def _keep_lines(text: str) -> str:
    """Follow every multi-line tag with the newlines it spans, so rendered SQL keeps its line numbers."""
    def pad(match: re.Match[str]) -> str:
        newlines = match.group(0).count("\n")
        return match.group(0) + ("{{ '" + "\\n" * newlines + "' }}" if newlines and not match.group(0).startswith("{#") else "\n" * newlines)
    return _TAG.sub(pad, text)


class _Unknown(ChainableUndefined):
    """A name privgate does not provide (adapter, dbt_utils without installed packages ...): calling
    it fails with its name, so the finding says what is missing."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise TemplateError(f"'{self._undefined_name}' is not available to privgate's sandboxed rendering")


@cache
def _environment(root: Path, macro_files: tuple[str, ...]) -> ImmutableSandboxedEnvironment:
    environment = ImmutableSandboxedEnvironment(undefined=_Unknown, autoescape=False, keep_trailing_newline=True,
                                                loader=FunctionLoader(lambda name: None))  # include/import find nothing
    environment.globals.update(_BUILTINS)
    for file in macro_files:
        try:
            module = environment.from_string(_strip_tests(Path(file).read_text("utf-8"))).module
        except (TemplateError, OSError, UnicodeDecodeError, RecursionError):
            continue  # a macro file privgate cannot load only matters if a model calls it, which then says so
        for name in dir(module):
            if not name.startswith("_"):
                environment.globals.setdefault(name, getattr(module, name))
    return environment


def _strip_tests(text: str) -> str:
    """Generic tests and materializations are not macros a model calls."""
    return re.sub(r"\{%-?\s*(test|materialization)\b.*?\{%-?\s*end\1\s*-?%\}", "", text, flags=re.DOTALL)


def _context(project: DbtProject, model: DbtModel) -> dict[str, Any]:
    def ref(*names: str, **_: Any) -> str:
        return names[-1].lower()

    def source(source_name: str, table_name: str) -> str:
        return project.sources.get((source_name, table_name), f"{source_name}.{table_name}".lower())

    def var(name: str, default: Any = None) -> Any:
        return project.variables.get(name, default)

    def env_var(name: str, default: Any = "") -> Any:
        return default

    return {"ref": ref, "source": source, "var": var, "env_var": env_var, "this": model.name,
            "model": {"name": model.name}, "project_name": project.name}


_BUILTINS: dict[str, Any] = {
    "config": lambda *args, **kwargs: "",
    "is_incremental": lambda: False,
    "target": {"name": "dev", "schema": "public", "type": "postgres"},
    "log": lambda *args, **kwargs: "",
    "return": lambda value: value,
}
