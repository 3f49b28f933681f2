"""Purpose limitation: data categories may only be processed for the purposes the policy names."""

from __future__ import annotations

from collections.abc import Iterator

from checker.facts import ColumnRef, Statement
from checker.findings import Finding
from checker.policy.model import Citation, Pack
from checker.rules.base import Context, Rule, RuleDoc, category_label, clauses_of, personal_category


def _purpose_source(statement: Statement) -> str:
    return f"purpose '{statement.purpose}' from {statement.purpose_source}"


def check_category_outside_purpose(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    purpose = pack.purposes.get(statement.purpose or "")
    if purpose is None:
        return
    reported: set[str] = set()
    for read in statement.reads:
        category = personal_category(pack, ctx.catalog, read.column)
        if category is None or pack.purpose_allows(purpose, category) or str(read.column) in reported:
            continue
        reported.add(str(read.column))
        yield CATEGORY_OUTSIDE_PURPOSE.finding(
            statement,
            f"{read.column} holds {category_label(pack, category)}, which the policy does not list "
            f"for purpose '{purpose.id}' ({purpose.name})",
            pack=pack, citation=purpose.citation, line=read.line, column=read.col,
            subject=str(read.column), category=category, purpose=purpose.id,
            evidence=(
                f"read in the {read.clause} of the {read.scope}",
                *(["category inferred from the column name; annotate it (`privgate: <category>` or "
                   "`privgate: none`) to confirm"] if ctx.catalog.is_inferred(read.column) else []),
                _purpose_source(statement),
                f"categories allowed for '{purpose.id}': {', '.join(purpose.categories)}",
            ),
        )


def check_personal_data_without_purpose(statement: Statement, packs: tuple[Pack, ...],
                                        ctx: Context) -> Iterator[Finding]:
    """Once per statement: personal data of any pack in force, reported against the first pack."""
    if statement.purpose is not None:
        return
    personal = {str(read.column): category for read in statement.reads
                for category in [_personal_in_any_pack(read.column, packs, ctx)] if category}
    if not personal:
        return
    pack = packs[0]
    names = sorted(personal)
    yield PERSONAL_DATA_WITHOUT_PURPOSE.finding(
        statement,
        f"reads personal data ({', '.join(names[:5])}{', ...' if len(names) > 5 else ''}) "
        "without a declared purpose; add `-- privgate: purpose=<id>` or a `purposes.paths` glob",
        pack=pack, citation=pack.personal_citation(personal.values()) or pack.citation, subject=names[0],
        category=personal[names[0]],
        evidence=(f"personal columns read: {', '.join(names)}",),
    )


def _personal_in_any_pack(column: ColumnRef, packs: tuple[Pack, ...], ctx: Context) -> str | None:
    return next((c for p in packs if (c := personal_category(p, ctx.catalog, column))), None)


def check_unknown_purpose(statement: Statement, packs: tuple[Pack, ...], ctx: Context) -> Iterator[Finding]:
    """Once per statement: a purpose no pack in force defines, reported against the first pack."""
    if statement.purpose is None or any(statement.purpose in p.purposes for p in packs):
        return
    pack = packs[0]
    known = sorted({purpose for p in packs for purpose in p.purposes})
    yield UNKNOWN_PURPOSE.finding(
        statement,
        f"purpose '{statement.purpose}' is not defined in the rule packs in force "
        + (f"(known: {', '.join(known)})" if known else
           "(they define no purposes: use your company's pack, or write one with `privgate pack new`)"),
        pack=pack, citation=pack.citation, purpose=statement.purpose,
        evidence=(_purpose_source(statement),),
    )


def purpose_clauses(pack: Pack) -> list[Citation]:
    """Each purpose's clause: the categories it may use."""
    return clauses_of(purpose.citation for purpose in pack.purposes.values())


def personal_data_clauses(pack: Pack) -> list[Citation]:
    """The policy's general statement of purposes, and the sentences that make a category personal data."""
    return clauses_of([pack.citation, *(category.citations.get("personal") for category in pack.categories.values())])


def pack_clause(pack: Pack) -> list[Citation]:
    """The policy's general statement of purposes (for rules about the whole pack)."""
    return clauses_of([pack.citation])


CATEGORY_OUTSIDE_PURPOSE = Rule(
    id="PUR001",
    name="category-outside-purpose",
    family="purpose",
    severity="error",
    summary="A query reads a data category that the policy does not allow for the query's purpose.",
    check=check_category_outside_purpose,
    clauses=purpose_clauses,
    doc=RuleDoc(
        what="Every column a statement reads (select list, filters, joins, CTEs, subqueries, `SELECT *` "
             "expanded from the catalog) is mapped to its data category; the category must be among the "
             "categories the rule pack allows for the statement's purpose.",
        why="Purpose limitation (GDPR Art. 5(1)(b)): the policy promises which data each purpose uses. "
            "Reading support-ticket notes for analytics breaks that promise even if nobody sees the output.",
        failing="-- privgate: purpose=analytics\nSELECT t.subject, t.notes\nFROM tickets t",
        passing="-- privgate: purpose=analytics\nSELECT a.country, count(*) AS accounts\nFROM accounts a\n"
                "GROUP BY a.country",
    ),
)

PERSONAL_DATA_WITHOUT_PURPOSE = Rule(
    id="PUR002",
    name="personal-data-without-purpose",
    family="purpose",
    severity="warning",
    summary="A query reads personal data but states no purpose, so purpose limitation cannot be checked.",
    check=check_personal_data_without_purpose,
    all_packs=True,
    clauses=personal_data_clauses,
    doc=RuleDoc(
        what="A statement reads at least one column whose category is personal data, and neither a "
             "`-- privgate: purpose=...` comment nor a `purposes.paths` glob gives it a purpose.",
        why="Every processing of personal data needs a purpose the policy names; a query without one "
            "cannot be checked and is how purpose creep starts.",
        failing="SELECT email FROM accounts",
        passing="-- privgate: purpose=customer_service\nSELECT email FROM accounts",
    ),
)

UNKNOWN_PURPOSE = Rule(
    id="PUR003",
    name="unknown-purpose",
    family="purpose",
    severity="error",
    summary="A query declares a purpose that no rule pack in force defines.",
    check=check_unknown_purpose,
    all_packs=True,
    clauses=pack_clause,
    doc=RuleDoc(
        what="The purpose named by a comment or a path glob is not one of the purposes of the packs in force.",
        why="A misspelt or invented purpose would silently exempt the query from purpose limitation.",
        failing="-- privgate: purpose=growth_hacking\nSELECT email FROM accounts",
        passing="-- privgate: purpose=user_account\nSELECT email FROM accounts",
    ),
)

RULES = (CATEGORY_OUTSIDE_PURPOSE, PERSONAL_DATA_WITHOUT_PURPOSE, UNKNOWN_PURPOSE)
