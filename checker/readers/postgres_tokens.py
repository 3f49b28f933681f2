"""PostgreSQL and psql syntax sqlglot 30 cannot parse, rewritten at the token level to what it says about
tables and columns: PostgreSQL 18's virtual generated columns (`GENERATED ALWAYS AS (expr) VIRTUAL`),
temporal keys (`PRIMARY KEY (id, valid_at WITHOUT OVERLAPS)`, `FOREIGN KEY (id, PERIOD valid_at)
REFERENCES t (id, PERIOD valid_at)`) and temporal updates and deletes (`UPDATE t FOR PORTION OF valid_at
FROM a TO b SET ...`), and psql's interpolated variables (`:'target_month'`, `:"schema"`), which psql
replaces before the server sees the query. Pagila lost its `film` table, a temporal table and three
statements of its monthly-data script to them."""

from __future__ import annotations

import re

from sqlglot.tokens import Token, TokenType

_NAMES = (TokenType.VAR, TokenType.IDENTIFIER)
_PATH_BEFORE = (TokenType.VAR, TokenType.IDENTIFIER, TokenType.R_BRACKET, TokenType.R_PAREN)  # Snowflake's `src:"key"`


def without_postgres_18_clauses(chunk: list[Token]) -> list[Token]:
    """The tokens without a generated column's VIRTUAL (computed when read rather than stored: the same
    values), `WITHOUT OVERLAPS` in a key's column list, `PERIOD` before a foreign key's last column, and an
    UPDATE's or DELETE's `FOR PORTION OF col FROM a TO b`: the temporal clauses say how periods of the same
    key may not overlap and which part of a row's period a change applies to; none changes what the
    columns hold or which columns a statement reads and writes."""
    if not chunk or chunk[0].text.upper() not in ("CREATE", "ALTER", "UPDATE", "DELETE"):
        return chunk
    if chunk[0].text.upper() in ("CREATE", "ALTER"):
        dropped = _overlaps_and_periods(chunk) | _virtual_generated(chunk)
    else:
        dropped = _portion_of(chunk)
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _virtual_generated(chunk: list[Token]) -> set[int]:
    """The VIRTUAL right after the expression of `GENERATED ALWAYS AS (...)`."""
    dropped: set[int] = set()
    for index in range(len(chunk) - 2):
        if chunk[index].text.upper() != "GENERATED" or chunk[index + 1].text.upper() != "ALWAYS":
            continue
        opened = next((at for at in range(index + 2, min(index + 4, len(chunk)))  # after ALWAYS [AS]
                       if chunk[at].token_type == TokenType.L_PAREN), None)
        depth = 0
        for at in range(opened, len(chunk)) if opened is not None else ():
            depth += (chunk[at].token_type == TokenType.L_PAREN) - (chunk[at].token_type == TokenType.R_PAREN)
            if depth == 0:
                if at + 1 < len(chunk) and chunk[at + 1].text.upper() == "VIRTUAL":
                    dropped.add(at + 1)
                break
    return dropped


def _overlaps_and_periods(chunk: list[Token]) -> set[int]:
    """`WITHOUT OVERLAPS` after a key's last column, and `PERIOD` before a foreign key's (and its REFERENCES')."""
    dropped: set[int] = set()
    in_key_list = False  # inside the column list of a FOREIGN KEY or of its REFERENCES
    for index, token in enumerate(chunk):
        following = chunk[index + 1] if index + 1 < len(chunk) else None
        if token.token_type in (TokenType.FOREIGN_KEY, TokenType.REFERENCES):
            in_key_list = True
        elif token.token_type == TokenType.R_PAREN:
            in_key_list = False
        elif (token.text.upper() == "WITHOUT" and following is not None and following.token_type == TokenType.OVERLAPS
              and chunk[index - 1].token_type in _NAMES):
            dropped.update((index, index + 1))
        elif (in_key_list and token.text.upper() == "PERIOD" and following is not None
              and following.token_type in _NAMES and chunk[index - 1].token_type in (TokenType.COMMA, TokenType.L_PAREN)):
            dropped.add(index)
    return dropped


def _portion_of(chunk: list[Token]) -> set[int]:
    """`FOR PORTION OF col FROM a TO b`, up to the SET, WHERE, USING or RETURNING after it."""
    words = [token.text.upper() for token in chunk]
    start = next((index for index in range(1, len(chunk) - 2)
                  if words[index:index + 3] == ["FOR", "PORTION", "OF"]), None)
    if start is None:
        return set()
    depth, end = 0, len(chunk)
    for index in range(start + 3, len(chunk)):
        kind = chunk[index].token_type
        depth += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
        if depth == 0 and kind in (TokenType.SET, TokenType.WHERE, TokenType.RETURNING, TokenType.SEMICOLON,
                                   TokenType.USING):
            end = index
            break
    return set(range(start, end))


def without_psql_interpolation(chunk: list[Token]) -> list[Token]:
    """The tokens with psql's `:'name'` read as the string literal and `:"name"` as the identifier psql puts
    there (their values come from `psql -v`, which privgate does not see). A colon right after a name or a
    bracket is a path into a semi-structured value (Snowflake's `src:"key"`) and is kept."""
    dropped = {index for index in range(len(chunk) - 1) if chunk[index].token_type == TokenType.COLON
               and chunk[index + 1].token_type in (TokenType.STRING, TokenType.IDENTIFIER)
               and chunk[index + 1].start == chunk[index].end + 1
               and not (index and chunk[index - 1].token_type in _PATH_BEFORE
                        and chunk[index - 1].end + 1 == chunk[index].start)}
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


_PSQL_COPY = re.compile(r"(\s*)\\copy\b(.*?)\s*;?\s*$", re.IGNORECASE)
_CLIENT_STREAMS = {"STDIN": "STDIN", "STDOUT": "STDOUT", "PSTDIN": "STDIN", "PSTDOUT": "STDOUT"}


def psql_copy_as_sql(line: str) -> str | None:
    """psql's `\\copy` line as the COPY statement it runs on the client's side (None for any other line):
    `\\copy Sales.Store FROM 'Store.csv' CSV` loads a file, `\\copy (SELECT ...) TO out.csv` writes one,
    each judged as COPY's load or export is. The file name may be unquoted, as psql allows; `pstdin` and
    `pstdout` are psql's own input and output. Columns are kept (`\\copy` and ` COPY` are as wide)."""
    found = _PSQL_COPY.match(line)
    if found is None:
        return None
    rest = found[2]
    source_end = _source_end(rest)
    direction = re.match(r"\s+(FROM|TO)\s+", rest[source_end:], re.IGNORECASE)
    if source_end < 0 or direction is None:
        return f"{found[1]} COPY{rest};"  # not psql's form: COPY's own parser says what is wrong
    target_start = source_end + direction.end()
    target = re.match(r"'(?:[^']|'')*'|\S+", rest[target_start:])
    word = target[0] if target else ""
    if word.upper() in _CLIENT_STREAMS:
        word = _CLIENT_STREAMS[word.upper()]
    elif word and not word.startswith("'") and word.upper() != "PROGRAM":
        word = "'" + word.replace("'", "''") + "'"
    return f"{found[1]} COPY{rest[:target_start]}{word}{rest[target_start + len(target[0]) if target else target_start:]};"


def _source_end(text: str) -> int:
    """Where `\\copy`'s table (with its column list) or parenthesised query ends, or -1."""
    index, depth, started = 0, 0, False
    while index < len(text):
        char = text[index]
        if char == "'":  # a string constant ('' inside it is a quote)
            index = text.find("'", index + 1)
            while index >= 0 and text[index + 1:index + 2] == "'":
                index = text.find("'", index + 2)
            if index < 0:
                return -1
        elif char == "(":
            depth, started = depth + 1, True
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        elif char.isspace() and depth == 0 and started:
            following = len(text) - len(text[index:].lstrip())
            if not text[following:following + 1] == "(":  # not the table's column list
                return index
            index = following - 1
        elif not char.isspace():
            started = True
        index += 1
    return -1 if depth else index
