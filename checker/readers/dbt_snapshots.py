"""dbt snapshots declared in YAML (dbt 1.9+): `snapshots: [{name, relation: ref('x') | source('s', 't'),
config: {...}}]` in a schema file instead of a `{% snapshot %}` block. Each is a node `ref` can name, and
a table that keeps every version of the rows of its relation: the relation's columns (with their
declarations: the snapshot copies the rows), the entry's own `columns:` (their declarations win) and
the four columns dbt adds. When the relation is a model no schema file describes, the snapshot takes
the columns lineage found for that model (`fill_from_lineage`), before the models that read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from checker.readers.ddl import TableDefinition

if TYPE_CHECKING:
    from checker.catalog import Catalog
    from checker.readers.dbt import DbtProject

# dbt_scd_id, dbt_updated_at, dbt_valid_from and dbt_valid_to: what every snapshot adds to its relation's columns
SNAPSHOT_META_COLUMNS = ("dbt_scd_id", "dbt_updated_at", "dbt_valid_from", "dbt_valid_to")
_RELATION = re.compile(r"""^\s*(?:\{\{\s*)?(ref|source)\(\s*(['"])([^'"]+)\2\s*(?:,\s*(['"])([^'"]+)\4\s*)?\)(?:\s*\}\})?\s*$""")


@dataclass(frozen=True)
class YamlSnapshot:
    """A snapshot a schema file declares: its name, what it copies, and where it is declared."""

    name: str
    relation: str  # as written: `ref('stg_orders')`, `source('shop', 'orders')`
    where: str
    line: int
    columns: tuple[tuple[str, str | None], ...]  # the entry's own columns and their declarations


def yaml_snapshot(entry: dict[str, Any], where: str, line: int | None,
                  columns: dict[str, str | None]) -> YamlSnapshot | None:
    """A `snapshots:` entry that declares its relation (a SQL snapshot's entry only describes it)."""
    if not entry.get("name") or not isinstance(entry.get("relation"), str):
        return None
    return YamlSnapshot(str(entry["name"]).lower(), entry["relation"], where, line or 1, tuple(columns.items()))


def define_yaml_snapshots(project: DbtProject, history: str) -> None:
    """Each YAML snapshot's table (kept with `history`, which retention rules judge); a snapshot block
    of the same name in a SQL file is the one dbt builds and keeps its table."""
    for snapshot in project.yaml_snapshots:
        if any(model.kind == "snapshot" and model.name.lower() == snapshot.name for model in project.models.values()):
            continue
        copied = _relation_columns(project, snapshot.relation)
        columns: dict[str, str | None] = {}
        if copied is not None:
            columns = {**copied, **dict.fromkeys(SNAPSHOT_META_COLUMNS)}
        columns.update((name, declared) for name, declared in snapshot.columns if declared or name not in columns)
        project.definitions[snapshot.name] = TableDefinition(snapshot.name, columns, snapshot.where, snapshot.line,
                                                             time_travel=history)


def _relation_columns(project: DbtProject, relation: str) -> dict[str, str | None] | None:
    """The columns (with declarations) of what `ref(...)` or `source(...)` names, None when unknown."""
    name = _ref_target(relation)
    found = _RELATION.match(relation)
    if name is None and found is not None and found[5] is not None:  # `source('shop', 'orders')`
        key = (found[3], found[5])
        name = project.sources.get(key) or project.package_sources.get(key)
    definition = (project.definitions.get(name) or project.package_definitions.get(name)) if name else None
    return dict(definition.columns) if definition is not None and definition.columns else None


def copied_models(project: DbtProject) -> dict[str, str]:
    """Each YAML snapshot whose columns no schema file gave -> the model it copies (`ref('x')`), which
    lineage reads first."""
    found: dict[str, str] = {}
    for snapshot in project.yaml_snapshots:
        model = _ref_target(snapshot.relation)
        definition = project.definitions.get(snapshot.name)
        if model is not None and (definition is None or not definition.columns):
            found[snapshot.name] = model
    return found


def _ref_target(relation: str) -> str | None:
    """The model `ref('x')` or `ref('package', 'x')` names (lower case); None for a source or anything else."""
    found = _RELATION.match(relation)
    return (found[5] or found[3]).lower() if found and found[1] == "ref" else None


def fill_from_lineage(catalog: Catalog, copies: dict[str, str], names: list[str], lineage: int) -> None:
    """The snapshots among `names` take the columns (and the categories lineage found) of the model
    they copy, plus dbt's four, once that model's table is in the catalog."""
    for name in names:
        model = catalog.tables.get(copies[name]) if name in copies else None
        snapshot = catalog.add_table(name) if model is not None else None
        if model is None or snapshot is None or snapshot.columns:
            continue
        for column, category in model.columns.items():
            catalog.offer(snapshot, column, category, lineage, f"lineage from {model.name}.{column}")
        for column in SNAPSHOT_META_COLUMNS:
            catalog.offer(snapshot, column, None, lineage, "a column dbt adds to every snapshot")
