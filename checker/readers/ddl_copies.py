"""Tables whose columns are another table's, as the DDL replay meets them: `CREATE TABLE u (LIKE t)` and
`CREATE TABLE u LIKE t` (PostgreSQL, MySQL, Snowflake, BigQuery), `INHERITS (t)` (PostgreSQL), `CLONE t`
(Snowflake) and `COPY t` (BigQuery), and a PostgreSQL partition (`CREATE TABLE t_2024 PARTITION OF t FOR
VALUES ...`), which holds a share of `t`'s rows in `t`'s columns. A copy holds the same kind of data as its
original, so it takes the original's columns with their declarations, types and comments. An original
the replay does not know is named, for the caller to report: never a table without its columns in silence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

if TYPE_CHECKING:
    from checker.readers.ddl import TableDefinition


def originals(node: exp.Create) -> list[tuple[str, exp.Table]]:
    """How and from which tables a CREATE TABLE takes columns, in the order they come: `like` (at its
    place in the column list, or the whole table), `inherits` (the parents' columns come first),
    `partition` (all of them) and `clone`."""
    found: list[tuple[str, exp.Table]] = []
    properties = node.args.get("properties")
    for prop in properties.expressions if properties else []:
        if isinstance(prop, exp.PartitionedOfProperty):  # `PARTITION OF t [(constraints)] FOR VALUES ...`
            parent = prop.this.this if isinstance(prop.this, exp.Schema) else prop.this
            found += [("partition", parent)] if isinstance(parent, exp.Table) else []
        elif isinstance(prop, exp.InheritsProperty):
            found += [("inherits", parent) for parent in prop.expressions if isinstance(parent, exp.Table)]
        elif isinstance(prop, exp.LikeProperty) and isinstance(prop.this, exp.Table):
            found.append(("like", prop.this))
    clone = node.args.get("clone")
    if isinstance(clone, exp.Clone) and isinstance(clone.this, exp.Table):
        found.append(("clone", clone.this))
    return found


def copy_columns(target: TableDefinition, original: TableDefinition) -> None:
    """The original's columns added to `target` with what the replay knows of them (declaration and
    the line declaring it, type, comment, spelling); a column `target` already has keeps its own."""
    for column, declared in original.columns.items():
        if column in target.columns:
            continue
        target.columns[column] = declared
        for facts, known in ((target.types, original.types), (target.annotated_at, original.annotated_at),
                             (target.descriptions, original.descriptions), (target.spellings, original.spellings)):
            if column in known:
                facts[column] = known[column]


def unknown_original(table: str, how: str, original: str) -> str:
    """The input problem of a copy whose original the replay never saw."""
    written = {"like": f"LIKE {original}", "inherits": f"INHERITS ({original})", "clone": f"CLONE {original}",
               "partition": f"PARTITION OF {original}"}[how]
    return (f"cannot name the columns table {table} takes from {original} ({written}): the replay does not know "
            f"{original} (replay the file that creates it first, or list it under catalog.ddl)")


def follow_parent(partition: TableDefinition, parent: TableDefinition) -> None:
    """A partition after its parent's columns changed (PostgreSQL adds, drops and renames a partitioned
    table's columns in all its partitions): the columns the parent no longer has go, its new ones come."""
    for column in [column for column in partition.columns if column not in parent.columns]:
        del partition.columns[column]
    copy_columns(partition, parent)
