"""A complete schema beside the migration history that led to it, for `privgate init`.

A repository may ship both its complete schema (CreateTables.sql, schema.sql, structure.sql, a
pg_dump) and the folder of upgrade scripts that built it step by step. The history is then already
in the schema: replayed over it in path order, old steps bring back old versions of its tables
(MusicBrainz Server's 2013 `CREATE TABLE artist_alias2013 AS SELECT ...` drops today's `ended`).
Which folder is such a history is decided by evidence, not by its name: the tables and columns its
own replay leaves are (nearly) all in the schema replayed without it, its newest step included. A
history with no schema beside it (Flyway's V1__, V2__ ... alone) is the schema and is never left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checker.readers.ddl import TableDefinition, replay, replay_order

# the name of a migration step: Flyway's V2__ and R__, dated (20120731-x.sql), numbered (0001_init.up.sql, 20.all.sql)
ORDERED_STEP = re.compile(r"^(?:[Vv]?\d|R__)")
CONTAINED = 0.9  # the share of a history's tables and of their columns the complete schema must already have
MIN_STEPS = 2


@dataclass
class History:
    """A folder of migration steps and how much of what they build the complete schema beside them holds."""

    folder: str
    files: list[str]  # in replay order
    schema_files: list[str]  # the complete schema: the DDL files outside every history folder
    schema_source: str = ""  # of them, the file that creates the most tables (admin/sql/CreateTables.sql)
    tables: int = 0  # tables the history's own replay leaves
    known_tables: int = 0  # of them, tables the complete schema has
    columns: int = 0  # their columns
    known_columns: int = 0  # of them, columns the complete schema's table has
    newest: str = ""  # the newest step that leaves a table's column
    newest_known: bool = False  # whether the complete schema has every column of that step

    @property
    def contained(self) -> bool:
        """Whether the complete schema already holds what the history builds, its newest step included."""
        return (self.known_columns > 0 and self.newest_known and self.known_tables >= CONTAINED * self.tables
                and self.known_columns >= CONTAINED * self.columns)


def history_folders(ddl_files: list[str]) -> dict[str, list[str]]:
    """Folders of MIN_STEPS or more DDL files, three in four of them named as ordered migration steps
    (`V2__add_phone.sql`, `20120731-constrain.sql`) or kept in a folder so named (`3.2.0_schema/mysql/ddl.sql`):
    folder -> its DDL files in replay order."""
    by_folder: dict[str, list[str]] = {}
    for relative in ddl_files:
        by_folder.setdefault(steps_folder(relative), []).append(relative)
    return {folder: sorted(files, key=replay_order) for folder, files in by_folder.items()
            if len(files) >= MIN_STEPS and 4 * sum(_a_step(path, folder) for path in files) >= 3 * len(files)}


def steps_folder(relative: str) -> str:
    """The folder whose steps a file belongs to: its own folder, or the folder of the nearest folder above it
    named as a step, one file per version (DolphinScheduler's `sql/upgrade/3.2.0_schema/mysql/dolphinscheduler_ddl.sql`
    is a step of `sql/upgrade`); a folder at the root is never a step, so the root's files stay the schema's."""
    parts = relative.split("/")
    if not is_step(relative):
        for index in range(len(parts) - 2, 0, -1):
            if ORDERED_STEP.match(parts[index]):
                return "/".join(parts[:index])
    return relative.rpartition("/")[0]


def _a_step(relative: str, folder: str) -> bool:
    """Whether a file of the steps of `folder` is named as a step, or kept in a folder so named."""
    return is_step(relative) or (relative != folder and relative[len(folder):].lstrip("/").count("/") > 0
                                 and ORDERED_STEP.match(relative[len(folder):].lstrip("/")) is not None)


def contained_histories(root: Path, ddl_files: list[str], dialect_for: Callable[[str], str]) -> list[History]:
    """The history folders among `ddl_files` whose tables and columns the rest of the DDL (the
    complete schema) already holds: replaying them over it would only bring back older versions."""
    folders = history_folders(ddl_files)
    schema_files = [path for path in ddl_files if steps_folder(path) not in folders]
    if not folders or not schema_files:
        return []
    schema = _tables(root, schema_files, dialect_for)
    if not any(table.columns for table in schema.values()):
        return []
    sources = Counter(table.source for table in schema.values())
    main = max(schema_files, key=lambda path: sources[path])
    found = [_weighed(root, History(folder, files, schema_files, main), schema, dialect_for)
             for folder, files in folders.items()]
    return [history for history in found if history.contained]


def _weighed(root: Path, history: History, schema: dict[str, TableDefinition],
             dialect_for: Callable[[str], str]) -> History:
    """The history with its evidence: what its replay leaves, against the complete schema."""
    built = _tables(root, history.files, dialect_for)
    history.tables, history.known_tables, history.columns, history.known_columns = _overlap(built, schema)
    for step in reversed(history.files):  # the newest step that leaves a table's column (Flyway's R__ views come last)
        own = _tables(root, [step], dialect_for)
        if any(table.columns and table.kind == "table" for table in own.values()):
            _, _, columns, known = _overlap(own, schema)
            history.newest, history.newest_known = step, known == columns
            break
    return history


def _overlap(built: dict[str, TableDefinition], schema: dict[str, TableDefinition]) -> tuple[int, int, int, int]:
    """Tables built, of them in the schema, their columns, of them in the schema's table."""
    tables = known_tables = columns = known_columns = 0
    for name, table in built.items():
        if table.kind != "table":
            continue
        same = _same_table(name, schema)
        tables += 1
        known_tables += same is not None
        columns += len(table.columns)
        known_columns += sum(column in same.columns for column in table.columns) if same is not None else 0
    return tables, known_tables, columns, known_columns


def _same_table(name: str, schema: dict[str, TableDefinition]) -> TableDefinition | None:
    """The schema's table of that name, or of that name in another schema when only one has it (a
    script that sets `search_path` names `cover_art` what the schema calls `cover_art_archive.cover_art`)."""
    if name in schema:
        return schema[name]
    bare = name.rpartition(".")[2]
    matches = [table for other, table in schema.items() if other.rpartition(".")[2] == bare]
    return matches[0] if len(matches) == 1 else None


def _tables(root: Path, files: list[str], dialect_for: Callable[[str], str]) -> dict[str, TableDefinition]:
    return replay([(root / relative, relative) for relative in files], dialect_for).tables


def is_step(relative: str) -> bool:
    """Whether a file is named as an ordered migration step (ORDERED_STEP)."""
    return ORDERED_STEP.match(relative.rpartition("/")[2]) is not None
