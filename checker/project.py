"""The project phase: one straight pass that assembles everything a scan judges against.

packs -> catalog from every source -> classify what nobody declared -> lineage through DDL views and
tables made from queries, then across dbt models -> frozen. Sources, strongest first
(checker.catalog's ranks): the config's `tables:`, then what a person declared next to the data
(DDL column comments, Fides manifests, dbt schema files, live database comments), then lineage, a
column's type and its name. After `load_project` returns,
nothing writes to the catalog; the sqlglot schema is built once from it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import partial
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.catalog import (LINEAGE, UNKNOWN, Catalog, add_definitions, add_model_purposes, add_partition_declarations,
                             build_catalog, canonical_name, classify_columns)
from checker.config import Config, sample_request
from checker.errors import ConfigError
from checker.progress import Progress  # (what, done, total): the load phase's progress
from checker.facts import (COLUMNS_OF_TYPE_UNKNOWN, REPLACED_TABLE, UNSUPPORTED_DDL, ColumnRef, Grant, InputProblem,
                           OutputColumn, Statement)
from checker.globs import matches_any
from checker.policy.loader import load_pack, resolve_pack
from checker.policy.model import Pack
from checker.records import MutableRecord
from checker.rules import RULES_BY_ID
from checker.safe_read import read_text

if TYPE_CHECKING:
    from checker.datasets.spec import DatasetSpec
    from checker.readers.dbt import DbtModel, DbtProject
    from checker.readers.ddl import Replay, TableDefinition
    from checker.readers.live import LiveSchema

SKIPPED_FOLDERS = {".git", ".venv", "venv", "node_modules", "__pycache__", "target", "dbt_packages", ".tox"}


@dataclass(eq=False, repr=False)
class Project(MutableRecord):
    config: Config
    packs: tuple[Pack, ...]
    catalog: Catalog
    problems: list[InputProblem] = field(default_factory=list)  # catalog inputs that could not be read
    live: list[Statement] = field(default_factory=list)  # facts read from a live database (its grants)
    datasets: list[DatasetSpec] = field(default_factory=list)  # the config's dataset entries
    db_url: str | None = None
    dbt: DbtProject | None = None  # the dbt project in the repository, if any
    database: str | None = None  # the live database's logical name (`db/<name>`), if one was read
    live_tables: frozenset[str] = frozenset()  # catalog tables the live database has
    changelog_changes: dict[str, int] = field(default_factory=dict)  # Liquibase changes each changelog applied


def load_project(config: Config, pack_refs: Iterable[str] = (), db_url: str | None = None,
                 progress: Progress | None = None) -> Project:
    """Packs (from the command line if given, else the config), then the catalog from every source,
    classified and frozen."""
    refs = list(pack_refs) or config.packs
    if not refs:
        where = config.source or "the command line"
        raise ConfigError(f"no rule pack in force: list `packs:` in {where} or pass --pack NAME")
    packs = tuple(_load_configured_pack(ref, index, config, from_config=not pack_refs) for index, ref in enumerate(refs))
    for rule_id in config.severity:
        if rule_id not in RULES_BY_ID:
            line, column = config.lines.position(("severity", rule_id))
            raise ConfigError(f"severity: unknown rule id '{rule_id}'", config.source, line, column)
    catalog = build_catalog(config.catalog, list(packs), config.source, config.lines, config.search_path,
                            config.home_schema)
    problems: list[InputProblem] = []
    declarations: list[tuple[Path, str]] = []  # the files whose definitions enter the catalog (its cache key)
    derived: list[TableDefinition] = []  # views and tables the DDL makes from a query: lineage fills them in
    changelog_changes: dict[str, int] = {}
    if config.catalog.get("ddl"):
        replayed = partial(progress, "DDL files replayed") if progress else None
        from checker.readers.liquibase_changelogs import with_included
        from checker.readers.migration_plans import plan_files

        ddl_files = with_included(files_matching(config.root, config.catalog["ddl"]))  # a master's changelogs too
        declarations += ddl_files + [(plan, plan.as_posix()) for plan in plan_files(ddl_files)]  # and what orders them
        definitions, ddl_problems, changelog_changes = _replayed(ddl_files, config.dialect_for, replayed)
        add_definitions(catalog, definitions, list(packs), "DDL comment")
        add_partition_declarations(catalog)
        derived = [definition for definition in definitions.values() if definition.query]
        # the SQL scan reports a scanned file's parse errors itself, but not a CREATE TABLE it reads as
        # an opaque command, nor a table a CREATE TABLE replaced or one of a type it cannot read: the replay's
        # word that columns are lost is kept
        problems += [problem for problem in ddl_problems if not config.wants(problem.path)
                     or UNSUPPORTED_DDL in problem.message
                     or problem.message.endswith((REPLACED_TABLE, COLUMNS_OF_TYPE_UNKNOWN))]
    if config.catalog.get("fides"):
        from checker.readers.fides import read_fides

        fides_files = files_matching(config.root, config.catalog["fides"])
        declarations += fides_files
        definitions, fides_problems = read_fides(fides_files, list(packs))
        add_definitions(catalog, definitions, list(packs), "Fides manifest")
        problems += fides_problems
    dbt = _dbt_project(config, problems)
    if dbt is not None:
        problems += dbt.problems
        add_definitions(catalog, dbt.definitions, list(packs), "dbt schema file")
        _add_package_seeds(catalog, dbt, packs)
    live: list[Statement] = []
    database, live_tables = None, frozenset()
    if db_url:
        from checker.readers.live import as_url, database_name, read_database

        db_url = as_url(db_url)  # a libpq key=value string works as its postgresql:// URL
        schema = read_database(db_url)
        problems += schema.problems  # grants the database would not show
        database = database_name(db_url)
        add_definitions(catalog, _located(schema.tables, database, _home_schema(db_url)), list(packs),
                        "column comment")
        sample = sample_request(config)
        if sample is not None:
            from checker.datasets.extra import require_data_extra

            require_data_extra("reading column contents (`catalog: sample:` or --sample)", config.source)
            from checker.readers.live_sample import offer_content, sample_settings

            region = catalog.default_location.country if catalog.default_location else None
            offer_content(catalog, db_url, schema, list(packs), sample_settings(sample), region)
        live = _grant_statements(schema, database, db_url)
        live_tables = frozenset(canonical_name(name) for name in schema.tables)
    problems += _declared_in_another_schema(config, catalog)

    def classify() -> None:
        classify_columns(catalog, list(packs))
        _query_lineage(catalog, derived, packs)
        if dbt is not None:
            _model_lineage(config, catalog, dbt, packs, progress)

    if db_url:
        classify()  # a live database changes without a file changing: never from the cache
    else:
        from checker.catalog_cache import classified

        catalog = classified(config, catalog, packs, dbt, declarations, classify)
    if dbt is not None:
        add_model_purposes(catalog, _model_purposes(config, dbt))
    catalog.freeze()
    specs = _dataset_specs(config, packs) if config.datasets else []
    return Project(config, packs, catalog, problems, live, specs, db_url, dbt, database, live_tables,
                   changelog_changes)


def _declared_in_another_schema(config: Config, catalog: Catalog) -> list[InputProblem]:
    """A config `tables:` entry named without a schema that no DDL, dbt project or database defines, while
    they define a table of that name in another schema (`cover_art` after `SET search_path =
    cover_art_archive`): its declarations apply to no table they read, which is said where it is written."""
    found: list[InputProblem] = []
    where = _config_path(config)
    for name in config.catalog.get("tables") or {}:
        table = catalog.tables.get(canonical_name(name))
        if table is None or table.origin is not None or "." in table.name:
            continue
        others = [other.name for other in catalog.tables.values()
                  if other.origin is not None and other.name.rpartition(".")[2] == table.name]
        if others:
            line, column = config.lines.position(("catalog", "tables", name))
            found.append(InputProblem(where, line or 1, column or 1,
                                      f"catalog.tables.{name}: no DDL, dbt project or database defines a table {name} "
                                      f"in the default schema, but {' and '.join(sorted(others))} "
                                      f"{'is' if len(others) == 1 else 'are'}: name the table with its schema, or "
                                      "its declarations apply to no table privgate reads", "unresolved"))
    return found


def _config_path(config: Config) -> str:
    """The config file's path as findings name files (relative to the project), else its name."""
    source = Path(config.source or "privgate.yaml")
    try:
        return source.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return source.name


def _model_purposes(config: Config, dbt: DbtProject) -> list[tuple[str, str, str, str]]:
    """(name, path, purpose, source) of each dbt model with a purpose: the purpose its query is judged
    with (checker.readers.sql.file_purpose)."""
    from checker.readers.sql import file_purpose

    found = []
    for model in dbt.models.values():
        purpose, source = file_purpose(config, model.relative, model)
        if purpose:
            found.append((model.name, model.relative, purpose,
                          (source or "dbt meta") if model.purpose else f"{source} of {model.relative}"))
    return found


def _query_lineage(catalog: Catalog, derived: list[TableDefinition], packs: tuple[Pack, ...]) -> None:
    """Each column of a view or a table made from a query (DDL) carries the category of the column it
    comes from, as a dbt model's do; upstream relations first (the replay's order), so a view over a
    view carries what the first one found. A query privgate cannot qualify keeps its columns as
    classified by their names (the SQL scan reports it where it reads the file)."""
    import sqlglot

    from checker.readers.ddl import replay_order
    from checker.readers.sql_query import analyse_query

    for definition in sorted(derived, key=lambda item: (replay_order(item.source), item.line)):
        table = catalog.tables.get(canonical_name(definition.name))
        if table is None or not definition.query:
            continue
        dialect = definition.dialect or "postgres"
        try:
            outputs = analyse_query(sqlglot.parse_one(definition.query, read=dialect), catalog, dialect).outputs
        except Exception:  # noqa: BLE001 - OptimizeError, RecursionError or an optimizer bug: no lineage, no crash
            continue
        names = list(definition.columns)  # a column list renames the query's columns by position
        named = zip(names, outputs) if len(names) == len(outputs) else ((output.name.lower(), output) for output in outputs)
        for name, output in named:
            found = _upstream_category(catalog, output)
            if name not in table.columns:
                continue
            if output.derivation in UNCATEGORISED:  # a key or an aggregate, whatever its name suggests
                catalog.offer(table, name, None, LINEAGE, UNCATEGORISED[output.derivation])
            elif found is not None and output.derivation in ("computed", "field"):
                _offer_computed(catalog, table, name, found[1], _lineage_provenance(output, found[0]),
                                _field_of(found[0]) if output.derivation == "field" else None, packs)
            elif found is not None:
                catalog.offer(table, name, found[1], LINEAGE, _lineage_provenance(output, found[0]))


# what a column that lineage gives no category says of where it comes from (it is not any one person's data)
UNCATEGORISED = {"key": "lineage: a key computed from its columns (no category)",
                 "aggregate": "lineage: an aggregate over many people (no category)"}


def _upstream_category(catalog: Catalog, output: OutputColumn) -> tuple[ColumnRef, str] | None:
    """The first column an output column comes from that has a category, with that category."""
    return next(((source, category) for source in output.sources if (category := catalog.category(source))), None)


def _lineage_provenance(output: OutputColumn, source: ColumnRef) -> str:
    if output.derivation == "field":
        return f"lineage: a field of {source}"
    return f"lineage: computed from {source}" if output.derivation == "computed" else f"lineage from {source}"


def _kind_unknown(category: str, packs: tuple[Pack, ...]) -> bool:
    """Whether a category is the shared taxonomy's plain `user`: personal, of no known kind (a profile blob,
    GA4's event_params). A field taken out of such a value is judged by its own name, not given the blob's
    category: `page_title` of event_params is no one's data, `user_email` is an e-mail."""
    return category == "user" or any(
        (found := pack.categories.get(category)) is not None and found.generic == "user" for pack in packs)


def _field_of(source: ColumnRef) -> str:
    return f"a field of {source}, which holds personal data of no known kind"


def _offer_computed(catalog: Catalog, table: Any, name: str, category: str, provenance: str,
                    field_of: str | None, packs: tuple[Pack, ...]) -> None:
    """A computed column, or a field taken out of a nested value (`field_of`: why it is suggested), whose own
    name gave it no category: it stays what it is computed from (`admit_age` computed from a birth date is
    an age only because its name says so), except a field of a value of no known kind, which is suggested."""
    if _named(table, name):
        return
    if field_of is not None and _kind_unknown(category, packs):
        table.suggestions.setdefault(name, (category, field_of))
    else:
        catalog.offer(table, name, category, LINEAGE, provenance)


def _named(table: Any, name: str) -> bool:
    """Whether a column's own name (or type, or sampled content) already gives it a category."""
    return table.columns.get(name) is not None and table.ranks.get(name, UNKNOWN) < UNKNOWN


def _replayed(files: list[tuple[Path, str]], dialect_for: Callable[[str], str],
              progress: Callable[[int, int], None] | None = None) -> Replay:
    """The DDL files replayed (checker.readers.ddl.replay), from privgate's cache when neither the
    files (their paths, dialects and bytes), sqlglot nor privgate's code changed since a run stored
    the result: a pre-commit run parses the staged file, not every DDL file again."""
    from checker import cache

    entry = None
    if cache.folder() is not None:
        from sqlglot import __version__ as sqlglot_version

        from checker.readers.migration_plans import plan_files

        try:
            parts = [cache.code_stamp(), sqlglot_version]
            for path, relative in sorted(files, key=lambda item: item[1]):
                parts += [relative, dialect_for(relative), path.read_bytes()]
            parts += [plan.read_bytes() for plan in plan_files(files)]  # a sqitch plan orders its deploy scripts
            entry = cache.key(*parts)
        except OSError:
            entry = None  # replay reports the file it cannot read
    stored = _replay_from_json(cache.read("ddl", entry)) if entry else None
    if stored is not None:
        return stored
    from checker.readers.ddl import replay

    replayed = replay(files, dialect_for, progress)
    if entry:
        cache.write("ddl", entry, {"tables": [asdict(table) for table in replayed.tables.values()],
                                   "problems": [asdict(problem) for problem in replayed.problems],
                                   "changelog_changes": replayed.changelog_changes})
    return replayed


def _replay_from_json(stored: Any) -> Replay | None:
    """A cached replay back as table definitions and problems; None for an entry of another shape."""
    if not isinstance(stored, dict):
        return None
    from checker.durations import Duration
    from checker.readers.ddl import Replay, TableDefinition

    try:
        definitions = {}
        for fields in stored["tables"]:
            retention = fields.pop("retention")
            definitions[fields["name"]] = TableDefinition(**fields, retention=Duration(**retention) if retention else None)
        changes = stored["changelog_changes"]
        if not isinstance(changes, dict):
            return None
        return Replay(definitions, [InputProblem(**fields) for fields in stored["problems"]], changes)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _dataset_specs(config: Config, packs: tuple[Pack, ...]) -> list[DatasetSpec]:
    from checker.datasets.spec import read_specs

    return read_specs(config, packs)


def _dbt_project(config: Config, problems: list[InputProblem]) -> DbtProject | None:
    """The dbt project, if any; a dbt_project.yml privgate cannot use is an input problem (the
    models are then read as plain SQL files)."""
    folder = config.catalog.get("dbt")
    if not folder and not (config.root / "dbt_project.yml").exists():
        return None
    from checker import dbt_cache
    from checker.dbt_vars import given
    from checker.readers.dbt import DbtDocumentError  # jinja2 loads only for dbt projects

    try:
        return dbt_cache.load(config.root, folder, given(config.catalog.get("dbt_vars")))
    except DbtDocumentError as error:
        problems.append(error.problem(relative_to(Path(error.path or "dbt_project.yml"), config.root)))
        return None


def _add_package_seeds(catalog: Catalog, dbt: DbtProject, packs: tuple[Pack, ...]) -> None:
    """Installed packages' seeds: relations with their header's columns, read for lineage and not judged
    (as the packages' models are not)."""
    add_definitions(catalog, dbt.package_definitions, list(packs), "dbt schema file")
    for name in dbt.package_definitions:
        table = catalog.tables.get(canonical_name(name))
        if table is not None and table.origin and table.origin[0].startswith(f"{dbt.prefix}dbt_packages/"):
            table.origin = None


MODEL_CACHE_THRESHOLD = 64  # below this, fingerprinting the project costs more than lineage


def _model_lineage(config: Config, catalog: Catalog, dbt: DbtProject, packs: tuple[Pack, ...],
                   progress: Progress | None) -> None:
    """Each model's output columns carry the categories of the columns they come from, upstream
    models first; a column a schema file declared keeps its declaration, and a column lineage
    leaves without a category is classified by its name before the models downstream read it. In
    big projects what lineage found is cached per model (checker.file_cache.ModelCache)."""
    from checker.readers.dbt_snapshots import copied_models, fill_from_lineage

    copies = copied_models(dbt)
    ordered = _upstream_first(dbt, config.root, copies)
    store = None
    if len(ordered) >= MODEL_CACHE_THRESHOLD:
        from checker.file_cache import ModelCache

        # the models themselves are in each key (their text); what else lineage reads is here
        project = {name: getattr(dbt, name) for name in vars(dbt) if name != "models" and not name.startswith("_")}
        store = ModelCache.open((config, catalog, project), dbt.macro_files)
    keys: dict[str, str] = {}
    for model, text, refs in ordered if store else ():
        keys[model.name.lower()] = store.key(model.relative, text, [keys[name] for name in refs if name in keys])
    stored = store.lookup_all(list(keys.values())) if store else {}
    for done, (model, text, refs) in enumerate(ordered, 1):
        fill_from_lineage(catalog, copies, refs, LINEAGE)  # a YAML snapshot it reads, of a model read before
        key = keys.get(model.name.lower())
        cached = stored.get(key) if key else None
        if cached is not None and not _applied(catalog, model, cached):
            cached = None  # an entry of the wrong shape only costs the lineage read
        if cached is None:
            found = _apply_lineage(catalog, model, _lineage_of(config, catalog, dbt, model), packs)
            if store and key:
                store.remember(key, found)
        if progress:
            progress("dbt models read for lineage", done, len(ordered))
    fill_from_lineage(catalog, copies, list(copies), LINEAGE)  # the snapshots no model reads
    if store:
        store.close()


def _applied(catalog: Catalog, model: DbtModel, cached: dict[str, Any]) -> bool:
    try:
        _apply_lineage(catalog, model, cached)
        return True
    except (ValueError, TypeError, AttributeError):
        return False


def _apply_lineage(catalog: Catalog, model: DbtModel, found: dict[str, Any],
                   packs: tuple[Pack, ...] | None = None) -> dict[str, Any]:
    """Offer a model's output columns to the catalog; with `packs`, classify what lineage left
    without a category (before the models downstream read it). Returns the model's columns as
    they then are, which is what the cache keeps (so a cached model needs no classification)."""
    columns = found.get("columns") or []
    if not columns:
        return {"columns": []}
    table = catalog.add_table(model.name)
    for name, category, rank, provenance in columns:
        catalog.offer(table, name, category, rank, provenance)
    for name, category, why in found.get("suggestions") or []:
        table.suggestions.setdefault(name, (category, why))
    if packs is None:
        return found
    classify_columns(catalog, list(packs), [table])
    for name, category, provenance, field_of in found.get("computed") or []:
        _offer_computed(catalog, table, name, category, provenance, field_of, packs)
    names = [str(entry[0]).lower() for entry in columns]
    return {"columns": [[name, table.columns[name], table.ranks[name], table.provenance[name]] for name in names],
            "suggestions": [[name, *table.suggestions[name]] for name in names if name in table.suggestions]}


def _lineage_of(config: Config, catalog: Catalog, dbt: DbtProject, model: DbtModel) -> dict[str, list[list[Any]]]:
    """A model's output columns as [name, category, rank, provenance], from the columns they come from, and
    its computed columns as [name, category, provenance, why a field is suggested or None]: what they take when
    their names say nothing."""
    from checker.readers.sql import read_sql_file

    facts = read_sql_file(config.root / model.relative, model.relative, config, catalog, date.today(), dbt)
    entries: list[list[Any]] = []
    computed: list[list[Any]] = []
    for output in (output for statement in facts.statements for output in statement.outputs):
        found = _upstream_category(catalog, output)
        if output.derivation in UNCATEGORISED:
            entries.append([output.name, None, LINEAGE, UNCATEGORISED[output.derivation]])  # not its name's guess
        elif found is None:
            entries.append([output.name, None, UNKNOWN, "lineage found no category"])
        elif output.derivation in ("computed", "field"):  # its name decides first (_apply_lineage)
            entries.append([output.name, None, UNKNOWN, "lineage found no category"])
            computed.append([output.name.lower(), found[1], _lineage_provenance(output, found[0]),
                             _field_of(found[0]) if output.derivation == "field" else None])
        else:
            entries.append([output.name, found[1], LINEAGE, f"lineage from {found[0]}"])
    return {"columns": entries, "computed": computed}


def _upstream_first(dbt: DbtProject, root: Path,
                    copies: dict[str, str] | None = None) -> list[tuple[DbtModel, str, list[str]]]:
    """Models with their text and the models they ref, ordered so that every model comes after the
    models it refs (cycles broken by path), and after the model a YAML snapshot it refs copies."""
    copies = copies or {}
    by_name = {model.name.lower(): model for model in dbt.models.values()}
    texts: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    for model in dbt.models.values():
        try:
            text = read_text(root / model.relative)
        except (OSError, UnicodeDecodeError):
            text = ""
        texts[model.name.lower()] = model.compiled or text
        named = [name.lower() for name in dbt.refs_of(model.compiled or text)]
        refs[model.name.lower()] = named + [copies[name] for name in named if name in copies]
    ordered: list[tuple[DbtModel, str, list[str]]] = []
    state: dict[str, int] = {}

    def visit(name: str) -> None:
        if state.get(name) or name not in by_name:
            return
        state[name] = 1
        for upstream in refs.get(name, []):
            visit(upstream)
        state[name] = 2
        ordered.append((by_name[name], texts[name], refs[name]))

    for name in sorted(by_name):
        visit(name)
    return ordered


def database_location(database: str, table: str, home_schema: str) -> str:
    """A live table's stable logical location: `db/<database>/<schema>/<table>`, the same whoever
    connects and through whichever host (the database's default schema is spelled out)."""
    parts = canonical_name(table).split(".")
    schema, name = (parts[-2], parts[-1]) if len(parts) > 1 else (home_schema, parts[0])
    return f"db/{database}/{schema}/{name}"


def _home_schema(url: str) -> str:
    return "main" if url.split("://", 1)[0].lower() in ("sqlite", "duckdb") else "public"


def _located(tables: dict[str, TableDefinition], database: str, home_schema: str) -> dict[str, TableDefinition]:
    """Live table definitions placed at their logical location (a table the repository's DDL
    defines keeps its DDL line: the catalog keeps the first origin)."""
    for name, definition in tables.items():
        definition.source, definition.line = database_location(database, name, home_schema), 1
    return tables


def _grant_statements(schema: LiveSchema, database: str, url: str) -> list[Statement]:
    """The database's grants as facts, one statement per table at the table's logical location."""
    from checker.redaction import hide_password

    dialect, shown = url.split("://", 1)[0].lower(), hide_password(url)
    by_table: dict[str, list[Grant]] = {}
    for role, table, columns in schema.grants:
        by_table.setdefault(table, []).append(Grant(role, table, columns, "SELECT"))
    statements = []
    for table, grants in sorted(by_table.items()):
        where = database_location(database, table, _home_schema(url))
        statement = Statement(path=where, line=1, column=1, kind="grant", sql=f"grants on {table} ({shown})",
                              dialect=dialect, normalized=f"grants of {where}")
        statement.grants = grants
        statements.append(statement)
    return statements


def files_matching(root: Path, globs: list[str]) -> list[tuple[Path, str]]:
    """Files under `root` the list of `globs` takes (gitignore semantics, checker.globs), sorted by
    their relative path. Only the folders a glob can match are walked (below its literal prefix:
    `schema/*.sql` walks `schema/`; a glob without a slash matches at any depth, so the root is
    walked), and paths are joined, never resolved, so the cost follows the globs, not the repository."""
    found: dict[str, Path] = {}
    for start in _glob_prefixes(globs):
        base = root / start if start else root
        folders = start.split("/")[:-1] if base.is_file() else start.split("/") if start else []
        if any(part in SKIPPED_FOLDERS or part.startswith(".") for part in folders):
            continue  # a tool's or hidden folder: never walked, as from the root
        if base.is_file():
            if matches_any(globs, start):
                found[start] = base
            continue
        for folder, subfolders, files in os.walk(base):
            subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
            where = os.path.relpath(folder, root).replace(os.sep, "/")
            for name in files:
                relative = name if where == "." else f"{where}/{name}"
                if relative not in found and matches_any(globs, relative):
                    found[relative] = Path(folder) / name
    return [(found[relative], relative) for relative in sorted(found)]


def _glob_prefixes(globs: list[str]) -> list[str]:
    """The folders (relative to the root, "" for the root itself) below which `globs` can match:
    each glob's path segments before its first wildcard, without folders nested in another. A glob
    without a slash (other than a trailing one) matches at any depth: the root. `!` globs only take
    files back, so they add no folder."""
    prefixes = set()
    for glob in globs:
        if glob.startswith("!"):
            continue
        anchored = glob.startswith("/") or "/" in glob.strip("/")
        if not anchored:
            prefixes.add("")
            continue
        parts = [part for part in glob.removeprefix("./").strip("/").split("/") if part not in ("", ".")]
        literal = []
        for part in parts:
            if any(wild in part for wild in "*?[\\") or part == "..":
                break
            literal.append(part)
        if ".." in parts[:len(literal) + 1]:
            literal = []  # outside the root: the walk of the root decides, as it always did
        prefixes.add("/".join(literal))
    kept = sorted(prefixes, key=len)
    return [prefix for index, prefix in enumerate(kept)
            if not any(other == "" or prefix.startswith(other + "/") or prefix == other for other in kept[:index])]


def _load_configured_pack(reference: str, index: int, config: Config, from_config: bool) -> Pack:
    """A pack named in the config; a missing one is reported at its line in the config."""
    try:
        return load_pack(resolve_pack(reference, config.root), inside=config.root if from_config else None)
    except ConfigError as error:
        if error.path or not from_config or config.source is None:
            raise
        line, column = config.lines.position(("packs", index))
        raise ConfigError(f"packs[{index}]: {error.message}", config.source, line, column) from None


def relative_to(path: Path, root: Path) -> str:
    absolute = path.resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        try:
            return absolute.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return absolute.as_posix()
