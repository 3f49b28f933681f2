"""What says a column holds personal data without saying which kind: dbt's `pii`, `contains_pii`
and `sensitive` tags or meta, and a description or comment that calls it PII or personal data
(not one that denies it). The catalog gives such a column the kind its name says, else `user`."""

from __future__ import annotations

import re

PII_MARKERS = {"contains_pii", "pii", "sensitive"}
# a description that says the column is personal data ("Customer's first name. PII.", as dbt's own
# jaffle_shop writes it), unless it says it is not ("no PII", "non-PII", "not personal data")
_PII_SAID = re.compile(r"\b(?:PII|personally identifiable information|personal (?:data|information))\b", re.IGNORECASE)
_FREE_OF = re.compile(r"[\s-]*(?:free|removed|stripped|masked)\b", re.IGNORECASE)
_NOT_SAID = re.compile(r"\b(?:no|not|non|without|never|free of|isn't|is not|contains no)[\s-]+(?:\w+[\s-]+)?$", re.IGNORECASE)


def described_personal(description: str) -> bool:
    """Whether a column's description calls it personal data ("PII", "personal data"), not denied."""
    return any(not _NOT_SAID.search(description[:match.start()][-40:])
               and not _FREE_OF.match(description[match.end():]) for match in _PII_SAID.finditer(description))
