"""DDL files -> table definitions for the catalog: a migrations folder replayed in path order.

CREATE TABLE, ALTER TABLE ADD / DROP / RENAME COLUMN, DROP TABLE, and column annotations in
`COMMENT ON COLUMN t.c IS 'privgate: account.email'`, inline `COMMENT 'privgate: ...'` (MySQL) and
`OPTIONS(description='privgate: ...')` (BigQuery). A comment without a `privgate:` annotation
declares nothing.

Storage and retention clauses: `LOCATION '...'` of external tables (Hive, Databricks, Snowflake
stages), a BigQuery dataset's `OPTIONS(location=...)` for its tables, BigQuery
`partition_expiration_days` / `expiration_timestamp`, and ClickHouse `TTL col + INTERVAL ...`, which
delete rows. Snowflake `DATA_RETENTION_TIME_IN_DAYS` is Time Travel (how long *deleted* data stays
recoverable), not a deletion, and is recorded as such.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from checker.durations import Duration
from checker.facts import InputProblem
from checker.readers.sql_time import interval_duration

NOT_PERSONAL = "none"  # `privgate: none`: declared to hold no personal data
ANNOTATION = re.compile(r"privgate:\s*(?P<category>[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*|none)\b")
logging.getLogger("sqlglot").setLevel(logging.ERROR)


@dataclass
class TableDefinition:
    name: str
    columns: dict[str, str | None] = field(default_factory=dict)  # column -> annotation (None: not annotated)
    source: str = ""
    line: int = 1
    types: dict[str, str] = field(default_factory=dict)  # column -> SQL type, lower case, where known
    location: str | None = None  # a storage URL, stage or region the table's data lives in
    retention: Duration | None = None  # rows are deleted after this (a TTL or partition expiration)
    retention_clause: str | None = None  # the clause that says so, as evidence
    time_travel: str | None = None  # Snowflake's DATA_RETENTION_TIME_IN_DAYS: not a deletion


def replay(files: list[tuple[Path, str]],
           dialect_for: Callable[[str], str]) -> tuple[dict[str, TableDefinition], list[InputProblem]]:
    """The final schema after applying every DDL file in path order."""
    tables: dict[str, TableDefinition] = {}
    problems: list[InputProblem] = []
    datasets: dict[str, str] = {}  # BigQuery dataset -> its location
    for path, relative in sorted(files, key=lambda item: item[1]):
        try:
            text = path.read_text("utf-8-sig")
            statements = sqlglot.parse(text, read=dialect_for(relative))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(InputProblem(relative, 1, 1, f"cannot read DDL: {error}", "unreadable"))
            continue
        except SqlglotError as error:
            detail = getattr(error, "errors", None) or [{}]
            problems.append(InputProblem(relative, detail[0].get("line") or 1, detail[0].get("col") or 1,
                                         f"cannot parse DDL: {str(error).splitlines()[0]}", "unparsable"))
            continue
        for node in statements:
            if node is not None:
                _apply(node, tables, relative, datasets)
    return tables, problems


def _apply(node: exp.Expression, tables: dict[str, TableDefinition], source: str, datasets: dict[str, str]) -> None:
    kind = str(node.args.get("kind")).upper()
    if isinstance(node, exp.Create) and kind in ("SCHEMA", "DATABASE"):
        location = _properties(node).get("location")
        if location and isinstance(node.this, exp.Table):
            datasets[_name(node.this)] = location
    elif isinstance(node, exp.Create) and isinstance(node.this, exp.Schema) and kind == "TABLE":
        name = _name(node.this.this)
        line = (node.this.this.this.meta or {}).get("line", 1) if isinstance(node.this.this.this, exp.Identifier) else 1
        table = tables[name] = TableDefinition(name, source=source, line=line)
        for column in node.this.expressions:
            if isinstance(column, exp.ColumnDef):
                table.columns[column.name.lower()] = _inline_annotation(column)
                if column.args.get("kind") is not None:
                    table.types[column.name.lower()] = column.args["kind"].sql().lower()
        _storage_and_retention(node, table, datasets)
    elif isinstance(node, exp.Alter) and isinstance(node.this, exp.Table):
        table = tables.setdefault(_name(node.this), TableDefinition(_name(node.this), source=source))
        for action in node.args.get("actions") or []:
            if isinstance(action, exp.ColumnDef):
                table.columns[action.name.lower()] = _inline_annotation(action)
                if action.args.get("kind") is not None:
                    table.types[action.name.lower()] = action.args["kind"].sql().lower()
            elif isinstance(action, exp.Drop):
                for column in action.args.get("tables") or []:
                    table.columns.pop(column.name.lower(), None)
            elif isinstance(action, exp.RenameColumn):
                old, new = action.this.name.lower(), action.args["to"].name.lower()
                table.columns[new] = table.columns.pop(old, None)
    elif isinstance(node, exp.Drop) and str(node.args.get("kind")).upper() == "TABLE":
        for target in node.args.get("tables") or []:
            tables.pop(_name(target), None)
    elif isinstance(node, exp.Comment) and str(node.args.get("kind")).upper() == "COLUMN":
        column = node.this
        if isinstance(column, exp.Column) and column.table:
            table_name = ".".join(part.name for part in column.parts[:-1]).lower()
            table = tables.setdefault(table_name, TableDefinition(table_name, source=source))
            table.columns[column.name.lower()] = _annotation(node.expression.name)


def _properties(node: exp.Create) -> dict[str, str]:
    """Table properties by lower-case name: `location`, `partition_expiration_days`, ..."""
    found: dict[str, str] = {}
    properties = node.args.get("properties")
    for prop in properties.expressions if properties else []:
        if isinstance(prop, exp.LocationProperty):
            found["location"] = prop.this.name if isinstance(prop.this, exp.Literal) else prop.this.sql()
        elif isinstance(prop, exp.Property):
            value = prop.args.get("value")
            found[prop.name.lower()] = value.name if isinstance(value, exp.Literal) else (value.sql() if value else "")
    return found


def _storage_and_retention(node: exp.Create, table: TableDefinition, datasets: dict[str, str]) -> None:
    properties = _properties(node)
    dataset = table.name.rsplit(".", 1)[0] if "." in table.name else None
    table.location = properties.get("location") or (datasets.get(dataset) if dataset else None)
    days = properties.get("partition_expiration_days")
    if days and days.replace(".", "", 1).isdigit():
        table.retention = Duration(float(days), "day")
        table.retention_clause = f"OPTIONS(partition_expiration_days={days})"
    ttl = next((prop for prop in (node.args.get("properties") or exp.Properties()).expressions
                if isinstance(prop, exp.MergeTreeTTL)), None)
    if ttl is not None:
        durations = [found for action in ttl.expressions
                     if isinstance(expression := action.this if isinstance(action, exp.MergeTreeTTLAction) else action, exp.Add)
                     and (found := interval_duration(expression.expression)) is not None]
        if durations:
            table.retention = min(durations, key=lambda item: item.days)
            table.retention_clause = ttl.sql(dialect="clickhouse")
    travel = properties.get("data_retention_time_in_days")
    if travel:
        table.time_travel = f"DATA_RETENTION_TIME_IN_DAYS = {travel} (Snowflake Time Travel: keeps deleted rows recoverable, deletes nothing)"


def _inline_annotation(column: exp.ColumnDef) -> str | None:
    for constraint in column.args.get("constraints") or []:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.CommentColumnConstraint):
            return _annotation(kind.this.name)
        if isinstance(kind, exp.Properties):
            for prop in kind.expressions:
                if isinstance(prop, exp.Property) and prop.name.lower() == "description":
                    return _annotation(prop.args["value"].name)
    return None


def annotation_of(comment: str) -> str | None:
    """The category a `privgate: <category>` annotation in a comment declares."""
    return _annotation(comment)


def _annotation(comment: str) -> str | None:
    """A category, NOT_PERSONAL for `privgate: none`, or None when the comment declares nothing."""
    match = ANNOTATION.search(comment or "")
    return None if match is None else match["category"]


def _name(table: exp.Table) -> str:
    return ".".join(part.name for part in table.parts).lower()
