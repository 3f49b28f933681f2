"""`privgate init`: a first privgate.yaml for an existing repository.

Detects the SQL dialect (the one that parses most files), dbt and migration folders, reads the
tables that CREATE TABLE statements define, and proposes a data category for each column whose
name says what it holds, using the categories of the chosen pack.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlglot
import yaml
from sqlglot import exp
from sqlglot.errors import SqlglotError

from checker.classify import category_from_name
from checker.policy.model import Pack

CANDIDATE_DIALECTS = ("postgres", "snowflake", "bigquery", "redshift", "mysql")
SAMPLE_FILES = 200
MIGRATION_FOLDERS = ("migrations", "db/migrate", "schema", "schemas", "ddl", "sql/migrations")
SKIPPED = {".git", ".venv", "venv", "node_modules", "target", "dbt_packages", "__pycache__"}

@dataclass
class Survey:
    """What `init` found in the repository."""

    sql_files: list[Path] = field(default_factory=list)
    dialect: str = "postgres"
    dbt_project: Path | None = None
    migration_folders: list[str] = field(default_factory=list)
    tables: dict[str, list[str]] = field(default_factory=dict)


def survey(root: Path) -> Survey:
    found = Survey()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED and not d.startswith("."))
        found.sql_files += [Path(folder) / name for name in sorted(files) if name.endswith(".sql")]
        if "dbt_project.yml" in files and found.dbt_project is None:
            found.dbt_project = Path(folder) / "dbt_project.yml"
    found.migration_folders = [name for name in MIGRATION_FOLDERS if (root / name).is_dir()]
    found.dialect = _best_dialect(found.sql_files[:SAMPLE_FILES])
    found.tables = _tables(found.sql_files, found.dialect)
    return found


def propose_config(found: Survey, pack: Pack, root: Path) -> dict:
    """A config with the pack, the dialect, and proposed categories for the columns found."""
    tables = {}
    for table, columns in sorted(found.tables.items()):
        proposed = {column: category_from_name(table, column, pack) for column in columns}
        tables[table] = {"columns": proposed}
    config: dict = {"packs": [pack.id], "dialect": found.dialect}
    config["catalog"] = {"default_location": {"country": pack.home_country or "DE"}}
    if found.migration_folders:
        config["catalog"]["ddl"] = [f"{folder}/**/*.sql" for folder in found.migration_folders]
    config["catalog"]["tables"] = tables
    return config


def render_config(config: dict, found: Survey, root: Path, pack: Pack) -> str:
    header = [
        "# privgate configuration, scaffolded by `privgate init`. Review every proposal:",
        "# - catalog.tables: categories were guessed from column names; null means no personal data.",
        "# - purposes: uncomment and give each folder of queries a purpose of the pack.",
    ]
    if found.dbt_project:
        header.append(f"# - dbt project found at {found.dbt_project.parent}: its models are scanned as SQL.")
    if found.migration_folders:
        header.append(f"# - migrations found in: {', '.join(found.migration_folders)}.")
    folders = sorted({file.parent for file in found.sql_files} - {root})[:20]
    purposes = ["# purposes:", "#   paths:"] + [
        f"#     \"{folder.relative_to(root).as_posix()}/**\": <one of: {', '.join(list(pack.purposes)[:6])}, ...>"
        for folder in folders]
    body = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
    return "\n".join(header) + "\n" + body + ("\n".join(purposes) + "\n" if folders else "")


def _best_dialect(files: list[Path]) -> str:
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    scores: Counter[str] = Counter()
    for file in files:
        try:
            text = file.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for dialect in CANDIDATE_DIALECTS:
            try:
                parsed = sqlglot.parse(text, read=dialect)
            except SqlglotError:
                continue
            scores[dialect] += 1 + sum(not isinstance(node, exp.Command) for node in parsed if node is not None)
    if not scores:
        return "postgres"
    best = max(scores.values())
    return next(dialect for dialect in CANDIDATE_DIALECTS if scores[dialect] == best)


def _tables(files: list[Path], dialect: str) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    for file in files:
        try:
            statements = sqlglot.parse(file.read_text("utf-8"), read=dialect)
        except (OSError, UnicodeDecodeError, SqlglotError):
            continue
        for node in statements:
            if isinstance(node, exp.Create) and isinstance(node.this, exp.Schema):
                name = node.this.this.name.lower()
                columns = [column.name.lower() for column in node.this.expressions if isinstance(column, exp.ColumnDef)]
                tables.setdefault(name, [])
                tables[name] += [column for column in columns if column not in tables[name]]
    return tables
