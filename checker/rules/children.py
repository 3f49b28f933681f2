"""Children: purposes the policy reserves for adults may reach minors only with a guardian's consent."""

from __future__ import annotations

from collections.abc import Iterator

from checker.facts import RowConditions, Statement
from checker.findings import Finding
from checker.policy.model import ChildrenRule, Citation, Pack, covers
from checker.rules.base import Context, Rule, RuleDoc, clauses_of, personal_category


def _protects(branch: RowConditions, rule: ChildrenRule, ctx: Context) -> list[str]:
    """SQL of the conditions that keep minors out of every row, or admit them only with a guardian's consent."""
    found = []
    for test in branch.tests:
        category = ctx.catalog.category(test.column) or ""
        if rule.birth_date_category and covers(rule.birth_date_category, category) and test.test == "older_than":
            if float(test.value or 0) >= rule.min_age - 0.01:
                found.append(test.describe())
        elif rule.age_category and covers(rule.age_category, category) and test.test == "at_least":
            if float(test.value or 0) >= rule.min_age:
                found.append(test.describe())
        elif (rule.guardian_consent_category and covers(rule.guardian_consent_category, category)
              and test.test in ("true", "not_null")):
            found.append(test.describe())
    return found


def check_minors_without_guardian_consent(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    rules = [rule for rule in pack.children if statement.purpose in rule.purposes]
    if not rules or not statement.branches:
        return
    for rule in rules:
        for branch in statement.branches:
            carries = any(personal_category(pack, ctx.catalog, ref) for ref in branch.carries)
            if not carries or _protects(branch, rule, ctx):
                continue
            ways = [f"{rule.birth_date_category} at least {rule.min_age} years ago" if rule.birth_date_category else "",
                    f"{rule.age_category} >= {rule.min_age}" if rule.age_category else "",
                    f"{rule.guardian_consent_category} given" if rule.guardian_consent_category else ""]
            yield MINORS_WITHOUT_GUARDIAN_CONSENT.finding(
                statement,
                f"purpose '{statement.purpose}' may reach subjects under {rule.min_age}: no condition keeps "
                f"minors out or requires a guardian's consent",
                pack=pack, citation=rule.citation, category=rule.birth_date_category or rule.age_category,
                purpose=statement.purpose,
                evidence=("looked for, in every row: " + " or ".join(w for w in ways if w),
                          "conditions that hold for every row: "
                          + ("; ".join(t.describe() for t in branch.tests) or "none")),
            )
            return


def children_clauses(pack: Pack) -> list[Citation]:
    """Clauses that reserve purposes for subjects of a minimum age (or their guardians' consent)."""
    return clauses_of(rule.citation for rule in pack.children)


def guardian_consent_clauses(pack: Pack) -> list[Citation]:
    """Children clauses that admit minors with a guardian's consent, which the schema must be able to record."""
    return clauses_of(rule.citation for rule in pack.children if rule.guardian_consent_category)


MINORS_WITHOUT_GUARDIAN_CONSENT = Rule(
    id="CHD001",
    name="minors-without-guardian-consent",
    family="children",
    severity="error",
    summary="A query for a purpose the policy reserves for adults does not exclude minors or require a guardian's consent.",
    check=check_minors_without_guardian_consent,
    clauses=children_clauses,
    doc=RuleDoc(
        what="For the purposes a pack's `children` rule names, every row must either exclude subjects "
             "younger than the minimum age (`birth_date <= CURRENT_DATE - INTERVAL '18 years'`, `age >= 18`) "
             "or require a guardian's consent, by a condition that holds for every row.",
        why="A child's consent is not valid without the holder of parental responsibility (GDPR Art. 8); "
            "some policies set the age at 18.",
        failing="-- privgate: purpose=promotional_offers\nSELECT p.email\nFROM players p\n"
                "JOIN marketing_consents c ON c.player_id = p.id\n"
                "WHERE c.promotional_offers AND c.withdrawn_at IS NULL",
        passing="-- privgate: purpose=promotional_offers\nSELECT p.email\nFROM players p\n"
                "JOIN marketing_consents c ON c.player_id = p.id\n"
                "WHERE c.promotional_offers AND c.withdrawn_at IS NULL\n"
                "  AND p.birth_date <= CURRENT_DATE - INTERVAL '18 years'",
    ),
)

RULES = (MINORS_WITHOUT_GUARDIAN_CONSENT,)
