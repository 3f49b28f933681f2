"""What every rule declares: a stable id, a name for the pattern it flags, its family, a default
severity, its documentation, and one pure check function over the facts."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from checker.catalog import Catalog
from checker.config import Config
from checker.facts import ColumnRef, Statement
from checker.findings import Finding
from checker.policy.model import Citation, Pack


@dataclass(frozen=True)
class RuleDoc:
    """The four sections `privgate explain` prints; the examples run in a test.

    Rules over dataset rows show their examples as CSV files, described by `dataset` (a `datasets:`
    entry of privgate.yaml without its path).
    """

    what: str
    why: str
    failing: str
    passing: str
    dataset: dict[str, Any] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Context:
    """Everything a check may look at besides the statement and the pack."""

    catalog: Catalog
    config: Config
    packs: tuple[Pack, ...]
    purged: frozenset[str] = frozenset()  # tables a purge statement in the repository deletes from;
    # known only once every file is read, so only table statements (judged last) may look at it


Check = Callable[[Statement, Pack, Context], Iterator["Finding"]]
Clauses = Callable[[Pack], list[Citation]]

# What a rule judges: one SQL statement, one catalog table, one dataset's rows, an input problem
# (reported by the reader that met it) or an inline suppression.
SUBJECTS = ("statement", "table", "dataset", "input", "suppression")


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    family: str
    severity: str
    summary: str
    doc: RuleDoc
    check: Check | None = field(default=None, compare=False)  # None: the engine reports it (input rules)
    subject: str = "statement"  # one of SUBJECTS
    clauses: Clauses | None = field(default=None, compare=False)  # the pack's clauses it enforces (explain)

    def finding(self, statement: Statement, message: str, *, pack: Pack | None,
                citation: Citation | None, line: int | None = None, column: int | None = None,
                subject: str | None = None, category: str | None = None,
                purpose: str | None = None, evidence: tuple[str, ...] = ()) -> Finding:
        """A finding of this rule at the statement (or at `line`:`column` inside it)."""
        return Finding(
            rule_id=self.id,
            family=self.family,
            severity=self.severity,
            path=statement.path,
            line=line or statement.line,
            column=column or statement.column,
            message=message,
            subject=subject,
            category=category,
            purpose=purpose,
            citation=citation,
            pack=pack.id if pack else None,
            evidence=evidence,
            anchor=statement_anchor(statement),
        )


def statement_anchor(statement: Statement) -> str:
    """A short digest of the statement as sqlglot normalizes it (whitespace, case and comments do not count)."""
    text = statement.normalized or statement.sql
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def with_severity(finding: Finding, severity: str) -> Finding:
    return replace(finding, severity=severity)


def category_label(pack: Pack, category: str) -> str:
    """`account.email (E-mail address)`."""
    known = pack.categories.get(category)
    return f"{category} ({known.name})" if known else category


def personal_category(pack: Pack, catalog: Catalog, column: ColumnRef) -> str | None:
    """The column's category if this pack knows it and it is personal data, else None."""
    category = catalog.category(column)
    if category is None or not pack.knows(category) or not pack.is_personal(category):
        return None
    return category
