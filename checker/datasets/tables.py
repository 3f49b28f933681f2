"""Datasets checked inside a SQL engine: warehouse and database tables (PostgreSQL, SQLite, DuckDB,
Snowflake, BigQuery, Databricks SQL, Redshift, Trino), and lake files DuckDB reads in place
(`engine: duckdb`). Row predicates are counted by Great Expectations' SQL execution engine on a
query that derives the normalised columns: one aggregate query (plus GE's row count) and bounded
example queries (LIMIT 20); the detectors read a bounded sample per column (LIMIT). No query
returns the table's rows."""

from __future__ import annotations

import warnings
from typing import Any

from sqlglot import exp

from checker.datasets.dialects import derived_select, engine_of
from checker.datasets.prepared import Derived
from checker.datasets.spec import Dataset
from checker.errors import PrivgateError
from checker.readers.live import postgres_session, redact

STATEMENT_TIMEOUT_MS = 120_000
_READERS = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}


def engine_url(url: str) -> str:
    """SQLAlchemy's spelling of a database URL (PostgreSQL through psycopg 3)."""
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def dialect_of(url: str) -> str:
    return engine_of(url).dialect


def engine_options(url: str) -> dict[str, Any]:
    """Read-only sessions with a statement timeout where the driver takes one; warehouses are read
    with whatever the URL's role may do (give privgate a read-only role)."""
    dialect = dialect_of(url)
    seconds = STATEMENT_TIMEOUT_MS // 1000
    if dialect == "postgres":
        # Server-side cursors: GE runs a query asset once as-is to learn its columns; a client-side
        # cursor would pull every row of the table into memory for that.
        return {"connect_args": postgres_session(STATEMENT_TIMEOUT_MS),
                "execution_options": {"stream_results": True}}
    if dialect == "duckdb":
        return {} if ":memory:" in url else {"connect_args": {"read_only": True}}
    if dialect == "snowflake":
        return {"connect_args": {"session_parameters": {"STATEMENT_TIMEOUT_IN_SECONDS": seconds}}}
    if dialect == "trino":
        return {"connect_args": {"session_properties": {"query_max_run_time": f"{seconds}s"}}}
    return {}


def relation(dataset: Dataset) -> str:
    """What the queries read FROM, in the engine's dialect: the table, or DuckDB's reader of a lake file."""
    assert dataset.url is not None
    dialect = dialect_of(dataset.url)
    if dataset.location is None:
        return exp.to_table(dataset.spec.table or "", dialect=dialect).sql(dialect=dialect)
    place = exp.Literal.string(dataset.location).sql(dialect="duckdb")
    options = {"csv": ", header = true", "jsonl": ", format = 'newline_delimited'"}.get(dataset.format, "")
    return f"{_READERS[dataset.format]}({place}{options})"


def table_columns(dataset: Dataset) -> tuple[list[str], dict[str, str]]:
    """The dataset's columns and their SQL types, from the engine: PRAGMA table_info for SQLite,
    DESCRIBE for DuckDB (duckdb-engine's SQLAlchemy inspector fails on DuckDB 2), information_schema
    for PostgreSQL, the dialect's inspector for the warehouses."""
    import sqlalchemy

    url, source = dataset.url or "", relation(dataset)
    dialect = dialect_of(url)
    schema, _, name = (dataset.spec.table or "").rpartition(".")
    engine = sqlalchemy.create_engine(engine_url(url), **engine_options(url))
    try:
        with engine.connect() as connection:
            if dialect == "sqlite":
                rows = connection.execute(sqlalchemy.text("SELECT name, type FROM pragma_table_info(:name)"),
                                          {"name": name}).fetchall()
            elif dialect == "duckdb":
                rows = [row[:2] for row in connection.execute(sqlalchemy.text(f"DESCRIBE SELECT * FROM {source}")).fetchall()]
            elif dialect == "postgres":
                query = ("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = :name"
                         + (" AND table_schema = :schema" if schema else "") + " ORDER BY ordinal_position")
                rows = connection.execute(sqlalchemy.text(query), {"name": name, "schema": schema}).fetchall()
            else:
                inspector = sqlalchemy.inspect(connection)
                rows = [(column["name"], str(column["type"])) for column in inspector.get_columns(name, schema=schema or None)]
    except sqlalchemy.exc.NoSuchTableError:
        rows = []
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise PrivgateError(f"cannot read {dataset.label} in {redact(url)}: {_first_line(error)}") from None
    finally:
        engine.dispose()
    if not rows:
        raise PrivgateError(f"no table {dataset.spec.table} in {redact(url)}")
    return [row[0] for row in rows], {row[0].lower(): str(row[1]) for row in rows}


def sample_queries(dataset: Dataset, names: list[str], size: int) -> dict[str, str]:
    """The bounded query reading up to `size` non-null values of each column."""
    dialect = dialect_of(dataset.url or "")
    source = relation(dataset)
    queries = {}
    for name in names:
        column = exp.column(name, quoted=True)
        query = (exp.select(column).from_(source, dialect=dialect)
                 .where(exp.Not(this=exp.Is(this=column.copy(), expression=exp.Null()))).limit(size))
        queries[name] = query.sql(dialect=dialect)
    return queries


def sample_columns(dataset: Dataset, names: list[str], size: int) -> dict[str, list[object]]:
    """Up to `size` non-null values of each column (one LIMIT query per column): text, or JSON and
    array values as the driver gives them (dicts, lists) for the detectors to look inside."""
    import sqlalchemy

    url = dataset.url or ""
    engine = sqlalchemy.create_engine(engine_url(url), **engine_options(url))
    found: dict[str, list[object]] = {}
    try:
        with engine.connect() as connection:
            for name, query in sample_queries(dataset, names, size).items():
                rows = connection.execute(sqlalchemy.text(query)).fetchall()
                found[name.lower()] = [row[0] if isinstance(row[0], (dict, list)) else str(row[0]) for row in rows]
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise PrivgateError(f"cannot sample {dataset.label} in {redact(url)}: {_first_line(error)}") from None
    finally:
        engine.dispose()
    return found


def prepared_query(dataset: Dataset, derived: list[Derived], actual: dict[str, str], types: dict[str, str]) -> str:
    """SELECT of the derived columns from the dataset, in the engine's dialect."""
    dialect = dialect_of(dataset.url or "")
    selections = [derived_select(item, actual, types, dialect) for item in {item.name: item for item in derived}.values()]
    if not selections:
        selections = [f"1 AS {exp.to_identifier('row', quoted=True).sql(dialect=dialect)}"]
    return f"SELECT {', '.join(selections)} FROM {relation(dataset)}"


def ge_batch(url: str, name: str, query: str) -> Any:
    """A GE batch over the query, evaluated in the engine."""
    from checker.datasets.expectations import context
    from checker.datasets.gx_compat import bounded_reflection, keep_connections

    keep_connections()
    bounded_reflection()
    with warnings.catch_warnings():  # GE suggests its dialect-specific sources; the generic one serves all
        warnings.simplefilter("ignore")
        source = context().data_sources.add_sql(name, connection_string=engine_url(url), kwargs=engine_options(url))
    asset = source.add_query_asset("rows", query=query)
    return asset.add_batch_definition_whole_table("all").get_batch()


def _first_line(error: Exception) -> str:
    return redact((str(error).splitlines() or [""])[0])
