"""Datasets where the data lives (`BENCH_ONLY=lake`, and part of a full `make bench`): the 1M-row
dataset through GE pandas and through `engine: duckdb` against a direct DuckDB count of the same
checks, a 10M-row DuckDB table checked in place against the same counts as one aggregate, and
`engine: spark` in local mode against a direct Spark count. Every floor is measured in the same
run as its row, in alternation with it; so is the floor run after `import great_expectations`
(the fixed cost any GE-based check pays, stated apart).

privgate runs as `python -m checker` from this checkout (PYTHONPATH), never an installed copy."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
TABLE_ROWS = int(os.environ.get("BENCH_DUCKDB_ROWS", "10000000"))
PRIVGATE = [sys.executable, "-m", "checker", "scan", "--format", "json", "--as-of", "2026-11-24", "--no-cache"]
ENTRY = {"role": "marketing_audience", "timestamp": "signed_up_at", "country": "destination_country",
         "columns": {"email": "account.email", "full_name": "account.name", "marketing_email": "consent.marketing_email",
                     "withdrawn_at": "consent.withdrawal", "signed_up_at": "activity.timestamp",
                     "destination_country": None}}
# The counts privgate's checks make (consent, withdrawal, retention, transfer), as one statement.
COUNTS = ("SELECT count(*), "
          "sum(CASE WHEN marketing_email IS NULL OR lower(trim(CAST(marketing_email AS {text}))) "
          "NOT IN ('true','t','yes','y','1','on') THEN 1 ELSE 0 END), "
          "sum(CASE WHEN {cast}(withdrawn_at AS TIMESTAMP) <= TIMESTAMP '2026-11-24 00:00:00' THEN 1 ELSE 0 END), "
          "sum(CASE WHEN {cast}(signed_up_at AS TIMESTAMP) < TIMESTAMP '2025-11-24 00:00:00' THEN 1 ELSE 0 END), "
          "sum(CASE WHEN upper(trim(destination_country)) NOT IN ('BG','DE','RO','FR','NO') THEN 1 ELSE 0 END) "
          "FROM {source}")
DUCKDB_COUNT = ("import sys, duckdb; c = duckdb.connect(sys.argv[1], read_only=sys.argv[1] != ':memory:'); "
                "print(c.execute(sys.argv[2]).fetchone())")
SPARK_COUNT = """
import sys
from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[*]").config("spark.ui.enabled", "false")
         .config("spark.sql.ansi.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
spark.read.parquet(sys.argv[1]).createOrReplaceTempView("audience")
print(spark.sql(sys.argv[2]).collect())
"""
DUCKDB_TABLE = """
CREATE TABLE audience AS
SELECT 'user' || i || '@example.bg' AS email, 'Customer ' || i AS full_name,
       (i % 10 <> 0) AS marketing_email,
       CASE WHEN i % 33 = 0 THEN TIMESTAMPTZ '2026-03-01 00:00:00+00' END AS withdrawn_at,
       TIMESTAMPTZ '2023-01-01 00:00:00+00' + to_days(CAST(i % 1400 AS INTEGER)) AS signed_up_at,
       (['BG','DE','RO','FR','US','IN','NO'])[1 + i % 7] AS destination_country
FROM range({rows}) AS t(i)
"""


def _project(folder: Path, entry: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"], "datasets": [entry]}))
    return folder


def rows(work: Path, parquet: Path, run_once: Callable[..., Any], summary: Callable[..., Any],
         row: Callable[..., str], notes: list[str]) -> list[str]:
    """The benchmark rows of this section. Each row alternates three whole processes (privgate, the
    direct count, and `import great_expectations` followed by the same direct count) after one
    warm-up of each, so the machine's drift weighs on all three alike."""
    python = sys.executable
    os.environ["PYTHONPATH"] = str(REPO)  # privgate from this checkout; harmless for the floors
    lines = []

    def alternated(label: str, privgate: list[str], floor: list[str], cwd: Path, repeat: int) -> str:
        with_import = [python, "-c", "import great_expectations, runpy, sys; sys.argv = sys.argv[1:]; "
                       "runpy.run_path(sys.argv[0], run_name='__main__')", *_script(work, floor)]
        runs: tuple[list[Any], ...] = ([], [], [])
        for _ in range(repeat + 1):
            for side, command in enumerate((privgate, floor, with_import)):
                runs[side].append(run_once(command, cwd))
        subject, direct, imported = (summary(side[1:]) for side in runs)
        return row(label, subject, direct, target=f"{subject.seconds / imported.seconds:.2f}x the floor run after "
                   f"`import great_expectations` ({imported.seconds:.2f} s)")

    parquet_sql = COUNTS.format(text="VARCHAR", cast="TRY_CAST", source=f"read_parquet('{parquet}')")
    duck_floor = [python, "-c", DUCKDB_COUNT, ":memory:", parquet_sql]
    for engine in ("pandas", "duckdb"):
        folder = _project(work / f"lake_{engine}", {"path": "data/*.parquet", "engine": engine, **ENTRY})
        (folder / "data").mkdir(exist_ok=True)
        shutil.copy(parquet, folder / "data" / parquet.name)
        lines.append(alternated(f"lake: {parquet.name} ({_rows(parquet)} rows), engine: {engine} (floor: direct "
                                f"DuckDB count of the same checks)", [*PRIVGATE, str(folder)], duck_floor, folder, 3))

    print(f"a {TABLE_ROWS}-row DuckDB table ...", flush=True)
    import duckdb

    database = work / "warehouse" / "bench.duckdb"
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(database))
    connection.execute(DUCKDB_TABLE.format(rows=TABLE_ROWS))
    connection.close()
    folder = _project(work / "warehouse", {"table": "audience", "database": "bench.duckdb", **ENTRY})
    table_sql = COUNTS.format(text="VARCHAR", cast="TRY_CAST", source="audience")
    # 10M rows on 2 shared cores: one warm-up run and one timed run each (the limit).
    lines.append(alternated(f"warehouse: {TABLE_ROWS:,}-row DuckDB table checked in place (floor: one direct "
                            "aggregate; target <= 1.5x the floor after the GE import)", [*PRIVGATE, str(folder)],
                            [python, "-c", DUCKDB_COUNT, str(database), table_sql], folder, 1))

    if find_spec("pyspark") is None or shutil.which("java") is None:
        notes.append("Spark local mode: not measured (pyspark or a Java runtime is missing).")
        return lines
    print("Spark local mode ...", flush=True)
    spark_sql = COUNTS.format(text="STRING", cast="CAST", source="audience")
    folder = _project(work / "lake_spark", {"path": "data/*.parquet", "engine": "spark", **ENTRY})
    (folder / "data").mkdir(exist_ok=True)
    shutil.copy(parquet, folder / "data" / parquet.name)
    lines.append(alternated(f"lake: {parquet.name}, engine: spark, local[*] (floor: direct Spark count in a fresh "
                            "process)", [*PRIVGATE, str(folder)], [python, "-c", SPARK_COUNT, str(parquet), spark_sql],
                            folder, 1))
    return lines


def _script(work: Path, command: list[str]) -> list[str]:
    """`python -c CODE ARGS` as a script file and its arguments (so it can run after another import)."""
    script = work / f"floor_{abs(hash(command[2]))}.py"
    script.write_text(command[2], "utf-8")
    return [str(script), *command[3:]]


def _rows(parquet: Path) -> str:
    import pyarrow.parquet as pq

    return f"{pq.ParquetFile(parquet).metadata.num_rows:,}"
