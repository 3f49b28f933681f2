"""Recipients: personal data may only be exported to, copied to, or logged as sent to recipients the
policy allows for that purpose and those categories.

Who receives an export is declared on its destination (`catalog.locations[].recipient`, or a table's
`location.recipient`); a recipient the pack does not name by id can be described in privgate.yaml
(`catalog.recipients: {acme-ads: {kind: third_party}}`, or `{is: couriers}` for one of the pack's
named recipients). A destination without a recipient is the controller's own storage.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.catalog import Catalog
from checker.config import Config
from checker.datasets.predicates import OUTSIDE, RowPredicate
from checker.facts import Statement
from checker.findings import Finding
from checker.locations import Location
from checker.policy.model import Citation, Pack, Recipient, covers
from checker.records import Record
from checker.rules.base import Context, Rule, RuleDoc, clauses_of, personal_category
from checker.rules.dataset_rows import Ask, DatasetFacts, DatasetRule


@dataclass(frozen=True, eq=False, repr=False)
class Receiver(Record):
    """A recipient as this project and the pack see it."""

    id: str
    name: str
    kind: str | None  # from the pack entry or the project's `catalog.recipients`; None: not said
    entry: Recipient | None  # the pack's named recipient it is, if any
    declared: str  # where privgate learnt who it is
    alias: str | None = None  # the pack recipient privgate.yaml says it is (`is:`)


@dataclass(frozen=True, eq=False, repr=False)
class Verdict(Record):
    allowed: bool | None  # None: the policy neither names nor forbids it
    reason: str
    citation: Citation | None


def receiver(recipient_id: str, pack: Pack, config: Config) -> Receiver:
    """The pack's entry for `recipient_id`, directly or through the project's `catalog.recipients`."""
    described: dict[str, Any] = (config.catalog.get("recipients") or {}).get(recipient_id) or {}
    named = _named(pack, described.get("is") or recipient_id)
    name = described.get("name") or (named.name if named else recipient_id)
    kind = described.get("kind") or (named.kind if named and named.kind != "any" else None)
    declared = (f"catalog.recipients.{recipient_id} in {Path(config.source).name if config.source else 'privgate.yaml'}"
                if described
                else f"pack {pack.id}" if named else "nowhere")
    return Receiver(recipient_id, name, kind, named, declared, described.get("is"))


def _named(pack: Pack, recipient_id: str) -> Recipient | None:
    return next((entry for entry in pack.recipients if entry.id == recipient_id and entry.allowed), None)


def judge(who: Receiver, pack: Pack, purpose: str | None, categories: list[str]) -> Verdict:
    """Whether the pack lets `who` receive these categories for this purpose."""
    if who.entry is not None:
        entry = who.entry
        if entry.purposes and purpose not in entry.purposes:
            return Verdict(False, f"{entry.name} may receive personal data only for {', '.join(entry.purposes)}; "
                                  f"this purpose: {purpose or 'undeclared'}", entry.citation)
        outside = sorted({c for c in categories if entry.categories and not any(covers(a, c) for a in entry.categories)})
        if outside:
            return Verdict(False, f"{entry.name} may receive only {', '.join(entry.categories)}, not "
                                  f"{', '.join(outside)}", entry.citation)
        return Verdict(True, f"{entry.name} may receive it", entry.citation)
    for ban in _bans(pack, purpose):
        if ban.kind == "any" or ban.kind == who.kind:
            scope = f" for {purpose}" if ban.purposes else ""
            what = "a recipient the policy does not name" if ban.kind == "any" else f"a {ban.kind.replace('_', ' ')}"
            return Verdict(False, f"{who.name} is {what}, and the policy forbids sharing{scope} with {ban.name}",
                           ban.citation)
    if not pack.recipients:
        return Verdict(None, f"the policy names no recipients, so it cannot allow {who.name}", None)
    hint = (f"catalog.recipients.{who.id}.is names '{who.alias}', which pack {pack.id} does not name" if who.alias
            else f"its kind is {who.kind.replace('_', ' ')}" if who.kind else
            f"say who it is in `catalog.recipients.{who.id}` (kind: processor, third_party ...; or is: <pack recipient>)")
    return Verdict(None, f"the policy neither names nor forbids {who.name} ({hint})", _unknown_citation(pack, purpose))


def _bans(pack: Pack, purpose: str | None) -> list[Recipient]:
    return [entry for entry in pack.recipients if not entry.allowed and (not entry.purposes or purpose in entry.purposes)]


def _unknown_citation(pack: Pack, purpose: str | None) -> Citation | None:
    """The sentence that would decide: a ban that covers this purpose, else the sentence naming who
    receives the data for this purpose (the narrowest: the one naming fewest purposes), else any ban,
    else any recipient's sentence. (A ban for other purposes says nothing of this one: support data
    sent to an unknown company is judged by the sentence naming the support companies, not by a ban
    on sharing for third parties' marketing, nor by one naming partners who may receive everything.)"""
    named = sorted((e for e in pack.recipients if e.allowed and purpose in e.purposes), key=lambda e: len(e.purposes))
    candidates = (_bans(pack, purpose) or named or [e for e in pack.recipients if not e.allowed] or pack.recipients)
    return candidates[0].citation if candidates else None


def locate_movement(statement: Statement, catalog: Catalog) -> Location:
    movement = statement.movement
    assert movement is not None
    if movement.is_table:
        return catalog.locate_table(movement.destination)
    return catalog.locate_destination(movement.destination, movement.region)


def _personal(statement: Statement, pack: Pack, ctx: Context) -> list[tuple[str, str]]:
    """(column path, category) of the personal data the statement moves."""
    found = {}
    for output in statement.outputs:
        for ref in output.sources:
            category = personal_category(pack, ctx.catalog, ref)
            if category:
                found[str(ref)] = category
    return sorted(found.items())


@dataclass(frozen=True, eq=False, repr=False)
class Judged(Record):
    """One export of personal data to a recipient, and the pack's verdict on it."""

    who: Receiver
    verdict: Verdict
    personal: list[tuple[str, str]]
    location: Location


def _judged(statement: Statement, pack: Pack, ctx: Context) -> Judged | None:
    if statement.movement is None:
        return None
    location = locate_movement(statement, ctx.catalog)
    if location.recipient is None:
        return None  # the controller's own storage
    personal = _personal(statement, pack, ctx)
    if not personal:
        return None
    who = receiver(location.recipient, pack, ctx.config)
    return Judged(who, judge(who, pack, statement.purpose, [category for _, category in personal]), personal, location)


def _finding(rule: Rule, statement: Statement, pack: Pack, judged: Judged) -> Finding:
    movement, who, verdict, personal = statement.movement, judged.who, judged.verdict, judged.personal
    assert movement is not None
    columns = [path for path, _ in personal]
    return rule.finding(
        statement,
        f"{movement.kind.replace('_', ' ')} sends personal data ({', '.join(columns[:4])}"
        f"{', ...' if len(columns) > 4 else ''}) to {who.name} ({movement.destination}): {verdict.reason}",
        pack=pack, citation=verdict.citation, subject=columns[0], category=personal[0][1], purpose=statement.purpose,
        evidence=(f"recipient {who.id} from {judged.location.source}; described {who.declared}",
                  f"purpose: {statement.purpose or 'undeclared'}",
                  *(f"{path}: {category}" for path, category in personal[:10])),
    )


def check_forbidden_recipient(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    judged = _judged(statement, pack, ctx)
    if judged and judged.verdict.allowed is False:
        yield _finding(FORBIDDEN_RECIPIENT, statement, pack, judged)


def check_unknown_recipient(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    judged = _judged(statement, pack, ctx)
    if judged and judged.verdict.allowed is None:
        yield _finding(UNKNOWN_RECIPIENT, statement, pack, judged)


def recipient_clauses(pack: Pack) -> list[Citation]:
    """Every sharing sentence of the pack: the recipients it names and the ones it forbids."""
    return clauses_of(entry.citation for entry in pack.recipients)


# REC003: transfer logs ------------------------------------------------------------------------------

def _log_asks(facts: DatasetFacts, pack: Pack) -> list[Ask]:
    """Rows of a dataset with personal data whose recipient column names a recipient not allowed for
    the dataset's purpose and categories (ids compared case-insensitively; empty cells are not counted)."""
    spec = facts.spec
    personal = facts.columns.personal(pack)
    if spec.recipient is None or not pack.recipients or not personal:
        return []
    categories = [category for _, category in personal]
    allowed_entries = {entry.id for entry in pack.recipients if entry.allowed
                       and judge(Receiver(entry.id, entry.name, None, entry, ""), pack, spec.purpose, categories).allowed}
    aliases = {alias for alias, named in spec.recipient_aliases if named in allowed_entries}
    allowed = tuple(sorted(rid.upper() for rid in allowed_entries | aliases))
    shown = ", ".join(sorted(allowed_entries | aliases)) or "none"
    return [Ask(
        RowPredicate(f"REC003|{pack.id}|{spec.recipient}", OUTSIDE, spec.recipient, allowed=allowed), pack,
        _unknown_citation(pack, spec.purpose),
        f"were sent to recipients the policy does not allow for '{spec.purpose or 'an undeclared purpose'}' "
        f"({spec.recipient} not one of: {shown})",
        category=categories[0], purpose=spec.purpose, evidence=(f"allowed recipients: {shown}",))]


def _log_clauses(pack: Pack) -> list[Citation]:
    return recipient_clauses(pack)


FORBIDDEN_RECIPIENT = Rule(
    id="REC001",
    name="export-to-forbidden-recipient",
    family="recipients",
    severity="error",
    summary="Personal data is exported to a recipient the policy forbids, or allows only for other purposes or data.",
    check=check_forbidden_recipient,
    clauses=recipient_clauses,
    doc=RuleDoc(
        what="COPY ... TO, UNLOAD, EXPORT DATA, COPY INTO a stage, CREATE EXTERNAL TABLE ... AS and INSERT / "
             "CREATE TABLE AS into a located table: when the rows carry personal data and the destination names "
             "a recipient (`catalog.locations[].recipient`), that recipient must be one the pack names for the "
             "statement's purpose and the data's categories, and not a kind the pack forbids (`allowed: false`, "
             "e.g. third parties). The region does not matter: a third party's EU bucket fails too.",
        why="A policy that says who receives personal data (\"ONLY with client's partners and NO third parties\") "
            "is broken by one export to anyone else, wherever that recipient stores it (GDPR Art. 13(1)(e)).",
        failing="-- privgate: purpose=reporting\nCOPY (SELECT email FROM accounts)\nTO 's3://adpartner-eu/accounts.csv'",
        passing="-- privgate: purpose=reporting\nCOPY (SELECT email FROM accounts)\nTO 's3://client-partner-eu/accounts.csv'",
    ),
)

UNKNOWN_RECIPIENT = Rule(
    id="REC002",
    name="export-to-unknown-recipient",
    family="recipients",
    severity="warning",
    summary="Personal data is exported to a recipient the policy neither names nor forbids.",
    check=check_unknown_recipient,
    clauses=recipient_clauses,
    doc=RuleDoc(
        what="An export of personal data to a destination whose recipient is not one of the pack's named "
             "recipients and whose kind (from `catalog.recipients`) no ban of the pack covers, or is not said.",
        why="A disclosure the policy does not list cannot be shown to be one it allows; say who the recipient "
            "is (kind: processor, third_party ...) or which named recipient it is (is: couriers).",
        failing="-- privgate: purpose=reporting\nCOPY (SELECT email FROM accounts)\nTO 's3://newvendor-eu/accounts.csv'",
        passing="-- privgate: purpose=reporting\nCOPY (SELECT email FROM accounts)\nTO 's3://client-partner-eu/accounts.csv'",
    ),
)

ROWS_TO_RECIPIENTS_NOT_ALLOWED = DatasetRule(
    id="REC003",
    name="rows-sent-to-recipients-not-allowed",
    family="recipients",
    severity="error",
    subject="dataset",
    asks=_log_asks, clauses=_log_clauses,
    summary="A transfer log's rows name recipients the policy does not allow for the dataset's purpose and data.",
    doc=RuleDoc(
        what="For a dataset with a recipient column (`recipient:`) and personal data, counts the rows whose "
             "recipient id is not one the pack allows for the dataset's purpose and categories (the pack's named "
             "recipients, or `catalog.recipients` entries that are one of them).",
        why="A transfer log shows every row that left; each row to a recipient outside the policy's list is a "
            "disclosure the data subject was not told about.",
        failing="email,sent_to\nana@example.bg,adpartner\n",
        passing="email,sent_to\nana@example.bg,client-partners\n",
        dataset={"role": "transfer_log", "purpose": "reporting", "recipient": "sent_to",
                 "columns": {"email": "account.email", "sent_to": None}},
    ),
)

RULES: tuple[Rule, ...] = (FORBIDDEN_RECIPIENT, UNKNOWN_RECIPIENT, ROWS_TO_RECIPIENTS_NOT_ALLOWED)
