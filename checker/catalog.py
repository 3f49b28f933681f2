"""The catalog: which table and column holds which data category, and where data lives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from checker.classify import category_from_name, category_from_type, suggestion_from_name
from checker.durations import Duration
from checker.errors import ConfigError
from checker.facts import ColumnRef
from checker.locations import Location, LocationRule, country_of_region, locate
from checker.policy.model import Pack
from checker.yamlio import LineMap

if TYPE_CHECKING:
    from checker.readers.ddl import TableDefinition

NOT_PERSONAL = "none"  # the annotation `privgate: none` (see checker.readers.ddl)
PERSONAL = "?personal"  # personal data of no declared category (dbt's pii tags): the name proposes one


DEFAULT_SCHEMAS = ("public", "dbo", "main")


@dataclass
class Table:
    name: str  # lower case, possibly qualified ("marketing.audience")
    columns: dict[str, str | None]  # column -> category (None: known, no personal data)
    location: Location | None = None
    clocks: dict[str, str] = field(default_factory=dict)  # retention clock -> column
    inferred: set[str] = field(default_factory=set)  # columns whose category comes from their name
    origin: tuple[str, int] | None = None  # the file (or database) and line that defines it
    storage: str | None = None  # a storage URL, stage or region from its DDL (external tables, datasets)
    retention: Duration | None = None  # rows deleted after this: a TTL, partition expiration or declared retention
    retention_source: str | None = None  # the clause or config entry that says so
    time_travel: str | None = None  # Snowflake Time Travel: recorded because it is *not* a deletion
    suggestions: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (category, why): low confidence


@dataclass
class Catalog:
    tables: dict[str, Table] = field(default_factory=dict)
    location_rules: list[LocationRule] = field(default_factory=list)
    default_location: Location | None = None

    def table(self, name: str) -> Table | None:
        """Look a table up by its qualified name, falling back to shorter suffixes; an unqualified
        reference also finds a schema-qualified catalog table (`devices` -> `public.devices`)."""
        parts = name.lower().split(".")
        for start in range(len(parts)):
            found = self.tables.get(".".join(parts[start:]))
            if found:
                return found
        candidates = sorted(key for key in self.tables if key.endswith("." + parts[-1]))
        if not candidates:
            return None
        preferred = [key for key in candidates if key.split(".")[-2] in DEFAULT_SCHEMAS]
        return self.tables[(preferred or candidates)[0]]

    def category(self, column: ColumnRef) -> str | None:
        table = self.table(column.table)
        return table.columns.get(column.column.lower()) if table else None

    def is_inferred(self, column: ColumnRef) -> bool:
        table = self.table(column.table)
        return bool(table and column.column.lower() in table.inferred)

    def columns_of(self, table_name: str) -> list[ColumnRef]:
        table = self.table(table_name)
        return [ColumnRef(table.name, column) for column in table.columns] if table else []

    def sqlglot_schema(self) -> dict[str, dict[str, str]]:
        """The catalog as the flat {table: {column: type}} mapping sqlglot's qualify needs."""
        schema: dict[str, dict[str, str]] = {}
        for table in self.tables.values():
            short = table.name.split(".")[-1]
            schema.setdefault(short, {}).update({column: "TEXT" for column in table.columns})
        return {name: columns for name, columns in schema.items() if columns}  # sqlglot rejects empty tables

    def locate_table(self, table_name: str) -> Location:
        """Where a table's data is: its configured location, then its DDL storage clause (a URL or
        stage matched against `locations`, or a region), then the `locations` globs over table names."""
        table = self.table(table_name)
        if table and table.location:
            return table.location
        if table and table.storage:
            if "://" in table.storage or table.storage.startswith("@"):
                return locate(table.storage, self.location_rules, None)
            country = country_of_region(table.storage)
            if country:
                return Location(country, table.storage, "DDL location")
        return locate(table_name.lower(), self.location_rules, self.default_location)

    def locate_destination(self, destination: str, region: str | None) -> Location:
        return locate(destination, self.location_rules, self.default_location, region)


def build_catalog(data: dict[str, Any], packs: list[Pack], source: str | None, lines: LineMap) -> Catalog:
    """Build the catalog from the config's `catalog` section; categories must exist in a pack."""
    known = {category for pack in packs for category in pack.categories}
    tables: dict[str, Table] = {}
    for name, entry in data.get("tables", {}).items():
        columns: dict[str, str | None] = {}
        for column, category in (entry.get("columns") or {}).items():
            if category is not None and packs and category not in known:
                line, col = lines.position(("catalog", "tables", name, "columns", column))
                raise ConfigError(
                    f"catalog.tables.{name}.columns.{column}: unknown data category '{category}' "
                    f"(not declared in packs {', '.join(p.id for p in packs)})", source, line, col)
            columns[column.lower()] = category
        clocks = {clock: column.lower() for clock, column in (entry.get("clocks") or {}).items()}
        tables[name.lower()] = Table(name.lower(), columns, clocks=clocks)
        if entry.get("retention"):
            line, _ = lines.position(("catalog", "tables", name, "retention"))
            tables[name.lower()].retention = Duration.parse(entry["retention"])
            tables[name.lower()].retention_source = f"declared in {source or 'the config'}" + (f":{line}" if line else "")
        tables[name.lower()].location = _location(entry.get("location"), ("catalog", "tables", name, "location"),
                                                  source, lines, f"catalog table {name}")
    rules = []
    for index, entry in enumerate(data.get("locations", [])):
        _location(entry, ("catalog", "locations", index), source, lines, "")  # validates the region
        rules.append(LocationRule(match=entry["match"], country=entry.get("country"), region=entry.get("region"),
                                  recipient=entry.get("recipient")))
    default = _location(data.get("default_location"), ("catalog", "default_location"), source, lines,
                        "default location")
    return Catalog(tables, rules, default)


def _location(entry: dict[str, Any] | None, path: tuple[str | int, ...], source: str | None,
              lines: LineMap, described_as: str) -> Location | None:
    """A configured location; an unknown cloud region is a configuration error."""
    if not entry:
        return None
    region = entry.get("region")
    country = entry.get("country")
    if region and not country:
        country = country_of_region(region)
        if country is None:
            line, col = lines.position(path + ("region",))
            raise ConfigError(f"unknown cloud region '{region}' (give `country:` instead)", source, line, col)
    return Location(country=country, region=region, source=described_as)


def canonical_name(name: str) -> str:
    """`public.accounts` -> `accounts`: a default schema adds nothing, so DDL, dbt and a live
    database name the same table the same way."""
    parts = name.lower().split(".")
    return ".".join(parts[1:]) if len(parts) == 2 and parts[0] in DEFAULT_SCHEMAS else name.lower()


def add_definitions(catalog: Catalog, definitions: dict[str, TableDefinition], packs: list[Pack]) -> None:
    """Merge tables replayed from DDL or read from a database. Columns the config maps keep their
    category; annotated columns take their annotation; the others are classified by name."""
    known = {category for pack in packs for category in pack.categories}
    for name, definition in definitions.items():
        name = canonical_name(name)
        for column, category in definition.columns.items():
            if category not in (None, NOT_PERSONAL, PERSONAL) and packs and category not in known:
                raise ConfigError(f"unknown data category '{category}' in the privgate annotation of "
                                  f"{name}.{column}", definition.source)
        table = catalog.table(name)
        if table is None and not definition.columns:
            continue  # a dbt model described without columns: lineage fills it in
        if table is None:
            table = catalog.tables[name] = Table(name, {})
        table.origin = table.origin or (definition.source, definition.line)
        table.storage = table.storage or definition.location
        if definition.retention is not None and table.retention is None:
            table.retention, table.retention_source = definition.retention, definition.retention_clause
        table.time_travel = table.time_travel or definition.time_travel
        for column, annotation in definition.columns.items():
            if column in table.columns:
                continue
            if annotation is not None and annotation != PERSONAL:
                table.columns[column] = None if annotation == NOT_PERSONAL else annotation
                continue
            column_type = definition.types.get(column, "")
            inferred = next((found for pack in packs if (found := category_from_name(name, column, pack)
                                                         or category_from_type(name, column_type, pack))), None)
            table.columns[column] = inferred
            if inferred:
                table.inferred.add(column)
            elif annotation is None:
                guess = next((found for pack in packs if (found := suggestion_from_name(name, column, pack))), None)
                if guess:
                    table.suggestions[column] = (guess[0], f"the name contains '{guess[1]}'")
