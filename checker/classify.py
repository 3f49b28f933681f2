"""Column classification: what a column's name and type say it holds.

Names and types give a key of the shared taxonomy (`user.contact.email`, `special.health`: the
categories of rules/gdpr-baseline.yaml); a pack then takes, for that key, its own category that
says it `is` the key (preferring the table's group: a `customers` table's email is
`customer.email`), else the key itself, which every pack knows through gdpr-baseline.

Classification is a pure function of (table name, column name, column type, the table's other
column names, pack); names come as their definition wrote them (`passwordStrongSalt`), and the
catalog tries the lower-case run-together form when that says nothing. The vocabulary (English,
Bulgarian in Latin and Cyrillic, German, French, Spanish, Italian, Portuguese, Polish, Dutch: the
other languages' forms of its English terms from checker/data/name_translations.json), the table subjects and the counter-evidence are
data: checker/data/name_hints.json, read by checker.name_words; step 1 below (what a table is
about) is checker.table_context.
Declared annotations always win; this is the fallback for columns nobody annotated and for
`privgate init` proposals. Where a column's name says nothing, the catalog reads its description
or comment the same way (checker.descriptions: "The candidate's email address." reads as
`candidate_email_address`), unless the name is itself a key, count, flag or time.

Decision order, first answer wins:
0. A table a web framework or a common library creates in every application built on it, known by its
   name and columns (`delayed_jobs`, Laravel's `failed_jobs`, PaperTrail's versions), holds in a column
   what the framework defines there (checker.framework_tables).
1. The table's context, from its name (head noun, any word) and its other columns: a person table
   (`customers`), a table linked to people (a person key such as `customer_id`, a personal column
   such as `email`, a person word in its name), an address book, a clinical, card, bank, pay,
   event, credential, content, profile (demographics, an intake interview) or clinical-record
   table; a copy of a table's rows (`contact_history`, `users_snapshot`, `customer_dim`) is also
   about the noun before the copy word, and a table with a first name and a birth date or gender
   (`dirigeant_pp`), or with two columns only people have (`eeoc (gender_id, race_description)`),
   holds people whatever it is called; a row numbered by a person's national number named alone
   (the CPR's `Statsborgerskab (CPR, landekode)`) records facts about them; a table named for
   personal information (`country_personal_information`) is a record of facts about a person, one named for people's
   names (`person_name`) holds the parts of their names. A table of things or companies (`plans`,
   `vendors`, `Lieferdienst`, an organisation's units: `org_unit`, a thing and a medium:
   `channel_email`, a thing's profile or addresses: `job_profile`, `org_address`; addresses, phones
   or bank accounts keyed to a supplier, vendor or carrier, or to the store the table is named for,
   and to no person: `cuentasbcopro.codproveedor`, `store_lang.id_store`), a customer or
   account with contact persons of its own or with a business's own attributes (`industry`,
   `annual_revenue`), a row with a contact person of its own or named as an establishment
   (`service_antenne (contact_lastname)`, `tis (etablissement)`), a table of the kinds of
   something (`visit_type`, `patient_identifier_type`), an address book that only things point
   at (`departments.location_id` -> `locations`), and a place with a phone of its own
   that orders and stock levels, and no table of people, point at (a shop's `location`) hold
   nobody's data: only people credited with a work (`composer`), who did it (`created_by`), a
   bare first name and the name beside it, and a business's contact persons' or another
   person's details (`contact_name`, `manager_name`) count there. A
   customer or account with contact persons or a support mailbox of its own is a company, and
   an order whose customer key points at such a table ships to the company (`ship_address`), as
   does a row of an account known by a business's attributes, unless it is a person's own (a
   contact) or also names a person (a charge's customer); a
   person's own settings (`notification_settings.user_id`) are no thing's; a clinician with a
   key to their practice lists the practice's address. A table with no key to a person or an
   episode of care is a code list: its health terms (`d_icd_diagnoses.icd9_code`) are nobody's
   diagnosis. A table that holds the short key a table of people is known by (`pid` of
   `patient_data`, `uid` of `users`) is linked to them; keyed so to patients, and about nothing
   else, it is a record of their care (OpenEMR's `form_reviewofs`), unless it is a table of money
   (`payments`, `invoices`); one that holds that key with a birth date and a gender is more of
   the person's row. A birth date or a gender makes a row no company's, whatever contact person
   it names. A name run together from an unknown prefix and a noun of what a table holds
   (`rtmessages`) is judged by that noun. A table whose keys lead to a table of people through
   other tables' keys (a benefit decision's `behandling_id` -> a case handling's `fagsak_id` -> a
   case's `fagsak_person_id`; a scorecard's attributes) is linked to them, unless it is a thing's,
   a log of events, or reached through a table of keys alone or from an actor's key (`creator_id`).
2. A type that admits one kind (`inet`, `macaddr`); a boolean (a MySQL `enum('Y','N')` or
   `tinyint(1)` too) says
   nothing, except as an answer
   in a record of facts about a person (an intake interview's `revenus`) or of a patient's medical history
   (`patient_history.fam_hyper`: a named history of a patient or their health, holding none of their own
   details, is their anamnesis, not a copy of their row), or when the yes or no is
   itself a special category, an age band or a family fact (`union_member`, `hispanic_or_latino`,
   `juvenile`), or a health
   term in a person's medical record (`long_term_medication`); a spatial type locates
   a person in a person or address table.
   What a table of a kind says of its columns, whatever else the name says (checker.table_kinds):
   a procedure or an inflammation medicine names (`appendectomy`, `arthritis`) in a person's row
   or record, the name or kind of a person's condition or allergy, who called whom in a table of
   calls (`call.from`, a SIP dialog's `from_uri`) or of text messages (`inbox.SenderNumber`), a
   session's identifier and stored state in a table of sessions, a stored token's digest, a SIP
   account's URI and registered device, a federated social network's actor's URI and profile URL
   (beside a user name and its domain).
   What a web or mobile analytics event table records of each hit's client, the table known by the
   client families its columns name (checker.analytics_events): the browser, device and plugins
   (`br_lang`, `config_flash`), cookie IDs (`domain_userid`), the IP's place (`geo_city`, anywhere).
   What a login, operation or session log with an IP address records of the person who acted
   (checker.access_logs): who acted (`oper_name`), where (`login_location`), what the request carried
   and answered (`oper_param`, `json_result`), the client (`os`, `agent`), a login session's data.
   What a PBX's call detail record, spooled callback or subscriber's SIP peer, each known by its
   dialplan's columns, holds of callers, and the numbers a telecom service keeps for its subscribers
   (checker.telephony: `cdr.src`, `sippeers.fullcontact`, `cc_did.did`; a trunk's or a provisioned
   line's number and address are the company's), and the card a payment was made with under
   osCommerce's `cc_` prefix and the payer of a stored PayPal notification (checker.card_payments:
   `cc_owner` beside `cc_number`, `payer_id` beside `txn_id`); a prepaid calling card that logs in has
   no payment card's expiry. An accounting system's chart of accounts, its keys to sales-tax codes, revenue
   recognition fields and a ledger line's description are the business's (checker.ledgers: QuickBooks'
   `account (classification)`, `default_tax_code_id`, Zuora's `rev_rec_code`). What a bank transfer, booking or direct debit keeps of the other party
   (checker.bank_transfers): the counterparty's account and name (`empfaenger_bic`, `gegenkonto_nr`,
   `counterparty_iban`), the purpose the payer wrote (`zweck2`, a statement line's `description`), the
   SEPA mandate reference; a bank code with no account number in its row is the bank's.
3. The name as words (snake, camel, digits; run-together lower-case names split into known
   words: `addressline1` -> address, line):
   a. a stored transformation (`hashed_`, `encrypted_`, a rendered `_html` or `_raw` copy;
      `_digest` only of a secret) is dropped: the rest decides (`hashed_ip_address` is an IP), a
      hashed key, token or code is a credential, as is an HTTP digest's HA1 (`ha1`, `auth_ha1`); a
      lower-case flag is split (`isopenbag`);
   b. the whole name is a term, also after qualifiers (`billing_`, `bill_to_`), a person owner
      (`customer_`), the table's own noun (`provider_` in `provider`, `cust_` in `customers`) or a
      nested object a loader flattened into the name (`billing_details_`, `property_`,
      `tax_info_`; not its own `property_name`; a possessive plural run together:
      `guardiansname`); a context term
      only in a table of its context (`state` in an address book or next to a postal code, `note`
      in a table linked to people, `condition` in a clinical table of people), of a person owner,
      or, for address parts, after an address qualifier (`BillingState`; a `display_name` is
      none: outside a table of people it is a thing's label, not even a suggestion:
      `fees.invoice_display_name`); a dated term only with a date type; a time named with
      another time word is its term (`login_date`, `last_login_time` are `login_at`, `last_login_at`);
   c. a code of a kind whose code is the data (`gender_concept_id`, `race_source_value`,
      `country_code`, `payer_concept_id`), unlike a surrogate key (`country_id`); for gender, race,
      religion and health also its label or key (`race_description`, `gender_id`), and in a row of or
      linked to people a key into a list of their occupations or nationalities (`occupation_id`);
   d. an account on a known service (`github_id`, `twitter_username`);
   e. a person named inside the name owns what follows (`gpg_key_user_email`), or a contact
      detail or name before it, judged as in the person's row (`email_participant`,
      `nombre_cliente`, `ime_na_klient`); a government identifier stored as text under an
      id ending is the identifier (`passport_id varchar`);
   f. a head word decides the last word (`current_sign_in_ip`, `remember_token`) unless the rest
      is counter-evidence (`server_ip`, `push_token`; the table's own noun first is the row's:
      `phpbb_posts.post_edit_reason`); a reason in a table of people's rows is what somebody
      typed about them (`void_reason`, `departure_reason`);
   g. a qualifier after the name says which value it is (`phone_home`, `email_new`, `ip_signup`,
      `language_second`, `pwd_history`, `pass_temp`, and the term it starts when there is one:
      `languageFirst` is a `first_language`; an address qualifier names an address part:
      `ciudad_envio`); an IP address named first, then when it was recorded (`iplastlogin`);
      in a table of people, a term named last after words that are not counter-evidence
      (`local_first_name`, `to_email`);
   h. a date of a person's row named by its first word (`dod_hosp`);
   A kind with a pack `concept` (a language) is plain `user` in a person's own row when no pack
   has the concept. Free text in a record of a person's care (`note_text`, a medical condition's
   `comment`) is health data, unless it is the record's bookkeeping (`void_reason`) or a bill's
   (`billing_note`, a claim's `comments`).
4. With no name evidence: a value of a clinical record (a clinical table keyed to a patient or an
   episode of care, `labevents.value`, the item it measured `itemid`, a coded field judged by
   what it codes `route_concept_id`) is health data unless it is a key (a bare `patient`), time,
   unit, flag or record-keeping field (where the patient came from, who wrote it, a lot number,
   a reference range, the payer's share, a fee, the facility, the record's state as a number:
   `authorized`, `activity`); in a record that bills the care (named for a bill, a claim or a
   sale, or posting payments and adjustments: `billing`, `ar_activity`) only the codes billed
   (`code`, `modifier`, `justify`) and the accident behind them are; a value of a record about a person
   (`supplementary_demographics.occupation`) is the person's, its free-text detail
   (`revenus_detail`) what the person said. In a table of people: a part of a name in a table of
   names, a pay figure however spelt (`annual_summary_total_base_pay`), the value column of a table
   named for a kind (`email_address.value`) or of a person's attributes (`person_attribute.value`,
   `wp_usermeta.meta_value`, settings: `usr_preferences.value`), the number an employer or school
   gives the person, as text (`users.employee_id`, `studentID`; its registration number named bare:
   `funcionario.matricula`), how the person was assessed (a
   language's `fluency`, an appraisal's or education's `score`, a pupil's effort grade beside
   the attainment grade), a pregnancy's or a dependant's
   facts, a birth's other than its date (`city_of_birth`), a relative named bare as text
   (`guardian`), a number named as the phone beside it is (`home_no` beside `mobile_no`). In a
   table of identity documents, a document's number and its dates of issue and
   expiry; in a table linked to people, the old and new values of a change.
5. Otherwise a word inside a longer name is only a suggestion (PUR005), unless the rest of the
   name is counter-evidence: an id or key (also named first, as a number: `fk_user_author`,
   though a key named first into a list of values that are the data is the value: `id_gender`), a
   count, a point in time, a flag, a setting, a thing no person is (`plan_name`, a post's,
   a view's or a scheduler's trigger's `_name`); a disease named inside a name in a person's medical
   record is adopted (`doenca_caxumba`);
   `created_by` stored as text names a person (a `grouped_by`, `order_by` says how rows are
   arranged), a bare `user` as text is a login, as is a user
   named by its part in an exchange (`from_user`); a JSON document in a person's row, or in a table
   of one person's rows (`usager_history_states`), is about the person, as is a file kept as bytes
   and named for a document or a picture in a row of or linked to people (`eattach_attachment blob`), as is
   the payload of an entry in a log of people (`phpbb_log.log_data`, an API log's `response`) kept as a
   document, bytes or long text.
A table named for people's rows about a thing (`user_structure`) is not the thing's own table.
Whatever the name says, an address or a person's row named whole as a whole number is a key
(`mailing_address int`, `profile int`, an identity's `provider_id int`), an IP beside its netmask a network range, a bare `state`
beside the row's own region a status, and a message in a table of payments the processor's; an agent named
under the prefix of an IP beside it (`comment_agent` beside `comment_author_IP`) is the person's user agent.
Where the accounts are known by their login and have no number (Synapse's `users (name text)`),
a key to them kept as text (`user_id text`), or a party named by its part (`sender`, `creator`), is
that login (table_context.login_keys). A key named for a table of the schema that holds the rows
it names (`device_id` beside `devices`, `prescription_id` beside `prescriptions`) is a key whatever
its name says alone, unless it is a secret or a login; a key into a list of values (`gender_id`
into `genders (id, name)`) stays the value (table_context.keys_to_tables), as does a key in a table of keys
alone that links a person to a list of values (`fisica_deficiencia (ref_idpes, ref_cod_deficiencia)`): what it
would be in the person's own row. A bare `ident` as text in
a person's row is their identity code (NAV's `person_ident.ident`); the string form of who created or
changed a row (`creator_str`) and PaperTrail's `whodunnit` are that person's login.
Last, checker.settings_tables reconsiders the answer: an application's own settings (`g5_config`: its
contact settings none, its keys and passwords credentials), a flag's verb before a credential's word
(`EnableAutoLogin INTEGER`), a salt, a document link's `url_key` and a booking's `hash`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from checker.access_logs import access_log_detail, names_the_login
from checker.access_secrets import access_secret
from checker.analytics_events import (analytics_detail, geolocated_place, mail_client, network_fact,
                                      records_the_client, trackers_platform)
from checker.bank_transfers import bank_transfer_detail, banks_own_code
from checker.card_payments import (accounts_validity, card_payment_detail, cheque_detail, gateway_payer_id,
                                    merchants_descriptor, paypal_merchant, paypal_payer_detail, processors_answer)
from checker.catalog import singular
from checker.evidence import Evidence
from checker.column_codes import numbered_field, table_ending, without_ending
from checker.framework_tables import NOT_PERSONAL, FrameworkColumn, framework_column
from checker.genealogy import cited_sources_record
from checker.identity_servers import identity_server_detail, organisations_mail_address, sign_in_services_name
from checker.ledgers import chart_of_accounts, ledger_line_description, revenue_recognition, tax_code_key
from checker.location_history import WHEREABOUTS, whereabouts_name
from checker.name_words import (CREDENTIALS, FLAG_WORDS, FRACTION_TYPES, KEY_WORDS, PERSON, WHOLE_NUMBER_TYPES,
                                Vocabulary, matches, name_words, singular_word, tokens, type_marked, vocabulary,
                                without_type_mark)
from checker.name_translations import translation_table
from checker.policy.model import Pack, lineage_of
from checker.schooling import education_record_detail, schooling_detail
from checker.settings_tables import reconsidered
from checker.free_text import annotates_a_named_object, describes_a_named_object, describes_a_schema_object
from checker.handphones import bare_birth, handphone, named_beside_particulars
from checker.table_context import (BILLING_WORDS, CODE_FIRST, KEY_FIRST, NAMED_PARTIES, POSTED, REFERENCE_FIRST,
                                   TableContext, abbreviates, businesses, keyed_people, keys_to_tables, login_keys,
                                   names_a_medical_history, people_through_keys, person_key, records_through_keys,
                                   referrers, table_context, table_words, without_tag, written_in)
from checker.telephony import (carriers_address, providers_line, speed_dial_code, speed_dial_entry,
                               subscribers_number, telephony_detail, trusted_peer)
from checker.table_kinds import (NUMBER_WORDS, OF_PEOPLE, changed_value, document_particular,
                                 identity_document_detail, names_a_procedure_or_condition, of_the_tables_kind,
                                 where_people_meet)
from checker.written_items import (MODEL_TEXT, attachment_detail, made_from_a_model, name_of_a_post,
                                   process_variable, sent_between_people, written_on_work_item)
from checker.payroll import pay_figure
from checker.workforce import (expense_claim_text, leave_record, leave_request_text, military_service_detail,
                               note_on_working_time, position_held, qualification_key, reason_for_leaving,
                               tax_withholding_detail)


__all__ = ["businesses", "category_for_concept", "category_for_key", "category_from_name", "evidence", "infer",
           "keyed_people", "keys_to_tables", "login_keys", "named_as_counter", "people_through_keys",
           "personal_kind_unknown", "records_through_keys", "referrers", "table_context", "tokens", "written_as_key"]


@dataclass(frozen=True)
class Inference:
    """A column's inferred category in the packs in force, with what decided it."""

    category: str
    confident: bool
    reason: str
    by_type: bool


# -- what a name and a type say (no pack involved) ----------------------------------------------
_YES_NO = frozenset({"", "y", "n", "yes", "no", "t", "f", "true", "false", "0", "1", "on", "off",
                     "j", "ja", "nein", "oui", "non", "o", "si", "s", "da", "ne"})


def base_type(column_type: str) -> str:
    """The type without its arguments, lower case; a MySQL `enum('Y','N')` of yes and no is a
    boolean (`gibbonMessenger.email enum('N','Y')`: whether to send one, not an address), as is
    `tinyint(1)`, what MySQL makes of `BOOLEAN`, unsigned too (`utinyint(1)`, as the DDL reader spells
    `tinyint(1) unsigned`: pH7Builder's `approvedAvatar`). An extension's type named with its schema, as
    PostgreSQL dumps write it (`public.hstore`, `public.citext`), is that type."""
    kind = column_type.split("(")[0].strip().lower().rsplit(".", 1)[-1]
    if kind in ("tinyint", "utinyint") and re.fullmatch(r"u?tinyint\s*\(\s*1\s*\)(\s+unsigned)?",
                                                       column_type.strip().lower()):
        return "boolean"
    if kind in ("enum", "set"):
        values = re.findall(r"'((?:[^']|'')*)'", column_type)
        if values and {value.lower() for value in values} <= _YES_NO:
            return "boolean"
    return kind


def evidence(table: str, column: str, column_type: str = "", siblings: Iterable[str] = (),
             referrers: Iterable[str] = (), businesses: Iterable[str] = (), people: Iterable[str] = (),
             login_keys: Iterable[str] = (), through: Iterable[str] = (),
             row_keys: Iterable[str] = (), records: Iterable[str] = ()) -> Evidence | None:
    """What the column's type, else its name, says it holds, judged in the context of its table
    (its name and, where known, its other columns and the tables that hold keys to its rows, and
    `login_keys`: the key names that hold a login in its schema, see table_context.login_keys;
    `row_keys`: its columns, lower case, that are keys into a table of its schema holding the rows
    they name, see table_context.keys_to_tables; `records`: the clinical records its rows are part of
    through a chain of keys, see table_context.records_through_keys).
    Items of what people write, named in the plural as a whole number, are counted, not kept
    (`posts.comments bigint`), and a person or a device named as a whole number is a key to their row
    (`wp_posts.post_author bigint`, `device_id integer`): no name or device identifier is a number (a `nm`
    of a fractional type is nanometres), and no login a fraction."""
    siblings = tuple(siblings)
    linked = _value_in_a_link(column, column_type, siblings, tuple(people))
    if linked is not None:
        return linked
    found = _evidence(table, column, column_type, siblings, referrers, businesses, people, login_keys, through,
                      records)
    context = table_context(table, siblings, referrers, businesses, people, through, records)
    sql_type = base_type(column_type)
    found = reconsidered(found, column, sql_type, context, siblings, vocabulary())
    if found is None:  # a site's own setting, a flag about a credential, or nothing personal
        return None
    key, last = found.kind.key, (tokens(column) or [""])[-1]
    if key == "user.content" and sql_type in WHOLE_NUMBER_TYPES and last in _COUNTED_ITEMS:
        return None
    if key == "user.content" and sql_type in WHOLE_NUMBER_TYPES and last in _DIRECTIONS:
        return None  # OSSN's `message_from bigint`: a key to whom the message came from, not its text
    if key == "user.content" and sql_type in _SMALL_NUMBERS:
        return None  # foodsharing's `fs_foodsaver_has_wallpost.usercomment tinyint`: whether, no text fits a small number
    if key == "user.account.username" and sql_type in WHOLE_NUMBER_TYPES and (
            name_words(column, vocabulary()) or [""])[-1] in _COUNTED_LOGINS:
        return None  # ChurchCRM's `usr_FailedLogins tinyint`, also read run together: how many, no login
    if key == "user.name" and sql_type in WHOLE_NUMBER_TYPES | FRACTION_TYPES:
        return None  # no name is a number: `nm float` in a table of people is nanometres
    if key == "user.account.username" and sql_type in vocabulary().date_types:
        return None  # Open Hospital's `SEA_LOGIN datetime` in a session audit: when the user logged in, no login
    if sql_type in _SMALL_NUMBERS and last in _VISIBILITY:
        return None  # foodsharing's `photo_public tinyint`: whether the photo is shown, a setting, not the photo
    if key == CREDENTIALS and sql_type in vocabulary().date_types:
        return None  # foodsharing's `fs_foodsaver.last_pass datetime`: when the password was last set, no secret
    if key == "user.account.username" and sql_type in FRACTION_TYPES:
        return None  # `m_loan.principal decimal`: an amount, where a `principal` as text is a login
    if key == "user.device.device_id" and last == "id" and sql_type in WHOLE_NUMBER_TYPES | _DECIMALS:
        return None  # `checkout.device_id integer`: a key to the row of a device (a shop's till), not its identifier
    if key == "user.device.cookie_id" and last == "id" and sql_type in WHOLE_NUMBER_TYPES:
        return None  # `members_who_views.visitorId int`: a key to the member who viewed a profile, no cookie's value
    if key == "user" and sql_type in WHOLE_NUMBER_TYPES | _DECIMALS and _names_the_provider(column):
        return None  # `ohrm_openid_user_identity.provider_id int`: a key to the provider's row, not the id it gave
    if column.lower() in row_keys and not _kept_by_a_key(key):
        return None  # `access_tokens.device_id` beside a `devices` table: a key to the row that holds the device's data
    if key == CREDENTIALS and _postal_index_number(column, siblings):  # read as the postal code it is, in its table
        postal = _evidence(table, "postal_code", column_type, siblings, referrers, businesses, people, login_keys,
                           through, records)
        return postal and replace(postal, reason="its name: a PIN code beside address parts, India's postal index number")
    return found


# what an Indian address is written in beside its PIN code (postal index number)
_ADDRESS_PARTS = frozenset({"address", "city", "state", "district", "street", "landmark", "taluk", "tehsil", "locality",
                            "line1", "line2", "area", "village"})


def _postal_index_number(column: str, siblings: tuple[str, ...]) -> bool:
    """`shipping_pincode`, `pin_code` beside a city, a state or address lines: India's postal code (the
    Postal Index Number), not a secret PIN (`cards.pin_code` beside a card number, `users.pincode`)."""
    vocab = vocabulary()
    words = name_words(column, vocab)
    if not (words[-1:] == ["pincode"] or words[-2:] == ["pin", "code"]):
        return False
    return any(set(name_words(sibling, vocab)) & _ADDRESS_PARTS for sibling in siblings if sibling != column)


# the last word of a field's visibility setting, kept as a small number (`photo_public`, `email_visible`): as text,
# `email_public` is the address shown
_VISIBILITY = frozenset({"public", "visible", "hidden", "shown"})


# Hibernate Envers's revision columns, beside the audited row's keys in each of its `_aud` tables
_REVISION_COLUMNS = frozenset({"rev", "revtype", "revend", "rev_type", "rev_end"})
_KEY_ENDINGS = frozenset({"id", "uuid", "guid", "fk"})


def _framework_defined(framework: FrameworkColumn, column: str, vocab: Vocabulary) -> Evidence | None:
    """What the framework that creates the table says the column holds: a kind, or nobody's data."""
    if framework.key == NOT_PERSONAL:
        return None
    return Evidence(vocab.by_key[framework.key], True,
                    f"its table: {framework.framework}'s {framework.table}, whose {column} holds what the framework puts there")


def _value_in_a_link(column: str, column_type: str, siblings: tuple[str, ...],
                     people: tuple[str, ...]) -> Evidence | None:
    """A key in a table of keys alone that links a person to a list of values (i-Educar's `fisica_deficiencia
    (ref_idpes, ref_cod_deficiencia)`, `person_nationality (person_id, nationality_id)`): the table holds the
    person's values, so a key into the list is what it would be in the person's own row (a code that is the
    data: a disability, a nationality), whatever a key named for the table's own noun says there
    (`henkilo_kansalaisuus.kansalaisuus_id`). `people`: the tables of people whose short key the table holds."""
    vocab = vocabulary()
    if len(siblings) < 2 or not all(_key_by_name(sibling, vocab) or sibling.lower() in _REVISION_COLUMNS
                                    for sibling in siblings):
        return None
    words = name_words(column, vocab)
    if not _key_by_name(column, vocab) or person_key(words, vocab):
        return None
    person = _linked_person(siblings, people, vocab)
    if person is None:
        return None
    found = _evidence(person, column, column_type, (column,), (), (), (), ())
    if found is None or not found.kind.coded:
        return None
    return Evidence(found.kind, True, f"{found.reason}, in a table linking a person to a list of values")


_LABELS_OF_A_KIND = frozenset({"name", "names", "code", "iso_code", "label"})  # what a list says of each of its values


def _names_the_listed_kind(table: str, words: list[str], context: TableContext, vocab: Vocabulary) -> bool:
    """A table named first for a kind of value (`country_locations`, `city_locations`, `currency_rates`)
    and linked to nobody lists that kind: its `<kind>_name` or `<kind>_code` names a value of the list;
    so does one named last for it (RuoYi's `sys_post.post_code`: the code of a job post, no postcode)."""
    if (len(words) < 2 or "_".join(words[1:]) not in _LABELS_OF_A_KIND or context.subjects & OF_PEOPLE
            or context.clinical_record):
        return False  # MIMIC's `drgcodes.drg_code`: an admission's diagnosis group, from the list
    first = (name_words(table.rsplit(".", 1)[-1], vocab) or [""])[0]
    if words[0] in (first, singular_word(first)):
        return True
    # named last, after an application's prefix (RuoYi's `sys_post`), for a kind that is no person's value
    # itself (Workday's `personal_information_ethnicity.ethnicity_code` is the person's ethnicity)
    head = context.words[-1] if context.words else ""
    return words[0] in (head, singular_word(head)) and not matches(vocab.terms, words[:1])


def _key_by_name(column: str, vocab: Vocabulary) -> bool:
    """A key, by its name: ending in a key word (`henkilo_id`) or named first as one (`ref_cod_raca`, `fk_user`)."""
    words = name_words(column, vocab)
    return len(words) > 1 and (words[-1] in _KEY_ENDINGS or words[0] in KEY_FIRST | REFERENCE_FIRST | CODE_FIRST)


def _linked_person(siblings: tuple[str, ...], people: tuple[str, ...], vocab: Vocabulary) -> str | None:
    """The table of people a table of keys names: one whose short key it holds (`ref_idpes` of
    `pessoa`), else the person a key is named for (`henkilo_id`: `henkilo`)."""
    if people:
        return people[0]
    for sibling in siblings:
        words = name_words(sibling, vocab)
        if person_key(words, vocab):
            return "_".join(words[1:] if words[0] in KEY_FIRST | REFERENCE_FIRST | CODE_FIRST else words[:-1])
    return None


def _names_the_provider(column: str) -> bool:
    """An identifier named for the identity provider that gave it (`provider_id`): as a number, a key to
    the provider's row, where an `external_id` stays the number another system knows the person by."""
    return tokens(column) == ["provider", "id"]


def _kept_by_a_key(key: str) -> bool:
    """A secret or a login is what it is wherever it keys a row (a session's ID in every table of
    the session's, Synapse's `user_id` that is the login)."""
    return any(kind in (CREDENTIALS, "user.account") for kind in lineage_of(key))


_DECIMALS = frozenset({"numeric", "decimal"})  # a key kept as numeric(20,0), as Oracle's NUMBER is


# numbers a state issues to people only: in a company's row, they are a person's (its owner's, its head's)
_ISSUED_TO_PEOPLE = frozenset({"user.government_id.national_identification_number", "user.government_id.passport_number"})
_BIRTH_DATE = "user.demographic.date_of_birth"  # beside a first name, a person's in any row: no company is born


# what people write, one item at a time: as a whole number, a column named for them counts them
_COUNTED_ITEMS = frozenset({"comments", "replies", "reviews", "messages", "posts", "answers", "responses",
                            "reactions", "mentions"})


# logins and sign-ins named in the plural: as a whole number, a count of them (`failed_logins`, `login_attempts`
# is a count by its own word)
_COUNTED_LOGINS = frozenset({"logins", "signins", "logons"})


def _evidence(table: str, column: str, column_type: str, siblings: Iterable[str], referrers: Iterable[str],
              businesses: Iterable[str], people: Iterable[str], login_keys: Iterable[str],
              through: Iterable[str] = (), records: Iterable[str] = ()) -> Evidence | None:
    vocab = vocabulary()
    siblings = tuple(siblings)
    spelled = column  # as the schema spells it: a login key keeps its table's mark (`mb_id` in `g5_group_member`)
    if (framework := framework_column(table, column, siblings)) is not None:
        return _framework_defined(framework, column, vocab)  # `delayed_jobs.handler`: what the framework keeps there
    if type_marked(siblings):  # `t_user.s_name`: in Hungarian notation the words after the type mark say what it holds
        column, siblings = without_type_mark(column), tuple(without_type_mark(sibling) for sibling in siblings)
    ending, unended = table_ending(tuple(table_words(table, vocab)), siblings)
    if ending:  # Galette's `nom_adh`: the name before the code
        column, siblings = without_ending(column, ending, vocab), unended
    context = table_context(table, siblings, referrers, businesses, people, through, records)
    if chart_of_accounts(table, siblings):  # QuickBooks' `account (classification, sub_account)`: a ledger's, a thing
        context = replace(context, thing=True, subjects=context.subjects - OF_PEOPLE)
    sql_type = base_type(column_type)
    if (numbered_field(spelled, context.tag) and context.subjects & {PERSON, POSTED} and not context.thing
            and sql_type in vocab.text_types):
        # GNUBOARD's `g5_member.mb_1`, `g5_write_free.wr_1`: a spare field of a person's or a post's row, which
        # sites fill with phone numbers, addresses and answers to their own questions
        return Evidence(vocab.by_key["user"], True,
                        f"its name: a numbered spare field of a person's or a post's row ('{spelled}')")
    words = name_words(column, vocab)
    if _loader_bookkeeping(column, words, vocab):
        return None  # `_fivetran_synced`, `dbt_valid_from`: a pipeline tool's own column, in every table it writes
    if (identity := identity_server_detail(column, sql_type, context, siblings, vocab)) is not None:
        return identity  # Casdoor's `user.auth0`, Hydra's `hydra_oauth2_access.signature`: an identity server's idiom
    if words and (secret := access_secret(words, sql_type, context, siblings, vocab)) is not None:
        return secret  # Shopify's `order.order_status_url`, Authelia's `one_time_code.code`: opens a person's account
    if (called := telephony_detail(table, column, sql_type, siblings, vocab)) is not None:
        return called  # Asterisk's `cdr.src`, a SIP peer's `fullcontact`: a caller's number, a subscriber's phone
    if (routed := subscribers_number(column, sql_type, context, vocab)) is not None:
        return routed  # A2Billing's `cc_did.did`, `cc_callerid.cid`: a number a billing system routes for a customer
    if (dialled := speed_dial_entry(column, sql_type, context, vocab)) is not None:
        return dialled  # Kamailio's `speed_dial.description`: what a subscriber wrote of whom a short code calls
    if (speed_dial_code(column, context) or providers_line(column, siblings) or trusted_peer(column, siblings)
            or carriers_address(table, column, vocab)):
        return None  # a speed dial's short code, a provisioned line, a gateway's or a trunk's address: the company's
    if (transfer := bank_transfer_detail(column, sql_type, siblings, context.subjects, vocab)) is not None:
        return transfer  # Hibiscus's `umsatz.zweck`, `empfaenger_bic`: a transfer's purpose text, its counterparty's account
    if banks_own_code(column, siblings):
        return None  # Hibiscus's `systemnachricht.blz`: a bank code with no account number is the bank's
    if processors_answer(column, siblings) or merchants_descriptor(column):
        return None  # QuickBooks' `payment.credit_card_auth_code`: the processor's; Zuora's `soft_descriptor_phone`
    if (paid := card_payment_detail(column, siblings, vocab) or paypal_payer_detail(column, siblings, vocab)
            or gateway_payer_id(column, sql_type, siblings, vocab) or cheque_detail(column, vocab)):
        return paid  # osCommerce's `orders.cc_owner` beside `cc_number`, a PayPal notification's `payer_id`
    if paypal_merchant(column, siblings):
        return None  # a PayPal notification's `receiver_email`: the merchant the payment went to
    if words and accounts_validity(words, context.subjects, siblings, vocab):
        return None  # A2Billing's `cc_card.expirationdate`: a prepaid calling card that logs in lapses, no payment card
    if organisations_mail_address(column, context, siblings) or sign_in_services_name(column, context, siblings):
        return None  # a mail host's `alias.address`, a sign-in provider's `display_name`: no person's
    if (served := military_service_detail(words, sql_type, context.words, siblings, vocab)) is not None:
        return Evidence(vocab.by_key[served], True, f"its name: the {words[-1]} of a record of a person's military service")
    if (words and "_".join(words) in context.nouns and not context.clinical_record
            and not context.subjects & {PERSON, "@linked", "@own", "@credential"}
            and not sent_between_people(words, sql_type, siblings, context, vocab)):
        return None  # `job_title.job_title`, `languages.language`: a list of the values, nobody's
    if _names_the_listed_kind(table, words, context, vocab):
        return None  # GeoLite2's `country_locations.country_name`, `city_locations.city_name`: a list of places
    if tax_code_key(column) or revenue_recognition(column):
        return None  # QuickBooks' `customer.default_tax_code_id`: a sales-tax rate's key; Zuora's `rev_rec_code`
    if (untagged := without_tag(words, context.tag)) != words:  # ChurchCRM's `per_first_name` in `person_per`
        words, column = untagged, "_".join(untagged)
    counted = _without_number_in_words(words, siblings, vocab)
    if counted != words:  # `autorizado_um` beside `autorizado_dois`: the first of a series, as `autorizado_1`
        words, column = counted, "_".join(counted)
    if qualification_key(words, context):
        return Evidence(vocab.by_key["user"], True,
                        f"its name: the key of the {context.words[-1]} a person's own table of them lists (table {table})")
    if reason_for_leaving(words, context):
        return Evidence(vocab.by_key["user"], True, f"its name: why a person's employment ended (table {table})")
    if position_held(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user"], True, f"its name: the post a person holds (table {table})")
    if note_on_working_time(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.content"], True, f"its name: the {words[-1]} a person left on their working time")
    if leave_request_text(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.content"], True, f"its name: the {words[-1]} of a person's request for leave")
    if expense_claim_text(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.content"], True, f"its name: the '{column}' of an employee's expense claim")
    if ledger_line_description(table, column, siblings):
        return None  # QuickBooks' `journal_entry_line.description`: what was booked, the business's text
    if tax_withholding_detail(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.financial"], True,
                        f"its name: what a person elects or declares for the tax withheld from their pay (table {table})")
    if paid := pay_figure(words, sql_type, siblings, context, vocab):
        return Evidence(vocab.by_key["user"], True, f"its name: {paid} (table {table})")
    marked = _without_table_mark(words, context) if context.subjects & {PERSON, "@linked", "@own"} else words
    if marked != words:  # `eec_name` in `hs_hr_emp_emergency_contacts`, `egn_ls_n_person` in `ls_n_person`
        words, column = marked, "_".join(marked)
    if written_on_work_item(words, sql_type, context, vocab, siblings) and not (
            words[-1] in MODEL_TEXT and made_from_a_model(siblings, vocab)):
        return Evidence(vocab.by_key["user.content"], True,
                        f"its name: the {words[-1]} agents and requesters write on a work item (table {table})")
    if name_of_a_post(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.content"], True,
                        f"its name: the name a member gave what they posted (table {table})")
    if sent_between_people(words, sql_type, siblings, context, vocab):
        return Evidence(vocab.by_key["user.content"], True,
                        f"its name: the {words[-1]} one person sent another, named beside both (table {table})")
    if (context.for_business and words and not _of_contact(words, vocab) and (
            words[0] in vocab.address_qualifiers
            or (words[-1] in vocab.address_qualifiers and "_".join(words) not in vocab.terms
                and "_".join(words) not in vocab.context_terms))):
        return None  # `orders.ship_name` of a company customer: where the company takes its goods
    if describes_a_schema_object(words):
        return None  # `gen_table.table_comment`, information_schema's `COLUMN_COMMENT`: a developer's, of a table
    # in a list of kinds or codes keyed to nobody, `parent_` and `child_` are the row's place in its hierarchy, no
    # person (`snomed_ct_transitive_closures.parent_description`): only a contact word names one there
    hierarchy = context.lookup and context.vocabulary_table
    if ((context.thing or context.organisation) and not records_the_client(siblings)
            and not _of_contact(words, vocab, None if hierarchy else context)):
        # a company's address, a server's IP, a plan's name: not a person's (its contact's are)
        found = _from_name(words, context, sql_type, vocab, column) if words else None
        audit = _audit_by(column, sql_type, vocab, context)
        if audit is not None:  # `structure_information.createdBy`: who did it is a person, even in a thing's row
            return audit
        if sql_type in vocab.text_types and (key := _login_key(column, login_keys) or _login_key(spelled, login_keys)):
            # `ACT_RU_TASK.ASSIGNEE_`: a task's assignee, where the accounts are known by their login
            return Evidence(vocab.by_key["user.account.username"], True,
                            f"its name: '{key}' as text, where the accounts are known by their login, not by a number")
        if _who_answers_for_it(words, sql_type, vocab):
            # Shopify's `shop.shop_owner`, EC-CUBE's `dtb_baseinfo.law_manager`: the person who runs or answers for it
            return Evidence(vocab.by_key["user.name"], True,
                            f"its name: the {words[-1]} of a business, named as {sql_type}: a person")
        if words and _named_in_person(words, siblings, vocab) and not _companys_own_name(column, siblings):
            for kind, term in (*matches(vocab.terms, words), *matches(vocab.context_terms, words)):
                if kind.key == "user.name":  # `services (nom, prenom, ...)`: a company has no first name
                    return Evidence(kind, True, f"its name: token '{term}' next to a bare first name: a person's")
        if found and found.kind.key in _ISSUED_TO_PEOPLE and context.organisation and not context.thing:
            return found  # `ls_sluj (name_firm, boss_egn)`: a company has no national number; its owner's, its head's
        if found and found.kind.key == _BIRTH_DATE and _has_first_name(siblings):
            return found  # `divisions (name, firstname, birthdate)`: a company is not born; a sole trader, its owner is
        if sql_type in vocab.boolean_types:
            return None  # `Organization.UseResetPassword bit`: whether a feature is on, no password
        return found if found and found.kind.in_any_table and not context.lookup else None
    if words and (network_fact(words) or trackers_platform(words, siblings)):
        return None  # `ip_isp`: what an IP lookup says of the network; a tracked hit's `platform`: the tracker's
    signed_in = "@credential" in context.subjects or names_the_login(siblings, vocab)
    tracked = (analytics_detail(words, sql_type, siblings, vocab, signed_in)
               or geolocated_place(words, vocab) or mail_client(words, siblings, vocab)) if words else None
    if tracked is not None:  # a tracked hit's client (`br_lang`, `domain_userid`), an IP's place (`geo_city`)
        return tracked
    logged = access_log_detail(words, sql_type, context.words, siblings, vocab)
    if logged is not None:  # a login or operation log's `login_location`, `oper_param`; a session's `session_data`
        return logged
    if words and (named := whereabouts_name(words, context, vocab)) is not None:
        return named  # Dawarich's `places.name` (Home, Work), `trips.name`: a person's places and journeys
    if sql_type in _SEARCH_VECTORS:
        return _search_vector(words, sql_type, context, vocab)
    if sql_type in vocab.type_kinds:
        return Evidence(vocab.type_kinds[sql_type], True, f"its type {sql_type}", by_type=True)
    if sql_type in vocab.boolean_types:
        if "@profile" in context.subjects and words and _profile_value(words, "", vocab):
            # `usager_entretien.revenus`: whether the person has an income, asked in an intake interview
            named = _from_name(words, context, sql_type, vocab, column)
            return Evidence(named.kind if named and named.confident else vocab.by_key["user"], True,
                            f"a yes or no about a person (table {table})")
        if context.clinical_record and words and _circumstance_of_condition(words):
            return Evidence(vocab.by_key["special.health"], True,
                            f"its name: a yes or no of what caused the patient's condition or what it did to them ('{column}')")
        if _answers_a_medical_history(words, context, vocab):
            return Evidence(vocab.by_key["special.health"], True,
                            f"its name: a yes or no of a patient's medical history ('{column}' in table {table})")
        return _special_flag(words, context, vocab)  # else a flag says whether, not what (`email_valid`, `has_phone`)
    if sql_type in vocab.located_types and context.subjects & {PERSON, "@address", WHEREABOUTS}:
        # (Dawarich's `trips.path geometry`: the line a person moved along)
        return Evidence(vocab.by_key["user.location.precise"], True, f"its type {sql_type} in table {table}", by_type=True)
    if not words:
        return None
    if (sql_type in vocab.text_types and (key := _login_key(column, login_keys) or _login_key(spelled, login_keys))
            and not _reported_figure(key, context)):
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: '{key}' as text, where the accounts are known by their login, not by a number")
    if _own_login(words, sql_type, context, login_keys, vocab):
        return Evidence(vocab.by_key["user.account.username"], True,
                        "its name: the accounts' own id as text, where every key to them is their login")
    if _kind_of_leave(words, context, vocab):
        return Evidence(vocab.by_key["user"], True, f"its name: the kind of a person's leave (table {table})")
    if len(words) > 1 and words[0] in KEY_FIRST | REFERENCE_FIRST and sql_type in WHOLE_NUMBER_TYPES:
        # a key named first, as French, Spanish and Italian schemas name it: a whole number is a key,
        # whatever the words after it, unless a list of the values is the data
        keyed = _after_key_words(words)
        for kind, term in matches(vocab.terms, keyed):
            if kind.coded and kind.key in vocab.key_kinds and term not in context.nouns:
                # PrestaShop's `id_gender`, i-Educar's `ref_cod_religiao`: a key into a list of the
                # values is the value, as `gender_id`
                return Evidence(kind, True, f"its name: token '{term}' keyed as '{'_'.join(words[:-len(keyed)])}'")
        found = _whole_name(keyed, context, sql_type, vocab, None)  # a context term: `ref_cod_deficiencia` in `fisica`
        if found and found.kind.coded and found.kind.key in vocab.key_kinds and "_".join(keyed) not in context.nouns \
                or _keys_persons_value(keyed, context, vocab):
            kind = found.kind if found else next(kind for table in (vocab.terms, vocab.context_terms)
                                                 for kind, _ in matches(table, keyed))
            return Evidence(kind, True, f"its name: a person's '{'_'.join(keyed)}' keyed as "
                                        f"'{'_'.join(words[:-len(keyed)])}'")
        return None  # `fk_user_author`, `id_customer_message`: a key named first, as a number
    if where_people_meet(words, context, vocab, siblings):
        return None
    if "_".join(tokens(column)) in vocab.digests:  # `subscriber.ha1`: logs in as the password does
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: an HTTP digest's HA1 ('{column}')")
    judged = of_the_tables_kind(words, column, sql_type, context, siblings, vocab)
    if judged is not None:  # what a person's medical record, condition, call or session holds
        return judged
    if (party := _party_as_string(column, sql_type, vocab)) is not None:
        return party  # `creator_str`: no street (German `Str.`) but who created the row
    if _list_as_string(words, vocab):
        return None  # FixMyStreet's `bodies_str`: the councils a report goes to, joined in a string, no street
    if cited_sources_record(words, context):
        return None  # webtrees' `wt_sources.s_gedcom`: a cited document's GEDCOM record, no person's
    if _bare_identity_code(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.government_id.national_identification_number"], True,
                        f"its name: a bare ident of a person's row, stored as {sql_type}: their identity code")
    client = _flattened_client_detail(words, sql_type, context, siblings, vocab)
    if client is not None:
        return client
    if _weight_of_a_vote(words, context):
        return None  # LiquidFeedback's `direct_voter.weight`: how many votes the voter carries, not their body's weight
    if _address_of_a_medium(words, siblings, vocab):
        return Evidence(vocab.by_key["user.contact"], True,
                        "its name: the address on the contact medium named beside it (an e-mail address or a phone number)")
    named_for = _last_word_of_its_tables_kind(words, context, vocab)
    if named_for is not None:
        return named_for
    found = _from_name(words, context, sql_type, vocab, column)
    if found is not None and (_status_beside_region(words, context, siblings, vocab)
                              or _network_range(found, siblings, vocab) or _names_a_pair(words, siblings, vocab)
                              or _sending_mailbox(found, words, context)
                              or _code_of_its_own_list(found, words, context, siblings, vocab)):
        # `accounts.state` beside `account_region`, `ip_addr` beside `mask`, `key` beside `value`:
        # a status, a network range, the name of a stored value; a notification's sender: the organisation's
        return None
    if found is not None and _postal_beside_its_parts(found, words, sql_type, siblings, vocab):
        return Evidence(vocab.by_key["user.contact.address"], True,
                        f"{found.reason}, beside a city or postal code: a postal address")
    if found is not None:
        return _in_context(found, words, sql_type, context, vocab, siblings)
    if handphone(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        f"its name: '{'_'.join(words)}', a handphone's (mobile) number, beside the person's "
                        "particulars")
    if bare_birth(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.demographic.date_of_birth"], True,
                        f"its name: '{words[0]}' as {sql_type or 'untyped'}, beside the person's particulars")
    if named_beside_particulars(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.name"], True,
                        "its name: a bare name beside two particulars of a person (a mobile, a birth date, an e-mail)")
    condition = _status_of_condition(words, sql_type, context, vocab)
    if condition is not None:
        return condition
    if _stored_secret(words, sql_type, context, vocab):
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: the stored '{words[-1]}' of a credential")
    if (words == ["key"] and sql_type in vocab.text_types and PERSON in context.subjects
            and not _names_a_pair(words, siblings, vocab)):
        # Bitwarden's `User.Key`, PrestaShop's web service account's `key`: a bare key kept as text in a
        # person's row opens something of theirs (a `visitor_key`, a warehouse's surrogate key, does not)
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: a key kept as {sql_type} in a person's row")
    if words in (["value"], ["values"]) and context.subjects & {PERSON, "@linked", "@own"}:
        # `email_address.value`, `phone_number.value`: a person's value of the kind the table is named for
        for noun in sorted(context.nouns, key=lambda noun: (-noun.count("_"), noun)):
            for kind, term in matches(vocab.terms, noun.split("_")):
                if not kind.not_in_own_table:
                    return Evidence(kind, True, f"its name: the value of '{term}' its table is named for")
    if (phone := _number_of_a_phone(words, sql_type, context, vocab)) is not None:
        return phone
    if attachment_detail(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.content"], True,
                        f"its name: the {words[0]} of a file attached to a person's record (table {table})")
    if process_variable(column, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user"], True,
                        f"its name: a process variable's value as {sql_type}, the case data a workflow carries")
    if _respondents_answer(words, sql_type, context, siblings, vocab):
        key = "user.content" if words[-1] == "text" else "user"
        return Evidence(vocab.by_key[key], True, f"its name: the answer '{column}' a respondent gave")
    document = identity_document_detail(words, sql_type, context, siblings, vocab)
    if document is not None:
        return document
    if _document_particular(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user"], True,
                        f"its name: a particular of a person's identity document (table {table})")
    changed = changed_value(words, sql_type, context, vocab)
    if changed is not None:
        return changed
    if _user_agent_part(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.device"], True,
                        f"its name: the {'_'.join(words)} of the client, beside the user agent it is read from")
    if _agent_beside_ip(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.device"], True,
                        f"its name: the {words[0]}'s user agent, beside the IP address recorded with it")
    if _phone_area_code(words, context, siblings, vocab):
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        "its name: the area code of the phone number beside it")
    if _another_phone(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        f"its name: the {words[0]} number, beside a phone number named alike")
    if len(words) > 1 and sql_type in vocab.date_types and PERSON in context.subjects and words[0] in (vocab.date_heads or {}):
        return Evidence((vocab.date_heads or {})[words[0]], True, f"its name: a date '{words[0]}' of a person, with its type {sql_type}")
    if context.clinical_record and _about_a_record(words, vocab) and sql_type in vocab.text_types:
        # `visit.void_reason`: why a record of the person's care was voided, typed by its staff
        return Evidence(vocab.context_heads[words[-1]], True, f"its name: token '{words[-1]}' of a record of a person's care")
    if ((context.clinical_record or "@profile" in context.subjects)
            and (audit := _audit_by(column, sql_type, vocab, context)) is not None):
        return audit  # `forms.user`, a form's `opprettet_av`: who wrote the record, not what it says
    if context.bills_care and context.clinical_record and not any(word in _BILLED_CODE_WORDS for word in words):
        return None  # `billing.bill_process`, `ar_activity.adj_amount`: a bill's bookkeeping, not the care billed
    if context.clinical_record and not sql_type and _named_flag(words):
        return _clinical_flag(words, context, vocab)  # an untyped `readmit_30_flag` says whether, as a boolean does
    if context.clinical_record and _clinical_value(words, sql_type, vocab, column):
        return Evidence(vocab.by_key["special.health"], True, f"a value of a clinical record of a person (table {table})")
    if "@profile" in context.subjects and _profile_value(words, sql_type, vocab):
        last = tokens(column)[-1]  # `liencommunedetail`, folded: its unknown head stays whole
        if sql_type in vocab.text_types and ((len(words) > 1 and words[-1] in vocab.answer_details) or any(
                last.endswith(word) and len(last) > len(word) + 2 for word in vocab.answer_details)):
            # `revenus_detail`, `cause_detail`: the free-text account behind an answer
            return Evidence(vocab.by_key["user.content"], True, f"its name: the free-text detail '{column}' of a record about a person")
        return Evidence(vocab.by_key["user"], True, f"a value of a record of facts about a person (table {table})")
    fact = _person_fact(words, column, sql_type, context, vocab, siblings)
    if fact is not None:
        return fact
    schooling = schooling_detail(words, sql_type, PERSON in context.subjects, vocab)
    if schooling is not None:  # i-Educar's `servidor.situacao_curso_superior_1`: a teacher's degree course
        return schooling
    studied = education_record_detail(words, sql_type, "@linked" in context.subjects, context.nouns, vocab)
    if studied is not None:  # OrangeHRM's `ohrm_emp_education.institute`: where the employee studied
        return studied
    audit = (_audit_by(column, sql_type, vocab, context) or _party_login(words, column, sql_type, vocab)
             or _staff_login(words, column, sql_type, vocab))
    if audit is not None:
        return audit
    if _members_display_name(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key["user.name"], True,
                        "its name: the name a member is shown by, beside their avatar, in a row keyed to them")
    if _shown_as(words) and not context.subjects & OF_PEOPLE:
        return None  # `invoice_custom_sections.display_name`: what a thing is shown as, no person's name
    if _shown_as(words) and context.nouns & (vocab.named_things | vocab.counter_any):
        return None  # `ohrm_user_role.display_name`, `m_group.display_name`: the label of the object the table lists
    if _logged_payload(words, column_type, sql_type, context, vocab):
        return Evidence(vocab.by_key["user"], True,
                        f"its name and type {sql_type}: the payload of an entry in a log of people (table {table})")
    suggested = _suggestion(words, sql_type, vocab)
    if suggested is not None and suggested.kind.key == "special.health" and not context.bills_care and not all(
            word in vocab.care_fields for word in words) and (context.clinical_record or (
            "@clinical" in context.subjects and context.subjects & {PERSON, "@own", "@record"})):
        # `ficha_medica_aluno.doenca_caxumba`: a disease named in a person's medical record is theirs
        return Evidence(suggested.kind, True, f"{suggested.reason} in a medical record of a person (table {table})")
    if (suggested is not None and suggested.kind.key == "user.name" and len(words) > 1
            and "_".join(words[:-1]) in context.nouns and not context.subjects & OF_PEOPLE):
        return None  # `phpbb_forums.forum_name`, `ph7_modules.module_name`: the name of the thing the table lists
    if suggested is not None and suggested.kind.key == "user.name" and POSTED in context.subjects:
        return None  # `g5_write_free.ca_name`: the category a post is filed under; its writer's is the bare `name`
    if suggested is not None and _lists_things(context, vocab):
        return None  # `manifest_theme.wasteworks_name`, `automatic_notification.email_subject`: the listed thing's
    if suggested is not None:
        return suggested
    if sql_type in vocab.document_types and (PERSON in context.subjects or context.persons_own or (
            (context.chained or "@authored" in context.subjects) and not _describes_the_row(words, vocab))) \
            and not _counter(words, vocab):
        return Evidence(vocab.by_key["user"], True, f"its type {sql_type}: a document about the person in table {table}")
    stored = _stored_file(words, sql_type, context, vocab)
    if stored is not None:
        return stored
    return None


# a structured blob that describes its own row (`messages.additional_attributes`, `behandlingshistorikk.metadata`)
_ROW_DESCRIPTIONS = frozenset({"meta", "metadata", "attributes", "attrs", "properties", "settings", "options",
                               "config"})


# votes and who casts them: a voter's or a delegation's weight is how many votes it carries (liquid democracy's
# delegated votes, a shareholders' meeting, a weighted poll)
_VOTING = frozenset({"vote", "votes", "voter", "voters", "voting", "ballot", "ballots", "delegation", "delegations",
                     "poll", "polls", "election", "elections"})


def _address_of_a_medium(words: list[str], siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A bare `address` beside the `medium` it is on (Matrix's third-party identifiers: Synapse's
    `user_threepids (medium, address)`, `email` or `msisdn`): an e-mail address or a phone number, no street."""
    return words == ["address"] and any(name_words(sibling, vocab) == ["medium"] for sibling in siblings)


def _weight_of_a_vote(words: list[str], context: TableContext) -> bool:
    """A bare `weight` in a table of votes, voters or delegations (LiquidFeedback's `direct_voter`,
    `delegating_voter`): the vote's weight, no person's body weight."""
    return words == ["weight"] and any(word in _VOTING for word in context.words)


_SEARCH_VECTORS = frozenset({"tsvector"})  # PostgreSQL's full-text search vector: the words of the row's text


def _search_vector(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A full-text search vector holds the words of its row's text (LiquidFeedback's `text_search_data`,
    Evergreen's `name_kw_tsvector`, Synapse's `event_search.vector`): in a person's row their details (their
    name when it says so), in what people write that writing; a film's or a unit's words are nobody's."""
    if PERSON in context.subjects:
        key = "user.name" if "name" in words else "user"
        return Evidence(vocab.by_key[key], True, f"its type {sql_type}: the words of a person's row, to search them by")
    if "@content" in context.subjects:
        return Evidence(vocab.by_key["user.content"], True,
                        f"its type {sql_type}: the words of what people wrote, to search them by")
    return None


def _describes_the_row(words: list[str], vocab: Vocabulary) -> bool:
    """A blob named as the row's own metadata or settings, or for things (`brevmottakere.organisasjoner`,
    the companies among a letter's recipients): not the facts of the person a case's rows belong to."""
    return words[-1] in _ROW_DESCRIPTIONS or singular_word(words[-1]) in vocab.thing_tables \
        or words[-1] in vocab.thing_tables


# machines and services a secret may be kept for (an SMS gateway's password, a proxy's): still a secret
_MACHINES = frozenset({"server", "host", "proxy", "gateway", "router", "node", "cluster", "instance", "network", "dns",
                       "vpn", "nat", "load_balancer"})


def _logged_payload(words: list[str], column_type: str, sql_type: str, context: TableContext,
                    vocab: Vocabulary) -> bool:
    """The payload of an entry in a log of what people did or what happened to them (Synapse's `events.content`,
    phpBB's `phpbb_log.log_data`, an API log's `response`): named for it, bare or after the log's own words or words
    that are no counter-evidence (`merged_data`, not `send_data`'s `request_`), and kept as a document, bytes or
    long text; as a short string the same name is a code (Recurly's `object`)."""
    if "@event" not in context.subjects or not words or words[-1] not in vocab.payload_words:
        return False
    if not _kept_at_length(column_type, sql_type, vocab):
        return False
    before = [word for word in words[:-1] if word not in context.words and singular_word(word) not in context.nouns]
    return not any(word in vocab.head_counter or word in vocab.counter_any or word in vocab.counter_last
                   or word in vocab.counter_first for word in before)


def _kept_at_length(column_type: str, sql_type: str, vocab: Vocabulary) -> bool:
    """A type that keeps a document whole: json and its kin, bytes, or text of any length (`varchar(max)`)."""
    return (sql_type in vocab.document_types | vocab.file_types | vocab.long_text_types
            or sql_type in vocab.text_types and bool(re.search(r"\(\s*max\s*\)", column_type.lower())))


def _stored_file(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A file kept as bytes (`blob`, `bytea`) and named for what it is, in a person's row or a row of or
    linked to people: a document about the person (OrangeHRM's `hs_hr_emp_attachment.eattach_attachment`,
    a candidate attachment's `file_content`) or their picture (`hs_hr_emp_picture.epic_picture`); a hash,
    a key or a fingerprint kept as bytes is no file, nor is a thing's (a product's image)."""
    files = vocab.stored_documents | vocab.stored_pictures
    if (sql_type not in vocab.file_types or not context.subjects & {PERSON, "@linked", "@own"}
            or _counter([word for word in words if word not in files], vocab)):
        return None  # `file` is counter-evidence elsewhere (`file_name`): here it is what the bytes are
    if any(word in vocab.stored_pictures for word in words):
        return Evidence(vocab.by_key["user"], True,
                        f"its name and type {sql_type}: a picture of a person, kept as bytes")
    if words in _BARE_BYTES and context.words and singular_word(context.words[-1]) in vocab.stored_pictures:
        # LiquidFeedback's `member_image.data`: the bytes of a table of people's pictures
        table = "_".join(context.words)
        return Evidence(vocab.by_key["user"], True, f"its name and type {sql_type}: the bytes of a person's picture "
                                                    f"(table {table})")
    if any(word in vocab.stored_documents for word in words):
        return Evidence(vocab.by_key["user.content"], True,
                        f"its name and type {sql_type}: a file about a person, kept as bytes")
    return None


_BARE_BYTES = (["data"], ["content"], ["bytes"], ["blob"], ["binary"])  # a file's bytes, named for nothing else


# what a request's metadata says of the client that sent it: its address, where it was, its software
_CLIENT_KINDS = ("user.device", "user.location")


# objects of a tracked hit that are places on the site, not the client: GA4's `page_location` is the page's URL
_PLACES_ON_A_SITE = frozenset({"page", "screen"})


def _flattened_client_detail(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                             vocab: Vocabulary) -> Evidence | None:
    """The client's address, place or software under a word that is otherwise the system's own, where a
    loader flattened a nested object of a row linked to people into column names (Fivetran's Zendesk
    `ticket.system_ip_address`, `system_latitude`: the API's `system` object, known by three or more
    columns starting with its name): the person's client, not the system's."""
    if (len(words) < 2 or words[0] not in vocab.head_counter or not context.subjects & {PERSON, "@linked"}
            or sql_type in vocab.boolean_types or _counter(words[1:], vocab) or words[0] in _PLACES_ON_A_SITE):
        return None
    prefix = f"{words[0]}_"
    if sum(sibling.lower().startswith(prefix) for sibling in siblings) < 3:
        return None
    found = _from_name(words[1:], context, sql_type, vocab, None)
    if found is None or not found.confident or not any(kind in _CLIENT_KINDS for kind in lineage_of(found.kind.key)):
        return None
    return Evidence(found.kind, True, f"{found.reason}, in the flattened '{words[0]}' object of a row linked to people")


def _loader_bookkeeping(column: str, words: list[str], vocab: Vocabulary) -> bool:
    """A column an extract-load tool adds to every table it loads (`_fivetran_synced`, `_sdc_batched_at`,
    `_airbyte_raw_id`, `_dlt_load_id`) or a dbt snapshot's (`dbt_valid_from`): not the raw record an
    Airbyte raw table keeps whole (`_airbyte_data`)."""
    if "_".join(words) in vocab.loader_columns:
        return True
    return (column.startswith("_") and len(words) > 1 and words[0] in vocab.loader_prefixes
            and not any(word in vocab.loader_records for word in words[1:]))


def _after_key_words(words: list[str]) -> list[str]:
    """The words after the key words a key is named with first (`ref_cod_religiao` -> religiao,
    `id_gender` -> gender); a code word only after a key word (`cod` alone is also cash on delivery)."""
    start = 1
    while start < len(words) - 1 and (words[start] in KEY_FIRST | REFERENCE_FIRST | CODE_FIRST):
        start += 1
    return words[start:]


_PARTIES = frozenset({"sender", "creator", "inviter", "invitee", "author", "owner", "recipient", "requester",
                      "reporter", "assignee"})  # who did or got something, named by their part in it


def _kind_of_leave(words: list[str], context: TableContext, vocab: Vocabulary) -> bool:
    """`leave_type_id`, `fk_type`, `leave_type` in a table of a person's leave (`ohrm_leave`, `llx_holiday`,
    `leaves`, or a record of it: Workday's `worker_leave_status.leave_of_absence_type`): the kind of leave
    (sick, maternity, parental) says why the person was away, as a key too; a table of public holidays is
    linked to nobody."""
    if "@linked" not in context.subjects or not (context.nouns & vocab.leave_tables or leave_record(context, vocab)):
        return False
    rest = [word for word in words if word not in KEY_FIRST and word not in KEY_WORDS and word not in vocab.leave_tables]
    return bool(rest) and all(word in vocab.leave_kinds for word in rest)


def _login_key(column: str, login_keys: Iterable[str]) -> str | None:
    """The login key a column is, or ends with (`user_id`, `ignored_user_id`), or, in a schema
    whose accounts are known by their login, the party it names (`sender`, `first_inviter`), also with
    a key word (Camunda's `ASSIGNER_ID_`); not the worker holding a lock (`LOCK_OWNER_`)."""
    words = tokens(column)
    name = "_".join(words)
    found = next((key for key in login_keys if name in (key, key + "s") or name.endswith("_" + key)), None)
    if found or not login_keys or not words or words[0] in _LOCK_HOLDERS:
        return found  # (`mb_ids`: a poll's voters, their logins in a list)
    party = words[-2] if len(words) > 1 and words[-1] == "id" else words[-1]
    return party if party in _PARTIES | NAMED_PARTIES | _ADMINS else None


# GNUBOARD's `g5_board.bo_admin`, `g5_config.cf_admin`: the login of the member who runs a board, a group or the site
_ADMINS = frozenset({"admin", "administrator"})


# a table of figures (Camunda's `ACT_RU_METER_LOG`, a `metrics` table): its `reporter` is the engine node or
# process that reported them
_FIGURE_TABLES = frozenset({"meter", "metric", "metrics", "statistic", "statistics", "stats", "kpi", "kpis"})


def _reported_figure(key: str, context: TableContext) -> bool:
    """Whether a party named in a row is the node that reported a figure (`ACT_RU_METER_LOG.REPORTER_`)."""
    return key == "reporter" and any(word in _FIGURE_TABLES for word in context.words)


# `LOCK_OWNER_`, `lease_owner`: the worker (a host or process) that holds a job's lock, no person
_LOCK_HOLDERS = frozenset({"lock", "locked", "lease", "leased"})


def _own_login(words: list[str], sql_type: str, context: TableContext, login_keys: Iterable[str],
               vocab: Vocabulary) -> bool:
    """The bare `id` of a table of accounts, kept as text, where every key to the accounts is their
    login (`ACT_ID_USER.ID_` of a workflow engine's identity service): the login itself."""
    return (words == ["id"] and sql_type in vocab.text_types and PERSON in context.subjects
            and any(f"{singular_word(noun)}_id" in login_keys for noun in context.nouns if "_" not in noun))


def _person_fact(words: list[str], column: str, sql_type: str, context: TableContext, vocab: Vocabulary,
                 siblings: Iterable[str] = ()) -> Evidence | None:
    """A fact of a person however a schema spells it, in a table of people: a part of a name in a
    table of names, a pay figure, a relative's name, a pregnancy's, a dependant's or a birth's facts."""
    if ("@names" in context.subjects and any(word in vocab.name_table_parts for word in words)
            and sql_type not in vocab.date_types | vocab.boolean_types and not _counter(words, vocab)):
        return Evidence(vocab.by_key["user.name"], True, f"its name: a part of a person's name ('{column}') in a table of names")
    if (context.subjects & {PERSON, "@pay", "@own"} and any(word in vocab.pay_words for word in words)
            and words[-1] not in vocab.pay_not_last and words[0] not in FLAG_WORDS
            and (_pay_named_last(words, vocab) or not any(word in vocab.counter_any for word in words))
            and sql_type not in vocab.date_types | vocab.boolean_types):
        # `total_base_pay`, `annual_currency_summary_total_salary_and_allowances` (named last, the pay
        # itself, whatever the words before say); also in a table of one person's own rows, whatever it
        # is called (OrangeHRM's `hs_hr_emp_basicsalary.ebsal_basic_salary`)
        return Evidence(vocab.by_key["user"], True, f"its name: a person's pay ('{column}')")
    if (PERSON in context.subjects and len(words) == 2 and words[0] in vocab.number_holders
            and words[1] in _ISSUED_NUMBER_WORDS and sql_type in vocab.text_types
            and (not {words[0], f"{words[0]}s"} & context.nouns or _keyed_otherwise(words, siblings, vocab))):
        # `users.employee_id varchar`, `gibbonPerson.studentID`: the number an employer or a school
        # gives the person, as text (not `employees.employee_id`, the row's own key, unless another
        # column keys the rows: OrangeHRM's `hs_hr_employee.emp_number`, a Workday history's `id`)
        return Evidence(vocab.by_key["user"], True, f"its name: the number an organisation gives the person ('{column}')")
    if _registration_number(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user"], True, f"its name: the registration number an organisation gives the person ('{column}')")
    if (context.nouns & _ATTRIBUTE_TABLES and "@linked" in context.subjects and tuple(words) in _ATTRIBUTE_VALUES
            and not _settings_of_something(context, vocab)):
        # `person_attribute.value`, `wp_usermeta.meta_value`: one of a person's attributes, whatever it is
        return Evidence(vocab.by_key["user"], True, f"its name: the value of an attribute of a person's ('{column}')")
    if PERSON in context.subjects and "_".join(words) in vocab.relatives and sql_type in vocab.text_types:
        # `patrons.guardian text`, `students.mother`: the relative named, not a key to their row
        return Evidence(vocab.by_key["user.name"], True, f"its name: a relative of the person ('{column}'), as text")
    people = bool(context.subjects & OF_PEOPLE)
    if people and (_assessment(words, sql_type, context, vocab)
                   or _graded_effort(words, sql_type, context, siblings, vocab)):
        # `emp_language.fluency`, `emp_education.score`, `reviewer_rating.rating`, a markbook's `effortValue`
        # beside its `attainmentValue`: how the person was judged
        return Evidence(vocab.by_key["user"], True, f"its name: an assessment of the person ('{column}')")
    if people and len(words) > 1 and _about_a_pregnancy(words, vocab) and words[-1] not in vocab.counter_last:
        return Evidence(vocab.by_key["special.health"], True, f"its name: about a pregnancy or a birth ('{column}')")
    if (people and (len(words) > 1 or PERSON in context.subjects) and _about_dependants(words, vocab, context.nouns)
            and words[-1] not in KEY_WORDS and (PERSON in context.subjects or words[-1] not in vocab.counter_last)):
        # `age_of_dependent`, `date_child_entered_country`: facts about the person's children or spouse
        # (a count of children outside a person's own row counts records: lemmy's `comment.child_count`);
        # in the person's own row a bare `children` too (how many, or who: a payroll's worker record)
        return Evidence(vocab.by_key["user"], True, f"its name: about the person's dependants ('{column}')")
    if (len(words) > 1 and any(word in vocab.birth_words for word in words) and words[-1] not in vocab.counter_last
            and words[0] not in vocab.counter_first and people):
        # `city_of_birth`, `country_region_of_birth`: where or how the person was born
        key = "user.demographic.date_of_birth" if sql_type in vocab.date_types else "user"
        return Evidence(vocab.by_key[key], True, f"its name: about the person's birth ('{column}')")
    return None


# what a pay word heads when the figure is named after it (`compensation_basis`, `pay_rate`, `bonus_amount`)
_PAY_FIGURE_HEADS = frozenset({"basis", "rate", "amount"})


def _pay_named_last(words: list[str], vocab: Vocabulary) -> bool:
    """`total_base_pay`, Workday's `annual_currency_summary_primary_compensation_basis`: the pay itself is named
    last, alone or before the word for its figure, whatever the words before it say (a currency, a pay group)."""
    return words[-1] in vocab.pay_words or (len(words) > 1 and words[-2] in vocab.pay_words
                                            and words[-1] in _PAY_FIGURE_HEADS)


def _registration_number(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """The registration number a school or an employer gives a person, named bare (i-Educar's
    `funcionario.matricula`, a French payroll's `salarie.matricule`) or with a qualifier of which one it is
    (`matricula_interna`), as text in a table of people: not the number of the table's own rows
    (an enrolment table named `matricula`), nor a flag about it (`matricula_permanente smallint`)."""
    return (PERSON in context.subjects and bool(words) and words[0] in vocab.issued_numbers
            and all(word in vocab.trailing_qualifiers for word in words[1:]) and sql_type in vocab.text_types
            and not {words[0], f"{words[0]}s"} & context.nouns)


def _keyed_otherwise(words: list[str], siblings: Iterable[str], vocab: Vocabulary) -> bool:
    """Whether a table named for the people an organisation numbers keys them by another column than
    this number: the holder, or a shortening of it, with a key word (`hs_hr_employee (emp_number,
    employee_id varchar)`, a Workday worker history's `worker_id` beside `worker_code`); a bare `id`
    numbers the table's rows, and the holder's number may be their own key (`oppija.oppijanumero`)."""
    holder = words[0]
    for sibling in siblings:
        found = name_words(sibling, vocab)
        if (len(found) == 2 and found != words and found[1] in _ROW_KEY_WORDS
                and holder.startswith(found[0]) and len(found[0]) >= 3):
            return True
    return False


_ROW_KEY_WORDS = frozenset({"id", "number", "no", "nr", "num", "key"})


# the answer itself in a row of answers (`question_response.value`, `m_survey_scorecards.a_value`)
_ANSWERS = frozenset({"value", "text", "answer", "answer_text", "answer_value", "value_text"})


def _respondents_answer(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                        vocab: Vocabulary) -> bool:
    """The answer in a row keyed to a person's survey response (`response_id`, as Qualtrics, SurveyMonkey and
    LimeSurvey key a respondent's answers) or to the person (Fineract's `m_survey_scorecards.client_id`), beside
    the question it answers or the name of the data kept with the response (`key`): what the respondent gave.
    A question's list of answer options (`m_survey_responses (question_id, a_text)`) is nobody's."""
    if "_".join(words) not in _ANSWERS or (sql_type and sql_type not in vocab.text_types | WHOLE_NUMBER_TYPES):
        return False
    keys = {"_".join(name_words(sibling, vocab)) for sibling in siblings}
    of_response = bool(keys & {"response_id", "survey_response_id"})
    return (of_response or bool(context.subjects & OF_PEOPLE)) and (
        "question_id" in keys or (of_response and "key" in keys))


# what a user-agent parser reads from the header (`device`, `platform`, `os`), as click and open events keep it
_USER_AGENT_PARTS = frozenset({"device", "device_type", "device_family", "platform", "os", "os_family",
                               "operating_system", "os_name", "os_version"})


def _user_agent_part(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                     vocab: Vocabulary) -> bool:
    """`device`, `platform` beside `user_agent` in a person's event (Marketo's `activity_click_email`,
    Snowplow's and Segment's parsed `os_family`): the client the person used, read from the user agent;
    alone, a `platform` is a gem's or a product's (`versions.platform`)."""
    if ("_".join(words) not in _USER_AGENT_PARTS or not context.subjects & OF_PEOPLE
            or sql_type and sql_type not in vocab.text_types):
        return False
    return any(kind.key == "user.device" and "agent" in term
               for sibling in siblings for kind, term in matches(vocab.context_terms, name_words(sibling, vocab)))


def _agent_beside_ip(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                     vocab: Vocabulary) -> bool:
    """`comment_agent` beside `comment_author_IP` (WordPress's comments, MediaWiki CheckUser's `cuc_agent` beside
    `cuc_ip`): the browser a person's row was written from, recorded with its address under the same prefix;
    alone, or in a table of things (a crawler's `bot_agent`), an agent is a support agent or a pattern."""
    if (len(words) < 2 or words[-1] != "agent" or not context.subjects & OF_PEOPLE or context.thing
            or sql_type and sql_type not in vocab.text_types):
        return False
    return any(found[0] == words[0] and found[-1] == "ip" and len(found) > 1
               for found in (name_words(sibling, vocab) for sibling in siblings) if found)


def _another_phone(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                   vocab: Vocabulary) -> bool:
    """`home_no`, `office_no` beside `mobile_no` in a person's row: the person's other phone numbers,
    named as the phone beside them is (alone, a `home_no` may be a house's number)."""
    if (len(words) != 2 or words[0] not in _PHONE_PLACES or words[1] not in NUMBER_WORDS - {"id"}
            or not context.subjects & OF_PEOPLE or sql_type and sql_type not in vocab.text_types):
        return False
    return any(found and found[-1] == words[1] and any(kind.key == "user.contact.phone_number" for kind, _ in
                                                        matches(vocab.terms, found))
               for found in (_without_table_mark(name_words(sibling, vocab), context) for sibling in siblings))


def _phone_area_code(words: list[str], context: TableContext, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """`area_code` beside `phone`, Korean `area_no` beside `middle_telno` and `end_telno` (a number kept in
    its parts): in a person's row, the area code of their phone number (alone, an area is a region's; beside
    a company's number, `entrprs_end_telno`, the company's)."""
    if len(words) != 2 or words[0] != "area" or words[1] not in _AREA_CODE_WORDS or not context.subjects & OF_PEOPLE:
        return False
    phones = [found for found in (name_words(sibling, vocab) for sibling in siblings)
              if found and any(kind.key == "user.contact.phone_number"
                               for size in (1, 2) for kind, _ in matches(vocab.terms, found[-size:]))]
    return bool(phones) and not any(set(found) & vocab.counter_any for found in phones)


_AREA_CODE_WORDS = frozenset({"code", "no", "nr", "num", "number"})


def _assessment(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """How a person was judged: a fluency, competency or achievement anywhere; a score, rating or
    grade in a table of appraisals, reviews or education (not a customer's rating of a product,
    nor a count, bound or key of one: `min_rating`, `scale_grade_id`)."""
    if (sql_type in vocab.date_types | vocab.boolean_types or words[-1] in KEY_WORDS
            or _counter(words, vocab, last=words[-1] not in _SCORES)  # `score` is the mark, `email_score` no email
            or any(word in vocab.head_counter for word in words)):
        return False
    return any(word in _ASSESSMENTS for word in words) or (
        any(word in _SCORES for word in words) and any(word in _ASSESSING for word in context.words))


def _graded_effort(words: list[str], sql_type: str, context: TableContext, siblings: Iterable[str],
                   vocab: Vocabulary) -> bool:
    """An effort grade beside an attainment grade, as schools report both (Gibbon's markbook `effortValue`
    beside `attainmentValue`, a report card's `effort_grade` beside `attainment_grade`): how the pupil was
    judged; a task's estimated `effort` (beside no attainment) is the work's, not a person's."""
    as_attainment = ["attainment" if word == "effort" else word for word in words]
    if as_attainment == words or not _assessment(as_attainment, sql_type, context, vocab):
        return False  # not a key, bound, count, time or flag of the effort (`gibbonScaleIDEffort`)
    return any(word in _ASSESSMENTS for sibling in siblings for word in name_words(sibling, vocab))


def _in_context(found: Evidence, words: list[str], sql_type: str, context: TableContext,
                vocab: Vocabulary, siblings: tuple[str, ...] = ()) -> Evidence | None:
    """What a name's evidence holds in its table: nothing in a list of codes or at a clinician's
    workplace, nothing where the type cannot hold it; a concept's plain key in a person's row; free
    text in a record of care is health data, unless the record, or the text, is a bill's."""
    if found.kind.key == "special.health" and context.vocabulary_table:
        return None  # `d_icd_diagnoses.icd9_code`: a list of codes, nobody's diagnosis
    if found.kind.key.startswith(_NUMBERS_OF_DIGITS) and sql_type in _SMALL_NUMBERS:
        # `dni5 tinyint` (Bulgarian days, not a Spanish DNI), `default_rib smallint` (which account is
        # the default): no identity or account number fits a small integer
        return None
    if found.kind.key == _PRECISE and words[-1] in _POINTS and sql_type in WHOLE_NUMBER_TYPES | FRACTION_TYPES:
        # `dtb_customer.point double`: a shop's loyalty points, a count; a spatial point is kept as a geometry or text
        return None
    if sql_type in WHOLE_NUMBER_TYPES and (_address_key(found, words, vocab) or _row_named(words, vocab)
                                       or found.kind.key == _CITY):
        # `users.mailing_address int`, `users.profile int`: a key to an address's or a profile's row;
        # `tblInsuree.CurrentVillage int`: a key into a list of places, as `city_id` (rule 2)
        return None
    if context.workplace and ("_".join(words) in vocab.workplace_keys
                              or found.kind.key.startswith(("user.contact.address", "user.location"))):
        # `providers.organization`, `providers.address` of a clinician with a key to their practice:
        # the key to, and the address of, where they work
        return None
    if found.kind.plain and PERSON in context.subjects:
        return Evidence(found.kind, found.confident, found.reason, found.by_type, found.kind.plain)
    if found.kind.key == "user" and _salutation(words, context, vocab):
        return Evidence(vocab.by_key["user.name"], found.confident,
                        f"{found.reason}, beside a first name: the salutation")
    if found.kind.key == "user.content" and found.kind.in_any_table and describes_a_named_object(context, siblings, vocab):
        return None  # `compteurs.commentaire` beside `nom`: an administrator's description of a counter, nobody's text
    if found.kind.key == "user.content" and annotates_a_named_object(words, context, siblings, vocab):
        return None  # EC-CUBE's `dtb_deliv.remark` beside `name` and `creator_id`: the staff's, of a delivery method
    if (found.kind.key == "user.content" and not _about_a_record(words, vocab) and not context.bills_care
            and not any(word in BILLING_WORDS for word in words)
            and (context.clinical_record or "@clinical" in context.subjects and context.subjects & {"@linked", "@own"})):
        # `note_text`, `medical_condition.comment`: what a clinician or the person wrote in a record
        # of their care is health data (Art. 9), not plain free text
        return Evidence(vocab.by_key["special.health"], found.confident, f"{found.reason}, in a record of a person's care")
    return found


def _code_of_its_own_list(found: Evidence, words: list[str], context: TableContext, siblings: tuple[str, ...],
                          vocab: Vocabulary) -> bool:
    """A code named for the kind its table lists, in a table keyed to nothing (`nationaliteit_code` in
    the BRP's `lo3_nationaliteit (nationaliteit_code, nationaliteit_oms)`, `gender_code` in `genders`):
    the list of the kind's values, nobody's; not a person's record of the kind, which holds a key to
    another row (Workday's `personal_information_ethnicity.country_personal_information_id`)."""
    if not (found.kind.coded and context.vocabulary_table) or not any(
            len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix for suffix in vocab.coded_suffixes):
        return False  # `death.death_date`: a person's date, no code
    if words[0] not in context.nouns and singular_word(words[0]) not in {singular_word(word) for word in context.words}:
        return False
    return not any(len(named) > 1 and named[-1] in KEY_WORDS
                   for named in (name_words(sibling, vocab) for sibling in siblings))


def _salutation(words: list[str], context: TableContext, vocab: Vocabulary) -> bool:
    """`Person.Title`, `patient_data.title`, `mitglied.titel`: in a person's own row beside a first name,
    a bare title is the salutation before the name (Mr, Dr), part of it; elsewhere a job's or a work's."""
    return len(words) == 1 and words[0] in vocab.titles and {PERSON, "@named"} <= context.subjects


def _email_id_as_text(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`tblUsers.EmailId nvarchar(200)`: in a table of people, an 'email id' kept as text is the
    address itself, as Indian English names it (openIMIS, ERPNext's `email_id`); not a key to an
    e-mail in a table of e-mails sent (Ghost's `email_recipients.email_id`), nor as a number."""
    return (len(words) == 2 and words[-1] == "id" and sql_type in vocab.text_types and PERSON in context.subjects
            and "@mail" not in context.subjects
            and any(kind.key == "user.contact.email" for kind, _ in matches(vocab.terms, words[:1])))


_CITY = "user.contact.address.city"
_POSTAL_CODE = "user.contact.address.postal_code"
_GENDER = "user.demographic.gender"  # a city, town or village: named by text, or a key into a list of places
_PRECISE = "user.location.precise"
_POINTS = frozenset({"point", "points"})  # a place, or a shop's or a community's points (a count)


def _address_key(found: Evidence, words: list[str], vocab: Vocabulary) -> bool:
    """An address named whole (`mailing_address`), as a whole number a key to a row of the address
    book (rule 2); a part of one as a number (`house_number int`) is still the address."""
    whole = vocab.words.get(words[-1]) or vocab.words.get(singular_word(words[-1]))
    return found.kind.key == "user.contact.address" and whole == found.kind


def _status_beside_region(words: list[str], context: TableContext, siblings: tuple[str, ...],
                          vocab: Vocabulary) -> bool:
    """A bare `state` beside another column naming the row's own address's region (a `province`,
    Recurly's `account_region` in `account_history`), or in a work item's row: the row's status (active,
    closed), as one address has one region; not beside another address's (Marketo's `inferred_state_region`)."""
    return words == ["state"] and (any(
        found and found[-1] in _REGION_WORDS and all(word in context.nouns for word in found[:-1])
        for found in (name_words(sibling, vocab) for sibling in siblings)) or _work_item(context, vocab))


def _work_item(context: TableContext, vocab: Vocabulary) -> bool:
    """A table of work items (name_hints.json's `work_items`: incidents, issues, a citizen's report of a street
    problem): where its place is given (FixMyStreet's `problem (postcode, latitude, state)`), a bare `state` is
    the item's (open, fixed, closed), no region of an address."""
    return bool({singular_word(noun) for noun in context.nouns} & vocab.work_items)


def _names_a_pair(words: list[str], siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A bare `key` beside a `value`: the name of a stored value (settings, metafields, a secrets
    manager's `Secret (Key, Value)`), not a key that opens anything."""
    return words == ["key"] and any(name_words(sibling, vocab) in (["value"], ["values"]) for sibling in siblings)


# what a table of credentials keeps a secret in: IdentityServer's persisted grants' `Data`, a secret's `Value`
_SECRET_HOLDERS = frozenset({"value", "data", "payload"})


# words that say in which form or state a value is kept, not what it is (`normalized_address`, `new_number`)
_FORMS_OF_A_VALUE = frozenset({"normalized", "normalised", "canonical", "primary", "secondary", "verified",
                               "confirmed", "unconfirmed", "pending", "new", "old", "previous", "raw", "lower",
                               "lowercase", "original", "display", "hashed", "encrypted", "alternate", "alternative"})


def _last_word_of_its_tables_kind(words: list[str], context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """The last word of the kind of personal data a table is named for, alone or after words that name no kind
    (Danbooru's `email_addresses.address` and `normalized_address`, a `phone_numbers.number`): that kind (an
    e-mail address), not what the word alone would be (a postal address)."""
    if not words or len(words) > 2 or not context.subjects & {PERSON, "@linked", "@own"} or context.lookup:
        return None
    if len(words) == 2 and words[0] not in _FORMS_OF_A_VALUE:
        return None  # `billing_address` in `email_addresses`: a kind of its own
    for noun in sorted(context.nouns, key=lambda noun: (-noun.count("_"), noun)):
        parts = noun.split("_")
        if len(parts) < 2 or parts[-1] != words[-1]:
            continue
        for kind, term in matches(vocab.terms, parts):
            if term == noun and not kind.not_in_own_table:
                return Evidence(kind, True, f"its name: the {words[-1]} of the '{noun}' its table is named for")
    return None


def _number_of_a_phone(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A bare `number` as text in a table named for phone numbers (a CRM's `phone_numbers (contact_id,
    number, kind)`, A2Billing's phone book entries `cc_phonenumber (id_phonebook, number, name)` and
    restricted numbers): the phone number the row is about, as a `phone_number` there would be; not in
    a list of them keyed to nobody."""
    if words != ["number"] or sql_type not in vocab.text_types or context.lookup:
        return None
    for noun in context.nouns:
        if any(kind.key == "user.contact.phone_number" and term == noun
               for kind, term in matches(vocab.terms, noun.split("_"))):
            return Evidence(vocab.by_key["user.contact.phone_number"], True,
                            f"its name: the number of the '{noun}' its table is named for")
    return None


@lru_cache(maxsize=1)
def _run_together_secrets() -> frozenset[str]:
    """The credential terms of more than one word ending in a key, a secret or a token, written run together
    (`apikey`, `secretkey`, `accesstoken`; no `pincode`, an Indian postal code when run together)."""
    return frozenset(term.replace("_", "") for term, kinds in vocabulary().terms.items()
                     if "_" in term and term.endswith(_SECRET_ENDINGS)
                     and any(kind.key == CREDENTIALS for kind in kinds))


_SECRET_ENDINGS = ("key", "secret", "token")


def _stored_secret(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """The value, data or payload kept as text or a document in a table of credentials (`grants.data`,
    Bitwarden's `Secret.Value`, `ApiKey.EncryptedPayload`, a table of keys' key data: Synapse's
    `e2e_cross_signing_keys.keydata`; FixMyStreet's `token.data jsonb`, the sign-up a token confirms): the secret
    itself, or what the token stands for."""
    return ("@credential" in context.subjects and sql_type in vocab.text_types | vocab.document_types
            and words[-1] in _SECRET_HOLDERS
            and all(word in vocab.modifiers or word in vocab.secrets for word in words[:-1]))


def _status_of_condition(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A person's status as to a special category (OpenMRS's `patient.allergy_status`, a `smoking_status`,
    `hiv_status`, `pregnancy_status`): whether they have it is the special category itself, in a table
    of people, of their rows or of their care; an `email_status` or `order_status` is a record's state, as is
    the status of the row the table is named for (`procedure_result.result_status`: preliminary, final)."""
    if len(words) < 2 or words[-1] != "status" or sql_type in vocab.date_types:
        return None
    if words[-2] in context.nouns or singular_word(words[-2]) in context.nouns:
        return None
    if not (context.subjects & OF_PEOPLE or context.clinical_record) or context.thing or context.lookup:
        return None
    found = _whole_name(words[:-1], context, sql_type, vocab, None)
    if found is None or not found.confident or not found.kind.key.startswith("special."):
        return None
    return Evidence(found.kind, True, f"its name: the person's status as to '{'_'.join(words[:-1])}'")


def _network_range(found: Evidence, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """An IP address beside its netmask (Kamailio's permissions `address (ip_addr, mask)`): a network
    range that a rule allows or denies, nobody's address."""
    return found.kind.key == "user.device.ip_address" and any(
        words and (words[-1] in _MASK_WORDS or "_".join(words[-2:]) in _MASK_WORDS)
        for words in (name_words(sibling, vocab) for sibling in siblings))


def _postal_beside_its_parts(found: Evidence, words: list[str], sql_type: str, siblings: tuple[str, ...],
                             vocab: Vocabulary) -> bool:
    """An 'address' that names an IP address only by who holds it (`client_address`, `remote_address`), kept
    as text beside a city or a postal code: InvoicePlane's `ip_clients (client_address_1, client_address_2,
    client_city, client_zip)` holds the client's postal address lines, as a session's `client_address inet` does
    not."""
    if (found.kind.key != "user.device.ip_address" or found.by_type or "address" not in words
            or any(word.startswith("ip") for word in words) or sql_type not in vocab.text_types):
        return False  # `ip_address` says what it is
    return any(kind.key in (_CITY, _POSTAL_CODE) for sibling in siblings
               for named in [name_words(sibling, vocab)] for ending in (named[-1:], named[-2:])
               for table in (vocab.terms, vocab.context_terms) for kind, _ in matches(table, ending))


def _row_named(words: list[str], vocab: Vocabulary) -> bool:
    """A bare noun of a table of people or their records (`profile`, `guardian`): as a whole number,
    a key to such a row."""
    return len(words) == 1 and singular_word(words[0]) in vocab.person_tables | vocab.person_words


# numbers spelled out, ending one of a series of columns (`autorizado_um`, `autorizado_dois`; `phone_one`,
# `phone_two`; Indonesian `saksi_satu`): English, Portuguese, Spanish, Italian, Indonesian
_NUMBERS_IN_WORDS = frozenset({"one", "two", "three", "four", "five", "um", "dois", "tres", "quatro", "cinco",
                               "uno", "dos", "cuatro", "tre", "quattro", "cinque", "satu", "dua", "tiga",
                               "empat", "lima"})


def _without_number_in_words(words: list[str], siblings: tuple[str, ...], vocab: Vocabulary) -> list[str]:
    """The name without a spelled-out number that ends it, when a sibling is the same name with another
    (`parentesco_um` beside `parentesco_dois`): a series numbered in words, as digits number one. Alone
    such a word may be something else (`qty_um`: a unit of measure)."""
    if len(words) < 2 or words[-1] not in _NUMBERS_IN_WORDS:
        return words
    stem = words[:-1]
    for sibling in siblings:
        others = name_words(sibling, vocab)
        if others[:-1] == stem and others[-1] in _NUMBERS_IN_WORDS and others[-1] != words[-1]:
            return stem
    return words


def _without_table_mark(words: list[str], context: TableContext) -> list[str]:
    """The name without what repeats its table: the initials of the table's last words as a prefix
    or a suffix (`eec_name` in `hs_hr_emp_emergency_contacts`, `comments_df` in
    `sl_document_facade`), or the table's own name as a suffix (`egn_ls_n_person` in `ls_n_person`)."""
    if len(words) > 1 and words[0] in context.initials:
        return words[1:]
    if len(words) > 1 and words[-1] in context.initials:
        return words[:-1]
    table = list(context.words)
    if len(table) > 1 and len(words) > len(table) and words[-len(table):] == table:
        return words[:-len(table)]
    return words


def _about_a_record(words: list[str], vocab: Vocabulary) -> bool:
    """`void_reason`, `retire_reason`: why a record was voided, the record's bookkeeping, not care."""
    return bool(words) and words[-1] in vocab.context_heads


def _about_dependants(words: list[str], vocab: Vocabulary, own_nouns: frozenset[str] = frozenset()) -> bool:
    """`number_of_child_dependents`, `age_of_dependent`: about the person's children or spouse (not
    `child_accounts`, nor the table's own noun: `incident.child_incidents`, `task.child_tasks`: records
    in a tree), unless a word is counter-evidence."""
    return (any(word in vocab.dependant_words for word in words)
            and not any(word in vocab.counter_any or word in vocab.not_dependants
                         or (word not in vocab.dependant_words and singular_word(word) in own_nouns) for word in words))


def _special_flag(words: list[str], context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A yes or no that is itself a special category, an age band, a family fact or the death of a person
    (`union_member`, `is_hispanic_or_latino`, `juvenile`, `caesarean_section_birth`,
    `multiple_child_indicator`, `person.dead`): the answer is the data; so is a person's gender in a
    one-digit type (`gender tinyint(1)`)."""
    rest = [word for word in words if word not in FLAG_WORDS]
    if len(rest) > 1 and rest[-1] in _FLAG_LAST:  # `diabetes_flag`, as `has_diabetes`
        rest = rest[:-1]
    if not rest:
        return None
    if names_a_procedure_or_condition(rest) and (context.subjects & OF_PEOPLE or context.clinical_record):
        return Evidence(vocab.by_key["special.health"], True, f"its name: a yes or no of a medical procedure or condition")
    for kind, term in matches(vocab.terms, rest):
        if kind.key.startswith("special."):
            return Evidence(kind, True, f"its name: a yes or no of '{term}'")
    if "@linked" in context.subjects and not _notice_of(rest):  # `long_term_medication` in a person's medical record
        for start in range(len(rest)):
            for kind, term in (*matches(vocab.terms, rest[start:]), *matches(vocab.context_terms, rest[start:])):
                if kind.key.startswith("special.") and kind.contexts & (context.subjects | context.nouns):
                    return Evidence(kind, True, f"its name: a yes or no of '{term}' in its table")
    if not context.subjects & OF_PEOPLE or any(word in vocab.counter_any for word in rest):
        return None
    gender = _whole_name(rest, context, "", vocab, None)
    if gender is not None and gender.kind.key == _GENDER:  # ChurchCRM's `per_Gender tinyint(1)`: 0, 1, 2 fit one digit
        return Evidence(gender.kind, True, f"{gender.reason}, coded in a one-digit number")
    if PERSON in context.subjects:  # `patrons.juvenile`, `is_minor`: the person's age band
        for kind, term in matches(vocab.context_terms, rest):
            if kind.key == "user.demographic.age":
                return Evidence(kind, True, f"its name: a yes or no of the person's age band ('{term}')")
    if _about_a_pregnancy(rest, vocab):
        return Evidence(vocab.by_key["special.health"], True, "its name: a yes or no about a pregnancy or a birth")
    if PERSON in context.subjects and all(word in vocab.death_words for word in rest):
        return Evidence(vocab.by_key["user"], True, f"its name: a yes or no of the person's death ('{'_'.join(rest)}')")
    if _about_dependants(rest, vocab, context.nouns):
        return Evidence(vocab.by_key["user"], True, "its name: a yes or no about the person's dependants")
    return None


# the media a person is told of something by, named first in a yes or no: whether to be told of it
_NOTICES = frozenset({"mail", "email", "courriel", "notify", "notif", "notification", "sms", "alert", "alerte"})


def _notice_of(words: list[str]) -> bool:
    """Web-delib's `users.mail_traitement` beside `mail_refus`, `mail_insertion`: whether the person is
    e-mailed when something happens (a draft is processed, refused), a setting, no fact about them (French
    `traitement` is processing as often as treatment)."""
    return len(words) > 1 and words[0] in _NOTICES


def _about_a_pregnancy(words: list[str], vocab: Vocabulary) -> bool:
    """A word only a pregnancy or a birth has, also written apart from its prefix (i-Educar's
    `mae_fez_pre_natal`: whether the mother had prenatal care, as `prenatal`)."""
    return any(word in vocab.pregnancy_words for word in (*words, *map("".join, zip(words, words[1:]))))


def _audit_by(column: str, sql_type: str, vocab: Vocabulary, context: TableContext) -> Evidence | None:
    """Who did it (`created_by`, `archivedBy`): a name or login as text, a document of them; a key as
    a number. A bare `user` as text is the login of whoever wrote the row (`forms.user`). Not the
    worker holding a lock or a queued task (`shedlock.locked_by`)."""
    if column.lower().rstrip("_") in vocab.audit_users and sql_type in vocab.text_types:  # `USER_`, as `user`
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: the user who wrote the row ('{column}'), stored as {sql_type}: a login")
    if (party := _party_as_string(column, sql_type, vocab)) is not None:
        return party
    if not _names_who_did(column, vocab) or _held_by_a_worker(column, context):
        return None
    if sql_type in vocab.text_types and _stamps_the_row(column, vocab):
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: the account that wrote the row ('{column}'), stored as {sql_type}: a login")
    if sql_type in vocab.text_types:
        return Evidence(vocab.by_key["user.name"], True, f"its name: who did it ('{column}'), stored as {sql_type}")
    if sql_type in vocab.document_types:
        return Evidence(vocab.by_key["user"], True, f"its name: who did it ('{column}'), stored as a {sql_type} document")
    return None


# a worker that took a lock or a queued task (ShedLock's `shedlock.locked_by`, db-scheduler's
# `scheduled_tasks.picked_by`, a job queue's `leased_by`): the host or process holding it
_TAKEN = frozenset({"locked", "picked", "leased"})
_WORK_QUEUES = frozenset({"lock", "locks", "shedlock", "task", "tasks", "job", "jobs", "queue", "queues"})


def _held_by_a_worker(column: str, context: TableContext) -> bool:
    """`shedlock.locked_by`, `scheduled_tasks.picked_by`: in a table of locks, tasks or jobs, who
    took the row is the scheduler instance (a host name), not a person; `documents.locked_by` is."""
    words = tokens(column)
    return (len(words) == 2 and words[0] in _TAKEN and words[1] == "by"
            and any(word in _WORK_QUEUES or word.endswith("lock") for word in context.words))


# who created or last changed a row, named by their part (`creator`, `updater`; `updator` as Rails and Go
# schemas often spell it)
_CHANGERS = _PARTIES | {"updater", "updator", "modifier", "editor"}


def _bare_identity_code(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """A bare `ident` as text in a table of people or linked to them (NAV's `person_ident.ident`, the
    fødselsnummer; a domain registry's `contacts.ident`, an Estonian isikukood): the identity code the
    person is known by. Not a staff member's ident named by their role (`saksbehandler_ident`, a login)
    nor a thing's (`profile_fields.field_ident`)."""
    return words == ["ident"] and sql_type in vocab.text_types and bool(context.subjects & {PERSON, "@linked"})


def _party_as_string(column: str, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """`creator_str`, `updator_str` as text: the string form (`_str`, as Twitter's `id_str` beside its
    `id`) of who created or changed the row, their login as the application shows it; not a German
    `Str.` (a street)."""
    words = tokens(column)
    if len(words) == 2 and words[0] in _CHANGERS and words[1] == "str" and sql_type in vocab.text_types:
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: who did it ('{column}'), as the string the application shows them by: a login")
    return None


def _list_as_string(words: list[str], vocab: Vocabulary) -> bool:
    """`bodies_str`, `tags_str`: a plural's items joined in one string (`_str`, as `id_str`), not a German
    `Str.` (a street), which follows a street's name, no plural of English."""
    return (len(words) == 2 and words[1] == "str" and singular_word(words[0]) != words[0]
            and singular_word(words[0]) in vocab.lexicon)


def _party_login(words: list[str], column: str, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A user named by its part in an exchange, as text (`from_user`, `to_user`, `traced_user` of a SIP
    server): the login of that party, as a bare `user` is the login of who wrote the row."""
    if (len(words) == 2 and words[-1] in vocab.audit_users and sql_type in vocab.text_types
            and words[0] not in FLAG_WORDS and not _counter(words, vocab)):
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: the '{words[0]}' user ('{column}'), stored as {sql_type}: a login")
    return None


def _staff_login(words: list[str], column: str, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A staff member's ident named by their role, as text (NAV's `saksbehandler_ident`,
    `beslutter_ident`): the login they act on the case with, not a national identity number."""
    if (len(words) == 2 and words[0] in vocab.staff and words[-1] in vocab.staff_login_endings
            and sql_type in vocab.text_types):
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: the '{words[0]}' staff member's ident ('{column}'), stored as {sql_type}: a login")
    return None


# the people who run or answer for a business or a site, named last in its row
_RESPONSIBLE = frozenset({"owner", "manager", "director", "representative", "proprietor"})


def _who_answers_for_it(words: list[str], sql_type: str, vocab: Vocabulary) -> bool:
    """`shop_owner`, `law_manager` as text in a business's row: the name of the person who runs it or answers
    for it under a law (the seller details Japan's commercial law requires), named after one word that says
    of what; not a key (`manager_id`), a person word named first (`owner_type`), nor a lock's or a lease's
    owner (Camunda's `ACT_RU_JOB.LOCK_OWNER_`: the worker that holds it)."""
    return len(words) == 2 and words[-1] in _RESPONSIBLE and words[0] not in vocab.person_words \
        and words[0] not in _LOCK_HOLDERS and sql_type in vocab.text_types


def _named_in_person(words: list[str], siblings: Iterable[str], vocab: Vocabulary) -> bool:
    """Whether the column is a bare first name, or a bare name or surname next to one (`prenom`,
    `nom` beside `prenom`): only people have first names, whatever the table holds."""
    return written_in(words, vocab.first_names) or len(words) <= 2 and _has_first_name(tuple(siblings))


# what a business's row calls itself (QuickBooks' and NetSuite's vendors), beside its company name and its contact
# person's name parts (`given_name`, `firstname`); run together lower case
_OWN_NAMES = frozenset({"displayname", "legalname", "printoncheckname", "printoncheckas", "fullyqualifiedname"})
_COMPANY_NAMES = frozenset({"companyname"})


def _companys_own_name(column: str, siblings: Iterable[str]) -> bool:
    """`vendor.display_name`, `legalname` beside `company_name`: the company's own name, where its `given_name` is
    its contact person's."""
    plain = re.sub(r"[^a-z0-9]", "", column.lower())
    return plain in _OWN_NAMES and any(re.sub(r"[^a-z0-9]", "", sibling.lower()) in _COMPANY_NAMES
                                       for sibling in siblings)


@lru_cache(maxsize=1024)
def _has_first_name(siblings: tuple[str, ...]) -> bool:
    """Whether one of a table's columns is a bare first name (once per table, not per column)."""
    vocab = vocabulary()
    return any("_".join(name_words(sibling, vocab)) in vocab.first_names for sibling in siblings)


def _of_contact(words: list[str], vocab: Vocabulary, context: TableContext | None = None) -> bool:
    """`contact_name`, `primary_contact_email`: a detail of a business's contact person; in a table
    of things also one of another person (`manager_name`, `owner_email`, a requisition's `hiring_manager_name`:
    the person named first or just before the term), not of the row itself (`customer_name` in a business's
    `customers`)."""
    if any(word in vocab.contact_words for word in words):
        return True
    return context is not None and len(words) > 1 and any(
        owner in vocab.person_words and owner not in context.nouns and singular_word(owner) not in context.nouns
        for owner in (words[0], words[-2]))


def _circumstance_of_condition(words: list[str]) -> bool:
    """A claim's yes or no of what caused the patient's condition or what it did to them, as the US claim form
    (CMS-1500 boxes 10, 16 and 18) asks: related to employment, an auto or other accident, an injury; the patient
    unable to work or hospitalised (OpenEMR's `form_misc_billing_options.auto_accident`, a claim's
    `employment_related_condition`)."""
    rest = [word for word in words if word not in FLAG_WORDS]
    if rest[-1:] == ["condition"]:
        rest = rest[:-1]  # `auto_accident_related_condition`: the condition is what it is about
    return (bool(set(rest) & _CONDITION_CIRCUMSTANCES) or len(rest) == 2 and rest[-1] == "related"
            or rest[-3:] == ["unable", "to", "work"])


def _named_flag(words: list[str]) -> bool:
    """`close_flag`, `present_on_admit_ind`: a name that says it is a yes or no, where no type does."""
    return len(words) > 1 and words[-1] in _FLAG_LAST


def _clinical_flag(words: list[str], context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A yes or no of a clinical record, named so: a person's fact it ends with (`readmission_died_flag`)
    or a finding (`abnormal_flag`: the lab result was abnormal) is the data; the record's state
    (`planned_flag`, `missing_drg_flag`) is not."""
    if any(word in _CHECKED for word in words):
        return None  # `missing_primary_diagnosis_flag`: a check of the record, not the diagnosis
    for start in range(1, len(words) - 1):
        for kind, term in matches(vocab.terms, words[start:]):
            return Evidence(kind, True, f"its name: token '{term}' after '{'_'.join(words[:start])}'")
    if any(word in _FINDINGS for word in words):
        return Evidence(vocab.by_key["special.health"], True, f"its name: a yes or no of a finding ('{'_'.join(words)}')")
    return _special_flag(words, context, vocab)


def _answers_a_medical_history(words: list[str], context: TableContext, vocab: Vocabulary) -> bool:
    """A yes or no of a medical history's checklist (`fam_hyper`, `phy_smoke`, `cardiovascular`, `fam_nothing`):
    whether the patient or their family had the illness or the habit it names is the patient's health data; not the
    row's own state (`active`, `deleted`) nor a flag about the data (`is_verified`, `consent`)."""
    rest = [word for word in words if word not in FLAG_WORDS]  # `has_diabetes`, as `diabetes`
    return (context.clinical_record and names_a_medical_history(context.words, vocab) and bool(rest)
            and not any(word in _STATE_WORDS for word in rest) and not _counter(rest, vocab))


def _clinical_value(words: list[str], sql_type: str, vocab: Vocabulary, column: str) -> bool:
    """Not a key, time, unit or record-keeping field of a clinical record (`charttime`, `valueuom`);
    its `value` is what was measured, also when it is a date."""
    if words == ["value"] or words == ["field", "value"]:
        return True  # a form's answer, by field (`lbf_data.field_value`), is what was found too
    if sql_type in vocab.date_types or sql_type in vocab.boolean_types:
        return False
    for suffix in vocab.coded_suffixes:  # `route_concept_id`, `drug_source_value`: a code for `route`, `drug`
        if len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix:
            words = words[:-len(suffix)]
            break
    if any(word in vocab.clinical_not_words for word in words):
        return False  # `admitted_from`, `lot_number`, `range_low`, `note_class`: about the record, not the person
    if words[0] in _RECORD_SECRECY:
        return False  # `form_encounter.sensitivity`, `confidentiality_code`: who may read the record (not `antibiotic_sensitivity`)
    if "_".join(words) in vocab.care_episodes:
        return False  # `visit_concept_id`, `visit_source_value`: the visit's kind (inpatient, emergency), no finding
    if "_".join(words) in vocab.episode_keys | vocab.care_keys:
        return False  # a bare `patient`, `encounter`: the row's key to the patient or the visit
    if _names_who_did(column, vocab) or (len(words) == 1 and person_key(words, vocab)):
        return False  # `prescribed_by`, a bare `creator`: who wrote the record, not what it says
    last = words[-1]
    if len(words) > 1 and words[-2] in vocab.clinical_value_keys and last in ("id", "code", "cd"):
        return True  # `itemid`, `spec_itemid`: the measurement, drug or organism itself
    if len(words) > 1 and words[-2] in ("value", "result") and last in ("num", "numeric", "number"):
        return True  # `valuenum`: the measured value as a number
    if len(words) > 2 and words[-3] in vocab.clinical_value_keys and words[-2] == "type" and last in ("id", "code", "cd"):
        return True  # `procedure_type_id`: a key into the catalogue of procedures is the procedure ordered
    if len(words) > 1 and words[-2] in vocab.clinical_value_keys and last in _BODY_SITES:
        return True  # `specimen_source`, `specimen_site`: where on the body the specimen was taken
    if words[0] in FLAG_WORDS or any(word in _UNIT_WORDS for word in words):
        return False  # `has_chartevents_data`, `dose_unit_rx`
    if len(words) == 1 and len(last) >= 5 and last.endswith(_NOT_KEYS) and last not in KEY_WORDS:
        return True  # thyroid, fluid, covid: words, not keys (`vid` inside is no visit's key here)
    whole = tokens(column)[-1] if tokens(column) else last  # `statusdescription` before it was split
    if last in vocab.clinical_not_values or any(inside in whole for inside in vocab.clinical_not_inside):
        return False  # `seq_num`, `statusdescription`
    if last in ("number", "nbr") and (len(words) == 1 or words[-2] not in _BILLED_CODE_WORDS):
        return False  # `year_number`, `measure_number`, `accession_number`: which one, not what (`cpt_number` is the code)
    short = column.lower()
    if len(words) == 1 and re.fullmatch(r"[a-z]{1,3}_?id", short) and (
            len(short) < 4 or short in KEY_WORDS or not short.endswith(_NOT_KEYS)):
        return False  # `pid`, `guid`: the short key a patient or a row is known by (not `fluid`, `covid`)
    if sql_type in WHOLE_NUMBER_TYPES and any(word in KEY_WORDS for word in words[:-1]):
        return False  # `gibbonPersonIDUpdater`: a key to whoever updated the record
    if sql_type in WHOLE_NUMBER_TYPES and len(words) == 1 and (last.endswith("ed") or last in _STATE_WORDS):
        return False  # `authorized`, `billed`, `activity` as a number: the record's state, not the person's
    if sql_type in WHOLE_NUMBER_TYPES and len(words) > 1 and last in _DIRECTIONS:
        return False  # a referral's `refer_from`, `refer_to` as a number: the key of whom it came from or went to
    if last.endswith("id") and last.endswith(_NOT_KEYS):
        return True  # thyroid, fluid, covid: words, not keys
    return not any(last.endswith(end) and len(last) > len(end) for end in vocab.clinical_not_endings)


def _document_particular(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                         vocab: Vocabulary) -> bool:
    """A particular of an identity document in a table of a person's documents, other than its number
    and dates (table_kinds.document_particular: i-Educar's `documento.sigla_uf_exp_rg`,
    `cartorio_cert_civil`, `zona_tit_eleitor`), a fact of the person's record as the document is; not a
    key, count, time, flag or setting."""
    return ("@linked" in context.subjects and _profile_value(words, sql_type, vocab)
            and document_particular(words, context, siblings, vocab))


def _profile_value(words: list[str], sql_type: str, vocab: Vocabulary) -> bool:
    """Not a key, count, time, flag or setting of a record about a person (`cust_id`, `updated_at`), nor
    a flag run together with what it marks (the CPR's `usikkerhedsmarkering`, the uncertainty flag)."""
    if sql_type in vocab.date_types or sql_type in vocab.boolean_types or words[0] in FLAG_WORDS:
        return False
    if any(words[-1].endswith(flag) and len(words[-1]) > len(flag) + 2 for flag in _flag_words()):
        return False
    if words[-1] in _AMOUNTS_AND_LENGTHS or any(words[-1].endswith(fee) and len(words[-1]) > len(fee) + 2
                                               for fee in _RUN_TOGETHER_FEES):
        return False  # `ohrm_leave.length_days`, a study's `semesteravgift`: how long, how much, no fact of the person
    return not _counter(words, vocab) and words[-1] not in vocab.person_key_endings and words[-1] not in KEY_WORDS


# a length of time or a fee named last, the fee also at the end of a run-together word (Norwegian and Danish
# `avgift`, `gebyr`, German `gebuehr`): in a record about a person, an amount (rule 3), not something about them
_RUN_TOGETHER_FEES = ("avgift", "gebyr", "gebuehr")
_AMOUNTS_AND_LENGTHS = frozenset({"duration", "length", "hours", "days", "minutes", "fee", "fees", *_RUN_TOGETHER_FEES})


@lru_cache(maxsize=1)
def _flag_words() -> frozenset[str]:
    """`flag` and its forms in the other languages (`markering`), as the end of a run-together name."""
    return frozenset({"flag", *translation_table().get("flag", ())})


# what a bill carries of the care itself: the procedure, diagnosis or drug billed, its modifiers, the
# diagnoses that justify it and whether an accident or injury caused the condition (X12 837, CMS-1500)
_BILLED_CODE_WORDS = frozenset({"code", "codes", "modifier", "modifiers", "justify", "justification", "diagnosis",
                                "procedure", "ndc", "icd", "cpt", "hcpcs", "drg", "drug", "service", "accident",
                                "injury"})
# where a person's phone rings, as a number's name says (`home_no`, `office_no`)
_PHONE_PLACES = frozenset({"home", "office", "work", "business", "day", "evening", "night", "cell", "mobile", "fax"})
# how a person was judged (a language, a skill, an objective), and the marks of an appraisal, a
# review or an education (the tables named for them: `performance_review`, `reviewer_rating`, `emp_education`)
_ASSESSMENTS = frozenset({"fluency", "competency", "competence", "proficiency", "achievement", "attainment"})
_SCORES = frozenset({"score", "rating", "grade", "mark", "rate"})
_ASSESSING = frozenset({"appraisal", "evaluation", "assessment", "scorecard", "education", "exam", "examination",
                        "markbook", "gradebook", "performance", "reviewer"})
# a clinical record's own state, as a number (`activity`, `deleted`): not the person's
# what brought a condition about or what it did to the patient, as a claim asks it (`auto_accident`, `is_hospitalized`)
_CONDITION_CIRCUMSTANCES = frozenset({"accident", "injury", "injured", "hospitalized", "hospitalised",
                                      "hospitalization", "hospitalisation"})
# how secret a record of care is kept, named first (HL7's confidentiality codes: normal, restricted, very restricted)
_RECORD_SECRECY = frozenset({"sensitivity", "confidentiality", "confidential"})
_FINDINGS = frozenset({"abnormal", "abnormality", "critical", "positive", "negative"})  # what a result's flag says
_BODY_SITES = frozenset({"source", "site", "sites", "location", "laterality"})  # where a specimen or a procedure was taken
_CHECKED = frozenset({"missing", "invalid", "valid", "null", "unknown"})  # a data-quality check's flag
_FLAG_LAST = frozenset({"flag", "flags", "ind", "indicator", "yn"})  # the last word of a yes or no's name
_DIRECTIONS = frozenset({"from", "to"})  # where a record came from or went to, named last
_STATE_WORDS = frozenset({"active", "activity", "inactive", "enabled", "disabled", "deleted"})
_NUMBERS_OF_DIGITS = ("user.government_id", "user.financial.bank_account")  # not a card's expiry month, a dial code
_SMALL_NUMBERS = frozenset({"tinyint", "smallint", "int2", "bit", "boolean", "bool", "utinyint", "usmallint"})
# a table of attributes (entity-attribute-value) of a person's, settings and preferences included
# (a default SMS number, a call-forwarding target), and a social network's answers to the profile's
# questions (OpenPNE's `c_member_profile`, Friendica's `profile_field`), and the column holding the value
_ATTRIBUTE_TABLES = frozenset({"attribute", "attributes", "attr", "attrs", "meta", "metadata", "usermeta",
                               "attribut", "attribute_value", "attribute_values", "setting", "settings",
                               "preference", "preferences", "member_profile", "profile_field", "profile_fields",
                               "profile_value", "profile_values", "info"})  # `info`: ACT_ID_INFO (USER_ID_, KEY_, VALUE_)
_SETTINGS_TABLES = frozenset({"setting", "settings", "preference", "preferences"})


def _settings_of_something(context: TableContext, vocab: Vocabulary) -> bool:
    """A table of settings or preferences not named for a person (LiquidFeedback's `setting`, `unit_setting`,
    `member_relation_setting`, keyed to the member): how the application behaves for them, their choices;
    Evergreen's `usr_setting` and Kamailio's `usr_preferences`, named for the person, hold their own values."""
    words = list(context.words)
    if (not words or singular_word(words[-1]) not in _SETTINGS_TABLES
            or context.nouns & (_ATTRIBUTE_TABLES - _SETTINGS_TABLES)):
        return False
    return len(words) < 2 or not (words[-2] in vocab.person_tables or singular_word(words[-2]) in vocab.person_tables)


_ATTRIBUTE_VALUES = frozenset({("value",), ("value", "reference"), ("meta", "value"), ("attribute", "value"),
                               ("val",), ("avalue",), ("value", "text"), ("wert",), ("valeur",), ("valor",),
                               ("stoynost",)})
# the number an organisation gives a person, after the holder's word, as English and the other languages
# write it (`studentID`, Finnish `oppijanumero`, Norwegian `ansatt_nummer`, Polish `pracownik_numer`)
_ISSUED_NUMBER_WORDS = NUMBER_WORDS | {"code", "nummer", "numero", "nro", "numer", "nomor"}
_NAMED_FIRST = frozenset({"user.device.ip_address"})  # not `email_subject`, `email_msgid`: an e-mail's own parts
_UNIT_WORDS = frozenset({"unit", "units", "uom"})
# a network's mask, the last word or two of a column beside an IP (`mask`, `subnet_mask`, `prefix_length`)
_MASK_WORDS = frozenset({"mask", "netmask", "cidr", "prefix_len", "prefix_length"})
_PAYMENT_RECORDS = frozenset({"transaction", "charge", "payment"})  # what a payment processor records
_REGION_WORDS = frozenset({"region", "province"})  # an address's state under another name
_NOT_KEYS = ("oid", "uid", "cid", "lid", "rid", "pid", "vid")  # thyroid, fluid, acid, valid, hybrid, rapid, covid
# created_by, archivedBy, created_by_name: who did it
_AUDIT_BY = re.compile(r"[a-z](?:_|-)?(?:by|By|BY)(?:(?:_|-)?(?:name|Name|NAME|user|User|login|Login|username|Username))?$")
# grouped_by, order_by, sortBy, partition_by: how rows are arranged, not who did something (`ordered_by`
# is who placed an order)
_ARRANGED = frozenset({"group", "grouped", "grouping", "groupings", "order", "ordering", "sort", "sorted", "sorting",
                       "partition", "partitioned", "partitioning", "split", "cluster", "clustered", "clustering",
                       "bucket", "bucketed", "distribute", "distributed", "pivot", "pivoted", "breakdown",
                       "presentation", "aggregate", "aggregated", "aggregation", "segment", "segmented"})


def _names_who_did(column: str, vocab: Vocabulary) -> bool:
    """`created_by`, `archivedBy`, `created_by_name`: who did something; not a `_by` that says how
    rows are grouped, ordered, sorted or split (`grouped_by`, `filters_grouped_by`, `groupby`)."""
    if not _AUDIT_BY.search(column):
        return _done_by(tokens(column), vocab)
    words = tokens(column)
    at = max((index for index, word in enumerate(words) if word.endswith("by")), default=0)
    before = words[at].removesuffix("by") or (words[at - 1] if at else "")
    return before not in _ARRANGED


def _stamps_the_row(column: str, vocab: Vocabulary) -> bool:
    """`created_by`, `sys_updated_by`, `opprettet_av`: the stamp an application puts on each row it
    writes, from the session: the acting account's login. Not `created_by_name` (a name), nor who
    approved, ordered or administered something (`approved_by`)."""
    words = tokens(column)
    return len(words) > 1 and words[-1] in vocab.audit_by and words[-2] in vocab.audit_stamps


def _done_by(words: list[str], vocab: Vocabulary) -> bool:
    """`opprettet_av`, `endret_av_navn`, `oprettet_af`, `skapad_av`: who did something, where a
    language writes `by` as a word of its own (Norwegian, Swedish `av`, Danish `af`) after what was
    done, a past participle (ending in -t or -d); not a `codec_av` (audio and video)."""
    at = next((index for index in range(len(words) - 1, 0, -1) if words[index] in vocab.audit_by), 0)
    return (at > 0 and len(words) - at <= 2 and words[at - 1].endswith(("t", "d"))
            and words[at - 1] not in _ARRANGED and all(word in vocab.audit_endings for word in words[at + 1:]))


# what a hash or key e-mailed to a person confirms (pH7Builder's `hashValidation`, an `activation_hash`)
_CONFIRMING = frozenset({"validation", "activation", "verification", "confirmation", "validate", "activate",
                         "verify", "confirm"})


def _from_name(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary,
               column: str) -> Evidence | None:
    """A stored transformation (`hashed_`, `_digest`) first, then the name itself."""
    transformed = [word for word in words if word in vocab.modifiers or word in vocab.secret_modifiers]
    if transformed:
        rest = [word for word in words if word not in transformed]
        if not rest:  # `sha256`, `hash`: a checksum of something unnamed; a bare `salt` is a term
            return _resolved(words, context, sql_type, vocab, column)
        found = _resolved(rest, context, sql_type, vocab, None)
        secret_only = all(word in vocab.secret_modifiers for word in transformed)
        if found and (not secret_only or found.kind.key == CREDENTIALS):
            return Evidence(found.kind, True, f"its name: {found.reason.removeprefix('its name: ')}, stored "
                            f"{'_'.join(transformed)}")
        if rest[-1] in vocab.secrets:
            return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: a {'_'.join(transformed)} "
                            f"'{'_'.join(rest)}'")
        if all(word in _CONFIRMING for word in rest) and context.subjects & OF_PEOPLE:
            return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: the {'_'.join(transformed)} that "
                            f"'{'_'.join(rest)}' of a person's account takes, the token they are sent")
    return _resolved(words, context, sql_type, vocab, column)


def _resolved(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary,
              column: str | None) -> Evidence | None:
    """The whole name; a code of a kind whose code is the data; an account of a service; the last word."""
    found = (_whole_name(words, context, sql_type, vocab, column) or _either_part(words, context, sql_type, vocab)
             or _time_named(words, context, sql_type, vocab))
    if found:
        return found
    for suffix in (*vocab.coded_suffixes, *vocab.label_suffixes, ("id",)):
        if len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix:
            stem = words[:-len(suffix)]
            found = _whole_name(stem, context, sql_type, vocab, None)
            plain_code = suffix in vocab.coded_suffixes
            if found and found.kind.coded and (plain_code or (found.kind.key in vocab.key_kinds
                                                              and "_".join(stem) not in context.nouns)):
                # `gender_concept_id`; `race_description`, `gender_id` (not `measurement_id` in
                # `measurement`, the row's own key): the code, its label or its key is the data
                return Evidence(found.kind, True, f"{found.reason}, coded as '{'_'.join(suffix)}'")
            if suffix == ("id",) and _keys_persons_value(stem, context, vocab):
                kind = found.kind if found else next(kind for table in (vocab.terms, vocab.context_terms)
                                                     for kind, _ in matches(table, stem))
                return Evidence(kind, True, f"its name: a person's '{'_'.join(stem)}' as a key into a list of its values")
            for kind, term in matches(vocab.coded_terms, stem):
                # `payer_concept_id`, `payer_source_value`: the payer's code is the data; `payer_id` (OpenEMR's
                # `billing.payer_id`) numbers an insurance company's row, as a bare `payer` does (rule 2)
                if kind.contexts & (context.nouns | context.subjects) and suffix != ("id",):
                    return Evidence(kind, True, f"its name: token '{term}' coded as '{'_'.join(suffix)}' in its table")
    service = words[-1] if len(words) == 2 and (words[0] in vocab.person_words or words[0] in context.nouns) else (
        words[0] if len(words) == 1 else None)  # `icq`, `user_icq` in `users`, `member_skype`
    if service in vocab.account_services and context.subjects & {PERSON, "@linked"}:
        return Evidence(vocab.by_key["user.account.username"], True, f"its name: the person's account on {service}")
    if len(words) > 1 and words[0] in vocab.account_services and "_".join(words[1:]) in vocab.account_endings:
        return Evidence(vocab.by_key["user.account.username"], True, f"its name: an account on {words[0]}")
    owned = _owned(words, context, sql_type, vocab)
    if owned:
        return owned
    card = _card_part(words, context, sql_type, vocab)
    if card:
        return card
    for size in (2, 3):  # `spree_api_key`, `github_access_token`: a credential named last
        if len(words) > size and any(kind.key == CREDENTIALS for kind, _ in matches(vocab.terms, words[-size:])):
            return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: a credential '{'_'.join(words[-size:])}'")
    if len(words) > 1 and words[-1] in _run_together_secrets():
        # OpenEMR's `SMS_gateway_apikey`, LMS's `twofactorauthsecretkey`: a key, secret or token named last,
        # its words run together
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: a credential '{words[-1]}' named last")
    if len(words) > 1 and words[-1] in NUMBER_WORDS and sql_type in vocab.text_types:
        # `passport_id varchar`, `ssn_no`: the identifier itself as text, not a key to a row
        found = _whole_name(words[:-1], context, sql_type, vocab, None)
        if found and found.kind.key.startswith("user.government_id"):
            return Evidence(found.kind, True, f"{found.reason}, its number stored as {sql_type}")
    coded = _without_uncoded(words)
    if coded:  # OpenMRS's `cause_of_death_non_coded`, `diagnosis_non_coded`: the coded field, written out
        found = _resolved(coded, context, sql_type, vocab, None)
        if found and found.confident:
            return Evidence(found.kind, True, f"{found.reason}, written out where no code fits")
    if _date_of(words, sql_type, vocab):
        # `data_login`, `data_troca_senha`: the date of a login, of a password change, as `login_date`
        return _resolved([*words[1:], "date"], context, sql_type, vocab, None)
    if _email_id_as_text(words, sql_type, context, vocab):
        return Evidence(vocab.by_key["user.contact.email"], True,
                        f"its name: an 'email id' (the address) stored as {sql_type}")
    qualified = _qualified_term(words, context, vocab, column)
    if qualified:
        return qualified
    if (len(words) > 1 and context.subjects & OF_PEOPLE and (not sql_type or sql_type in vocab.text_types)
            and not _counter(words, vocab)):
        # `iplastlogin`, `ip_registration`: an address named first, then the occasion it was recorded at
        for kind, term in matches(vocab.terms, words[:1]):
            if kind.key in _NAMED_FIRST:
                return Evidence(kind, True, f"its name: token '{term}' first, then when it was recorded")
    head = vocab.head_words.get(words[-1])
    # the table's own noun first says whose it is, the row's, not another thing's (`phpbb_posts.post_edit_reason`)
    rest = words[1:-1] if words[0] in context.nouns and words[0] not in vocab.head_counter else words[:-1]
    blocked = any(word in vocab.head_counter or word in vocab.counter_any for word in rest)
    if head and head.key == CREDENTIALS and not any(word in vocab.counter_any for word in rest) and all(
            word in _MACHINES for word in rest if word in vocab.head_counter):
        blocked = False  # `sms_gateway_password`, `proxy_password`: a secret is a credential whoever holds it (rule 7)
    if head and not blocked:
        return Evidence(head, True, f"its name: token '{words[-1]}'")
    head = vocab.context_heads.get(words[-1])
    if head and head.key == "user.content" and any(word in vocab.failure_words for word in rest):
        return None  # `comment.send_fail_reason`: why the system could not send it, not what somebody typed
    if head and not blocked and head.contexts & context.subjects and sql_type in vocab.text_types:
        return Evidence(head, True, f"its name: token '{words[-1]}' in a table of people's rows")
    if (len(words) > 1 and (words[-1] in vocab.trailing_qualifiers or words[-1] in vocab.address_qualifiers)
            and sql_type not in vocab.date_types):
        # `email_change_token_new`, `email_change`: which value of the rest (the new, the current);
        # `ciudad_envio`, `ville_livraison`: a part of the address the qualifier names
        where = replace(context, subjects=context.subjects | {"@postal"}) if words[-1] in vocab.address_qualifiers else context
        # `languageFirst` is the `first_language` a person speaks: the qualifier named first, when
        # that is a term, before the rest alone
        swapped = "_".join([words[-1], *words[:-1]])
        for kind, term in matches(vocab.terms, [words[-1], *words[:-1]]):
            if term == swapped:
                return Evidence(kind, True, f"its name: '{column or swapped}' is '{term}'", plain=kind.plain)
        found = _resolved(words[:-1], where, sql_type, vocab, None)
        if found and found.confident:
            return Evidence(found.kind, True, f"{found.reason}, the {words[-1]} one")
    return None


# the words a point in time ends with: `login_at`, `login_date`, `login_time` are one time
_TIME_ENDINGS = ("at", "on", "date", "time", "datetime", "timestamp", "ts")


def _without_uncoded(words: list[str]) -> list[str]:
    """A coded field's free-text alternative, as the OpenMRS family of medical records names it when no
    concept fits (`cause_of_death_non_coded`, `non_coded_allergen`, `drug_non_coded`): the field's own
    words; none for any other name."""
    for marks in (["non", "coded"], ["uncoded"], ["noncoded"]):
        if len(words) > len(marks) and words[-len(marks):] == marks:
            return words[:-len(marks)]
        if len(words) > len(marks) and words[:len(marks)] == marks:
            return words[len(marks):]
    return []


def _keys_persons_value(stem: list[str], context: TableContext, vocab: Vocabulary) -> bool:
    """`occupation_id`, `nationality_id`, OpenSID's `pekerjaan_id` in a person's row or a row linked to
    people: a key into a list of occupations or nationalities is the person's occupation or
    nationality, as `gender_id` is the gender, also in a table named for a person's rows about it
    (OrangeHRM's `ohrm_emp_education.education_id`); elsewhere, or in the list itself, it numbers rows."""
    term = "_".join(stem)
    return (term in vocab.key_terms and (term not in context.nouns or context.persons_own)
            and bool(context.subjects & {PERSON, "@linked"}))


def _time_named(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A time named with another time word than its term (`login_date`, `last_login_time`,
    `last_sign_in_date` as `login_at`, `last_sign_in_at`): that term, with a date type or none."""
    if len(words) < 2 or words[-1] not in _TIME_ENDINGS or (sql_type and sql_type not in vocab.date_types):
        return None
    for ending in _TIME_ENDINGS:
        if ending != words[-1] and (found := _whole_name([*words[:-1], ending], context, sql_type, vocab, None)):
            return Evidence(found.kind, True, f"{found.reason}, its time named '{words[-1]}'")
    return None


def _either_part(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """Two words for the same kind named together, either of which applies (`county_district`,
    `town_village`): that kind."""
    if len(words) != 2:
        return None
    first, second = (_whole_name([word], context, sql_type, vocab, None) for word in words)
    if first and second and first.kind.key == second.kind.key:
        return Evidence(first.kind, True, f"its name: '{words[0]}' or '{words[1]}', both {first.kind.key}")
    return None


def _card_part(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A card's part flattened under its payment method (`payment_method_last_four`,
    `payment_card_exp_month`): judged as in a table of cards. Not after a bare `card_`: Stripe's
    `card_fingerprint` says which card, not what it is."""
    card = next(subject for subject in vocab.subjects if subject.name == "@card")
    if len(words) > 2 and "_".join(words[:2]) in card.words:
        of_cards = replace(context, subjects=context.subjects | {"@card"})
        found = _whole_name(words[2:], of_cards, sql_type, vocab, None)
        if found and found.kind.key == "user.financial.credit_card":
            return Evidence(found.kind, True, f"{found.reason} of a card ('{'_'.join(words)}')")
    return None


def _qualified_term(words: list[str], context: TableContext, vocab: Vocabulary, column: str | None) -> Evidence | None:
    """A term named last after words that are not known qualifiers (`local_first_name`,
    `tertiary_last_name`, `to_email`, `verification_verified_name`), in a table of people or linked
    to them: which of the person's values it is; not when a word is counter-evidence
    (`campaign_email`, `server_ip_address`, `date_author`), nor inside a word run together
    (`dealname` is not `dea` + `lname`). In an address book, a part of the address after words
    the vocabulary does not know (`diak_straat_naam`: the diacritic copy of a street name) is that
    part; a known word there says what else it is (`iso_country`: a code)."""
    people = bool(context.subjects & OF_PEOPLE)
    if len(words) < 2 or not (people or "@address" in context.subjects) or words[0] in vocab.counter_first:
        return None
    if any(word in vocab.counter_any or word in vocab.head_counter for word in words):
        return None
    for start in _word_starts(column, vocab) if column else range(1, len(words)):
        if start < 1 or start >= len(words) or any(word in vocab.counter_last or word in vocab.workplace_owners
                                                   for word in words[:start]):
            continue  # `date_author`; `facility_npi`, `hospital_phone`: a workplace's, not a person's
        for kind, term in matches(vocab.terms, words[start:]) if people else ():
            if not (kind.not_in_own_table and term in context.nouns):
                return Evidence(kind, True, f"its name: token '{term}' after '{'_'.join(words[:start])}'")
        part = _address_part(words[start:], context, vocab)
        if part is not None and not any(word in vocab.lexicon for word in words[:start]):
            return Evidence(part.kind, True, f"{part.reason} after '{'_'.join(words[:start])}'")
    return None


def _address_part(words: list[str], context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A part of an address the words name whole in a table of addresses, or in a person's row that
    holds a postal address (`straat_naam`, `woon_plaats_naam`)."""
    if "@address" not in context.subjects and not {PERSON, "@postal"} <= context.subjects:
        return None
    found = _whole_name(words, context, "", vocab, None)
    return found if found is not None and found.kind.key.startswith("user.contact.address") else None


# `data` is a date in Portuguese, Italian, Polish and Bulgarian names (`data_login`); it is no
# translation of `date` because English `data` is data (`user_data`), but a date type settles it
_DATE_FIRST = frozenset({"data"})


def _date_of(words: list[str], sql_type: str, vocab: Vocabulary) -> bool:
    """A date named first, then what happened on it (`data_login`, `data_troca_senha`: the date of
    the login, of the password change), with a date type: a time, not the thing it names; not the
    date of an identity document (`data_exp_rg`: when the identity card was issued, a part of it)."""
    if len(words) < 2 or words[0] not in _DATE_FIRST or sql_type not in vocab.date_types:
        return False
    return not any(kind.key.startswith("user.government_id")
                   for start in range(1, len(words)) for kind, _ in matches(vocab.terms, words[start:]))


def _word_starts(column: str, vocab: Vocabulary) -> list[int]:
    """Where each of the name's own tokens starts among its words (`property_dealname` -> 0, 1)."""
    starts, count = [], 0
    for token in tokens(column):
        starts.append(count)
        count += len(name_words(token, vocab))
    return starts


def _owned(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A person named inside the name owns what follows (`gpg_key_user_email`: the key user's
    e-mail) or, last, what comes before (`email_participant`), unless a word is counter-evidence."""
    if len(words) < 2 or any(word in vocab.counter_any or word in vocab.head_counter for word in words):
        return None
    for index in range(1, len(words) - 1):
        if words[index] in vocab.person_words:
            found = _whole_name(words[index:], context, sql_type, vocab, None)
            if found:
                return Evidence(found.kind, True, f"{found.reason} of a person ('{'_'.join(words)}')")
    if words[-1] in vocab.person_words and words[-1] not in vocab.not_person_keys:
        # the owner after what it owns, as Spanish, French and Bulgarian name it (`nombre_cliente`,
        # `nom_client`, `ime_na_klient`): the rest is judged as in the person's own row
        theirs = replace(context, subjects=context.subjects | {PERSON, "@linked"}, thing=False, organisation=False)
        found = _whole_name(words[:-1], theirs, sql_type, vocab, None)
        if found and found.kind.key.startswith(("user.contact.", "user.name", "user.government_id",
                                                "user.demographic.date_of_birth")):  # not `comment_agent`
            return Evidence(found.kind, True, f"{found.reason} of a person ('{'_'.join(words)}')")
    return None




def _person_owner(word: str, vocab: Vocabulary) -> bool:
    """A person named before what they own, possessive plurals run together included
    (`guardiansname`, `mothers_name`: the guardian's, the mother's)."""
    return word in vocab.person_words or (word.endswith("s") and singular_word(word) in vocab.person_words)


def _prefixes(words: list[str], context: TableContext, vocab: Vocabulary) -> list[tuple[list[str], bool, bool]]:
    """The name, then the name after each leading qualifier (`billing_`), person owner
    (`customer_`), the table's own noun (`provider_` in `provider`) or flattened nested object
    (`billing_detail_`, `property_`, `tax_info_`): (rest, of a person, of an address)."""
    found = [(words, False, False)]
    rest, person, postal = words, False, False
    while len(rest) > 1:
        step = 2 if len(rest) > 2 and "_".join(rest[:2]) in context.nouns else 1
        prefix = rest[:step]
        joined = "_".join(prefix)
        own = joined in context.nouns or (step == 1 and abbreviates(prefix[0], context.nouns, vocab))
        if len(rest) > 2 and rest[1] in vocab.containers and not own and prefix[0] not in vocab.counter_any:
            prefix = rest[:2]  # `tax_info_`, `billing_details_`: the object's name and the container word
            step = 2
        elif len(rest) > 2 and not own and "_".join(rest[:2]) in vocab.qualifiers | vocab.person_words:
            prefix = rest[:2]  # `bill_to_`, `emergency_contact_`: a qualifier or person of two words
            step = 2
        elif len(rest) > 2 and not own and "_".join(rest[:2]) in _written_items(context):
            prefix = rest[:2]  # `poll_option_text` in a topic's row: a written item of two words
            step = 2
        elif not (own or prefix[0] in vocab.qualifiers or _person_owner(prefix[0], vocab) or prefix[0] in vocab.containers
                  or prefix[0] in _written_items(context)):
            break
        # the table's own two-word noun (`customer_category_` in `customer_categories`,
        # `delivery_method_` in `delivery_methods`) says what the table is, not whose the name is
        whole_noun = step == 2 and "_".join(prefix) in context.nouns
        person = person or (_person_owner(prefix[0], vocab) and not whole_noun) or (own and PERSON in context.subjects) or (
            "_".join(prefix) in vocab.person_words)
        postal = postal or (prefix[0] in vocab.address_qualifiers and not whole_noun)
        rest = rest[step:]
        if (prefix[-1] in vocab.containers and len(rest) == 1 and rest[0] in vocab.container_own
                and not (step == 2 and (prefix[0] in vocab.qualifiers or _person_owner(prefix[0], vocab)))):
            break  # `property_name`, `custom_field_name`: the object's own field; `billing_details_name` is the payer's
        found.append((rest, person, postal))
    return found




def _written_items(context: TableContext) -> frozenset[str]:
    """In a table of what people write, the nouns of such items (`message`, `post`, `poll`): the item a
    term after them belongs to (`message_subject` in `privmsgs`, `poll_title` in `topics`); none elsewhere."""
    if "@content" not in context.subjects:
        return frozenset()
    return next(subject.nouns for subject in vocabulary().subjects if subject.name == "@content")


_HIERARCHY = frozenset({"parent", "child"})  # `parent_organization`: the next level up, not a person's parent


def _parent_thing(words: list[str], candidate: list[str], vocab: Vocabulary) -> bool:
    """`parent_organization`, `parent_company`: the organisation a thing belongs to, not a parent's employer."""
    return words[0] in _HIERARCHY and singular_word(candidate[-1]) in vocab.thing_tables


def _whole_name(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary,
                column: str | None) -> Evidence | None:
    """The whole name is a term (`email`, `FirstName`, `dob`), possibly after qualifiers or an
    owner (`billing_address`, `customer_email`); context terms (`name`, `state`) only in a table
    of their context, of a person owner or, for address parts, after an address qualifier."""
    if not words:
        return None
    for candidate, person, postal in _prefixes(words, context, vocab):
        shown = column.lower().rstrip("_") if column and candidate is words else None  # `NAME_` shows as `name`
        for kind, term in matches(vocab.terms, candidate):
            if not (kind.not_in_own_table and term in context.nouns):
                return Evidence(kind, True, f"its name: token '{shown or term}'")
        for kind, term in matches(vocab.context_terms, candidate):
            if kind.not_in_own_table and term in context.nouns:
                continue
            if kind.key == "user.content" and (
                    "@failures" in context.subjects or _processor_message(candidate, context)):
                # `error_logs.message`, `email_recipient_failures.message`: the system's words; a payment
                # processor's to the customer or the seller (`transaction.customer_message`)
                continue
            if (kind.key == "user.name" and candidate is not words and not context.subjects & {PERSON, "@linked"}
                    and (words[0] in context.nouns or singular_word(words[0]) in context.nouns)):
                continue  # `stg_locations.location_name`: a place's own name, not an addressee's
            if person and PERSON in kind.contexts and not _parent_thing(words, candidate, vocab):
                return Evidence(kind, True, f"its name: token '{term}' of a person ('{'_'.join(words)}')")
            if postal and kind.contexts & {"@postal", "@address"} and not _shown_as(candidate):
                return Evidence(kind, True, f"its name: token '{term}' of an address ('{'_'.join(words)}')")
            if kind.contexts & (context.nouns | context.subjects) or (PERSON in kind.contexts and "@profile" in context.subjects):
                # a record of facts about one person (an intake interview) speaks of the person
                return Evidence(kind, True, f"its name: token '{shown or term}' in its table")
            if kind.key == "user.name" and "@named" in context.subjects and not context.thing:
                return Evidence(kind, True, f"its name: token '{shown or term}' next to a first name")
            if (candidate is words and words == [term] and term in _WRITERS_OWN and PERSON in kind.contexts
                    and context.subjects & {POSTED, "@authored"} and not context.thing):
                # `g5_write_free.wr_name`, `wr_homepage`: the writer's, beside what they wrote
                return Evidence(kind, True, f"its name: token '{shown or term}', the writer's, beside what they wrote")
        for kind, term in matches(vocab.dated_terms, candidate):
            if sql_type in vocab.date_types:
                return Evidence(kind, True, f"its name: token '{shown or term}' with its type {sql_type}")
    return None


# what a post's writer gives of themselves beside it: their name, their homepage
_WRITERS_OWN = frozenset({"name", "homepage", "website"})


# how a row is shown, sorted or searched: a person's name only in a person's row
_SHOWN_AS = frozenset({"display_name", "sort_name", "search_name", "searchable_name", "name_search",
                       "friendly_name", "short_name", "name_short"})


def _members_display_name(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                          vocab: Vocabulary) -> bool:
    """Matrix's `room_memberships (user_id, display_name, avatar_url)` and `user_directory`: a display
    name beside an avatar, in a row keyed to a member's account, is how that person is shown (a chat's
    or a forum's profile); a group's or a team's, keyed to its creator or owner, is the thing's."""
    if words not in (["display", "name"], ["displayname"]) or (sql_type and sql_type not in vocab.text_types):
        return False
    if context.thing or context.lookup or not context.subjects & OF_PEOPLE:
        return False
    sibling_words = [name_words(sibling, vocab) for sibling in siblings]
    return (any("avatar" in found for found in sibling_words)
            and any(len(found) == 2 and found[0] in _MEMBER_WORDS and found[1] == "id" for found in sibling_words))


# whose account a row is keyed to when it is the row's subject, not its creator or owner
_MEMBER_WORDS = frozenset({"user", "member", "account", "participant", "person", "profile"})


def _shown_as(words: list[str]) -> bool:
    """The name a row is shown, sorted or searched by (`display_name`, `invoice_display_name`): a
    label, a person's name only in a table of people, and no part of an address."""
    return any("_".join(words[start:]) in _SHOWN_AS for start in range(len(words)))


def _processor_message(words: list[str], context: TableContext) -> bool:
    """A message in a table of payments (Recurly's `transaction.customer_message`, Stripe's
    `charge.outcome_seller_message`): what the payment processor says, not what a person wrote (a
    payment's note or comment still is)."""
    return bool(context.nouns & _PAYMENT_RECORDS) and words[-1] in ("message", "messages")


# a table of what an application sends out by itself or in bulk (Ghost's `automated_emails`, OpenEMR's
# `automatic_notification` and `notification_log`, a survey `distribution`, Gibbon's `gibbonMessenger`), by its words
_OUTGOING_MAIL = frozenset({"automated", "automatic", "notification", "notifications", "distribution", "distributions",
                            "newsletter", "newsletters", "mailing", "mailings", "broadcast", "broadcasts", "messenger"})
_SENDER_WORDS = frozenset({"sender", "from", "reply"})  # `sender_email`, `email_from`, `header_reply_to_email`


def _sending_mailbox(found: Evidence, words: list[str], context: TableContext) -> bool:
    """The e-mail address an application's notifications, automated mails and mailings go out from or are
    answered at: the organisation's mailbox, whoever gets them (their recipients' addresses stay personal)."""
    return (found.kind.key == "user.contact.email" and any(word in _SENDER_WORDS for word in words)
            and any(word in _OUTGOING_MAIL for word in context.words))


def _counter(words: list[str], vocab: Vocabulary, last: bool = True, things: bool = True) -> bool:
    """Counter-evidence: an id or key, a count, a point in time, a flag or a setting about the
    data (`email_campaign_id`, `email_count`, `email_sent_at`, `is_email_verified`), or (`things`) a
    thing that is not a person owning it (`plan_name`, `campaign_name`)."""
    if not words:
        return False
    return ((last and words[-1] in vocab.counter_last) or words[0] in vocab.counter_first
            or things and any(word in vocab.counter_any for word in words))


def _suggestion(words: list[str], sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A longer name that contains a word of a kind (`email_info`): a low-confidence guess,
    unless the rest of the name is counter-evidence."""
    if len(words) > 1 and (_counter(words, vocab) or any(word in vocab.workplace_owners for word in words[:-1])):
        return None  # `email_count`; `facility_name`, `facility_zip_code`: a workplace's
    found = matches(vocab.dated_terms, words)
    if found and not sql_type:
        return Evidence(found[0][0], False, f"the name is '{found[0][1]}'")
    if len(words) < 2:
        return None
    for at, word in enumerate(words):
        kind = vocab.words.get(word) or vocab.words.get(singular_word(word))
        if kind and any(before in vocab.counter_last for before in words[:at]):
            return None  # `month_name`, `day_of_week_name`, `state_name`: the name of a time or a state
        if kind and any(before in FLAG_WORDS for before in words[:at]):
            return None  # `hipaa_allowemail`, `user_can_email`: whether it is allowed, a flag
        if kind and _typed_as_no_text(kind.key, sql_type, vocab):
            return None  # `password_last_change datetime`, `mail_fails int`: a time, a count or a flag about it
        if kind and kind.key == "user.name" and _names_a_thing(words, at, vocab):
            return None  # `module_name`, `forum_name`, `payment_gateway_name`: the name of an application's object
        if kind:
            return Evidence(kind, False, f"the name contains '{word}'")
    return None


def _lists_things(context: TableContext, vocab: Vocabulary) -> bool:
    """A table of an application's or a business's objects (themes, sessions, notifications,
    measures) and of no people: a name there that merely contains a kind's word is the object's."""
    return bool(context.nouns & (vocab.named_things | vocab.counter_any)) and not context.subjects & OF_PEOPLE


def _names_a_thing(words: list[str], at: int, vocab: Vocabulary) -> bool:
    """The name word at `at` beside a noun of an application's or a business's object
    (`module_base_name`, `lang_english_name`, `name_tracker`): that object's name. A person's name
    there (`property_owner_name`) is recognised before any suggestion."""
    return any(other in vocab.named_things for index, other in enumerate(words) if index != at)


# kinds that are always text: a name, an e-mail or postal address, a password
_TEXT_KINDS = frozenset({"user.name", "user.contact.email", "user.contact.address", CREDENTIALS})


def _typed_as_no_text(key: str, sql_type: str, vocab: Vocabulary) -> bool:
    """A kind that is text, in a column typed as a number, a time or a flag: data about it
    (`passwordLastUpdate timestamptz`, `password_never_expires tinyint`, `EmailPromotion int`),
    never the name, address or password itself."""
    return key in _TEXT_KINDS and sql_type in WHOLE_NUMBER_TYPES | FRACTION_TYPES | vocab.date_types | vocab.boolean_types


# -- what a pack calls it -----------------------------------------------------------------------
def category_for_key(key: str, table: str, pack: Pack, names: Iterable[str] = (), concept: str | None = None,
                     generic: bool = True) -> str | None:
    """The pack category for a taxonomy key: its own category that `is` the key (the table's group
    first, then one the column names, e.g. `egn` -> `national_id.egn`); for a part of an address
    its address; else the key itself when the pack knows it (through gdpr-baseline)."""
    levels = [key] + ([level for level in lineage_of(key)[1:] if level.count(".") >= 2] if concept is None else [])
    for level in levels:
        candidates = pack.specialising(level)
        if concept:
            candidates = [category for category in candidates if category.rsplit(".", 1)[-1] == concept]
        if candidates:
            return _preferred(candidates, table, set(names))
    if concept is None and generic and key in pack.categories and pack.is_personal(key):
        return key
    return None


def _preferred(candidates: list[str], table: str, names: set[str]) -> str:
    group = singular(table)
    in_group = [category for category in candidates if category.split(".")[0] == group]
    named = [category for category in candidates if category.rsplit(".", 1)[-1] in names]
    return sorted([c for c in in_group if c in named] or in_group or named or candidates)[0]


def infer(table: str, column: str, column_type: str, packs: Iterable[Pack],
          siblings: Iterable[str] = (), referrers: Iterable[str] = (), businesses: Iterable[str] = (),
          people: Iterable[str] = (), login_keys: Iterable[str] = (), through: Iterable[str] = (),
          row_keys: Iterable[str] = (), records: Iterable[str] = ()) -> Inference | None:
    """The category a column's type or name gives in the packs in force (`siblings`: the table's
    columns, `referrers`: the tables holding keys to its rows, `businesses`: the company tables its
    customer keys point at, `people`: the tables of people whose short key it holds, `through`: the
    tables of people its rows reach by a chain of keys, `row_keys`: its columns that key rows of
    other tables, `records`: the clinical records its rows are part of by a chain of keys, where known):
    a pack's own category
    from any pack first, else the generic key; None when nothing (or no pack) recognises it."""
    packs = list(packs)
    words = name_words(column, vocabulary())
    named = next((hit for pack in packs if (hit := _named_by_pack(table, words, pack))), None)
    if named:
        return Inference(named, True, f"its name: the pack's category {named} for table {table}", False)
    found = evidence(table, column, column_type, siblings, referrers, businesses, people, login_keys, through,
                     row_keys, records)
    if found is None:
        return None
    names = set(words) | {"_".join(words)}
    kind = found.kind
    category = next((hit for pack in packs
                     if (hit := category_for_key(kind.key, table, pack, names, kind.concept, generic=False))), None)
    category = category or next((hit for pack in packs if (hit := category_for_key(kind.key, table, pack, names, kind.concept))), None)
    if category is None and found.plain:  # `usager.langue`: a person's language, where no pack has a language category
        category = next((hit for pack in packs if (hit := category_for_key(found.plain, table, pack, names))), None)
    return Inference(category, found.confident, found.reason, found.by_type) if category else None


def named_as_counter(column: str) -> bool:
    """Whether the name is itself a key, count, flag, time or setting (`contact_id`, `is_active`); a
    name that only mentions a thing (MicroCommunity's `link` '联系人手机号', a contact's mobile number, as
    Chinese software renders 联系 'contact' in English) is not: its description says what it holds."""
    vocab = vocabulary()
    words = name_words(column, vocab)
    return bool(words) and (_counter(words, vocab, things=False) or words[-1] in KEY_WORDS)


def written_as_key(column: str) -> bool:
    """Whether the name, as written, holds a key word (`gibbonPersonMedicalID`, `userUUID`,
    `gibbonPersonIDUpdater`)."""
    words = name_words(column, vocabulary())
    return len(words) > 1 and any(word in KEY_WORDS for word in words)


def _named_by_pack(table: str, words: list[str], pack: Pack) -> str | None:
    """The pack's category named by the table and the whole column name (`companies.name` ->
    `company.name`, `devices.os` -> `device.os`), unless the name is a key, count or time."""
    if not words or words[-1] in vocabulary().counter_last:
        return None
    category = f"{singular(table)}.{'_'.join(words)}"
    return category if category in pack.categories else None


# -- the entry points other modules use ----------------------------------------------------------
def category_from_name(table: str, column: str, pack: Pack, column_type: str = "",
                       siblings: Iterable[str] = ()) -> str | None:
    """The category a column's name decides (a whole-name match), in one pack; `siblings`: the
    other columns beside it (a dataset's header), which tell what the table is about."""
    found = infer(table, column, column_type, [pack], siblings=siblings)
    return found.category if found and found.confident and not found.by_type else None


def category_for_concept(hint: str, table: str, pack: Pack) -> str | None:
    """The pack category whose id ends in a concept word (`email`): the table's own group first
    (`accounts` -> `account.email`), else the first personal category ending in it. For Fides keys
    of fideslang's taxonomy that no taxonomy key here names (`user.demographic.language`)."""
    group = singular(table)
    if f"{group}.{hint}" in pack.categories:
        return f"{group}.{hint}"
    candidates = sorted(category for category in pack.categories
                        if category.split(".")[-1] == hint and pack.is_personal(category))
    return candidates[0] if candidates else None


def personal_kind_unknown(packs: Iterable[Pack]) -> str | None:
    """`user` (personal data, kind unknown) when a pack in force knows it."""
    return "user" if any("user" in pack.categories for pack in packs) else None
