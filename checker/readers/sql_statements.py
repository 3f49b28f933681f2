"""One parsed SQL statement -> a `Statement` of facts: what it reads, returns, writes, exports,
deletes and grants."""

from __future__ import annotations

from datetime import date

from sqlglot import exp
from sqlglot.optimizer.simplify import simplify

from checker.catalog import DEFAULT_SCHEMAS, Catalog
from checker.facts import ColumnRead, DataMovement, Grant, OutputColumn, PurgeLimit, Statement
from checker.readers.sql_exports import find_export
from checker.readers.sql_grants import read_grants
from checker.readers.sql_query import analyse_query
from checker.readers.sql_session import is_temporary
from checker.readers.sql_time import purge_age_limits

KINDS = {
    exp.Select: "select",
    exp.Union: "select",
    exp.Intersect: "select",
    exp.Except: "select",
    exp.Insert: "insert",
    exp.Update: "update",
    exp.Delete: "delete",
    exp.Merge: "merge",
    exp.Create: "create",
    exp.Copy: "copy",
    exp.Export: "export",
    exp.Grant: "grant",
}


def describe_statement(node: exp.Expression, statement: Statement, catalog: Catalog, as_of: date) -> None:
    """Fill `statement` with the facts of `node`. sqlglot's OptimizeError propagates to the caller."""
    statement.kind = _kind(node)
    statement.defines = _defined_tables(node)
    if isinstance(node, exp.Create) and isinstance(node.this, exp.Schema) and isinstance(node.this.this, exp.Table) \
            and any(isinstance(column, exp.ColumnDef) for column in node.this.expressions) and not is_temporary(node):
        statement.schema_tables = (_name(node.this.this),)  # (a temporary table is gone at the session's end)
    export = find_export(node, statement.dialect)
    if export is not None:
        statement.movement = DataMovement(export.kind, export.destination, export.region, is_table=False)
        if export.query is not None:
            _add_query(statement, export.query, catalog, as_of)
        elif export.table is not None:
            _add_whole_table(statement, _name(export.table), catalog)
        return
    if isinstance(node, exp.Query) and returns_no_rows(node):
        _add_shape(statement, node, catalog, as_of)
    elif isinstance(node, exp.Query):
        _add_query(statement, node, catalog, as_of)
    elif isinstance(node, exp.Insert):
        target = node.this.this if isinstance(node.this, exp.Schema) else node.this
        if node.expression is not None:
            _add_query(statement, node.expression, catalog, as_of)
        if isinstance(target, exp.Table):
            statement.movement = DataMovement("insert", _name(target), None, is_table=True)
    elif isinstance(node, exp.Create) and isinstance(node.expression, exp.Query):
        _add_query(statement, node.expression, catalog, as_of)
        target = node.this.this if isinstance(node.this, exp.Schema) else node.this
        if isinstance(target, exp.Table):
            statement.movement = DataMovement("create_table_as", _name(target), None, is_table=True)
    elif isinstance(node, exp.Delete):
        _add_purge(statement, node, catalog, as_of)
    for access in read_grants(node, statement.dialect):
        tables = list(access.tables) or _tables_in_schema(catalog, access.schema)
        statement.grants.extend(
            Grant(role, table, access.columns, access.privilege) for table in tables for role in access.roles
        )


def _defined_tables(node: exp.Expression) -> tuple[str, ...]:
    """Tables a CREATE, ALTER or DROP statement changes (for pull-request mode)."""
    if isinstance(node, (exp.Create, exp.Drop, exp.Alter)):
        target = node.this.this if isinstance(node.this, exp.Schema) else node.this
        if isinstance(target, exp.Table):
            return (_name(target),)
    return ()


def _kind(node: exp.Expression) -> str:
    if isinstance(node, exp.Command):
        return node.name.lower()
    for node_type, kind in KINDS.items():
        if isinstance(node, node_type):
            return kind
    return type(node).__name__.lower()


def _add_query(statement: Statement, query: exp.Expression, catalog: Catalog, as_of: date) -> None:
    facts = analyse_query(query, catalog, statement.dialect, as_of)
    statement.reads.extend(facts.reads)
    statement.outputs.extend(facts.outputs)
    statement.branches.extend(facts.branches)


def _add_shape(statement: Statement, query: exp.Query, catalog: Catalog, as_of: date) -> None:
    """A query that returns no rows still has columns (dbt-project-evaluator's `stg_nodes` is `select
    cast(null as ...) as unique_id, ... where 1=0`, an empty table its post-hook fills, and the models
    downstream read its columns): its outputs without the columns they would come from, so no data flows
    and each is known by its own name."""
    statement.outputs.extend(OutputColumn(output.name, (), (output.name,), "computed")
                             for output in analyse_query(query, catalog, statement.dialect, as_of).outputs)


def returns_no_rows(query: exp.Query) -> bool:
    """A SELECT that can return no row: `WHERE FALSE`, `WHERE 1 = 0` or `LIMIT 0`, which checks that its
    columns exist (sqitch's verify scripts, a tool's probe of a table's shape) and reads no one's data."""
    if not isinstance(query, exp.Select):
        return False
    where, limit = query.args.get("where"), query.args.get("limit")
    if isinstance(limit, exp.Limit) and isinstance(limit.expression, exp.Literal) and limit.expression.this == "0":
        return True
    if where is None or where.this.find(exp.Column, exp.Subquery) is not None:
        return False  # a condition on the rows, not a constant
    try:
        return simplify(where.this.copy()) == exp.false()
    except Exception:  # noqa: BLE001 - a constant sqlglot cannot fold: read as a condition
        return False


def _add_whole_table(statement: Statement, table_name: str, catalog: Catalog) -> None:
    """An export of a whole table reads and emits every catalogued column."""
    for ref in catalog.columns_of(table_name):
        statement.reads.append(ColumnRead(ref, statement.line, statement.column, "whole table", "query"))
        statement.outputs.append(OutputColumn(ref.column, (ref,), (str(ref),)))


def _add_purge(statement: Statement, node: exp.Delete, catalog: Catalog, as_of: date) -> None:
    target = node.this
    if not isinstance(target, exp.Table):
        return
    table = catalog.table(_name(target))
    if table is None:
        return
    statement.purge_table = table.name
    where = node.args.get("where")
    if where is None:
        return  # deletes everything: never keeps data too long
    for limit in purge_age_limits(where.this, as_of):
        statement.purge_limits.append(PurgeLimit(table.name, limit.column.name.lower(), limit.age, limit.node.sql(dialect=statement.dialect)))


def _tables_in_schema(catalog: Catalog, schema: str | None) -> list[str]:
    """Catalog tables of `schema`; unqualified catalog tables count as the default schema's."""
    if schema is None:
        return []
    return [
        name for name in catalog.tables
        if name.startswith(f"{schema}.") or ("." not in name and schema in DEFAULT_SCHEMAS)
    ]


def _name(table: exp.Table) -> str:
    return ".".join(part.name for part in table.parts).lower()
