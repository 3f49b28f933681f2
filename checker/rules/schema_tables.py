"""Schema rules: judge each table of the catalog that the scan covers (DDL, dbt sources and models,
a live database), not a query; the engine hands each table over as a TableSubject.
`consent-data-not-joinable` judges queries against the schema."""

from __future__ import annotations

from collections.abc import Iterator

from checker.catalog import Table, singular
from checker.facts import Statement
from checker.findings import Finding
from checker.locations import is_allowed
from checker.policy.model import Citation, Pack, covers, lineage_of
from checker.rules.base import Context, Rule, RuleDoc, category_label, clauses_of, personal_category
from checker.rules.children import guardian_consent_clauses
from checker.rules.consent import consent_record_clauses, consent_records
from checker.rules.purpose import pack_clause, purpose_clauses
from checker.rules.retention import maximum_clauses, minimum_clauses
from checker.rules.special_category import ARTICLE_9_BASES, SPECIAL, special_category_clauses, special_citation
from checker.rules.subjects import TableSubject
from checker.rules.transfer import transfer_clause


def _personal(table: Table, pack: Pack) -> list[tuple[str, str]]:
    return [(column, category) for column, category in table.columns.items()
            if category and pack.knows(category) and pack.is_personal(category)]


def check_table_without_retention(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    table = target.table
    bounded = [(column, category, rule) for column, category in _personal(table, pack)
               for rule in pack.retention_for(category) if rule.max]
    if not bounded:
        return
    column, category, rule = min(bounded, key=lambda item: item[2].max.days)  # type: ignore[union-attr]
    label = category_label(pack, rule.category)
    evidence = [f"maximum for {rule.category}: {rule.max}, counted from {rule.clock.replace('_', ' ')}"]
    if table.time_travel:
        evidence.append(f"not a deletion: {table.time_travel}")
    if table.retention is not None:
        if table.retention.exceeds(rule.max):  # type: ignore[arg-type]
            yield TABLE_WITHOUT_RETENTION.finding_at(
                target.position,
                f"{table.name} keeps rows for {table.retention} ({table.retention_source}), longer than "
                f"the {rule.max} the policy allows for {label}",
                pack=pack, citation=rule.cite("max"), subject=f"{table.name}.{column}", category=category,
                evidence=tuple(evidence))
        return
    if table.name in ctx.purged or table.name.split(".")[-1] in ctx.purged:
        return  # a purge job deletes from it; RET001-RET003 judge its cutoff
    yield TABLE_WITHOUT_RETENTION.finding_at(
        target.position,
        f"{table.name} holds {label} but nothing visible deletes its rows: no retention clause, no purge "
        f"statement in the repository and no declared retention (the policy allows {rule.max})",
        pack=pack, citation=rule.cite("max"), subject=f"{table.name}.{column}", category=category,
        evidence=tuple(evidence + ["declare `retention:` for the table in privgate.yaml if a job outside the "
                                   "repository deletes its rows"]))


def check_table_retention_below_minimum(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    """A retention the schema declares (TTL, partition expiration, `retention:`) that deletes rows before
    a legal minimum of a category the table holds."""
    table = target.table
    if table.retention is None:
        return
    bound = [(column, category, rule) for column, category in _personal_or_kept(table, pack)
             for rule in pack.retention_for(category) if rule.min and rule.min.exceeds(table.retention)]
    if not bound:
        return
    column, category, rule = max(bound, key=lambda item: item[2].min.days)  # type: ignore[union-attr]
    yield TABLE_RETENTION_BELOW_MINIMUM.finding_at(
        target.position,
        f"{table.name} deletes rows after {table.retention} ({table.retention_source}), before the legal minimum "
        f"of {rule.min} for {category_label(pack, rule.category)}",
        pack=pack, citation=rule.cite("min"), subject=f"{table.name}.{column}", category=category,
        evidence=(f"legal minimum for {rule.category}: {rule.min}, counted from {rule.clock.replace('_', ' ')}",))


def _personal_or_kept(table: Table, pack: Pack) -> list[tuple[str, str]]:
    """(column, category) of the columns whose category the pack knows (a legal minimum may bind
    records that are not personal data, such as invoices of a company)."""
    return [(column, category) for column, category in table.columns.items() if category and pack.knows(category)]


def check_table_stored_outside(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    table = target.table
    if pack.transfer is None or table.storage is None:
        return
    personal = _personal(table, pack)
    if not personal:
        return
    location = ctx.catalog.locate_table(table.name)
    rule = pack.transfer
    if is_allowed(location, rule.allowed, pack.home_country, rule.adequacy_countries) is not False:
        return
    allowed = f"{pack.home_country} only" if rule.allowed == "home_country" else "EU/EEA"
    where = table.storage if table.storage == location.country else f"{table.storage} ({location.country})"
    yield TABLE_STORED_OUTSIDE.finding_at(
        target.position,
        f"{table.name} keeps personal data ({', '.join(c for c, _ in personal[:4])}) in {where}; "
        f"the policy allows {allowed}",
        pack=pack, citation=rule.citation, subject=table.name, category=personal[0][1],
        evidence=(f"storage: {table.storage} ({location.source})",))


def check_special_category_column(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    table = target.table
    for column, category in _personal(table, pack):
        if not covers(SPECIAL, category):
            continue
        grounds = [purpose.id for purpose in pack.purposes.values()
                   if purpose.legal_basis in ARTICLE_9_BASES and pack.purpose_allows(purpose, category)]
        if grounds:
            continue
        yield SPECIAL_CATEGORY_COLUMN.finding_at(
            target.position,
            f"{table.name}.{column} holds {category_label(pack, category)}, a special category that no "
            f"purpose of the policy may process on an Art. 9(2) ground",
            pack=pack, citation=special_citation(pack, category), subject=f"{table.name}.{column}", category=category,
            evidence=(f"purposes with an Art. 9(2) ground: "
                      f"{', '.join(p.id for p in pack.purposes.values() if p.legal_basis in ARTICLE_9_BASES) or 'none'}",))


def check_birth_dates_without_guardian_consent(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    table = target.table
    for rule in pack.children:
        if not rule.guardian_consent_category:
            continue
        ages = [(column, category) for column, category in table.columns.items() if category and (
            (rule.birth_date_category and covers(rule.birth_date_category, category))
            or (rule.age_category and covers(rule.age_category, category)))]
        guardian = any(category and covers(rule.guardian_consent_category, category) for category in table.columns.values())
        if not ages or guardian:
            continue
        column, category = ages[0]
        yield BIRTH_DATES_WITHOUT_GUARDIAN_CONSENT.finding_at(
            target.position,
            f"{table.name} records {column} ({category}) but has no {rule.guardian_consent_category} "
            f"column, so subjects under {rule.min_age} cannot be admitted with a guardian's consent",
            pack=pack, citation=rule.citation, subject=f"{table.name}.{column}", category=category)
        return


AGE_KEYS = ("user.demographic.date_of_birth", "user.demographic.age")  # the shared taxonomy's ages


def _age_key(pack: Pack, category: str) -> str | None:
    """The shared-taxonomy age key a category is (itself, an ancestor, or what its pack entry says it `is`)."""
    for candidate in lineage_of(category):
        entry = pack.categories.get(candidate)
        for key in (candidate, entry.generic if entry is not None else None):
            for age in AGE_KEYS:
                if key and covers(age, key):
                    return age
    return None


def _age_clauses(pack: Pack) -> list[Citation]:
    """The citation of the pack's age categories (GDPR Art. 8(1) in gdpr-baseline), when the pack
    states no age policy of its own."""
    if pack.children:
        return []
    return clauses_of(pack.categories[key].citation for key in AGE_KEYS if key in pack.categories)


def check_ages_without_an_age_policy(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    if pack.children:
        return  # the pack states its age policy: CHD001 and CHD002 judge against it
    table = target.table
    for column, category in _personal(table, pack):
        key = _age_key(pack, category)
        if key is None:
            continue
        yield AGES_WITHOUT_AN_AGE_POLICY.finding_at(
            target.position,
            f"{table.name}.{column} holds {category_label(pack, category)}, so the table may hold children's data, "
            f"and the policy states no minimum age or guardian consent",
            pack=pack, citation=pack.categories[key].citation if key in pack.categories else pack.citation,
            subject=f"{table.name}.{column}", category=category)
        return


def check_table_category_outside_purpose(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    """Each column of a table declared for a purpose whose category the pack does not allow for it.
    A dbt model's table takes its model's purpose; a column whose category lineage brought from a
    column the model reads, itself outside the purpose, is left to PUR001, which reports that read."""
    table = target.table
    purpose = pack.purposes.get(table.purpose or "")
    if purpose is None:
        return
    judged_as_query = table.purpose_model is not None and ctx.config.wants(table.purpose_model)
    for column, category in _personal(table, pack):
        if pack.purpose_allows(purpose, category):
            continue
        upstream = table.lineage.get(column)
        if judged_as_query and upstream and pack.knows(upstream) and pack.is_personal(upstream) \
                and not pack.purpose_allows(purpose, upstream):
            continue  # PUR001 reports the model's read of the column this one comes from
        yield TABLE_CATEGORY_OUTSIDE_PURPOSE.finding_at(
            target.position,
            f"{table.name}.{column} holds {category_label(pack, category)}, which the policy does not list for "
            f"purpose '{purpose.id}' ({purpose.name}), the purpose the table is declared for",
            pack=pack, citation=purpose.citation, subject=f"{table.name}.{column}", category=category,
            purpose=purpose.id,
            evidence=(f"purpose '{purpose.id}' {table.purpose_source}",
                      f"{column}: {table.provenance.get(column, 'category declared')}"
                      + ("; annotate it (`privgate: <category>` or `privgate: none`) to confirm"
                         if column in table.inferred else ""),
                      f"categories allowed for '{purpose.id}': {', '.join(purpose.categories)}"))


def check_consent_data_not_joinable(statement: Statement, pack: Pack, ctx: Context) -> Iterator[Finding]:
    if statement.purpose is None or not statement.outputs:
        return
    carried = sorted({ref.table for output in statement.outputs for ref in output.sources
                      if personal_category(pack, ctx.catalog, ref)})
    for rule in pack.consent_rules_for(statement.purpose):
        for requirement, category in consent_records(rule):
            holders = [table for table in ctx.catalog.tables.values()
                       if any(c and covers(category, c) for c in table.columns.values())]
            for name in carried:
                table = ctx.catalog.table(name)
                if table is None or any(_reachable(table, holder, ctx) for holder in holders):
                    continue
                why = (f"no table of the schema holds {category}" if not holders else
                       f"{table.name} shares no key with {', '.join(h.name for h in holders)}, directly or through "
                       f"one other table")
                yield CONSENT_DATA_NOT_JOINABLE.finding(
                    statement, f"purpose '{statement.purpose}' uses {table.name}, but its subjects cannot be matched "
                               f"to {category}: {why}",
                    pack=pack, citation=pack.consent_citation(rule, requirement), subject=table.name, category=category,
                    purpose=statement.purpose,
                    evidence=("a join key is a column both tables have (e.g. email, account_id), or "
                              "<table>_id in one matching id in the other",))
                return


def check_possibly_personal_columns(target: TableSubject, pack: Pack, ctx: Context) -> Iterator[Finding]:
    table = target.table
    if not table.suggestions:
        return
    guesses = [(column, category, why) for column, (category, why) in sorted(table.suggestions.items())
               if pack.knows(category) and table.columns.get(column) is None]
    if not guesses:
        return
    listed = "; ".join(f"{column} as {category} ({why})" for column, category, why in guesses)
    yield POSSIBLY_PERSONAL_COLUMNS.finding_at(
        target.position, f"undeclared personal data? {table.name} has columns that may hold personal data: {listed}",
        pack=pack, citation=pack.citation, subject=table.name, category=guesses[0][1],
        evidence=("declare each with a `privgate: <category>` comment (or `privgate: none`), or in privgate.yaml",))


def _reachable(table: Table, holder: Table, ctx: Context) -> bool:
    """Joinable directly, or through one intermediate table (unsubscribes.email -> accounts -> consents)."""
    if _joinable(table, holder):
        return True
    return any(_joinable(table, middle) and _joinable(middle, holder) for middle in ctx.catalog.tables.values()
               if middle is not table and middle is not holder)


def _joinable(first: Table, second: Table) -> bool:
    if first.name == second.name:
        return True
    shared = set(first.columns) & set(second.columns)
    if any(key == "email" or key.endswith("_id") for key in shared):
        return True
    return ("id" in first.columns and f"{singular(first.name)}_id" in second.columns) or \
        ("id" in second.columns and f"{singular(second.name)}_id" in first.columns)


TABLE_WITHOUT_RETENTION = Rule(
    id="RET005", name="table-without-retention", family="retention", severity="error",
    summary="A table holds personal data with a retention limit, but nothing visible deletes its rows in time.",
    check=check_table_without_retention, subject="table", clauses=maximum_clauses,
    doc=RuleDoc(
        what="For every table the scan defines (DDL, dbt, a live database) that holds a category with a maximum "
             "retention: a retention clause (BigQuery partition expiration, ClickHouse TTL) within the maximum, a "
             "purge statement in the repository (whose cutoff RET001 judges), or a `retention:` declared for the "
             "table in privgate.yaml. Snowflake's DATA_RETENTION_TIME_IN_DAYS is Time Travel and never counts.",
        why="Storage limitation (GDPR Art. 5(1)(e)): a promise such as 'server logs are kept at most one year' "
            "needs a mechanism that deletes them; a new table without one keeps everything forever.",
        failing="CREATE TABLE access_log (ip_address inet, logged_at timestamptz);\n"
                "COMMENT ON COLUMN access_log.ip_address IS 'privgate: activity.ip_address';",
        passing="CREATE TABLE access_log (ip_address inet, logged_at timestamptz);\n"
                "COMMENT ON COLUMN access_log.ip_address IS 'privgate: activity.ip_address';\n"
                "DELETE FROM access_log WHERE logged_at < now() - interval '90 days';",
    ),
)

TABLE_RETENTION_BELOW_MINIMUM = Rule(
    id="RET006", name="table-retention-before-legal-minimum", family="retention", severity="error",
    summary="A table's declared retention (TTL, partition expiration) deletes rows before a legal minimum.",
    check=check_table_retention_below_minimum, subject="table", clauses=minimum_clauses,
    doc=RuleDoc(
        what="For every table with a retention clause (BigQuery partition expiration, ClickHouse TTL) or a "
             "`retention:` declared in privgate.yaml, the retention must not be shorter than the longest legal "
             "minimum (accounting records, gambling records) of a category the table holds.",
        why="A law (an accounting act, a gambling act) obliges the controller to keep these records; a TTL "
            "that deletes them sooner breaks the law the policy cites, silently and on every partition.",
        failing="CREATE TABLE finance.invoices (number STRING OPTIONS(description='privgate: billing.invoice'),\n"
                "  issued_on DATE)\nPARTITION BY issued_on\nOPTIONS(partition_expiration_days=365);",
        passing="CREATE TABLE finance.invoices (number STRING OPTIONS(description='privgate: billing.invoice'),\n"
                "  issued_on DATE)\nPARTITION BY issued_on\nOPTIONS(partition_expiration_days=4018);",
    ),
)

TABLE_STORED_OUTSIDE = Rule(
    id="TRF004", name="table-stored-outside-allowed-region", family="transfer", severity="error",
    summary="A table holding personal data is stored (LOCATION, dataset location, stage) outside the allowed regions.",
    check=check_table_stored_outside, subject="table", clauses=transfer_clause,
    doc=RuleDoc(
        what="The storage clause of a table definition (an external table's LOCATION, a Snowflake stage, a "
             "BigQuery dataset's location) is located with `catalog.locations` and cloud regions; personal data "
             "stored outside the EU/EEA (or the home country) is a transfer.",
        why="Storing personal data in a US bucket is a transfer under GDPR Chapter V, made once by a migration "
            "and then by every write.",
        failing="CREATE EXTERNAL TABLE visitor_ips (ip_address STRING COMMENT 'privgate: activity.ip_address')\n"
                "LOCATION 's3://mgt-us-partner/visitors/'",
        passing="CREATE EXTERNAL TABLE visitor_ips (ip_address STRING COMMENT 'privgate: activity.ip_address')\n"
                "LOCATION 's3://mgt-eu-exports/visitors/';\n"
                "DELETE FROM visitor_ips WHERE logged_at < now() - interval '90 days';",
    ),
)

SPECIAL_CATEGORY_COLUMN = Rule(
    id="SPC003", name="special-category-column", family="special_category", severity="error",
    summary="A table stores a special category (health, beliefs, ethnicity ...) that no purpose may process under Art. 9.",
    check=check_special_category_column, subject="table", clauses=special_category_clauses,
    doc=RuleDoc(
        what="A column of a table holds a special category (declared or inferred), and no purpose of the pack "
             "lists that category with a legal basis that lifts the Art. 9(1) prohibition.",
        why="Collecting special-category data at all needs an Art. 9(2) ground; a schema that stores it without "
            "one is a violation before any query runs.",
        failing="CREATE TABLE wellbeing (account_id bigint, diagnosis text);\n"
                "COMMENT ON COLUMN wellbeing.diagnosis IS 'privgate: special.health';",
        passing="CREATE TABLE wellbeing (account_id bigint, workload_score int);",
    ),
)

BIRTH_DATES_WITHOUT_GUARDIAN_CONSENT = Rule(
    id="CHD002", name="birth-dates-without-guardian-consent", family="children", severity="error",
    summary="A table records subjects' birth dates or ages but has no guardian-consent field the policy requires.",
    check=check_birth_dates_without_guardian_consent, subject="table", clauses=guardian_consent_clauses,
    doc=RuleDoc(
        what="Where the pack requires a guardian's consent below an age, a table holding birth dates or ages of "
             "data subjects must carry the guardian-consent category in the same table.",
        why="Without the field, a minor's data can only be processed unlawfully or not at all (GDPR Art. 8); the "
            "schema decides which.",
        failing="CREATE TABLE players (id bigint, email text, birth_date date);\n"
                "COMMENT ON COLUMN players.birth_date IS 'privgate: player.birth_date';",
        passing="CREATE TABLE players (id bigint, email text, birth_date date, guardian_consent boolean);\n"
                "COMMENT ON COLUMN players.birth_date IS 'privgate: player.birth_date';\n"
                "COMMENT ON COLUMN players.guardian_consent IS 'privgate: consent.guardian';",
    ),
)

AGES_WITHOUT_AN_AGE_POLICY = Rule(
    id="CHD003", name="ages-without-an-age-policy", family="children", severity="warning",
    summary="A table records birth dates or ages, and the policy states no minimum age or guardian consent.",
    check=check_ages_without_an_age_policy, subject="table", clauses=_age_clauses,
    doc=RuleDoc(
        what="With a pack that has no `children` rule (gdpr-baseline alone, or a company pack that states no age "
             "policy), a table holding a birth date or an age of its subjects (declared or inferred) is reported "
             "once per table. A pack with a `children` rule is judged by CHD001 and CHD002 instead.",
        why="Where a service may reach children, GDPR Art. 8(1) needs a guardian's consent below 16 (13 to 16 by "
            "member state); stored ages are where that question starts. State the age policy in the project's "
            "pack (`children:` with `min_age` and the guardian-consent category), or accept the finding with "
            "the reason (an HR table of employees).",
        failing="CREATE TABLE patients (id bigint, email text, date_of_birth date);",
        passing="CREATE TABLE patients (id bigint, email text, year_registered int);",
    ),
)

TABLE_CATEGORY_OUTSIDE_PURPOSE = Rule(
    id="PUR007", name="table-category-outside-purpose", family="purpose", severity="error",
    summary="A table declared for a purpose holds a data category the policy does not allow for that purpose.",
    check=check_table_category_outside_purpose, subject="table", clauses=purpose_clauses,
    doc=RuleDoc(
        what="A table's purpose is declared with `purpose:` on its `catalog.tables` entry in privgate.yaml, or "
             "comes from its dbt model (the model's `meta.purpose`, its folder's `+meta`, or a `purposes.paths` "
             "glob matching the model's file). Every column of the table whose personal category (declared or "
             "inferred) is not among the categories the pack allows for that purpose is reported, at the table's "
             "definition. In a dbt model, a column whose category comes by lineage from a column the model reads "
             "is reported by PUR001 at that read instead (once, not twice).",
        why="Purpose limitation (GDPR Art. 5(1)(b)) binds what is stored for a purpose, not only what a query "
            "reads: card numbers kept in an analytics table are processed for analytics whether or not a query "
            "reads them today.",
        failing="-- privgate.yaml: catalog: {tables: {account_segments: {purpose: analytics}}}\n"
                "CREATE TABLE account_segments (email text, segment text, card_number text);\n"
                "COMMENT ON COLUMN account_segments.email IS 'privgate: account.email';\n"
                "COMMENT ON COLUMN account_segments.card_number IS 'privgate: transaction.payment';",
        passing="-- privgate.yaml: catalog: {tables: {account_segments: {purpose: analytics}}}\n"
                "CREATE TABLE account_segments (email text, segment text);\n"
                "COMMENT ON COLUMN account_segments.email IS 'privgate: account.email';",
    ),
)

CONSENT_DATA_NOT_JOINABLE = Rule(
    id="CON006", name="consent-data-not-joinable", family="consent", severity="error",
    summary="A query for a consent-based purpose reads a table whose subjects the schema cannot match to consent data.",
    check=check_consent_data_not_joinable, clauses=consent_record_clauses,
    doc=RuleDoc(
        what="For a purpose that needs consent (or honours withdrawals), every table the query reads personal data "
             "from must share a key (email, an *_id column, or <table>_id matching id) with a table holding the "
             "pack's consent and withdrawal categories; a schema with no such table fails too.",
        why="Consent can only be honoured if each subject can be looked up in the consent records (GDPR Art. 7(1): "
            "the controller must be able to demonstrate consent).",
        failing="CREATE TABLE webinar_leads (lead_name text, webinar text);\n"
                "COMMENT ON COLUMN webinar_leads.lead_name IS 'privgate: account.name';\n"
                "-- privgate: purpose=marketing\nSELECT l.lead_name FROM webinar_leads l;",
        passing="-- privgate: purpose=marketing\nSELECT a.email FROM accounts a\n"
                "JOIN consents c ON c.account_id = a.id\nWHERE c.marketing_email AND c.withdrawn_at IS NULL",
    ),
)

POSSIBLY_PERSONAL_COLUMNS = Rule(
    id="PUR005", name="possibly-personal-columns", family="purpose", severity="info",
    summary="A table has columns whose names suggest personal data, with nothing declared: a suggestion, not an error.",
    check=check_possibly_personal_columns, subject="table", clauses=pack_clause,
    doc=RuleDoc(
        what="Columns nobody annotated whose name only partly matches a known kind of personal data (one word of "
             "a longer name, such as email_info) are listed for a person to declare; exact names (email, "
             "egn, ip_address) and telling types (inet) are classified outright instead.",
        why="The rules only protect what the catalog knows; a low-confidence guess is worth a look, not a failed "
            "build.",
        failing="CREATE TABLE leads (id bigint, email_info text);",
        passing="CREATE TABLE leads (id bigint, email_info text);\n"
                "COMMENT ON COLUMN leads.email_info IS 'privgate: none';",
    ),
)

RULES = (TABLE_WITHOUT_RETENTION, TABLE_RETENTION_BELOW_MINIMUM, TABLE_STORED_OUTSIDE, SPECIAL_CATEGORY_COLUMN, BIRTH_DATES_WITHOUT_GUARDIAN_CONSENT,
         AGES_WITHOUT_AN_AGE_POLICY, CONSENT_DATA_NOT_JOINABLE, POSSIBLY_PERSONAL_COLUMNS, TABLE_CATEGORY_OUTSIDE_PURPOSE)

