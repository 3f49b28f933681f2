"""Transfers: personal data may only be exported or written to locations the policy allows."""

from __future__ import annotations

from collections.abc import Iterator

from checker.facts import Statement
from checker.findings import Finding
from checker.locations import Location, is_allowed
from checker.policy.model import Citation, Pack
from checker.rules.base import Context, Rule, RuleDoc, clauses_of, personal_category


def _personal_outputs(statement: Statement, pack: Pack, ctx: Context) -> list[tuple[str, str, str]]:
    """(column path, category, output name) of personal data the statement moves."""
    found = []
    for output in statement.outputs:
        for ref in output.sources:
            category = personal_category(pack, ctx.catalog, ref)
            if category:
                found.append((str(ref), category, output.name))
    return found


def _where(location: Location) -> str:
    place = location.country or "unknown"
    return f"{place} (region {location.region})" if location.region else place


def _locate(statement: Statement, ctx: Context) -> Location:
    movement = statement.movement
    assert movement is not None
    if movement.is_table:
        return ctx.catalog.locate_table(movement.destination)
    return ctx.catalog.locate_destination(movement.destination, movement.region)


def check_transfer_outside(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    if statement.movement is None or pack.transfer is None:
        return
    personal = _personal_outputs(statement, pack, ctx)
    if not personal:
        return
    location = _locate(statement, ctx)
    rule = pack.transfer
    if is_allowed(location, rule.allowed, pack.home_country, rule.adequacy_countries) is not False:
        return
    named = next((r for r in rule.recipients_abroad if r.id == location.recipient), None)
    if named is not None and statement.purpose in named.purposes:
        return  # a transfer the policy discloses, for a purpose it names
    allowed = ("EU/EEA" + (f" and {', '.join(sorted(rule.adequacy_countries))}" if rule.adequacy_countries else "")
               if rule.allowed == "eea" else f"{pack.home_country} only")
    columns = sorted({path for path, _, _ in personal})
    # A named recipient abroad getting data of a purpose it is not named for breaks the sentence that
    # names it (and the data it may get); any other destination, the purpose's sharing clause.
    citation = named.citation if named is not None else pack.transfer_citation(statement.purpose)
    yield TRANSFER_OUTSIDE.finding(
        statement,
        f"{statement.movement.kind.replace('_', ' ')} sends personal data ({', '.join(columns[:4])}"
        f"{', ...' if len(columns) > 4 else ''}) to {statement.movement.destination} in {_where(location)}; "
        f"the policy allows {allowed}",
        pack=pack, citation=citation, subject=columns[0], category=personal[0][1],
        evidence=(
            f"destination {statement.movement.destination}: {_where(location)}, from {location.source}",
            *([f"{named.name} receives data only for: {', '.join(named.purposes)}; this statement's purpose: "
               f"{statement.purpose or 'undeclared'}"] if named else []),
            *(f"{path} → {name}" for path, _, name in personal[:10]),
        ),
    )


def check_transfer_unknown(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    movement = statement.movement
    if movement is None or movement.is_table or pack.transfer is None:
        return
    personal = _personal_outputs(statement, pack, ctx)
    if not personal:
        return
    location = _locate(statement, ctx)
    if location.country is not None:
        return
    columns = sorted({path for path, _, _ in personal})
    yield TRANSFER_UNKNOWN.finding(
        statement,
        f"personal data ({', '.join(columns[:4])}) is exported to {movement.destination}, whose location "
        f"is unknown: add it to `catalog.locations` in privgate.yaml "
        f"(e.g. `- {{match: \"{_suggest_glob(movement.destination)}\", region: eu-central-1}}`)",
        pack=pack, citation=pack.transfer_citation(statement.purpose), subject=columns[0], category=personal[0][1],
        evidence=tuple(f"{path} → {name}" for path, _, name in personal[:10]),
    )


def _suggest_glob(destination: str) -> str:
    if "://" in destination:
        scheme, rest = destination.split("://", 1)
        return f"{scheme}://{rest.split('/', 1)[0]}/*"
    return destination.split("/", 1)[0] + "*"


def transfer_clause(pack: Pack) -> list[Citation]:
    """The clause that says where personal data may be processed."""
    return clauses_of([pack.transfer.citation if pack.transfer else None])


def purpose_transfer_clauses(pack: Pack) -> list[Citation]:
    """The policy's own sharing clause of each purpose that has one, then where personal data may go."""
    if pack.transfer is None:
        return []
    return clauses_of([*(purpose.citations.get("transfer") for purpose in pack.purposes.values()),
                       pack.transfer.citation])


def transfer_and_recipient_clauses(pack: Pack) -> list[Citation]:
    """Where personal data may go (the purpose's own sharing clause first), and the recipients abroad
    the policy names for some purposes."""
    if pack.transfer is None:
        return []
    return clauses_of([*purpose_transfer_clauses(pack),
                       *(recipient.citation for recipient in pack.transfer.recipients_abroad)])


TRANSFER_OUTSIDE = Rule(
    id="TRF001",
    name="transfer-outside-allowed-region",
    family="transfer",
    severity="error",
    summary="Personal data is exported or written to a location outside the regions the policy allows.",
    check=check_transfer_outside,
    clauses=transfer_and_recipient_clauses,
    doc=RuleDoc(
        what="COPY ... TO, Redshift UNLOAD, BigQuery EXPORT DATA, Snowflake COPY INTO a stage or URL, "
             "CREATE EXTERNAL TABLE ... LOCATION, and INSERT / CREATE TABLE AS into a located table: when the "
             "rows carry personal data (traced column by column), the destination's country must be allowed "
             "by the pack (EU/EEA plus adequacy countries, or the home country only).",
        why="Transfers to third countries need an adequacy decision or safeguards (GDPR Chapter V); "
            "the policy promises where data is processed.",
        failing="-- privgate: purpose=customer_service\nCOPY (SELECT email FROM accounts)\nTO 's3://mgt-us-partner/accounts.csv'",
        passing="-- privgate: purpose=customer_service\nCOPY (SELECT email FROM accounts)\nTO 's3://mgt-eu-exports/accounts.csv'",
    ),
)

TRANSFER_UNKNOWN = Rule(
    id="TRF002",
    name="transfer-to-unknown-location",
    family="transfer",
    severity="warning",
    summary="Personal data is exported to a bucket, stage or URL whose location privgate does not know.",
    check=check_transfer_unknown,
    clauses=purpose_transfer_clauses,
    doc=RuleDoc(
        what="An export of personal data to a destination that no `catalog.locations` entry matches and "
             "whose statement names no region.",
        why="A transfer that cannot be located cannot be shown to stay inside the allowed regions.",
        failing="-- privgate: purpose=customer_service\nCOPY (SELECT email FROM accounts)\nTO 's3://some-new-bucket/accounts.csv'",
        passing="-- privgate: purpose=customer_service\nCOPY (SELECT email FROM accounts)\nTO 's3://mgt-eu-exports/accounts.csv'",
    ),
)

RULES = (TRANSFER_OUTSIDE, TRANSFER_UNKNOWN)
