"""What the config says each dataset is, and which datasets a scan covers."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checker.config import Config
from checker.errors import ConfigError, PrivgateError
from checker.globs import match_path
from checker.policy.model import Pack
from checker.records import Record

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
ROLE_PURPOSES = {"marketing_audience": "marketing"}  # roles that imply a purpose when none is given
DEFAULT_SAMPLE = 1000
DUCKDB_MEMORY = "duckdb:///:memory:"


@dataclass(frozen=True, eq=False, repr=False)
class DatasetSpec(Record):
    """One `datasets:` entry of the config."""

    index: int
    role: str
    path: str | None = None
    table: str | None = None
    database: str | None = None
    name: str | None = None
    format: str | None = None
    purpose: str | None = None
    catalog_table: str | None = None
    columns: dict[str, str | None] = field(default_factory=dict)
    timestamps: dict[str, str] = field(default_factory=dict)  # clock -> column
    consent: str | None = None
    withdrawn: str | None = None
    sent_at: str | None = None
    country: str | None = None
    recipient: str | None = None  # the column naming who each row was sent to (transfer logs)
    recipient_aliases: tuple[tuple[str, str], ...] = ()  # (id, pack recipient id) from `catalog.recipients`
    sample: int = DEFAULT_SAMPLE
    engine: str | None = None  # files: None (GE pandas, streamed), "duckdb" or "spark" (GE's Spark engine)


@dataclass(frozen=True, eq=False, repr=False)
class Dataset(Record):
    """One concrete dataset to check: a file, a table in a database, or lake files an engine reads
    in place (`location`: a local path or an object-storage URL, with globs)."""

    spec: DatasetSpec
    label: str  # how findings name it: the relative path, or `table NAME`
    path: Path | None = None
    relative: str | None = None  # the file's path relative to the project root, as findings show it
    url: str | None = None  # the SQL engine's URL (never printed: see readers.live.redact)
    location: str | None = None  # the files `engine: duckdb` or `engine: spark` reads

    @property
    def format(self) -> str:
        if self.url is not None and self.location is None:
            return "table"
        where = self.location or str(self.path or "")
        return self.spec.format or FORMATS.get(Path(where.split("://", 1)[-1]).suffix.lower(), "csv")


def read_specs(config: Config, packs: tuple[Pack, ...]) -> list[DatasetSpec]:
    """The config's dataset entries, with categories and purposes checked against the packs."""
    known = {category for pack in packs for category in pack.categories}
    purposes = {purpose for pack in packs for purpose in pack.purposes}
    specs = []
    for index, entry in enumerate(config.datasets):
        for column, category in (entry.get("columns") or {}).items():
            if category is not None and category not in known:
                _fail(config, (index, "columns", column), f"unknown data category '{category}'")
        purpose = entry.get("purpose") or ROLE_PURPOSES.get(entry.get("role", ""))
        if purpose is not None and purpose not in purposes:
            _fail(config, (index, "purpose"), f"unknown purpose '{purpose}'")
        timestamps = {clock: column.lower() for clock, column in (entry.get("timestamps") or {}).items()}
        if entry.get("timestamp"):
            timestamps.setdefault("collected", entry["timestamp"].lower())
        specs.append(DatasetSpec(
            index=index, role=entry.get("role", "dataset"), path=entry.get("path"), table=entry.get("table"),
            database=entry.get("database"), name=entry.get("name"), format=entry.get("format"), purpose=purpose,
            catalog_table=entry.get("catalog_table"),
            columns={column.lower(): category for column, category in (entry.get("columns") or {}).items()},
            timestamps=timestamps, consent=_lower(entry.get("consent")), withdrawn=_lower(entry.get("withdrawn")),
            sent_at=_lower(entry.get("sent_at")), country=_lower(entry.get("country")),
            recipient=_lower(entry.get("recipient")),
            recipient_aliases=tuple(sorted((rid, described["is"]) for rid, described
                                           in (config.catalog.get("recipients") or {}).items() if described.get("is"))),
            sample=entry.get("sample", DEFAULT_SAMPLE),
            engine=None if entry.get("engine") in (None, "pandas") else entry["engine"],
        ))
    return specs


def select_datasets(specs: list[DatasetSpec], config: Config, files: list[tuple[Path, str]],
                    whole_project: bool, db_url: str | None) -> list[Dataset]:
    """File datasets among `files` (relative paths matched against each entry's glob); table datasets
    only when the whole project is scanned, since a pre-commit run on a few files must stay fast."""
    chosen: list[Dataset] = []
    for spec in specs:
        if spec.path is not None and is_remote(spec.path):
            if whole_project:
                from checker.redaction import redact

                _require_engine(spec, config)
                chosen.append(_in_engine(Dataset(spec, spec.name or redact(spec.path)), spec.path))
        elif spec.path is not None:
            found = [(path, relative) for path, relative in files if match_path(spec.path, relative)]
            if found and spec.engine:
                _require_engine(spec, config)
            chosen.extend(_in_engine(Dataset(spec, spec.name or relative, path=path, relative=relative),
                                     str(path.resolve()))
                          for path, relative in found)
        elif whole_project:
            from checker.datasets.dialects import missing_driver  # the dialects' tables: not for a few files

            url = _database_url(spec, config, db_url)
            try:
                problem = missing_driver(url)
            except ConfigError as error:
                problem = error.message
            if problem:
                _fail(config, (spec.index, "database" if spec.database else "table"), problem)
            chosen.append(Dataset(spec, spec.name or f"table {spec.table}", url=url))
    return chosen


def is_remote(path: str) -> bool:
    """An object-storage or web location (s3://, gs://, az://, abfss://, https://, ...)."""
    return "://" in path


def _in_engine(dataset: Dataset, location: str) -> Dataset:
    """The dataset as its entry's engine reads it: DuckDB in memory over the files, or Spark."""
    if dataset.spec.engine == "duckdb":
        return replace(dataset, url=DUCKDB_MEMORY, location=location)
    if dataset.spec.engine == "spark":
        return replace(dataset, location=location)
    return dataset


def _require_engine(spec: DatasetSpec, config: Config) -> None:
    """The entry's engine is installed (else a one-line error naming the extra); files in object
    storage need one."""
    from checker.datasets.dialects import installed, missing_driver

    if spec.engine is None:
        _fail(config, (spec.index, "path"), f"'{spec.path}' is not a local file: set `engine: duckdb` or "
              "`engine: spark` to read it in place")
    problem = missing_driver(DUCKDB_MEMORY) if spec.engine == "duckdb" else (
        None if installed("pyspark") else "checking files with Spark needs privgate's `spark` extra "
        "(pyspark not installed, and a Java runtime): pip install 'privgate[spark]'")
    if problem:
        _fail(config, (spec.index, "engine"), problem)


def dataset_globs(specs: list[DatasetSpec]) -> list[str]:
    return [spec.path for spec in specs if spec.path is not None]


def require_columns(spec: DatasetSpec, actual: dict[str, str], config: Config) -> None:
    """Every column the entry names (timestamps, consent, withdrawn, sent_at, country, recipient) is in the
    dataset (`actual`: lower-case names); else an error naming the config line."""
    named = {**{column: ("timestamps", clock) for clock, column in spec.timestamps.items()},
             **{getattr(spec, key): (key,) for key in ("consent", "withdrawn", "sent_at", "country", "recipient") if getattr(spec, key)}}
    for column, path in named.items():
        if column not in actual:
            line, _ = config.lines.position(("datasets", spec.index, *path))
            where = f" (named in {config.source}:{line})" if config.source and line else ""
            raise PrivgateError(f"no column {column} in the dataset{where}; it has {', '.join(actual) or 'no columns'}")


def _database_url(spec: DatasetSpec, config: Config, db_url: str | None) -> str:
    database = spec.database
    if database is None:
        if not db_url:
            _fail(config, (spec.index, "table"),
                  f"dataset table '{spec.table}' needs a database: give `database:` or pass --db URL")
        return db_url  # type: ignore[return-value]
    if database.startswith("env:"):
        value = os.environ.get(database[4:])
        if not value:
            _fail(config, (spec.index, "database"), f"environment variable {database[4:]} is not set")
        return value  # type: ignore[return-value]
    if "://" in database:
        return database
    file = (config.root / database).resolve()
    if file.suffix.lower() in {".duckdb", ".ddb"}:
        return f"duckdb:///{file}"
    return f"sqlite:///file:{file}?mode=ro&uri=true"  # read-only: a missing file is an error, not a new database


def _lower(value: str | None) -> str | None:
    return value.lower() if value else None


def _fail(config: Config, path: tuple[Any, ...], message: str) -> None:
    line, column = config.lines.position(("datasets", *path))
    dotted = "datasets[{}]".format(path[0]) + "".join(f".{part}" for part in path[1:])
    raise ConfigError(f"{dotted}: {message}", config.source, line, column)


def subject_of(dataset: Dataset) -> str:
    """What a dataset's rows are about, as the name classifier's table context: its catalog table or
    database table, else the name of its file or folder (`exports/customers.csv.gz` -> `customers`,
    `s3://lake/patients/dt=2026-11-01/*.parquet` -> `patients`), else its role. A bare `name` column
    is a person's name in `customers` and not in `products`, whatever the file format."""
    spec = dataset.spec
    if spec.catalog_table or spec.table:
        return spec.catalog_table or spec.table or ""
    where = str(dataset.location or dataset.path or spec.path or "")
    for part in reversed(where.replace("\\", "/").split("/")):
        stem = part.split(".")[0]
        if stem and not any(mark in part for mark in "*?[=") and ":" not in stem:
            return stem
    return spec.role
