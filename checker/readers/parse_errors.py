"""sqlglot's parse errors in words a data engineer can act on.

sqlglot describes a missing part by its own class names ("Required keyword: 'this' missing for
<class 'sqlglot.expressions.query.Where'>") and a token by its repr; the finding should name the
SQL (an empty WHERE, an operator with nothing on its right). Anything not recognised is kept as
sqlglot wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlglot.tokens import Token

_REQUIRED = re.compile(r"Required keyword: '(\w+)' missing for <class '(?:[\w]+\.)*(\w+)'>")
_TOKEN = re.compile(r"<Token token_type: TokenType\.(\w+), text: (.*?), line: \d+")
_EXPECTING = re.compile(r"^Expecting (\S+)$")

CLAUSES = {"Where": "WHERE", "Having": "HAVING", "Qualify": "QUALIFY", "Order": "ORDER BY", "Group": "GROUP BY",
           "Limit": "LIMIT", "Offset": "OFFSET", "Fetch": "FETCH", "Join": "JOIN", "From": "FROM",
           "Returning": "RETURNING", "Into": "INTO", "Values": "VALUES", "Set": "SET", "Not": "NOT"}
OPERATORS = {"EQ": "=", "NEQ": "<>", "NullSafeEQ": "<=>", "GT": ">", "GTE": ">=", "LT": "<", "LTE": "<=",
             "Add": "+", "Sub": "-", "Mul": "*", "Div": "/", "IntDiv": "DIV", "Mod": "%", "DPipe": "||",
             "And": "AND", "Or": "OR", "Xor": "XOR", "Like": "LIKE", "ILike": "ILIKE", "Is": "IS",
             "Glob": "GLOB", "SimilarTo": "SIMILAR TO", "RegexpLike": "~", "Between": "BETWEEN",
             "In": "IN", "BitwiseAnd": "&", "BitwiseOr": "|", "BitwiseXor": "^"}
SET_OPERATIONS = {"Union": "UNION", "Intersect": "INTERSECT", "Except": "EXCEPT"}


def plain_parse_error(description: str) -> str:
    """One parse error's description, with sqlglot's class names and token reprs put as SQL."""
    required = _REQUIRED.search(description)
    if required:
        return _missing_part(required.group(1), required.group(2))
    token = _TOKEN.search(description)
    if token:
        found = "the end of the statement" if token.group(1) == "SENTINEL" else f"'{token.group(2)}'"
        return f"{description[:token.start()].rstrip().removesuffix(' but got')}, found {found}".replace(
            "Expected", "expected", 1)
    expecting = _EXPECTING.match(description)
    if expecting:
        return f"expected '{expecting.group(1)}'"
    return description


def _missing_part(part: str, node: str) -> str:
    if node in CLAUSES:
        return f"{CLAUSES[node]} has nothing after it"
    if node in OPERATORS:
        side = "left" if part == "this" else "right"
        return f"operator {OPERATORS[node]} has nothing on its {side}"
    if node in SET_OPERATIONS:
        return f"{SET_OPERATIONS[node]} has no query after it"
    if node in ("If", "Case"):
        return "CASE WHEN has no condition" if part == "this" else "CASE has an incomplete branch"
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", node).lower()
    return f"incomplete {words}: a required part is missing"


JINJA_OUTSIDE_DBT = ("a Jinja template ({{ ... }} or {% ... %}) outside a dbt project: privgate renders Jinja only in "
                     "the models of a dbt project (a dbt_project.yml above them); it was not analysed")


def jinja_at(tokens: Sequence[Token]) -> Token | None:
    """The first Jinja delimiter (`{%`, or `{` followed by `{`) in a statement that did not parse."""
    from sqlglot.tokens import TokenType

    for index, token in enumerate(tokens):
        if token.token_type == TokenType.BLOCK_START:
            return token
        if token.token_type == TokenType.L_BRACE and index + 1 < len(tokens) \
                and tokens[index + 1].token_type == TokenType.L_BRACE:
            return token
    return None
