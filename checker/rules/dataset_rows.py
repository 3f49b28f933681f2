"""Rules over dataset rows: the promises checked in the data itself (files and tables) rather than
in the SQL that produces it. Each rule owns its logic: for a dataset it asks for the row predicates
it needs (checker.datasets counts them with Great Expectations, knowing no rule) and turns the counts,
and the content detectors' verdicts on samples, into findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from checker.datasets.places import Place, message_prefix
from checker.datasets.predicates import (
    ALL_ROWS,
    NEWER_THAN,
    NOT_CONSENTED,
    OLDER_THAN,
    OUTSIDE,
    PRESENT,
    WITHDRAWN_BEFORE_SEND,
    WITHDRAWN_BY,
    Counted,
    RowCount,
    RowPredicate,
)
from checker.durations import Duration
from checker.findings import Finding
from checker.locations import EEA_COUNTRIES, EU_MULTI_REGION
from checker.policy.model import Citation, Pack, covers, personal_in
from checker.records import Record
from checker.rules.base import Rule, RuleDoc, category_label
from checker.rules.children import children_clauses
from checker.rules.consent import opt_in_clauses, opt_out_clauses, withdrawal_clauses
from checker.rules.purpose import purpose_clauses
from checker.rules.retention import maximum_clauses
from checker.rules.special_category import ARTICLE_9_BASES, SPECIAL, special_category_clauses, special_citation
from checker.rules.transfer import purpose_transfer_clauses

if TYPE_CHECKING:  # the detectors load phonenumbers and stdnum, the specs sqlglot's dialect tables; rules are imported on every scan
    from checker.datasets.detectors import ColumnVerdict
    from checker.datasets.spec import Dataset, DatasetSpec

DIRECT_IDENTIFIERS = {"email", "name", "phone", "ip_address", "egn", "lnch", "national_id", "iban", "address",
                      "id", "card"}


@dataclass(frozen=True, eq=False, repr=False)
class DatasetColumns(Record):
    """A dataset's columns (lower case) and what each holds: declared, borrowed from its catalog
    table, or inferred from its name (`inferred`)."""

    names: tuple[str, ...]
    categories: dict[str, str | None]
    inferred: frozenset[str]

    def holding(self, wanted: str) -> str | None:
        """The first column whose category is `wanted` or below it."""
        return next(iter(self.all_holding(wanted)), None)

    def all_holding(self, wanted: str) -> list[str]:
        """Every column whose category is `wanted` or below it, in column order."""
        return [name for name in self.names if (c := self.categories.get(name)) and covers(wanted, c)]

    def personal(self, pack: Pack) -> list[tuple[str, str]]:
        """(column, category) of the columns holding personal data this pack knows."""
        return [(name, category) for name in self.names if (category := self.categories.get(name))
                and pack.knows(category) and pack.is_personal(category)]


@dataclass(frozen=True, eq=False, repr=False)
class DatasetFacts(Record):
    """One dataset as its rules see it."""

    dataset: Dataset
    place: Place
    columns: DatasetColumns
    packs: tuple[Pack, ...]
    as_of: date

    @property
    def spec(self) -> DatasetSpec:
        return self.dataset.spec


@dataclass(frozen=True, eq=False, repr=False)
class Ask(Record):
    """A row predicate a rule wants counted, and what its finding says when rows hold for it."""

    predicate: RowPredicate
    pack: Pack
    citation: Citation | None
    message: str  # follows "{failing} of {rows} rows ({share}) "
    category: str | None = None
    purpose: str | None = None
    evidence: tuple[str, ...] = ()


Asks = Callable[[DatasetFacts, Pack], list[Ask]]
Detected = Callable[[DatasetFacts, Counted], list[Finding]]


@dataclass(frozen=True, kw_only=True)
class DatasetRule(Rule):
    """A rule over dataset rows: `asks` plans, per pack, the predicates it needs counted;
    `detected` turns the content detectors' verdicts into findings."""

    asks: Asks | None = field(default=None, compare=False)
    detected: Detected | None = field(default=None, compare=False)

    def plan(self, facts: DatasetFacts) -> list[RowPredicate]:
        """The row predicates to count on this dataset."""
        return [ask.predicate for ask in self._asked(facts)]

    def judge(self, facts: DatasetFacts, counted: Counted) -> list[Finding]:
        """Findings from the counts of the predicates `plan` gave (matched by key) and the verdicts."""
        findings = [self._row_finding(facts, counted, ask, count) for ask in self._asked(facts)
                    if (count := counted.counts.get(ask.predicate.key)) is not None and count.failing]
        return findings + (self.detected(facts, counted) if self.detected else [])

    def _asked(self, facts: DatasetFacts) -> list[Ask]:
        return [ask for pack in facts.packs for ask in self.asks(facts, pack)] if self.asks else []

    def _row_finding(self, facts: DatasetFacts, counted: Counted, ask: Ask, count: RowCount) -> Finding:
        dataset, place, predicate, rows = facts.dataset, facts.place, ask.predicate, counted.rows
        share = count.failing / rows if rows else 1.0
        evidence = [*ask.evidence, f"{counted.method}; {rows:,} row{'' if rows == 1 else 's'}"]
        if count.examples:
            masked = " (masked)" if predicate.kind == PRESENT else ""
            evidence.append(f"examples{masked}: {', '.join(count.examples)}")
        return Finding(
            self.id, self.family, self.severity, place.path, place.line, place.column(predicate.column),
            f"{message_prefix(dataset, place)}{count.failing:,} of {rows:,} rows ({share:.1%}) {ask.message}",
            subject=f"{dataset.label}:{predicate.column}" if predicate.column else dataset.label,
            category=ask.category, purpose=ask.purpose, citation=ask.citation, pack=ask.pack.id,
            evidence=tuple(evidence), anchor=f"{dataset.label}|{predicate.column}|{predicate.kind}")

    def verdict_finding(self, facts: DatasetFacts, name: str, verdict: ColumnVerdict, pack: Pack | None,
                        message: str, citation: Citation | None = None) -> Finding:
        """A finding on a column whose sample the detectors recognised."""
        dataset, place = facts.dataset, facts.place
        return Finding(
            self.id, self.family, self.severity, place.path, place.line, place.column(name),
            f"{message_prefix(dataset, place)}{message} ({verdict.matches:,} of {verdict.sampled:,} sampled values, "
            f"{verdict.share:.1%})",
            subject=f"{dataset.label}:{name}", category=None, purpose=facts.spec.purpose,
            citation=citation or (pack.citation if pack else None), pack=pack.id if pack else None,
            evidence=(f"detector {verdict.detector.name} (validated, not just a pattern) on a sample of the first "
                      f"{verdict.sampled:,} non-empty values", f"examples (masked): {', '.join(verdict.examples)}"),
            anchor=f"{dataset.label}|{name}|{verdict.detector.name}")


def _key(rule_id: str, pack: Pack, part: object) -> str:
    return f"{rule_id}|{pack.id}|{part}"


def end_of_day(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=timezone.utc)


# RET004 --------------------------------------------------------------------------------------------

def _retention_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Per clock with a timestamp column: rows older than the shortest maximum of the dataset's categories."""
    asks = []
    for clock, column in facts.spec.timestamps.items():
        rules = [(category, rule) for _, category in facts.columns.personal(pack)
                 for rule in pack.retention_for(category) if rule.clock == clock and rule.max]
        if not rules:
            continue
        category, rule = min(rules, key=lambda item: item[1].max.days)  # type: ignore[union-attr]
        midnight = datetime.combine(facts.as_of, time(), tzinfo=timezone.utc)
        cutoff = rule.max.before(midnight)  # type: ignore[union-attr]
        asks.append(Ask(
            RowPredicate(_key("RET004", pack, clock), OLDER_THAN, column, cutoff=cutoff), pack, rule.cite("max"),
            f"are older than the {rule.max} the policy allows for {category_label(pack, rule.category)} "
            f"({column} before {cutoff.date().isoformat()})",
            category=category,
            evidence=(f"maximum for {rule.category}: {rule.max}, counted from {clock.replace('_', ' ')} ({column})",),
        ))
    return asks


# CON004, CON005 ------------------------------------------------------------------------------------

def _consent_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows without consent (or all rows, when no column holds consent) for an opt-in purpose."""
    spec = facts.spec
    if spec.purpose is None:
        return []
    asks = []
    for index, rule in enumerate(pack.consent_rules_for(spec.purpose)):
        if rule.mode != "opt_in":
            continue
        given = spec.consent or (facts.columns.holding(rule.consent_category) if rule.consent_category else None)
        key = _key("CON004", pack, index)
        if given is None:
            asks.append(Ask(
                RowPredicate(key, ALL_ROWS, None), pack, pack.consent_citation(rule, "consent"),
                f"are used for '{spec.purpose}' but the dataset has no consent column "
                f"({rule.consent_category}), so none of them shows consent",
                category=rule.consent_category, purpose=spec.purpose, evidence=("declare it with `consent: COLUMN`",)))
        else:
            asks.append(Ask(
                RowPredicate(key, NOT_CONSENTED, given), pack, pack.consent_citation(rule, "consent"),
                f"are used for '{spec.purpose}' without consent ({given} is not true)",
                category=rule.consent_category, purpose=spec.purpose))
    return asks


WHO = {"withdrawal": "withdrew or unsubscribed", "objection": "objected"}


def _exclusion_clauses(pack: Pack) -> list[Citation]:
    """The sentences on withdrawing consent, unsubscribing and objecting, of every consent rule."""
    return list(dict.fromkeys([*withdrawal_clauses(pack), *opt_out_clauses(pack)]))


def _withdrawal_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Per column recording a withdrawal or an objection (every such column, each requirement apart):
    rows whose subject withdrew or objected on or before the send date (`sent_at:`), else by --as-of."""
    spec = facts.spec
    if spec.purpose is None:
        return []
    asks = []
    for index, rule in enumerate(pack.consent_rules_for(spec.purpose)):
        for requirement, category in rule.exclusions() or [("withdrawal", None)]:
            columns = facts.columns.all_holding(category) if category else []
            if requirement == "withdrawal" and spec.withdrawn:
                columns = [spec.withdrawn, *(name for name in columns if name != spec.withdrawn)]
            citation, who = pack.consent_citation(rule, requirement), WHO[requirement]
            for withdrawn in columns:
                key = _key("CON005", pack, f"{index}|{requirement}|{withdrawn}")
                if spec.sent_at:
                    asks.append(Ask(
                        RowPredicate(key, WITHDRAWN_BEFORE_SEND, withdrawn, other=spec.sent_at), pack, citation,
                        f"are sent for '{spec.purpose}' on or after the subject {who} "
                        f"({withdrawn} on or before {spec.sent_at})",
                        category=category, purpose=spec.purpose))
                else:
                    asks.append(Ask(
                        RowPredicate(key, WITHDRAWN_BY, withdrawn, cutoff=end_of_day(facts.as_of)), pack, citation,
                        f"are used for '{spec.purpose}' although the subject {who} "
                        f"({withdrawn} set on or before {facts.as_of.isoformat()})",
                        category=category, purpose=spec.purpose))
    return asks


# TRF003 --------------------------------------------------------------------------------------------

def allowed_countries(pack: Pack) -> tuple[str, ...] | None:
    """The country codes the pack allows personal data in; None when it has no transfer rule."""
    rule = pack.transfer
    if rule is None:
        return None
    if rule.allowed == "home_country":
        return (pack.home_country,) if pack.home_country else ()
    return tuple(sorted(EEA_COUNTRIES | rule.adequacy_countries | {EU_MULTI_REGION}))


def _transfer_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows of a dataset with personal data whose country column holds a country the pack does not allow."""
    spec, allowed = facts.spec, allowed_countries(pack)
    if spec.country is None or allowed is None or pack.transfer is None or not facts.columns.personal(pack):
        return []
    scope = f"{pack.home_country} only" if pack.transfer.allowed == "home_country" else "EU/EEA and adequacy countries"
    return [Ask(
        RowPredicate(_key("TRF003", pack, spec.country), OUTSIDE, spec.country, allowed=allowed), pack,
        pack.transfer_citation(spec.purpose), f"go to countries the policy does not allow ({spec.country} outside {scope})",
        evidence=(f"allowed: {', '.join(allowed)}",))]


# SPC002 --------------------------------------------------------------------------------------------

def _special_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows with a value in a special-category column, for a purpose without an Art. 9(2) ground."""
    spec = facts.spec
    purpose = pack.purposes.get(spec.purpose or "")
    if purpose is not None and purpose.legal_basis in ARTICLE_9_BASES:
        return []
    basis = purpose.legal_basis.replace("_", " ") if purpose else "no declared purpose"
    return [Ask(
        RowPredicate(_key("SPC002", pack, name), PRESENT, name), pack, special_citation(pack, category),
        f"hold {category_label(pack, category)} in {name}, a special category, without an Art. 9(2) ground ({basis})",
        category=category, purpose=spec.purpose)
        for name in facts.columns.names
        if (category := facts.columns.categories.get(name)) and pack.knows(category) and covers(SPECIAL, category)]


# PUR006 --------------------------------------------------------------------------------------------

def _purpose_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows with a value in a personal column whose category the dataset's purpose may not use."""
    purpose = pack.purposes.get(facts.spec.purpose or "")
    if purpose is None:
        return []
    return [Ask(
        RowPredicate(_key("PUR006", pack, name), PRESENT, name), pack, purpose.citation,
        f"hold {category_label(pack, category)} in {name}, which the policy does not list for purpose "
        f"'{purpose.id}' ({purpose.name})",
        category=category, purpose=purpose.id,
        evidence=(f"categories allowed for '{purpose.id}': {', '.join(purpose.categories)}",
                  *([f"{name}: category inferred from its name; declare it in the dataset's `columns:`"]
                    if name in facts.columns.inferred else [])))
        for name, category in facts.columns.personal(pack) if not pack.purpose_allows(purpose, category)]


# CHD004 --------------------------------------------------------------------------------------------

def _minor_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows whose birth date makes the subject younger than a children rule's minimum age, in a dataset
    for one of its purposes (or for no declared purpose), unless the row's guardian-consent column (the
    first holding the rule's category, when the dataset has one) shows the guardian's consent."""
    asks = []
    midnight = datetime.combine(facts.as_of, time(), tzinfo=timezone.utc)
    used = f"used for {facts.spec.purpose!r}" if facts.spec.purpose else "in a dataset with no purpose"
    for index, rule in enumerate(pack.children):
        if facts.spec.purpose is not None and facts.spec.purpose not in rule.purposes:
            continue
        if not rule.birth_date_category:
            continue
        guardian = facts.columns.holding(rule.guardian_consent_category) if rule.guardian_consent_category else None
        without = (f"and {guardian} shows no guardian's consent (empty or false)" if guardian else
                   f"and the dataset has no {rule.guardian_consent_category or 'guardian consent'} column")
        cutoff = Duration.parse(f"{rule.min_age} years").before(midnight)
        for name in facts.columns.all_holding(rule.birth_date_category):
            asks.append(Ask(
                RowPredicate(_key("CHD004", pack, f"{index}|{name}"), NEWER_THAN, name, cutoff=cutoff, other=guardian),
                pack, rule.citation,
                f"are of subjects under {rule.min_age} ({name} after {cutoff.date().isoformat()}) {used}, {without}",
                category=rule.birth_date_category, purpose=facts.spec.purpose,
                evidence=(f"purposes the policy reserves for {rule.min_age} and over, or a guardian's consent: "
                          f"{', '.join(rule.purposes)}",
                          *([f"a row counts when {guardian} is empty, null or a false word (false, no, 0, off); "
                             "a date or a true word is a consent"] if guardian else []))))
    return asks


# ANO001, PUR004 ------------------------------------------------------------------------------------

ANONYMISED = "anonymised_statistics"
ANONYMISATION = "anonymisation"  # the pack-wide requirement whose sentence ANO001 cites (`citations:`)


def _identifier_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows of an anonymised output with a value in a column declared or named as a direct identifier."""
    if facts.spec.role != ANONYMISED:
        return []
    asks = []
    for name, category in facts.columns.personal(pack):
        if category.split(".")[-1] not in DIRECT_IDENTIFIERS:
            continue
        how = "named like" if name in facts.columns.inferred else "declared as"
        asks.append(Ask(
            RowPredicate(_key("ANO001", pack, name), PRESENT, name), pack, pack.requirement_citation(ANONYMISATION),
            f"of an anonymised output carry {name}, {how} {category_label(pack, category)}",
            category=category, purpose=facts.spec.purpose))
    return asks


def _identifiers_detected(facts: DatasetFacts, counted: Counted) -> list[Finding]:
    """Columns of an anonymised output whose sample holds identifiers (one finding per pack)."""
    if facts.spec.role != ANONYMISED:
        return []
    already = {ask.predicate.column for pack in facts.packs for ask in _identifier_asks(facts, pack)}
    return [IDENTIFIERS_IN_ANONYMISED.verdict_finding(
        facts, name, verdict, pack, f"an anonymised output holds {verdict.what} in {name}",
        pack.requirement_citation(ANONYMISATION))
        for name, verdict in _convincing(facts, counted) if name not in already for pack in facts.packs]


def _undeclared_detected(facts: DatasetFacts, counted: Counted) -> list[Finding]:
    """Columns with no personal category in any pack whose sample looks like personal identifiers."""
    if facts.spec.role == ANONYMISED:
        return []
    findings = []
    for name, verdict in _convincing(facts, counted):
        category = facts.columns.categories.get(name)
        if category is not None and personal_in(facts.packs, category):
            continue
        findings.append(UNDECLARED_PERSONAL_DATA.verdict_finding(
            facts, name, verdict, facts.packs[0] if facts.packs else None,
            f"undeclared personal data? {name} holds values that look like {verdict.what} "
            f"but no personal category is declared"))
    return findings


def _convincing(facts: DatasetFacts, counted: Counted) -> list[tuple[str, ColumnVerdict]]:
    """(column, verdict) in column order, for the columns whose sample convinced a detector."""
    return [(name, verdict) for name in facts.columns.names
            if (verdict := counted.verdicts.get(name)) is not None and verdict.convincing]


def _general_clause(pack: Pack) -> list[Citation]:
    return [pack.citation] if pack.citation else []


def _anonymisation_clause(pack: Pack) -> list[Citation]:
    """The policy's sentence about anonymised or statistical data, else its general statement."""
    cited = pack.requirement_citation(ANONYMISATION)
    return [cited] if cited else []


_LOGS = {"role": "server_logs", "timestamp": "logged_at",
         "columns": {"ip_address": "activity.ip_address", "logged_at": "activity.timestamp", "request_path": None}}
_AUDIENCE = {"role": "marketing_audience",
             "columns": {"email": "account.email", "marketing_email": "consent.marketing_email",
                         "withdrawn_at": "consent.withdrawal"}}

ROWS_PAST_RETENTION = DatasetRule(
    id="RET004",
    name="rows-past-retention",
    family="retention",
    severity="error",
    subject="dataset",
    asks=_retention_asks, clauses=maximum_clauses,
    summary="A dataset holds rows older than the policy's maximum retention for their data categories.",
    doc=RuleDoc(
        what="For each retention clock the dataset maps to a timestamp column (`timestamp:` or `timestamps:`), "
             "counts the rows whose timestamp lies further back than the shortest maximum the pack sets for the "
             "dataset's personal categories on that clock, at --as-of (default today).",
        why="A purge job that silently stopped, or an archive copied before the purge ran, keeps personal data "
            "longer than the policy promises; the rows themselves are the proof.",
        failing="ip_address,logged_at,request_path\n85.12.3.4,2024-03-01T10:00:00Z,/login\n",
        passing="ip_address,logged_at,request_path\n85.12.3.4,2026-10-01T10:00:00Z,/login\n",
        dataset=_LOGS,
    ),
)

ROWS_WITHOUT_CONSENT = DatasetRule(
    id="CON004",
    name="rows-without-consent",
    family="consent",
    severity="error",
    subject="dataset",
    asks=_consent_asks, clauses=opt_in_clauses,
    summary="A dataset used for an opt-in purpose holds rows whose consent value is not true, or has no consent column.",
    doc=RuleDoc(
        what="For a dataset whose purpose needs opt-in consent (a marketing_audience, or `purpose:`), counts rows "
             "whose consent column (`consent:`, or the column holding the pack's consent category) is false, "
             "empty or missing. A dataset without any consent column fails as a whole.",
        why="Direct marketing needs the subject's prior consent (GDPR Art. 6(1)(a), ePrivacy Art. 13): one "
            "audience file with non-consenting recipients mails them.",
        failing="email,marketing_email,withdrawn_at\nana@example.bg,false,\n",
        passing="email,marketing_email,withdrawn_at\nana@example.bg,true,\n",
        dataset=_AUDIENCE,
    ),
)

ROWS_AFTER_WITHDRAWAL = DatasetRule(
    id="CON005",
    name="rows-after-withdrawal",
    family="consent",
    severity="error",
    subject="dataset",
    asks=_withdrawal_asks, clauses=_exclusion_clauses,
    summary="A dataset used for a consent-based purpose holds subjects who withdrew consent or unsubscribed.",
    doc=RuleDoc(
        what="Counts rows whose withdrawal column (`withdrawn:`, and every column holding the pack's withdrawal "
             "or objection category) is set on or before the send date (`sent_at:` column, else --as-of); a "
             "true/false flag counts when true. Each column is counted and reported on its own.",
        why="Withdrawing consent must be as easy as giving it and takes effect at once (GDPR Art. 7(3)); an "
            "unsubscribed recipient who still gets the newsletter is a complaint to the regulator.",
        failing="email,marketing_email,withdrawn_at\nana@example.bg,true,2026-05-02\n",
        passing="email,marketing_email,withdrawn_at\nana@example.bg,true,\n",
        dataset=_AUDIENCE,
    ),
)

ROWS_OUTSIDE_ALLOWED_COUNTRIES = DatasetRule(
    id="TRF003",
    name="rows-bound-outside-allowed-countries",
    family="transfer",
    severity="error",
    subject="dataset",
    asks=_transfer_asks, clauses=purpose_transfer_clauses,
    summary="A dataset's rows go to (or are stored in) countries outside the regions the policy allows.",
    doc=RuleDoc(
        what="Counts rows whose destination country column (`country:`) holds an ISO code outside the EU/EEA "
             "and the adequacy countries (or outside the home country, for packs that keep data at home).",
        why="Transfers outside the EU/EEA need an adequacy decision or safeguards (GDPR Chapter V) and the "
            "policy promises none happen; a transfer log shows each row that left.",
        failing="email,destination_country\nana@example.bg,US\n",
        passing="email,destination_country\nana@example.bg,DE\n",
        dataset={"role": "transfer_log", "country": "destination_country",
                 "columns": {"email": "account.email", "destination_country": None}},
    ),
)

IDENTIFIERS_IN_ANONYMISED = DatasetRule(
    id="ANO001",
    name="identifiers-in-anonymised-output",
    family="anonymisation",
    severity="error",
    subject="dataset",
    asks=_identifier_asks, detected=_identifiers_detected, clauses=_anonymisation_clause,
    summary="A dataset declared anonymised contains identifiers: e-mails, phones, IBANs, cards, IPs, EGN/LNCh ...",
    doc=RuleDoc(
        what="Every column of an anonymised_statistics dataset is sampled and run through the content detectors "
             "(checksums included); a column declared or named as a direct identifier counts too. E-mails, "
             "IBANs and IP addresses count from one value; numbers that only pass a checksum (EGN, LNCh, cards, "
             "phones, VAT) need half the sample.",
        why="Anonymised data falls outside the GDPR only if no one can be identified (Recital 26); one e-mail "
            "column turns a statistics extract into a personal-data transfer.",
        failing="region,signups,contact\nSofia,120,ana@example.bg\n",
        passing="region,signups,contact\nSofia,120,\n",
        dataset={"role": "anonymised_statistics", "columns": {"region": None, "signups": None, "contact": None}},
    ),
)

UNDECLARED_PERSONAL_DATA = DatasetRule(
    id="PUR004",
    name="undeclared-personal-data",
    family="purpose",
    severity="warning",
    subject="dataset",
    detected=_undeclared_detected, clauses=_general_clause,
    summary="A dataset column holds values that look like personal identifiers, but no category is declared for it.",
    doc=RuleDoc(
        what="Columns with no personal category (undeclared, or declared null) are sampled and run through the "
             "content detectors; a convincing match is reported as \"undeclared personal data?\" with the share "
             "of the sample that matched and masked examples.",
        why="Purpose, retention and transfer rules only protect data whose category is known; a free-text "
            "column full of e-mail addresses escapes all of them.",
        failing="ticket_id,notes\n1,ana@example.bg\n",
        passing="ticket_id,notes\n1,printer on floor 2 is jammed\n",
        dataset={"role": "dataset", "columns": {"ticket_id": None, "notes": None}},
    ),
)

SPECIAL_CATEGORY_ROWS = DatasetRule(
    id="SPC002",
    name="special-category-rows",
    family="special_category",
    severity="error",
    subject="dataset",
    asks=_special_asks, clauses=special_category_clauses,
    summary="A dataset holds special-category data (health, beliefs, ethnicity ...) for a purpose with no Art. 9 ground.",
    doc=RuleDoc(
        what="Counts the rows with a value in a column whose category (declared or inferred) is a special "
             "category, when the dataset's purpose has no legal basis that lifts the Art. 9(1) prohibition.",
        why="Special categories may only be processed on an Art. 9(2) ground such as explicit consent; an export "
            "with a diagnosis column needs one.",
        failing="email,diagnosis\nana@example.bg,asthma\n",
        passing="email,diagnosis\nana@example.bg,\n",
        dataset={"role": "dataset", "purpose": "analytics",
                 "columns": {"email": "account.email", "diagnosis": "special.health"}},
    ),
)

ROWS_OUTSIDE_PURPOSE = DatasetRule(
    id="PUR006",
    name="dataset-category-outside-purpose",
    family="purpose",
    severity="error",
    subject="dataset",
    asks=_purpose_asks, clauses=purpose_clauses,
    summary="A dataset declared for a purpose holds a personal data category the policy does not list for it.",
    doc=RuleDoc(
        what="For a dataset with a `purpose:` (or a role that implies one), counts the rows with a value in each "
             "column whose personal category (declared, borrowed from its catalog table, or inferred from its "
             "name) is not among the categories the pack allows for that purpose.",
        why="Purpose limitation (GDPR Art. 5(1)(b)) holds for files and tables as it does for queries: card "
            "numbers in an analytics extract are processed for analytics whether or not a query reads them.",
        failing="email,support_notes\nana@example.bg,asked for a refund twice\n",
        passing="email,support_notes\nana@example.bg,\n",
        dataset={"role": "dataset", "purpose": "surveys",
                 "columns": {"email": "account.email", "support_notes": "customer_service.notes"}},
    ),
)

MINORS_IN_DATASET = DatasetRule(
    id="CHD004",
    name="minors-in-dataset",
    family="children",
    severity="error",
    subject="dataset",
    asks=_minor_asks, clauses=children_clauses,
    summary="A dataset holds subjects younger than the policy's minimum age without their guardian's consent.",
    doc=RuleDoc(
        what="For a dataset used for a purpose a pack's `children` rule names (or for no declared purpose), "
             "counts the rows whose birth date is less than `min_age` years before --as-of and whose "
             "guardian-consent column (the first column holding the rule's guardian-consent category) is "
             "empty or false; a date or a true value there is the guardian's consent. A dataset with no such "
             "column counts every minor.",
        why="A minor's consent is not valid without the holder of parental responsibility (GDPR Art. 8); a "
            "registration export with under-age players is processing the policy rules out.",
        failing="email,birth_date,guardian_consent_at\nivo@example.bg,2012-05-01,\n",
        passing="email,birth_date,guardian_consent_at\nivo@example.bg,2012-05-01,2024-09-02\n"
                "ana@example.bg,1990-05-01,\n",
        dataset={"role": "dataset", "purpose": "registration",
                 "columns": {"email": "player.email", "birth_date": "player.birth_date",
                             "guardian_consent_at": "consent.guardian"}},
    ),
)

RULES: tuple[DatasetRule, ...] = (
    ROWS_PAST_RETENTION, ROWS_WITHOUT_CONSENT, ROWS_AFTER_WITHDRAWAL, ROWS_OUTSIDE_ALLOWED_COUNTRIES,
    IDENTIFIERS_IN_ANONYMISED, UNDECLARED_PERSONAL_DATA, SPECIAL_CATEGORY_ROWS, ROWS_OUTSIDE_PURPOSE,
    MINORS_IN_DATASET)
