"""What a file named on the command line (by a hook or CI) means for the scan.

pre-commit and CI pass whatever changed; each file is routed by its kind:

- SQL (`*.sql`, or a name the config's `include` globs match): read and judged.
- The project's config (its privgate.yaml, or the pyproject.toml with [tool.privgate]): every
  rule may judge differently now, so the whole project's SQL, dbt models and catalog tables are
  judged again (its dataset files and tables only when they are scanned themselves: a config
  edit never starts reading data).
- `dbt_project.yml`: its vars and folder `+meta` reach every model, so every model is judged.
- A dbt schema file (YAML under the dbt project's model paths, or any YAML that describes its
  models or sources): the models it describes, the models reading the sources it describes, and
  every model downstream of those (categories flow through `ref`), with the tables it defines.
- A declared dataset file (a config `datasets:` glob): the dataset checks.
- dbt macros, tests, analyses, installed packages, and files the config excludes: never judged.
- Anything else: not judged, and listed by `--statistics`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker.catalog import canonical_name
from checker.globs import match_path
from checker.project import files_matching, relative_to
from checker.records import MutableRecord

if TYPE_CHECKING:
    from checker.project import Project
    from checker.readers.dbt import DbtProject

SQL, CONFIG, DBT_PROJECT, DBT_SCHEMA, DATASET, NOT_JUDGED = "sql", "config", "dbt_project", "dbt_schema", "dataset", "not_judged"
CHANGELOG = "changelog"  # a Liquibase changelog the catalog's DDL replays
NOT_A_KIND = "neither SQL, a privgate config, a dbt project or schema file, nor a declared dataset"
JINJA = "a dbt macro, test or analysis (Jinja, not a query)"
EXCLUDED = "excluded by the config's `exclude`"
OUTSIDE = "outside every privgate project, and not SQL"


@dataclass(eq=False, repr=False)
class Routed(MutableRecord):
    """What a project judges for the files named to it."""

    files: dict[str, Path] = field(default_factory=dict)  # SQL and dbt model files: relative -> path
    tables_from: set[str] = field(default_factory=set)  # files whose catalog tables are judged (schema files)
    whole: bool = False  # the config changed: every file and table of the project
    not_judged: dict[Path, str] = field(default_factory=dict)  # file -> why it is not judged


def named_like_sql(path: Path) -> bool:
    return path.suffix.lower() == ".sql"


def kind_of(project: Project, path: Path, relative: str) -> tuple[str, str]:
    """The file's kind, and for a file not judged, why."""
    config = project.config
    if config.source is not None and path.resolve() == Path(config.source).resolve():
        return CONFIG, ""
    if any(match_path(glob, relative) for glob in config.exclude):
        return NOT_JUDGED, EXCLUDED
    if any(spec.path and match_path(spec.path, relative) for spec in project.datasets):
        return DATASET, ""
    dbt = project.dbt
    if dbt is not None:
        if dbt.skips(relative):
            return NOT_JUDGED, JINJA
        if relative == f"{dbt.prefix}dbt_project.yml":
            return DBT_PROJECT, ""
        if path.suffix.lower() in (".yml", ".yaml") and _describes_models(dbt, relative):
            return DBT_SCHEMA, ""
    if named_like_sql(path) or config.wants(relative):
        return SQL, ""
    if _replayed_changelog(project, path, relative):
        return CHANGELOG, ""
    return NOT_JUDGED, NOT_A_KIND


def _replayed_changelog(project: Project, path: Path, relative: str) -> bool:
    """A Liquibase changelog `catalog.ddl` names, or one a changelog it names includes."""
    from checker.readers.liquibase_changes import is_changelog

    ddl = project.config.catalog.get("ddl") or []
    if not ddl or not is_changelog(relative):
        return False
    from checker.readers.liquibase_changelogs import with_included

    return relative in {listed for _, listed in with_included(files_matching(project.config.root, ddl))}


def route(project: Project, paths: list[Path], routed: Routed) -> None:
    """Route each named file of `project` into `routed`."""
    from checker.engine import collect_files

    root = project.config.root
    for path in paths:
        relative = relative_to(path, root)
        kind, why = kind_of(project, path, relative)
        if kind == SQL:
            routed.files[relative] = path
        elif kind == CONFIG:
            routed.whole = True
            routed.files.update((rel, found) for found, rel in collect_files(project, [root], nested=[]))
        elif kind in (DBT_PROJECT, DBT_SCHEMA) and project.dbt is not None:
            dbt = project.dbt
            models = set(dbt.models) if kind == DBT_PROJECT else _described_models(dbt, path, root)
            routed.files.update((model, root / model) for model in models if (root / model).is_file())
            routed.tables_from |= _table_origins(project, models) | {relative}
            if kind == DBT_PROJECT:
                routed.tables_from |= {d.source for d in dbt.definitions.values() if d.source}
        elif kind == CHANGELOG:  # its tables, and those of the changelogs it includes
            from checker.readers.liquibase_changelogs import with_included

            routed.tables_from |= {listed for _, listed in with_included([(path, relative)])}
        elif kind == NOT_JUDGED:
            routed.not_judged[path] = why


def _describes_models(dbt: DbtProject, relative: str) -> bool:
    """A YAML file under the model paths, or one the dbt project read descriptions from."""
    inside = relative[len(dbt.prefix):] if relative.startswith(dbt.prefix) else None
    if inside is not None and any(inside.startswith(model_path.strip("/") + "/") for model_path in dbt.model_paths):
        return True
    return any(definition.source == relative for definition in dbt.definitions.values())


def _described_models(dbt: DbtProject, path: Path, root: Path) -> set[str]:
    """The model files a schema file reaches: the models and snapshots it names, the models that
    read the sources it names, and everything downstream of them."""
    from checker.errors import ConfigError
    from checker.yamlio import load_yaml_file

    try:
        document = load_yaml_file(path, duplicates=True)[0] or {}  # bounded, as the project load read it
    except ConfigError:
        return set()  # the project load already reported an unreadable schema file
    if not isinstance(document, dict):
        return set()
    names = {str(entry["name"]).lower() for key in ("models", "snapshots") for entry in document.get(key) or []
             if isinstance(entry, dict) and entry.get("name")}
    sources = [(str(source["name"]), str(table["name"])) for source in document.get("sources") or []
               if isinstance(source, dict) and source.get("name")
               for table in source.get("tables") or [] if isinstance(table, dict) and table.get("name")]
    texts = {relative: _text(root / relative) for relative in dbt.models}
    reached = {relative for relative, model in dbt.models.items() if model.name.lower() in names}
    reached |= {relative for relative, text in texts.items() if any(_reads_source(text, *pair) for pair in sources)}
    return _with_downstream(dbt, texts, reached)


def _with_downstream(dbt: DbtProject, texts: dict[str, str], reached: set[str]) -> set[str]:
    by_name = {model.name.lower(): relative for relative, model in dbt.models.items()}
    readers: dict[str, set[str]] = {}
    for relative, text in texts.items():
        for upstream in dbt.refs_of(text):
            if upstream.lower() in by_name:
                readers.setdefault(by_name[upstream.lower()], set()).add(relative)
    found, queue = set(reached), list(reached)
    while queue:
        for reader in readers.get(queue.pop(), ()):
            if reader not in found:
                found.add(reader)
                queue.append(reader)
    return found


def _reads_source(text: str, source: str, table: str) -> bool:
    return re.search(rf"""source\(\s*['"]{re.escape(source)}['"]\s*,\s*['"]{re.escape(table)}['"]\s*\)""", text) is not None


def _table_origins(project: Project, models: set[str]) -> set[str]:
    """The files defining the catalog tables of these models (a schema file, or the model itself)."""
    origins = set()
    for relative in models:
        model = project.dbt.models[relative] if project.dbt else None
        table = project.catalog.tables.get(canonical_name(model.name)) if model else None
        if table is not None and table.origin is not None:
            origins.add(table.origin[0])
    return origins


def _text(path: Path) -> str:
    from checker.safe_read import read_text

    try:
        return read_text(path)
    except (OSError, UnicodeDecodeError):
        return ""
