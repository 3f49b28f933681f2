"""Facts that readers extract from inputs and rule families evaluate. No parsing happens after this."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.durations import Duration


@dataclass(frozen=True)
class ColumnRef:
    """A physical column, named as in the catalog (lower case)."""

    table: str
    column: str

    def __str__(self) -> str:
        return f"{self.table}.{self.column}"


@dataclass(frozen=True)
class ColumnRead:
    """A physical column a statement references, where, and how it got there."""

    column: ColumnRef
    line: int
    col: int
    clause: str  # "select list", "WHERE", "JOIN ON", "GROUP BY", ...
    scope: str  # "query", "CTE recipients", "subquery", "derived table t"


@dataclass(frozen=True)
class OutputColumn:
    """A column the statement produces (returns, writes or exports) and the physical columns it comes from."""

    name: str
    sources: tuple[ColumnRef, ...]
    path: tuple[str, ...]  # evidence: e.g. ("accounts.email", "CTE audience.email", "email")


@dataclass(frozen=True)
class RowTest:
    """A condition on a physical column that holds for every row the statement returns."""

    column: ColumnRef
    test: str  # "true", "false", "null", "not_null", "equals"
    value: str | None
    via: str  # "WHERE", "JOIN ON", "CTE audience", "IN subquery", "EXISTS subquery"
    sql: str

    def describe(self) -> str:
        return f"{self.sql} ({self.via})"


@dataclass(frozen=True)
class Exclusion:
    """Rows are kept only when they have no match in these tables (NOT EXISTS / NOT IN)."""

    tables: tuple[str, ...]
    sql: str


@dataclass(frozen=True)
class RowConditions:
    """What holds for every row of one branch of a query (a UNION has several branches)."""

    tests: tuple[RowTest, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    carries: tuple[ColumnRef, ...] = ()  # physical columns the branch's rows carry out


@dataclass(frozen=True)
class PurgeLimit:
    """A DELETE removes rows of `table` once `column` is older than `age`."""

    table: str
    column: str
    age: Duration
    sql: str


@dataclass(frozen=True)
class Grant:
    """Read access given to a database role on a table (all or some columns)."""

    role: str
    table: str
    columns: tuple[str, ...]  # empty: every column
    privilege: str


@dataclass(frozen=True)
class DataMovement:
    """Rows leaving the warehouse (export) or written to another table."""

    kind: str  # "copy_to", "unload", "export_data", "copy_into_location", "external_table", "insert", "create_table_as"
    destination: str
    region: str | None  # stated by the statement itself
    is_table: bool  # destination is a table name (located by the catalog), not a URL or stage


@dataclass
class Statement:
    """Everything privgate knows about one SQL statement."""

    path: str
    line: int
    column: int
    kind: str
    sql: str  # the statement's first line, for messages
    dialect: str
    purpose: str | None = None
    purpose_source: str | None = None  # "comment" or "path glob '<glob>'"
    reads: list[ColumnRead] = field(default_factory=list)
    outputs: list[OutputColumn] = field(default_factory=list)
    branches: list[RowConditions] = field(default_factory=list)
    purge_limits: list[PurgeLimit] = field(default_factory=list)
    purge_table: str | None = None
    grants: list[Grant] = field(default_factory=list)
    movement: DataMovement | None = None


@dataclass(frozen=True)
class InputProblem:
    """A file or statement privgate could not read or parse."""

    path: str
    line: int
    column: int
    message: str
    kind: str  # "unparsable" or "unreadable" or "unresolved"


@dataclass
class FileFacts:
    path: str
    statements: list[Statement] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
