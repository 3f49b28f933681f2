"""SQL inside procedural code: the body of a `DO` block or of a `CREATE FUNCTION` / `CREATE
PROCEDURE`, which sqlglot keeps as an opaque string. A body in LANGUAGE sql is a list of statements;
a PL/pgSQL body holds SQL statements between its control structures (PERFORM, RETURN QUERY, FOR ...
IN SELECT, plain SELECT/INSERT/UPDATE/DELETE/MERGE). Whatever cannot be read as SQL (another
language, dynamic SQL in EXECUTE) is said to be not analysed, never passed over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlglot.tokens import Token, TokenType

from checker.records import MutableRecord

_DOLLAR = re.compile(r"\$(\w*)\$(.*?)\$\1\$", re.DOTALL)
_LANGUAGE = re.compile(r"\bLANGUAGE\s+'?(\w+)'?", re.IGNORECASE)
_PREPARED_RUN = re.compile(r"[A-Za-z_$][\w$]*(?:\s+USING\s.*)?", re.IGNORECASE | re.DOTALL)  # `stmt [USING @a]`
_STARTS = {TokenType.SELECT, TokenType.WITH, TokenType.INSERT, TokenType.UPDATE, TokenType.DELETE, TokenType.MERGE}
_AFTER = {"BEGIN", "THEN", "ELSE", "LOOP", "QUERY", "IN", "DECLARE"}  # what a PL/pgSQL statement follows
# what a statement of a MySQL stored program also follows: `WHILE ... DO`, `REPEAT`, a trigger's `FOR EACH ROW`
_MYSQL_AFTER = _AFTER | {"DO", "REPEAT", "ROW"}
_SQL_LANGUAGES = {"sql"}
_PLPGSQL = {"plpgsql"}


@dataclass(eq=False, repr=False)
class Body(MutableRecord):
    """A procedural body: its language, its text with the file's line numbers kept (padded with
    newlines), and what in it could not be analysed."""

    language: str
    text: str
    line: int
    unanalysed: list[str] = field(default_factory=list)


def procedural_body(chunk: list[Token], block: str) -> Body | None:
    """The body of a DO block or a CREATE FUNCTION/PROCEDURE statement, or None for any other statement."""
    if not chunk:
        return None
    head = chunk[0].text.upper()
    if head == "DO":
        return _do_body(chunk, block)
    if chunk[0].token_type == TokenType.CREATE and any(
            token.token_type in (TokenType.FUNCTION, TokenType.PROCEDURE) or token.text.upper() in ("FUNCTION", "PROCEDURE")
            for token in chunk[1:5]):
        return _routine_body(chunk, block)
    return None


def _do_body(chunk: list[Token], block: str) -> Body | None:
    start, end = chunk[0].end + 1, chunk[-1].end + 1  # (the command string's own start offset is unreliable)
    raw = block[start:end]
    found = _DOLLAR.search(raw) or re.search(r"'((?:[^']|'')*)'", raw, re.DOTALL)
    if found is None:
        return None
    language = _LANGUAGE.search(raw[: found.start()] + raw[found.end():])
    content = found.group(found.lastindex or 1)
    offset = start + found.start(found.lastindex or 1)
    return _body(language.group(1) if language else "plpgsql", content, block, offset, quoted=found.re is not _DOLLAR)


def _routine_body(chunk: list[Token], block: str) -> Body | None:
    body_token = next((token for previous, token in zip(chunk, chunk[1:])
                       if previous.token_type == TokenType.ALIAS
                       and token.token_type in (TokenType.HEREDOC_STRING, TokenType.RAW_STRING, TokenType.STRING)), None)
    raw = block[chunk[0].start: chunk[-1].end + 1]
    language = _LANGUAGE.search(_without_body(raw, block, body_token, chunk[0].start))
    name = language.group(1).lower() if language else "sql"
    if body_token is None:
        return None if name in _SQL_LANGUAGES else Body(name, "", chunk[0].line)
    text = block[body_token.start: body_token.end + 1]
    found = _DOLLAR.fullmatch(text)
    if found is not None:
        return _body(name, found.group(2), block, body_token.start + found.start(2), quoted=False)
    return _body(name, text[1:-1], block, body_token.start + 1, quoted=True)


def _without_body(raw: str, block: str, body: Token | None, start: int) -> str:
    if body is None:
        return raw
    return raw[: body.start - start] + raw[body.end + 1 - start:]


def _body(language: str, content: str, block: str, offset: int, quoted: bool) -> Body:
    line = block.count("\n", 0, offset) + 1  # of the block: the caller shifts it to the file's
    if quoted:
        content = content.replace("''", "'")
    return Body(language.lower(), content, line)


def plpgsql_statements(tokens: list[Token], mysql: bool = False) -> tuple[list[list[Token]], list[Token]]:
    """The SQL statements of a PL/pgSQL body's tokens (PERFORM read as SELECT, RETURN QUERY and FOR
    ... IN dropped), and the EXECUTE tokens whose dynamic SQL cannot be analysed; `mysql`: a MySQL stored
    program's (statements also after DO, REPEAT and a trigger's FOR EACH ROW; EXECUTE runs a prepared
    statement, whose PREPARE ... FROM text is the dynamic SQL)."""
    after = _MYSQL_AFTER if mysql else _AFTER
    statements: list[list[Token]] = []
    executes: list[Token] = []
    current: list[Token] | None = None
    depth = 0
    target = False  # inside PL/pgSQL's INTO target list
    before: Token | None = None  # the token before `previous`
    previous: Token | None = None
    for token in tokens:
        word = token.text.upper()
        if current is not None:
            depth += token.token_type == TokenType.L_PAREN
            depth -= token.token_type == TokenType.R_PAREN
            if depth <= 0 and (token.token_type == TokenType.SEMICOLON or word == "LOOP"):
                statements.append(current)
                current, depth, target = None, 0, False
            elif target:
                target = _in_target(token, previous)
                if not target:
                    current.append(token)
            elif depth == 0 and word == "INTO" and current[-1].text.upper() not in ("INSERT", "MERGE"):
                target = True  # PL/pgSQL's `INTO [STRICT] variables`, before FROM or after WHERE: no table
            else:
                current.append(token)
        elif (token.token_type == TokenType.SELECT and previous is not None and previous.token_type == TokenType.L_PAREN
              and before is not None and before.text.upper() in ("RETURN", "IN")):
            # `RETURN (SELECT ...)`: a function's value read from a query; PL/SQL's `FOR r IN (SELECT ...) LOOP`
            current, depth = [previous, token], 1
        elif (token.token_type in _STARTS or word == "PERFORM") and (
                previous is None or previous.token_type == TokenType.SEMICOLON or previous.text.upper() in after):
            if word == "PERFORM":
                token.token_type, token.text = TokenType.SELECT, "SELECT"
            current, depth = [token], 0
        elif word == "EXECUTE":
            executes.append(token)
        before, previous = previous, token
    if current:
        statements.append(current)
    return statements, executes


def _in_target(token: Token, previous: Token | None) -> bool:
    """Whether a token still belongs to PL/pgSQL's INTO target list (`INTO STRICT r, s.total`): what
    follows INTO, STRICT, a dot, a comma or a colon (Snowflake's `:v`) is a name; the first other
    token after a name ends it."""
    if previous is not None and (previous.text.upper() in ("INTO", "STRICT")
                                 or previous.token_type in (TokenType.DOT, TokenType.COMMA, TokenType.COLON)):
        return True
    return token.token_type in (TokenType.DOT, TokenType.COMMA)


def runs_prepared_statement(chunk: list[Token], dialect: str) -> bool:
    """MySQL's `EXECUTE stmt [USING @a, ...]` outside a stored program: it runs the SQL that `PREPARE stmt FROM
    @sql` built from text (Conductor's Flyway migrations add a column that way when it is missing), which
    privgate cannot know; inside a stored program the same EXECUTE is reported by plpgsql_statements."""
    if dialect != "mysql" or len(chunk) < 2 or chunk[0].text.upper() != "EXECUTE":
        return False
    rest = " ".join(token.text for token in chunk[1:])  # one STRING token: EXECUTE is a command to the tokenizer
    return _PREPARED_RUN.fullmatch(rest) is not None
