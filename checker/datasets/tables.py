"""Database tables as datasets: row predicates are counted inside the database through Great
Expectations' SQL execution engine (push-down: only counts and at most 20 example values come
back), on a query that derives the normalised columns; the detectors read a bounded sample per
column (LIMIT)."""

from __future__ import annotations

import warnings
from typing import Any

from sqlglot import exp

from checker.datasets.prepared import Derived, sql_expression
from checker.errors import PrivgateError
from checker.readers.live import postgres_session, redact

STATEMENT_TIMEOUT_MS = 120_000


def engine_url(url: str) -> str:
    """SQLAlchemy's spelling of a database URL (PostgreSQL through psycopg 3)."""
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def dialect_of(url: str) -> str:
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    return {"postgresql": "postgres", "postgres": "postgres"}.get(scheme, scheme)


def engine_options(url: str) -> dict[str, Any]:
    """Read-only sessions with a statement timeout where the database has them."""
    dialect = dialect_of(url)
    if dialect == "postgres":
        # Server-side cursors: GE runs a query asset once as-is to learn its columns; a client-side
        # cursor would pull every row of the table into memory for that.
        return {"connect_args": postgres_session(STATEMENT_TIMEOUT_MS),
                "execution_options": {"stream_results": True}}
    if dialect == "duckdb":
        return {"connect_args": {"read_only": True}}
    if dialect == "sqlite":
        return {}
    raise PrivgateError(f"dataset tables are read from PostgreSQL, SQLite or DuckDB, not {dialect} ({redact(url)})")


def table_columns(url: str, table: str) -> tuple[list[str], dict[str, str]]:
    """The table's columns and their SQL types, from the database catalog (information_schema, or
    PRAGMA table_info for SQLite; duckdb-engine's SQLAlchemy inspector fails on DuckDB 2)."""
    import sqlalchemy

    dialect = dialect_of(url)
    schema, _, name = table.rpartition(".")
    if dialect == "sqlite":
        query, parameters = "SELECT name, type FROM pragma_table_info(:name)", {"name": name}
    else:
        query = ("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = :name"
                 + (" AND table_schema = :schema" if schema else "") + " ORDER BY ordinal_position")
        parameters = {"name": name, "schema": schema}
    engine = sqlalchemy.create_engine(engine_url(url), **engine_options(url))
    try:
        with engine.connect() as connection:
            rows = connection.execute(sqlalchemy.text(query), parameters).fetchall()
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise PrivgateError(f"cannot read {table} in {redact(url)}: {redact(str(error).splitlines()[0])}") from None
    finally:
        engine.dispose()
    if not rows:
        raise PrivgateError(f"no table {table} in {redact(url)}")
    return [row[0] for row in rows], {row[0].lower(): str(row[1]) for row in rows}


def sample_columns(url: str, table: str, names: list[str], size: int) -> dict[str, list[object]]:
    """Up to `size` non-null values of each column (one LIMIT query per column): text, or JSON and
    array values as the driver gives them (dicts, lists) for the detectors to look inside."""
    import sqlalchemy

    dialect = dialect_of(url)
    engine = sqlalchemy.create_engine(engine_url(url), **engine_options(url))
    found: dict[str, list[object]] = {}
    try:
        with engine.connect() as connection:
            for name in names:
                column = exp.column(name, quoted=True)
                query = (exp.select(column).from_(exp.to_table(table, dialect=dialect))
                         .where(exp.Not(this=exp.Is(this=column.copy(), expression=exp.Null()))).limit(size))
                rows = connection.execute(sqlalchemy.text(query.sql(dialect=dialect))).fetchall()
                found[name.lower()] = [row[0] if isinstance(row[0], (dict, list)) else str(row[0]) for row in rows]
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise PrivgateError(f"cannot sample {table} in {redact(url)}: {redact(str(error).splitlines()[0])}") from None
    finally:
        engine.dispose()
    return found


def prepared_query(url: str, table: str, derived: list[Derived], actual: dict[str, str], types: dict[str, str]) -> str:
    """SELECT of the derived columns from the table, in the database's dialect."""
    dialect = dialect_of(url)
    selections = []
    for item in {item.name: item for item in derived}.values():
        source = exp.column(actual[item.source], quoted=True).sql(dialect=dialect)
        selections.append(f"{sql_expression(item, source, dialect, types.get(item.source, ''))} AS {exp.to_identifier(item.name, quoted=True).sql(dialect=dialect)}")
    if not selections:
        selections = ["1 AS \"row\""]
    return f"SELECT {', '.join(selections)} FROM {exp.to_table(table, dialect=dialect).sql(dialect=dialect)}"


def ge_batch(url: str, name: str, query: str) -> Any:
    """A GE batch over the query, evaluated in the database."""
    from checker.datasets.expectations import context
    from checker.datasets.gx_compat import keep_connections

    keep_connections()
    with warnings.catch_warnings():  # GE suggests its SQLite-specific source; the generic one serves all three
        warnings.simplefilter("ignore")
        source = context().data_sources.add_sql(name, connection_string=engine_url(url), kwargs=engine_options(url))
    asset = source.add_query_asset("rows", query=query)
    return asset.add_batch_definition_whole_table("all").get_batch()

