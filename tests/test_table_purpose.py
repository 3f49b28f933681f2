"""Where a table's purpose comes from (PUR007): the config's `purpose:` (checked against the packs,
and stronger than a dbt model's), a dbt model's meta or a `purposes.paths` glob on the model's
file, never a glob on a DDL file; the catalog records where it came from, also when the classified
catalog comes from privgate's cache."""

from __future__ import annotations

import contextlib
from pathlib import Path

from click.testing import CliRunner

from checker.cli import main
from checker.config import load_config
from checker.engine import load_project
from helpers import project_settings, write_project

DBT_PROJECT = """name: shop
version: "1.0"
"""
SCHEMA = """version: 2
sources:
  - name: raw
    tables:
      - name: payments
models:
  - name: account_payments
    columns:
      - name: account_email
      - name: card_number
        meta: {privgate: transaction.payment}
"""
MODEL = "select account_email, substr(blob, 1, 4) as card_number\nfrom {{ source('raw', 'payments') }}\n"
RAW = {"raw.payments": {"columns": {"account_email": "account.email", "blob": None}, "retention": "1 year"},
       "account_payments": {"retention": "1 year"}}


def _dbt(folder: Path, config: dict) -> None:
    settings = project_settings({"catalog": {"tables": RAW}, **config})
    write_project(folder, settings, {"dbt_project.yml": DBT_PROJECT, "models/schema.yml": SCHEMA,
                                     "models/marts/account_payments.sql": MODEL})


def _table(folder: Path, name: str):  # noqa: ANN202 - a catalog Table
    return load_project(load_config(folder / "privgate.yaml")).catalog.table(name)


def test_an_unknown_purpose_in_the_config_is_a_one_line_error_at_its_line(tmp_path: Path) -> None:
    write_project(tmp_path, project_settings({"catalog": {"tables": {"account_segments": {"purpose": "growth"}}}}),
                  {"query.sql": "SELECT 1;\n"})
    with contextlib.chdir(tmp_path):
        run = CliRunner().invoke(main, ["scan", ".", "--no-cache"])
    assert run.exit_code == 2
    line = next(text for text in run.output.splitlines() if "growth" in text)
    assert "privgate.yaml:" in line and "catalog.tables.account_segments.purpose: unknown purpose 'growth'" in line
    assert "Traceback" not in run.output


def test_a_purposes_glob_gives_a_dbt_models_table_its_purpose(tmp_path: Path) -> None:
    _dbt(tmp_path, {"purposes": {"paths": {"models/marts/**": "analytics"}}})
    table = _table(tmp_path, "account_payments")
    assert (table.purpose, table.purpose_model) == ("analytics", "models/marts/account_payments.sql")
    assert table.purpose_source == "path glob 'models/marts/**' of models/marts/account_payments.sql"


def test_dbt_meta_gives_the_purpose_and_the_config_wins_over_it(tmp_path: Path) -> None:
    _dbt(tmp_path, {})
    (tmp_path / "models" / "schema.yml").write_text(SCHEMA.replace(
        "  - name: account_payments\n", "  - name: account_payments\n    meta: {purpose: analytics}\n"), "utf-8")
    table = _table(tmp_path, "account_payments")
    assert (table.purpose, table.purpose_source) == ("analytics", "dbt meta in models/schema.yml")
    _dbt(tmp_path, {"catalog": {"tables": {**RAW, "account_payments": {"purpose": "subscriptions",
                                                                       "retention": "1 year"}}}})
    table = _table(tmp_path, "account_payments")
    assert (table.purpose, table.purpose_model) == ("subscriptions", None)
    assert table.purpose_source.startswith("declared in privgate.yaml:")


def test_a_cached_catalog_keeps_the_purposes(tmp_path: Path) -> None:
    """Two runs with the cache on: the second takes the classified catalog from the cache."""
    _dbt(tmp_path, {"purposes": {"paths": {"models/marts/**": "analytics"}}})
    outputs = []
    for _ in range(2):
        with contextlib.chdir(tmp_path):
            run = CliRunner().invoke(main, ["scan", ".", "--as-of", "2026-11-24"])
        outputs.append(run.output)
        assert run.exit_code == 1 and "PUR007 account_payments.card_number" in run.output, run.output
    assert outputs[0] == outputs[1]
