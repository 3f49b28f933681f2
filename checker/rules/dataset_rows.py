"""Rules over dataset rows: the promises checked in the data itself (files and tables) rather than
in the SQL that produces it. The dataset runner (checker.datasets) evaluates them with Great
Expectations, so they have no statement check of their own."""

from __future__ import annotations

from checker.rules.base import Rule, RuleDoc

_LOGS = {"role": "server_logs", "timestamp": "logged_at",
         "columns": {"ip_address": "activity.ip_address", "logged_at": "activity.timestamp", "request_path": None}}
_AUDIENCE = {"role": "marketing_audience",
             "columns": {"email": "account.email", "marketing_email": "consent.marketing_email",
                         "withdrawn_at": "consent.withdrawal"}}

ROWS_PAST_RETENTION = Rule(
    id="RET004",
    name="rows-past-retention",
    family="retention",
    severity="error",
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

ROWS_WITHOUT_CONSENT = Rule(
    id="CON004",
    name="rows-without-consent",
    family="consent",
    severity="error",
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

ROWS_AFTER_WITHDRAWAL = Rule(
    id="CON005",
    name="rows-after-withdrawal",
    family="consent",
    severity="error",
    summary="A dataset used for a consent-based purpose holds subjects who withdrew consent or unsubscribed.",
    doc=RuleDoc(
        what="Counts rows whose withdrawal column (`withdrawn:`, or the column holding the pack's withdrawal "
             "category) is set on or before the send date (`sent_at:` column, else --as-of); a true/false "
             "flag counts when true.",
        why="Withdrawing consent must be as easy as giving it and takes effect at once (GDPR Art. 7(3)); an "
            "unsubscribed recipient who still gets the newsletter is a complaint to the regulator.",
        failing="email,marketing_email,withdrawn_at\nana@example.bg,true,2026-05-02\n",
        passing="email,marketing_email,withdrawn_at\nana@example.bg,true,\n",
        dataset=_AUDIENCE,
    ),
)

ROWS_OUTSIDE_ALLOWED_COUNTRIES = Rule(
    id="TRF003",
    name="rows-bound-outside-allowed-countries",
    family="transfer",
    severity="error",
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

IDENTIFIERS_IN_ANONYMISED = Rule(
    id="ANO001",
    name="identifiers-in-anonymised-output",
    family="anonymisation",
    severity="error",
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

UNDECLARED_PERSONAL_DATA = Rule(
    id="PUR004",
    name="undeclared-personal-data",
    family="purpose",
    severity="warning",
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

SPECIAL_CATEGORY_ROWS = Rule(
    id="SPC002",
    name="special-category-rows",
    family="special_category",
    severity="error",
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

RULES = (ROWS_PAST_RETENTION, ROWS_WITHOUT_CONSENT, ROWS_AFTER_WITHDRAWAL, ROWS_OUTSIDE_ALLOWED_COUNTRIES,
         IDENTIFIERS_IN_ANONYMISED, UNDECLARED_PERSONAL_DATA, SPECIAL_CATEGORY_ROWS)
