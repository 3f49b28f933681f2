"""The SQL engines dataset tables are checked in (push-down through Great Expectations' SQL data
source and the engine's SQLAlchemy dialect), which optional extra brings each one's driver, and
the SQL computing the normalised columns in each engine's dialect (written with sqlglot, so one
expression serves every dialect). Light: nothing here imports a driver."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from sqlglot import exp

from checker.datasets.prepared import COUNTRY, EPOCH, FALSE_WORDS, RAW, TRUE_WORDS, TRUTH, Derived, is_native_time
from checker.errors import ConfigError


@dataclass(frozen=True)
class SqlEngine:
    """An engine privgate can check tables in."""

    dialect: str  # sqlglot's dialect name (also privgate's)
    label: str
    schemes: tuple[str, ...]  # URL schemes (before any +driver)
    extra: str  # privgate's optional extra that installs the dialect and driver
    distributions: tuple[str, ...]  # what the dialect and its driver need installed


ENGINES = (
    SqlEngine("postgres", "PostgreSQL", ("postgresql", "postgres"), "", ()),  # psycopg: a base dependency
    SqlEngine("sqlite", "SQLite", ("sqlite",), "", ()),
    SqlEngine("duckdb", "DuckDB", ("duckdb",), "duckdb", ("duckdb", "duckdb-engine")),
    SqlEngine("snowflake", "Snowflake", ("snowflake",), "snowflake",
              ("snowflake-sqlalchemy",)),
    SqlEngine("bigquery", "BigQuery", ("bigquery",), "bigquery", ("sqlalchemy-bigquery",)),
    SqlEngine("databricks", "Databricks SQL", ("databricks",), "databricks",
              ("databricks-sqlalchemy",)),
    SqlEngine("redshift", "Redshift", ("redshift",), "redshift",
              ("sqlalchemy-redshift", "redshift-connector")),
    SqlEngine("trino", "Trino", ("trino",), "trino", ("trino",)),
)
_BY_SCHEME = {scheme: engine for engine in ENGINES for scheme in engine.schemes}


def engine_of(url: str) -> SqlEngine:
    """The engine a database URL names; a ConfigError listing the supported ones otherwise."""
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    if scheme not in _BY_SCHEME:
        names = ", ".join(engine.label for engine in ENGINES)
        raise ConfigError(f"dataset tables are checked in {names}; not in a '{scheme}' database")
    return _BY_SCHEME[scheme]


def missing_driver(url: str) -> str | None:
    """A one-line message naming the extra to install when the URL's dialect is not installed."""
    engine = engine_of(url)
    missing = [distribution for distribution in engine.distributions if not installed(distribution)]
    if not missing:
        return None
    return (f"checking tables in {engine.label} needs privgate's `{engine.extra}` extra ({', '.join(missing)} "
            f"not installed): pip install 'privgate[{engine.extra}]' (or 'privgate[warehouses]')")


def installed(distribution: str) -> bool:
    """Whether a distribution is installed, from its metadata (nothing is imported)."""
    try:
        metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return False
    return True


def derived_select(derived: Derived, actual: dict[str, str], types: dict[str, str], dialect: str) -> str:
    """`<derived SQL> AS <its name>` from the dataset's columns (`actual`: lower -> as the engine
    spells it; `types`: lower -> SQL type)."""
    source = exp.column(actual[derived.source], quoted=True)
    sql = derived_sql(derived, source, dialect, types.get(derived.source, ""))
    if derived.unless:
        other = exp.column(actual[derived.unless], quoted=True)
        sql = f"CASE WHEN {given_sql(other, types.get(derived.unless, '')).sql(dialect=dialect)} THEN NULL ELSE {sql} END"
    return f"{sql} AS {exp.to_identifier(derived.name, quoted=True).sql(dialect=dialect)}"


def given_sql(source: exp.Expression, column_type: str) -> exp.Expression:
    """True where a value is given: a true boolean; else not null, not empty and not a false word
    (a date or a timestamp counts), as checker.datasets.frames.given does for files."""
    kind = column_type.lower()
    if kind in ("boolean", "bool"):
        return exp.Coalesce(this=source.copy(), expressions=[exp.false()])
    text = source if any(word in kind for word in ("char", "text", "string")) else exp.cast(source.copy(), "TEXT")
    words = [exp.Literal.string(word) for word in ("", *FALSE_WORDS)]
    return exp.and_(exp.Not(this=exp.Is(this=source.copy(), expression=exp.Null())),
                    exp.Not(this=exp.Lower(this=exp.Trim(this=text.copy())).isin(*words)))


def derived_sql(derived: Derived, source: exp.Expression, dialect: str, column_type: str = "") -> str:
    """The SQL computing a derived column from the dataset's `source` column in `dialect`. Typed
    columns are used as they are where possible, so the engine can scan them cheaply."""
    kind = column_type.lower()
    if derived.way == RAW or (derived.way == EPOCH and is_native_time(kind, dialect)):
        return source.sql(dialect=dialect)
    text = source if any(word in kind for word in ("char", "text", "string")) else exp.cast(source.copy(), "TEXT")
    if derived.way == COUNTRY:
        return exp.Upper(this=exp.Trim(this=text)).sql(dialect=dialect)
    if derived.way == TRUTH and kind in ("boolean", "bool"):
        return exp.Case().when(source.copy(), exp.Literal.number(1)).when(
            exp.Not(this=source.copy()), exp.Literal.number(0)).sql(dialect=dialect)
    if derived.way == TRUTH:
        words = [exp.Literal.string(word) for word in TRUE_WORDS]
        truth = exp.Case().when(exp.Is(this=source.copy(), expression=exp.Null()), exp.Null()).when(
            exp.Lower(this=exp.Trim(this=text.copy())).isin(*words), exp.Literal.number(1)).else_(exp.Literal.number(0))
        return truth.sql(dialect=dialect)
    if derived.way != EPOCH:
        raise ValueError(f"unknown way {derived.way}")
    if dialect == "sqlite":
        return f"CAST(strftime('%s', {source.sql(dialect=dialect)}) AS INTEGER)"
    # TRY_CAST (SAFE_CAST) where the dialect has it: text that is no date is a missing value, as in pandas
    moment = exp.TryCast(this=source.copy(), to=exp.DataType.build("TIMESTAMPTZ"))
    seconds = exp.UnixSeconds(this=moment) if dialect == "bigquery" else exp.TimeToUnix(this=moment)
    return exp.cast(seconds, "BIGINT").sql(dialect=dialect)
