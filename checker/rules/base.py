"""What every rule declares: a stable id, a name for the pattern it flags, its family, a default
severity, its documentation, what it judges (its subject), the clauses of a pack it enforces, and
one pure check function over its subject."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from checker.cache import sha256
from checker.catalog import Catalog
from checker.config import Config
from checker.facts import ColumnRef, Statement
from checker.findings import Finding
from checker.policy.model import Citation, Pack
from checker.records import Record


@dataclass(frozen=True, eq=False, repr=False)
class RuleDoc(Record):
    """The four sections `privgate explain` prints; the examples run in a test.

    Rules over dataset rows show their examples as CSV files, described by `dataset` (a `datasets:`
    entry of privgate.yaml without its path).
    """

    what: str
    why: str
    failing: str
    passing: str
    dataset: dict[str, Any] | None = field(default=None, compare=False)


@dataclass(frozen=True, eq=False, repr=False)
class Context(Record):
    """Everything a check may look at besides the statement and the pack."""

    catalog: Catalog
    config: Config
    packs: tuple[Pack, ...]
    purged: frozenset[str] = frozenset()  # tables a purge statement in the repository deletes from;
    # known only once every file is read, so only table rules (judged last) may look at it


# What a rule judges: one SQL statement, one catalog table, one dataset's rows, an input problem
# (reported by the reader that met it) or an inline suppression. Its check takes the subject's form:
#   statement    check(statement: Statement, pack: Pack, ctx: Context), once per pack in force, or
#                check(statement, packs: tuple[Pack, ...], ctx) once when the rule sets `all_packs`
#   table        check(table: TableSubject, pack: Pack, ctx: Context), once per pack in force
#   suppression  check(suppressions: SuppressionSubject)
#   input        no check: `problem_kind` names the reader's problems it reports (rules.input)
#   dataset      judged by checker.datasets (see rules.dataset_rows)
# (checker.rules.subjects defines TableSubject and SuppressionSubject.)
SUBJECTS = ("statement", "table", "dataset", "input", "suppression")
Check = Callable[..., Iterator[Finding]]
Clauses = Callable[[Pack], list[Citation]]


@dataclass(frozen=True, eq=False, repr=False)
class Position(Record):
    """Where a finding is reported, and the anchor that keeps its fingerprint stable when lines move."""

    path: str
    line: int
    column: int
    anchor: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Rule(Record):
    id: str
    name: str
    family: str
    severity: str
    summary: str
    doc: RuleDoc
    check: Check | None = field(default=None, compare=False)  # None: reported elsewhere (input, dataset rules)
    subject: str = "statement"  # one of SUBJECTS
    clauses: Clauses | None = field(default=None, compare=False)  # the pack's clauses it enforces (explain)
    all_packs: bool = False  # a statement rule judged once with every pack in force, not once per pack
    problem_kind: str | None = None  # input rules: the kind of reader problem (InputProblem.kind) it reports

    def __post_init__(self) -> None:
        if self.subject not in SUBJECTS:
            raise ValueError(f"rule {self.id}: subject '{self.subject}' is not one of {', '.join(SUBJECTS)}")

    def finding(self, statement: Statement, message: str, *, pack: Pack | None,
                citation: Citation | None, line: int | None = None, column: int | None = None,
                subject: str | None = None, category: str | None = None,
                purpose: str | None = None, evidence: tuple[str, ...] = ()) -> Finding:
        """A finding of this rule at the statement (or at `line`:`column` inside it)."""
        where = replace(statement_position(statement), line=line or statement.line,
                        column=column or statement.column)
        return self.finding_at(where, message, pack=pack, citation=citation, subject=subject, category=category,
                               purpose=purpose, evidence=evidence)

    def finding_at(self, where: Position, message: str, *, pack: Pack | None, citation: Citation | None,
                   subject: str | None = None, category: str | None = None, purpose: str | None = None,
                   evidence: tuple[str, ...] = ()) -> Finding:
        """A finding of this rule at a position (a table's definition, a suppression's statement, a file)."""
        return Finding(
            rule_id=self.id,
            family=self.family,
            severity=self.severity,
            path=where.path,
            line=where.line,
            column=where.column,
            message=message,
            subject=subject,
            category=category,
            purpose=purpose,
            citation=citation,
            pack=pack.id if pack else None,
            evidence=evidence,
            anchor=where.anchor,
        )


def statement_position(statement: Statement) -> Position:
    return Position(statement.path, statement.line, statement.column, statement_anchor(statement))


def statement_anchor(statement: Statement) -> str:
    """A short digest of the statement as sqlglot normalizes it (whitespace, case and comments do not count)."""
    return anchor_of(statement.normalized or statement.sql)


def anchor_of(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()[:16]


def clauses_of(citations: Iterable[Citation | None]) -> list[Citation]:
    """The citations given, each once, in order (for `Rule.clauses`)."""
    return [citation for citation in dict.fromkeys(citations) if citation is not None]


def no_clauses(pack: Pack) -> list[Citation]:
    """The clauses of rules that enforce no clause of a pack (input problems, suppressions)."""
    return []


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
