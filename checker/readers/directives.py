"""`-- privgate: ...` comments: a statement's purpose and its suppressions.

    -- privgate: purpose=marketing
    -- privgate: ignore[CON001, CON002] reason="DPIA-42 approved by the DPO"
"""

from __future__ import annotations

import re

from checker.facts import Suppression

DIRECTIVE = re.compile(r"\s*privgate:")  # the body is the rest, stripped: no pattern over it backtracks
PURPOSE = re.compile(r"\bpurpose\s*=\s*(?P<value>[A-Za-z0-9_.-]+)")
IGNORE = re.compile(
    r"\bignore\s*\[(?P<ids>[^\[\]]*)\]\s*(?:reason\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>.+)))?",
    re.DOTALL,
)


def purpose_of(comment: str) -> str | None:
    body = _body(comment)
    found = PURPOSE.search(body) if body is not None else None
    return found["value"] if found else None


def suppression_of(comment: str) -> Suppression | None:
    body = _body(comment)
    found = IGNORE.search(body) if body is not None else None
    if not found:
        return None
    ids = tuple(part.strip().upper() for part in found["ids"].split(",") if part.strip())
    reason = next((found[group] for group in ("dq", "sq", "bare") if found[group] is not None), None)
    reason = reason.strip() if reason else None
    return Suppression(ids, reason or None, comment.strip())


def _body(comment: str) -> str | None:
    """What follows `privgate:` in a directive comment, or None for any other comment."""
    match = DIRECTIVE.match(comment)
    return comment[match.end():].strip() if match else None
