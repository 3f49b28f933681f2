"""The catalog: which table and column holds which data category, and where data lives."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from checker.durations import Duration
from checker.errors import ConfigError
from checker.facts import ColumnRef
from checker.locations import Location, LocationRule, country_of_region, locate
from checker.policy.model import Pack, personal_in
from checker.records import MutableRecord
from checker.yamlio import LineMap

if TYPE_CHECKING:
    from checker.readers.ddl import TableDefinition
    from checker.classify import Inference

NOT_PERSONAL = "none"  # the annotation `privgate: none` (see checker.readers.ddl)
PERSONAL = "?personal"  # personal data of no declared category (dbt's pii tags): the name proposes one


DEFAULT_SCHEMAS = ("public", "dbo", "main")

# How sure a column's category is, strongest first: what a person declared wins over what was
# inferred; among inferences, lineage (the upstream columns' categories) and content and type
# over the name. A source never replaces a stronger one; among equals, the first one stays.
DECLARED, LINEAGE, CONTENT, TYPE, NAME, UNKNOWN = range(6)
INFERRED = frozenset({LINEAGE, CONTENT, TYPE, NAME})


class FrozenCatalogError(RuntimeError):
    """Something tried to change the catalog after the project was assembled."""


@dataclass(eq=False, repr=False)
class Table(MutableRecord):
    name: str  # lower case, canonical (no default schema), possibly qualified ("marketing.audience")
    columns: dict[str, str | None]  # column -> category (None: known, no personal data)
    location: Location | None = None
    clocks: dict[str, str] = field(default_factory=dict)  # retention clock -> column
    inferred: set[str] = field(default_factory=set)  # columns whose category was inferred, not declared
    origin: tuple[str, int] | None = None  # the file (or database location) and line that defines it
    storage: str | None = None  # a storage URL, stage or region from its DDL (external tables, datasets)
    retention: Duration | None = None  # rows deleted after this: a TTL, partition expiration or declared retention
    retention_source: str | None = None  # the clause or config entry that says so
    time_travel: str | None = None  # Snowflake Time Travel: recorded because it is *not* a deletion
    suggestions: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (category, why): low confidence
    provenance: dict[str, str] = field(default_factory=dict)  # column -> where its category came from
    ranks: dict[str, int] = field(default_factory=dict)  # column -> DECLARED ... UNKNOWN
    types: dict[str, str] = field(default_factory=dict)  # column -> SQL type, lower case, where known
    marked_personal: set[str] = field(default_factory=set)  # declared personal without a category (dbt pii tags)
    purpose: str | None = None  # the purpose the table is declared for (config `purpose:`, a dbt model's purpose)
    purpose_source: str | None = None  # where that purpose is declared
    purpose_model: str | None = None  # the dbt model (its path) whose query the purpose comes from: PUR001 judges its reads
    lineage: dict[str, str] = field(default_factory=dict)  # column -> the category lineage found for it (dbt
    # models), kept when a declaration wins: the category of the column the model's query reads
    spellings: dict[str, str] = field(default_factory=dict)  # name -> as written where not lower case (the
    # table's own under ""): the classifier reads `passwordStrongSalt` as words, `passwordstrongsalt` not
    descriptions: dict[str, str] = field(default_factory=dict)  # column -> its comment or dbt description: read
    # by the classifier when the name says nothing ("The candidate's email address.")
    partition_of: str | None = None  # the partitioned table whose rows and columns it holds a share of (DDL)

    def spelled(self, column: str | None = None) -> str:
        """A column's name (the table's, without one) as its definition writes it."""
        return self.spellings.get(column or "", column or self.name)


@dataclass(eq=False, repr=False)
class Catalog(MutableRecord):
    tables: dict[str, Table] = field(default_factory=dict)
    location_rules: list[LocationRule] = field(default_factory=list)
    default_location: Location | None = None
    search_path: tuple[str, ...] = ("public",)  # schemas an unqualified table name is looked up in
    home_schema: str = "public"  # the dialect's default schema: where tables named without one live
    frozen: bool = False
    # the tables given a column, in order (the sqlglot schemas add them rather than start again)
    _grown: list[str] = field(default_factory=list, repr=False, compare=False)
    _schemas: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False, compare=False)  # derived: dialect ->
    # (how much of _grown it holds, MappingSchema)
    _short_names: dict[str, list[Table]] = field(default_factory=dict, repr=False, compare=False)  # derived: short name -> tables
    _indexed: int = field(default=0, repr=False, compare=False)  # how many of `tables` _short_names covers

    # -- reading -------------------------------------------------------------------------------
    def table(self, name: str) -> Table | None:
        """Resolve a table reference: a qualified name exactly (a default schema adds nothing),
        an unqualified one through the search path; failing that, a table of that name in any
        schema when only one has it, else the shorter suffixes of a longer name."""
        key = canonical_name(name)
        parts = key.split(".")
        if "." in name or not self.search_path:  # qualified (`public.accounts` too): no search path
            found = self.tables.get(key)
            if found:
                return found
        if len(parts) == 1:
            for schema in self.search_path:
                found = self.tables.get(canonical_name(f"{schema}.{key}"))
                if found:
                    return found
            return self._only_one_named(key)
        for start in range(1, len(parts)):
            found = self.tables.get(".".join(parts[start:]))
            if found:
                return found
        return self._only_one_named(parts[-1])

    def _only_one_named(self, short: str) -> Table | None:
        """The schema-qualified table of this short name, when exactly one schema has one. The index
        grows with the catalog (tables are only ever added), so a miss costs a lookup, not a scan."""
        if self._indexed != len(self.tables):
            self._short_names, self._indexed = {}, 0
            for key, table in self.tables.items():
                self._index(key, table)
        candidates = self._short_names.get(short, ())
        return candidates[0] if len(candidates) == 1 else None

    def _index(self, key: str, table: Table) -> None:
        if "." in key:
            self._short_names.setdefault(key.rsplit(".", 1)[1], []).append(table)
        self._indexed += 1

    def category(self, column: ColumnRef) -> str | None:
        table = self.table(column.table)
        return table.columns.get(column.column.lower()) if table else None

    def is_inferred(self, column: ColumnRef) -> bool:
        table = self.table(column.table)
        return bool(table and column.column.lower() in table.inferred)

    def provenance(self, column: ColumnRef) -> str | None:
        table = self.table(column.table)
        return table.provenance.get(column.column.lower()) if table else None

    def columns_of(self, table_name: str) -> list[ColumnRef]:
        table = self.table(table_name)
        return [ColumnRef(table.name, column) for column in table.columns] if table else []

    def sqlglot_schema(self, dialect: str) -> Any:
        """The catalog as sqlglot's MappingSchema, {schema: {table: {column: type}}}: tables of the
        default schema under the first search-path schema, so same-named tables of two schemas stay
        apart. Built once per dialect; while the project is being assembled, the tables given a
        column since are added to it (a dbt model's lineage needs its upstream models), not the
        whole catalog normalised again for every model."""
        built = self._schemas.get(dialect)
        if built is None:
            from sqlglot.schema import MappingSchema  # noqa: PLC0415 - sqlglot loads with the first query

            built = self._schemas[dialect] = (len(self._grown), MappingSchema(self.schema_mapping(), dialect=dialect))
        held, schema = built
        if held < len(self._grown):
            from sqlglot import exp  # noqa: PLC0415

            for key in dict.fromkeys(self._grown[held:]):
                table = self.tables[key]
                parts = key.split(".")
                schema_name, name = (parts[-2], parts[-1]) if len(parts) > 1 else (self.home_schema, parts[0])
                schema.add_table(exp.Table(this=exp.to_identifier(name), db=exp.to_identifier(schema_name)),
                                 {column: "TEXT" for column in table.columns}, dialect=dialect)
            self._schemas[dialect] = (len(self._grown), schema)
        return schema

    def schema_mapping(self) -> dict[str, dict[str, dict[str, str]]]:
        mapping: dict[str, dict[str, dict[str, str]]] = {}
        for table in self.tables.values():
            if not table.columns:
                continue  # sqlglot rejects tables without columns
            parts = table.name.split(".")
            schema, name = (parts[-2], parts[-1]) if len(parts) > 1 else (self.home_schema, parts[0])
            mapping.setdefault(schema, {})[name] = {column: "TEXT" for column in table.columns}
        return mapping

    def schema_of(self, table: Table) -> str:
        """The schema a catalog table is filed under in the sqlglot schema."""
        parts = table.name.split(".")
        return parts[-2] if len(parts) > 1 else self.home_schema

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

    # -- assembling (the project phase only) ---------------------------------------------------
    def add_table(self, name: str) -> Table:
        """The table of exactly this canonical name, created if new."""
        self._writable()
        key = canonical_name(name)
        table = self.tables.get(key)
        if table is None:
            table = self.tables[key] = Table(key, {})
            if self._indexed == len(self.tables) - 1:  # the short-name index is up to date: keep it so
                self._index(key, table)
        return table

    def offer(self, table: Table, column: str, category: str | None, rank: int, provenance: str) -> bool:
        """Give `column` this category unless a stronger (or equally strong, earlier) source already
        did; returns whether it was taken."""
        self._writable()
        column = column.lower()
        if rank == LINEAGE and category is not None:
            table.lineage[column] = category
        current = table.ranks.get(column, UNKNOWN + 1)
        if column in table.columns and current <= rank:
            return False
        if column not in table.columns:
            self._grown.append(table.name)
        table.columns[column] = category
        table.ranks[column] = rank
        table.provenance[column] = provenance
        if rank in INFERRED and category is not None:
            table.inferred.add(column)
        else:
            table.inferred.discard(column)
        table.suggestions.pop(column, None) if category is not None else None
        return True

    def __getstate__(self) -> dict[str, Any]:
        """Pickled for worker processes without the sqlglot schemas: each worker builds its own."""
        state = dict(self.__dict__)
        state["_schemas"], state["_grown"] = {}, []
        state["_short_names"], state["_indexed"] = {}, 0
        return state

    def freeze(self) -> None:
        """End of the project phase: nothing writes to the catalog afterwards (the sqlglot schemas
        built while it grew hold every table already)."""
        self.frozen = True

    def _writable(self) -> None:
        if self.frozen:
            raise FrozenCatalogError("the catalog is frozen once the project is assembled")


def build_catalog(data: dict[str, Any], packs: list[Pack], source: str | None, lines: LineMap,
                  search_path: tuple[str, ...] = ("public",), home_schema: str = "public") -> Catalog:
    """Start the catalog from the config's `catalog` section (the strongest declarations);
    categories must exist in a pack."""
    known = {category for pack in packs for category in pack.categories}
    catalog = Catalog(search_path=search_path, home_schema=home_schema)
    for name, entry in data.get("tables", {}).items():
        table = catalog.add_table(name)
        for column, category in (entry.get("columns") or {}).items():
            line, col = lines.position(("catalog", "tables", name, "columns", column))
            if category is not None and packs and category not in known:
                raise ConfigError(
                    f"catalog.tables.{name}.columns.{column}: unknown data category '{category}' "
                    f"(not declared in packs {', '.join(p.id for p in packs)})", source, line, col)
            catalog.offer(table, column, category, DECLARED, _where("declared in", source or "the config", line))
        table.clocks = {clock: column.lower() for clock, column in (entry.get("clocks") or {}).items()}
        if entry.get("retention"):
            line, _ = lines.position(("catalog", "tables", name, "retention"))
            table.retention = Duration.parse(entry["retention"])
            table.retention_source = _where("declared in", source or "the config", line)
        table.location = _location(entry.get("location"), ("catalog", "tables", name, "location"),
                                   source, lines, f"catalog table {name}")
        if entry.get("purpose"):
            line, col = lines.position(("catalog", "tables", name, "purpose"))
            purposes = sorted({purpose for pack in packs for purpose in pack.purposes})
            if packs and entry["purpose"] not in purposes:
                raise ConfigError(f"catalog.tables.{name}.purpose: unknown purpose '{entry['purpose']}' "
                                  f"(known: {', '.join(purposes)})", source, line, col)
            shown = source.replace("\\", "/").rsplit("/", 1)[-1] if source else "the config"
            table.purpose, table.purpose_source = entry["purpose"], _where("declared in", shown, line)
    for index, entry in enumerate(data.get("locations", [])):
        _location(entry, ("catalog", "locations", index), source, lines, "")  # validates the region
        catalog.location_rules.append(LocationRule(match=entry["match"], country=entry.get("country"),
                                                   region=entry.get("region"), recipient=entry.get("recipient")))
    catalog.default_location = _location(data.get("default_location"), ("catalog", "default_location"), source,
                                         lines, "default location")
    return catalog


def _where(what: str, path: str, line: int | None) -> str:
    return f"{what} {path}" + (f":{line}" if line else "")


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
    return Location(country=country, region=region, source=described_as, recipient=entry.get("recipient"))


def singular(table: str) -> str:
    """`accounts` -> `account`, `companies` -> `company`: the name a foreign key to the table has,
    and the group of the categories its columns get (`customer.email`)."""
    name = table.split(".")[-1].lower()
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name


def column_counts(tables: Iterable[Table], packs: Iterable[Pack]) -> tuple[int, int, int]:
    """How many columns the tables have, how many a pack in force calls personal, and how many
    nobody declared and nothing recognised (no category: privgate cannot say what they hold)."""
    packs = list(packs)
    columns = personal = unknown = 0
    for table in tables:
        for column, category in table.columns.items():
            columns += 1
            personal += category is not None and personal_in(packs, category)
            unknown += category is None and table.ranks.get(column, UNKNOWN) == UNKNOWN
    return columns, personal, unknown


# How privgate.yaml's catalog.tables names a table: up to three dot-separated parts (database, schema,
# table), each any text but a dot, a double quote or a control character (a terminal escape is refused),
# not starting or ending with a space, so that the tables of Northwind (`Order Details`), of Bulgarian
# (`клиенти`) or German (`Straßen`) schemas and with hyphens or `$` can be declared. config.schema.json
# spells the same pattern.
_NAME_PART = r'[^."\s\x00-\x1f\x7f](?:[^."\x00-\x1f\x7f]*[^."\s\x00-\x1f\x7f])?'  # no space at either end
TABLE_KEY_PATTERN = rf"^{_NAME_PART}(\.{_NAME_PART}){{0,2}}$"
TABLE_KEY = re.compile(TABLE_KEY_PATTERN)


def canonical_name(name: str) -> str:
    """`public.accounts` -> `accounts`: a default schema adds nothing, so DDL, dbt and a live
    database name the same table the same way."""
    parts = name.lower().split(".")
    return ".".join(parts[1:]) if len(parts) == 2 and parts[0] in DEFAULT_SCHEMAS else name.lower()


def add_definitions(catalog: Catalog, definitions: dict[str, TableDefinition], packs: list[Pack],
                    described_as: str = "annotation") -> None:
    """Merge tables from DDL, Fides, dbt schema files or a live database: their columns, the
    categories their annotations declare (`described_as` says where: "DDL comment", "Fides
    manifest" ...) and their storage and retention clauses. Unannotated columns are classified
    later, once every declaration is in (`classify_columns`)."""
    known = {category for pack in packs for category in pack.categories}
    for name, definition in definitions.items():
        name = canonical_name(name)
        for column, category in definition.columns.items():
            if category not in (None, NOT_PERSONAL, PERSONAL) and packs and category not in known:
                raise ConfigError(f"unknown data category '{category}' in the privgate annotation of "
                                  f"{name}.{column}", definition.source,
                                  definition.annotated_at.get(column, definition.line))
        if name not in catalog.tables and not definition.columns:
            continue  # a dbt model described without columns: lineage fills it in
        table = catalog.add_table(name)
        table.origin = table.origin or (definition.source, definition.line)
        table.storage = table.storage or definition.location
        if definition.retention is not None and table.retention is None:
            table.retention, table.retention_source = definition.retention, definition.retention_clause
        table.time_travel = table.time_travel or definition.time_travel
        table.partition_of = table.partition_of or (canonical_name(definition.partition_of)
                                                    if definition.partition_of else None)
        for key, written in definition.spellings.items():
            if key == "":  # the table's own, in its canonical shape (no default schema)
                written = ".".join(written.split(".")[-len(name.split(".")):])
            if written.lower() == (key or name):
                table.spellings.setdefault(key, written)
        for column, text in definition.descriptions.items():
            if column in definition.columns:
                table.descriptions.setdefault(column, text)
        for column, annotation in definition.columns.items():
            column_type = definition.types.get(column)
            if column_type and column not in table.types:
                table.types[column] = column_type
            if annotation is None or annotation == PERSONAL:
                if annotation == PERSONAL:
                    table.marked_personal.add(column)
                catalog.offer(table, column, None, UNKNOWN, "not declared")
                continue
            catalog.offer(table, column, None if annotation == NOT_PERSONAL else annotation, DECLARED,
                          _where(f"{described_as} in", definition.source, definition.line))


def add_partition_declarations(catalog: Catalog) -> None:
    """A partition's columns take what is declared for its partitioned table's (`catalog.tables` names
    the parent, not each monthly partition), unless declared for the partition itself."""
    for table in list(catalog.tables.values()):
        parent = catalog.tables.get(table.partition_of) if table.partition_of else None
        if parent is None:
            continue
        for column in table.columns:
            if column in parent.columns and parent.ranks.get(column) == DECLARED:
                catalog.offer(table, column, parent.columns[column], DECLARED,
                              f"declared for {parent.name}, which it is a partition of")


def _inferred(table: Table, column: str, packs: list[Pack], referrers: Iterable[str],
              businesses: Iterable[str], siblings: list[str], people: Iterable[str] = (),
              login_keys: Iterable[str] = (), through: Iterable[str] = (),
              row_keys: Iterable[str] = (), records: Iterable[str] = ()) -> Inference | None:
    """What the column's name and type say, read as written (`passwordStrongSalt`: three words)
    and, when that says nothing confident, as one lower-case word (`DeliveryInstructions` is the
    `deliveryinstructions` a vocabulary may name), unless as written it holds a key word
    (`gibbonPersonMedicalID` is no `medicalid`); `siblings`: the table's columns as written."""
    from checker.classify import infer, written_as_key

    spelled = table.spelled(column)
    readings = [spelled] + ([column] if column in table.spellings and not written_as_key(spelled) else [])
    found = None
    for written in readings:
        reading = infer(table.spelled(), written, table.types.get(column, ""), packs, siblings=siblings,
                        referrers=referrers, businesses=businesses, people=people, login_keys=login_keys,
                        through=through, row_keys=row_keys, records=records)
        if reading and (reading.confident or found is None):
            found = reading
        if found and found.confident:
            return None if not found.by_type and _comment_names_a_things_attribute(table, column) else found
    described = _described(table, column, packs, siblings, referrers, businesses, people, login_keys, through,
                           records)
    return described or found


def _comment_names_a_things_attribute(table: Table, column: str) -> bool:
    """The column's Chinese comment names what a thing is called, coded or described as (`post_code`
    '岗位编码', a post's code): no reading of its name as a person's (a postal code) holds."""
    from checker.chinese_descriptions import names_a_things_attribute

    text = table.descriptions.get(column)
    return bool(text) and names_a_things_attribute(text)


def _described(table: Table, column: str, packs: list[Pack], siblings: list[str], referrers: Iterable[str],
               businesses: Iterable[str], people: Iterable[str], login_keys: Iterable[str] = (),
               through: Iterable[str] = (), records: Iterable[str] = ()) -> Inference | None:
    """What the column's description says, read as the name its head phrase makes ("The candidate's
    email address." -> `candidate_email_address`), when the column's own name is not a key, count,
    flag or time (a description does not overrule `contact_id`); confident readings only."""
    from checker.classify import infer, named_as_counter
    from checker.descriptions import described_names

    text = table.descriptions.get(column)
    names = described_names(text) if text and not named_as_counter(table.spelled(column)) else []
    reading = next((found for name in names
                    if (found := infer(table.spelled(), name, table.types.get(column, ""), packs, siblings=siblings,
                                       referrers=referrers, businesses=businesses, people=people,
                                       login_keys=login_keys, through=through, records=records)) and found.confident),
                   None)
    if reading is None:
        return None
    shown = text if len(text) <= 60 else text[:57] + "..."
    return replace(reading, reason=f"its description '{shown}' ({reading.reason.removeprefix('its name: ')})")


def add_model_purposes(catalog: Catalog, models: Iterable[tuple[str, str, str, str]]) -> None:
    """Give each dbt model's table the purpose its query is judged with: (model name, its path,
    purpose, where that purpose is declared). A purpose the config declares for the table wins."""
    for name, path, purpose, source in models:
        table = catalog.tables.get(canonical_name(name))
        if table is None or table.purpose is not None:
            continue
        catalog._writable()
        table.purpose, table.purpose_source, table.purpose_model = purpose, source, path


def classify_columns(catalog: Catalog, packs: list[Pack], tables: list[Table] | None = None) -> None:
    """Columns nobody declared: a type that admits one category (`inet`), else a name the packs
    recognise; a name that only contains such a word becomes a low-confidence suggestion. A column
    marked personal without a kind (dbt's `pii` tags) takes the name's guess, else `user`."""
    undeclared = [(table, column) for table in (list(catalog.tables.values()) if tables is None else tables)
                  for column in list(table.columns) if table.ranks.get(column, UNKNOWN) > NAME]
    if not undeclared:
        return
    from checker.classify import (businesses, infer, keyed_people, keys_to_tables, login_keys,  # its vocabulary
                                  people_through_keys, personal_kind_unknown, records_through_keys,
                                  referrers)  # loads only when needed

    # who holds keys to whose rows, over the whole catalog (not per dbt model: that would be
    # quadratic, and a model's cached classification must not depend on what was read before it)
    # (tables and columns as written: `gibbonPersonID` is a key to `gibbonPerson`)
    columns = ({table.spelled(): [table.spelled(column) for column in table.columns] for table in catalog.tables.values()}
               if tables is None else {})
    pointing = referrers(columns)
    companies = businesses(columns, pointing)
    people = keyed_people(columns)
    chains = people_through_keys(columns, pointing)
    records = records_through_keys(columns, pointing, people)
    row_keys = keys_to_tables(columns)
    logins = login_keys({table.spelled(): {table.spelled(column): table.types.get(column, "") for column in table.columns}
                         for table in catalog.tables.values()}) if tables is None else frozenset()
    written: dict[str, list[str]] = {}  # each table's columns as written, once per table, not per column
    for table, column in undeclared:
        siblings = written.get(table.name)
        if siblings is None:
            siblings = written[table.name] = [table.spelled(sibling) for sibling in table.columns]
        found = _inferred(table, column, packs, pointing.get(table.spelled(), ()), companies.get(table.spelled(), ()),
                          siblings, people.get(table.spelled(), ()), logins, chains.get(table.spelled(), ()),
                          row_keys.get(table.spelled(), frozenset()), records.get(table.spelled(), ()))
        marked = column in table.marked_personal
        if found and (found.confident or marked):
            catalog.offer(table, column, found.category, TYPE if found.by_type else NAME,
                          f"inferred from {found.reason}" + ("" if found.confident else ", on a column marked personal"))
        elif marked and (unknown := personal_kind_unknown(packs)):
            catalog.offer(table, column, unknown, NAME, "marked personal (dbt tag or meta) without a kind: its name says nothing more")
        elif found:
            table.suggestions[column] = (found.category, found.reason)
