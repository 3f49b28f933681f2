"""The columns of a table created from a query (`CREATE TABLE x AS SELECT ...`), as the DDL replay
knows them: each output column's name, and its type where the source columns' types are known in the
tables replayed so far. What cannot be named (a `*` over a table the replay never saw, an expression
with no alias) is returned as a description, for the caller to report: never a silent gap."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import Scope, build_scope
from sqlglot.schema import MappingSchema

HOME = "_privgate_home"  # the schema unqualified replay tables are filed under for sqlglot
UNNAMED = "privgate_unnamed"  # marks a projection with no name of its own through qualify


class KnownTable(Protocol):
    """What the replay knows of a table: its columns in order and their types."""

    columns: Mapping[str, object]
    types: Mapping[str, str]


@dataclass
class QueryColumns:
    columns: list[tuple[str, str | None]] = field(default_factory=list)  # (name, SQL type lower case or None) in order
    unresolved: list[str] = field(default_factory=list)  # what could not be named, as said to the user
    open_ended: bool = False  # a `*` that could not be expanded: how many columns it stands for is unknown


def query_columns(query: exp.Expression, tables: Mapping[str, KnownTable], dialect: str) -> QueryColumns:
    """The output columns of `query` (a SELECT, a set operation or a query with CTEs) against the
    replayed tables; a query sqlglot cannot qualify keeps the names it writes and loses its types."""
    query = query.copy()
    if not isinstance(query, exp.Query):
        return QueryColumns(unresolved=[f"the query `{_short(query)}` has no columns privgate can read"])
    for projection in query.selects:
        if not projection.output_name and not projection.is_star:
            projection.meta[UNNAMED] = True
    _file_under_home(query, tables)
    schema = _schema(query, tables, dialect)
    try:
        query = qualify(query, schema=schema, dialect=dialect, validate_qualify_columns=False,
                        allow_partial_qualification=True, quote_identifiers=False, identify=False)
        annotate_types(query, schema=schema, dialect=dialect)
    except (SqlglotError, RecursionError):  # an ambiguous column, an odd construct: names as written
        pass
    found = QueryColumns()
    scope = _leftmost(build_scope(query))
    for projection in query.selects:
        if projection.is_star:
            _add_star(found, projection, scope, tables)
        elif projection.meta.get(UNNAMED) or (isinstance(projection, exp.Alias) and projection.this.meta.get(UNNAMED)):
            found.unresolved.append(f"`{_short(projection.unalias())}` has no column name (give it an alias)")
        else:
            found.columns.append((projection.output_name.lower(), _type(projection)))
    return found


def _file_under_home(query: exp.Expression, tables: Mapping[str, KnownTable]) -> None:
    """Give each unqualified reference to a replayed table the schema `_schema` files it under (CTE
    names stay as they are)."""
    ctes = {cte.alias_or_name.lower() for cte in query.find_all(exp.CTE)}
    for table in query.find_all(exp.Table):
        if not table.args.get("db") and table.name and table.name.lower() not in ctes and table.name.lower() in tables:
            table.set("db", exp.to_identifier(HOME))


def _schema(query: exp.Expression, tables: Mapping[str, KnownTable], dialect: str) -> MappingSchema:
    """The replayed tables the query names, as sqlglot's {schema: {table: {column: type}}}."""
    mapping: dict[str, dict[str, dict[str, str]]] = {}
    for reference in query.find_all(exp.Table):
        key = _table_key(reference)
        table = tables.get(key)
        if table is None or not table.columns:
            continue
        parts = key.split(".")
        schema, name = (parts[-2], parts[-1]) if len(parts) > 1 else (HOME, parts[0])
        mapping.setdefault(schema, {})[name] = {column: _known_type(table.types.get(column), dialect)
                                                for column in table.columns}
    return MappingSchema(mapping, dialect=dialect)


def _known_type(written: str | None, dialect: str) -> str:
    """A replayed column's type as sqlglot reads it, UNKNOWN where it was not given or does not parse."""
    if not written:
        return "UNKNOWN"
    try:
        exp.DataType.build(written, dialect=dialect, udt=True)
    except (SqlglotError, ValueError):
        return "UNKNOWN"
    return written


def _add_star(found: QueryColumns, star: exp.Expression, scope: Scope | None, tables: Mapping[str, KnownTable]) -> None:
    """The columns of a `*` or `t.*` qualify left as it was (some source's columns are unknown):
    those of each source that is a replayed table, the others reported."""
    qualifier = star.table.lower() if isinstance(star, exp.Column) else ""
    sources = scope.selected_sources if scope is not None else {}
    for alias, (_, source) in sources.items():
        if qualifier and alias.lower() != qualifier:
            continue
        columns = _source_columns(source, tables)
        if columns is None:
            found.unresolved.append(f"`{alias}.*`: the columns of {_source_name(source)} are unknown")
            found.open_ended = True
        found.columns += columns or []
    if qualifier and qualifier not in {alias.lower() for alias in sources}:
        found.unresolved.append(f"`{qualifier}.*`: no source of the query is called {qualifier}")
        found.open_ended = True


def _leftmost(scope: Scope | None) -> Scope | None:
    """The scope of the SELECT that names a query's columns (a set operation's first branch)."""
    while scope is not None and scope.set_operation_scopes:
        scope = scope.set_operation_scopes[0]
    return scope


def _source_columns(source: exp.Expression | Scope, tables: Mapping[str, KnownTable]) -> list[tuple[str, str | None]] | None:
    """The columns of a source in order with their types: a replayed table's, or a subquery's or
    CTE's when it names them all; None when they are unknown."""
    if isinstance(source, exp.Table):
        known = tables.get(_table_key(source))
        return [(column, known.types.get(column)) for column in known.columns] if known and known.columns else None
    selects = source.expression.selects if isinstance(source, Scope) and isinstance(source.expression, exp.Query) else []
    if not selects or any(select.is_star or not select.output_name for select in selects):
        return None
    return [(select.output_name.lower(), _type(select)) for select in selects]


def _table_key(table: exp.Table) -> str:
    return ".".join(part.name for part in table.parts).lower().removeprefix(f"{HOME}.")


def _source_name(source: exp.Expression | Scope) -> str:
    return f"table {_table_key(source)}" if isinstance(source, exp.Table) else "a subquery"


def _type(projection: exp.Expression) -> str | None:
    kind = projection.type
    if kind is None or kind.is_type(exp.DataType.Type.UNKNOWN, exp.DataType.Type.NULL):
        return None
    return kind.sql().lower()


def _short(node: exp.Expression) -> str:
    text = " ".join(node.sql().split())
    return text if len(text) <= 60 else text[:57] + "..."
