"""Adaptations of Great Expectations 1.24 kept in one place; tests/test_datasets.py and
tests/test_warehouses.py fail when GE changes underneath them.

DuckDB (through duckdb-engine) loses results because GE closes the connection before fetching
(GE issue 11579); GE keeps one persisted connection for the dialects listed in
`_PERSISTED_CONNECTION_DIALECTS`, and adding DuckDB there makes it work.
"""

from __future__ import annotations

from typing import Any


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


def bounded_reflection() -> None:
    """GE learns a query asset's columns by running the query as it is (`column_reflection_fallback`
    in great_expectations.expectations.metrics.util): on a table that is a full scan whose rows the
    driver may fetch. Wrap it so the query GE runs for that returns no row (`WHERE 1 = 0`)."""
    from great_expectations.compatibility import sqlalchemy as sa_compat
    from great_expectations.expectations.metrics import util

    original = util.column_reflection_fallback
    if getattr(original, "privgate_bounded", False):
        return

    def bounded(selectable: Any, *args: Any, **kwargs: Any) -> Any:
        if sa_compat.TextClause and isinstance(selectable, sa_compat.TextClause):
            import sqlalchemy

            selectable = sqlalchemy.text(f"SELECT * FROM ({selectable.text}) AS privgate_columns WHERE 1 = 0")
        return original(selectable, *args, **kwargs)

    bounded.privgate_bounded = True  # type: ignore[attr-defined]
    util.column_reflection_fallback = bounded
