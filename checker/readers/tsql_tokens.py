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
        word = _word(token)
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


# The statements a T-SQL batch may hold one after another with no `;` between them, by their first word.
_STATEMENT_WORDS = frozenset({
    "ALTER", "BEGIN", "BREAK", "CLOSE", "COMMIT", "CONTINUE", "CREATE", "DEALLOCATE", "DECLARE", "DELETE", "DENY",
    "DROP", "EXEC", "EXECUTE", "FETCH", "GOTO", "GRANT", "IF", "INSERT", "MERGE", "OPEN", "PRINT", "RAISERROR",
    "RETURN", "REVOKE", "ROLLBACK", "SAVE", "SELECT", "SET", "THROW", "TRUNCATE", "UPDATE", "USE", "WAITFOR", "WHILE",
    "WITH"})
# `BEGIN TRAN`, `BEGIN DIALOG CONVERSATION`: statements, no block
_TRANSACTION_WORDS = frozenset({"TRAN", "TRANSACTION", "DISTRIBUTED", "DIALOG", "CONVERSATION"})
# the objects a batch holds alone, to its end (`CREATE PROCEDURE` must be the first statement of its batch)
_WHOLE_BATCH_OBJECTS = frozenset({"PROC", "PROCEDURE", "FUNCTION", "TRIGGER", "VIEW"})
# what a statement's word continues after (`ON DELETE`, `FOR UPDATE`, `WHEN MATCHED THEN UPDATE`, `UNION SELECT`)
_CONTINUING = frozenset({"ON", "FOR", "THEN", "ELSE", "AS", "OF", "AFTER", "UNION", "ALL", "EXCEPT", "INTERSECT",
                         ",", "(", "="})
# `GRANT SELECT, INSERT` newline `UPDATE ON t TO u`: one statement
_PERMISSIONS = frozenset({"GRANT", "REVOKE", "DENY"})
# words a statement of each kind continues with on a line of their own (`UPDATE t` newline `SET a = 1`)
_CONTINUED_BY = {"SET": frozenset({"UPDATE", "MERGE", "ALTER"}),
                 "SELECT": frozenset({"INSERT", "CREATE", "ALTER", "DECLARE", "WITH", "MERGE"}),
                 "WITH": frozenset({"INSERT", "CREATE", "ALTER", "DECLARE", "MERGE", "SELECT", "UPDATE", "DELETE"}),
                 "EXEC": frozenset({"INSERT"}), "EXECUTE": frozenset({"INSERT"}),
                 "INSERT": frozenset({"MERGE", "WITH"}), "UPDATE": frozenset({"MERGE", "WITH"}),
                 "DELETE": frozenset({"MERGE", "WITH"}), "MERGE": frozenset({"WITH"})}


def batch_statements(chunk: list[Token]) -> list[list[Token]]:
    """A T-SQL run of tokens between semicolons cut into its statements. T-SQL needs no `;` between two
    statements, so legacy scripts write one per line (Northwind's `INSERT "Categories"(...) VALUES(...)`
    lines, a batch of `CREATE TABLE`s before `GO`), and sqlglot reads such a run as one broken statement or
    as one opaque command that hides every table after the first. A statement starts at a line whose first
    word starts one (`INSERT`, `CREATE`, `EXEC` ...), outside parentheses and BEGIN ... END blocks, unless the
    statement before continues with it: `UPDATE t` newline `SET`, `INSERT INTO t (a)` newline `SELECT`,
    `IF <condition>` newline the statement it runs, `ON DELETE`, `UNION SELECT`. A procedure, function,
    trigger or view is its batch's only statement, as SQL Server requires, and is not cut."""
    if len(chunk) < 2 or _whole_batch_object(chunk) or not any(
            token.line > chunk[index].line for index, token in enumerate(chunk[1:])):
        return [chunk]
    pieces: list[list[Token]] = []
    start, head = 0, _word(chunk[0])
    controlled = head in ("IF", "WHILE")  # the condition's statement is still to come
    parens = blocks = 0
    for index, token in enumerate(chunk):
        word = _word(token)
        if index > start and parens == blocks == 0 and token.line > chunk[index - 1].line and word in _STATEMENT_WORDS:
            if controlled:
                head, controlled = word, word in ("IF", "WHILE")  # `IF c` newline `DROP TABLE t`: the IF's statement
            elif _starts_statement(chunk, index, start, head):
                pieces.append(chunk[start:index])
                start, head, controlled = index, word, word in ("IF", "WHILE")
            elif head not in _PERMISSIONS:
                head = word  # `INSERT INTO t (a)` newline `SELECT ...`: a SELECT's line after it starts one
        elif word == "ELSE" and parens == blocks == 0:
            controlled = True
        elif controlled and index > start and parens == blocks == 0 and word in _STATEMENT_WORDS:
            # `IF OBJECT_ID('t') IS NOT NULL DROP TABLE t`: the IF's statement on its own line, the next line's starts
            head, controlled = word, word in ("IF", "WHILE")
        parens += (token.token_type == TokenType.L_PAREN) - (token.token_type == TokenType.R_PAREN)
        if word == "CASE" or (word == "BEGIN" and _word_at(chunk, index + 1) not in _TRANSACTION_WORDS):
            blocks += 1
        elif word == "END" and blocks:
            blocks -= 1
    pieces.append(chunk[start:])
    return pieces


def _starts_statement(chunk: list[Token], index: int, start: int, head: str) -> bool:
    """Whether the statement word at `index`, first on its line, starts a new statement after the one that
    started at `start` with the word `head`."""
    word, before = _word(chunk[index]), _word(chunk[index - 1])
    if before in _CONTINUING:
        return False
    if head in _CONTINUED_BY.get(word, ()):  # `INSERT t VALUES (...)` newline `EXEC p`: its rows are given
        return head == "INSERT" and any(_word(token) == "VALUES" for token in chunk[start:index])
    if word == "WITH" and (index + 1 >= len(chunk) or chunk[index + 1].token_type not in (TokenType.VAR,
                                                                                          TokenType.IDENTIFIER)):
        return False  # `WITH (NOLOCK)`, `WITH CHECK ADD CONSTRAINT`: a clause, not a common table expression
    if head in _PERMISSIONS:  # the permissions end at the principal: `TO user`, `FROM user`
        return any(_word(token) in ("TO", "FROM") for token in chunk[start:index])
    return True


def _whole_batch_object(chunk: list[Token]) -> bool:
    """`CREATE [OR ALTER] PROCEDURE|FUNCTION|TRIGGER|VIEW`, `ALTER PROC ...`: its batch's only statement."""
    words = [_word(token) for token in chunk[:4]]
    if not words or words[0] not in ("CREATE", "ALTER"):
        return False
    rest = words[3:] if words[1:3] in (["OR", "ALTER"], ["OR", "REPLACE"]) else words[1:]
    return bool(rest) and rest[0] in _WHOLE_BATCH_OBJECTS


def _word_at(chunk: list[Token], index: int) -> str:
    """`_word` of the token at `index`, '' past the end."""
    return _word(chunk[index]) if index < len(chunk) else ""


def _word(token: Token) -> str:
    """A keyword's or a name's upper-case text; '' for a quoted name or a constant."""
    if token.token_type in (TokenType.IDENTIFIER, TokenType.STRING, TokenType.NATIONAL_STRING, TokenType.NUMBER):
        return ""
    return token.text.upper()
