"""What a repository's SQL files are, from bounded token samples: schema definitions (DDL) or
queries, and which dialect they are written in.

Both answers come from sqlglot's generic tokenizer over at most SAMPLE_CHARS of a file, so a
multi-megabyte schema dump or a file of data rows costs no more than a small one. Comments and
string contents are tokens of their own and never count as signals.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, TokenType

from checker.safe_read import open_regular, script_encoding

SAMPLE_CHARS = 256_000
_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)
_HASH_COMMENT = re.compile(r"^[ \t]*#(?!})[^\n]*", re.MULTILINE)  # not the `#}` that closes a Jinja comment
_STRINGS = re.compile(r"'(?:[^']|'')*'")
_TEMPLATE_IN_STRING = re.compile(r"\{\{-?\s|\{%-?\s")  # `{{ var(...) }}`, `{%- if ... %}`
# Jinja comments, statements and expressions: Jinja, not SQL, so they cast no dialect vote (a dbt
# macro's notes, or a verbose regex in its `{% set %}`, may have lines that start with `#`)
_JINJA = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
HASH_COMMENTS = ("`#` comment lines", "mysql")  # a line that starts with `#` is a comment in MySQL only
# SQL*Plus's remark and prompt lines (`rem Copyright (c) 2001, 2015, Oracle ...`, `Prompt Creating TIMES table`,
# Oracle's sample schemas): Oracle's client's own lines, with no `;`, whose English ("the USE OR OTHER
# DEALINGS") must not vote and which must not swallow the statement after them
_SQLPLUS_TEXT = re.compile(r"^(?:REM(?:ARK)?|PRO(?:MPT)?)(?:[ \t][^\n]*)?$", re.MULTILINE | re.IGNORECASE)
SQLPLUS_LINES = ("SQL*Plus `REM` and `PROMPT` lines", "oracle")
# psql's meta-commands (`\c chinook;`, `\connect`, `\set ON_ERROR_STOP on`, `\i file.sql`, `\copy`): PostgreSQL's client's
# own lines (Chinook's PostgreSQL script has no other mark of its dialect)
_PSQL_META = re.compile(r"^[ \t]*\\(?:c|connect|set|unset|i|ir|include|copy|echo|encoding|pset|timing|gset)\b[^\n]*",
                        re.MULTILINE)
PSQL_LINES = ("psql meta-command lines", "postgres")

# Statements that define the schema, by their first word; everything else that reads or writes rows
# (SELECT, WITH, INSERT, UPDATE, DELETE, MERGE, COPY ...) is a query.
SCHEMA_WORDS = frozenset({"CREATE", "ALTER", "DROP", "COMMENT", "SET", "GRANT", "REVOKE", "RENAME", "TRUNCATE",
                          "USE", "BEGIN", "COMMIT", "START", "END"})
QUERY_WORDS = frozenset({"SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "UNLOAD", "EXPORT",
                         "CALL", "EXECUTE", "VALUES", "REPLACE", "UPSERT"})
# SQL Server's stored procedures that set a table's or column's description (MS_Description): schema statements
# to init's sniff, column descriptions to the DDL replay (readers/ddl.py)
EXTENDED_PROPERTIES = frozenset({"SP_ADDEXTENDEDPROPERTY", "SP_UPDATEEXTENDEDPROPERTY"})
CREATE_MODIFIERS = frozenset({"OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "EXTERNAL",
                              "TRANSIENT", "VOLATILE", "MULTISET", "SET", "ICEBERG", "DYNAMIC", "HYBRID"})
NAME_TOKENS = frozenset({TokenType.VAR, TokenType.IDENTIFIER, TokenType.DOT, TokenType.UNKNOWN,
                         TokenType.L_BRACKET, TokenType.R_BRACKET})  # `[dbo].[Kunde]` too

# Dialect signals: the upper-cased text of a keyword or word -> the dialects that write it. A signal
# shared by several dialects votes for each of them, so the specific ones decide between them.
WORD_SIGNALS: dict[str, tuple[str, ...]] = {
    # PostgreSQL
    **dict.fromkeys(("SERIAL", "BIGSERIAL", "SMALLSERIAL", "JSONB", "INET", "CIDR", "MACADDR", "TIMESTAMPTZ",
                     "BYTEA", "TSVECTOR", "NEXTVAL", "PLPGSQL", "REGCLASS", "CONFLICT"),
                    ("postgres",)),
    **dict.fromkeys(("RETURNING", "GENERATE_SERIES"), ("postgres", "duckdb")),
    "ILIKE": ("postgres", "duckdb", "redshift"),
    "PG_CATALOG": ("postgres", "redshift"),  # Redshift keeps PostgreSQL's catalog
    # Snowflake
    **dict.fromkeys(("VARIANT", "FLATTEN", "IFF", "OBJECT_CONSTRUCT", "ARRAY_CONSTRUCT", "TIMESTAMP_NTZ",
                     "TIMESTAMP_LTZ", "TIMESTAMP_TZ", "TRANSIENT", "PARSE_JSON",
                     "TRY_TO_NUMBER", "TRY_TO_DATE", "TRY_TO_TIMESTAMP", "ZEROIFNULL", "DATA_RETENTION_TIME_IN_DAYS"),
                    ("snowflake",)),
    "QUALIFY": ("snowflake", "bigquery", "duckdb", "databricks"),
    # BigQuery
    **dict.fromkeys(("STRUCT", "INT64", "FLOAT64", "BIGNUMERIC", "SAFE_CAST", "SAFE_DIVIDE", "_PARTITIONTIME",
                     "_PARTITIONDATE", "_TABLE_SUFFIX", "TIMESTAMP_SUB", "TIMESTAMP_ADD", "FORMAT_DATE",
                     "PARSE_DATE", "GENERATE_DATE_ARRAY", "PARTITION_EXPIRATION_DAYS"), ("bigquery",)),
    # Redshift
    **dict.fromkeys(("DISTKEY", "SORTKEY", "DISTSTYLE", "IAM_ROLE", "GETDATE", "UNLOAD", "PG_TABLE_DEF"),
                    ("redshift",)),
    # MySQL
    **dict.fromkeys(("AUTO_INCREMENT", "UNSIGNED", "TINYINT", "MEDIUMTEXT", "LONGTEXT", "CHARSET",
                     "INNODB"), ("mysql",)),
    # SQL Server
    **dict.fromkeys(("NVARCHAR", "DATETIME2", "UNIQUEIDENTIFIER", "NOLOCK", "CLUSTERED", "NONCLUSTERED", "RAISERROR",
                     "NEWID", "IDENTITY_INSERT"), ("tsql",)),
    # Oracle
    **dict.fromkeys(("VARCHAR2", "NVARCHAR2", "SYSDATE", "SYSTIMESTAMP", "ROWNUM", "NVL", "NOCOPY"), ("oracle",)),
    "USE": ("mysql", "tsql", "snowflake", "databricks"),  # `USE shop;` (BigQuery and PostgreSQL have none)
    # Databricks / Spark
    **dict.fromkeys(("TBLPROPERTIES", "ZORDER"), ("databricks",)),
    # ClickHouse
    **dict.fromkeys(("LOWCARDINALITY", "DATETIME64", "NULLABLE", "UINT8", "UINT16", "UINT32", "UINT64", "TOYYYYMM",
                     "TOSTARTOFHOUR", "TOSTARTOFDAY"), ("clickhouse",)),
}
# integer types written with a display width, `int(11)` (MySQL's dumps and installers), in no other dialect
DISPLAY_WIDTH_TYPES = frozenset({"INT", "INTEGER", "TINYINT", "SMALLINT", "MEDIUMINT", "BIGINT"})
# Redshift's system tables and views (STL_QUERY, SVV_TABLE_INFO ...): an admin or monitoring query names them
REDSHIFT_SYSTEM = re.compile(r"(?:STL|STV|SVL|SVV|SVCS|STCS)_[A-Z0-9_]+", re.IGNORECASE)
MERGE_TREE = "MERGETREE"  # ClickHouse's table engines: MergeTree, ReplacingMergeTree, SharedReplacingMergeTree ...
# Punctuation signals, by what they look like in the generic tokenizer's output.
CAST = ("postgres", "snowflake", "redshift", "duckdb")  # `::`
DOLLAR_QUOTE = ("postgres", "snowflake", "redshift")  # `$$ ... $$` bodies
BACKTICK = ("bigquery", "mysql", "databricks", "clickhouse")  # `identifier`
STAGE = ("snowflake",)  # `@stage`
BRACKETED = ("tsql",)  # `[identifier]`
# where a name stands, so `[name]` there is a bracketed identifier, not an array subscript (`ids[1]`)
_BEFORE_NAMES = frozenset({TokenType.TABLE, TokenType.L_PAREN, TokenType.COMMA, TokenType.DOT, TokenType.FROM,
                           TokenType.JOIN, TokenType.INTO, TokenType.ON, TokenType.SELECT, TokenType.UPDATE,
                           TokenType.REFERENCES, TokenType.INDEX, TokenType.USE, TokenType.SCHEMA,
                           TokenType.DATABASE})
# the words before a server principal's name: `CREATE LOGIN [app]`, `ALTER ROLE [db_owner] ADD MEMBER [app]`
_BEFORE_PRINCIPALS = frozenset({"LOGIN", "ROLE", "USER", "MEMBER"})
# When votes tie, the first of these wins (postgres also when nothing votes at all).
PREFERENCE = ("postgres", "snowflake", "bigquery", "redshift", "mysql", "duckdb", "databricks", "tsql", "oracle",
              "clickhouse")


@dataclass
class FileKind:
    """A bounded look at one SQL file."""

    table_statements: int = 0  # CREATE TABLE with a column list, ALTER TABLE
    table_drops: int = 0  # DROP TABLE: a migration that only drops one changes the schema too
    view_statements: int = 0  # CREATE [MATERIALIZED] VIEW: a migration that only makes views defines relations
    schema_statements: int = 0  # every statement that defines the schema (the above included)
    query_statements: int = 0
    signals: Counter[tuple[str, str]] = field(default_factory=Counter)  # (signal, dialect) -> votes

    @property
    def is_ddl(self) -> bool:
        """Defines tables and is mostly schema statements."""
        return self.table_statements > 0 and self.schema_statements >= self.query_statements

    @property
    def changes_tables(self) -> bool:
        """Changes the tables or views of a schema (in a migrations folder: one of its steps)."""
        views = self.view_statements > 0 and self.schema_statements >= self.query_statements
        return self.table_statements > 0 or self.table_drops > 0 or views


def read_sample(path: Path) -> str | None:
    """The first SAMPLE_CHARS of a file, cut at a line end; None if it is not readable text."""
    try:
        with open_regular(path, None) as stream:
            encoding = script_encoding(stream.read(2))  # UTF-8, or UTF-16 with its byte-order mark
            stream.seek(0)
            text = io.TextIOWrapper(stream, encoding=encoding).read(SAMPLE_CHARS + 1)
    except (OSError, UnicodeDecodeError):
        return None
    if len(text) > SAMPLE_CHARS:
        text = text[: text.rfind("\n", 0, SAMPLE_CHARS) + 1]
    return text


def look_at(path: Path) -> FileKind | None:
    """What the start of a SQL file holds; None for a file that is not SQL text (or a template)."""
    text = read_sample(path)
    if text is None:
        return None
    text, comment_votes = _without_comment_lines(text)  # a phpBB or mysqldump header, SQL*Plus remarks and prompts
    if is_template(_COMMENTS.sub("", text)):
        return None  # a dbt model or macro: queries, never a schema (braces in a comment do not count)
    tokens = _tokens(text)
    if tokens is None:
        return None
    kind = FileKind()
    for statement in _statements(tokens):
        _count_statement(statement, kind)
    kind.signals = _votes(tokens, comment_votes)
    return kind


def is_template(code: str) -> bool:
    """Whether SQL text (comments taken out) is a Jinja template: a tag outside string constants, or one
    written as templates write it (`'{{ var("since") }}'`) inside one. PostgreSQL's array constants
    (`'{{act,http://...}}'`, AdventureWorks' xpath namespaces) are no template."""
    outside = _STRINGS.sub("''", code)
    return "{{" in outside or "{%" in outside or _TEMPLATE_IN_STRING.search(code) is not None


def sample_signals(path: Path) -> Counter[tuple[str, str]]:
    """Dialect votes of one file, templates included (dbt models are SQL in the warehouse's dialect)."""
    text = read_sample(path)
    if not text:
        return Counter()
    text, comment_votes = _without_comment_lines(_JINJA.sub(" ", text))
    return _votes(_tokens(text), comment_votes)


def _without_comment_lines(text: str) -> tuple[str, Counter[tuple[str, str]]]:
    """The text without the comment lines of one client (MySQL's `# ...`, SQL*Plus's `REM ...` and
    `PROMPT ...`) and psql's meta-commands (`\\c db`), and the votes of those lines for that client's dialect."""
    votes: Counter[tuple[str, str]] = Counter()
    for pattern, signal in ((_HASH_COMMENT, HASH_COMMENTS), (_SQLPLUS_TEXT, SQLPLUS_LINES), (_PSQL_META, PSQL_LINES)):
        text, count = pattern.subn("", text)
        if count:
            votes[signal] += count
    return text, votes


def _votes(tokens: list[Token] | None, comment_votes: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """The tokens' dialect signals, and those of the comment lines taken out before."""
    votes = _signals(tokens) if tokens else Counter()
    votes.update(comment_votes)
    return votes


def dialect_totals(votes: Counter[tuple[str, str]]) -> Counter[str]:
    """The votes each dialect has, all its signals together."""
    per_dialect: Counter[str] = Counter()
    for (_, dialect), count in votes.items():
        per_dialect[dialect] += count
    return per_dialect


def winner(votes: Counter[tuple[str, str]]) -> tuple[str, list[tuple[str, int]]] | None:
    """The dialect with most votes (ties by PREFERENCE) and the signals that voted for it, most first."""
    per_dialect = dialect_totals(votes)
    if not per_dialect:
        return None
    best = max(per_dialect.values())
    dialect = min((name for name, count in per_dialect.items() if count == best),
                  key=lambda name: PREFERENCE.index(name) if name in PREFERENCE else len(PREFERENCE))
    signals = sorted(((signal, count) for (signal, voted), count in votes.items() if voted == dialect),
                     key=lambda item: (-item[1], item[0]))
    return dialect, signals


def _tokens(text: str) -> list[Token] | None:
    """Generic tokens of the text; a sample that cannot be tokenized (a string running past the cut,
    rows of data) is retried on its first half, twice."""
    tokenizer = Dialect.get_or_raise("")
    for _ in range(3):
        try:
            return tokenizer.tokenize(text)
        except TokenError:
            text = text[: text.rfind("\n", 0, len(text) // 2) + 1]
            if not text:
                return None
    return None


def _statements(tokens: list[Token]) -> list[list[Token]]:
    """Statements end at `;`, at SQL Server's `GO` batch separator and at SQL*Plus's `/`, each a line of its
    own (SSMS scripts write `CREATE TABLE ... GO` with no semicolon at all)."""
    statements, current = [], []
    for index, token in enumerate(tokens):
        if token.token_type == TokenType.SEMICOLON or _batch_separator(tokens, index) or _sql_plus_run(tokens, index):
            if current:
                statements.append(current)
            current = []
        else:
            current.append(token)
    if current:
        statements.append(current)
    return statements


def _sql_plus_run(tokens: list[Token], index: int) -> bool:
    """SQL*Plus's lone `/`, which runs the statement before it, a line of its own."""
    return tokens[index].token_type == TokenType.SLASH and _alone_on_its_line(tokens, index)


def _batch_separator(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    return (token.text.upper() == "GO" and token.token_type not in (TokenType.STRING, TokenType.IDENTIFIER)
            and _alone_on_its_line(tokens, index))


def _alone_on_its_line(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    return ((index == 0 or tokens[index - 1].line != token.line)
            and (index + 1 == len(tokens) or tokens[index + 1].line != token.line))


def _count_statement(statement: list[Token], kind: FileKind) -> None:
    first = statement[0].text.upper()
    if first in ("INSERT", "REPLACE") and _literal_rows(statement):
        return  # seed rows shipped with a schema (a sys_user row per INSERT): data, not a pipeline query
    if _loads_or_counts(statement):
        return  # a create-and-load script's `COPY t FROM 's3://...'` and `SELECT count(*) FROM t` check: no query
    if _describes_objects(statement):
        kind.schema_statements += 1
        return
    if first in QUERY_WORDS:
        kind.query_statements += 1
        return
    if first not in SCHEMA_WORDS:
        return  # psql meta-commands, procedural blocks: neither
    if first == "CREATE":
        defines = _creates_table_with_columns(statement)
        if defines is None:  # CREATE TABLE ... AS SELECT: a pipeline step
            kind.query_statements += 1
            return
        kind.table_statements += defines
        kind.view_statements += _creates_view(statement)
    elif first == "ALTER" and len(statement) > 1 and statement[1].token_type == TokenType.TABLE:
        kind.table_statements += 1
    elif first == "DROP" and len(statement) > 1 and statement[1].token_type == TokenType.TABLE:
        kind.table_drops += 1
    kind.schema_statements += 1


def _loads_or_counts(statement: list[Token]) -> bool:
    """`COPY t [(cols)] FROM ...` (a bulk load into a table, not an export) or `SELECT count(*) FROM t`
    (the row count a load script checks): neither defines the schema nor reads its rows for a purpose."""
    words = [token.text.upper() for token in statement if token.token_type != TokenType.STRING]
    if words[0] == "COPY":
        return "FROM" in words and "TO" not in words and "SELECT" not in words
    return words[:6] == ["SELECT", "COUNT", "(", "*", ")", "FROM"] and len(words) <= 9 and "WHERE" not in words


def _describes_objects(statement: list[Token]) -> bool:
    """SQL Server's `EXEC[UTE] [sys.]sp_addextendedproperty @name = N'MS_Description', ...`: the description
    of a table or column (SSDT projects and SSMS's generated scripts write one after each table), not a query."""
    words = [token.text.upper() for token in statement[:4] if token.token_type != TokenType.DOT]
    procedure = next((word for word in words[1:] if word not in ("SYS", "DBO")), "")
    return words[0] in ("EXEC", "EXECUTE") and procedure in EXTENDED_PROPERTIES


def _literal_rows(statement: list[Token]) -> bool:
    """`INSERT INTO t [(...)] VALUES (...)`: rows written as literals, no query reading any table."""
    words = {token.text.upper() for token in statement if token.token_type not in (TokenType.STRING, TokenType.IDENTIFIER)}
    return "VALUES" in words and "SELECT" not in words


def _creates_table_with_columns(statement: list[Token]) -> bool | None:
    """True for CREATE TABLE name (columns ...) or OF a type, None for CREATE TABLE ... AS, False otherwise."""
    index = 1
    while index < len(statement) and statement[index].text.upper() in CREATE_MODIFIERS:
        index += 1
    if index >= len(statement) or statement[index].token_type != TokenType.TABLE:
        return False
    index += 1
    while index < len(statement) and statement[index].text.upper() in ("IF", "NOT", "EXISTS"):
        index += 1
    while index < len(statement) and (statement[index].token_type in NAME_TOKENS or _qualifies(statement, index)):
        if statement[index].text.upper() == "OF" and index + 1 < len(statement):
            return True  # `CREATE TABLE customers OF customer_typ`: the type's attributes are its columns
        index = _past_backticks(statement, index) + 1
    if index < len(statement) and statement[index].token_type == TokenType.L_PAREN:
        return True
    return None if any(token.token_type == TokenType.ALIAS for token in statement[index:]) else False


def _past_backticks(statement: list[Token], index: int) -> int:
    """The closing backtick of a name the generic tokenizer splits (`%TABLE_PREFIX%ticket`, osTicket's
    placeholder, comes out as `, %, TABLE_PREFIX, %, ticket, `); index itself for any other token."""
    if statement[index].text != "`":
        return index
    closing = next((after for after in range(index + 1, len(statement)) if statement[after].text == "`"), index)
    return closing


def _creates_view(statement: list[Token]) -> bool:
    """CREATE [OR REPLACE] [TEMP] [MATERIALIZED | RECURSIVE | SECURE] VIEW."""
    words = [token.text.upper() for token in statement[1:8]]
    rest = [word for word in words if word not in CREATE_MODIFIERS and word not in ("MATERIALIZED", "RECURSIVE", "SECURE")]
    return bool(rest) and rest[0] == "VIEW"


def _qualifies(statement: list[Token], index: int) -> bool:
    """A keyword that is a part of a dotted name (ClickHouse's `default.events_raw`)."""
    return ((index + 1 < len(statement) and statement[index + 1].token_type == TokenType.DOT)
            or statement[index - 1].token_type == TokenType.DOT)


def _signals(tokens: list[Token]) -> Counter[tuple[str, str]]:
    votes: Counter[tuple[str, str]] = Counter()

    def vote(signal: str, dialects: tuple[str, ...]) -> None:
        for dialect in dialects:
            votes[(signal, dialect)] += 1

    backticks = 0
    for index, token in enumerate(tokens):
        kind, text = token.token_type, token.text
        if kind == TokenType.DCOLON:
            vote("`::` casts", CAST)
        elif kind == TokenType.UNKNOWN and text == "`":
            backticks += 1
            if backticks % 2:
                vote("backtick identifiers", BACKTICK)
        elif kind == TokenType.PARAMETER and text == "@" and index + 1 < len(tokens) \
                and tokens[index + 1].token_type == TokenType.VAR and _after_from_or_into(tokens, index):
            vote("@stage references", STAGE)
        elif kind == TokenType.VAR and text.startswith("$$"):
            vote("`$$` bodies", DOLLAR_QUOTE)
        elif _batch_separator(tokens, index):
            vote("`GO` batch separators", BRACKETED)  # SQL Server's (sqlcmd, SSMS): a line of its own
        elif (kind == TokenType.L_BRACKET and index and (tokens[index - 1].token_type in _BEFORE_NAMES
                                                          or tokens[index - 1].text.upper() in _BEFORE_PRINCIPALS)
              and index + 2 < len(tokens) and tokens[index + 2].token_type == TokenType.R_BRACKET
              and tokens[index + 1].token_type not in (TokenType.NUMBER, TokenType.STRING)):
            vote("[bracketed] identifiers", BRACKETED)
        elif text.upper() == "SYSDATE" and index + 1 < len(tokens) and tokens[index + 1].token_type == TokenType.L_PAREN:
            vote("SYSDATE()", ("mysql",))  # Oracle's SYSDATE takes no parentheses; MySQL's function does
        elif text.upper() in DISPLAY_WIDTH_TYPES and index + 2 < len(tokens) \
                and tokens[index + 1].token_type == TokenType.L_PAREN and tokens[index + 2].token_type == TokenType.NUMBER:
            vote("INT(n) display widths", ("mysql",))  # `int(11)`: MySQL's alone (BigQuery's INT64 takes none)
        elif kind == TokenType.VAR and REDSHIFT_SYSTEM.fullmatch(text):
            vote("Redshift system tables", ("redshift",))
        elif kind not in (TokenType.STRING, TokenType.IDENTIFIER) and text.upper().endswith(MERGE_TREE):
            vote("MergeTree engines", ("clickhouse",))
        elif kind not in (TokenType.STRING, TokenType.IDENTIFIER) and text.upper() in WORD_SIGNALS:
            vote(text.upper(), WORD_SIGNALS[text.upper()])
    return votes


def _after_from_or_into(tokens: list[Token], index: int) -> bool:
    """`@name` where a table or a location goes (FROM @stage, INTO @stage, PUT ... @stage), not a
    SQL Server variable in an expression."""
    previous = tokens[index - 1].token_type if index else None
    return previous in (TokenType.FROM, TokenType.INTO, TokenType.STRING, TokenType.JOIN)
