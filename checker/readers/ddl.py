"""DDL files -> table definitions for the catalog: a migrations folder replayed in path order.

CREATE TABLE, ALTER TABLE ADD / DROP / RENAME COLUMN, DROP TABLE, and column annotations in
`COMMENT ON COLUMN t.c IS 'privgate: account.email'`, inline `COMMENT 'privgate: ...'` (MySQL) and
`OPTIONS(description='privgate: ...')` (BigQuery). A comment without a `privgate:` annotation
declares nothing.
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

from checker.facts import InputProblem

NOT_PERSONAL = "none"  # `privgate: none`: declared to hold no personal data
ANNOTATION = re.compile(r"privgate:\s*(?P<category>[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*|none)\b")
logging.getLogger("sqlglot").setLevel(logging.ERROR)


@dataclass
class TableDefinition:
    name: str
    columns: dict[str, str | None] = field(default_factory=dict)  # column -> annotation (None: not annotated)
    source: str = ""


def replay(files: list[tuple[Path, str]],
           dialect_for: Callable[[str], str]) -> tuple[dict[str, TableDefinition], list[InputProblem]]:
    """The final schema after applying every DDL file in path order."""
    tables: dict[str, TableDefinition] = {}
    problems: list[InputProblem] = []
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
                _apply(node, tables, relative)
    return tables, problems


def _apply(node: exp.Expression, tables: dict[str, TableDefinition], source: str) -> None:
    if isinstance(node, exp.Create) and isinstance(node.this, exp.Schema) and str(node.args.get("kind")).upper() == "TABLE":
        name = _name(node.this.this)
        table = tables[name] = TableDefinition(name, source=source)
        for column in node.this.expressions:
            if isinstance(column, exp.ColumnDef):
                table.columns[column.name.lower()] = _inline_annotation(column)
    elif isinstance(node, exp.Alter) and isinstance(node.this, exp.Table):
        table = tables.setdefault(_name(node.this), TableDefinition(_name(node.this), source=source))
        for action in node.args.get("actions") or []:
            if isinstance(action, exp.ColumnDef):
                table.columns[action.name.lower()] = _inline_annotation(action)
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
