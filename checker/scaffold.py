"""`privgate init`: a first privgate.yaml for an existing repository.

Surveys the repository (DDL wherever it is, the dbt project, the SQL dialect and why), then runs
the same project phase a scan runs on a provisional config and reads the frozen catalog: the
categories the scan would infer from a column's type, content or name are written as proposals
with their provenance; every other column is left undeclared and listed as a commented suggestion
for review. init never declares a column non-personal on its own.
"""

from __future__ import annotations

import io
import json
import os
import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from checker.catalog import CONTENT, DECLARED, NAME, TABLE_KEY, TYPE, Catalog
from checker.config import from_dict
from checker.ddl_history import History, contained_histories, history_folders, is_step
from checker.globs import match_path
from checker.policy.loader import BUNDLED_PACKS
from checker.policy.model import Pack
from checker.readers.ddl import is_down_migration
from checker.readers.liquibase_changelogs import included_by
from checker.readers.liquibase_changes import is_changelog, is_changelog_file, named_like_a_changelog
from checker.readers.migration_plans import is_planned_step
from checker.safe_read import open_regular, read_text
from checker.sql_sniff import dialect_totals, look_at, sample_signals, winner

if TYPE_CHECKING:
    from checker.readers.dbt import DbtProject

SKIPPED = {".git", ".venv", "venv", "node_modules", "target", "dbt_packages", "__pycache__", ".tox"}
SAMPLE_FILES = 200  # files whose tokens vote on the dialect
MAX_SQL_FILES = 5000  # files looked at for DDL
MAX_PROBLEMS = 5  # unreadable DDL statements listed in the header
MANIFEST_CHARS = 65_536  # dbt writes `metadata` first
# Places where schemas live by convention: a file here counts as DDL as soon as it changes a table.
DDL_PLACES = (re.compile(r"(^|/)(structure|schema)\.sql$"), re.compile(r"\.ddl$"),
              re.compile(r"(^|/)(db/migrate|migrations?|flyway|liquibase|db/migration)/"),
              re.compile(r"(^|/)schemas?/[^/]+\.sql$"))
# dbt adapter types -> privgate dialects.
ADAPTERS = {"postgres": "postgres", "redshift": "redshift", "snowflake": "snowflake", "bigquery": "bigquery",
            "duckdb": "duckdb", "databricks": "databricks", "spark": "spark", "trino": "trino",
            "athena": "trino", "clickhouse": "clickhouse", "sqlserver": "tsql", "synapse": "tsql",
            "fabric": "tsql", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite", "oracle": "oracle",
            "materialize": "postgres", "hive": "hive"}
# dbt_project.yml model configs that only one warehouse's adapter knows (`+transient: false`).
DBT_CONFIG_HINTS = {"snowflake_warehouse": "snowflake", "transient": "snowflake", "copy_grants": "snowflake",
                    "query_tag": "snowflake", "partition_expiration_days": "bigquery",
                    "require_partition_filter": "bigquery", "kms_key_name": "bigquery",
                    "hours_to_expiration": "bigquery", "dist": "redshift", "sort_type": "redshift",
                    "file_format": "databricks", "location_root": "databricks", "unlogged": "postgres"}
# Folder names that say which database their SQL is written for (a project shipping one schema per
# database: db/mysql/schema.sql beside db/postgres/schema.sql, init-scripts/sqlserver/init.sql).
DATABASE_FOLDERS = {"mysql": "mysql", "mariadb": "mysql", "postgres": "postgres", "postgresql": "postgres",
                    "pgsql": "postgres", "sqlserver": "tsql", "mssql": "tsql", "oracle": "oracle", "sqlite": "sqlite",
                    "snowflake": "snowflake", "bigquery": "bigquery", "redshift": "redshift", "clickhouse": "clickhouse",
                    "duckdb": "duckdb", "databricks": "databricks", "trino": "trino"}
# a Java application's config (Spring Boot's application.properties, application-prod.yml) and the databases
# its JDBC URLs name (`jdbc:tc:` is Testcontainers' prefix)
APP_CONFIG = re.compile(r"application[\w.-]*\.(properties|ya?ml)$")
JDBC_URL = re.compile(r"jdbc:(?:tc:)?(\w+)", re.IGNORECASE)
JDBC_DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlserver": "tsql", "oracle": "oracle",
                 "sqlite": "sqlite", "redshift": "redshift", "snowflake": "snowflake", "clickhouse": "clickhouse",
                 "databricks": "databricks", "bigquery": "bigquery"}
PROPOSED_RANKS = {TYPE, NAME, CONTENT}  # what init writes as a declaration; lineage is re-derived by each scan
RESOLVER = yaml.resolver.Resolver()  # how YAML reads a plain scalar (`on`, `null`, `yes` are not strings)


@dataclass
class Survey:
    """What `init` found in the repository."""

    root: Path
    sql_files: list[str] = field(default_factory=list)  # relative POSIX paths
    ddl_files: list[str] = field(default_factory=list)
    down_migrations: list[str] = field(default_factory=list)  # DDL that undoes a migration: not replayed
    test_ddl: list[str] = field(default_factory=list)  # DDL in test folders, beside the application's: not replayed
    histories: list[History] = field(default_factory=list)  # upgrade scripts a complete schema beside them holds
    orm_schemas: list[tuple[str, str]] = field(default_factory=list)  # schema as code: (what, how to dump it as SQL)
    app_configs: list[str] = field(default_factory=list)  # Spring's application*.properties / .yml (a JDBC URL)
    ddl_globs: list[str] = field(default_factory=list)
    dialect: str = "postgres"
    dialect_reason: str = "nothing in the repository says otherwise"
    dbt_folder: str | None = None  # the dbt project's folder, relative ("." for the root)
    dialect_paths: dict[str, tuple[str, str]] = field(default_factory=dict)  # glob -> (dialect, why)


@dataclass
class Column:
    name: str
    category: str | None  # a proposal, or None: left for review
    note: str  # its provenance, or why it is left out


@dataclass
class Proposal:
    config: dict[str, Any]  # everything but the tables, as written
    tables: dict[str, list[Column]] = field(default_factory=dict)
    declared_elsewhere: int = 0  # columns declared in DDL comments, dbt or Fides: read there by the scan
    skipped_tables: list[str] = field(default_factory=list)  # names the config cannot spell
    partitions: list[str] = field(default_factory=list)  # partitions, declared through their partitioned table
    problems: list[str] = field(default_factory=list)  # DDL statements the project phase could not read
    enabling_vars: dict[str, list[str]] = field(default_factory=dict)  # dbt var -> the model folders it enables

    @property
    def proposed(self) -> int:
        return sum(1 for columns in self.tables.values() for column in columns if column.category)


_VAR_CALL = re.compile(r"\bvar\(\s*['\"](\w+)['\"]")
_ENABLED_ARGUMENT = re.compile(r"\benabled\s*=")


def _in_ddl_place(root: Path, relative: str) -> bool:
    """A migrations folder (DDL_PLACES, a sqitch project's deploy/) or a schema file's usual name."""
    return any(place.search(relative) for place in DDL_PLACES) or is_planned_step(root, relative)


def survey(root: Path) -> Survey:
    found = Survey(root)
    ddl_candidates: list[str] = []
    changelogs: list[str] = []  # Liquibase changelogs (XML, YAML, JSON), wherever they are
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED and not d.startswith("."))
        relative_folder = Path(folder).relative_to(root).as_posix()
        if "dbt_project.yml" in files and found.dbt_folder is None:
            found.dbt_folder = relative_folder
        for name in sorted(files):
            relative = name if relative_folder == "." else f"{relative_folder}/{name}"
            if name.endswith(".sql"):
                found.sql_files.append(relative)
            elif APP_CONFIG.match(name) and not in_test_folder(relative):
                found.app_configs.append(relative)
            framework = orm_framework(relative)
            if framework and framework not in found.orm_schemas:
                found.orm_schemas.append(framework)
            if name.endswith((".sql", ".ddl")) and len(ddl_candidates) < MAX_SQL_FILES:
                ddl_candidates.append(relative)
            elif (is_changelog(name) and named_like_a_changelog(relative) and len(changelogs) < MAX_SQL_FILES
                  and is_changelog_file(root / relative)):
                changelogs.append(relative)
    kinds = {relative: look_at(root / relative) for relative in ddl_candidates}
    schema_files = [relative for relative, kind in kinds.items() if kind is not None and (
        kind.is_ddl or (kind.changes_tables and _in_ddl_place(root, relative)))]
    steps = history_folders(schema_files)  # folders of ordered migration steps, whatever their name
    schema_files = [relative for relative, kind in kinds.items() if relative in schema_files or (
        kind is not None and kind.changes_tables and relative.rpartition("/")[0] in steps and is_step(relative))]
    found.down_migrations = [relative for relative in schema_files if is_down_migration(relative)]
    found.ddl_files = [relative for relative in schema_files if relative not in found.down_migrations]
    tested = [relative for relative in found.ddl_files if in_test_folder(relative)]
    if tested and len(tested) < len(found.ddl_files):  # the application's own schema is elsewhere
        found.test_ddl = tested
        found.ddl_files = [relative for relative in found.ddl_files if relative not in tested]
    found.dialect, found.dialect_reason = detect_dialect(root, found)
    found.dialect_paths = folder_dialects(root, found)
    found.histories = contained_histories(root, found.ddl_files, lambda relative: _dialect_for(found, relative))
    left_out = {relative for history in found.histories for relative in history.files}
    found.ddl_files = [relative for relative in found.ddl_files if relative not in left_out]
    found.ddl_files += _outermost_changelogs(root, changelogs)
    found.ddl_globs = ddl_globs(found.ddl_files, ddl_candidates + changelogs)
    return found


def _outermost_changelogs(root: Path, changelogs: list[str]) -> list[str]:
    """The changelogs no other changelog includes (the masters: the replay follows their includes), those
    of test folders left out when the application has its own. A changelog that includes nothing beside a
    master that does not include it is one Liquibase never applies (Keycloak's jpa-changelog-1.6.0.xml,
    superseded by 1.6.1): left out too."""
    kept = [relative for relative in changelogs if not in_test_folder(relative)] or changelogs
    includes = {relative: included_by([(root / relative, relative)]) for relative in kept}
    included = {path for paths in includes.values() for path in paths}
    outermost = [relative for relative in kept if (root / relative).resolve() not in included]
    master_folders = {relative.rpartition("/")[0] for relative in outermost if includes[relative]}
    return [relative for relative in outermost if includes[relative] or relative.rpartition("/")[0] not in master_folders]


def _dialect_for(found: Survey, relative: str) -> str:
    """The dialect the config will read a file in: the first `dialects` glob that matches, else the repository's."""
    return next((dialect for glob, (dialect, _) in found.dialect_paths.items() if match_path(glob, relative)),
                found.dialect)


# where frameworks keep a schema as code, and how each writes it out as SQL DDL privgate reads
ORM_SCHEMAS = (
    (re.compile(r"(^|/)database/migrations/[^/]+\.php$"), "Laravel migrations (database/migrations)",
     "`php artisan schema:dump`"),
    (re.compile(r"(^|/)db/(schema\.rb|migrate/[^/]+\.rb)$"), "Rails migrations (db/migrate, db/schema.rb)",
     "`config.active_record.schema_format = :sql` and `bin/rails db:schema:dump` (db/structure.sql)"),
    (re.compile(r"(^|/)migrations/\d{4}_[^/]+\.py$"), "Django migrations",
     "`pg_dump --schema-only` of a migrated database"),
    (re.compile(r"(^|/)versions/[^/]+\.py$"), "Alembic migrations (versions/)", "`alembic upgrade head --sql`"),
    (re.compile(r"(^|/)schema\.prisma$"), "a Prisma schema",
     "`prisma migrate diff --from-empty --to-schema-datamodel schema.prisma --script`"),
    (re.compile(r"(^|/)priv/repo/migrations/[^/]+\.exs$"), "Ecto migrations (priv/repo/migrations)",
     "`mix ecto.dump` (priv/repo/structure.sql)"),
    (re.compile(r"(^|/)Migrations/\d{14}_[^/]+\.cs$"), "Entity Framework Core migrations",
     "`dotnet ef migrations script`"),
)


def orm_framework(relative: str) -> tuple[str, str] | None:
    """The framework whose schema as code a file is (`database/migrations/..._create_users_table.php`:
    Laravel's): what it is and how to write it out as SQL, or None."""
    return next(((what, dump) for pattern, what, dump in ORM_SCHEMAS if pattern.search(relative)), None)


# `t`: Perl's test folder (a CPAN distribution's and MusicBrainz's `t/sql/*.sql` fixtures)
TEST_FOLDERS = frozenset({"test", "tests", "t", "spec", "specs", "__tests__", "testdata", "test_data", "testing",
                          "fixtures", "testsuite", "test-suite", "integration-tests", "e2e"})


def in_test_folder(relative: str) -> bool:
    """Whether a file lies in a folder of tests (`src/test/resources`, `spec/fixtures`, Perl's `t/sql`): the tables
    its DDL creates set up a test, they are not the application's."""
    return any(part.lower() in TEST_FOLDERS for part in relative.split("/")[:-1])


def ddl_globs(ddl_files: list[str], candidates: list[str]) -> list[str]:
    """Globs that match exactly the DDL files: `folder/*.sql` for a folder of several DDL files and
    nothing else of that extension, else the file's own path."""
    globs: list[str] = []
    for relative in ddl_files:
        folder, _, name = relative.rpartition("/")
        extension = name.rsplit(".", 1)[-1]
        siblings = [path for path in candidates if path.rpartition("/")[0] == folder and path.endswith("." + extension)]
        whole_folder = len(siblings) > 1 and all(path in ddl_files for path in siblings)
        if whole_folder:
            glob = f"{folder}/*.{extension}"  # `/*.sql` at the root: anchored there
        else:
            glob = relative if folder else f"/{relative}"  # a glob without a folder matches at any depth unless anchored
        if glob not in globs:
            globs.append(glob)
    return globs


def detect_dialect(root: Path, found: Survey) -> tuple[str, str]:
    """The dialect and why: a dbt profile in the repository, dbt's manifest, dbt_project.yml model
    configs, then votes of the SQL itself; postgres when nothing says anything."""
    dbt_root = root / found.dbt_folder if found.dbt_folder is not None else None
    named = _named_by_dbt(root, dbt_root)
    if named:
        return named
    sample = _sample(found.sql_files, found.ddl_files)
    chosen = _most_files([sample_signals(root / relative) for relative in sample])
    if chosen is None:
        return _from_jdbc_url(root, found.app_configs) or ("postgres", "default: nothing in the repository says otherwise")
    return chosen[0], f"from the SQL of {len(sample)} files: {_listed(chosen[1])}"


def _from_jdbc_url(root: Path, app_configs: list[str]) -> tuple[str, str] | None:
    """The database a Java application's own config connects to (`spring.datasource.url=jdbc:mysql://...`),
    when its SQL says nothing (a schema kept as Liquibase changelogs); an in-memory H2 names none."""
    for relative in app_configs:
        try:
            with open_regular(root / relative) as handle:
                text = handle.read(MANIFEST_CHARS).decode("utf-8", "replace")
        except OSError:
            continue
        named = [JDBC_DIALECTS[found.lower()] for found in JDBC_URL.findall(text) if found.lower() in JDBC_DIALECTS]
        if named:
            return named[0], f"the JDBC URL in {relative}"
    return None


def dbt_adapter_dialect(dbt_root: Path) -> str | None:
    """The dialect a dbt project's own files name (None when none says: the SQL's votes decide then)."""
    named = _named_by_dbt(dbt_root, dbt_root)
    return named[0] if named else None


def _named_by_dbt(root: Path, dbt_root: Path | None) -> tuple[str, str] | None:
    """The dialect, and why, that a dbt profile, dbt's manifest or model configs only one adapter knows name."""
    for source in (_from_profile(root, dbt_root), _from_manifest(root, dbt_root), _from_dbt_project(root, dbt_root)):
        if source:
            return source
    return None


def folder_dialects(root: Path, found: Survey) -> dict[str, tuple[str, str]]:
    """Top-level folders whose own SQL votes for another dialect than the repository's (a second
    warehouse), outside the dbt project: `folder/**` -> that dialect and why."""
    by_folder: dict[str, list[str]] = {}
    owned = _dbt_owned_folders(root, found)
    for relative in found.sql_files:
        folder = relative.partition("/")[0] if "/" in relative else ""
        if folder and folder != (found.dbt_folder or "").partition("/")[0] and folder not in owned:
            by_folder.setdefault(folder, []).append(relative)
    paths = {}
    for folder, files in sorted(by_folder.items()):
        signals = [sample_signals(root / relative) for relative in _sample(files, found.ddl_files)]
        chosen = _most_files(signals)
        if chosen is None or chosen[0] == found.dialect:
            continue
        counted = _file_winners(signals)
        if counted[chosen[0]] > counted[found.dialect]:  # more of its files, not one big script's signals
            paths[f"{folder}/**"] = (chosen[0], f"from its SQL: {_listed(chosen[1])}")
    named = _named_folder_dialects(found, paths, owned)
    files = _file_dialects(root, found, {**paths, **named})
    return {**files, **named, **paths}  # the first glob that matches decides: files first


def _dbt_owned_folders(root: Path, found: Survey) -> set[str]:
    """The top folders of a dbt project at the repository's root (its model, macro, test,
    analysis, snapshot and seed paths, packages and target): dbt's, not a second warehouse's
    (a Snowflake project's `macros/` are no PostgreSQL folder)."""
    if found.dbt_folder != ".":
        return set()
    owned = {"models", "macros", "tests", "analyses", "analysis", "snapshots", "seeds", "data", "dbt_packages",
             "dbt_modules", "target"}
    settings = _yaml(root / "dbt_project.yml")
    if isinstance(settings, dict):
        for key in ("model-paths", "source-paths", "macro-paths", "test-paths", "analysis-paths", "snapshot-paths",
                    "seed-paths", "data-paths"):
            paths = settings.get(key)
            if isinstance(paths, list):
                owned |= {str(path).strip("/").partition("/")[0] for path in paths if str(path).strip("/")}
    return owned


def _named_folder_dialects(found: Survey, folders: dict[str, tuple[str, str]],
                           owned: set[str]) -> dict[str, tuple[str, str]]:
    """Folders named after a database (DATABASE_FOLDERS) whose SQL would otherwise be read in
    another dialect, outside a dbt project (`owned`: the folders of one at the root): `path/to/folder/**`
    -> that database's dialect."""
    inside = f"{found.dbt_folder}/" if found.dbt_folder not in (None, ".") else None  # a dbt project in a folder
    paths: dict[str, tuple[str, str]] = {}
    for relative in found.sql_files:
        parts = relative.split("/")[:-1]
        if (parts and parts[0] in owned) or (inside and relative.startswith(inside)):
            continue
        named = [index for index, part in enumerate(parts) if _database_named(part)]
        if not named:
            continue
        folder = "/".join(parts[: named[-1] + 1])
        dialect = _database_named(parts[named[-1]])
        in_force = folders.get(f"{parts[0]}/**", (found.dialect, ""))[0]
        if dialect != in_force:
            paths[f"{folder}/**"] = (dialect, f"its folder is named {parts[named[-1]]}")
    return paths


def _database_named(folder: str) -> str | None:
    """The dialect of the one database a folder's name names, whole or as a word (`mysql`,
    `clickhouse_migrate`, `postgres-init`); None for a name with none or two."""
    named = {DATABASE_FOLDERS[word] for word in re.split(r"[_.\-]", folder.lower()) if word in DATABASE_FOLDERS}
    return named.pop() if len(named) == 1 else None


def _file_dialects(root: Path, found: Survey, folders: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Schema files written for another dialect than their folder's (its `folder/**` glob in
    `folders`, else the repository's), side by side (a sample database shipped as Chinook_MySql.sql,
    Chinook_Oracle.sql, Chinook_SqlServer.sql): each such file -> its dialect, when its own SQL says
    so clearly (at least three votes, more than twice those for the folder's dialect). Only DDL
    outside a dbt project (test fixtures' too: the scan reads them), at most SAMPLE_FILES files."""
    dbt_folder = (found.dbt_folder or "").strip("/.")
    paths = {}
    for relative in [*found.ddl_files, *found.test_ddl][:SAMPLE_FILES]:
        if found.dbt_folder is not None and (not dbt_folder or relative.startswith(dbt_folder + "/")):
            continue
        within = [glob for glob in folders if relative.startswith(glob.removesuffix("**"))]  # `folder/**` globs
        in_force = folders[max(within, key=len)][0] if within else found.dialect
        votes = sample_signals(root / relative)
        chosen = winner(votes)
        if chosen is None or chosen[0] == in_force:
            continue
        own = sum(count for (_, dialect), count in votes.items() if dialect == chosen[0])
        usual = sum(count for (_, dialect), count in votes.items() if dialect == in_force)
        if own >= 3 and own > 2 * usual:
            glob = relative if "/" in relative else f"/{relative}"
            paths[glob] = (chosen[0], f"from its SQL: {_listed(chosen[1])}")
    return paths


def voted_dialect(paths: list[Path]) -> str | None:
    """The dialect the SQL of these files votes for (each file one vote, as `privgate init` decides);
    None when they say nothing."""
    chosen = _most_files([sample_signals(path) for path in paths[:SAMPLE_FILES]])
    return chosen[0] if chosen else None


def _most_files(files: list[Counter[tuple[str, str]]]) -> tuple[str, list[tuple[str, int]]] | None:
    """The dialect most files vote for (each file one vote, for the dialects its signals favour most;
    ties by their signals, then by PREFERENCE), and its signals: one big generated script (a SQL
    Server fixture's thousands of [brackets]) does not outvote the many files of the project's own."""
    counted = _file_winners(files)
    if not counted:
        return None
    most = max(counted.values())
    tied = {dialect for dialect, count in counted.items() if count == most}
    votes = sum((votes for votes in files if _favoured(votes) & tied), Counter())
    return winner(Counter({key: count for key, count in votes.items() if key[1] in tied}))


def _file_winners(files: list[Counter[tuple[str, str]]]) -> Counter[str]:
    """How many files vote for each dialect: a file for each dialect its signals favour most (a lone
    `USE db` is MySQL's, SQL Server's and Snowflake's alike)."""
    return Counter(dialect for votes in files for dialect in _favoured(votes))


def _favoured(votes: Counter[tuple[str, str]]) -> set[str]:
    per_dialect = dialect_totals(votes)
    best = max(per_dialect.values(), default=0)
    return {dialect for dialect, count in per_dialect.items() if count == best and best}


def _sample(files: list[str], ddl_files: list[str]) -> list[str]:
    """At most SAMPLE_FILES files, DDL first (column types are the clearest signals)."""
    return sorted(files, key=lambda path: (path not in ddl_files, path))[:SAMPLE_FILES]


def _listed(signals: list[tuple[str, int]]) -> str:
    return ", ".join(f"{signal} ({count})" for signal, count in signals[:4])


def _from_profile(root: Path, dbt_root: Path | None) -> tuple[str, str] | None:
    candidates = [folder / name for folder in (dbt_root, root, root / ".dbt") if folder is not None
                  for name in ("profiles.yml", "profiles.yaml")]
    for path in dict.fromkeys(candidates):
        document = _yaml(path)
        if not isinstance(document, dict):
            continue
        wanted = _yaml(dbt_root / "dbt_project.yml") if dbt_root else None
        name = wanted.get("profile") if isinstance(wanted, dict) else None
        profile = document.get(name) if name in document else next(
            (value for key, value in document.items() if key != "config" and isinstance(value, dict)), None)
        if not isinstance(profile, dict) or not isinstance(profile.get("outputs"), dict):
            continue
        outputs = profile["outputs"]
        target = outputs.get(profile.get("target")) or next(iter(outputs.values()), None)
        adapter = str(target.get("type", "")).lower() if isinstance(target, dict) else ""
        if adapter in ADAPTERS:
            return ADAPTERS[adapter], f"the dbt profile in {_relative(path, root)} (type: {adapter})"
    return None


def _from_manifest(root: Path, dbt_root: Path | None) -> tuple[str, str] | None:
    if dbt_root is None:
        return None
    path = dbt_root / "target" / "manifest.json"
    try:
        with io.TextIOWrapper(open_regular(path, None), encoding="utf-8") as handle:
            head = handle.read(MANIFEST_CHARS)
    except (OSError, UnicodeDecodeError):
        return None
    match = re.search(r'"adapter_type"\s*:\s*"([a-z_]+)"', head)
    if match and match.group(1) in ADAPTERS:
        return ADAPTERS[match.group(1)], f"dbt's manifest {_relative(path, root)} (adapter_type: {match.group(1)})"
    return None


def _from_dbt_project(root: Path, dbt_root: Path | None) -> tuple[str, str] | None:
    document = _yaml(dbt_root / "dbt_project.yml") if dbt_root else None
    if not isinstance(document, dict):
        return None
    hints: Counter[str] = Counter()
    for key in _keys(document.get("models")) + _keys(document.get("seeds")) + _keys(document.get("snapshots")):
        dialect = DBT_CONFIG_HINTS.get(key.lstrip("+"))
        if dialect:
            hints[dialect] += 1
    if not hints:
        return None
    dialect, _ = hints.most_common(1)[0]
    keys = sorted(key for key, value in DBT_CONFIG_HINTS.items() if value == dialect)
    return dialect, f"model configs in {_relative(dbt_root / 'dbt_project.yml', root)} that only {dialect} knows ({', '.join(keys[:3])} ...)"


def propose(found: Survey, pack: Pack, pack_reference: str) -> Proposal:
    """The config to write: the survey's settings, then the categories the scan's own project phase
    infers on them (so init proposes exactly what a scan would classify)."""
    from checker.project import load_project

    config: dict[str, Any] = {"packs": [pack_reference], "dialect": found.dialect}
    if found.dialect_paths:
        config["dialects"] = {glob: dialect for glob, (dialect, _) in found.dialect_paths.items()}
    catalog_section: dict[str, Any] = {}
    if found.dbt_folder not in (None, "."):
        catalog_section["dbt"] = found.dbt_folder
    if found.ddl_globs:
        catalog_section["ddl"] = found.ddl_globs
    if pack.home_country:
        catalog_section["default_location"] = {"country": pack.home_country}
    if catalog_section:
        config["catalog"] = catalog_section
    project = load_project(from_dict(config, found.root, None))
    proposal = Proposal(config, problems=[_one_line(f"{problem.path}:{problem.line}: {problem.message}")
                                          for problem in project.problems])
    _read_catalog(project.catalog, proposal)
    if project.dbt is not None:
        proposal.enabling_vars = enabling_vars(project.dbt, found.root)
    return proposal


def enabling_vars(dbt: DbtProject, root: Path) -> dict[str, list[str]]:
    """The vars a dbt project's `enabled` configs read, in dbt_project.yml's folders (`+enabled: "{{
    var('enable_data_quality', false) | as_bool }}"`) and in models' config() calls (Tuva's `enabled =
    var('claims_enabled', False) | as_bool`) -> the folders whose models they enable: init says how to give
    them, as the team's dbt runs do."""
    from checker.readers.dbt_nodes import config_calls

    found: dict[str, set[str]] = {}
    for folder, value in dbt.folder_enabled:
        for name in _VAR_CALL.findall(value) if isinstance(value, str) else ():
            found.setdefault(name, set()).add(folder)
    for model in dbt.models.values():
        try:
            calls = config_calls(read_text(root / model.relative))
        except (OSError, UnicodeDecodeError):
            continue
        enabled = _ENABLED_ARGUMENT.search(calls)
        for name in _VAR_CALL.findall(_argument_at(calls, enabled.end())) if enabled else ():
            found.setdefault(name, set()).add(model.relative.rpartition("/")[0] + "/")
    return {name: sorted(folders) for name, folders in found.items()}


def _argument_at(text: str, start: int) -> str:
    """A call's argument from `start` to the comma or parenthesis that ends it at its own depth."""
    depth = 0
    for index in range(start, len(text)):
        depth += (text[index] in "([{") - (text[index] in ")]}")
        if depth < 0 or depth == 0 and text[index] == ",":
            return text[start:index]
    return text[start:]


def _read_catalog(catalog: Catalog, proposal: Proposal) -> None:
    for name, table in sorted(catalog.tables.items()):
        if not TABLE_KEY.match(name):
            proposal.skipped_tables.append(name)
            continue
        if table.partition_of in catalog.tables:
            proposal.partitions.append(name)
            continue
        columns = []
        for column, category in table.columns.items():
            rank = table.ranks.get(column)
            if rank == DECLARED:
                proposal.declared_elsewhere += 1
            elif category is not None and rank in PROPOSED_RANKS:
                columns.append(Column(column, category, _one_line(table.provenance.get(column, ""))))
            elif category is None:
                columns.append(Column(column, None, _one_line(_why_left_out(table, column))))
        if columns:
            proposal.tables[name] = columns


def _why_left_out(table: Any, column: str) -> str:
    if column in table.suggestions:
        category, why = table.suggestions[column]
        return f"suggestion: {category}? ({why})"
    if column in table.marked_personal:
        return "marked personal, kind unknown: review"
    provenance = table.provenance.get(column, "")
    return "unknown: review" if provenance in ("", "not declared") else f"unknown ({provenance}): review"


def pack_reference(pack_path: Path, root: Path) -> str:
    """How the config names the pack: a bundled pack by its name, another by its path."""
    if pack_path.resolve().parent == BUNDLED_PACKS.resolve():
        return pack_path.stem
    try:
        return pack_path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return pack_path.resolve().as_posix()


def render(found: Survey, proposal: Proposal, pack: Pack) -> str:
    """The privgate.yaml text: settings with the reasons for them, proposals with their provenance,
    and everything left for review as comments."""
    lines = [
        "# privgate configuration, scaffolded by `privgate init`. Review it before you rely on it:",
        "# - catalog.tables holds only proposals privgate is confident of (each says where it comes from);",
        "#   the commented columns are left undeclared: declare each one's category (or null for no",
        "#   personal data) once you know it.",
    ]
    if found.dbt_folder is not None:
        lines.append(f"# - dbt project in {found.dbt_folder}: its schema files and model lineage are read by every scan.")
    if proposal.declared_elsewhere:
        lines.append(f"# - {proposal.declared_elsewhere} columns are declared next to the data (DDL comments, dbt, Fides):"
                     " the scan reads them there.")
    if found.down_migrations:
        lines.append(f"# - {len(found.down_migrations)} down migrations (such as {found.down_migrations[0]}) are not "
                     "in catalog.ddl: they undo the migration beside them.")
    lines += [_history_line(history) for history in found.histories]
    if found.test_ddl:
        lines.append(f"# - {len(found.test_ddl)} DDL files in test folders (such as {found.test_ddl[0]}) are not in "
                     "catalog.ddl: they set up tests, not the application's schema. Add them if they are its schema.")
    for problem in proposal.problems[:MAX_PROBLEMS]:
        lines.append(f"# - not replayed: {problem}")
    if len(proposal.problems) > MAX_PROBLEMS:
        lines.append(f"# - ... and {len(proposal.problems) - MAX_PROBLEMS} more statements `privgate scan` reports.")
    for name in proposal.skipped_tables:
        lines.append(f"# - table {name} is not listed: its name cannot be spelled in catalog.tables.")
    if proposal.partitions:
        lines.append(f"# - {len(proposal.partitions)} partitions (such as {proposal.partitions[0]}) are not listed: "
                     "they take what is declared for their partitioned table.")
    lines.append(f"packs: [{_scalar(proposal.config['packs'][0])}]")
    lines.append(f"dialect: {found.dialect}  # {found.dialect_reason}")
    if found.dialect_paths:
        lines.append("dialects:")
        lines += [f"  {_scalar(glob)}: {dialect}  # {why}" for glob, (dialect, why) in found.dialect_paths.items()]
    lines += _catalog_lines(found, proposal, pack)
    lines += _purpose_lines(found, pack, proposal.config["packs"][0])
    return "\n".join(lines) + "\n"


def _history_line(history: History) -> str:
    """The header's word on a migration history left out of catalog.ddl, its evidence and how to take it back."""
    others = len(history.schema_files) - 1
    schema = history.schema_source + (f" and {others} more file{'s' * (others != 1)}" if others else "")
    text = (f"- {len(history.files)} upgrade scripts in {history.folder}/ (such as {history.files[0]}) are not in "
            f"catalog.ddl: they are the history that led to the complete schema beside them ({schema}), which "
            f"already has {history.known_tables:,} of the {history.tables:,} tables and {history.known_columns:,} of "
            f"the {history.columns:,} columns they leave, every column of the newest ({history.newest}) included. "
            "Replayed over it, old scripts would bring back old versions of its tables. Add them to catalog.ddl if "
            "they are newer than that schema.")
    return "\n".join(textwrap.wrap(text, 116, initial_indent="# ", subsequent_indent="#   ", break_on_hyphens=False,
                                   break_long_words=False))


def _catalog_lines(found: Survey, proposal: Proposal, pack: Pack) -> list[str]:
    section = proposal.config.get("catalog", {})
    lines = ["catalog:"]
    if "dbt" in section:
        lines.append(f"  dbt: {_scalar(section['dbt'])}")
    if proposal.enabling_vars:
        folders = sorted({folder for enabled in proposal.enabling_vars.values() for folder in enabled})
        shown = ", ".join(folders[:3]) + (f" and {len(folders) - 3} more" if len(folders) > 3 else "")
        lines.append(f"  # dbt_vars: {{{', '.join(f'{name}: true' for name in sorted(proposal.enabling_vars))}}}"
                     f"  # the models of {shown} are built only under these vars: give them as your dbt runs do "
                     "(or --vars)")
    if "ddl" in section:
        lines.append(f"  ddl: [{', '.join(_scalar(glob) for glob in section['ddl'])}]  # replayed in migration order")
    if "default_location" in section:
        lines.append(f"  default_location: {{country: {pack.home_country}}}  # the home country of pack {pack.id}")
    else:
        lines.append("  # default_location: {country: DE}  # where your warehouse runs: set it so transfers are judged")
    if not proposal.tables:
        lines.append("  tables: {}  # no table found" if not found.ddl_files and found.dbt_folder is None else "  tables: {}")
        return lines
    lines.append("  tables:" if proposal.proposed else "  tables: {}")
    for name, columns in proposal.tables.items():
        proposed = [column for column in columns if column.category]
        prefix = "    " if proposed else "    # "
        lines.append(f"{prefix}{_scalar(name)}:")
        lines.append(f"{prefix}  columns:")
        width = max(len(_scalar(column.name)) for column in columns)
        for column in columns:
            key = f"{_scalar(column.name)}:".ljust(width + 1)
            if column.category:
                lines.append(f"{prefix}    {key} {column.category}  # {column.note}")
            else:
                lines.append(f"      # {key} ?  # {column.note}")
    return lines


def _purpose_lines(found: Survey, pack: Pack, reference: str) -> list[str]:
    macros = f"{found.dbt_folder}/macros/".removeprefix("./") if found.dbt_folder is not None else None
    history = {relative for steps in found.histories for relative in steps.files}  # DDL all the same, not queries
    folders = sorted({path.rpartition("/")[0] for path in found.sql_files if path not in found.ddl_files
                      and path not in history and not (macros and path.startswith(macros))} - {""})[:20]
    if not folders:
        return []
    if pack.purposes:
        names = list(pack.purposes)
        choice = f"<one of: {', '.join(names[:6])}{', ...' if len(names) > 6 else ''}>"
        lines = ["# Give each folder of queries the purpose it serves (the purposes of your pack):"]
    else:
        choice = "<purpose>"
        purpose, category = ("newsletter", "user.contact.email") if "user.contact.email" in pack.categories \
            else ("my_purpose", next((name for name in pack.categories if not name.startswith("special")),
                                     next(iter(pack.categories), "user")))
        lines = [f"# Purposes: pack {reference} declares none, because they are your company's own. Declare them in a",
                 "# pack of your own that extends it (see the README, \"Rule packs\"), e.g. my-company.yaml:",
                 "#   id: my-company",
                 "#   title: My Company privacy policy",
                 "#   policy: privacy-policy.md",
                 f"#   extends: [{reference}]",
                 "#   categories:  # your own, if any (the extended pack's are inherited)",
                 "#     newsletter_optin: {name: Newsletter opt-in, personal: false}",
                 "#   purposes:",
                 f"#     {purpose}:",
                 f"#       name: {purpose.replace('_', ' ').capitalize()}",
                 "#       legal_basis: consent",
                 f"#       categories: [{category}]",
                 "#       citation: {section: Purposes, quote: \"the sentence of your policy that states this purpose\"}",
                 "# then list my-company.yaml under `packs:` and give each folder of queries its purpose:"]
    return lines + ["# purposes:", "#   paths:"] + [f"#     \"{folder}/**\": {choice}" for folder in folders]


def _scalar(text: str) -> str:
    """A YAML key or value: plain when it reads back as the same string, else double-quoted."""
    plain = re.fullmatch(r"[^\W\d][\w$./-]*", text) and RESOLVER.resolve(
        yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
    return text if plain else json.dumps(text, ensure_ascii=False)


def _one_line(text: str) -> str:
    """Text for a YAML comment: one line, whatever a name or message held."""
    return " ".join(text.split())


def _yaml(path: Path) -> Any:
    from checker.errors import ConfigError
    from checker.yamlio import load_yaml_file

    try:
        return load_yaml_file(path, duplicates=True)[0]  # a regular file, bounded values and depth
    except ConfigError:
        return None


def _keys(node: Any) -> list[str]:
    """Every key of a nested mapping."""
    if not isinstance(node, dict):
        return []
    return [str(key) for key in node] + [key for value in node.values() for key in _keys(value)]


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
