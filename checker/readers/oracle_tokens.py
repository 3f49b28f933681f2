"""Oracle table syntax sqlglot 30 cannot parse, rewritten at the token level to what it says about tables
and columns: a constraint's state (`NOT NULL ENABLE`, SQL Developer's export of every column; `PRIMARY KEY
(product_id, warehouse_id) DISABLE NOVALIDATE`; `ON DELETE CASCADE ENABLE NOVALIDATE`), which says whether
the database checks the constraint, and the partitions of a range or list partitioned table (`PARTITION BY
RANGE (time_id) (PARTITION sales_2018 VALUES LESS THAN (...), ...)`), which say where its rows are stored.
Oracle's sample schemas (oracle-samples/db-sample-schemas) lost their sales history's costs table and
five constraints of the order entry schema to them."""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

_STATES = frozenset({"ENABLE", "DISABLE", "VALIDATE", "NOVALIDATE", "RELY", "NORELY"})
# what a constraint's state follows: the end of its column list or REFERENCES, NOT NULL, a delete rule,
# USING INDEX
_BEFORE_STATE = frozenset({"NULL", "CASCADE", "INDEX", "UNIQUE"})
_AFTER_STATE = (TokenType.COMMA, TokenType.R_PAREN, TokenType.SEMICOLON)


def without_oracle_table_clauses(chunk: list[Token]) -> list[Token]:
    """The tokens of a CREATE or ALTER TABLE without its constraints' states and its partition list."""
    if not chunk or chunk[0].text.upper() not in ("CREATE", "ALTER"):
        return chunk
    dropped = _constraint_states(chunk) | _partition_list(chunk)
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _constraint_states(chunk: list[Token]) -> set[int]:
    """Each run of state words after a constraint that ends at a comma, a closing parenthesis or the end."""
    dropped: set[int] = set()
    index = 1
    while index < len(chunk):
        end = index
        while end < len(chunk) and chunk[end].text.upper() in _STATES and chunk[end].token_type != TokenType.STRING:
            end += 1
        previous = chunk[index - 1]
        after_constraint = previous.token_type == TokenType.R_PAREN or previous.text.upper() in _BEFORE_STATE
        if end > index and after_constraint and (end == len(chunk) or chunk[end].token_type in _AFTER_STATE):
            dropped.update(range(index, end))
        index = max(end, index + 1)
    return dropped


def _partition_list(chunk: list[Token]) -> set[int]:
    """`(PARTITION p VALUES LESS THAN (...), ...)` after `PARTITION BY RANGE|LIST (columns)` (an INTERVAL
    between them too); the PARTITION BY clause itself, which sqlglot reads, stays."""
    for index, token in enumerate(chunk):
        if token.token_type != TokenType.PARTITION_BY:
            continue
        at = _after_group(chunk, index + 2)  # past the kind's (columns)
        if at < len(chunk) and chunk[at].text.upper() == "INTERVAL":
            at = _after_group(chunk, at + 1)
        if at + 1 < len(chunk) and chunk[at].token_type == TokenType.L_PAREN and chunk[at + 1].text.upper() == "PARTITION":
            return set(range(at, _after_group(chunk, at)))
    return set()


def _after_group(chunk: list[Token], start: int) -> int:
    """The index just past the parenthesised group opening at `start` (`start` itself when none opens there)."""
    if start >= len(chunk) or chunk[start].token_type != TokenType.L_PAREN:
        return start
    depth = 0
    for at in range(start, len(chunk)):
        depth += (chunk[at].token_type == TokenType.L_PAREN) - (chunk[at].token_type == TokenType.R_PAREN)
        if depth == 0:
            return at + 1
    return len(chunk)
