"""Fides dataset manifests (fideslang YAML: datasets, collections, fields, nested fields,
`data_categories`) read as catalog annotations, so data already labelled for Ethyca's Fides is
checked without relabelling.

A fideslang category maps to a pack category, for the key and then each parent, in this order: the
pack's own category that `is` the key (`account.email` is `user.contact.email`, preferring the
table's own group); a special category (health, biometrics, beliefs ... -> `special.*`); the pack
category whose last part is the key's concept (`user.demographic.language` -> `account.language`);
the key itself when a pack declares it (the shared taxonomy of gdpr-baseline: at least `user`).
`system.*` is not personal data. Deprecated keys follow fideslang's
`replaced_by`. The taxonomy ships in checker/data/fideslang_categories.json with its attribution.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from checker.catalog import PERSONAL
from checker.classify import category_for_concept, category_for_key
from checker.errors import ConfigError
from checker.facts import InputProblem
from checker.policy.model import Pack
from checker.readers.ddl import NOT_PERSONAL, TableDefinition
from checker.yamlio import load_yaml_file


@cache
def taxonomy() -> dict[str, dict[str, str]]:
    text = resources.files("checker.data").joinpath("fideslang_categories.json").read_text("utf-8")
    return json.loads(text)["categories"]


def pack_category(key: str, table: str, packs: list[Pack]) -> str:
    """The pack category a fideslang key means for a column of `table`: a category id,
    NOT_PERSONAL for system data, or PERSONAL when no pack knows the key or a parent of it."""
    known = taxonomy()
    key = known.get(key, {}).get("replaced_by", key)
    if key == "system" or key.startswith("system."):
        return NOT_PERSONAL
    parts = key.split(".")
    for size in range(len(parts), 0, -1):  # the key, then its parents (`user` at the latest)
        level = ".".join(parts[:size])
        entry = known.get(level, {})
        for pack in packs:
            own = category_for_key(level, table, pack, generic=False)
            if own:
                return own
            if entry.get("special") and pack.knows(entry["special"]):
                return entry["special"]
            concept = entry.get("concept")
            found = category_for_concept(concept, table, pack) if concept else None
            if found:
                return found
        for pack in packs:
            if level in pack.categories:
                return level
    return PERSONAL


def read_fides(files: list[tuple[Path, str]], packs: list[Pack]) -> tuple[dict[str, TableDefinition], list[InputProblem]]:
    """Table definitions from every collection of every dataset in the manifests."""
    tables: dict[str, TableDefinition] = {}
    problems: list[InputProblem] = []
    for path, relative in sorted(files, key=lambda item: item[1]):
        try:
            document, lines = load_yaml_file(path, duplicates=True)  # regular file, bounded values and depth
        except ConfigError as error:
            kind = "unreadable" if error.message.startswith(("cannot read", "not UTF-8")) else "unparsable"
            problems.append(InputProblem(relative, error.line or 1, error.column or 1,
                                         f"invalid Fides manifest: {error.message}", kind))
            continue
        datasets = document.get("dataset") if isinstance(document, dict) else None
        if not isinstance(datasets, list):
            problems.append(InputProblem(relative, 1, 1, "not a Fides dataset manifest: no `dataset:` list", "unparsable"))
            continue
        for index, dataset in enumerate(datasets):
            collections = dataset.get("collections") if isinstance(dataset, dict) else None
            if dataset is not None and not isinstance(dataset, dict) \
                    or collections is not None and not isinstance(collections, list):
                line, column = lines.position(("dataset", index))
                problems.append(InputProblem(relative, line or 1, column or 1, f"dataset[{index}] must be a mapping "
                                             "with a `collections:` list", "unparsable"))
                continue
            for number, collection in enumerate(collections or []):
                if isinstance(collection, dict) and collection.get("name"):
                    try:
                        _collection(collection, relative, packs, tables)
                    except _ShapeError as error:
                        line, column = lines.position(("dataset", index, "collections", number, *error.where))
                        problems.append(InputProblem(relative, line or 1, column or 1, f"collection "
                                                     f"'{collection['name']}': {error}", "unparsable"))
                    except (AttributeError, TypeError, ValueError) as error:
                        line, column = lines.position(("dataset", index, "collections", number))
                        problems.append(InputProblem(relative, line or 1, column or 1, "unexpected shape in collection "
                                                     f"'{collection['name']}' ({type(error).__name__})", "unparsable"))
    return tables, problems


def _collection(collection: dict[str, Any], relative: str, packs: list[Pack], tables: dict[str, TableDefinition]) -> None:
    name = str(collection["name"]).lower()
    default = list(collection.get("data_categories") or [])
    table = tables.setdefault(name, TableDefinition(name, source=relative))
    fields = collection.get("fields") or []
    if not isinstance(fields, list):
        raise _ShapeError("`fields:` must be a list of fields", ("fields",))
    for number, field in enumerate(fields):
        if not isinstance(field, dict) or not field.get("name"):
            raise _ShapeError("each field must be a mapping with a `name:`", ("fields", number))
        keys = _field_categories(field) or default
        mapped = [pack_category(str(key), name, packs) for key in keys]
        table.columns[str(field["name"]).lower()] = _strongest(mapped)


class _ShapeError(ValueError):
    """A collection whose shape is not fideslang's; `where` is the path below the collection."""

    def __init__(self, message: str, where: tuple[str | int, ...]) -> None:
        super().__init__(message)
        self.where = where


def _field_categories(field: dict[str, Any]) -> list[str]:
    """A field's categories, or those of its nested fields (a JSON column holding an address)."""
    own = list(field.get("data_categories") or [])
    for nested in field.get("fields") or []:
        if isinstance(nested, dict):
            own += _field_categories(nested)
    return own


def _strongest(mapped: list[str]) -> str | None:
    """Special categories first, then any category, then PERSONAL, then NOT_PERSONAL."""
    if not mapped:
        return None
    ranked = sorted(mapped, key=lambda c: (not c.startswith("special."), c in (PERSONAL, NOT_PERSONAL), c == NOT_PERSONAL))
    return ranked[0]
