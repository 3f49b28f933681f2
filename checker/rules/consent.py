"""Consent: purposes that need consent may only process subjects who gave it and did not withdraw."""

from __future__ import annotations

from collections.abc import Iterator

from checker.catalog import Catalog
from checker.facts import ColumnRef, RowConditions, Statement
from checker.findings import Finding
from checker.policy.model import Citation, ConsentRule, Pack, covers
from checker.rules.base import Context, Rule, RuleDoc, clauses_of, personal_category

GIVEN = ("true", "not_null")
ABSENT = ("null", "false")


def _has_category(catalog: Catalog, ref: ColumnRef, category: str) -> bool:
    found = catalog.category(ref)
    return found is not None and covers(category, found)


def _consent_given(branch: RowConditions, rule: ConsentRule, catalog: Catalog) -> list[str]:
    """SQL of the tests in this branch that restrict every row to subjects with consent."""
    return [test.describe() for test in branch.tests
            if test.test in GIVEN and _has_category(catalog, test.column, rule.consent_category or "")]


def _excluded(branch: RowConditions, category: str, catalog: Catalog) -> list[str]:
    """SQL of the tests or NOT EXISTS/NOT IN clauses that drop the subjects whose `category` (a
    withdrawal, an objection) is recorded."""
    found = [test.describe() for test in branch.tests
             if test.test in ABSENT and _has_category(catalog, test.column, category)]
    for exclusion in branch.exclusions:
        if any(_has_category(catalog, ref, category) for table in exclusion.tables
               for ref in catalog.columns_of(table)):
            found.append(exclusion.sql)
    return found


WHO = {"withdrawal": "withdrew it", "objection": "objected to it"}


def _applicable(statement: Statement, pack: Pack, ctx: Context) -> list[ConsentRule]:
    if not statement.purpose or not statement.branches:
        return []
    if not any(personal_category(pack, ctx.catalog, read.column) for read in statement.reads):
        return []
    return pack.consent_rules_for(statement.purpose)


def _carries_personal(branch: RowConditions, pack: Pack, ctx: Context) -> bool:
    """Only rows that carry personal data out need the subject's consent."""
    return any(personal_category(pack, ctx.catalog, ref) for ref in branch.carries)


def _branch_label(statement: Statement, index: int) -> str:
    return f"branch {index + 1} of {len(statement.branches)} of the set operation" if len(statement.branches) > 1 \
        else "the query"


def _tests_seen(branch: RowConditions) -> str:
    tests = [test.describe() for test in branch.tests] + [item.sql for item in branch.exclusions]
    return "conditions that hold for every row: " + ("; ".join(tests) if tests else "none")


def check_consent_missing(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    for rule in _applicable(statement, pack, ctx):
        if rule.mode != "opt_in":
            continue
        for index, branch in enumerate(statement.branches):
            if not _carries_personal(branch, pack, ctx) or _consent_given(branch, rule, ctx.catalog):
                continue
            yield CONSENT_MISSING.finding(
                statement,
                f"purpose '{statement.purpose}' needs opt-in consent, but {_branch_label(statement, index)} "
                f"does not restrict every row to subjects whose {rule.consent_category} is given",
                pack=pack, citation=pack.consent_citation(rule, "consent"), category=rule.consent_category,
                purpose=statement.purpose,
                evidence=(
                    _tests_seen(branch),
                    f"looked for a test of a {rule.consent_category} column in WHERE (not under OR), an inner "
                    "JOIN's ON, a CTE or derived table the rows come from, or an IN/EXISTS subquery",
                ),
            )
            break


def check_withdrawal_ignored(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    """Each of withdrawal and objection (where the pack records them apart) must exclude subjects."""
    for rule in _applicable(statement, pack, ctx):
        if rule.mode != "opt_in":
            continue
        for requirement, category in rule.exclusions():
            for index, branch in enumerate(statement.branches):
                given = _consent_given(branch, rule, ctx.catalog)
                if not given or not _carries_personal(branch, pack, ctx) or _excluded(branch, category, ctx.catalog):
                    continue
                yield WITHDRAWAL_IGNORED.finding(
                    statement,
                    f"purpose '{statement.purpose}' checks consent but {_branch_label(statement, index)} keeps "
                    f"subjects who {WHO[requirement]} ({category} is never tested)",
                    pack=pack, citation=pack.consent_citation(rule, requirement), category=category,
                    purpose=statement.purpose, evidence=(f"consent tested by: {'; '.join(given)}", _tests_seen(branch)),
                )
                break


def check_opt_out_ignored(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    for rule in _applicable(statement, pack, ctx):
        if rule.mode != "opt_out":
            continue
        for requirement, category in rule.exclusions():
            for index, branch in enumerate(statement.branches):
                if not _carries_personal(branch, pack, ctx) or _excluded(branch, category, ctx.catalog):
                    continue
                yield OPT_OUT_IGNORED.finding(
                    statement,
                    f"purpose '{statement.purpose}' must honour unsubscribes and objections, but "
                    f"{_branch_label(statement, index)} does not exclude subjects whose {category} is set",
                    pack=pack, citation=pack.consent_citation(rule, requirement), category=category,
                    purpose=statement.purpose, evidence=(_tests_seen(branch),),
                )
                break


def opt_in_clauses(pack: Pack) -> list[Citation]:
    """Clauses that require the subject's consent for a purpose."""
    return clauses_of(pack.consent_citation(rule, "consent") for rule in pack.consent if rule.mode == "opt_in")


def _exclusion_clauses(pack: Pack, mode: str) -> list[Citation]:
    return clauses_of(pack.consent_citation(rule, requirement) for rule in pack.consent if rule.mode == mode
                      for requirement, _ in rule.exclusions())


def withdrawal_clauses(pack: Pack) -> list[Citation]:
    """Clauses on withdrawing consent (and objecting) for the consent-based purposes."""
    return _exclusion_clauses(pack, "opt_in")


def opt_out_clauses(pack: Pack) -> list[Citation]:
    """Clauses of the purposes subjects can object to (unsubscribe from)."""
    return _exclusion_clauses(pack, "opt_out")


def consent_records(rule: ConsentRule) -> list[tuple[str, str]]:
    """(requirement, category) of what must be looked up per subject: the consent (opt-in), the
    withdrawal and the objection."""
    given = [("consent", rule.consent_category)] if rule.mode == "opt_in" and rule.consent_category else []
    return given + rule.exclusions()


def consent_record_clauses(pack: Pack) -> list[Citation]:
    """Clauses whose consent, withdrawal or objection must be looked up per subject in the schema."""
    return clauses_of(pack.consent_citation(rule, requirement) for rule in pack.consent
                      for requirement, _ in consent_records(rule))


CONSENT_MISSING = Rule(
    id="CON001",
    name="consent-purpose-without-consent-check",
    family="consent",
    severity="error",
    summary="A query for a consent-based purpose returns subjects without restricting them to those who consented.",
    check=check_consent_missing,
    clauses=opt_in_clauses,
    doc=RuleDoc(
        what="For a purpose the pack marks opt-in, every row the statement returns must be restricted to "
             "subjects with a given consent: a test of a consent column that holds for every row (a WHERE "
             "conjunct, an inner JOIN's ON, a CTE or derived table the rows come from, an IN or EXISTS "
             "subquery). A test under OR, or only in a LEFT JOIN's ON, restricts nothing.",
        why="Direct marketing needs the subject's prior consent (GDPR Art. 6(1)(a), ePrivacy Art. 13); "
            "one audience query without the filter mails everyone.",
        failing="-- privgate: purpose=marketing\nSELECT a.email\nFROM accounts a\n"
                "LEFT JOIN consents c ON c.account_id = a.id AND c.marketing_email\n",
        passing="-- privgate: purpose=marketing\nSELECT a.email\nFROM accounts a\n"
                "JOIN consents c ON c.account_id = a.id\nWHERE c.marketing_email AND c.withdrawn_at IS NULL",
    ),
)

WITHDRAWAL_IGNORED = Rule(
    id="CON002",
    name="consent-without-withdrawal-check",
    family="consent",
    severity="error",
    summary="A consent-based query tests that consent was given but keeps subjects who withdrew it or objected.",
    check=check_withdrawal_ignored,
    clauses=withdrawal_clauses,
    doc=RuleDoc(
        what="Where the pack models withdrawal, a query that tests consent must also exclude withdrawn "
             "subjects for every row (`withdrawn_at IS NULL`, `NOT withdrawn`, or NOT EXISTS / NOT IN over "
             "a table that records withdrawals); where it records objections apart (`objection_category`), "
             "objecting subjects too. Each missing exclusion is its own finding, citing its own sentence.",
        why="Consent can be withdrawn at any time (GDPR Art. 7(3)); a flag that was once true is not consent.",
        failing="-- privgate: purpose=marketing\nSELECT a.email\nFROM accounts a\n"
                "JOIN consents c ON c.account_id = a.id\nWHERE c.marketing_email",
        passing="-- privgate: purpose=marketing\nSELECT a.email\nFROM accounts a\n"
                "JOIN consents c ON c.account_id = a.id\nWHERE c.marketing_email AND c.withdrawn_at IS NULL",
    ),
)

OPT_OUT_IGNORED = Rule(
    id="CON003",
    name="opt-out-not-honoured",
    family="consent",
    severity="error",
    summary="A query for an opt-out purpose (newsletter) does not exclude subjects who unsubscribed or objected.",
    check=check_opt_out_ignored,
    clauses=opt_out_clauses,
    doc=RuleDoc(
        what="For a purpose the pack marks opt-out, every row must exclude subjects whose unsubscribe or "
             "objection is recorded (`unsubscribed_at IS NULL`, or NOT EXISTS / NOT IN over the unsubscribe list).",
        why="An objection to direct marketing stops it at once (GDPR Art. 21(3)).",
        failing="-- privgate: purpose=newsletter\nSELECT email FROM accounts",
        passing="-- privgate: purpose=newsletter\nSELECT a.email FROM accounts a\n"
                "WHERE NOT EXISTS (SELECT 1 FROM unsubscribes u WHERE u.email = a.email)",
    ),
)

RULES = (CONSENT_MISSING, WITHDRAWAL_IGNORED, OPT_OUT_IGNORED)
