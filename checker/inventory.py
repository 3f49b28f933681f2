"""`privgate catalog`: the catalog the scan judges with, as an inventory a person can read.

Nothing here classifies: the projects are loaded exactly as `privgate scan` loads them (grouped by
nearest config, the database read with the first group, projects met inside others loaded too)
and every category, rank and provenance is read off the frozen catalog (checker.catalog).

Paths (`defined_at`, the files named in provenance) are relative to the table's project folder;
`project` is that folder relative to the report root (git's top level, as the scan reports).
A live table is defined at its logical location `db/<database>/<schema>/<table>`.

Datasets (`datasets:` entries: files and database tables) are listed with the columns the scan
reads from them: their categories as the dataset rules see them (the entry's `columns`, its
catalog table, else the name in the context of the file's name) and, where no personal category
came, what the content detectors found in the sample, as a suggestion (the scan's PUR004).

JSON (`version` 1)::

    {"version": 1, "packs": [ids],
     "tables": [{"name", "project", "defined_at", "location": {"country", "region", "source"},
                 "storage", "retention", "retention_source",
                 "columns": [{"name", "type", "category", "rank", "provenance", "personal",
                              "marked_personal", "suggestion": {"category", "reason"} | null}]}],
     "datasets": [{"name", "project", "defined_at", "role", "purpose", "problem", "columns": [...]}],
     "summary": {"tables", "columns", "personal", "not_personal", "declared", "inferred", "uncategorised",
                 "datasets", "dataset_columns", "dataset_personal"}}

`category` null with rank `declared` means declared not personal (`none`), with rank `lineage` that
lineage found no one's data in it (a key hashed from several columns, a row number, an aggregate over
many people; the reason in `provenance`); null with rank `unknown` means privgate found no category
(never assumed non-personal). `personal` is whether a pack in force declares the category personal
data (false for a column decided to hold none, null when nothing decided: rank `unknown`).
`summary.not_personal` counts the columns whose `personal` is false.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from checker.catalog import UNKNOWN, Table, canonical_name
from checker.policy.model import personal_in

if TYPE_CHECKING:
    from checker.datasets.detectors import ColumnVerdict
    from checker.datasets.spec import Dataset
    from checker.project import Project

RANK_WORDS = ("declared", "lineage", "content", "type", "name", "unknown")  # checker.catalog's ranks, in order


@dataclass(frozen=True)
class Column:
    name: str
    type: str | None
    category: str | None
    rank: str  # one of RANK_WORDS
    provenance: str
    personal: bool | None
    marked_personal: bool = False  # declared personal without a category (dbt pii markers)
    suggestion: dict[str, str] | None = None  # {"category", "reason"}: a low-confidence guess not adopted


@dataclass(frozen=True)
class TableEntry:
    name: str
    project: str
    defined_at: str | None
    location: dict[str, str | None]
    storage: str | None
    retention: str | None
    retention_source: str | None
    columns: list[Column] = field(default_factory=list)


@dataclass(frozen=True)
class DatasetEntry:
    name: str  # as findings name it: the file's path, or `table NAME`
    project: str
    defined_at: str | None  # its `datasets:` entry in the config
    role: str
    purpose: str | None
    problem: str | None = None  # why its columns could not be read (the scan's INP004)
    columns: list[Column] = field(default_factory=list)


@dataclass
class Inventory:
    packs: list[str]
    tables: list[TableEntry]
    datasets: list[DatasetEntry] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        columns = [column for table in self.tables for column in table.columns]
        in_datasets = [column for dataset in self.datasets for column in dataset.columns]
        return {
            "tables": len(self.tables),
            "columns": len(columns),
            "personal": sum(1 for column in columns if column.personal),
            "not_personal": sum(1 for column in columns if column.personal is False),
            "declared": sum(1 for column in columns if column.rank == "declared"),
            "inferred": sum(1 for column in columns if column.rank not in ("declared", "unknown")),
            "uncategorised": sum(1 for column in columns if column.rank == "unknown"),
            "datasets": len(self.datasets),
            "dataset_columns": len(in_datasets),
            "dataset_personal": sum(1 for column in in_datasets if column.personal),
        }


# -- loading: the scan's projects -----------------------------------------------------------------
def load_projects(paths: tuple[Path, ...], packs: tuple[str, ...], config_file: Path | None,
                  db_url: str | None) -> tuple[list[Project], Path]:
    """The projects `privgate scan` would judge these paths with (same grouping, the database with
    the first group), and the report root."""
    from checker.workspace import plan_projects, report_root

    projects = [plan.project for plan in plan_projects(list(paths), config_file, packs, db_url)]
    return projects, report_root([project.config.root for project in projects])


# -- the model ------------------------------------------------------------------------------------
def build_inventory(projects: list[Project], root: Path) -> Inventory:
    pack_ids = list(dict.fromkeys(pack.id for project in projects for pack in project.packs))
    tables = [_table_entry(project, table, _project_label(project, root))
              for project in projects for table in sorted(project.catalog.tables.values(), key=lambda t: t.name)]
    datasets = [entry for project in projects for entry in _dataset_entries(project, _project_label(project, root))]
    return Inventory(pack_ids, tables, datasets)


def _project_label(project: Project, root: Path) -> str:
    try:
        return project.config.root.relative_to(root).as_posix()
    except ValueError:
        return project.config.root.as_posix()


def _table_entry(project: Project, table: Table, label: str) -> TableEntry:
    location = project.catalog.locate_table(table.name)
    return TableEntry(
        name=table.name, project=label, defined_at=defined_at(project, table),
        location={"country": location.country, "region": location.region, "source": location.source},
        storage=table.storage,
        retention=str(table.retention) if table.retention is not None else None,
        retention_source=_project_relative(project, table.retention_source) if table.retention_source else None,
        columns=[_column(project, table, name) for name in table.columns],
    )


def _column(project: Project, table: Table, name: str) -> Column:
    category = table.columns[name]
    rank = table.ranks.get(name, UNKNOWN)
    personal = _personal(project, category, rank != UNKNOWN)
    suggestion = table.suggestions.get(name)
    return Column(
        name=name, type=table.types.get(name), category=category, rank=RANK_WORDS[rank],
        provenance=_project_relative(project, table.provenance.get(name, "not declared")),
        personal=personal, marked_personal=name in table.marked_personal,
        suggestion={"category": suggestion[0], "reason": suggestion[1]} if suggestion else None,
    )


def _dataset_entries(project: Project, label: str) -> list[DatasetEntry]:
    """Every dataset a scan of the whole project checks, with the columns it reads from it."""
    if not project.datasets:
        return []
    from checker.datasets.extra import missing_data_modules
    from checker.engine import collect_datasets

    datasets = collect_datasets(project, [project.config.root])
    missing = missing_data_modules()
    entries = []
    for dataset in datasets:
        line, _ = project.config.lines.position(("datasets", dataset.spec.index))
        where = f"{config_name(project)}:{line}" if line else config_name(project)
        entry = DatasetEntry(dataset.label, label, where, dataset.spec.role, dataset.spec.purpose)
        if missing:
            entry = replace(entry, problem=f"not read: reading datasets needs privgate's `data` extra "
                                           f"({', '.join(missing)} not installed): pip install 'privgate[data]'")
        else:
            entry = replace(entry, **_read_dataset(project, dataset))
        entries.append(entry)
    return entries


def _read_dataset(project: Project, dataset: Dataset) -> dict[str, object]:
    """The dataset's columns as the scan's dataset rules see them, or why it could not be read."""
    from checker.dataset_judging import dataset_columns, read_dataset_header, why_unreadable
    from checker.datasets.counting import count_rows
    from checker.datasets.masking import looks_like_value, masked_names
    from checker.datasets.spec import require_columns

    names: list[str] = []
    try:
        header = read_dataset_header(dataset, project.config)
        names = header.names
        require_columns(dataset.spec, header.actual, project.config)
        columns = dataset_columns(dataset, header.names, project.catalog, project.packs)
        verdicts = count_rows(dataset, header, []).verdicts
    except Exception as error:  # noqa: BLE001 - a dataset nobody can read is listed as the scan reports it
        return {"problem": why_unreadable(error, names)}
    borrowed = project.catalog.table(dataset.spec.catalog_table or dataset.spec.table or "")
    listed = [_dataset_column(project, dataset, columns.categories, columns.inferred, verdicts, borrowed, name,
                              header.types.get(name)) for name in columns.names]
    if any(looks_like_value(name) for name in names):  # a header-less file: its "names" are its first row
        listed = [replace(column, name=masked_names(column.name, names)) for column in listed]
    return {"columns": listed}


def _dataset_column(project: Project, dataset: Dataset, categories: dict[str, str | None], inferred: frozenset[str],
                    verdicts: dict[str, ColumnVerdict], borrowed: Table | None, name: str, kind: str | None) -> Column:
    from checker.datasets.spec import subject_of

    category = categories.get(name)
    if name in dataset.spec.columns:
        rank, provenance = "declared", f"{config_name(project)}: datasets[{dataset.spec.index}].columns"
    elif borrowed is not None and name in borrowed.columns:
        rank = RANK_WORDS[borrowed.ranks.get(name, UNKNOWN)]
        provenance = _project_relative(project, borrowed.provenance.get(name, f"catalog table {borrowed.name}"))
    elif name in inferred:
        rank, provenance = "name", f"name, in the context of '{subject_of(dataset)}'"
    else:
        rank, provenance = "unknown", "not declared"
    personal = _personal(project, category, rank != "unknown")
    verdict = verdicts.get(name)
    suggestion = None
    if verdict is not None and verdict.convincing and not personal:
        suggestion = {"category": verdict.key, "reason": f"content: {verdict.what} in {verdict.matches} of "
                                                         f"{verdict.sampled} sampled values"}
    return Column(name=name, type=kind, category=category, rank=rank, provenance=provenance, personal=personal,
                  suggestion=suggestion)


def _personal(project: Project, category: str | None, decided: bool) -> bool | None:
    """Whether a pack in force calls the category personal data; a column decided to have none (declared
    `none`, or lineage's key or aggregate) is not personal, one nothing decided is unknown (None)."""
    if category is not None:
        return personal_in(project.packs, category)
    return False if decided else None


def defined_at(project: Project, table: Table) -> str | None:
    """`file:line` of the DDL, schema file or manifest, the logical location of a live table, the
    dbt model file lineage filled in, or the config entry that declares it."""
    if table.origin is not None:
        source, line = table.origin
        return source if source.startswith("db/") else f"{source}:{line}" if line else source
    dbt = project.dbt
    if dbt is not None:
        model = next((model for model in dbt.models.values() if model.name.lower() == table.name.split(".")[-1]), None)
        if model is not None:
            return model.relative
    config = project.config
    for key in (config.catalog.get("tables") or {}):
        if canonical_name(key) == table.name and config.source:
            line, _ = config.lines.position(("catalog", "tables", key))
            return f"{config_name(project)}:{line}" if line else config_name(project)
    return None


def config_name(project: Project) -> str:
    """The config file relative to its project folder (`privgate.yaml`)."""
    source = Path(project.config.source or "")
    try:
        return source.resolve().relative_to(project.config.root).as_posix()
    except ValueError:
        return source.as_posix()


def _project_relative(project: Project, provenance: str) -> str:
    source = project.config.source
    return provenance.replace(source, config_name(project)) if source else provenance


def category_label(column: Column) -> str:
    if column.category is not None:
        return column.category
    if column.rank != "unknown":  # declared `none`, or lineage's key or aggregate
        return "none"
    return "personal, kind unknown" if column.marked_personal else "unknown"


def personal_label(column: Column) -> str:
    return {True: "yes", False: "no", None: "unknown"}[column.personal]


def location_label(table: TableEntry) -> str:
    location = table.location
    if location["country"] is None and location["region"] is None:
        return "unknown"
    region = location["region"] if location["region"] != location["country"] else None
    place = " ".join(part for part in (location["country"], f"({region})" if region else None) if part)
    return f"{place} [{location['source']}]"


# -- renderers: one per format --------------------------------------------------------------------
def render_json(inventory: Inventory) -> str:
    document = {"version": 1, "packs": inventory.packs, "tables": [asdict(table) for table in inventory.tables],
                "datasets": [asdict(dataset) for dataset in inventory.datasets], "summary": inventory.summary()}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


CSV_HEADER = ("project", "table", "defined_at", "location", "storage", "retention", "column", "type", "category",
              "rank", "provenance", "personal", "suggested_category", "suggestion_reason", "kind")


def render_csv(inventory: Inventory) -> str:
    """One row per column; `kind` says whether `table` is a catalog table or a dataset (a dataset
    that could not be read is one row without a column, its problem in `provenance`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for table in inventory.tables:
        for column in table.columns:
            writer.writerow([table.project, table.name, table.defined_at or "", location_label(table),
                             table.storage or "", table.retention or "", *_csv_column(column), "table"])
    for dataset in inventory.datasets:
        if dataset.problem is not None:
            writer.writerow([dataset.project, dataset.name, dataset.defined_at or "", "", "", "", "", "", "", "",
                             dataset.problem, "", "", "", "dataset"])
        for column in dataset.columns:
            writer.writerow([dataset.project, dataset.name, dataset.defined_at or "", "", "", "",
                             *_csv_column(column), "dataset"])
    return buffer.getvalue()


def _csv_column(column: Column) -> list[str]:
    suggestion = column.suggestion or {}
    return [column.name, column.type or "", category_label(column), column.rank, column.provenance,
            personal_label(column), suggestion.get("category", ""), suggestion.get("reason", "")]


def render_text(inventory: Inventory) -> str:
    columns = [column for table in inventory.tables for column in table.columns]
    columns += [column for dataset in inventory.datasets for column in dataset.columns]
    rows = {id(column): _text_row(column) for column in columns}
    heading = ("column", "category", "rank", "personal", "provenance")
    widths = [max(len(row[index]) for row in [heading, *rows.values()]) for index in range(4)]
    several = len({table.project for table in inventory.tables} | {d.project for d in inventory.datasets}) > 1
    lines = [f"privgate catalog (packs: {', '.join(inventory.packs)})", ""]

    def listed(title: str, entries: list[Column]) -> None:
        lines.append(title)
        if entries:
            lines.append(_aligned(heading, widths))
        lines.extend(_aligned(rows[id(column)], widths) for column in entries)
        lines.append("")

    for table in inventory.tables:
        details = [table.defined_at or "defined nowhere in the project", f"location {location_label(table)}"]
        if table.storage:
            details.append(f"storage {table.storage}")
        if table.retention:
            details.append(f"retention {table.retention}" + (f" ({table.retention_source})" if table.retention_source else ""))
        project = f"{table.project}: " if several else ""
        listed(f"{project}{table.name}  ({'; '.join(details)})", table.columns)
    for dataset in inventory.datasets:
        details = [f"dataset, role {dataset.role}"] + ([f"purpose {dataset.purpose}"] if dataset.purpose else [])
        details.append(dataset.defined_at or "")
        project = f"{dataset.project}: " if several else ""
        listed(f"{project}{dataset.name}  ({'; '.join(detail for detail in details if detail)})"
               + (f"\n  not read: {dataset.problem}" if dataset.problem else ""), dataset.columns)
    summary = inventory.summary()
    lines.append(f"{summary['tables']} tables, {summary['columns']} columns: {summary['personal']} personal, "
                 f"{summary['not_personal']} not personal; "
                 f"{summary['declared']} declared, {summary['inferred']} inferred, "
                 f"{summary['uncategorised']} without a category")
    if inventory.datasets:
        unread = sum(1 for dataset in inventory.datasets if dataset.problem)
        lines.append(f"{summary['datasets']} datasets, {summary['dataset_columns']} columns: "
                     f"{summary['dataset_personal']} personal" + (f"; {unread} not read" if unread else ""))
    return "\n".join(lines) + "\n"


def _text_row(column: Column) -> tuple[str, str, str, str, str]:
    suggestion = f"; suggestion {column.suggestion['category']} ({column.suggestion['reason']})" \
        if column.suggestion else ""
    return column.name, category_label(column), column.rank, personal_label(column), column.provenance + suggestion


def _aligned(row: tuple[str, ...], widths: list[int]) -> str:
    return ("  " + "  ".join(text.ljust(width) for text, width in zip(row, widths)) + "  " + row[4]).rstrip()


RENDERERS = {"text": render_text, "json": render_json, "csv": render_csv}


def problems_of(projects: list[Project], inventory: Inventory | None = None) -> list[str]:
    """The catalog inputs and datasets that could not be read, one line each (`path:line: message`)."""
    lines = [f"{problem.path}:{problem.line}:{problem.column}: {problem.message}"
             for project in projects for problem in project.problems]
    for dataset in inventory.datasets if inventory is not None else ():
        if dataset.problem is not None:
            lines.append(f"{dataset.defined_at}: {dataset.name}: {dataset.problem}")
    return lines

