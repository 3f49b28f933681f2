"""What rules judge besides SQL statements: a catalog table where it is defined, and the inline
suppressions of a statement or table together with the findings they matched."""

from __future__ import annotations

from dataclasses import dataclass

from checker.catalog import Table
from checker.facts import Suppression
from checker.records import Record
from checker.rules.base import Position, anchor_of


@dataclass(frozen=True, eq=False, repr=False)
class TableSubject(Record):
    """A table of the catalog the scan covers, the file (or database) and line that define it, and
    the `-- privgate: ignore[...]` comments on its CREATE statement."""

    table: Table
    path: str
    line: int
    suppressions: tuple[Suppression, ...] = ()

    @property
    def position(self) -> Position:
        """Findings about the table: at its definition, fingerprinted by its name."""
        return Position(self.path, self.line, 1, anchor_of(f"table {self.table.name}"))


@dataclass(frozen=True, eq=False, repr=False)
class SuppressionSubject(Record):
    """The suppressions of one statement or table, which of their rule ids suppressed a finding, and
    where they are."""

    suppressions: tuple[Suppression, ...]
    used: frozenset[tuple[int, str]]  # (index of the suppression, rule id) that suppressed at least one finding
    position: Position
    judged: frozenset[str]  # the rule ids this subject was judged by: only those can be unused here
    primary: bool = True  # the statement itself (a CREATE's table shares its comments and is not primary)
