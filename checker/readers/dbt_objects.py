"""The objects dbt hands to templates, answered offline: relations, columns, the adapter and agate-like
query results. Introspection answers from privgate's catalog (the columns known for a relation from
schema files, DDL, config and lineage); a relation whose columns are unknown answers with a single `*`
column, so `dbt_utils.star` leaves `*` in place for lineage instead of an empty list that erases columns."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from checker.readers.dbt_globals import type_name

UNKNOWN_COLUMNS = "*"


class CompilerError(Exception):
    """`exceptions.raise_compiler_error(...)` or a dbt call privgate cannot answer."""


class Relation(Mapping[str, Any]):
    """A dbt Relation: renders as its name; a Mapping with `metadata.type`, as dbt_utils checks."""

    def __init__(self, identifier: str, schema: str | None = None, database: str | None = None,
                 rendered: str | None = None, kind: str = "table") -> None:
        self.identifier, self.schema, self.database = identifier, schema, database
        self.rendered = rendered or ".".join(part for part in (database, schema, identifier) if part)
        self.type = kind

    name = property(lambda self: self.identifier)
    table = property(lambda self: self.identifier)
    is_table = property(lambda self: self.type == "table")
    is_view = property(lambda self: self.type == "view")
    is_cte = False

    def __str__(self) -> str:
        return self.rendered

    def __html__(self) -> str:
        return self.rendered

    def __repr__(self) -> str:
        return f"<Relation {self.rendered}>"

    def __hash__(self) -> int:
        return hash(self.rendered)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Relation):
            return other.rendered == self.rendered
        return isinstance(other, str) and other == self.rendered

    def __getitem__(self, key: str) -> Any:
        document = {"metadata": {"type": "Relation"}, "path": {"database": self.database, "schema": self.schema,
                                                               "identifier": self.identifier}, "type": self.type}
        return document[key]

    def __iter__(self) -> Iterator[str]:
        return iter(("metadata", "path", "type"))

    def __len__(self) -> int:
        return 3

    def include(self, database: bool = True, schema: bool = True, identifier: bool = True) -> Relation:
        parts = [part for part, kept in ((self.database, database), (self.schema, schema),
                                         (self.identifier, identifier)) if part and kept]
        return Relation(self.identifier, self.schema, self.database, ".".join(parts), self.type)

    def quote(self, *args: Any, **kwargs: Any) -> Relation:
        return self

    def incorporate(self, *args: Any, **kwargs: Any) -> Relation:
        return self

    def render(self) -> str:
        return self.rendered


class Column:
    """A column as `adapter.get_columns_in_relation` returns it."""

    def __init__(self, column: str, dtype: str = "varchar", char_size: int | None = None) -> None:
        self.column, self.name, self.dtype, self.data_type, self.char_size = column, column, dtype, dtype, char_size

    @property
    def quoted(self) -> str:
        return self.column if self.column == UNKNOWN_COLUMNS else f'"{self.column}"'

    def is_string(self) -> bool:
        return self.dtype.lower().startswith(("char", "varchar", "text", "string", "character"))

    def is_number(self) -> bool:
        return self.is_numeric() or self.is_float() or self.is_integer()

    def is_numeric(self) -> bool:
        return self.dtype.lower().startswith(("numeric", "decimal", "number"))

    def is_integer(self) -> bool:
        return self.dtype.lower() in ("int", "integer", "bigint", "smallint", "int64", "tinyint")

    def is_float(self) -> bool:
        return self.dtype.lower().startswith(("float", "double", "real"))

    def string_size(self) -> int:
        return self.char_size or 256

    def __repr__(self) -> str:
        return f"<Column {self.column} ({self.dtype})>"


class TableColumn:
    def __init__(self, name: str) -> None:
        self.name = name

    def values(self) -> tuple[Any, ...]:
        return ()

    def values_distinct(self) -> tuple[Any, ...]:
        return ()


class ColumnList(list[TableColumn]):
    def __getitem__(self, key: Any) -> Any:  # by position or by name, as agate's MappedSequence
        if isinstance(key, str):
            return next((column for column in self if column.name == key), TableColumn(key))
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return [column.name for column in self]


class QueryResult:
    """An agate-like table with no rows: privgate never runs a query."""

    def __init__(self, column_names: list[str]) -> None:
        self.column_names = tuple(column_names)
        self.columns = ColumnList(TableColumn(name) for name in column_names)
        self.rows: list[Any] = []

    def __len__(self) -> int:
        return 0

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def print_table(self, *args: Any, **kwargs: Any) -> str:
        return ""


def result_columns(sql: str, dialect: str) -> list[str]:
    """The names a query's select list gives, or one unnamed column when sqlglot cannot tell."""
    import sqlglot  # noqa: PLC0415 - sqlglot is loaded for the scan anyway

    try:
        expression = sqlglot.parse_one(sql, read=dialect)
        names = [name for name in expression.named_selects if name] if expression is not None else []
    except Exception:  # noqa: BLE001 - any SQL a macro builds; the names only shape an empty result
        names = []
    return names or ["value"]


class Adapter:
    """`adapter`: dispatch, quoting and introspection from the catalog."""

    def __init__(self, adapter_type: str, dispatch: Callable[..., Any], columns_of: Callable[[str], list[Column] | None],
                 dialect: str) -> None:
        self._type, self.dispatch, self._columns_of, self._dialect = adapter_type, dispatch, columns_of, dialect
        self.unknown: str | None = None  # the first relation whose columns were asked for and not known

    def type(self) -> str:
        return self._type

    def quote(self, identifier: Any) -> str:
        text = str(identifier)
        if text == UNKNOWN_COLUMNS:
            return text
        return f"`{text}`" if self._type in ("bigquery", "databricks", "spark") else f'"{text}"'

    def quote_as_configured(self, identifier: Any, kind: str = "identifier") -> str:
        return str(identifier)

    def get_columns_in_relation(self, relation: Any) -> list[Column]:
        found = self._columns_of(str(relation))
        if not found or all(column.name == UNKNOWN_COLUMNS for column in found):  # a model of `select *` from the unknown
            self.unknown = self.unknown or str(relation)
        return found if found else [Column(UNKNOWN_COLUMNS)]

    def get_relation(self, database: Any = None, schema: Any = None, identifier: Any = None) -> Relation | None:
        name = ".".join(str(part) for part in (schema, identifier) if part)
        return Relation(str(identifier), schema and str(schema), None, name) if self._columns_of(name) else None

    def get_missing_columns(self, *args: Any) -> list[Column]:
        return []

    def list_relations_without_caching(self, *args: Any, **kwargs: Any) -> list[Relation]:
        return []

    def already_exists(self, schema: Any, name: Any) -> bool:
        return bool(self._columns_of(f"{schema}.{name}"))

    def check_schema_exists(self, *args: Any) -> bool:
        return True

    def execute(self, sql: str, auto_begin: bool = False, fetch: bool = False, **kwargs: Any) -> tuple[Response, QueryResult]:
        return Response(), QueryResult(result_columns(sql, self._dialect))

    def expand_target_column_types(self, *args: Any, **kwargs: Any) -> str:
        return ""


class Response:
    code, rows_affected, _message = "SELECT 0", 0, "SELECT 0"

    def __str__(self) -> str:
        return self.code


class ColumnApi:
    """`api.Column`: the constructor and its class helpers."""

    def __init__(self, adapter_type: str) -> None:
        self._adapter = adapter_type

    def __call__(self, column: str, dtype: str = "varchar", char_size: int | None = None, **kwargs: Any) -> Column:
        return Column(column, dtype, char_size)

    def create(self, name: str, label_or_dtype: str) -> Column:
        return Column(name, self.translate_type(label_or_dtype))

    def translate_type(self, dtype: str) -> str:
        return type_name(self._adapter, str(dtype))

    def string_type(self, size: int) -> str:
        return f"{type_name(self._adapter, 'string')}({size})"

    def numeric_type(self, dtype: str, precision: Any, scale: Any) -> str:
        return f"{dtype}({precision},{scale})" if precision and scale else str(dtype)


class RelationApi:
    """`api.Relation.create(...)`."""

    @staticmethod
    def create(database: Any = None, schema: Any = None, identifier: Any = None, type: Any = None, **kwargs: Any) -> Relation:
        return Relation(str(identifier or ""), schema and str(schema), database and str(database), kind=str(type or "table"))

    @staticmethod
    def add_ephemeral_prefix(name: str) -> str:
        return f"__dbt__cte__{name}"


class Namespace:
    """`dbt_utils.star`, `modules.datetime`: attributes looked up on demand."""

    def __init__(self, name: str, lookup: Callable[[str], Any], package: bool = False) -> None:
        self._name, self._lookup = name, lookup
        self._package = package  # a dbt package's (or the project's) macros, not one of privgate's own objects

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        found = self._lookup(attribute)
        if found is None:
            raise AttributeError(f"{self._name}.{attribute}")
        return found

    def __repr__(self) -> str:
        return f"<namespace {self._name}>"
