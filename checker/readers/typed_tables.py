"""Tables created from a type (`CREATE TABLE customers OF customer_typ (PRIMARY KEY (customer_id))`): an Oracle
object table or a PostgreSQL typed table has the attributes of its type as columns. sqlglot 30 parses neither
form, and Oracle's `CREATE TYPE ... AS OBJECT` only as an opaque command, so Oracle's order-entry sample schema
lost its customers and warehouses to INP001. The replay keeps each composite type's attributes
(`CREATE TYPE t AS (a text)`, `CREATE [OR REPLACE] TYPE t AS OBJECT (a VARCHAR2(20), MEMBER FUNCTION ...)`)
and reads a table of that type as `CREATE TABLE name (attributes)`; its constraints in parentheses (a key,
PostgreSQL's `WITH OPTIONS`) say nothing of what a column holds."""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

from checker.sql_sniff import CREATE_MODIFIERS

# what follows an Oracle object type's attributes in its parentheses: its methods
_METHOD_WORDS = frozenset({"MEMBER", "STATIC", "MAP", "ORDER", "CONSTRUCTOR", "FINAL", "OVERRIDING", "NOT",
                           "INSTANTIABLE", "PRAGMA"})


def object_type(chunk: list[Token], block: str) -> tuple[str, str] | None:
    """(type name, its attributes as column definitions) of `CREATE [OR REPLACE] TYPE name AS OBJECT (...)` or
    PostgreSQL's `CREATE TYPE name AS (...)`; None for any other statement (an enum, a range, a type body)."""
    words = [token.text.upper() for token in chunk[:8]]
    if len(words) < 5 or words[0] != "CREATE":
        return None
    at = 3 if words[1:3] == ["OR", "REPLACE"] else 1
    if words[at] != "TYPE" or words[at + 1] == "BODY":
        return None
    name_end = _past_name(chunk, at + 1)
    after = name_end + 2 if name_end < len(chunk) and chunk[name_end].text.upper() == "OID" else name_end  # `OID '..'`
    rest = [token.text.upper() for token in chunk[after:after + 3]]
    opening = after + (2 if rest[:2] in (["AS", "OBJECT"], ["IS", "OBJECT"]) else 1 if rest[:1] == ["AS"] else 0)
    if opening == after or opening >= len(chunk) or chunk[opening].token_type != TokenType.L_PAREN:
        return None
    attributes = _attributes(chunk, opening, block)
    return (chunk[name_end - 1].text.lower(), attributes) if attributes else None


def table_of_type(chunk: list[Token]) -> tuple[list[Token], str] | None:
    """(the name's tokens, the type's name) of `CREATE TABLE name OF type ...`; None for any other statement."""
    if len(chunk) < 5 or chunk[0].token_type != TokenType.CREATE:
        return None
    index = 1
    while index < len(chunk) and chunk[index].token_type != TokenType.TABLE:
        if chunk[index].text.upper() not in CREATE_MODIFIERS:
            return None
        index += 1
    start = index + 1
    if start + 2 < len(chunk) and [token.text.upper() for token in chunk[start:start + 3]] == ["IF", "NOT", "EXISTS"]:
        start += 3
    end = _past_name(chunk, start)
    if end + 1 >= len(chunk) or chunk[end].text.upper() != "OF":
        return None
    return chunk[start:end], chunk[_past_name(chunk, end + 1) - 1].text.lower()


def _past_name(chunk: list[Token], start: int) -> int:
    """Where the (dotted: `oe.customer_typ`) name starting at `start` ends."""
    end = start + 1
    while end + 1 < len(chunk) and chunk[end].token_type == TokenType.DOT:
        end += 2
    return end


def _attributes(chunk: list[Token], opening: int, block: str) -> str:
    """The text of the attributes inside the parentheses at `opening`, up to the first method."""
    depth, start, parts = 0, opening + 1, []
    for index in range(opening, len(chunk)):
        token = chunk[index]
        depth += (token.token_type == TokenType.L_PAREN) - (token.token_type == TokenType.R_PAREN)
        at_end = depth == 0
        if at_end or (depth == 1 and token.token_type == TokenType.COMMA):
            if index > start and chunk[start].text.upper() in _METHOD_WORDS:
                break
            if index > start:
                parts.append(block[chunk[start].start: chunk[index - 1].end + 1])
            start = index + 1
        if at_end:
            break
    return ", ".join(parts)
