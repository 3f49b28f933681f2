"""Adaptations of Great Expectations 1.24 kept in one place; tests/test_datasets.py fails when GE
changes underneath them.

DuckDB (through duckdb-engine) loses results because GE closes the connection before fetching
(GE issue 11579); GE keeps one persisted connection for the dialects listed in
`_PERSISTED_CONNECTION_DIALECTS`, and adding DuckDB there makes it work.
"""

from __future__ import annotations


class _DuckDBDialect(str):
    """Equal to the dialect name GE sees for DuckDB ("duckdb"), with the `.value` its enum members have."""

    @property
    def value(self) -> str:
        return str(self)


def keep_connections() -> None:
    """Persist GE's connection for DuckDB (see above) and PostgreSQL (whose server-side cursors,
    see checker.datasets.tables, live only as long as the connection that declared them)."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine
    from great_expectations.execution_engine.sqlalchemy_dialect import GXSqlDialect

    wanted = [GXSqlDialect.POSTGRESQL, _DuckDBDialect("duckdb")]
    missing = tuple(dialect for dialect in wanted if dialect not in engine._PERSISTED_CONNECTION_DIALECTS)
    engine._PERSISTED_CONNECTION_DIALECTS = (*engine._PERSISTED_CONNECTION_DIALECTS, *missing)  # type: ignore[assignment]
