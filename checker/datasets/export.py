"""`privgate scan --export-expectations DIR`: the Great Expectations suite privgate ran on each
dataset, written in GE's own serialisation (one JSON file per dataset), so a team can run the same
checks in its own GE checkpoints. The suite's `meta.privgate` says what the expectations read: the
query (SQL engines, Spark) or the derived columns privgate computes (pandas), since the
expectations read normalised columns (epoch seconds, 1/0 flags, upper-case countries)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from checker.datasets.predicates import RowPredicate
from checker.datasets.spec import Dataset
from checker.errors import PrivgateError

EXPORT_VARIABLE = "PRIVGATE_EXPORT_EXPECTATIONS"  # set by the CLI option; dataset workers inherit it
_DERIVED = {"epoch__": "seconds since 1970-01-01 UTC of {} (ISO 8601 text or a timestamp; UTC when no zone)",
            "truth__": "1 when {} is one of true, t, yes, y, 1, on (any case), 0 otherwise, null when missing",
            "country__": "{} trimmed and upper-cased"}


def suite_file(dataset: Dataset, folder: Path) -> Path:
    """One file per dataset, named after how findings name it."""
    return folder / (re.sub(r"[^A-Za-z0-9._-]+", "_", dataset.label).strip("_.") + ".json")


def export_suite(dataset: Dataset, plans: list[tuple[RowPredicate, list[Any]]], query: str | None) -> Path | None:
    """Write the dataset's suite when an export folder was asked for; the path written, else None."""
    folder = os.environ.get(EXPORT_VARIABLE)
    if not folder:
        return None
    import great_expectations as gx

    flat = [expectation for _, expectations in plans for expectation in expectations]
    columns = sorted({value for expectation in flat for key, value in expectation.configuration.kwargs.items()
                      if key in ("column", "column_A", "column_B")})
    reads: dict[str, Any] = {"dataset": dataset.label, "format": dataset.format}
    if query is not None:
        if dataset.location and dataset.relative and dataset.path is not None:
            query = query.replace(dataset.location, dataset.relative)  # run from the project root
            reads["paths"] = "relative to the project root"
        reads["engine"] = "spark" if dataset.spec.engine == "spark" else dataset.url.split(":", 1)[0] if dataset.url else "sql"
        reads["query"] = query
    else:
        reads["engine"] = "pandas"
        reads["columns"] = {name: _described(name) for name in columns}
    suite = gx.ExpectationSuite(name=f"privgate {dataset.label}",
                                expectations=[expectation.configuration.to_domain_obj() for expectation in flat],
                                meta={"privgate": reads})
    target = suite_file(dataset, Path(folder))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(suite.to_json_dict(), indent=2, default=str) + "\n", "utf-8")
    except OSError as error:
        raise PrivgateError(f"cannot write the expectation suite {target}: {error.strerror or error}") from None
    return target


def _described(name: str) -> str:
    name, _, unless = name.partition("__unless__")
    if unless:
        return (f"{_described(name)}; null where {unless} is given (not empty, not one of false, f, no, n, 0, "
                "off: a date counts)")
    for prefix, text in _DERIVED.items():
        if name.startswith(prefix):
            return text.format(name[len(prefix):])
    return f"{name} as the file holds it (empty text is null)"
