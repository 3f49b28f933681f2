"""MariaDB's system-versioned tables, rewritten at the token level for sqlglot 30, which cannot parse them.
A system-versioned table keeps every past version of its rows (`CREATE TABLE customer (...) WITH SYSTEM
VERSIONING`); a column may be left out of the history (`note TEXT WITHOUT SYSTEM VERSIONING`) and the history
may be partitioned (`PARTITION BY SYSTEM_TIME INTERVAL 1 MONTH (PARTITION p_hist HISTORY, ...)`). None of it
changes which columns the table has: a column's `WITH[OUT] SYSTEM VERSIONING` is left out of its definition, and
a CREATE TABLE's `PARTITION BY SYSTEM_TIME ...` to the statement's end. Before, a table with such a column was
an INP001 and missing from the catalog (columns an ALTER TABLE added later were all it had)."""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType


def without_system_versioning(chunk: list[Token]) -> list[Token]:
    """A CREATE TABLE's tokens without its columns' `WITH[OUT] SYSTEM VERSIONING` and its history's partitions."""
    if len(chunk) < 4 or chunk[0].token_type != TokenType.CREATE or not any(
            token.text.upper() == "VERSIONING" for token in chunk):
        return chunk
    dropped: set[int] = set()
    depth = 0
    for index, token in enumerate(chunk):
        depth += (token.token_type == TokenType.L_PAREN) - (token.token_type == TokenType.R_PAREN)
        words = [later.text.upper() for later in chunk[index:index + 3]]
        if depth == 1 and words[0] in ("WITH", "WITHOUT") and words[1:] == ["SYSTEM", "VERSIONING"]:
            dropped.update((index, index + 1, index + 2))
        elif depth == 0 and " ".join(words).startswith("PARTITION BY SYSTEM_TIME"):  # `PARTITION BY`: one token
            dropped.update(range(index, len(chunk)))
            break
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk
