"""`privgate scan --export-expectations DIR`: one GE suite per dataset, in GE's own serialisation,
that GE loads back and that gives the same counts on the same data as privgate reported, for a
table (SQL push-down), a file read by DuckDB and a file streamed through GE pandas."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.datasets.export import EXPORT_VARIABLE
from helpers import DEFAULT_AS_OF, base_project
from test_datasets import AUDIENCE, AUDIENCE_ENTRY, _load_rows

TRUE_WORDS = {"true", "t", "yes", "y", "1", "on"}


def _exported(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, dict[str, int]], Path]:
    """Scan the project with --export-expectations; privgate's counts per dataset and column, and the folder."""
    monkeypatch.setenv(EXPORT_VARIABLE, "")  # restored after the test: the option sets it for the workers
    out = folder / "suites"
    with contextlib.chdir(folder):
        run = CliRunner().invoke(main, ["scan", ".", "--format", "json", "--no-cache", "--as-of",
                                        DEFAULT_AS_OF.isoformat(), "--export-expectations", str(out)])
    assert run.exit_code == 1, run.output
    counts: dict[str, dict[str, int]] = {}
    for finding in json.loads(run.stdout)["findings"]:
        failing = int(re.search(r"(\d+) of \d+ rows", finding["message"]).group(1))
        label = finding["message"].split(":")[0] if finding["message"].startswith("table ") else finding["path"]
        column = {"CON004": "marketing_email", "CON005": "withdrawn_at"}[finding["rule_id"]]
        counts.setdefault(label, {})[column] = failing
    return counts, out


def _suite(path: Path) -> Any:
    from great_expectations.core import ExpectationSuiteSchema
    from great_expectations.core.expectation_suite import ExpectationSuite

    return ExpectationSuite(**ExpectationSuiteSchema().load(json.loads(path.read_text("utf-8"))))


def _rerun(suite: Any, batch: Any) -> dict[str, int]:
    """Failing rows per source column, as the team's own GE run counts them."""
    result = batch.validate(suite, result_format="SUMMARY")
    failing: dict[str, int] = {}
    for item in result.results:
        column = item.expectation_config.kwargs["column"].split("__", 1)[-1]
        failing[column] = failing.get(column, 0) + int(item.result.get("unexpected_count") or 0)
    return failing


def test_exported_suites_load_in_ge_and_give_the_same_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("duckdb")
    import great_expectations as gx

    from checker.datasets.gx_compat import keep_connections

    with contextlib.closing(sqlite3.connect(tmp_path / "crm.sqlite")) as connection, connection:
        _load_rows(connection, "audience")
    (tmp_path / "files").mkdir()
    (tmp_path / "lake").mkdir()
    shutil.copy(AUDIENCE, tmp_path / "files" / "audience.csv")
    shutil.copy(AUDIENCE, tmp_path / "lake" / "audience.csv")
    settings = base_project()
    settings["datasets"] = [{"table": "audience", "database": "crm.sqlite", **AUDIENCE_ENTRY},
                            {"path": "files/*.csv", **AUDIENCE_ENTRY},
                            {"path": "lake/*.csv", "engine": "duckdb", **AUDIENCE_ENTRY}]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")

    reported, out = _exported(tmp_path, monkeypatch)
    assert reported == {label: {"marketing_email": 3, "withdrawn_at": 2}
                        for label in ("table audience", "files/audience.csv", "lake/audience.csv")}
    assert sorted(path.name for path in out.iterdir()) == ["files_audience.csv.json", "lake_audience.csv.json",
                                                           "table_audience.json"]
    context = gx.get_context(mode="ephemeral")
    keep_connections()  # DuckDB through GE needs it (see checker/datasets/gx_compat.py), in any GE run

    table = _suite(out / "table_audience.json")
    assert table.meta["privgate"]["engine"] == "sqlite"
    source = context.data_sources.add_sql("crm", connection_string=f"sqlite:///{tmp_path / 'crm.sqlite'}")
    batch = source.add_query_asset("audience", query=table.meta["privgate"]["query"]) \
        .add_batch_definition_whole_table("all").get_batch()
    assert _rerun(table, batch) == reported["table audience"]

    lake = _suite(out / "lake_audience.csv.json")
    assert "read_csv(" in lake.meta["privgate"]["query"]
    source = context.data_sources.add_sql("lake", connection_string="duckdb:///:memory:")
    with contextlib.chdir(tmp_path):  # the suite's paths are relative to the project root
        batch = source.add_query_asset("audience", query=lake.meta["privgate"]["query"]) \
            .add_batch_definition_whole_table("all").get_batch()
        assert _rerun(lake, batch) == reported["lake/audience.csv"]

    streamed = _suite(out / "files_audience.csv.json")
    described = streamed.meta["privgate"]["columns"]
    assert set(described) == {"truth__marketing_email", "epoch__withdrawn_at"}
    raw = pd.read_csv(tmp_path / "files" / "audience.csv", dtype="string")  # derived as the meta describes them
    frame = pd.DataFrame({
        "truth__marketing_email": raw["marketing_email"].str.strip().str.lower().isin(TRUE_WORDS).astype("Int64")
        .where(raw["marketing_email"].notna()),
        "epoch__withdrawn_at": (pd.to_datetime(raw["withdrawn_at"], utc=True, format="ISO8601")
                                - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(seconds=1),
    })
    batch = context.data_sources.add_pandas("files").add_dataframe_asset("audience") \
        .add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": frame})
    assert _rerun(streamed, batch) == reported["files/audience.csv"]


def test_no_export_without_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(EXPORT_VARIABLE, raising=False)
    shutil.copy(AUDIENCE, tmp_path / "audience.csv")
    settings = base_project()
    settings["datasets"] = [{"path": "*.csv", **AUDIENCE_ENTRY}]
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    with contextlib.chdir(tmp_path):
        run = CliRunner().invoke(main, ["scan", ".", "--no-cache", "--as-of", DEFAULT_AS_OF.isoformat()])
    assert run.exit_code == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["audience.csv", "privgate.yaml"]
