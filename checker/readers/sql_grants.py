"""GRANT statements: which database role gets read access to which tables and columns.

sqlglot parses the common form to `exp.Grant`; several others (`ALL PRIVILEGES`, several tables,
`ON ALL TABLES IN SCHEMA`, MySQL user@host) fall back to `exp.Command`, whose text is tokenised
here with the dialect's tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, TokenType

from checker.records import Record

READ_PRIVILEGES = {"SELECT", "ALL", "ALL PRIVILEGES", "READ", "OWNERSHIP"}


@dataclass(frozen=True, eq=False, repr=False)
class GrantedAccess(Record):
    """Read access: `tables` (or every table of `schema`) with `columns` (empty: all) to `roles`."""

    privilege: str
    tables: tuple[str, ...]
    schema: str | None
    columns: tuple[str, ...]
    roles: tuple[str, ...]


def read_grants(statement: exp.Expression, dialect: str) -> list[GrantedAccess]:
    """The read grants a statement makes; empty for anything else (including role membership)."""
    if isinstance(statement, exp.Grant):
        return _from_grant(statement)
    if isinstance(statement, exp.Command) and statement.name.upper() == "GRANT":
        return _from_command(command_text(statement), dialect)
    return []


def command_text(command: exp.Command) -> str:
    """The text sqlglot kept after the command's keyword (a string or a literal, by version)."""
    rest = command.args.get("expression")
    return rest.name if isinstance(rest, exp.Expression) else str(rest or "")


def _is_read(privilege: str) -> bool:
    upper = privilege.upper()
    return upper in READ_PRIVILEGES or "VIEWER" in upper or upper.endswith("READER")


def _from_grant(grant: exp.Grant) -> list[GrantedAccess]:
    kind = str(grant.args.get("kind") or "TABLE").upper()
    securable = grant.args.get("securable")
    if kind not in ("TABLE", "VIEW") or not isinstance(securable, exp.Table):
        return []
    table = ".".join(part.name for part in securable.parts).lower()
    roles = tuple(principal.this.name.lower() for principal in grant.args.get("principals") or [])
    grants = []
    for privilege in grant.args.get("privileges") or []:
        name = privilege.this.name if privilege.this is not None else ""
        if _is_read(name):
            columns = tuple(column.name.lower() for column in privilege.expressions)
            grants.append(GrantedAccess(name.upper(), (table,), None, columns, roles))
    return grants


def _from_command(text: str, dialect: str) -> list[GrantedAccess]:
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(text)
    except TokenError:
        return []
    words = [token.text.upper() for token in tokens]
    if "ON" not in words or "TO" not in words:
        return []  # role membership (GRANT role TO user) gives no table access by itself
    on, to = words.index("ON"), len(words) - 1 - words[::-1].index("TO")
    privileges = _privileges(tokens[:on])
    target = tokens[on + 1:to]
    roles = tuple(_names(tokens[to + 1:], stop={"WITH", "GRANTED"}, skip={"ROLE", "GROUP", "USER"}))
    target_words = [token.text.upper() for token in target]
    schema = None
    tables: tuple[str, ...] = ()
    if target_words[:3] == ["ALL", "TABLES", "IN"]:
        schema = ".".join(_names(target[4:], stop=set(), skip=set())).lower() or None
    else:
        tables = tuple(name.lower() for name in _names(target, stop=set(), skip={"TABLE", "VIEW"}))
    return [
        GrantedAccess(name, tables, schema, columns, roles)
        for name, columns in privileges if _is_read(name)
    ]


def _privileges(tokens: list[Token]) -> list[tuple[str, tuple[str, ...]]]:
    """`SELECT (a, b), INSERT` -> [("SELECT", ("a", "b")), ("INSERT", ())]."""
    result: list[tuple[str, tuple[str, ...]]] = []
    words: list[str] = []
    columns: list[str] = []
    in_columns = False
    for token in tokens:
        if token.token_type == TokenType.L_PAREN:
            in_columns = True
        elif token.token_type == TokenType.R_PAREN:
            in_columns = False
        elif in_columns:
            if token.token_type != TokenType.COMMA:
                columns.append(token.text.lower())
        elif token.token_type == TokenType.COMMA:
            result.append((" ".join(words).upper(), tuple(columns)))
            words, columns = [], []
        else:
            words.append(token.text)
    if words:
        result.append((" ".join(words).upper(), tuple(columns)))
    return result


def _names(tokens: list[Token], stop: set[str], skip: set[str]) -> list[str]:
    """Comma-separated, possibly dotted names; MySQL `'bob'@'%'` keeps the user part."""
    names: list[str] = []
    current: list[str] = []
    after_at = False
    for token in tokens:
        upper = token.text.upper()
        if upper in stop and token.token_type != TokenType.STRING:
            break
        if token.token_type == TokenType.COMMA:
            if current:
                names.append(".".join(current))
            current, after_at = [], False
        elif token.token_type == TokenType.DOT:
            continue
        elif token.text == "@" or token.token_type in (TokenType.PARAMETER,):
            after_at = True
        elif upper in skip and not current and token.token_type != TokenType.STRING:
            continue
        elif not after_at:
            current.append(token.text)
    if current:
        names.append(".".join(current))
    return names
