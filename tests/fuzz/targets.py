"""Fuzz targets: each takes arbitrary bytes and must either succeed or fail with privgate's own
error type (a clear message with a location); any other exception is a bug. Used by atheris
(`make fuzz`, tests/fuzz/run.py) and, with a short budget, by tests/test_fuzz.py."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from checker import cache
from checker.config import from_dict
from checker.errors import PrivgateError

cache.disable()  # every input must reach the parsers, and fuzz inputs must not fill the user's cache
WORK = Path(tempfile.mkdtemp(prefix="privgate-fuzz-"))
AS_OF = date(2026, 11, 24)
_PROJECT = None


def _project():
    global _PROJECT
    if _PROJECT is None:
        from checker.engine import load_project

        _PROJECT = load_project(from_dict({"packs": ["mgt-solutions"]}, WORK, None))
    return _PROJECT


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def sql_reader(data: bytes) -> None:
    """Any bytes as a SQL file: facts or input problems, never an exception."""
    from checker.readers.sql import read_sql_file

    project = _project()
    path = WORK / "input.sql"
    path.write_bytes(data)
    facts = read_sql_file(path, "input.sql", project.config, project.catalog, AS_OF)
    for problem in facts.problems:
        assert problem.line >= 1 and problem.message, problem


def config_loader(data: bytes) -> None:
    """Any text as privgate.yaml: a config or a ConfigError naming the file."""
    from checker.config import load_config

    path = WORK / "privgate.yaml"
    path.write_bytes(data)
    try:
        load_config(path)
    except PrivgateError as error:
        assert error.path == str(path), error


def pack_loader(data: bytes) -> None:
    """Any text as a rule pack: a pack or a ConfigError naming the file."""
    from checker.policy.loader import load_pack

    path = WORK / "pack.yaml"
    path.write_bytes(data)
    try:
        load_pack(path)
    except PrivgateError as error:
        assert error.path, error


def dbt_jinja(data: bytes) -> None:
    """Any text as a dbt model: rendered in the sandbox or a DbtError, never file access or a crash."""
    from checker.readers.dbt import DbtError, DbtModel, DbtProject, render

    project = DbtProject(root=WORK, prefix="", name="fuzz", model_paths=("models",), variables={})
    try:
        render(project, DbtModel("model", "models/model.sql"), _text(data))
    except DbtError:
        pass


def dataset_reader(data: bytes) -> None:
    """Any bytes as a CSV or JSON-lines dataset: columns and batches, or a DatasetReadError."""
    from checker.datasets.detectors import classify_sample
    from checker.datasets.files import DatasetReadError, batches, column_names
    from checker.datasets.masking import mask

    for name, fmt in (("input.csv", "csv"), ("input.jsonl", "jsonl")):
        path = WORK / name
        path.write_bytes(data)
        try:
            names = column_names(path, fmt)
            for batch in batches(path, fmt, names or None):
                for column in batch.columns:
                    values = [str(v) for v in column.to_pylist()[:50] if v is not None]
                    verdict = classify_sample(values)
                    if verdict is not None:
                        assert all(mask(v) != v or len(v) <= 6 for v in verdict.examples)
        except DatasetReadError:
            pass


def warm_up() -> None:
    """Import what the targets use (they import lazily, as privgate does)."""
    import checker.config  # noqa: F401
    import checker.datasets.detectors  # noqa: F401
    import checker.datasets.files  # noqa: F401
    import checker.datasets.masking  # noqa: F401
    import checker.policy.loader  # noqa: F401
    import checker.readers.dbt  # noqa: F401
    import checker.readers.sql  # noqa: F401
    import checker.yamlparse  # noqa: F401

    _project()


TARGETS = {"sql_reader": sql_reader, "config_loader": config_loader, "pack_loader": pack_loader,
           "dbt_jinja": dbt_jinja, "dataset_reader": dataset_reader}
