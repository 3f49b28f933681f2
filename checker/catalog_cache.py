"""The classified catalog kept in privgate's cache: a pre-commit run in an unchanged project takes
what classification and dbt lineage found from one entry instead of classifying every column and
rendering and reading every model again.

The key covers everything those two steps read: the config, the packs, the files the catalog's
declarations came from (DDL files and Fides manifests, by their bytes), the dbt project (its schema
files' definitions, its models and their compiled code, its macro files' contents), every model's
file (by its size and time stamps, or its bytes while those are too fresh to trust; or the digest
of the stamps checker.dbt_cache checked, which include every model's) and privgate's own code.
A live database is never cached (its tables and grants change without a file changing). An entry
is a pickle of the catalog's own classes, loaded by checker.cache_keys' restricted unpickler, so a
planted entry cannot run code; a damaged one only costs the work again.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from checker import cache

if TYPE_CHECKING:
    from checker.catalog import Catalog
    from checker.config import Config
    from checker.policy.model import Pack
    from checker.readers.dbt import DbtProject

KIND = "catalogs"
ENTRIES_KEPT = 64  # one per project and state a developer switches between (branches, worktrees)


def classified(config: Config, catalog: Catalog, packs: tuple[Pack, ...], dbt: DbtProject | None,
               declarations: list[tuple[Path, str]], classify: Callable[[], None]) -> Catalog:
    """`catalog` after `classify` (which classifies it and adds dbt lineage in place), or the
    catalog a run with the same inputs stored. `declarations` are the files (DDL, Fides manifests)
    whose definitions the catalog holds besides the config's and the dbt project's: the key hashes
    them, not the catalog they made, which costs a fraction of walking the catalog."""
    entry = _key(config, packs, dbt, declarations) if cache.folder() is not None else None
    stored = _load(entry) if entry else None
    if stored is not None:
        return stored
    classify()
    if entry:
        try:
            data = pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return catalog
        if cache.write_bytes(KIND, f"{entry}.pickle", data):
            cache.prune(KIND, ENTRIES_KEPT)
    return catalog


def _key(config: Config, packs: tuple[Pack, ...], dbt: DbtProject | None,
         declarations: list[tuple[Path, str]]) -> str | None:
    from checker.cache_keys import fingerprint, stamps

    files = tuple(str(path) for path, _ in declarations)
    models: list[tuple[str, int, int, int, int]] = []
    inputs = dbt._inputs if dbt is not None else None  # checker.dbt_cache checked every model file's stat already
    if dbt is not None:
        files += dbt.macro_files
    if dbt is not None and inputs is None:  # thousands of models: each by its stat, not its bytes (a tenth of the time)
        models, fresh = stamps([str(Path(config.root) / model.relative) for _, model in sorted(dbt.models.items())])
        files += fresh
    return fingerprint((KIND, config, packs, dbt, [relative for _, relative in declarations], models, inputs), files)


def _load(entry: str) -> Catalog | None:
    from checker.catalog import Catalog
    from checker.cache_keys import restricted_loads

    data = cache.read_bytes(KIND, f"{entry}.pickle")
    if data is None:
        return None
    try:
        stored = restricted_loads(io.BytesIO(data))
    except Exception:  # a truncated, damaged or foreign entry only costs the work again
        return None
    return stored if isinstance(stored, Catalog) else None
