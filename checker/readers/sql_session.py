"""The schemas a SQL file's statements run under, as the database would follow them within one session.

A statement names a table without its schema (`CREATE TABLE control`) and the session decides where it
lives: PostgreSQL's and Redshift's `SET search_path = json_dump, public` (also `TO`, `SET SCHEMA 'x'`,
and pg_dump's `SELECT pg_catalog.set_config('search_path', '', false)`), DuckDB's `SET schema = 'x'`,
Oracle's `ALTER SESSION SET CURRENT_SCHEMA = x`, Snowflake's `USE SCHEMA [db.]x`, and `USE x` in MySQL
and DuckDB, where a database is a schema. A table created goes into the first schema of the path; one
read or changed is the first of the path's schemas that holds it, else its name stays as written.
T-SQL's `USE db` and Snowflake's `USE [DATABASE] db` choose a database, which the catalog's names
(schema and table, as queries write them) do not carry: they change no name.

Each file starts afresh (psql, Flyway and the migration tools run each file in a new session).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

from checker.catalog import canonical_name

SEARCH_PATH_WORDS = frozenset({"search_path", "schema", "current_schema"})  # after SET: the path follows
AMBIGUOUS = re.compile(r"Ambiguous mapping for (?P<table>[^:]+): (?P<schemas>.+?)\.?$")  # sqlglot's SchemaError
USE_SCHEMA_DIALECTS = frozenset({"mysql", "duckdb", "doris", "starrocks", "hive", "spark", "databricks", "clickhouse"})


def session_path(chunk: list[Token], dialect: str) -> tuple[str, ...] | None:
    """The search path a statement sets (lower case, first schema first; () for the default again), or
    None when it sets none or names it through a template."""
    if any(token.token_type in (TokenType.L_BRACE, TokenType.R_BRACE) for token in chunk):
        return None  # `USE SCHEMA {{ schema }}` (schemachange, a Jinja placeholder): reported as Jinja, names no schema
    words = [token.text.lower() if token.token_type != TokenType.STRING else None for token in chunk]
    if words[:3] == ["alter", "session", "set"]:  # Oracle
        return _listed(chunk[3:]) if _setting(chunk[3:]) else None
    if words and words[0] == "set":
        rest = chunk[2:] if len(words) > 1 and words[1] in ("session", "local") else chunk[1:]
        return _listed(rest) if _setting(rest) else None
    if words and words[0] == "use":
        return _used(chunk[1:], dialect)
    if words[:1] == ["select"] and "set_config" in words and len(chunk) > 1:
        return _set_config(chunk)
    return None


def qualify_names(node: exp.Expression, path: tuple[str, ...], known: Callable[[str], bool]) -> None:
    """Give the unqualified table names of a parsed statement the schema the session resolves them to
    (in place): a table created, the path's first schema; one read or changed, the first schema whose
    table `known` holds (by its name as the replay or catalog keys it), else the name as written when the
    default schema holds it, else the path's first schema. A CTE's name, a temporary table and a rename's
    new name (already in its table's schema) are left as written."""
    if not path:
        return
    ctes = {cte.alias_or_name.lower() for cte in node.find_all(exp.CTE)}
    created = _created(node)
    for table in list(node.find_all(exp.Table)):
        if table.args.get("db") or not isinstance(table.this, exp.Identifier) \
                or isinstance(table.parent, exp.AlterRename | exp.ToTableProperty):
            continue
        name = table.name.lower()
        schema = path[0] if table is created else None if name in ctes else _holding(name, path, known, True)
        if schema is not None:
            _qualify(table, schema)
    if isinstance(node, exp.Comment) and isinstance(node.this, exp.Column) and node.this.table and not node.this.db:
        schema = _holding(node.this.table.lower(), path, known, True)
        if schema is not None and canonical_name(f"{schema}.x") != "x":
            node.this.set("db", exp.to_identifier(schema))


def resolved_name(name: str, path: tuple[str, ...], known: Callable[[str], bool], creating: bool = False) -> str:
    """A table's key (lower case) under the path: what `qualify_names` gives one name."""
    name = name.lower()
    if "." in name or not path:
        return name
    schema = path[0] if creating else _holding(name, path, known, True)
    return name if schema is None or canonical_name(f"{schema}.{name}") == name else f"{schema}.{name}"


def explained_ambiguity(message: str, path: tuple[str, ...]) -> str:
    """sqlglot's `Ambiguous mapping for t: a, b.` (an unqualified name that several schemas have, none of
    them on the search path) as what it means and what settles it; any other message as it is."""
    match = AMBIGUOUS.match(message)
    if match is None:
        return message
    schemas = " and ".join(match["schemas"].split(", "))
    return (f"{match['table']} is a table in schemas {schemas}, and the search path ({', '.join(path)}) names neither: "
            "qualify the name, or say which schema with `SET search_path` in the file or `search_path:` in the config")


def _setting(tokens: list[Token]) -> bool:
    """Whether the tokens after SET name the search path or the current schema (`search_path =`, `SCHEMA
    'x'`, `CURRENT SCHEMA x`, `CURRENT_SCHEMA = x`)."""
    words = [token.text.lower() for token in tokens[:2]]
    return bool(words) and (words[0] in SEARCH_PATH_WORDS or words == ["current", "schema"])


def _listed(tokens: list[Token]) -> tuple[str, ...]:
    """The schemas of `search_path = a, 'b', "$user"` (the name of the setting first): DEFAULT is the
    default path, `$user` a schema named after the role, unknown here."""
    start = 2 if tokens[0].text.lower() == "current" else 1
    values = tokens[start + (len(tokens) > start and tokens[start].text.upper() in ("=", "TO")):]
    names = [token.text for token in values if token.token_type not in (TokenType.COMMA, TokenType.DOT)]
    if [name.upper() for name in names] == ["DEFAULT"]:
        return ()
    if any(token.token_type == TokenType.DOT for token in values):  # `db.schema`
        names = [".".join(token.text for token in values if token.token_type != TokenType.DOT)]
    return _schemas(names)


def _used(tokens: list[Token], dialect: str) -> tuple[str, ...] | None:
    """`USE SCHEMA [db.]x` (Snowflake), `USE x` where a database is a schema; None for a database,
    warehouse or role (T-SQL's and Snowflake's `USE db`)."""
    if tokens and tokens[0].text.upper() == "SCHEMA":
        tokens = tokens[1:]
    elif dialect.lower() not in USE_SCHEMA_DIALECTS or (tokens and tokens[0].token_type == TokenType.VAR
                                                          and tokens[0].text.upper() in ("DATABASE", "WAREHOUSE",
                                                                                         "ROLE", "SECONDARY")):
        return None
    name = ".".join(token.text for token in tokens if token.token_type != TokenType.DOT)
    return _schemas([name]) if name else None


def _set_config(chunk: list[Token]) -> tuple[str, ...] | None:
    """pg_dump's `SELECT pg_catalog.set_config('search_path', 'a, b', false)`."""
    strings = [token.text for token in chunk if token.token_type == TokenType.STRING]
    if len(strings) < 2 or strings[0].lower() != "search_path":
        return None
    return _schemas(strings[1].split(","))


def _schemas(names: list[str]) -> tuple[str, ...]:
    """Schema names as keys: lower case, quotes gone, a DuckDB list in one string split, `$user` left out."""
    found = [part.strip().strip('"`[]').lower() for name in names for part in name.split(",")]
    return tuple(name for name in found if name and not name.startswith("$"))


def is_temporary(node: exp.Create) -> bool:
    """Whether a CREATE makes a table or view that lives only as long as the session (TEMP or TEMPORARY,
    Teradata's VOLATILE, SQL Server's `#t` and `##t`). Not Oracle's GLOBAL TEMPORARY table: a table of
    the schema that every session sees, only its rows temporary."""
    properties = node.args.get("properties")
    for prop in properties.expressions if properties else []:
        if isinstance(prop, exp.VolatileProperty) or (
                isinstance(prop, exp.TemporaryProperty) and str(prop.args.get("this") or "").upper() != "GLOBAL"):
            return True
    target = node.this.this if isinstance(node.this, exp.Schema) else node.this
    named = target.this if isinstance(target, exp.Table) else None
    return isinstance(named, exp.Identifier) and bool(named.args.get("temporary") or named.args.get("global_"))


def _created(node: exp.Expression) -> exp.Table | None:
    """The table or view a CREATE statement makes (not a temporary one: that lives in the session's own schema)."""
    if not isinstance(node, exp.Create) or str(node.args.get("kind")).upper() not in ("TABLE", "VIEW"):
        return None
    properties = node.args.get("properties")
    if properties is not None and any(isinstance(prop, exp.TemporaryProperty) for prop in properties.expressions):
        return None
    target = node.this.this if isinstance(node.this, exp.Schema) else node.this
    return target if isinstance(target, exp.Table) else None


def _holding(name: str, path: tuple[str, ...], known: Callable[[str], bool], first: bool = False) -> str | None:
    """The first schema of the path that holds a table of this name; with `first`, the path's first
    schema when no schema holds one (None when only the default schema does: a file that sets no
    path created it, and the project's sessions find it)."""
    found = next((schema for schema in path
                  if known(f"{schema}.{name}") or known(canonical_name(f"{schema}.{name}"))), None)
    return found if found is not None or not first or known(name) else path[0]


def _qualify(table: exp.Table, schema: str) -> None:
    """The table named in `schema` (`db.schema` too); a default schema (public, dbo, main) adds nothing."""
    if canonical_name(f"{schema}.{table.name}") == table.name.lower():
        return
    *database, own = schema.split(".")
    table.set("db", exp.to_identifier(own))
    if database:
        table.set("catalog", exp.to_identifier(".".join(database)))
