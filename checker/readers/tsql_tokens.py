"""SQL Server syntax sqlglot 30 cannot parse, rewritten at the token level. Compound assignments (`SET @SQL +=
N';'`, `UPDATE ... SET QuantityOnHand -= sit.TotalQuantity`) become the assignment they abbreviate (`@SQL =
@SQL + N';'`): the target is read as well as written, as a database runs it. A UNIQUE constraint's column
order (`UNIQUE NONCLUSTERED ([CountryName] ASC)`, how its index is sorted) and a column's dynamic data
mask (`MASKED WITH (FUNCTION = 'email()')`, what unprivileged readers are shown) are left out. Microsoft's
Wide World Importers (microsoft/sql-server-samples, wwi-ssdt) had 1,954 statements of its stored
procedures and 16 of its tables lost to them."""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

_OPERATORS = frozenset({TokenType.PLUS, TokenType.DASH, TokenType.STAR, TokenType.SLASH, TokenType.MOD,
                        TokenType.AMP, TokenType.PIPE})  # not `^=`, Oracle's not-equal
_TARGET = frozenset({TokenType.VAR, TokenType.IDENTIFIER, TokenType.DOT, TokenType.PARAMETER})


def with_compound_assignments_expanded(chunk: list[Token]) -> list[Token]:
    """The tokens with each `target op= value` written `target = target op value`."""
    if not any(_compound_at(chunk, index) for index in range(1, len(chunk) - 1)):
        return chunk
    expanded: list[Token] = []
    index = 0
    while index < len(chunk):
        start = _target_start(chunk, index) if _compound_at(chunk, index) else None
        if start is None:
            expanded.append(chunk[index])
            index += 1
            continue
        target = expanded[len(expanded) - (index - start):]
        expanded.extend([chunk[index + 1], *target, chunk[index]])  # `=`, the target again, the operator
        index += 2
    return expanded


def without_key_order_and_masks(chunk: list[Token]) -> list[Token]:
    """A CREATE or ALTER TABLE's tokens without ASC and DESC in a UNIQUE constraint's column list and without
    `MASKED WITH (FUNCTION = '...')`."""
    if not chunk or chunk[0].text.upper() not in ("CREATE", "ALTER"):
        return chunk
    dropped: set[int] = set()
    unique, in_unique = False, False  # after UNIQUE [NON]CLUSTERED; inside its column list
    for index, token in enumerate(chunk):
        word = token.text.upper() if token.token_type != TokenType.IDENTIFIER else ""
        if token.token_type == TokenType.UNIQUE or (unique and word in ("CLUSTERED", "NONCLUSTERED")):
            unique = True
            continue
        in_unique = (in_unique or (unique and token.token_type == TokenType.L_PAREN)) and token.token_type != TokenType.R_PAREN
        unique = False
        if in_unique and word in ("ASC", "DESC"):
            dropped.add(index)
        elif word == "MASKED" and [t.text.upper() for t in chunk[index + 1:index + 5]] == ["WITH", "(", "FUNCTION", "="]:
            dropped.update(range(index, index + 7 if index + 6 < len(chunk) else len(chunk)))
    return [token for index, token in enumerate(chunk) if index not in dropped] if dropped else chunk


def _compound_at(chunk: list[Token], index: int) -> bool:
    """Whether an operator written right against an `=` stands at `index` (`+=`, `-=` ...)."""
    operator = chunk[index]
    return (operator.token_type in _OPERATORS and index + 1 < len(chunk)
            and chunk[index + 1].token_type == TokenType.EQ and chunk[index + 1].start == operator.end + 1)


def _target_start(chunk: list[Token], index: int) -> int | None:
    """Where the name assigned to before the operator at `index` starts (`@SQL`, `sih.QuantityOnHand`)."""
    start = index
    while start > 0 and chunk[start - 1].token_type in _TARGET:
        start -= 1
    return start if start < index else None
