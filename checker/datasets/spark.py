"""Lake files (Parquet, CSV, JSON lines; local, or hdfs://, s3a://, gs://, abfss:// as the Spark
installation reads them) checked by Spark through Great Expectations' Spark engine (`engine:
spark`, privgate's `spark` extra and a Java runtime). The normalised columns are Spark SQL
expressions; Spark computes the counts where the data is, and only counts, example values and the
detectors' bounded samples come back to privgate.

The session is the one already running in the process (spark-submit, a notebook), else a local one
(`local[*]`, or PRIVGATE_SPARK_MASTER). Spark runs with ANSI casts off, so an unreadable date is a
missing value as in the other engines, and with the session time zone UTC."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from itertools import count
from typing import Any

from sqlglot import exp

from checker.datasets.dialects import derived_select
from checker.datasets.prepared import Derived
from checker.datasets.spec import Dataset
from checker.errors import PrivgateError

COUNTED = "checked every row in Spark (GE's Spark engine): only counts and examples were collected"
_READERS = {"parquet": "parquet", "csv": "csv", "jsonl": "json"}
_names = count()


@cache
def session() -> Any:
    """The process's Spark session, started quietly when there is none."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("privgate")
    if os.environ.get("PRIVGATE_SPARK_MASTER") or not os.environ.get("SPARK_REMOTE"):
        builder = builder.master(os.environ.get("PRIVGATE_SPARK_MASTER", "local[*]"))
    builder = (builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.ansi.enabled", "false").config("spark.sql.session.timeZone", "UTC"))
    with _jvm_quiet():
        spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextmanager
def _jvm_quiet() -> Iterator[None]:
    """The JVM Spark starts inherits a null stderr: its log lines and progress bars stay out of
    privgate's output (Spark's errors still reach privgate as exceptions)."""
    sys.stderr.flush()
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def frame(dataset: Dataset) -> Any:
    """The dataset's files as a Spark DataFrame (CSV with a header line, values as text)."""
    assert dataset.location is not None
    reader = session().read
    if dataset.format == "csv":
        reader = reader.option("header", "true")
    try:
        return getattr(reader, _READERS[dataset.format])(dataset.location)
    except Exception as error:  # py4j and Spark raise their own types
        raise PrivgateError(f"Spark cannot read {dataset.label}: {_first_line(error)}") from None


def columns(dataset: Dataset) -> tuple[list[str], dict[str, str]]:
    dtypes = frame(dataset).dtypes
    return [name for name, _ in dtypes], {name.lower(): kind for name, kind in dtypes}


def sample_columns(dataset: Dataset, names: list[str], size: int) -> dict[str, list[str]]:
    """Up to `size` non-null values of each column (a LIMIT per column)."""
    from pyspark.sql import functions

    data = frame(dataset)
    return {name.lower(): [str(row[0]) for row in data.select(functions.col(f"`{name}`"))
                           .where(functions.col(f"`{name}`").isNotNull()).limit(size).collect()]
            for name in names}


def prepared_selections(derived: list[Derived], actual: dict[str, str], types: dict[str, str]) -> list[str]:
    """Spark SQL for each derived column, aliased to the name the expectations read."""
    selections = [derived_select(item, actual, types, "spark") for item in {item.name: item for item in derived}.values()]
    return selections or ["1 AS `row`"]


def ge_batch(dataset: Dataset, derived: list[Derived], actual: dict[str, str], types: dict[str, str]) -> tuple[Any, str]:
    """A GE Spark batch over the derived columns, and the same selection as Spark SQL (for export)."""
    from checker.datasets.expectations import context

    selections = prepared_selections(derived, actual, types)
    data = frame(dataset).selectExpr(*selections)
    source = context().data_sources.add_spark(f"privgate-spark-{next(_names)}")
    batch = source.add_dataframe_asset("rows").add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": data})
    place = exp.to_identifier(dataset.location or "", quoted=True).sql(dialect="spark")
    return batch, f"SELECT {', '.join(selections)} FROM {_READERS[dataset.format]}.{place}"


def _first_line(error: Exception) -> str:
    from checker.readers.live import redact

    return redact((str(error).strip().splitlines() or [""])[0])[:200]
