"""SQL files -> statements with facts. Splits on the dialect's tokens, so one broken statement
never hides the others; reads `-- privgate:` directives from comments."""

from __future__ import annotations

import itertools
import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import OptimizeError, ParseError, SqlglotError, TokenError
from sqlglot.tokens import Token, TokenType

from checker.catalog import Catalog
from checker.config import Config
from checker.facts import FileFacts, InputProblem, Statement, Suppression
from checker.isolation import FILE_SECONDS, OutOfTime, deadline
from checker.readers.directives import purpose_of, suppression_of

if TYPE_CHECKING:
    from checker.readers.dbt import DbtModel, DbtProject
    from checker.readers.dbt_render import RenderedSql
from checker.readers.h2_tokens import without_h2_spellings
from checker.readers.mariadb_tokens import without_system_versioning
from checker.readers.oracle_tokens import without_oracle_table_clauses
from checker.readers.postgres_tokens import psql_copy_as_sql, without_postgres_18_clauses, without_psql_interpolation
from checker.readers.sql_file_io import file_export, loads_a_file
from checker.readers.sql_procedural import Body, plpgsql_statements, procedural_body, runs_prepared_statement
from checker.readers.sql_query import UNKNOWN_SOURCES
from checker.readers.sql_session import explained_ambiguity, qualify_names, session_path
from checker.readers.sql_statements import describe_statement
from checker.readers.sqlite_tokens import without_sqlite_spellings
from checker.readers.tsql_tokens import (batch_statements, with_compound_assignments_expanded,
                                         without_key_order_and_masks)

COPY_FROM_STDIN = re.compile(r"\s*COPY\b[^;]*\bFROM\s+STDIN\b[^;]*;\s*$", re.IGNORECASE)  # pg_dump: data rows follow
PSQL_OUTPUT = re.compile(r"\s*\\(?:o|out|g|gx)\b", re.IGNORECASE)  # meta-commands that write rows to a file
# psql meta-commands that end the query on their line and run it (`SELECT ... \gexec`, `\g out.csv`; the
# mysql client's `\g` and `\G` too)
PSQL_QUERY_END = re.compile(r"(?<!\\)\\(gexec|gset|gdesc|gx|g|watch|crosstabview)\b(\s+\S.*)?$", re.IGNORECASE)
MYSQL_DELIMITER = re.compile(r"\s*DELIMITER\s+(\S+)\s*$", re.IGNORECASE)  # the mysql client's statement end
# the mysql client runs another file (`source load_employees.dump ;`): a file name, not a column alias
MYSQL_SOURCE = re.compile(r"\s*source\s+(?:\S*/\S*|\S+\.\w+)\s*;?\s*$", re.IGNORECASE)
# SQL*Plus's own commands in Oracle scripts, each a whole line: `CONNECT chinook/p4ssw0rd` (not
# CONNECT BY; `CONNECT sys/&pass@&db AS SYSDBA`), DISCONNECT, PROMPT, ACCEPT, HOST, DESCRIBE, SPOOL, WHENEVER
# SQLERROR, REM, EXIT, DEFINE, COLUMN's NEW_VALUE and format options, its SET options, a script it runs
# (`@@other.sql`, `@@oc_comnt`, `@&vscript`: the .sql is SQL*Plus's default), a lone `.` that ends a
# statement without running it and a lone `/` that runs the block before it
SQLPLUS_COMMAND = re.compile(
    r"(?:(?:EXIT|QUIT)(?:\s+[\w.]+)?\s*;?"  # unindented: an indented `exit` may be a column
    r"|\s*(?:CONN(?:ECT)?\s+(?!BY\b)\S+(?:\s+AS\s+SYS\w+)?\s*;?|DISC(?:ONNECT)?\s*;?|PROMPT\b.*"
    r"|ACCEPT\s+\w+.*|HOST\s+\S.*|DESC(?:RIBE)?\s+[\w.$#]+\s*;?|SPOOL\s+\S+.*|WHENEVER\s+(?:SQLERROR|OSERROR)\b.*"
    r"|REM(?:ARK)?(?:\s.*)?|DEFINE\s+\w+\s*=.*|UNDEFINE\s+\w+\s*;?"
    r"|COL(?:UMN)?\s+\w+\s+(?:NEW_VALUE|OLD_VALUE|FORMAT|HEADING|NOPRINT|PRINT)\b.*"
    r"|SET\s+(?:DEFINE|ECHO|FEEDBACK|SERVEROUTPUT|TERMOUT|VERIFY|LINESIZE|PAGESIZE|HEADING|TIMING|SQLBLANKLINES"
    r"|TRIMSPOOL|TRIMOUT|SCAN|SQLTERMINATOR|TAB|NUMWIDTH|LONG|WRAP|NEWPAGE|COLSEP)\b.*|@@?\S.*|\.|/))\s*$",
    re.IGNORECASE)
# SQL*Plus joins a line ending with a hyphen to the next one (`HOST sqlldr pm/&pm_pass -`, and the
# statements of Oracle's sample data: `VALUES(1726-` / `,'AR'-`); `--` starts a comment instead
SQLPLUS_CONTINUED = re.compile(r"(?<!-)-[ \t]*$")
# sqlcmd's and SSMS's batch separator, a line of its own (`GO`, `GO 5`): SQL Server scripts and Entity Framework's
# migration scripts write it after every statement, often with no semicolon
SQLCMD_GO = re.compile(r"\s*GO(?:\s+\d+)?\s*(?:--.*)?", re.IGNORECASE)
# sqlcmd's own commands, each a whole line starting with a colon: `:r .\\pds400-ins-unkown-orderline.sql` (runs
# another file of the project, read on its own), `:setvar DatabaseName "WWI"`, `:on error exit`, `:connect server`
SQLCMD_COMMAND = re.compile(r"\s*:(?:(?:r|setvar|on\s+error|connect|out|error|perftrace|xml)\s+(?!:?=)\S.*"
                            r"|(?:exit|quit)(?:\s*\(.*\))?|listvar|reset|serverlist|help|ed)\s*$", re.IGNORECASE)
# the first line of an Oracle PL/SQL unit, which SQL*Plus runs when a lone `/` follows it
PLSQL_UNIT = re.compile(r"\s*(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:NON)?EDITIONABLE\s+)?"
                        r"(?:TRIGGER|PROCEDURE|FUNCTION|PACKAGE|TYPE\s+BODY)\b|DECLARE\s*$|BEGIN\s*$)", re.IGNORECASE)
_DOLLAR_QUOTE = re.compile(r"\$\w*\$")  # `$$` or `$body$`: a PostgreSQL body
_BIND_ROW = re.compile(r":((?:NEW|OLD)\.)", re.IGNORECASE)
# What a `DELIMITER` region holds for the mysql client: a stored program (a routine, trigger or event, its
# DEFINER and other clauses before the kind), or a compound statement; anything else there is plain SQL.
STORED_PROGRAM = re.compile(r"(?is)(CREATE\b(?:(?!\bTABLE\b|\bVIEW\b|\bINDEX\b|[;(]).)*?\b(PROCEDURE|FUNCTION|TRIGGER|EVENT)\b"
                            r"|(BEGIN|DECLARE|IF|WHILE|LOOP|REPEAT|CASE)\b)")
_COMMENTS = re.compile(r"/\*.*?\*/|--[^\n]*|#[^\n]*", re.DOTALL)  # SQL and MySQL comments, in a stored program
# Schema objects that hold no rows and grant nothing: dropping one (`DROP FUNCTION f(regclass)`,
# `DROP INDEX a, b`, forms sqlglot cannot parse) reads, moves and deletes no data.
ROWLESS_OBJECTS = frozenset({"FUNCTION", "PROCEDURE", "ROUTINE", "AGGREGATE", "OPERATOR", "INDEX", "TRIGGER", "TYPE",
                             "DOMAIN", "SEQUENCE", "EXTENSION", "RULE", "POLICY", "CAST", "COLLATION", "CONVERSION",
                             "STATISTICS", "EVENT"})
# What a COMMENT ON may describe that holds or names rows (the others are ROWLESS_OBJECTS, constraints, schemas ...).
RELATION_OR_COLUMN = frozenset({"TABLE", "COLUMN", "VIEW", "MATERIALIZED", "FOREIGN"})

# Words between CREATE and TABLE: `CREATE OR REPLACE TEMPORARY TABLE`, `CREATE UNLOGGED TABLE IF NOT EXISTS`.
CREATE_MODIFIERS = frozenset({"OR", "REPLACE", "ALTER", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "EXTERNAL",
                              "TRANSIENT", "VOLATILE", "MULTISET", "SET", "FOREIGN", "VIRTUAL", "ICEBERG", "DYNAMIC",
                              "HYBRID", "SHARDED", "STREAMING", "LIVE", "SNAPSHOT"})

# sqlglot warns "Falling back to parsing as a 'Command'" for statements it keeps as text;
# privgate reads those itself (UNLOAD, some GRANTs), so the warning is noise for users.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

MAX_SQL_BYTES = int(float(os.environ.get("PRIVGATE_MAX_SQL_MB", "256")) * 1e6)  # the file is held as text
BLOCK_CHARS = 1 << 18  # a huge file is tokenized and analysed one block of whole statements at a time
BODY_LANGUAGES = ("sql", "plpgsql", "mysql")  # procedural bodies whose SQL statements privgate analyses
MAX_NESTING = 400  # parenthesis depth beyond which sqlglot would exhaust the recursion limit


def read_sql_file(path: Path, relative: str, config: Config, catalog: Catalog, as_of: date,
                  dbt: DbtProject | None = None, each: Callable[[Statement], None] | None = None) -> FileFacts:
    """Facts of every statement in one SQL file; unreadable or unparsable parts become problems.
    A dbt model is read as its rendered SQL (line numbers kept), with its dbt purpose. With `each`,
    every statement is handed to it as soon as it is read instead of being kept in the facts."""
    facts = FileFacts(relative)
    text = _read_text(path, relative, facts, config.root)
    if text is None:
        return facts
    try:
        with deadline(FILE_SECONDS):  # Python-level work; checker.engine bounds compiled code from outside
            _read_file_text(text, relative, config, catalog, as_of, dbt, facts, each)
    except OutOfTime:
        facts.timed_out = True
        where = facts.read_to + 1
        facts.problems.append(InputProblem(relative, where, 1, f"gave up after {FILE_SECONDS:g} s: the rest of the "
                                           "file was not analysed (split it, or simplify its statements)", "unparsable"))
    return facts


def without_client_lines(text: str, relative: str, facts: FileFacts,
                         programs: list[list[tuple[int, str]]] | None = None) -> str:
    """The text with client-side lines blanked (line numbers kept): psql meta-commands (`\\connect db`,
    `\\restrict key`), the data rows of pg_dump's `COPY ... FROM stdin;` up to its `\\.` line, the
    mysql client's `source file` (the test_db installer's `source load_employees.dump ;`), SQL*Plus's
    commands in Oracle scripts (`CONNECT chinook/p4ssw0rd`, `PROMPT`, a lone `/`), and the mysql client's
    `DELIMITER //` regions: the stored programs there (procedures, functions, triggers) are handed to
    `programs` when the caller reads them (the SQL scan), else each is one problem at its first line.
    SQL Server's `GO` line ends the statement before it, as a `;` (sqlglot would read the batch after it
    as the text of a `GO` command, and its tables would be lost). SQL*Plus reads its commands only between
    statements, so a line inside one (`remark text,` or `prompt text,` in a CREATE TABLE) stays SQL; a lone
    `/`, which runs the statement before it, is read anywhere. An Oracle PL/SQL unit (`CREATE OR REPLACE
    TRIGGER ... BEGIN ... END;` up to SQL*Plus's lone `/`) is a stored program as a DELIMITER region's is.
    Once a file shows itself a SQL*Plus script (its commands, a lone `/`), a line ending with a hyphen is
    joined to the next as SQL*Plus joins it."""
    lines = text.split("\n")
    between_statements = True  # no statement has started since the last `;`, `/` or client line
    copy_line = 0  # the line of the COPY whose data rows are being skipped
    delimiter, program = ";", []  # inside `DELIMITER //`: the lines of the stored program read so far
    unit_end = 0  # the `/` line that ends the PL/SQL unit being skipped
    plsql = any(line.strip() == "/" for line in lines)  # SQL*Plus's lone `/`: only then look for PL/SQL units
    sqlplus = plsql  # a SQL*Plus script: its trailing hyphens join lines
    continued = False  # the line before was a SQL*Plus command ending with a hyphen
    for number, line in enumerate(lines, start=1):
        content = line.rstrip("\r")
        changed = MYSQL_DELIMITER.match(content)
        if number <= unit_end or continued:
            lines[number - 1], continued = "", continued and sqlplus_continued(content)
            continue
        if plsql and delimiter == ";" and between_statements and PLSQL_UNIT.match(content):
            unit_end = _plsql_unit_end(lines, number)
            if unit_end:
                _stored_program([(at, _without_bind_marks(lines[at - 1])) for at in range(number, unit_end)],
                                relative, facts, programs)
                lines[number - 1] = ""
                continue
        if copy_line:
            copy_line = 0 if content == "\\." else copy_line
        elif changed:
            if program:
                _stored_program(program, relative, facts, programs)
            delimiter, program = changed[1], []
        elif delimiter != ";":
            program.append((number, content))
            if content.rstrip().endswith(delimiter):
                if not _stored_program(program, relative, facts, programs):  # `drop function if exists f //`: plain SQL
                    _as_statement(lines, program, delimiter)
                    program = []
                    continue
                program = []
        elif not between_statements and PSQL_QUERY_END.match(content.lstrip()):  # `\gset` on its own line
            lines[number - 1], between_statements = _query_ended(content, number, relative, facts), True
            continue
        elif (copied := psql_copy_as_sql(content)) is not None:  # `\copy t FROM 'f.csv'`: read as its COPY
            lines[number - 1], between_statements = copied, True
            copy_line = number if COPY_FROM_STDIN.match(copied) else 0
            continue
        elif COPY_FROM_STDIN.match(content):
            copy_line = number
            continue
        elif SQLCMD_GO.fullmatch(content):
            lines[number - 1], between_statements = ";", True
            continue
        elif (not content.lstrip().startswith("\\") and not MYSQL_SOURCE.match(content)
              and not SQLCMD_COMMAND.match(content)
              and not _sql_plus_command(content, between_statements)):
            if sqlplus and sqlplus_continued(content):  # `VALUES(1726-`: SQL*Plus sends `VALUES(1726 `
                content = content[:content.rindex("-")] + " " + content[content.rindex("-") + 1:]
            lines[number - 1] = _query_ended(content, number, relative, facts)
            between_statements = _ends_statement(lines[number - 1], between_statements)
            continue
        elif PSQL_OUTPUT.match(content):  # `\o rows.txt`: rows leave through the client
            facts.problems.append(_client_file(content.split()[0], relative, number, 1))
        elif SQLPLUS_COMMAND.match(content):  # `HOST sqlldr pm/&pm_pass -`: the next line is the command's too
            sqlplus, continued = True, sqlplus_continued(content)
        lines[number - 1], between_statements = "", True
    if program:
        _stored_program(program, relative, facts, programs)
    if copy_line:
        facts.problems.append(InputProblem(relative, copy_line, 1, "COPY ... FROM stdin data has no `\\.` line "
                                           "ending it: the rest of the file was read as data", "unparsable"))
    return "\n".join(lines)


def _plsql_unit_end(lines: list[str], start: int) -> int:
    """The number of the lone `/` line that ends an Oracle PL/SQL unit starting at line `start`, or 0 when
    none does before a dollar-quoted body, a DELIMITER or a GO line (PostgreSQL's, MySQL's and SQL Server's own
    stored programs)."""
    for number in range(start, len(lines) + 1):
        content = lines[number - 1].rstrip("\r")
        if content.strip() == "/" and number > start:
            return number
        if _DOLLAR_QUOTE.search(content) or MYSQL_DELIMITER.match(content) or SQLCMD_GO.fullmatch(content):
            return 0
    return 0


def _without_bind_marks(content: str) -> str:
    """An Oracle trigger's `:NEW.col` and `:OLD.col` as `NEW.col`, the row being written, as a MySQL trigger
    writes it (columns kept)."""
    return _BIND_ROW.sub(lambda found: " " + found[1], content)


def _sql_plus_command(content: str, between_statements: bool) -> bool:
    """Whether a line is a SQL*Plus command: any of them between statements, inside one only the lone `/`."""
    return SQLPLUS_COMMAND.match(content) is not None and (between_statements or content.strip() == "/")


def sqlplus_continued(content: str) -> bool:
    """Whether SQL*Plus joins a line to the next: it ends with a hyphen that starts no `--` comment."""
    return "--" not in content and SQLPLUS_CONTINUED.search(content) is not None


def _ends_statement(content: str, between_statements: bool) -> bool:
    """Whether the statements are closed after a SQL line: it ends with `;` (a trailing comment aside); a
    blank or comment-only line changes nothing."""
    code = content.split("--", 1)[0].strip()
    return between_statements if not code or code.startswith(("/*", "*")) else code.endswith(";")


def _query_ended(content: str, number: int, relative: str, facts: FileFacts) -> str:
    """A line whose query psql runs with a meta-command after it (`...) \\gexec`, `SELECT 1 \\g`), the
    meta-command read as the query's `;`. What the client does with the rows is said when privgate
    cannot follow it: `\\gexec` runs each value returned as a statement, `\\g file` writes the rows."""
    found = PSQL_QUERY_END.search(content) if "\\" in content else None
    if found is None or content.count("'", 0, found.start()) % 2 or "--" in content[: found.start()]:
        return content  # (in a string or a comment: no meta-command)
    command, argument = found[1].lower(), (found[2] or "").strip()
    if command == "gexec":
        facts.problems.append(InputProblem(relative, number, found.start() + 1, "psql's `\\gexec` runs each value "
                                           "this query returns as a statement: privgate cannot know those "
                                           "statements", "unparsable"))
    elif command in ("g", "gx") and argument:
        facts.problems.append(_client_file(f"\\{command}", relative, number, found.start() + 1))
    return content[: found.start()] + ";"


def _client_file(command: str, relative: str, number: int, column: int) -> InputProblem:
    """The problem of a psql meta-command (`\\copy`, `\\o`, `\\g file`) that moves rows to or from a client file."""
    return InputProblem(relative, number, column, f"psql's `{command}` moves rows between the database and a file "
                        "on the client, and privgate does not read psql meta-commands: write it as COPY so the "
                        "export is checked", "unparsable")


def _stored_program(program: list[tuple[int, str]], relative: str, facts: FileFacts,
                    programs: list[list[tuple[int, str]]] | None = None) -> bool:
    """One statement of a `DELIMITER` region: handed to `programs` (else a problem at its first line) when it
    is a stored program (STORED_PROGRAM), nothing when it is only comments (mysqldump's versioned
    `/*!50003 ... */` wrappers are comments to every other reader too); False when it is a plain statement,
    to be read as SQL."""
    body = _COMMENTS.sub(" ", "\n".join(content for _, content in program)).strip()
    if not body.strip(";/$ \t\n"):
        return True
    if not STORED_PROGRAM.match(body):
        return False
    if programs is not None:
        programs.append(program)
        return True
    line = next(number for number, content in program if content.strip())
    head = " ".join(body.split()[:4])
    facts.problems.append(InputProblem(relative, line, 1, f"`{head} ...` is MySQL procedural code between DELIMITER "
                                       "lines, which privgate does not parse: its statements are not checked",
                                       "unparsable"))
    return True


def _read_stored_program(program: list[tuple[int, str]], relative: str, dialect: str, purpose: str | None,
                         purpose_source: str | None, facts: FileFacts, catalog: Catalog, as_of: date,
                         each: Callable[[Statement], None] | None) -> None:
    """A MySQL stored program (procedure, function, trigger, event) between DELIMITER lines: the program is a
    statement of its own and the SQL statements of its body are judged as those of a PL/pgSQL body are, with
    the file's purpose. A trigger's NEW and OLD are the row being written, not a table read."""
    body = "\n".join(content for _, content in program).rstrip().rstrip("$/;|")  # without its delimiter
    line, head = next(((number, content) for number, content in program
                       if content.strip() and not content.lstrip().startswith(("--", "#", "/*"))), program[0])
    statement = Statement(path=relative, line=line, column=1, kind="create", sql=head.strip()[:200], dialect=dialect,
                          purpose=purpose, purpose_source=purpose_source, end_line=program[-1][0],
                          normalized=" ".join(body.split()).lower())
    if each is not None:
        each(statement)
    else:
        facts.statements.append(statement)
    _read_body(Body("mysql", body, program[0][0]), 0, statement, (), facts, catalog, as_of, each)


def _as_statement(lines: list[str], program: list[tuple[int, str]], delimiter: str) -> None:
    """A plain statement of a `DELIMITER` region put back on its lines, its delimiter read as `;`."""
    for number, content in program:
        lines[number - 1] = content
    number, content = program[-1]
    lines[number - 1] = content.rstrip()[: -len(delimiter)] + ";"


def _read_file_text(text: str, relative: str, config: Config, catalog: Catalog, as_of: date,
                    dbt: DbtProject | None, facts: FileFacts, each: Callable[[Statement], None] | None) -> None:
    model = dbt.model_at(relative) if dbt is not None else None
    programs: list[list[tuple[int, str]]] = []  # MySQL stored programs between DELIMITER lines
    if model is None:
        text = without_client_lines(text, relative, facts, programs)  # a dump's or installer's client commands are no SQL
    else:
        from checker.readers.dbt import DbtError

        template = text
        try:
            text = dbt.sql_for(model, text, catalog, config.dialect_for(relative))  # type: ignore[union-attr]
        except DbtError as error:
            facts.problems.append(InputProblem(relative, error.line or 1, 1, error.message, "unparsable"))
            return
        _missing_nodes(text, template, relative, facts)
    dialect = config.dialect_for(relative)
    purpose, purpose_source = file_purpose(config, relative, model)
    first = len(facts.problems)
    _read_statements(text, relative, dialect, purpose, purpose_source, facts, catalog, as_of, each)
    for program in programs:
        _read_stored_program(program, relative, dialect, purpose, purpose_source, facts, catalog, as_of, each)
    if hasattr(text, "guessed"):  # a dbt model's RenderedSql
        reported = text.missing_relations if facts.missing_nodes else ()  # type: ignore[attr-defined]
        if reported and _only_missing_unknown(text, dialect, catalog, reported):
            facts.problems[first:] = [problem for problem in facts.problems[first:] if not _unknown_sources(problem)]
        facts.problems[first:] = [_explained(problem, text, reported) for problem in facts.problems[first:]]


def _missing_nodes(sql: str, template: str, relative: str, facts: FileFacts) -> None:
    """A model's refs and sources that name nothing the dbt project defines, as one problem at the first
    one's line (dbt refuses them; a disabled model's are not looked at, as dbt does not)."""
    missing = getattr(sql, "missing", ())
    if not missing or getattr(sql, "disabled", False):
        return
    facts.missing_nodes = tuple(text.split(" names ", 1)[0] for text in missing)
    line, column = _call_position(template, facts.missing_nodes[0])
    message = sql.missing_described()  # type: ignore[attr-defined]
    facts.problems.append(InputProblem(relative, line, column, message, "missing_node"))


def _call_position(template: str, call: str) -> tuple[int, int]:
    """Line and column of a `ref(...)` or `source(...)` call in a model's template (its first argument's
    name found in the same call), else the model's first line."""
    function, _, rest = call.partition("(")
    names = re.findall(r"'([^']*)'", rest.split(", v=")[0])
    pattern = re.escape(function) + r"\(\s*" + r"\s*,\s*".join(f"['\"]{re.escape(name)}['\"]" for name in names)
    found = re.search(pattern, template, re.IGNORECASE) if names else None
    if found is None:
        return 1, 1
    line_start = template.rfind("\n", 0, found.start()) + 1
    return template.count("\n", 0, found.start()) + 1, found.start() - line_start + 1


def _unknown_sources(problem: InputProblem) -> bool:
    """A column privgate cannot place because a source of the statement has no known columns."""
    return problem.kind == "unresolved" and UNKNOWN_SOURCES in problem.message


def _only_missing_unknown(sql: str, dialect: str, catalog: Catalog, reported: tuple[str, ...]) -> bool:
    """Whether every table the model's SQL reads without known columns is one of the `reported` relations
    (those of its refs and sources that name nothing defined): then a column it cannot place is what its
    INP005 already says. False when the SQL does not parse."""
    import sqlglot

    from checker.readers.dbt_objects import UNKNOWN_COLUMNS

    names = {name.lower() for name in reported}
    try:
        trees = [tree for tree in sqlglot.parse(sql, read=dialect) if tree is not None]
    except (SqlglotError, RecursionError):
        return False
    for tree in trees:
        ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
        for table in tree.find_all(exp.Table):
            name = ".".join(part.name for part in table.parts).lower()
            if name in names or (not table.db and name in ctes):
                continue
            known = catalog.table(name)
            if known is None or not set(known.columns) - {UNKNOWN_COLUMNS}:
                return False
    return True


def _explained(problem: InputProblem, sql: RenderedSql, reported: tuple[str, ...] = ()) -> InputProblem:
    """A model's problem with what privgate could not answer while rendering it, when that is the cause:
    SQL built from warehouse rows or unknown columns does not parse, and columns of relations privgate
    knows nothing of (besides the `reported` relations of its INP005) cannot be placed."""
    if problem.message.startswith("cannot parse SQL"):
        why = sql.guessed()
    elif _unknown_sources(problem):
        why = sql.unresolved_because(reported)
    else:
        why = None
    return replace(problem, message=f"{problem.message} ({why})") if why else problem


def file_purpose(config: Config, relative: str, model: DbtModel | None) -> tuple[str | None, str | None]:
    """The purpose a file's statements start with, and where it is declared: a dbt model's meta
    (model, then folder), else a `purposes.paths` glob matching the file; `-- privgate: purpose=`
    comments inside the file change it from there."""
    if model is not None and model.purpose:
        return model.purpose, model.purpose_source
    path_purpose = config.purpose_for(relative)
    return (path_purpose[0], f"path glob '{path_purpose[1]}'") if path_purpose else (None, None)


def _read_statements(text: str, relative: str, dialect: str, purpose: str | None, purpose_source: str | None,
                     facts: FileFacts, catalog: Catalog, as_of: date, each: Callable[[Statement], None] | None) -> None:
    carried: list[Token] = []  # the semicolon that ended the previous block: its comments may set a purpose
    path: list[tuple[str, ...]] = [()]  # the session's search path (`SET search_path`, `USE`): from the default
    for block, tokens in _token_blocks(text, dialect, relative, facts):
        for chunk, leading, closing in _statements(carried + tokens, dialect):
            setting = session_path(chunk, dialect)
            path[0] = path[0] if setting is None else setting
            purpose, purpose_source = _read_statement(chunk, leading, closing, block, relative, dialect, purpose,
                                                      purpose_source, facts, catalog, as_of, each, path=path[0])
        carried = tokens[-1:] if tokens and tokens[-1].token_type == TokenType.SEMICOLON else []


def _read_statement(chunk: list[Token], leading: list[Token], closing: list[Token], block: str, relative: str,
                    dialect: str, purpose: str | None, purpose_source: str | None, facts: FileFacts, catalog: Catalog,
                    as_of: date, each: Callable[[Statement], None] | None,
                    inherited: tuple[Suppression, ...] = (),
                    path: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """One statement's facts (and those of the SQL in its procedural body), its unqualified table names
    read under the session's search `path`; returns the purpose in force after it (a directive in its
    comments sets it)."""
    for comment in _comments(leading + chunk):
        declared = purpose_of(comment)
        if declared:
            purpose, purpose_source = declared, "comment"
    suppressions = [*inherited, *(found for comment in _comments(chunk + closing) if (found := suppression_of(comment)))]
    chunk = after_control_flow(chunk, dialect) if dialect in CONTROL_FLOW_DIALECTS else chunk
    first = chunk[0]
    body = procedural_body(chunk, block)
    analysed = body is not None and body.language in BODY_LANGUAGES  # its suppressions go to the body's statements
    statement = Statement(
        path=relative,
        line=first.line,
        column=max(first.col - len(first.text) + 1, 1),
        kind="unknown",
        sql=_first_line(block, first),
        dialect=dialect,
        purpose=purpose,
        purpose_source=purpose_source,
        end_line=(closing or chunk)[-1].line,
        normalized=_normalized(chunk),
        suppressions=[] if analysed else suppressions,
    )
    problem = _describe(chunk, block, statement, catalog, as_of, path)
    if problem is None and runs_prepared_statement(chunk, dialect):
        problem = InputProblem(relative, statement.line, statement.column, "dynamic SQL (EXECUTE of a prepared "
                               "statement) is not analysed: privgate cannot know the statement it runs", "unparsable")
    if problem and analysed and problem.kind == "unparsable":
        problem = None  # `CREATE FUNCTION lower(text[])`: a signature sqlglot cannot read; its body is read below
    if problem:
        facts.problems.append(problem)
    elif each is not None:
        each(statement)
    else:
        facts.statements.append(statement)
    facts.read_to = statement.end_line
    if body is not None:
        _read_body(body, first.line - block.count("\n", 0, first.start) - 1, statement, tuple(suppressions), facts,
                   catalog, as_of, each, path)
    return purpose, purpose_source


# T-SQL runs statements inside `IF <condition> [BEGIN] ... [END] [ELSE ...]` and `BEGIN TRY/CATCH ... END`
# blocks (Entity Framework's idempotent scripts wrap every migration step in one): the statements are
# split at their semicolons, so each piece starts with the control flow around it
CONTROL_FLOW_DIALECTS = frozenset({"tsql", "fabric"})
_STATEMENT_STARTS = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "CREATE", "ALTER", "DROP",
                               "EXEC", "EXECUTE", "TRUNCATE", "DECLARE", "SET", "PRINT", "RETURN", "THROW", "RAISERROR",
                               "GRANT", "REVOKE", "DENY", "BULK", "IF", "WHILE", "BEGIN", "END", "ELSE"})


def after_control_flow(chunk: list[Token], dialect: str) -> list[Token]:
    """A T-SQL statement's tokens without the control flow in front of it: `IF <condition>`, `WHILE <condition>`,
    `BEGIN`, `END`, `ELSE`, `BEGIN TRY`, `END CATCH` ... (a `BEGIN TRANSACTION` is a statement of its own). A
    piece that is only control flow (a closing `END`) is returned as it is."""
    original, position = chunk, 0
    while position < len(chunk):
        word = chunk[position].text.upper()
        if word == "END" and position + 1 < len(chunk) and chunk[position + 1].token_type == TokenType.STRING:
            chunk = chunk[:position + 1] + _retokenized(chunk[position + 1], dialect) + chunk[position + 2:]
        following = chunk[position + 1].text.upper() if position + 1 < len(chunk) else ""
        if word in ("BEGIN", "END") and following in ("TRAN", "TRANSACTION", "DISTRIBUTED"):
            break
        if word in ("BEGIN", "END"):
            position += 2 if following in ("TRY", "CATCH") else 1
        elif word == "ELSE":
            position += 1
        elif word in ("IF", "WHILE"):
            position = _after_condition(chunk, position + 1)
        else:
            break
    return chunk[position:] if position < len(chunk) else original


def _retokenized(glued: Token, dialect: str) -> list[Token]:
    """The tokens of what sqlglot's T-SQL tokenizer keeps as one string after an `END` (`ELSE BEGIN INSERT
    ...`, `TRY BEGIN CATCH ...`), on their own lines (a first line's columns count from its start)."""
    first_line = glued.line - glued.text.count("\n")
    return tokens_of(Dialect.get_or_raise(dialect), "\n" * (first_line - 1) + glued.text)


def _after_condition(chunk: list[Token], position: int) -> int:
    """Where the statement an IF runs starts: the first statement word outside parentheses after the condition."""
    depth = 0
    for index in range(position, len(chunk)):
        depth += (chunk[index].token_type == TokenType.L_PAREN) - (chunk[index].token_type == TokenType.R_PAREN)
        if depth == 0 and index > position and chunk[index].text.upper() in _STATEMENT_STARTS \
                and chunk[index - 1].token_type != TokenType.L_PAREN:
            return index
    return len(chunk)


def _read_body(body: Body, lines_before: int, outer: Statement, suppressions: tuple[Suppression, ...], facts: FileFacts,
               catalog: Catalog, as_of: date, each: Callable[[Statement], None] | None,
               path: tuple[str, ...] = ()) -> None:
    """The SQL statements of a procedural body, judged with the outer statement's purpose, suppressions
    and search path; a body privgate cannot read as SQL is an input problem, never passed over."""
    line = body.line + lines_before
    if body.language not in BODY_LANGUAGES:
        facts.problems.append(InputProblem(outer.path, outer.line, outer.column, f"a LANGUAGE {body.language} body "
                                           "is not analysed: privgate reads SQL and PL/pgSQL bodies only", "unparsable"))
        return
    text = "\n" * (line - 1) + body.text
    try:
        tokens = tokens_of(Dialect.get_or_raise(outer.dialect), text)
    except TokenError:
        facts.problems.append(InputProblem(outer.path, line, 1, "cannot tokenize the SQL of this procedural body",
                                           "unparsable"))
        return
    if body.language == "sql" and not (tokens and tokens[0].text.upper() in ("BEGIN", "DECLARE")):
        chunks = [chunk for chunk, _, _ in _statements(tokens)]
    else:  # PL/pgSQL, a SQL scripting block (BEGIN ... END) as Snowflake's LANGUAGE SQL procedures hold, MySQL's
        chunks, executes = plpgsql_statements(tokens, mysql=body.language == "mysql")
        for execute in executes:
            facts.problems.append(InputProblem(outer.path, execute.line, 1, "dynamic SQL (EXECUTE) in a procedural "
                                               "body is not analysed: privgate cannot know the statement it runs",
                                               "unparsable"))
    for chunk in chunks:
        _read_statement(chunk, [], [], text, outer.path, outer.dialect, outer.purpose, outer.purpose_source, facts,
                        catalog, as_of, each, suppressions, path)
    facts.read_to = max(facts.read_to, outer.end_line)


def split_statements(text: str, dialect: str, relative: str, facts: FileFacts) -> Iterator[tuple[str, list[Token]]]:
    """Each statement's tokens (file line numbers), with the text their offsets index into. A part of
    the file that cannot be tokenized becomes a problem in `facts`; the statements before it are kept."""
    for block, tokens in _token_blocks(text, dialect, relative, facts):
        for chunk, _, _ in _statements(tokens, dialect):
            yield block, chunk


def _token_blocks(text: str, dialect: str, relative: str, facts: FileFacts) -> Iterator[tuple[str, list[Token]]]:
    """The file's tokens in blocks of whole statements (about BLOCK_CHARS of text each), so a huge
    file never holds all its tokens at once, also when it is one long line (a block then ends after
    a semicolon inside the line). Token lines and columns are the file's; offsets are the block's."""
    text = _unified_line_ends(text)
    if len(text) <= BLOCK_CHARS:
        yield text, _tokenize(text, dialect, relative, facts)
        return
    tokenizer = Dialect.get_or_raise(dialect)
    position, lines_before, columns_before, size = 0, 0, 0, BLOCK_CHARS
    while position < len(text):
        end = min(len(text), position + size)
        within_line = False
        if end < len(text):
            newline = text.find("\n", end, end + BLOCK_CHARS)
            within_line = newline == -1  # a very long line: cut it after a semicolon below
            end = end if within_line else newline + 1
        block = text[position:end]
        tokens: list[Token] | None = None
        if end == len(text):
            tokens = _tokenize(block, dialect, relative, facts, lines_before)
        else:
            try:
                tokens = tokens_of(tokenizer, block)
            except TokenError:
                tokens = None  # a string or comment runs past the block: take a bigger one
            last = max((i for i, token in enumerate(tokens or []) if token.token_type == TokenType.SEMICOLON), default=-1)
            if tokens is None or last == -1:
                size *= 2
                continue
            following = tokens[last + 1] if last + 1 < len(tokens) else None
            cut = tokens[last].end + 1
            if not within_line and (following is None or following.line > tokens[last].line):
                newline = block.find("\n", cut)  # a comment after the semicolon stays with its statement
                cut = len(block) if newline == -1 else newline + 1
            tokens = _shifted(tokens[: last + 1], lines_before)
            block = block[:cut]
        _shift_columns(tokens, lines_before + 1, columns_before)
        yield block, tokens
        size = BLOCK_CHARS
        position += len(block)
        newlines = block.count("\n")
        lines_before += newlines
        columns_before = len(block) - block.rfind("\n") - 1 if newlines else columns_before + len(block)


def _shift_columns(tokens: list[Token], first_line: int, columns_before: int) -> None:
    """Tokens on the first line of a block that starts inside a line: columns counted from the line's start."""
    if columns_before:
        for token in tokens:
            if token.line != first_line:
                break
            token.col += columns_before


def _unified_line_ends(text: str) -> str:
    """`text` with CRLF and lone CR line ends as LF. A line ends at LF, CRLF or CR, as in editors and
    on GitHub; sqlglot counts LF only (and CR only inside comments), so a file with lone CRs would be
    reported on the wrong lines. Other separators (\\f, \\v, NEL, U+2028, U+2029) end no line,
    for sqlglot and for privgate alike."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _lines(text: str) -> list[str]:
    """`text` split after each LF, the only line end left by `_unified_line_ends` (str.splitlines would
    also split at \\f, \\v, NEL and U+2028, which sqlglot does not count)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _read_text(path: Path, relative: str, facts: FileFacts, root: Path | None = None) -> str | None:
    from checker.safe_read import (RefusedFile, decode_script, is_inside, read_bytes, script_encoding,  # bounded
                                   symlink_target)

    try:
        if root is not None and os.path.islink(path) and not is_inside(path, root):
            raise RefusedFile(f"not a regular file (a symlink leaving the project{symlink_target(path)}); privgate "
                              "reads only regular files inside the project: name the file it points at instead")
        raw = read_bytes(path, MAX_SQL_BYTES)
    except OSError as error:
        reason = error.strerror or str(error)
        if reason.startswith("file too large"):  # a data dump or a misnamed file
            reason = f"{reason.replace('file too large', 'file too large to read as SQL')[:-1]}, PRIVGATE_MAX_SQL_MB)"
        elif path.is_dir():  # a folder the walk could not list (checker.engine.walk)
            reason = f"cannot list folder: {reason}; its files were not scanned"
        else:
            reason = reason if reason.startswith("not a regular file") else f"cannot read file: {reason}"
        facts.problems.append(InputProblem(relative, 1, 1, reason, "unreadable"))
        return None
    if script_encoding(raw) == "utf-16":  # SQL Server Management Studio's "Unicode": NUL bytes are its text
        try:
            return decode_script(raw)
        except UnicodeDecodeError as error:
            line = raw[:error.start].decode("utf-16", "replace").count("\n") + 1
            facts.problems.append(InputProblem(relative, line, 1, "not UTF-16 text, though it starts with "
                                               "UTF-16's byte-order mark", "unreadable"))
            return None
    nul = raw.find(b"\x00")
    if nul != -1:  # anywhere in the file: a NUL after the first bytes must not hide the statements before it
        line = raw.count(b"\n", 0, nul) + 1
        facts.problems.append(InputProblem(relative, line, 1, "binary file, not SQL text (a NUL byte on this line)",
                                           "unreadable"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        facts.problems.append(
            InputProblem(relative, line, 1, f"not UTF-8 text (invalid byte 0x{raw[error.start]:02x})", "unreadable"))
        return None


def _tokenize(text: str, dialect: str, relative: str, facts: FileFacts, lines_before: int = 0) -> list[Token]:
    """All tokens; on a tokenizer error, the tokens before the broken line and one problem.
    `lines_before`: lines of the file before `text` (a block of a huge file)."""
    tokenizer = Dialect.get_or_raise(dialect)
    try:
        return _shifted(tokens_of(tokenizer, text), lines_before)
    except TokenError:
        pass
    lines = _lines(text)
    good, bad = 0, len(lines)  # the longest prefix of lines that tokenizes
    while bad - good > 1:
        middle = (good + bad) // 2
        try:
            tokenizer.tokenize("".join(lines[:middle]))
            good = middle
        except TokenError:
            bad = middle
    facts.problems.append(InputProblem(relative, bad + lines_before, 1, _token_error_message(lines[bad - 1]), "unparsable"))
    try:
        tokens = tokens_of(tokenizer, "".join(lines[:good]))
    except TokenError:
        return []
    # keep only complete statements before the broken one
    last_end = max((i for i, token in enumerate(tokens) if token.token_type == TokenType.SEMICOLON), default=-1)
    return _shifted(tokens[: last_end + 1], lines_before)


def tokens_of(tokenizer: Dialect, text: str) -> list[Token]:
    """The text's tokens, each at the line and column of its last character, as sqlglot places them.
    sqlglot's PostgreSQL tokenizer reads `$1` (a parameter) as the start of a dollar-quoted string,
    looks for its closing tag and, finding none, steps back without uncounting the lines it crossed:
    every later token would sit lines too low (a finding, suppression or problem past the file's end)."""
    tokens = tokenizer.tokenize(text)
    if tokens and tokens[-1].line != text.count("\n", 0, tokens[-1].end) + 1:  # lines only ever drift down
        _place_from_offsets(tokens, text)
    return tokens


def _place_from_offsets(tokens: list[Token], text: str) -> None:
    """Each token's line and column recomputed from the offset of its last character in `text`."""
    line, line_start, position = 1, 0, 0
    for token in tokens:
        newlines = text.count("\n", position, token.end)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", position, token.end) + 1
        position = token.end
        token.line, token.col = line, token.end - line_start + 1


def _shifted(tokens: list[Token], lines_before: int) -> list[Token]:
    if lines_before:
        for token in tokens:
            token.line += lines_before
    return tokens


def _token_error_message(line: str) -> str:
    quotes = [char for char in ("'", '"', "`", "$$") if line.count(char) % 2]
    if quotes:
        return f"cannot tokenize SQL: unterminated {quotes[0]} quoted string or identifier starts here"
    return "cannot tokenize SQL: unterminated string, identifier or comment starts here"


def _statements(tokens: list[Token], dialect: str = "") -> list[tuple[list[Token], list[Token], list[Token]]]:
    """Token runs between semicolons, each with the semicolons before it (their comments may set the
    next statement's purpose) and its own closing semicolon (a trailing `ignore` comment there
    belongs to it). In T-SQL a run may hold several statements (`batch_statements`)."""
    chunks: list[tuple[list[Token], list[Token], list[Token]]] = []
    current: list[Token] = []
    leading: list[Token] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if current:
                chunks.append((current, leading, [token]))
                current, leading = [], []
            leading.append(token)
        else:
            current.append(token)
    if current:
        chunks.append((current, leading, []))
    if dialect not in CONTROL_FLOW_DIALECTS:
        return chunks
    return [(piece, leading if at == 0 else [], closing if at == len(pieces) - 1 else [])
            for chunk, leading, closing in chunks for pieces in [batch_statements(chunk)]
            for at, piece in enumerate(pieces)]


def _normalized(tokens: list[Token]) -> str:
    """The statement without layout, comments or keyword case: equal after reformatting, different
    after any change of meaning (string literals and quoted identifiers keep their case)."""
    verbatim = (TokenType.STRING, TokenType.NATIONAL_STRING, TokenType.IDENTIFIER)
    return " ".join(token.text if token.token_type in verbatim else token.text.lower() for token in tokens)


def _comments(tokens: list[Token]) -> list[str]:
    return [comment for token in tokens for comment in token.comments]


def _describe(chunk: list[Token], text: str, statement: Statement, catalog: Catalog, as_of: date,
              path: tuple[str, ...] = ()) -> InputProblem | None:
    depth = deepest = 0
    for token in chunk:
        depth += token.token_type == TokenType.L_PAREN
        depth -= token.token_type == TokenType.R_PAREN
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        return InputProblem(statement.path, statement.line, statement.column,
                            f"statement nested {deepest} levels deep (limit {MAX_NESTING})", "unparsable")
    outfile = file_export(chunk, statement.dialect)
    try:
        parsed = Dialect.get_or_raise(statement.dialect).parser().parse(
            parseable(outfile.tokens if outfile else chunk), text)
    except ParseError as error:
        rowless = rowless_statement(chunk) or ("copy" if loads_a_file(chunk, statement.dialect) else None)
        if rowless is not None:
            statement.kind = rowless
            return None
        from checker.readers.parse_errors import JINJA_OUTSIDE_DBT, jinja_at, plain_parse_error  # failures only

        jinja = jinja_at(chunk)
        if jinja is not None:
            return InputProblem(statement.path, jinja.line, max(jinja.col - len(jinja.text) + 1, 1),
                                f"cannot parse SQL: {JINJA_OUTSIDE_DBT}", "unparsable")
        detail = error.errors[0] if error.errors else {}
        line = detail.get("line") or statement.line
        column = detail.get("col") or statement.column
        description = plain_parse_error(detail.get("description") or str(error).splitlines()[0])
        return InputProblem(statement.path, line, column, f"cannot parse SQL: {description}", "unparsable")
    except (SqlglotError, RecursionError) as error:
        return InputProblem(statement.path, statement.line, statement.column,
                            f"cannot parse SQL: {str(error).splitlines()[0] if str(error) else type(error).__name__}",
                            "unparsable")
    except Exception as error:  # noqa: BLE001 - sqlglot's own bugs (found by fuzzing) must not end the scan
        return InputProblem(statement.path, statement.line, statement.column,
                            f"cannot parse SQL: the parser failed ({type(error).__name__}: {str(error)[:120]})",
                            "unparsable")
    node = next((item for item in parsed if item is not None), None)
    if node is None:
        return None
    if isinstance(node, NO_STATEMENT) and chunk[0].text.upper() not in STATEMENT_VERBS:
        first = chunk[0]
        return InputProblem(statement.path, first.line, max(first.col - len(first.text) + 1, 1),
                            f"cannot parse SQL: no statement starts with {first.text!r} (a misspelt keyword?)",
                            "unparsable")
    if outfile is not None and isinstance(node, exp.Query):
        node = outfile.as_copy(node)
    try:
        qualify_names(node, path, catalog.tables.__contains__)
        describe_statement(node, statement, catalog, as_of)
    except (OptimizeError, SqlglotError, RecursionError) as error:
        message = explained_ambiguity(str(error).splitlines()[0], path or catalog.search_path) if str(error) \
            else type(error).__name__
        return InputProblem(statement.path, statement.line, statement.column,
                            f"cannot resolve the columns of this statement: {message}", "unresolved")
    except Exception as error:  # noqa: BLE001 - an optimizer bug on odd SQL is an input problem, not a crash
        return InputProblem(statement.path, statement.line, statement.column,
                            f"cannot resolve the columns of this statement ({type(error).__name__}: {str(error)[:120]})",
                            "unresolved")
    return None


# What sqlglot returns for a "statement" that is only an expression: `SELEC broken` is the column `selec`
# aliased `broken`, `x` a column, `1` a literal, `a = 1` a comparison. No dialect runs these on their own.
NO_STATEMENT = (exp.Column, exp.Alias, exp.Identifier, exp.Literal, exp.Boolean, exp.Null, exp.Star, exp.Dot,
                exp.Binary, exp.Unary, exp.Tuple)
# Words that open a statement in some dialect or procedural language though sqlglot reads the statement as such
# an expression (`FLUSH LOGS` as the column `flush` aliased `logs`, `RETURN v_count`, `RAISE NOTICE`, `PRINT`):
# PostgreSQL and PL/pgSQL, MySQL's server and stored-program statements, SQL Server's T-SQL, Oracle and
# Snowflake's client commands.
STATEMENT_VERBS = frozenset("""
    ABORT ANALYZE CHECKPOINT CLOSE CLUSTER DEALLOCATE DISCARD DO END FETCH IMPORT LISTEN LOAD LOCK MOVE NOTIFY
    PREPARE REASSIGN REFRESH REINDEX RELEASE RESET SAVEPOINT SECURITY START UNLISTEN VACUUM
    ASSERT CONTINUE EXIT FOR FOREACH GET IF LOOP NULL OPEN PERFORM RAISE RETURN WHILE
    BINLOG CACHE CHANGE CHECK CHECKSUM FLUSH HANDLER HELP INSTALL ITERATE KILL LEAVE OPTIMIZE PURGE RENAME REPAIR
    REPEAT RESIGNAL RESTART SHUTDOWN SIGNAL UNINSTALL UNLOCK XA
    BACKUP BREAK DBCC DENY DISABLE ENABLE GO GOTO PRINT RAISERROR READTEXT RECEIVE RECONFIGURE RESTORE REVERT SEND
    SETUSER THROW UPDATETEXT WAITFOR WRITETEXT
    EXEC PROMPT SPOOL LIST LS PUT REMOVE RM UNDROP UNSET
""".split())


def rowless_statement(chunk: list[Token]) -> str | None:
    """The kind of a statement about no table's rows, in whatever form sqlglot cannot parse: `DROP [IF
    EXISTS] FUNCTION|INDEX|TRIGGER|TYPE ...` (ROWLESS_OBJECTS: a PostgreSQL signature, a list of names),
    `COMMENT ON` anything but a relation or column (`FUNCTION f(uuid[], timestamp with time zone)`,
    `TRIGGER t ON table`, `CONSTRAINT c ON table`), PostgreSQL's `NOTIFY pgrst, 'reload config'` and
    `CLUSTER table USING index` (orders a table's rows on disk: AdventureWorks for Postgres writes one
    after each primary key), MySQL's `DEALLOCATE PREPARE stmt`, and a T-SQL procedure's `THROW 51000, N'message',
    1`, `RETURN 0`, `PRINT '  ' + @eventType` and `RAISERROR(...)` (an error raised, a status code returned, a message to the client: one that
    selects still has its query read), and its call of a stored procedure with named and OUTPUT parameters
    (`EXEC [DataLoadSimulation].[GetRandomCity] @CityID = @myCityID OUTPUT`: the procedure's own statements are
    read where it is created; dynamic SQL, `EXEC (@sql)` or `sp_executesql`, is not such a call)."""
    words = [token.text.upper() for token in chunk[:3]]
    if words and words[0] in ("THROW", "RETURN", "PRINT", "RAISERROR") and not any(
            token.token_type == TokenType.SELECT for token in chunk):
        return words[0].lower()
    if (len(words) > 1 and words[0] in ("EXEC", "EXECUTE")
            and chunk[1].token_type in (TokenType.VAR, TokenType.IDENTIFIER) and not any(token.text.lower() == "sp_executesql" for token in chunk[1:4])):
        return "execute"
    if len(words) > 1 and words[0] == "DROP" and words[1] in ROWLESS_OBJECTS:
        return "drop"
    if len(words) > 2 and words[:2] == ["COMMENT", "ON"] and words[2] not in RELATION_OR_COLUMN:
        return "comment"
    if words and words[0] == "CLUSTER":
        return "cluster"
    if words[:2] == ["DEALLOCATE", "PREPARE"]:
        return "deallocate"  # MySQL's: frees a prepared statement (the EXECUTE of it is reported)
    return "notify" if words and words[0] in ("NOTIFY", "LISTEN", "UNLISTEN") else None


def creates_table(words: list[str]) -> bool:
    """`CREATE [OR REPLACE] [TEMPORARY ...] TABLE`, from a statement's upper-case words."""
    rest = list(itertools.dropwhile(lambda word: word in CREATE_MODIFIERS, words[1:]))
    return bool(words) and words[0] == "CREATE" and bool(rest) and rest[0] == "TABLE"


def parseable(chunk: list[Token]) -> list[Token]:
    """A statement's tokens without the PostgreSQL clauses sqlglot cannot parse that change no
    column: a CREATE TABLE's NOT NULL table constraints, a materialized view's `WITH [NO] DATA`, the
    ONLY of pg_dump's `CREATE INDEX ... ON ONLY parent` (the partitioned table itself, not its parts);
    and MySQL's deprecated UNSIGNED after a FLOAT or REAL type, which sqlglot refuses; a temporary
    table's `ON COMMIT DROP` (PostgreSQL), which says when its rows go, not what they are, and the
    LOCAL of `CREATE LOCAL TEMP TABLE` (the SQL standard's spelling of TEMP); SQL Server's ROWGUIDCOL,
    which marks the column that is the row's GUID (sqlglot 30 refuses it), a column's UNIQUE written
    before a named constraint, and how SQL Server stores a key (`_without_index_storage`). String constants continued
    on the next line are one string, as the SQL standard and PostgreSQL read them; a function named `is`
    (pgTAP's `SELECT is(have, want, description)`) is a function, not the keyword. PostgreSQL 18's
    virtual generated columns, temporal keys and updates, and psql's interpolated variables:
    checker.readers.postgres_tokens; Oracle's constraint states and partition lists: checker.readers.oracle_tokens;
    H2's spellings: checker.readers.h2_tokens; SQLite's numbered parameters, conflict clauses and full-text
    tables: checker.readers.sqlite_tokens; MariaDB's system versioning: checker.readers.mariadb_tokens; SQL
    Server's compound assignments, UNIQUE column order and data masks: checker.readers.tsql_tokens."""
    chunk = without_oracle_table_clauses(without_psql_interpolation(without_postgres_18_clauses(chunk)))
    chunk = without_system_versioning(without_sqlite_spellings(chunk))
    chunk = without_key_order_and_masks(with_compound_assignments_expanded(without_h2_spellings(chunk)))
    chunk = _without_fill_clause(without_not_null_constraints(_joined_strings(chunk)))
    chunk = _without_local_temporary(_without_on_commit(_without_float_unsigned(_without_index_only(chunk))))
    return _keyword_functions(_without_index_storage(_without_unique_before_constraint(_without_rowguidcol(chunk))))


def _joined_strings(chunk: list[Token]) -> list[Token]:
    """The tokens with each run of string constants separated only by line breaks (`COMMENT ON COLUMN
    c IS 'The author''s e-mail '` then `'address.'` on the next line) joined into one string token."""
    if not any(_continues(previous, token) for previous, token in zip(chunk, chunk[1:])):
        return chunk
    joined = [chunk[0]]
    for token in chunk[1:]:
        previous = joined[-1]
        if _continues(previous, token):
            joined[-1] = Token(TokenType.STRING, previous.text + token.text, token.line, token.col, previous.start,
                               token.end, previous.comments + token.comments)
        else:
            joined.append(token)
    return joined


def _continues(previous: Token, token: Token) -> bool:
    """Whether `token` is a string constant continuing the one before it on a later line."""
    return previous.token_type == token.token_type == TokenType.STRING and token.line > previous.line


def _without_on_commit(chunk: list[Token]) -> list[Token]:
    """A CREATE TEMP TABLE's tokens without `ON COMMIT DROP | DELETE ROWS | PRESERVE ROWS`, which sqlglot
    30 parses for none of them with an AS SELECT and not DROP with a column list."""
    if not chunk or chunk[0].text.upper() != "CREATE":
        return chunk
    words = [token.text.upper() for token in chunk]
    for index in range(1, len(words) - 2):
        if words[index:index + 2] == ["ON", "COMMIT"]:
            end = index + (3 if words[index + 2] == "DROP" else 4)
            if words[index + 2] in ("DROP", "DELETE", "PRESERVE"):
                return chunk[:index] + chunk[end:]
    return chunk


def _keyword_functions(chunk: list[Token]) -> list[Token]:
    """The tokens with IS called as a function (`is(`, where an expression starts: after SELECT, a comma or an
    opening parenthesis) read as a name: no SQL writes the keyword IS there, and pgTAP's tests call `is()`."""
    calls = [index for index in range(1, len(chunk) - 1) if chunk[index].token_type == TokenType.IS
             and chunk[index + 1].token_type == TokenType.L_PAREN
             and chunk[index - 1].token_type in (TokenType.SELECT, TokenType.COMMA, TokenType.L_PAREN)]
    if not calls:
        return chunk
    chunk = list(chunk)
    for index in calls:
        token = chunk[index]
        chunk[index] = Token(TokenType.VAR, token.text, token.line, token.col, token.start, token.end, token.comments)
    return chunk


def _without_local_temporary(chunk: list[Token]) -> list[Token]:
    """`CREATE LOCAL TEMP[ORARY] TABLE` as `CREATE TEMP[ORARY] TABLE`, its meaning in PostgreSQL and the SQL
    standard, which sqlglot 30 keeps as an opaque command."""
    words = [token.text.upper() for token in chunk[:3]]
    return [chunk[0], *chunk[2:]] if words[:2] == ["CREATE", "LOCAL"] and words[2:] in (["TEMP"], ["TEMPORARY"]) else chunk


def _without_float_unsigned(chunk: list[Token]) -> list[Token]:
    """`lat FLOAT(10,6) UNSIGNED` without the UNSIGNED: MySQL accepts it on floating-point types
    (deprecated since 8.0.17) but sqlglot 30 cannot convert FLOAT to an unsigned type, so the whole
    CREATE TABLE would be lost for a range constraint that says nothing about what the column holds."""
    dropped: set[int] = set()
    for index, token in enumerate(chunk):
        if token.token_type != TokenType.FLOAT:
            continue
        after = index + 1
        if after < len(chunk) and chunk[after].token_type == TokenType.L_PAREN:  # FLOAT(10,6)
            after = next((close + 1 for close in range(after, len(chunk)) if chunk[close].token_type == TokenType.R_PAREN),
                         len(chunk))
        if after < len(chunk) and chunk[after].text.upper() == "UNSIGNED":
            dropped.add(after)
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _without_rowguidcol(chunk: list[Token]) -> list[Token]:
    """A CREATE or ALTER TABLE's tokens without SQL Server's ROWGUIDCOL column property (`rowguid
    uniqueidentifier ROWGUIDCOL NOT NULL`, as AdventureWorks writes it): it names the table's row GUID
    for replication, not what the column holds, and sqlglot 30 refuses the whole statement for it."""
    if not chunk or chunk[0].text.upper() not in ("CREATE", "ALTER"):
        return chunk
    dropped = {index for index in range(1, len(chunk)) if chunk[index].token_type == TokenType.VAR
               and chunk[index].text.upper() == "ROWGUIDCOL"
               and chunk[index - 1].token_type not in (TokenType.COMMA, TokenType.L_PAREN)}  # not a column's name
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _without_unique_before_constraint(chunk: list[Token]) -> list[Token]:
    """A CREATE or ALTER TABLE's tokens without a column's `UNIQUE [CLUSTERED | NONCLUSTERED]` written just
    before a named constraint (`rowguid uniqueidentifier NOT NULL UNIQUE CONSTRAINT [DF_Document_rowguid]
    DEFAULT (NEWID())`, AdventureWorks' Production.Document): SQL Server and MySQL accept it, sqlglot 30
    reads the CONSTRAINT as UNIQUE's index name and refuses the whole statement. That a column's values
    are unique says nothing of what it holds, and the catalog keeps no keys."""
    if not chunk or chunk[0].text.upper() not in ("CREATE", "ALTER"):
        return chunk
    dropped: set[int] = set()
    for index, token in enumerate(chunk):
        if token.token_type != TokenType.UNIQUE:
            continue
        after = index + 1
        if after < len(chunk) and chunk[after].text.upper() in ("CLUSTERED", "NONCLUSTERED"):
            after += 1
        named = after < len(chunk) and chunk[after].token_type != TokenType.IDENTIFIER  # not a quoted name
        if named and chunk[after].text.upper() == "CONSTRAINT":
            dropped.update(range(index, after))
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _without_index_storage(chunk: list[Token]) -> list[Token]:
    """A CREATE or ALTER TABLE's tokens without how SQL Server stores a key, which sqlglot 30 refuses and
    which says nothing of what the table holds: CLUSTERED or NONCLUSTERED right after PRIMARY KEY or UNIQUE
    (`PRIMARY KEY CLUSTERED (id)`), a memory-optimized table's HASH after it and the hash index's
    `WITH (BUCKET_COUNT = n)` (`PRIMARY KEY NONCLUSTERED HASH (CartID) WITH (BUCKET_COUNT = 1024)`)."""
    if not chunk or chunk[0].text.upper() not in ("CREATE", "ALTER"):
        return chunk
    words = [token.text.upper() if token.token_type != TokenType.IDENTIFIER else "" for token in chunk]
    dropped: set[int] = set()
    for index, word in enumerate(words):
        if word in ("CLUSTERED", "NONCLUSTERED"):
            if words[index - 1] in ("UNIQUE", "PRIMARY KEY"):  # (one token)
                dropped.add(index)
            if index + 1 < len(words) and words[index + 1] == "HASH":
                dropped.add(index + 1)
        elif words[index:index + 4] == ["WITH", "(", "BUCKET_COUNT", "="] and words[index + 5:index + 6] == [")"]:
            dropped.update(range(index, index + 6))
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _without_index_only(chunk: list[Token]) -> list[Token]:
    if not chunk or chunk[0].text.upper() != "CREATE" or "INDEX" not in [token.text.upper() for token in chunk[1:4]]:
        return chunk
    only = next((index for index in range(2, len(chunk)) if chunk[index].text.upper() == "ONLY"
                 and chunk[index - 1].token_type == TokenType.ON), None)
    return chunk if only is None else chunk[:only] + chunk[only + 1:]


def _without_fill_clause(chunk: list[Token]) -> list[Token]:
    """`CREATE MATERIALIZED VIEW v AS SELECT ... WITH [NO] DATA` (pg_dump writes it) without the
    clause, which says whether the view is filled now, not what it holds."""
    words = [token.text.upper() for token in chunk[-3:]]
    if words[-2:] != ["WITH", "DATA"] and words != ["WITH", "NO", "DATA"]:
        return chunk
    if [token.text.upper() for token in chunk[:6]].count("MATERIALIZED") != 1 or chunk[0].text.upper() != "CREATE":
        return chunk
    return chunk[:-2] if words[-2:] == ["WITH", "DATA"] else chunk[:-3]


def without_not_null_constraints(chunk: list[Token]) -> list[Token]:
    """A CREATE TABLE's tokens without its PostgreSQL 18 table constraints `[CONSTRAINT name] NOT NULL
    col [NO INHERIT]` (pg_dump 18 writes one per NOT NULL column), which sqlglot cannot parse: they
    constrain a column the list defines and define none. Any other statement is returned as it is."""
    if not creates_table([token.text.upper() for token in chunk[:12]]):
        return chunk
    opened = next((index for index, token in enumerate(chunk) if token.token_type == TokenType.L_PAREN), None)
    if opened is None:
        return chunk
    elements: list[tuple[int, int]] = []  # (first, past-last) token index of each element of the column list
    depth, start = 0, opened + 1
    for index in range(opened, len(chunk)):
        kind = chunk[index].token_type
        depth += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
        if depth == 1 and kind == TokenType.COMMA or depth == 0:
            elements.append((start, index))
            start = index + 1
        if depth == 0:
            break
    kept = [(first, end) for first, end in elements if not _not_null_constraint([t.text.upper() for t in chunk[first:end]])]
    if len(kept) in (0, len(elements)) or depth:
        return chunk
    comma = chunk[elements[0][1]]  # after the first element: there are two at least
    tokens = chunk[:opened + 1]
    for number, (first, end) in enumerate(kept):
        tokens += chunk[first:end] + ([comma] if number < len(kept) - 1 else [])
    return tokens + chunk[elements[-1][1]:]


def _not_null_constraint(words: list[str]) -> bool:
    """`[CONSTRAINT name] NOT NULL col [NO INHERIT]`: a table element that only says a column is set."""
    if words[:1] == ["CONSTRAINT"]:
        words = words[2:]
    return words[:2] == ["NOT", "NULL"] and len(words) in (3, 5) and words[3:] in ([], ["NO", "INHERIT"])


def _first_line(text: str, first: Token) -> str:
    start = getattr(first, "start", None)
    if start is None:
        return first.text
    end = text.find("\n", start)
    return text[start: end if end != -1 else len(text)].strip()[:200]


