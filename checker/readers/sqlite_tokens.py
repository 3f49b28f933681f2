"""SQLite's own spellings that sqlglot 30 cannot parse, rewritten at the token level. A numbered parameter
(`?1`) is a parameter. A constraint's conflict
clause (`email TEXT UNIQUE ON CONFLICT REPLACE`, `NOT NULL ON CONFLICT IGNORE`: what an INSERT that breaks it
does) is left out; it says nothing of what a column holds. A full-text index (`CREATE VIRTUAL TABLE notes_fts
USING fts5(title, body, content=notes)`) is a table whose columns are the text it indexes, searched as any
table's: it is read as `CREATE TABLE notes_fts (title TEXT, body TEXT)`, its options left out, as is an R*Tree
index's (`USING rtree(id, min_x, max_x)`, numbers). Before, each such table was an INP001 and missing from the
catalog; a virtual table of another module (a CSV file, a vector index) still is, as its columns are the
module's to say."""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

_RESOLUTIONS = frozenset({"ROLLBACK", "ABORT", "FAIL", "IGNORE", "REPLACE"})
# the modules whose arguments are the table's column names (and options written `key=value`)
_TEXT_INDEXES = frozenset({"FTS3", "FTS4", "FTS5"})
_SPATIAL_INDEXES = frozenset({"RTREE", "RTREE_I32"})
_COLUMN_OPTIONS = frozenset({"UNINDEXED", "NOTINDEXED"})  # fts5's `body UNINDEXED`: stored, not indexed


def without_sqlite_spellings(chunk: list[Token]) -> list[Token]:
    """Numbered parameters as plain ones; a CREATE TABLE's tokens without conflict clauses; a full-text or
    R*Tree virtual table as a table."""
    chunk = _plain_parameters(chunk)
    if len(chunk) < 4 or chunk[0].token_type != TokenType.CREATE:
        return chunk
    if chunk[1].text.upper() == "VIRTUAL" and chunk[2].token_type == TokenType.TABLE:
        return _as_table(chunk)
    if not any(token.text.upper() == "CONFLICT" for token in chunk):
        return chunk
    dropped: set[int] = set()
    depth = 0
    for index, token in enumerate(chunk):
        depth += (token.token_type == TokenType.L_PAREN) - (token.token_type == TokenType.R_PAREN)
        if (depth >= 1 and token.token_type == TokenType.ON and index + 2 < len(chunk)
                and chunk[index + 1].text.upper() == "CONFLICT" and chunk[index + 2].text.upper() in _RESOLUTIONS):
            dropped.update((index, index + 1, index + 2))
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _plain_parameters(chunk: list[Token]) -> list[Token]:
    """SQLite's numbered parameters (`SET mod = ?1, usn = ?2`, as Anki's and rusqlite's queries write them) as
    `?`: the number says which value is bound, not what the statement reads or writes."""
    numbered = {index for index in range(1, len(chunk))
                if chunk[index].token_type == TokenType.NUMBER and chunk[index - 1].token_type == TokenType.PLACEHOLDER
                and chunk[index].start == chunk[index - 1].end + 1}
    return [token for index, token in enumerate(chunk) if index not in numbered] if numbered else chunk


def _as_table(chunk: list[Token]) -> list[Token]:
    """`CREATE VIRTUAL TABLE [IF NOT EXISTS] name USING fts5(a, b UNINDEXED, tokenize=...)` as
    `CREATE TABLE [IF NOT EXISTS] name (a TEXT, b TEXT)`; other modules' tables as they are."""
    using = next((index for index, token in enumerate(chunk) if token.text.upper() == "USING"), None)
    if using is None or using + 2 >= len(chunk) or chunk[using + 2].token_type != TokenType.L_PAREN:
        return chunk
    module = chunk[using + 1].text.upper()
    if module not in _TEXT_INDEXES | _SPATIAL_INDEXES or chunk[-1].token_type != TokenType.R_PAREN:
        return chunk
    column_type = "TEXT" if module in _TEXT_INDEXES else "REAL"
    columns: list[Token] = []
    for argument in _arguments(chunk[using + 3:-1]):
        words = [token for token in argument if token.text.upper() not in _COLUMN_OPTIONS]
        if len(words) != 1 or (words[0].token_type not in (TokenType.VAR, TokenType.IDENTIFIER)
                                and not words[0].text.isalpha()):
            continue  # `content=notes`, `tokenize='porter unicode61'`, `prefix='2 3'`: the index's options
        name = words[0]
        if columns:
            columns.append(_token(TokenType.COMMA, ",", name))
        columns += [name, _token(TokenType.TEXT if column_type == "TEXT" else TokenType.DOUBLE, column_type, name)]
    if not columns:
        return chunk
    opening, closing = chunk[using + 2], chunk[-1]
    return [chunk[0], *chunk[2:using], opening, *columns, closing]


def _arguments(tokens: list[Token]) -> list[list[Token]]:
    """The module's arguments, split at the commas outside parentheses."""
    arguments: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        depth += (token.token_type == TokenType.L_PAREN) - (token.token_type == TokenType.R_PAREN)
        if token.token_type == TokenType.COMMA and depth == 0:
            arguments.append([])
        else:
            arguments[-1].append(token)
    return [argument for argument in arguments if argument]


def _token(token_type: TokenType, text: str, at: Token) -> Token:
    """A token written where `at` is (its line and place), for the parser only."""
    return Token(token_type, text, at.line, at.col, at.start, at.end)
