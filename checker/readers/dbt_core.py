"""dbt's own global macros, when dbt is installed in the user's environment.

dbt-core (through dbt-adapters since 1.8) ships `dbt/include/global_project/macros` (`dbt.dateadd`,
`dbt.type_string`, `generate_schema_name` ...) and each adapter ships `dbt/include/<adapter>/macros`
(`postgres__dateadd` ...). Where they are installed, privgate renders with them in preference to its
own imitations (checker/readers/dbt_globals.py), which remain for what they need a warehouse for.

The files are found on `sys.path` without importing dbt (its import costs over a second) and read as
Jinja templates in privgate's sandbox like any package's macros."""

from __future__ import annotations

import sys
from functools import cache
from importlib import metadata
from pathlib import Path

GLOBAL_PROJECT = Path("dbt", "include", "global_project", "macros")


@cache
def core_macro_files(search_path: tuple[str, ...] | None = None) -> tuple[tuple[str, str], ...]:
    """(shown path, absolute path) of every installed dbt global and adapter macro file, the global
    project's first; empty when dbt is not installed."""
    bases = [Path(entry or ".") for entry in (search_path if search_path is not None else tuple(sys.path))]
    found = [base for base in bases if (base / GLOBAL_PROJECT).is_dir()]
    if not found:
        return ()
    folders = [(found[0], found[0] / GLOBAL_PROJECT)]  # adapters may sit in other site folders (namespace package)
    for base in dict.fromkeys(bases):
        include = base / GLOBAL_PROJECT.parent.parent
        if include.is_dir():
            folders += [(base, adapter / "macros") for adapter in sorted(include.iterdir())
                        if adapter.name != "global_project" and (adapter / "macros").is_dir()]
    label = f"dbt {_version()}".strip()
    return tuple((f"{label}: {file.relative_to(base).as_posix()}", str(file))
                 for base, folder in folders for file in sorted(folder.rglob("*.sql")))


def _version() -> str:
    for distribution in ("dbt-core", "dbt-adapters"):
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return ""
