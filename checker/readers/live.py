"""A live database -> table definitions (and read grants), in a read-only session.

PostgreSQL (`postgresql://...`: tables, column comments, SELECT grants; statement timeout),
SQLite (`sqlite:///path.db`: tables and columns) and DuckDB (`duckdb:///path.duckdb`: tables and
column comments). Credentials never leave this module: every message uses `redact(url)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import PrivgateError
from checker.readers.ddl import TableDefinition, annotation_of

STATEMENT_TIMEOUT_MS = 15_000
SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
PASSWORD_IN_URL = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@]*):[^@/]*@", re.IGNORECASE)

MEMBERSHIP_SQL = """
SELECT m.rolname, r.rolname FROM pg_auth_members AS a
JOIN pg_roles AS r ON r.oid = a.roleid
JOIN pg_roles AS m ON m.oid = a.member
"""
COLUMNS_SQL = """
SELECT c.table_schema, c.table_name, c.column_name,
       col_description((quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass,
                       c.ordinal_position::int), c.udt_name
FROM information_schema.columns AS c
JOIN information_schema.tables AS t USING (table_catalog, table_schema, table_name)
WHERE c.table_schema <> ALL (%s) AND t.table_type IN ('BASE TABLE', 'VIEW')
ORDER BY c.table_schema, c.table_name, c.ordinal_position
"""
TABLE_GRANTS_SQL = """
SELECT grantee, table_schema, table_name FROM information_schema.role_table_grants
WHERE privilege_type = 'SELECT' AND table_schema <> ALL (%s) AND grantee <> current_user
ORDER BY 1, 2, 3
"""
COLUMN_GRANTS_SQL = """
SELECT grantee, table_schema, table_name, column_name FROM information_schema.column_privileges
WHERE privilege_type = 'SELECT' AND table_schema <> ALL (%s) AND grantee <> current_user
ORDER BY 1, 2, 3, 4
"""


@dataclass
class LiveSchema:
    tables: dict[str, TableDefinition] = field(default_factory=dict)
    grants: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # (role, table, columns)


def redact(url: str) -> str:
    """`postgresql://alice:secret@host/db` -> `postgresql://alice:***@host/db`."""
    return PASSWORD_IN_URL.sub(lambda m: f"{m['scheme']}{m['user']}:***@", url)


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
                schema.tables[name.lower()] = TableDefinition(name.lower(), {c.lower(): None for c in columns}, url)
            return schema
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise PrivgateError(f"cannot read the database {url}: {error}") from None


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
        raise PrivgateError(f"cannot read the database {url}: {str(error).splitlines()[0]}") from None
    schema = LiveSchema()
    for table_schema, table_name, column, comment in rows:
        name = f"{table_schema}.{table_name}".lower()
        table = schema.tables.setdefault(name, TableDefinition(name, source=url))
        table.columns[column.lower()] = annotation_of(comment or "")
    return schema


def _file_path(url: str) -> Path:
    """`sqlite:///relative.db` and `sqlite:////absolute.db` (SQLAlchemy's convention)."""
    path = Path(url.split("://", 1)[1][1:] if url.split("://", 1)[1].startswith("/") else url.split("://", 1)[1])
    if not path.is_file():
        raise PrivgateError(f"--db: no database file at {path}")
    return path


def read_postgres(url: str) -> LiveSchema:
    """Tables, columns (with privgate annotations in column comments) and SELECT grants."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a runtime dependency
        raise PrivgateError("--db needs the psycopg package") from None
    shown = redact(url)
    options = f"-c default_transaction_read_only=on -c statement_timeout={STATEMENT_TIMEOUT_MS}"
    try:
        with psycopg.connect(url, options=options, connect_timeout=10, autocommit=True) as connection:
            schema = LiveSchema()
            for table_schema, table_name, column, comment, kind in connection.execute(COLUMNS_SQL, [list(SYSTEM_SCHEMAS)]):
                name = f"{table_schema}.{table_name}".lower()
                table = schema.tables.setdefault(name, TableDefinition(name, source=shown))
                table.columns[column.lower()] = annotation_of(comment or "")
                table.types[column.lower()] = str(kind or "").lower()
            table_grants = connection.execute(TABLE_GRANTS_SQL, [list(SYSTEM_SCHEMAS)]).fetchall()
            column_grants = connection.execute(COLUMN_GRANTS_SQL, [list(SYSTEM_SCHEMAS)]).fetchall()
            memberships = connection.execute(MEMBERSHIP_SQL).fetchall()
    except psycopg.Error as error:
        message = redact(str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__)
        raise PrivgateError(f"cannot read the database {shown}: {message}") from None
    whole = {(role.lower(), f"{s}.{t}".lower()) for role, s, t in table_grants}
    schema.grants = [(role, table, ()) for role, table in sorted(whole)]
    by_table: dict[tuple[str, str], list[str]] = {}
    for role, table_schema, table_name, column in column_grants:
        key = (role.lower(), f"{table_schema}.{table_name}".lower())
        if key not in whole:
            by_table.setdefault(key, []).append(column.lower())
    schema.grants += [(role, table, tuple(columns)) for (role, table), columns in sorted(by_table.items())]
    schema.grants = _with_members(schema.grants, [(m.lower(), r.lower()) for m, r in memberships])
    return schema


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
