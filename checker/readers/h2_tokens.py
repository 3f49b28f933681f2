"""H2's own spellings, which sqlglot 30 has no dialect for, rewritten at the token level to the standard
ones: `DROP TABLE owners IF EXISTS` (IF EXISTS after the name, as H2 and HSQLDB also accept it) and the
VARCHAR_IGNORECASE type (a VARCHAR compared without case). Spring applications ship an H2 schema.sql
beside their MySQL and PostgreSQL ones (spring-projects/spring-petclinic's src/main/resources/db/h2),
which lost its owners table and every DROP to INP001."""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

_NAMES = (TokenType.VAR, TokenType.IDENTIFIER, TokenType.DOT)


def without_h2_spellings(chunk: list[Token]) -> list[Token]:
    """`DROP TABLE name IF EXISTS` as `DROP TABLE IF EXISTS name`; VARCHAR_IGNORECASE as VARCHAR."""
    if len(chunk) > 4 and chunk[0].token_type == TokenType.DROP and chunk[1].token_type == TokenType.TABLE:
        chunk = _if_exists_first(chunk)
    if any(token.text.upper() == "VARCHAR_IGNORECASE" for token in chunk):
        chunk = [_as_varchar(token) if token.text.upper() == "VARCHAR_IGNORECASE" else token for token in chunk]
    return chunk


def _as_varchar(token: Token) -> Token:
    """The VARCHAR type where H2 wrote VARCHAR_IGNORECASE (same place, same comments)."""
    return Token(TokenType.VARCHAR, "VARCHAR", token.line, token.col, token.start, token.end, token.comments)


def _if_exists_first(chunk: list[Token]) -> list[Token]:
    """The DROP TABLE's tokens with an IF EXISTS that follows the name moved before it."""
    end = 2
    while end < len(chunk) and chunk[end].token_type in _NAMES and chunk[end].text.upper() != "IF":
        end += 1
    tail = chunk[end:]
    if end == 2 or len(tail) < 2 or tail[0].text.upper() != "IF" or tail[1].token_type != TokenType.EXISTS:
        return chunk
    return chunk[:2] + tail[:2] + chunk[2:end] + tail[2:]
