"""DDL files -> table definitions for the catalog: a migrations folder replayed in path order, the
numbers in a path compared by value (Flyway's V2__ before V10__, golang-migrate's 2_ before 10_), or
in the order of a migration plan (sqitch: `migration_plans`).

CREATE TABLE (also from a query), CREATE [MATERIALIZED] VIEW (a relation with its query's columns,
the query kept for lineage), ALTER TABLE ADD / DROP / RENAME COLUMN, ALTER TABLE / VIEW RENAME TO and
MySQL's RENAME TABLE, DROP TABLE / VIEW, and column annotations in
`COMMENT ON COLUMN t.c IS 'privgate: account.email'`, inline `COMMENT 'privgate: ...'` (MySQL) and
`OPTIONS(description='privgate: ...')` (BigQuery). A comment without a `privgate:` annotation
declares nothing.

Storage and retention clauses: `LOCATION '...'` of external tables (Hive, Databricks, Snowflake
stages), a BigQuery dataset's `OPTIONS(location=...)` for its tables, BigQuery
`partition_expiration_days` / `expiration_timestamp`, and ClickHouse `TTL col + INTERVAL ...`, which
delete rows. Snowflake `DATA_RETENTION_TIME_IN_DAYS` is Time Travel (how long *deleted* data stays
recoverable), not a deletion, and is recorded as such.

Files are replayed statement by statement (split on the dialect's tokens, as SQL files are), so a
schema dump keeps its tables when one statement cannot be parsed: that statement is an input problem
at its line. Statements sqlglot keeps as opaque commands (functions, triggers, ownership) are
skipped unless they could define or change a table. psql meta-commands (`\\connect`) and the data
rows of pg_dump's `COPY ... FROM stdin;` blocks are skipped. So is the down half of a migration
file that holds both (dbmate's `-- migrate:down`, goose's `-- +goose Down`, sql-migrate's
`-- +migrate Down`): it undoes the up half, and replayed it would drop what the migration created.
Unqualified names are read in the schema the file's session is in (`SET search_path`, `USE`: see
`sql_session`), each file from the default schema. A Liquibase changelog (XML, YAML, JSON) is replayed
change by change, each at its element's line (`liquibase_changes`), in its master's include order.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.tokens import Token, TokenType

from checker.catalog import PERSONAL, canonical_name
from checker.durations import Duration
from checker.facts import COLUMNS_OF_TYPE_UNKNOWN, REPLACED_TABLE, UNSUPPORTED_DDL, FileFacts, InputProblem
from checker.readers.ddl_copies import copy_columns, follow_parent, originals, unknown_original
from checker.readers.ddl_query import query_columns
from checker.readers.liquibase_changelogs import with_included
from checker.readers.liquibase_changes import SqlFile, changes, is_changelog, parsed, shared_properties
from checker.readers.mariadb_tokens import without_system_versioning
from checker.readers.markers import described_personal
from checker.readers.migration_plans import planned_order
from checker.readers.typed_tables import object_type, table_of_type
from checker.readers.sql import (CREATE_MODIFIERS, creates_table, parseable, rowless_statement, split_statements,
                                 without_client_lines)
from checker.readers.sql_session import is_temporary, qualify_names, resolved_name, session_path
from checker.readers.sql_time import interval_duration
from checker.records import MutableRecord
from checker.safe_read import read_script
from checker.sql_sniff import EXTENDED_PROPERTIES

NOT_PERSONAL = "none"  # `privgate: none`: declared to hold no personal data
ANNOTATION = re.compile(r"privgate:\s*(?P<category>[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*|none)\b")
logging.getLogger("sqlglot").setLevel(logging.ERROR)
# Migrations that undo another (diesel's and sqlx's `down.sql`, golang-migrate's `1_init.down.sql`,
# Flyway's undo `U2__add_phone.sql`, sqitch's `revert/users.sql`): replayed with the rest, they would
# bring back dropped tables and drop the columns their migration added.
DOWN_MIGRATION = re.compile(r"(^|/)((?i:[^/]*[._-])?(?i:down)\.sql|U\d[\w.]*__[^/]*\.sql|revert/(?:[^/]+/)*[^/]+\.sql)$")
RENAME_TABLES = re.compile(r"\s*TABLES?\s+(.+?)\s*$", re.IGNORECASE | re.DOTALL)
RENAME_PAIR = re.compile(r"(?P<old>[\w`.$]+)\s+TO\s+(?P<new>[\w`.$]+)", re.IGNORECASE)
# Oracle's `ALTER TABLE t DROP (a, b) [CASCADE CONSTRAINTS]`
DROP_LIST = re.compile(r"DROP\s*\(([^()]+)\)(?:\s+(?:CASCADE\s+CONSTRAINTS|INVALIDATE|CHECKPOINT\s+\d+))*", re.IGNORECASE)
# the first word of an ALTER TABLE action that can change columns, when sqlglot keeps the action as text
COLUMN_CHANGING_ACTIONS = frozenset({"ADD", "DROP", "MODIFY", "CHANGE", "RENAME", "ALTER"})
DIGITS = re.compile(r"(\d+)")
# Flyway's migration file names: `V<version>__<description>.sql` (and undo `U`), repeatable `R__<description>.sql`
FLYWAY_NAME = re.compile(r"(?:(?P<prefix>[VU])(?P<version>\d+(?:[._]\d+)*)|(?P<repeatable>R))__(?P<description>.+)\.sql")
# a migration tool's comment that starts the up or the down half of a migration file
MIGRATION_HALF = re.compile(r"^\s*--\s*(?:migrate:|\+goose\s+|\+migrate\s+)(up|down)\b", re.IGNORECASE)
VIEW_MODIFIERS = frozenset({"MATERIALIZED", "RECURSIVE", "SECURE"})  # between CREATE [OR REPLACE] and VIEW
CONSTRAINT_WORDS = frozenset({"CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE", "INDEX", "KEY"})
# a migration folder's unnumbered first step: the schema its numbered steps upgrade
FIRST_STEP = re.compile(r"(?:initial|init|base|baseline|bootstrap)(?:[_-][A-Za-z_-]*)?\.sql", re.IGNORECASE)
# ALTER TABLE actions that change neither the table's name nor its columns (pg_dump writes OWNER TO for every table).
KEEPS_COLUMNS = frozenset({"OWNER", "ENABLE", "DISABLE", "FORCE", "NO", "REPLICA", "CLUSTER", "RESET", "ATTACH",
                           "DETACH", "VALIDATE", "INHERIT", "OF", "NOT", "ALTER", "ALGORITHM", "LOCK",
                           # MySQL's table options: `CONVERT TO CHARACTER SET utf8 COLLATE ...` re-encodes every text
                           # column (opensourcepos' upgrade scripts), ENGINE, ROW_FORMAT ... store them differently
                           "CONVERT", "ENGINE", "ROW_FORMAT", "AUTO_INCREMENT", "CHARACTER", "CHARSET", "COLLATE"})


@dataclass(eq=False, repr=False)
class TableDefinition(MutableRecord):
    name: str
    columns: dict[str, str | None] = field(default_factory=dict)  # column -> annotation (None: not annotated)
    source: str = ""
    line: int = 1
    types: dict[str, str] = field(default_factory=dict)  # column -> SQL type, lower case, where known
    location: str | None = None  # a storage URL, stage or region the table's data lives in
    retention: Duration | None = None  # rows are deleted after this (a TTL or partition expiration)
    retention_clause: str | None = None  # the clause that says so, as evidence
    time_travel: str | None = None  # Snowflake's DATA_RETENTION_TIME_IN_DAYS: not a deletion
    annotated_at: dict[str, int] = field(default_factory=dict)  # column -> line of the statement annotating it
    spellings: dict[str, str] = field(default_factory=dict)  # name -> as written, where that is not lower case
    # (the table's own under ""): `passwordStrongSalt` keeps its words for the classifier
    descriptions: dict[str, str] = field(default_factory=dict)  # column -> its comment or dbt description
    # columns its DDL names without privgate being able to read them (a `*` over an unknown table in
    # CREATE TABLE AS SELECT): reported by the replay if the table is still there at its end
    gaps: list[InputProblem] = field(default_factory=list)
    kind: str = "table"  # or "view", "materialized view": a relation whose rows its query gives
    partition_of: str | None = None  # the partitioned table whose columns it has (PostgreSQL's PARTITION OF)
    query: str | None = None  # the query a view or CREATE TABLE AS SELECT is made from (for lineage) ...
    dialect: str | None = None  # ... in this dialect

    def describe(self, column: str, comment: str | None) -> None:
        """Keep a column's comment for the classifier (its latest, as the database would)."""
        if comment and comment.strip():
            self.descriptions[column] = comment.strip()

    def spell(self, written: str, column: bool = True) -> None:
        """Remember how a column's (or, `column=False`, the table's) name is written where its case
        carries word boundaries (`firstName`)."""
        if written != written.lower():
            self.spellings[written.lower() if column else ""] = written


class Replay(NamedTuple):
    """What a replay gives: the final tables, what could not be read, and how many changes each Liquibase
    changelog applied (no SQL scan reads a changelog: these are its checked statements)."""

    tables: dict[str, TableDefinition]
    problems: list[InputProblem]
    changelog_changes: dict[str, int]


def replay(files: list[tuple[Path, str]], dialect_for: Callable[[str], str],
           progress: Callable[[int, int], None] | None = None) -> Replay:
    """The final schema after applying every DDL file in path order (`replay_order`; a sqitch project's
    deploy scripts in its plan's order), statement by statement: a statement that cannot be read is a
    problem at its line and the others still count."""
    tables: dict[str, TableDefinition] = {}
    problems: list[InputProblem] = []
    changelog_changes: dict[str, int] = {}
    datasets: dict[str, str] = {}  # BigQuery dataset -> its location
    types: dict[str, str] = {}  # composite and object types -> their attributes (`typed_tables`)
    files = with_included(files)  # a master changelog listed alone: the changelogs it includes
    order = planned_order(files, replay_order)  # path order, or a migration plan's
    values = shared_properties(files, dialect_for)  # Liquibase changelogs' `<property>` values
    for done, (path, relative) in enumerate(sorted(files, key=lambda item: order(item[1]))):  # done: files before this
        if progress:
            progress(done, len(files))
        try:
            text = read_script(path)  # a regular file, bounded; UTF-8 or UTF-16 with its mark
        except (OSError, UnicodeDecodeError) as error:
            problems.append(InputProblem(relative, 1, 1, f"cannot read DDL: {error}", "unreadable"))
            continue
        dialect = dialect_for(relative)
        facts = FileFacts(relative)
        session: dict[str, TableDefinition | None] = {}  # its temporary tables -> the table each hides
        if is_changelog(relative):
            changelog_changes[relative] = _replay_changelog(text, path, relative, dialect,
                                                            (tables, datasets, session, types), values, facts)
        else:
            text = without_client_lines(without_down_halves(text), relative, facts)
            _replay_script(text, relative, dialect, (tables, datasets, session, types), facts)
        _end_session(tables, session)
        problems += facts.problems
    if progress:
        progress(len(files), len(files))
    problems += [gap for table in tables.values() for gap in table.gaps]  # a table dropped since lost nothing
    return Replay(tables, sorted(problems, key=lambda problem: (order(problem.path), problem.line, problem.column)),
                  changelog_changes)


Replayed = tuple[dict[str, TableDefinition], dict[str, str], dict[str, TableDefinition | None], dict[str, str]]
# what a replay holds: the tables, BigQuery datasets' locations and the file's temporary tables


def _replay_script(text: str, relative: str, dialect: str, held: Replayed, facts: FileFacts,
                   path: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Apply one SQL script statement by statement from the search path `path` (each file starts with the
    default); the search path it leaves."""
    tables, datasets, session, types = held
    for block, chunk in split_statements(text, dialect, relative, facts):
        line, column = chunk[0].line, max(chunk[0].col - len(chunk[0].text) + 1, 1)
        setting = session_path(chunk, dialect)
        if setting is not None:
            path = setting
            continue
        declared = object_type(chunk, block)
        if declared is not None:  # `CREATE TYPE customer_typ AS OBJECT (...)`: the attributes its tables will have
            types[declared[0]] = declared[1]
            continue
        typed = table_of_type(chunk)
        if typed is not None:  # `CREATE TABLE customers OF customer_typ`
            created = _typed_table(typed, block, dialect, types)
            if isinstance(created, str):
                facts.problems.append(InputProblem(relative, line, column, created, "unparsable"))
            else:
                qualify_names(created, path, tables.__contains__)
                _apply_reporting(created, tables, relative, datasets, (line, column), dialect, facts)
            continue
        try:
            nodes = Dialect.get_or_raise(dialect).parser().parse(parseable(chunk), block)
        except Exception as error:  # noqa: BLE001 - ParseError, or a sqlglot bug on odd input: one statement lost
            if rowless_statement(chunk):
                continue  # `DROP FUNCTION f(regclass)`, `COMMENT ON TRIGGER t ON table`: no table changes
            listed = column_list_alter(chunk, block, dialect)
            if listed is not None:  # MySQL's `ADD COLUMN (a varchar(20), ...)`: sqlglot expects one column
                qualify_names(listed, path, tables.__contains__)
                _apply_reporting(listed, tables, relative, datasets, (line, column), dialect, facts)
                continue
            message = _parse_failure(block, chunk, error)
            facts.problems.append(InputProblem(relative, line, column, message, "unparsable"))
            continue
        for node, nested in _executed(nodes):
            if isinstance(node, exp.Command) and nested:  # in an IF block: the chunk is more than this command
                if _may_change_tables(Dialect.get_or_raise(dialect).tokenize(node.sql(dialect))):
                    message = f"cannot parse DDL statement `{_head(block, chunk)}`: {UNSUPPORTED_DDL}"
                    facts.problems.append(InputProblem(relative, line, column, message, "unparsable"))
            elif isinstance(node, exp.Command):
                recovered = _columns_only(chunk, block, dialect)
                recovered = recovered or _changing_actions_only(chunk, block, dialect) or _view_altered(chunk, block, dialect)
                recovered = recovered or column_list_alter(chunk, block, dialect)
                if recovered is not None:  # only table options or constraints defeated sqlglot
                    qualify_names(recovered, path, tables.__contains__)
                    _note_temporary(recovered, tables, session)
                    _apply_reporting(recovered, tables, relative, datasets, (line, column), dialect, facts)
                elif _rename_tables(node, tables, path) or _moved_to_schema(chunk, tables, path) \
                        or _attached_partition(chunk, tables, path):
                    continue
                elif _may_change_tables(chunk):
                    message = f"cannot parse DDL statement `{_head(block, chunk)}`: {UNSUPPORTED_DDL}"
                    facts.problems.append(InputProblem(relative, line, column, message, "unparsable"))
            elif node is not None:
                qualify_names(node, path, tables.__contains__)
                where = _nested_position(node, block) if nested else None
                _note_temporary(node, tables, session)
                _apply_reporting(node, tables, relative, datasets, where or (line, column), dialect, facts)
    return path


def _typed_table(typed: tuple[list[Token], str], block: str, dialect: str,
                 types: dict[str, str]) -> exp.Expression | str:
    """The CREATE TABLE a table of a type stands for, its columns the type's attributes; or the problem."""
    name_tokens, type_name = typed
    name = block[name_tokens[0].start: name_tokens[-1].end + 1]
    attributes = types.get(type_name)
    if attributes is None:
        return (f"table {name} is created OF type {type_name}, which no replayed DDL file defines (add the file "
                f"that creates the type to catalog.ddl): {COLUMNS_OF_TYPE_UNKNOWN}")
    try:
        [created] = Dialect.get_or_raise(dialect).parse(f"CREATE TABLE {name} ({attributes})")
    except Exception:  # noqa: BLE001 - an attribute type sqlglot cannot read
        created = None
    if not isinstance(created, exp.Create):
        return (f"cannot read the attributes of type {type_name}, of which table {name} is created: "
                f"{COLUMNS_OF_TYPE_UNKNOWN}")
    return created


def _replay_changelog(text: str, file: Path, relative: str, dialect: str, held: Replayed,
                      values: dict[str, str], facts: FileFacts) -> int:
    """Apply a Liquibase changelog's changes, each at its element's line (`liquibase_changes`); how many
    it read (those it could not read are problems)."""
    tables, datasets, _, _ = held
    try:
        root = parsed(text, relative)
    except ValueError as reason:  # where the parser stopped, when it says (UnreadableChangelog)
        line, column = getattr(reason, "line", 1), getattr(reason, "column", 1)
        facts.problems.append(InputProblem(relative, line, column, str(reason), "unparsable"))
        return 0
    path: tuple[str, ...] = ()
    read = 0
    for line, change in changes(root, file, relative, dialect, values, facts):
        read += 1
        if isinstance(change, SqlFile):  # its statements' problems point into the file
            path = _replay_script(change.text, change.relative, dialect, held, facts, path)
        elif isinstance(change, str):  # SQL placed at its line: the statements' lines are the changelog's
            path = _replay_script("\n" * (line - 1) + change, relative, dialect, held, facts, path)
        else:
            _apply_reporting(change, tables, relative, datasets, (line, 1), dialect, facts)
    return read


def _note_temporary(node: exp.Expression, tables: dict[str, TableDefinition],
                    session: dict[str, TableDefinition | None]) -> None:
    """Before a statement: the temporary table it creates (`CREATE TEMP TABLE`, `#t`), with the table of that
    name it hides for the rest of the session (PostgreSQL and SQL Server look in the session's own first)."""
    if isinstance(node, exp.Create) and str(node.args.get("kind")).upper() in ("TABLE", "VIEW") and is_temporary(node):
        target = node.this.this if isinstance(node.this, exp.Schema) else node.this
        if isinstance(target, exp.Table) and _name(target) not in session:
            session[_name(target)] = tables.get(_name(target))


def _end_session(tables: dict[str, TableDefinition], session: dict[str, TableDefinition | None]) -> None:
    """At the end of a file (a migration tool's session): its temporary tables are gone, the tables they hid back."""
    for name, hidden in session.items():
        tables.pop(name, None)
        if hidden is not None:
            tables[name] = hidden


def _executed(nodes: list[exp.Expression | None], nested: bool = False) -> Iterator[tuple[exp.Expression | None, bool]]:
    """The statements a batch runs, each with whether it sits in a block: those of T-SQL's `IF <condition>
    BEGIN ... END` (both branches) in place of the IF, as Entity Framework's idempotent scripts wrap every
    migration step (`IF NOT EXISTS (SELECT * FROM [__EFMigrationsHistory] ...)`) and SQL Server schema
    scripts their CREATE TABLEs (`IF OBJECT_ID(N'dbo.T') IS NULL`). The replay does not judge conditions."""
    for node in nodes:
        if isinstance(node, exp.IfBlock):
            branches = [node.args.get("true"), node.args.get("false")]
            yield from _executed([branch for branch in branches if isinstance(branch, exp.Expression)], True)
        elif isinstance(node, exp.Block):
            yield from _executed(node.expressions, True)
        else:
            yield node, nested


def _nested_position(node: exp.Expression, block: str) -> tuple[int, int] | None:
    """Where a statement inside an IF block starts: the line of its first name, at that line's first
    character (its own first token is not kept by sqlglot)."""
    named = next((found for found in node.find_all(exp.Identifier) if "line" in found.meta), None)
    if named is None:
        return None
    start = block.rfind("\n", 0, named.meta["start"]) + 1
    return named.meta["line"], _INDENT.match(block, start).end() - start + 1


def is_down_migration(relative: str) -> bool:
    """Whether a file undoes a migration (DOWN_MIGRATION): its tables are never the schema's."""
    return DOWN_MIGRATION.search(relative) is not None


def replay_order(relative: str) -> tuple[tuple[int, int | str], ...]:
    """A path's place in the replay: its runs of digits compared as numbers, the rest as text, so
    `V10__x.sql` comes after `V9__x.sql` as the migration tools apply them (zero-padded and
    timestamped names keep their order). A Flyway file name is read as Flyway reads it (`_flyway_order`), and
    a file named as the first step, with no number (`initial_schema.sql`, `baseline.sql`), comes before
    the numbered steps of its folder (opensourcepos' upgrade scripts alter the tables it creates)."""
    folder, _, name = relative.rpartition("/")
    flyway = _flyway_order(name)
    if flyway is not None:
        return (*_numbers_by_value(folder + "/"), *flyway) if folder else flyway
    if FIRST_STEP.fullmatch(name):  # `initial_schema.sql` beside `3.0.2_to_3.1.1.sql`: the schema they upgrade
        return (*_numbers_by_value(folder + "/"), (-1, name)) if folder else ((-1, name),)
    return _numbers_by_value(relative)


def _numbers_by_value(text: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in DIGITS.split(text) if part)


def _flyway_order(name: str) -> tuple[tuple[int, int | str], ...] | None:
    """Where Flyway applies a migration in its folder: versioned files (`V2__`, `V2_1__`, `V2.1.3__`) by
    their version's numbers (2 before 2.1 before 10), then repeatable ones (`R__`) by description,
    after every versioned one, as Flyway reapplies them at the end of each run. None for another name."""
    found = FLYWAY_NAME.fullmatch(name)
    if found is None:
        return None
    if found["repeatable"]:
        return ((3, found["description"]),)
    numbers = tuple((0, int(number)) for number in re.split(r"[._]", found["version"]))
    return ((1, found["prefix"]), *numbers, (-1, ""), (1, found["description"]))


def without_down_halves(text: str) -> str:
    """The text with the down halves of a migration file blanked (line numbers kept): the lines from
    a `-- migrate:down` (dbmate), `-- +goose Down` or `-- +migrate Down` comment to the next up
    comment or the end."""
    lines = text.split("\n")
    down = False
    for number, line in enumerate(lines):
        half = MIGRATION_HALF.match(line)
        if half:
            down = half[1].lower() == "down"
        elif down:
            lines[number] = ""
    return "\n".join(lines)


def _columns_only(chunk: list[Token], block: str, dialect: str) -> exp.Create | None:
    """A CREATE TABLE that sqlglot keeps as an opaque command only because of what follows its
    column list (PrestaShop's `ENGINE=ENGINE_TYPE ... COLLATION` placeholders, a vendor's storage
    clause): the statement up to the list's closing parenthesis, when that parses as a table with
    columns and the rest names nothing privgate reads (retention, partitions, storage, location).
    MariaDB's history partitions (`PARTITION BY SYSTEM_TIME`) keep past row versions and expire none."""
    chunk = without_system_versioning(chunk)
    words = [token.text.upper() for token in chunk]
    if not creates_table(words):
        return None
    opened = next((index for index, token in enumerate(chunk) if token.token_type == TokenType.L_PAREN), None)
    if opened is None:
        return None
    depth = 0
    for index in range(opened, len(chunk)):
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(chunk[index].token_type, 0)
        if depth == 0:
            break
    else:
        return None
    if any(word in _READ_AFTER_COLUMNS for word in words[index + 1:]):
        return None  # a TTL, partition expiry or location privgate would miss: say so instead
    try:
        nodes = Dialect.get_or_raise(dialect).parser().parse(parseable(chunk[:index + 1]), block)
    except Exception:  # noqa: BLE001 - not even the column list parses: the caller reports the statement
        return None
    node = nodes[0] if len(nodes) == 1 else None
    if isinstance(node, exp.Create) and isinstance(node.this, exp.Schema) and node.this.expressions:
        return node
    return None


def _may_change_tables(chunk: list[Token]) -> bool:
    """Whether a statement that sqlglot kept as an opaque command could define or change a table's
    columns (so losing it would lose columns): CREATE TABLE, most ALTER TABLE, DROP/RENAME TABLE,
    COMMENT ON COLUMN. Functions, triggers, SET, ownership and constraints cannot."""
    words = " ".join(token.text for token in chunk).upper().split()  # a command's rest may be one string token
    if words[0] == "CREATE":
        return creates_table(words) or _creates_view(words)
    if words[:2] in (["DROP", "TABLE"], ["RENAME", "TABLE"]) or words[:3] == ["COMMENT", "ON", "COLUMN"]:
        return True
    if words[:3] == ["ALTER", "MATERIALIZED", "VIEW"]:
        return "RENAME" in words
    if words[:2] != ["ALTER", "TABLE"]:
        return False
    return not all(_keeps_columns(action) for action in _alter_actions(chunk))


def _creates_view(words: list[str]) -> bool:
    """`CREATE [OR REPLACE] [MATERIALIZED | RECURSIVE | SECURE] VIEW`, from a statement's upper-case words."""
    rest = list(itertools.dropwhile(lambda word: word in CREATE_MODIFIERS or word in VIEW_MODIFIERS, words[1:]))
    return words[0] == "CREATE" and bool(rest) and rest[0] == "VIEW"


def _view_altered(chunk: list[Token], block: str, dialect: str) -> exp.Alter | None:
    """PostgreSQL's `ALTER MATERIALIZED VIEW x RENAME [COLUMN a] TO b`, which sqlglot keeps as an opaque
    command, read as the ALTER VIEW it parses (the same change to the relation)."""
    if [token.text.upper() for token in chunk[:3]] != ["ALTER", "MATERIALIZED", "VIEW"]:
        return None
    try:
        nodes = Dialect.get_or_raise(dialect).parser().parse([chunk[0], *chunk[2:]], block)
    except Exception:  # noqa: BLE001 - the caller reports the statement if it could change a relation
        return None
    node = nodes[0] if len(nodes) == 1 else None
    return node if isinstance(node, exp.Alter) else None


def _alter_actions(chunk: list[Token]) -> list[list[str]]:
    """The upper-case words of each comma-separated action of `ALTER TABLE [IF EXISTS] [ONLY] name [*] ...`."""
    return [[token.text.upper() for token in action] for action in _alter_action_tokens(chunk)[1]]


def _alter_action_tokens(chunk: list[Token]) -> tuple[int, list[list[Token]]]:
    """Where the actions of `ALTER TABLE [IF EXISTS] [ONLY] name [*] ...` start, and the tokens of each."""
    position = 2
    while position < len(chunk) and chunk[position].text.upper() in ("IF", "EXISTS", "ONLY"):
        position += 1
    position += 1  # the table name, then its further dotted parts
    while position + 1 < len(chunk) and chunk[position].token_type == TokenType.DOT:
        position += 2
    if position < len(chunk) and chunk[position].token_type == TokenType.STAR:
        position += 1
    actions: list[list[Token]] = [[]]
    depth = 0
    for token in chunk[position:]:
        depth += (token.token_type == TokenType.L_PAREN) - (token.token_type == TokenType.R_PAREN)
        if depth == 0 and token.token_type == TokenType.COMMA:
            actions.append([])
        else:
            actions[-1].append(token)
    return position, actions


def column_list_alter(chunk: list[Token], block: str, dialect: str) -> exp.Alter | None:
    """Oracle's `ALTER TABLE t MODIFY (a VARCHAR2(20), b NUMBER)` or `MODIFY a VARCHAR2(30)` and MySQL's
    `ADD [COLUMN] (a INT, b INT)`, which sqlglot refuses: the definitions read as the column list of a
    CREATE TABLE, as the ALTER TABLE that adds (ADD) or redefines (MODIFY) those columns."""
    if [token.text.upper() for token in chunk[:2]] != ["ALTER", "TABLE"]:
        return None
    position, actions = _alter_action_tokens(chunk)
    if len(actions) != 1 or not actions[0] or actions[0][0].text.upper() not in ("ADD", "MODIFY"):
        return None
    verb, definitions = actions[0][0].text.upper(), actions[0][1:]
    if definitions and definitions[0].text.upper() == "COLUMN":
        definitions = definitions[1:]
    if definitions and definitions[0].token_type == TokenType.L_PAREN and definitions[-1].token_type == TokenType.R_PAREN:
        definitions = definitions[1:-1]
    if not definitions:
        return None
    name = block[chunk[_altered_name_start(chunk, position)].start: chunk[position - 1].end + 1]
    text = f"CREATE TABLE {name} ({block[definitions[0].start: definitions[-1].end + 1]})"
    try:
        nodes = Dialect.get_or_raise(dialect).parse(text)
    except Exception:  # noqa: BLE001 - the definitions do not parse either: the caller reports the statement
        return None
    created = nodes[0] if len(nodes) == 1 else None
    if not isinstance(created, exp.Create) or not isinstance(created.this, exp.Schema):
        return None
    columns = [column for column in created.this.expressions if isinstance(column, exp.ColumnDef)]
    if not columns or len(columns) != len(created.this.expressions):
        return None
    changes = columns if verb == "ADD" else [exp.ModifyColumn(this=column) for column in columns]
    return exp.Alter(this=created.this.this, kind="TABLE", actions=changes)


def _altered_name_start(chunk: list[Token], actions_start: int) -> int:
    """Where the table name of `ALTER TABLE [IF EXISTS] [ONLY] name ...` starts (its actions start at
    `actions_start`, as `_alter_action_tokens` finds)."""
    return next(index for index in range(2, actions_start) if chunk[index].text.upper() not in ("IF", "EXISTS", "ONLY"))


def _changing_actions_only(chunk: list[Token], block: str, dialect: str) -> exp.Alter | None:
    """An ALTER TABLE that sqlglot keeps as an opaque command because of actions that change no
    column (PostgreSQL 18's `ADD CONSTRAINT name NOT NULL col`, a constraint renamed) beside ones
    that do (ADD COLUMN): the statement with only the latter, when that parses."""
    if [token.text.upper() for token in chunk[:2]] != ["ALTER", "TABLE"]:
        return None
    position, actions = _alter_action_tokens(chunk)
    changing = [action for action in actions if not _keeps_columns([token.text.upper() for token in action])]
    if not changing or len(changing) == len(actions) or not all(changing):
        return None
    text = " ".join([block[chunk[0].start: chunk[position - 1].end + 1],
                     ", ".join(block[action[0].start: action[-1].end + 1] for action in changing)])
    try:
        nodes = Dialect.get_or_raise(dialect).parse(text)
    except Exception:  # noqa: BLE001 - the changing actions do not parse either: the caller reports the statement
        return None
    node = nodes[0] if len(nodes) == 1 else None
    return node if isinstance(node, exp.Alter) and node.args.get("actions") else None


def _keeps_columns(action: list[str]) -> bool:
    """An ALTER TABLE action that leaves the table's name and its column names as they are (its words
    one by one: sqlglot makes one token of `PRIMARY KEY`)."""
    action = " ".join(action).split()
    if action[:1] == ["WITH"] and action[1:2] in (["CHECK"], ["NOCHECK"]):  # SQL Server: check existing rows or not
        action = action[2:]
    if not action:
        return False
    first, second = action[0], (action[1] if len(action) > 1 else "")
    if first in ("CHECK", "NOCHECK"):  # SQL Server's `[NO]CHECK CONSTRAINT fk|ALL`: constraints on or off
        return second == "CONSTRAINT"
    if first in ("ADD", "DROP", "MODIFY"):  # Oracle's `MODIFY CONSTRAINT fk DISABLE NOVALIDATE`: its state
        return second in CONSTRAINT_WORDS
    if first == "SET":
        return second != "SCHEMA"  # SET SCHEMA moves the table to another name
    if first == "RENAME":
        return second == "CONSTRAINT"
    return first in KEEPS_COLUMNS


_INDENT = re.compile(r"[ \t]*")
# words after a column list that carry what privgate reads from DDL (retention, storage, location)
_READ_AFTER_COLUMNS = frozenset({"TTL", "PARTITION", "PARTITIONED", "OPTIONS", "LOCATION", "DATA_RETENTION_TIME_IN_DAYS",
                                 "RETENTION", "STAGE", "URL", "TBLPROPERTIES", "EXTERNAL_LOCATION", "STORED"})


def _head(block: str, chunk: list[Token]) -> str:
    """The statement's first line, shortened: names it in a message."""
    start, end = chunk[0].start, chunk[-1].end + 1
    newline = block.find("\n", start, end)
    line = block[start: end if newline == -1 else newline].strip().rstrip("(").strip()
    return line if len(line) <= 80 else line[:77] + "..."


def _parse_failure(block: str, chunk: list[Token], error: Exception) -> str:
    if isinstance(error, ParseError) and error.errors:
        detail = error.errors[0]
        description = detail.get("description") or str(error).splitlines()[0]
        if detail.get("line") and detail["line"] != chunk[0].line:
            description += f" (line {detail['line']})"
    elif isinstance(error, SqlglotError | RecursionError):
        description = str(error).splitlines()[0] if str(error) else type(error).__name__
    else:
        description = f"the parser failed ({type(error).__name__}: {str(error)[:120]})"
    return f"cannot parse DDL statement `{_head(block, chunk)}`: {description}"


def _apply_reporting(node: exp.Expression, tables: dict[str, TableDefinition], source: str, datasets: dict[str, str],
                     where: tuple[int, int], dialect: str, facts: FileFacts) -> None:
    """`_apply`, saying so when a CREATE TABLE replaced a table the replay already held and columns were
    lost with it: a database refuses such a statement (or ignores it with IF NOT EXISTS), so the files
    replay out of the order they were written for (an old upgrade script after today's schema)."""
    target = node.this.this if isinstance(node, exp.Create) and isinstance(node.this, exp.Schema) else node.this
    replacing = (isinstance(node, exp.Create) and str(node.args.get("kind")).upper() == "TABLE"
                 and not node.args.get("replace") and isinstance(target, exp.Table) and not is_temporary(node))
    before = tables.get(_name(target)) if replacing else None
    _apply(node, tables, source, datasets, where, dialect)
    for action in unread_alter_actions(node):
        message = f"cannot read the ALTER TABLE action `{action[:80]}`: the table's columns may differ from the replay's"
        facts.problems.append(InputProblem(source, *where, message, "unparsable"))
    after = tables.get(_name(target)) if before is not None else None
    if before is None or after is None or after is before:
        return
    lost = [column for column in before.columns if column not in after.columns]
    if lost:
        shown = ", ".join(lost[:5]) + (f" and {len(lost) - 5} more" if len(lost) > 5 else "")
        message = (f"CREATE TABLE {after.name} replaces the table of that name from {before.source}:{before.line}, "
                   f"which a database would keep: its columns {shown} {REPLACED_TABLE}")
        facts.problems.append(InputProblem(source, *where, message, "unresolved"))


def _apply(node: exp.Expression, tables: dict[str, TableDefinition], source: str, datasets: dict[str, str],
           where: tuple[int, int], dialect: str) -> None:
    """One parsed statement's change to the tables; `where`: the line and column it starts at."""
    line = where[0]
    kind = str(node.args.get("kind")).upper()
    if isinstance(node, exp.Create) and kind in ("SCHEMA", "DATABASE"):
        location = _properties(node).get("location")
        if location and isinstance(node.this, exp.Table):
            datasets[_name(node.this)] = location
    elif isinstance(node, exp.Create) and kind in ("TABLE", "VIEW") and node.expression is not None:
        _create_from_query(node, tables, source, datasets, where, dialect)
    elif isinstance(node, exp.Create) and kind == "TABLE" and (isinstance(node.this, exp.Schema) or originals(node)):
        target = node.this.this if isinstance(node.this, exp.Schema) else node.this
        name = _name(target)
        table = tables[name] = TableDefinition(name, source=source, line=line)
        table.spell(".".join(part.name for part in target.parts), column=False)
        for how, original in originals(node):  # the parents' columns first; a whole-table LIKE or CLONE
            _take_columns(table, how, original, tables, where)
            table.partition_of = _name(original) if how == "partition" else table.partition_of
        for column in node.this.expressions if isinstance(node.this, exp.Schema) else ():
            if isinstance(column, exp.LikeProperty) and isinstance(column.this, exp.Table):  # `(LIKE t, x int)`
                _take_columns(table, "like", column.this, tables, where)
            elif isinstance(column, exp.ColumnDef) and not _inline_index(column):
                _add_column(table, column, line)
            elif isinstance(column, exp.Identifier):  # SQLite's `CREATE TABLE t (a, email)`: a column of no type
                _add_column(table, exp.ColumnDef(this=column.copy()), line)
        _storage_and_retention(node, table, datasets)
    elif isinstance(node, exp.Alter) and isinstance(node.this, exp.Table) \
            and ("TABLE" in kind or kind == "NONE" or (kind == "VIEW" and _name(node.this) in tables)):
        table = tables.setdefault(_name(node.this), TableDefinition(_name(node.this), source=source, line=line))
        column_to = _column_renamed_to(node)
        for action in node.args.get("actions") or []:
            if isinstance(action, exp.AlterRename) and column_to is not None:  # PostgreSQL's RENAME a TO b
                _rename_column(table, action.this.name, column_to)
            elif isinstance(action, exp.AlterRename) and isinstance(action.this, exp.Table):
                table = _rename_table(tables, table.name, _renamed(node.this, action.this))
            elif isinstance(action, exp.AlterColumn) and isinstance(action.args.get("dtype"), exp.DataType):
                table.types[action.name.lower()] = action.args["dtype"].sql().lower()
            elif isinstance(action, exp.ColumnDef):
                _add_column(table, action, line)
            elif isinstance(action, exp.Schema):  # Oracle's `ADD (a NUMBER, b VARCHAR2(10))`
                for column in action.expressions:
                    if isinstance(column, exp.ColumnDef):
                        _add_column(table, column, line)
            elif isinstance(action, exp.Command) and (dropped := _dropped_list(action)):  # Oracle's `DROP (a, b)`
                for column in dropped:
                    _drop_column(table, column)
            elif isinstance(action, exp.Drop):
                for column in action.args.get("tables") or []:
                    _drop_column(table, column.name.lower())
            elif isinstance(action, exp.RenameColumn):
                _rename_column(table, action.this.name, action.args["to"].name)
            elif isinstance(action, exp.ModifyColumn) and isinstance(action.this, exp.ColumnDef):
                _change_column(table, action.this, action.args.get("rename_from"), line)
        for partition in [other for other in tables.values() if other.partition_of == table.name]:
            follow_parent(partition, table)
    elif isinstance(node, exp.Drop) and kind in ("TABLE", "VIEW"):
        for target in node.args.get("tables") or []:
            tables.pop(_name(target), None)
    elif isinstance(node, exp.Select) and (made := _selected_into(node)) is not None:
        _create_from_query(made, tables, source, datasets, where, dialect)
    elif isinstance(node, exp.Execute) and isinstance(node.this, exp.Table) and node.this.name.lower() == "sp_rename":
        _sp_rename(node, tables)
    elif (isinstance(node, exp.Execute) and isinstance(node.this, exp.Table)
          and node.this.name.upper() in EXTENDED_PROPERTIES):
        _column_property(node, tables)
    elif isinstance(node, exp.Comment) and str(node.args.get("kind")).upper() == "COLUMN":
        column = node.this
        if isinstance(column, exp.Column) and column.table:
            table_name = ".".join(part.name for part in column.parts[:-1]).lower()
            table = tables.setdefault(table_name, TableDefinition(table_name, source=source, line=line))
            _annotate(table, column.name.lower(), _annotation(node.expression.name), line)
            table.describe(column.name.lower(), node.expression.name)


def _create_from_query(node: exp.Create, tables: dict[str, TableDefinition], source: str, datasets: dict[str, str],
                       where: tuple[int, int], dialect: str) -> None:
    """`CREATE TABLE x [(a, b)] AS SELECT ...` and `CREATE [MATERIALIZED] VIEW x [(a, b)] AS SELECT
    ...`: the relation with the columns of its query (named by the list where it gives names, typed
    where the query's sources are typed in the replay), the query kept for lineage, and what could
    not be named as its gap."""
    target = node.this.this if isinstance(node.this, exp.Schema) else node.this
    if not isinstance(target, exp.Table):
        return
    found = query_columns(node.expression, tables, dialect)
    listed = [(item.name, None) for item in node.this.expressions] if isinstance(node.this, exp.Schema) else []
    if found.unresolved:  # the query's positions are uncertain: the list names what it names
        columns = listed or found.columns
    else:  # the list renames the query's first columns, keeping their types
        columns = [(name, kind) for (name, _), (_, kind) in zip(listed, found.columns, strict=False)]
        columns += found.columns[len(columns):] if len(listed) <= len(found.columns) else listed[len(found.columns):]
    name = _name(target)
    table = tables[name] = TableDefinition(name, source=source, line=where[0], kind=_relation_kind(node))
    if isinstance(node.expression, exp.Query):
        table.query, table.dialect = node.expression.sql(dialect=dialect), dialect
    table.spell(".".join(part.name for part in target.parts), column=False)
    for column, kind in columns:
        _annotate(table, column.lower(), None, where[0])
        table.spell(column)
        if kind:
            table.types[column.lower()] = kind
    _storage_and_retention(node, table, datasets)
    covered = listed and not found.open_ended and len(listed) >= len(found.columns) + len(found.unresolved)
    if found.unresolved and not covered:
        message = f"cannot name every column of {table.kind} {name} from its query: {'; '.join(found.unresolved)}"
        table.gaps.append(InputProblem(source, *where, message, "unresolved"))


def _relation_kind(node: exp.Create) -> str:
    """"table", "view" or "materialized view", as a CREATE statement makes it."""
    if str(node.args.get("kind")).upper() != "VIEW":
        return "table"
    properties = node.args.get("properties")
    materialized = properties is not None and any(isinstance(prop, exp.MaterializedProperty)
                                                  for prop in properties.expressions)
    return "materialized view" if materialized else "view"


def _column_renamed_to(node: exp.Alter) -> str | None:
    """The new name in PostgreSQL's `ALTER TABLE t RENAME a TO b` (COLUMN left out), which sqlglot
    reads as a table renamed to `a` with a `TO b` option; None for any other ALTER."""
    to = next((option for option in node.args.get("options") or [] if isinstance(option, exp.ToTableProperty)), None)
    return to.this.name if to is not None and isinstance(to.this, exp.Table) else None


def _rename_column(table: TableDefinition, old: str, new: str) -> None:
    """A column under its new name (as written, for its words), its annotation, type and comment kept."""
    old, written = old.lower(), new
    new = new.lower()
    table.columns[new] = table.columns.pop(old, None)
    for facts in (table.types, table.annotated_at, table.descriptions):
        if old in facts:
            facts[new] = facts.pop(old)
    table.spellings.pop(old, None)
    table.spell(written)


def _selected_into(node: exp.Select) -> exp.Create | None:
    """`SELECT ... INTO t FROM ...` (SQL Server, PostgreSQL) as the CREATE TABLE t AS SELECT it is; a
    temporary table (`#t`, `INTO TEMP t`) is no table of the schema."""
    into = node.args.get("into")
    if not isinstance(into, exp.Into) or not isinstance(into.this, exp.Table) or into.args.get("temporary") \
            or into.this.name.startswith("#"):
        return None
    query = node.copy()
    query.set("into", None)
    return exp.Create(this=into.this.copy(), kind="TABLE", expression=query)


def _take_columns(table: TableDefinition, how: str, original: exp.Table, tables: dict[str, TableDefinition],
                  where: tuple[int, int]) -> None:
    """The columns `table` takes from another (checker.readers.ddl_copies); a gap when the replay never saw it."""
    known = tables.get(_name(original))
    if known is not None:
        copy_columns(table, known)
    else:
        message = unknown_original(table.name, how, ".".join(part.name for part in original.parts))
        table.gaps.append(InputProblem(table.source, *where, message, "unresolved"))


def _change_column(table: TableDefinition, column: exp.ColumnDef, renamed_from: exp.Identifier | None,
                   line: int) -> None:
    """MySQL's `CHANGE [COLUMN] old new <definition>` (a rename with a new definition) and `MODIFY
    [COLUMN] col <definition>`: the column under its new name with the new type; its annotation stays
    unless the new definition's comment declares one."""
    if renamed_from is not None and renamed_from.name.lower() != column.name.lower():
        _rename_column(table, renamed_from.name, column.name)
    declared = _inline_annotation(column)
    if declared is not None or column.name.lower() not in table.columns:
        _annotate(table, column.name.lower(), declared, line)
    _define_column(table, column)


def _inline_index(column: exp.ColumnDef) -> bool:
    """Whether sqlglot read SQL Server's inline index (`INDEX IX_Patients_Name NONCLUSTERED (FullName)` in a
    CREATE TABLE) as a column named INDEX of a type named after the index: INDEX is reserved in T-SQL, so
    no column is named so unquoted; a column `index` of a built-in type (PostgreSQL allows it) stays."""
    kind = column.args.get("kind")
    return (column.this.name.upper() == "INDEX" and not column.this.args.get("quoted")
            and isinstance(kind, exp.DataType) and kind.this == exp.DataType.Type.USERDEFINED)


def _add_column(table: TableDefinition, column: exp.ColumnDef, line: int) -> None:
    """A column a CREATE or ALTER TABLE defines, with its inline annotation, comment and type."""
    _annotate(table, column.name.lower(), _inline_annotation(column), line)
    _define_column(table, column)


def _define_column(table: TableDefinition, column: exp.ColumnDef) -> None:
    """What a column's definition says besides its annotation: its comment, spelling and type."""
    table.describe(column.name.lower(), _inline_comment(column))
    table.spell(column.name)
    if column.args.get("kind") is not None:
        table.types[column.name.lower()] = column.args["kind"].sql().lower()


def _dropped_list(action: exp.Command) -> list[str]:
    """The columns of Oracle's `DROP (a, b)` (an opaque action to sqlglot); [] for any other action."""
    found = DROP_LIST.fullmatch(action.sql().strip())
    return [name.strip().strip('"`[]').lower() for name in found[1].split(",") if name.strip()] if found else []


def unread_alter_actions(node: exp.Expression) -> list[str]:
    """The actions of an ALTER TABLE that sqlglot kept as opaque text and the replay does not read
    (`MODIFY (a VARCHAR2(20))`, `ADD CONSTRAINT ... ` aside): the table may differ from the replay."""
    if not isinstance(node, exp.Alter):
        return []
    return [action.sql() for action in node.args.get("actions") or []
            if isinstance(action, exp.Command) and not _dropped_list(action)
            and action.sql().split(None, 1)[0].upper() in COLUMN_CHANGING_ACTIONS]


def _sp_rename(node: exp.Execute, tables: dict[str, TableDefinition]) -> None:
    """SQL Server's `EXEC sp_rename 'dbo.T.X', 'Y', 'COLUMN'` (a column; Entity Framework migrations
    write it) or `sp_rename 'dbo.T', 'U'` (a table), on a table the replay holds."""
    values = [item.name for item in node.expressions if isinstance(item, (exp.Literal, exp.National))]
    if len(values) < 2:
        return
    parts = [part.strip("[]\"").lower() for part in values[0].split(".")]
    new = values[1].strip("[]\"").lower()
    renames_column = len(values) > 2 and values[2].strip().upper() == "COLUMN"
    owner = _held_table(tables, parts[:-1] if renames_column else parts)
    if owner is None:
        return
    if renames_column:
        _rename_column(tables[owner], parts[-1], values[1].strip("[]\""))
    else:
        _rename_table(tables, owner, ".".join([*owner.split(".")[:-1], new]))


# the arguments of SQL Server's extended-property procedures (sql_sniff.EXTENDED_PROPERTIES), in their order
_PROPERTY_ARGUMENTS = ("name", "value", "level0type", "level0name", "level1type", "level1name", "level2type",
                       "level2name")


def _column_property(node: exp.Execute, tables: dict[str, TableDefinition]) -> None:
    """SQL Server's `EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'...',
    @level0type = N'SCHEMA', @level0name = 'Sales', @level1type = N'TABLE', @level1name = 'Customers',
    @level2type = N'COLUMN', @level2name = 'CustomerName'` (named or positional): a description of a
    column of a table the replay holds, kept for the classifier as a comment is."""
    given: dict[str, str] = {}
    for at, item in enumerate(node.expressions):
        if isinstance(item, exp.EQ) and isinstance(item.this, exp.Parameter):
            given[item.this.name.lower().lstrip("@")] = item.expression.name
        elif at < len(_PROPERTY_ARGUMENTS) and isinstance(item, (exp.Literal, exp.National)):
            given[_PROPERTY_ARGUMENTS[at]] = item.name
    if ("description" not in given.get("name", "").lower() or given.get("level1type", "").upper() not in ("TABLE", "VIEW")
            or given.get("level2type", "").upper() != "COLUMN"):
        return
    owner = _held_table(tables, [part.lower() for part in (given.get("level0name"), given.get("level1name")) if part])
    if owner is not None and given.get("level2name"):
        tables[owner].describe(given["level2name"].lower(), given.get("value"))


def _held_table(tables: dict[str, TableDefinition], parts: list[str]) -> str | None:
    """The replay's name of the table `parts` name (`dbo.t` or `t`), when exactly one matches."""
    if not parts:
        return None
    written = ".".join(parts)
    if written in tables:
        return written
    found = [name for name in tables if name == parts[-1] or name.endswith("." + parts[-1])]
    return found[0] if len(found) == 1 else None


def _drop_column(table: TableDefinition, column: str) -> None:
    """A column gone, with what was known of it (a column added again later starts afresh)."""
    for facts in (table.columns, table.types, table.annotated_at, table.descriptions, table.spellings):
        facts.pop(column, None)


def _renamed(old: exp.Table, new: exp.Table) -> str:
    """The new name of a renamed table: in the old one's schema unless the new name gives its own
    (PostgreSQL's `ALTER TABLE shop.users RENAME TO people` stays in shop)."""
    schema = ".".join(part.name for part in old.parts[:-1]) if len(new.parts) == 1 else ""
    return f"{schema}.{_name(new)}".lower() if schema else _name(new)


def _rename_table(tables: dict[str, TableDefinition], old: str, new: str) -> TableDefinition:
    """The table `old` under its new name, its columns and their annotations kept (a table the
    replay never saw stays unknown)."""
    table = tables.pop(old, None)
    if table is None:
        return TableDefinition(new)
    table.name = new
    tables[new] = table
    return table


def _rename_tables(node: exp.Command, tables: dict[str, TableDefinition], path: tuple[str, ...] = ()) -> bool:
    """MySQL's `RENAME TABLE a TO b [, c TO d]` (an opaque command to sqlglot, its names one string)
    applied, unqualified names in the session's schema (`path`); False for any other command, or one whose
    names cannot be read."""
    text = node.expression.name if isinstance(node.expression, exp.Literal) else ""
    match = RENAME_TABLES.match(text) if node.name.upper() == "RENAME" else None
    if match is None:
        return False
    pairs = [RENAME_PAIR.fullmatch(pair.strip()) for pair in match[1].split(",")]
    if not all(pairs):
        return False
    for pair in pairs:
        old, new = (pair[part].replace("`", "") for part in ("old", "new"))  # type: ignore[index]
        _rename_table(tables, resolved_name(old, path, tables.__contains__),
                      resolved_name(new, path, tables.__contains__, creating=True))
    return True


def _moved_to_schema(chunk: list[Token], tables: dict[str, TableDefinition], path: tuple[str, ...]) -> bool:
    """PostgreSQL's `ALTER TABLE [IF EXISTS] t SET SCHEMA archive` (an opaque command to sqlglot) applied:
    the table under the new schema, its columns kept; False for any other statement."""
    if [token.text.upper() for token in chunk[:2]] != ["ALTER", "TABLE"]:
        return False
    position, actions = _alter_action_tokens(chunk)
    if len(actions) != 1 or [token.text.upper() for token in actions[0][:2]] != ["SET", "SCHEMA"] or len(actions[0]) != 3:
        return False
    written = "".join(token.text for token in chunk[_altered_name_start(chunk, position):position])
    old = resolved_name(written.replace('"', ""), path, tables.__contains__)
    if old not in tables:
        return True  # a table the replay never saw stays unknown, as a renamed one does
    schema = actions[0][2].text.strip('"').lower()
    _rename_table(tables, old, canonical_name(f"{schema}.{old.split('.')[-1]}"))
    return True


def _attached_partition(chunk: list[Token], tables: dict[str, TableDefinition], path: tuple[str, ...]) -> bool:
    """PostgreSQL's `ALTER TABLE [ONLY] parent ATTACH PARTITION child FOR VALUES ... | DEFAULT` (pg_dump writes each
    partition as a table of its own, then attaches it) and `DETACH PARTITION child`, opaque commands to sqlglot,
    applied: the child is (no longer) a partition of the parent; False for any other statement."""
    if [token.text.upper() for token in chunk[:2]] != ["ALTER", "TABLE"]:
        return False
    position, actions = _alter_action_tokens(chunk)
    verb = [token.text.upper() for token in actions[0][:2]] if len(actions) == 1 else []
    if verb not in (["ATTACH", "PARTITION"], ["DETACH", "PARTITION"]) or len(actions[0]) < 3:
        return False
    named = actions[0][2:3]
    while len(actions[0]) > len(named) + 3 and actions[0][len(named) + 2].token_type == TokenType.DOT:
        named = actions[0][2:len(named) + 4]  # `schema.child`
    parent = "".join(token.text for token in chunk[_altered_name_start(chunk, position):position])
    child = resolved_name("".join(token.text for token in named).replace('"', ""), path, tables.__contains__)
    if child in tables:
        attached = verb[0] == "ATTACH"
        tables[child].partition_of = resolved_name(parent.replace('"', ""), path, tables.__contains__) if attached else None
    return True


def _annotate(table: TableDefinition, column: str, annotation: str | None, line: int) -> None:
    """A column and its annotation (None: not annotated), with the line of the statement that says so."""
    table.columns[column] = annotation
    if annotation is not None:
        table.annotated_at[column] = line


def _properties(node: exp.Create) -> dict[str, str]:
    """Table properties by lower-case name: `location`, `partition_expiration_days`, ..."""
    found: dict[str, str] = {}
    properties = node.args.get("properties")
    for prop in properties.expressions if properties else []:
        if isinstance(prop, exp.LocationProperty):
            found["location"] = prop.this.name if isinstance(prop.this, exp.Literal) else prop.this.sql()
        elif isinstance(prop, exp.Property):
            value = prop.args.get("value")
            found[prop.name.lower()] = value.name if isinstance(value, exp.Literal) else (value.sql() if value else "")
    return found


def _storage_and_retention(node: exp.Create, table: TableDefinition, datasets: dict[str, str]) -> None:
    properties = _properties(node)
    dataset = table.name.rsplit(".", 1)[0] if "." in table.name else None
    table.location = properties.get("location") or (datasets.get(dataset) if dataset else None)
    days = properties.get("partition_expiration_days")
    if days and days.replace(".", "", 1).isdigit():
        table.retention = Duration(float(days), "day")
        table.retention_clause = f"OPTIONS(partition_expiration_days={days})"
    ttl = next((prop for prop in (node.args.get("properties") or exp.Properties()).expressions
                if isinstance(prop, exp.MergeTreeTTL)), None)
    if ttl is not None:
        durations = [found for action in ttl.expressions
                     if isinstance(expression := action.this if isinstance(action, exp.MergeTreeTTLAction) else action, exp.Add)
                     and (found := interval_duration(expression.expression)) is not None]
        if durations:
            table.retention = min(durations, key=lambda item: item.days)
            table.retention_clause = ttl.sql(dialect="clickhouse")
    travel = properties.get("data_retention_time_in_days")
    if travel:
        table.time_travel = f"DATA_RETENTION_TIME_IN_DAYS = {travel} (Snowflake Time Travel: keeps deleted rows recoverable, deletes nothing)"


def _inline_annotation(column: exp.ColumnDef) -> str | None:
    comment = _inline_comment(column)
    return _annotation(comment) if comment is not None else None


def _inline_comment(column: exp.ColumnDef) -> str | None:
    """A column's `COMMENT '...'` or BigQuery `OPTIONS(description=...)`."""
    for constraint in column.args.get("constraints") or []:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.CommentColumnConstraint):
            return kind.this.name
        if isinstance(kind, exp.Properties):
            for prop in kind.expressions:
                if isinstance(prop, exp.Property) and prop.name.lower() == "description":
                    return prop.args["value"].name
    return None


def annotation_of(comment: str) -> str | None:
    """The category a `privgate: <category>` annotation in a comment declares."""
    return _annotation(comment)


def _annotation(comment: str) -> str | None:
    """A category, NOT_PERSONAL for `privgate: none`, PERSONAL for a comment that calls the column
    PII or personal data without a category, or None when the comment declares nothing."""
    match = ANNOTATION.search(comment or "")
    if match is not None:
        return match["category"]
    return PERSONAL if comment and described_personal(comment) else None


def _name(table: exp.Table) -> str:
    return ".".join(part.name for part in table.parts).lower()
