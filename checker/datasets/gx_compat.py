"""Adaptations of Great Expectations 1.24 kept in one place; tests/test_datasets.py fails when GE
changes underneath them.

DuckDB (through duckdb-engine) loses results because GE closes the connection before fetching
(GE issue 11579); GE keeps one persisted connection for the dialects listed in
`_PERSISTED_CONNECTION_DIALECTS`, and adding DuckDB there makes it work.
"""

from __future__ import annotations


def keep_duckdb_connection() -> None:
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine

    if "duckdb" not in engine._PERSISTED_CONNECTION_DIALECTS:
        engine._PERSISTED_CONNECTION_DIALECTS = (*engine._PERSISTED_CONNECTION_DIALECTS, "duckdb")  # type: ignore[assignment]
