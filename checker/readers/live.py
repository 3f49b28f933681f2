"""A live database -> table definitions (and read grants), in a read-only session.

PostgreSQL (`postgresql://...`: tables, column comments, SELECT grants; statement timeout),
SQLite (`sqlite:///path.db`: tables and columns) and DuckDB (`duckdb:///path.duckdb`: tables and
column comments). Credentials never leave this module: every message shows the URL through
`checker.redaction` (rendered without its password) and passes the driver's words through `redact`.
Grants that cannot be read are an input problem (INP002 at `db/<database>`), never a silent pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import PrivgateError
from checker.facts import InputProblem
from checker.readers.ddl import TableDefinition, annotation_of
from checker.redaction import DSN_KEY, connection_string_problem, hide_password, redact

__all__ = ["LiveSchema", "as_url", "database_name", "hide_password", "postgres_session", "read_database", "redact"]

STATEMENT_TIMEOUT_MS = 15_000
APPLICATION_NAME = "privgate"  # how privgate's sessions show in pg_stat_activity and the server's logs
SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
RELATION_KINDS = "('r', 'p', 'v', 'm', 'f')"  # tables, partitioned tables, views, materialized views, foreign tables
USER_RELATIONS = (f"c.relkind IN {RELATION_KINDS} AND n.nspname <> ALL (%s) "
                  "AND n.nspname !~ '^pg_(toast|temp)'")
GRANTEE = "CASE WHEN g.grantee = 0 THEN 'public' ELSE r.rolname END"  # oid 0: GRANT ... TO PUBLIC

# The catalogs below are readable by any role that can connect, unlike information_schema's
# column and grant views, which show only what involves the current user's roles: a
# least-privilege scanning role sees the same tables and grants as the owner.
MEMBERSHIP_SQL = """
SELECT m.rolname, r.rolname FROM pg_catalog.pg_auth_members AS a
JOIN pg_catalog.pg_roles AS r ON r.oid = a.roleid
JOIN pg_catalog.pg_roles AS m ON m.oid = a.member
"""
COLUMNS_SQL = f"""
SELECT n.nspname, c.relname, a.attname, col_description(c.oid, a.attnum),
       CASE WHEN t.typtype = 'd' THEN base.typname ELSE t.typname END
FROM pg_catalog.pg_attribute AS a
JOIN pg_catalog.pg_class AS c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type AS base ON base.oid = t.typbasetype
WHERE a.attnum > 0 AND NOT a.attisdropped AND {USER_RELATIONS}
ORDER BY n.nspname, c.relname, a.attnum
"""
# The owner's own entry (present once anyone is granted anything) is the owner's implicit
# privilege, not a grant; every other SELECT grantee counts, whoever runs the scan.
TABLE_GRANTS_SQL = f"""
SELECT DISTINCT {GRANTEE}, n.nspname, c.relname
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(c.relacl) AS g
LEFT JOIN pg_catalog.pg_roles AS r ON r.oid = g.grantee
WHERE g.privilege_type = 'SELECT' AND g.grantee <> c.relowner AND {USER_RELATIONS}
ORDER BY 1, 2, 3
"""
COLUMN_GRANTS_SQL = f"""
SELECT DISTINCT {GRANTEE}, n.nspname, c.relname, a.attname, a.attnum
FROM pg_catalog.pg_attribute AS a
JOIN pg_catalog.pg_class AS c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(a.attacl) AS g
LEFT JOIN pg_catalog.pg_roles AS r ON r.oid = g.grantee
WHERE a.attnum > 0 AND NOT a.attisdropped AND g.privilege_type = 'SELECT' AND g.grantee <> c.relowner
  AND {USER_RELATIONS}
ORDER BY 1, 2, 3, 5
"""
PRIVILEGES_NEEDED = ("the scanning role must be able to read pg_catalog.pg_class, pg_attribute, pg_roles and "
                     "pg_auth_members and to run aclexplode() (any role can, unless a DBA revoked it)")


@dataclass
class LiveSchema:
    tables: dict[str, TableDefinition] = field(default_factory=dict)
    grants: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # (role, table, columns)
    problems: list[InputProblem] = field(default_factory=list)  # what could not be read (the grants)


def postgres_session(timeout_ms: int) -> dict[str, str]:
    """psycopg's (and SQLAlchemy's `connect_args`) session settings for every privgate connection:
    read-only, a statement timeout, and `application_name=privgate`."""
    return {"options": f"-c default_transaction_read_only=on -c statement_timeout={timeout_ms}",
            "application_name": APPLICATION_NAME}


def database_name(url: str) -> str:
    """The database's name, without host, port or credentials: the path of a PostgreSQL URL
    (`dbname=` of a key=value string), the file name of a SQLite or DuckDB file."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() in ("sqlite", "duckdb"):
        return Path(rest.split("?", 1)[0]).stem.lower() or scheme.lower()
    if not rest:
        match = re.search(r"\bdbname\s*=\s*'?([^'\s]+)", url)
        return match[1].lower() if match else "postgres"
    path = rest.split("?", 1)[0].split("#", 1)[0]
    name = path.rsplit("/", 1)[1] if "/" in path else ""
    from urllib.parse import unquote

    return unquote(name).lower() or "postgres"


def as_url(connection: str) -> str:
    """A libpq key=value string (`host=db.internal dbname=crm user=privgate password=...`) as the
    same `postgresql://` URL; any other string comes back unchanged."""
    if "://" in connection or not DSN_KEY.match(connection):
        return connection
    unusable = connection_string_problem(connection)
    if unusable:
        raise PrivgateError(f"--db: cannot use the connection string {hide_password(connection)}: {unusable}")
    from urllib.parse import quote, urlencode

    from psycopg.conninfo import conninfo_to_dict

    fields = {key: str(value) for key, value in conninfo_to_dict(connection).items()}
    host, port = fields.pop("host", ""), fields.pop("port", "")
    if host.startswith("/") or "," in host:  # a socket folder or several hosts: libpq reads them as parameters
        fields["host"], host = host, ""
    if port and not port.isdigit():
        fields["port"], port = port, ""
    user, password = fields.pop("user", None), fields.pop("password", None)
    userinfo = "" if user is None and password is None else (
        quote(user or "", safe="") + ("" if password is None else ":" + quote(password, safe="")) + "@")
    host = f"[{host}]" if ":" in host else host
    return (f"postgresql://{userinfo}{host}{':' + port if port else ''}/{quote(fields.pop('dbname', ''), safe='')}"
            + (f"?{urlencode(fields)}" if fields else ""))


def read_database(url: str) -> LiveSchema:
    """Dispatch on the URL scheme."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme in ("postgresql", "postgres"):
        return read_postgres(url)
    if scheme == "sqlite":
        return read_sqlite(url)
    if scheme == "duckdb":
        return read_duckdb(url)
    raise PrivgateError(f"--db: unsupported database URL {redact(url)} "
                        "(postgresql://..., sqlite:///path.db or duckdb:///path.duckdb)")


def read_sqlite(url: str) -> LiveSchema:
    """Tables and columns of a SQLite file, opened read-only."""
    import sqlite3

    path = _file_path(url)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = [row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name")]
            schema = LiveSchema()
            for name in names:
                quoted = name.replace('"', '""')
                columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{quoted}")')]
                table = schema.tables[name.lower()] = TableDefinition(name.lower(), {c.lower(): None for c in columns}, url)
                table.spell(name, column=False)
                for column in columns:
                    table.spell(column)
            return schema
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise PrivgateError(f"cannot read the database {redact(url)}: {redact(str(error))}") from None


def read_duckdb(url: str) -> LiveSchema:
    """Tables, columns and column-comment annotations of a DuckDB file, opened read-only."""
    try:
        import duckdb
    except ImportError:
        raise PrivgateError("--db duckdb:// needs the duckdb package (pip install 'privgate[duckdb]')") from None
    path = _file_path(url)
    try:
        connection = duckdb.connect(str(path), read_only=True)
        try:
            rows = connection.execute(
                "SELECT schema_name, table_name, column_name, comment FROM duckdb_columns() "
                "WHERE NOT internal ORDER BY schema_name, table_name, column_index").fetchall()
        finally:
            connection.close()
    except duckdb.Error as error:
        raise PrivgateError(f"cannot read the database {redact(url)}: {redact(str(error).splitlines()[0])}") from None
    schema = LiveSchema()
    for table_schema, table_name, column, comment in rows:
        name = f"{table_schema}.{table_name}".lower()
        table = schema.tables.setdefault(name, TableDefinition(name, source=url))
        table.columns[column.lower()] = annotation_of(comment or "")
        table.describe(column.lower(), comment)
        table.spell(f"{table_schema}.{table_name}", column=False)
        table.spell(column)
    return schema


def _file_path(url: str) -> Path:
    """`sqlite:///relative.db` and `sqlite:////absolute.db` (SQLAlchemy's convention)."""
    path = Path(url.split("://", 1)[1][1:] if url.split("://", 1)[1].startswith("/") else url.split("://", 1)[1])
    if not path.is_file():
        raise PrivgateError(f"--db: no database file at {path}")
    return path


def read_postgres(url: str) -> LiveSchema:
    """Tables, columns (with privgate annotations in column comments) and SELECT grants, from the
    catalogs any role can read; grants that cannot be read are recorded as an input problem."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a runtime dependency
        raise PrivgateError("--db needs the psycopg package") from None
    shown = hide_password(url)
    unusable = connection_string_problem(url)
    if unusable:
        raise PrivgateError(f"--db: cannot use the connection string {shown}: {unusable}")
    try:
        with psycopg.connect(url, connect_timeout=10, autocommit=True, **postgres_session(STATEMENT_TIMEOUT_MS)) \
                as connection:
            schema = LiveSchema()
            for table_schema, table_name, column, comment, kind in connection.execute(COLUMNS_SQL, [list(SYSTEM_SCHEMAS)]):
                name = f"{table_schema}.{table_name}".lower()
                table = schema.tables.setdefault(name, TableDefinition(name, source=shown))
                table.columns[column.lower()] = annotation_of(comment or "")
                table.describe(column.lower(), comment)
                table.types[column.lower()] = str(kind or "").lower()
                table.spell(f"{table_schema}.{table_name}", column=False)
                table.spell(column)
            read_grants(connection, schema, database_name(url))
    except psycopg.Error as error:
        raise PrivgateError(f"cannot read the database {shown}: {_first_line(error)}") from None
    return schema


def read_grants(connection: Any, schema: LiveSchema, database: str) -> None:
    """The SELECT grants on tables and columns, extended to the members of each grantee role.
    Queries the database refuses leave one input problem at `db/<database>` saying what is missing."""
    import psycopg

    unread: dict[str, str] = {}  # what could not be read -> the database's reason

    def rows(what: str, sql: str, *parameters: Any) -> list[tuple[Any, ...]] | None:
        try:
            return connection.execute(sql, list(parameters) or None).fetchall()
        except psycopg.Error as error:
            unread[what] = _first_line(error)
            return None

    table_grants = rows("table grants", TABLE_GRANTS_SQL, list(SYSTEM_SCHEMAS))
    column_grants = rows("column grants", COLUMN_GRANTS_SQL, list(SYSTEM_SCHEMAS))
    memberships = rows("role memberships (grants that reach a role through a group role)", MEMBERSHIP_SQL)
    if unread:
        reasons = "; ".join(dict.fromkeys(unread.values()))
        schema.problems.append(InputProblem(
            f"db/{database}", 1, 1, f"cannot read the database's {', '.join(unread)} ({reasons}): the access rules did "
            f"not judge them; {PRIVILEGES_NEEDED}", "unreadable"))
    whole = {(role.lower(), f"{s}.{t}".lower()) for role, s, t in table_grants or ()}
    grants = [(role, table, ()) for role, table in sorted(whole)]
    by_table: dict[tuple[str, str], list[str]] = {}
    for role, table_schema, table_name, column, _ in column_grants or ():
        key = (role.lower(), f"{table_schema}.{table_name}".lower())
        if key not in whole:
            by_table.setdefault(key, []).append(column.lower())
    grants += [(role, table, tuple(columns)) for (role, table), columns in sorted(by_table.items())]
    schema.grants = _with_members(grants, [(m.lower(), r.lower()) for m, r in memberships or ()])


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return redact(text.splitlines()[0] if text else type(error).__name__)


def _with_members(grants: list[tuple[str, str, tuple[str, ...]]],
                  memberships: list[tuple[str, str]]) -> list[tuple[str, str, tuple[str, ...]]]:
    """`GRANT support_ro TO alice`: alice can read what support_ro can (transitively), so her
    inherited privileges are checked against the policy role she maps to."""
    roles_of: dict[str, set[str]] = {}
    for member, role in memberships:
        roles_of.setdefault(member, set()).add(role)

    def closure(member: str) -> set[str]:
        seen: set[str] = set()
        todo = list(roles_of.get(member, ()))
        while todo:
            role = todo.pop()
            if role not in seen:
                seen.add(role)
                todo.extend(roles_of.get(role, ()))
        return seen

    expanded = list(grants)
    for member in sorted(roles_of):
        inherited = closure(member)
        expanded += [(member, table, columns) for role, table, columns in grants if role in inherited]
    return list(dict.fromkeys(expanded))
