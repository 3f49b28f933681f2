"""Special categories (GDPR Art. 9): health, ethnicity, beliefs ... need an Art. 9(2) ground."""

from __future__ import annotations

from collections.abc import Iterator

from checker.facts import Statement
from checker.findings import Finding
from checker.policy.model import Citation, Pack, covers
from checker.rules.base import Context, Rule, RuleDoc, category_label, clauses_of, personal_category

SPECIAL = "special"
# Legal bases that can lift the Art. 9(1) prohibition: explicit consent (9(2)(a)), obligations of
# employment and social security law or other law (9(2)(b), (g)), vital interests (9(2)(c)).
ARTICLE_9_BASES = {"explicit_consent", "legal_obligation", "vital_interest"}


def check_special_category_basis(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    purpose = pack.purposes.get(statement.purpose or "")
    if statement.purpose is not None and purpose is None:
        return  # an unknown purpose is PUR003's finding
    basis = purpose.legal_basis if purpose else "none"
    if basis in ARTICLE_9_BASES:
        return
    reported: set[str] = set()
    for read in statement.reads:
        category = personal_category(pack, ctx.catalog, read.column)
        if category is None or not covers(SPECIAL, category) or category in reported:
            continue
        reported.add(category)
        special = pack.categories.get(SPECIAL)
        yield SPECIAL_CATEGORY_WITHOUT_BASIS.finding(
            statement,
            f"{read.column} holds {category_label(pack, category)}, a special category, read for "
            f"{'purpose ' + repr(purpose.id) if purpose else 'no declared purpose'} whose legal basis "
            f"({basis.replace('_', ' ')}) cannot lift the Art. 9 prohibition",
            pack=pack, citation=special_citation(pack, category), line=read.line, column=read.col,
            subject=str(read.column), category=category, purpose=statement.purpose,
            evidence=(f"Art. 9(2) grounds privgate accepts: {', '.join(sorted(ARTICLE_9_BASES))}",
                      f"special categories: {special.name}" if special else "special categories"),
        )


def special_citation(pack: Pack, category: str) -> Citation | None:
    """The sentence that makes a category special: the policy's own definition where the pack gives
    one (on the category or an ancestor), else GDPR Art. 9(1) from gdpr-baseline."""
    return pack.category_citation(category, inherited=True) or pack.citation


def special_category_clauses(pack: Pack) -> list[Citation]:
    """The sentences defining the special categories the pack knows (Art. 9(1), or the policy's own)."""
    return clauses_of(special_citation(pack, category) for category in pack.categories if covers(SPECIAL, category))


SPECIAL_CATEGORY_WITHOUT_BASIS = Rule(
    id="SPC001",
    name="special-category-without-article-9-basis",
    family="special_category",
    severity="error",
    summary="Special-category data (health, ethnicity, beliefs ...) is read for a purpose without an Art. 9(2) basis.",
    check=check_special_category_basis,
    clauses=special_category_clauses,
    doc=RuleDoc(
        what="A statement reads a column whose category is under `special` (from gdpr-baseline) for a purpose "
             "whose legal basis is not explicit consent, a legal obligation or vital interests, or for no "
             "declared purpose at all; even a purpose that lists the category needs such a basis.",
        why="Processing special categories is prohibited unless an Art. 9(2) exception applies; legitimate "
            "interest or an ordinary contract is not one of them.",
        failing="-- privgate: purpose=wellness_marketing\nSELECT email, diagnosis\nFROM patients",
        passing="-- privgate: purpose=care\nSELECT diagnosis\nFROM patients",
    ),
)

RULES = (SPECIAL_CATEGORY_WITHOUT_BASIS,)
