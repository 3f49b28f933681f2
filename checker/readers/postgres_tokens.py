"""PostgreSQL and psql syntax sqlglot 30 cannot parse, rewritten at the token level to what it says about
tables and columns: PostgreSQL 18's virtual generated columns (`GENERATED ALWAYS AS (expr) VIRTUAL`),
temporal keys (`PRIMARY KEY (id, valid_at WITHOUT OVERLAPS)`, `FOREIGN KEY (id, PERIOD valid_at)
REFERENCES t (id, PERIOD valid_at)`) and temporal updates and deletes (`UPDATE t FOR PORTION OF valid_at
FROM a TO b SET ...`), and psql's interpolated variables (`:'target_month'`, `:"schema"`), which psql
replaces before the server sees the query. Pagila lost its `film` table, a temporal table and three
statements of its monthly-data script to them."""

from __future__ import annotations

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
        opened = next((at for at in range(index + 2, min(index + 4, len(chunk))) if chunk[at].token_type == TokenType.L_PAREN),
                      None)
        depth = 0
        for at in range(opened, len(chunk)) if opened is not None else ():
            depth += (chunk[at].token_type == TokenType.L_PAREN) - (chunk[at].token_type == TokenType.R_PAREN)
            if depth == 0:
                if at + 1 < len(chunk) and chunk[at + 1].text.upper() == "VIRTUAL":
                    dropped.add(at + 1)
                break
    return dropped


def _overlaps_and_periods(chunk: list[Token]) -> set[int]:
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
