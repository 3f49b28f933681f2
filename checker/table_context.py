"""What a table is about: people, their address book, clinical records, cards, pay, events,
credentials, content, a profile of facts about one person; or things and companies, whose
contact details are nobody's. Judged from the table's name (head noun, any word, two adjacent
words) and, as weaker evidence, its other columns and the tables that point at it. The decision
rules are step 1 of checker.classify's decision order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from checker.access_logs import logs_an_address, names_a_log
from checker.catalog import singular
from checker.column_codes import clipped_at, coded_login, column_code
from checker.location_history import WHEREABOUTS, kept_by_a_person, records_whereabouts
from checker.name_words import (CREDENTIALS, PERSON, SHORT_PIECES, Vocabulary, matches, name_words, segment,
                                singular_word, vocabulary)
from checker.places import described_listing, gathering, nested_in_its_own_kind, place_of_its_own
from checker.schooling import holds_schooling

_SIBLING_CONTEXT_KINDS = frozenset({"user.contact.address.city"})  # `city` next to `state`: a postal address
_ADDRESS_KINDS = frozenset({"user.contact.address", "user.contact.address.postal_code", "user.location.precise"})
_PERSON_ONLY = frozenset({"user.demographic.date_of_birth", "user.demographic.gender"})  # only people have these
# a person's own contact or login beside a row: it is linked to that person, whatever the table is called
_LINKING_KINDS = frozenset({"user.contact.email", "user.contact.phone_number", "user.device.ip_address",
                            "user.account.username", "user.name"})
# numbers a state issues to people only: a row that carries one beside a name is about a person
# (`soknadsskjema (fodselsnummer, navn)`)
_ISSUED_TO_PEOPLE = frozenset({"user.government_id.national_identification_number", "user.government_id.passport_number"})
# `fk_user`, `id_customer`, `fk_user_author`: a key named before its table, as French, Spanish and
# Italian schemas name it
KEY_FIRST = frozenset({"fk", "id", "idx", "pk"})
# a reference named first (`ref_idpes`, `ref_cod_religiao`: i-Educar's, and Portuguese and Spanish
# schemas' `ref_` keys), and the code a key refers to (`cod_pessoa`, `ref_cod_aluno`): as a key
REFERENCE_FIRST = frozenset({"ref"})
CODE_FIRST = frozenset({"cod", "codigo", "code"})
# a table of money, though keyed to a patient's episode (OpenEMR's `payments`, `drug_sales`), is
# bookkeeping about their care, not a record of it (not `billing`: a bill's lines carry the
# procedure and diagnosis codes)
_MONEY_NOUNS = frozenset({"payment", "payments", "invoice", "invoices", "receipt", "receipts", "refund", "refunds",
                          "sale", "sales"})
# a bill's or a claim's own name (a table's or a column's), and the amounts posted to an account
# (a payment, an adjustment)
BILLING_WORDS = frozenset({"bill", "billing", "claim", "charge", "sale", "payment", "invoice", "receipt", "refund"})
# a table of figures about its rows' subjects (`kpi_patients`, `member_metrics`): counts, rates, no person's row
_METRIC_WORDS = frozenset({"metric", "metrics", "kpi", "kpis", "statistic", "statistics", "stats"})
_POSTING_WORDS = frozenset({"pay", "paid", "payment", "adj", "adjustment", "writeoff", "refund"})


@dataclass(frozen=True)
class TableContext:
    nouns: frozenset[str]
    subjects: frozenset[str]  # "@person", "@linked", "@address", "@postal", "@clinical" ...
    thing: bool  # a table of things or companies: their contact details are nobody's
    clinical_record: bool = False  # rows of a person's care (`labevents`): its values are health data
    vocabulary_table: bool = False  # columns known, none ties a row to a person or an episode: a code list
    organisation: bool = False  # a party with its own contact persons (`primary_contact_person_id`): a company
    for_business: bool = False  # its customer key points at a company (`orders.customer_id`): ship-to is the company's
    persons_own: bool = False  # named for a person's rows about a thing (`usager_history_states`), keyed to the person
    workplace: bool = False  # professionals with a key to where they work (`providers.organization`): its address
    business_only: bool = False  # a company known by its own attributes (`industry`) alone, not by contact persons
    lookup: bool = False  # a list of the kinds of something (`visit_type`, `type_marsh`): nobody's rows
    words: tuple[str, ...] = ()  # the table's name as words (`ls_n_person`: ls, n, person)
    initials: frozenset[str] = frozenset()  # the initials of its last words, as column prefixes use them
    # (`eec_` in `hs_hr_emp_emergency_contacts`, `_um` in `user_master`), not a known word
    # bills a person's care: named for a bill, a claim or a sale (`billing`, `claim_lines`, `drug_sales`),
    # or posting payments and adjustments to an account (`ar_activity (pay_amount, adj_amount)`); not a
    # record of care that also carries its cost (`medications.base_cost`)
    bills_care: bool = False
    # its rows belong to people through a chain of keys (`people_through_keys`): a case's decision, its letter
    chained: bool = False
    # the short tag its name ends with and its columns start with (ChurchCRM's `person_per (per_FirstName)`): no noun
    tag: tuple[str, ...] = ()


_MEMBERSHIP_WORDS = frozenset({"member", "members", "membership", "memberships"})


def _has_members(words: list[str], referrers: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a table's rows have members of their own: a table named for its noun and `member` holds keys
    to it (Camunda's `ACT_ID_TENANT` beside `ACT_ID_TENANT_MEMBER`): a group of people, an organisation
    (a multi-tenant system's tenant), not one person (a renter)."""
    if not words:
        return False
    head = singular_word(words[-1])
    return any(len(found) > 1 and found[-1] in _MEMBERSHIP_WORDS and singular_word(found[-2]) == head
               for found in (table_words(referrer, vocab) for referrer in referrers))


def _table_nouns(words: list[str]) -> frozenset[str]:
    """The head noun, and the last two words together (`user_profiles` -> `user_profile`)."""
    if not words:
        return frozenset()
    nouns = {singular_word(words[-1]), words[-1]}
    if len(words) > 1:
        nouns |= {f"{words[-2]}_{singular_word(words[-1])}", f"{words[-2]}_{words[-1]}"}
    return frozenset(nouns)


def _run_together_head(words: list[str]) -> frozenset[str]:
    """`customernotes`, `rtmessages`, `voipaccounts`: a last word run together from an unknown
    prefix and a noun that says what a table holds keeps that noun (the longest such ending)."""
    if not words or len(words[-1]) < 6:
        return frozenset()
    last, known = words[-1], _context_nouns()
    if last in known or singular_word(last) in known:
        return frozenset()
    for start in range(2, len(last) - 4):  # an ending of five letters or more
        ending = last[start:]
        if ending in known or singular_word(ending) in known:
            return frozenset({ending, singular_word(ending)})
    return frozenset()


_VOWELS = frozenset("aeiouy")


_VERSION_MARK = re.compile(r"(?i)(?<=[a-z0-9])_+v\d+$")  # dbt's versioned `dim_customers_v2`, a `users_v3` rewrite


def table_words(table: str, vocab: Vocabulary) -> list[str]:
    """The table's name as words, read past a short prefix run together with it (eGovFrame's
    `COMTNEMPLYRINFO`: comtn, emplyr, info) and without a version mark (`dim_customers_v2`)."""
    words = name_words(_VERSION_MARK.sub("", table.split(".")[-1]), vocab)
    return _past_prefix(words[0], vocab) if len(words) == 1 else words



def _past_prefix(token: str, vocab: Vocabulary) -> list[str]:
    """`comtnemplyrinfo` -> comtn, emplyr, info: a run-together name of known words behind an
    abbreviated prefix of four or five letters with one vowel at most, ending in three consonants
    (no word of the vocabulary, nor the name itself: `messages` is no `mess` + `ages`, `cronjobs` no `cronj` + `obs`),
    as government schemas mark their tables (COMTN common table, COMTH its history); else the token."""
    if token in vocab.lexicon or singular_word(token) in vocab.lexicon:
        return [token]  # `messages`, `transaction`: a word, not a prefix and a word
    for end in range(4, 6):
        prefix, body = token[:end], token[end:]
        if (len(body) < 3 or prefix in vocab.lexicon or sum(letter in _VOWELS for letter in prefix) > 1
                or not prefix.isalpha() or _VOWELS & set(prefix[-3:])):
            continue
        pieces = segment(body, vocab.lexicon, vocab.connectors)
        if len(pieces) > 1 or body in vocab.lexicon or singular_word(body) in vocab.lexicon:
            return [prefix, *pieces]
    return [token]


@lru_cache(maxsize=1)
def _context_nouns() -> frozenset[str]:
    """The single-word nouns of the subjects and of the tables a kind needs (`message`, `note`),
    not of people or things: endings like `agent` (`contragent`), `city` (`ethnicity`) and `plan`
    (`careplans`) are no head of a run-together name."""
    vocab = vocabulary()
    nouns: set[str] = set()
    for subject in vocab.subjects:
        nouns |= subject.nouns
    for table in (vocab.context_terms, vocab.terms):
        for kinds in table.values():
            for kind in kinds:
                nouns |= {context for context in kind.contexts if not context.startswith("@")}
    return frozenset(noun for noun in nouns if "_" not in noun and len(noun) >= 4)


def table_context(table: str, siblings: Iterable[str] = (), referrers: Iterable[str] = (),
                  businesses: Iterable[str] = (), people: Iterable[str] = (),
                  through: Iterable[str] = (), records: Iterable[str] = ()) -> TableContext:
    """What a table is about; `through`: the tables of people its rows reach by a chain of keys,
    `records`: the clinical records they reach so (`records_through_keys`)."""
    return _table_context(table, tuple(siblings), tuple(sorted(referrers)), bool(tuple(businesses)),
                          tuple(sorted(people)), bool(tuple(through)), bool(tuple(records)))


def referrers(tables: dict[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """For each table, the other tables that hold a key to its rows (`departments.location_id`
    -> `locations`): who an address book's addresses belong to."""
    vocab = vocabulary()
    named = _TableNames(tables)
    found: dict[str, set[str]] = {}
    for name, columns in tables.items():
        for column in columns:
            owner = key_owner(name_words(column, vocab), vocab.person_key_endings)
            if owner:
                for target in named.tables_named(owner, name) - {name}:
                    found.setdefault(target, set()).add(name)
    return {name: tuple(sorted(names)) for name, names in found.items()}


# after a key word named first, words that make the column an identity document's detail, not a key
# (`id_card`, `id_number`, `id_type`: the person's identity card)
_IDENTITY_DOCUMENT_WORDS = frozenset({"card", "number", "no", "nr", "type", "document", "expiry", "issuer", "issued",
                                      "photo", "scan", "verified", "check"})


# `codcliente`, `cod_proveedor`: the code of a row named first, as Spanish, Portuguese and Italian schemas
# key their rows (FacturaScripts, i-Educar); not `code` (`code_postal`, `code_challenge` are data)
_CODE_KEY_FIRST = frozenset({"cod"})


def key_owner(words: list[str], endings: frozenset[str]) -> list[str]:
    """The words a key names its table by, the key word last (`device_id`, `patient_fk`) or first
    (`id_pelanggan`, `fk_cliente`, `codcliente`); none for a column that is no key (`id_card`: an identity card)."""
    if len(words) >= 2 and words[-1] in endings:
        return _without_key_marks(words[:-1])
    if len(words) >= 2 and words[0] in KEY_FIRST | _CODE_KEY_FIRST and words[-1] not in _IDENTITY_DOCUMENT_WORDS \
            and not set(words[1:]) & (KEY_FIRST | endings):
        return words[1:]
    return []


def _without_key_marks(owner: list[str]) -> list[str]:
    """`fk_customer` of `fk_customer_id`, `fk_i_user` of osclass' `fk_i_user_id`: a key word before the
    table's words, and the one-letter type mark after it (Hungarian notation), left out."""
    if len(owner) >= 2 and owner[0] in KEY_FIRST - {"id"}:
        rest = owner[1:]
        if len(rest) >= 2 and len(rest[0]) == 1:
            rest = rest[1:]
        return rest
    return owner


class _TableNames:
    """The tables of a schema by the words a key to them names them with (`order_line` for
    `order_lines`, `person` for `gibbonPerson` too: without the application's prefix)."""

    def __init__(self, tables: Iterable[str]) -> None:
        vocab = vocabulary()
        shorts = {name: name_words(name.split(".")[-1], vocab) for name in tables}
        self.prefixes = _app_prefixes(list(shorts.values()))
        self.by_key: dict[str, list[str]] = {}
        for name, words in shorts.items():
            forms = {singular(name)} | {_key_form(form) for form in (words, _unprefixed(words, self.prefixes)) if form}
            for form in forms:
                self.by_key.setdefault(form, []).append(name)
        self.forms = {name: [form for form in {tuple(words), tuple(_unprefixed(words, self.prefixes))} if form]
                      for name, words in shorts.items()}

    def tables_named(self, owner: list[str], holder: str = "") -> set[str]:
        """The tables that the words of a key name (`device` of `device_id`), if need be after the
        holder's own first words (`covid19_pantau.id_pemudik` -> `covid19_pemudik`) or shortened
        (`personal_info_common_id` -> `personal_information_common_data`): then one table, or none."""
        targets = self._exactly(owner)
        if targets:
            return targets
        first = name_words(holder.split(".")[-1], vocabulary())[:-1]
        owners = [owner, *([*first[:count], *owner] for count in range(1, len(first) + 1))]
        targets = set().union(*(self._exactly(words) for words in owners[1:]))
        if not targets:
            targets = {name for name, forms in self.forms.items()
                       if any(_abbreviated(words, list(form)) for words in owners for form in forms)}
        # so read, a key naming its own table is no key (`user_threepid_id_server.id_server`: a server's name)
        return targets if len(targets) == 1 and holder not in targets else set()

    def _exactly(self, owner: list[str]) -> set[str]:
        """The tables the words name as they are, or without the application's prefix."""
        targets = set(self.by_key.get("_".join(owner), [])) | set(self.by_key.get(_key_form(owner), []))
        if not targets and (bare := _unprefixed(owner, self.prefixes)) and bare != owner:
            targets = set(self.by_key.get(_key_form(bare), []))  # `gibbonPersonID` -> `gibbonPerson`
        return targets


# a last word that says a table holds its noun's rows, not what they are (`personal_information_common_data`)
_BARE_SUFFIXES = frozenset({"data", "info", "information", "details", "detail"})
_SHORTEST_ABBREVIATION = 4  # `info` of `information`, `cust` of `customer`; `emp`, `cat` are too short to be sure
_SHORTENED_BY = 3  # letters left out: fewer are an ending (`reviewer`, `archived`, `dominio`), no abbreviation


def _abbreviated(key: list[str], table: list[str]) -> bool:
    """Whether a key's words name a table's, word for word, each the same or one shortening the
    other (`personal_info_common` for `personal_information_common_data`), a last `data`,
    `info` or `details` left out; at least one word shortened (else it is the same name)."""
    key, table = _without_bare_suffix(key), _without_bare_suffix(table)
    if not key or len(key) != len(table) or key == table:
        return False
    return all(_same_or_shortened(singular_word(mine), singular_word(theirs)) for mine, theirs in zip(key, table))


def _without_bare_suffix(words: list[str]) -> list[str]:
    """A name without a last word that only says it holds data (`_data`, `_details`)."""
    return words[:-1] if len(words) > 1 and words[-1] in _BARE_SUFFIXES else words


def _same_or_shortened(one: str, other: str) -> bool:
    """`info` and `information`, `cust` and `customer`: the same word, or one the start of the other,
    shortened by a few letters that are no word of their own: not another word's ending (`grant`,
    `grantor`; `post`, `poster`), nor a compound's first word (`user` of `username`)."""
    short, long = sorted((one, other), key=len)
    if short == long:
        return True
    return (len(short) >= _SHORTEST_ABBREVIATION and long.startswith(short)
            and len(long) - len(short) >= _SHORTENED_BY and long[len(short):] not in vocabulary().lexicon)


# what numbers a row (not `no` nor `key`: `phone_no`, `api_key` are data)
_ROW_KEY_ENDINGS = frozenset({"id", "uuid", "guid", "fk"})
_OWN_NUMBER = frozenset({"id", "uuid", "guid"})  # a table's own surrogate key, named bare


def keys_to_tables(tables: dict[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """For each table, its columns (lower case) that are keys into a table of the schema that holds
    the rows they name (`access_tokens.device_id` -> `devices`, `drug_sales.prescription_id` ->
    `prescriptions`): they number rows (the benchmark's rule 2), whatever their name says alone.
    Not a key into a list of values, where the code is the value (`gender_id` -> `genders (id,
    name)`), nor, in the table it names, a column beside the table's own `id` (`devices (id,
    device_id)`: the device's own identifier, its row numbered by `id`)."""
    vocab = vocabulary()
    named = _TableNames(tables)
    holding = {name: _holds_rows(name, tuple(columns)) for name, columns in tables.items()}
    found: dict[str, set[str]] = {}
    for name, columns in tables.items():
        own_number = any(column.lower() in _OWN_NUMBER for column in columns)
        for column in columns:
            owner = key_owner(name_words(column, vocab), _ROW_KEY_ENDINGS)
            if not owner:
                continue
            targets = {target for target in named.tables_named(owner, name) if holding[target]}
            if targets - {name} or (name in targets and not own_number):
                found.setdefault(name, set()).add(column.lower())
    for name, columns in _keys_into_lists_of_care_settings(tables).items():
        found.setdefault(name, set()).update(columns)
    return {name: frozenset(columns) for name, columns in found.items()}


# a list of where and how care happens, by the name of its table (its kind: `admission_type`): wards, beds, rooms,
# departments and units, the kinds of admissions, visits and discharges; a key into it places a record of care
_CARE_SETTINGS = frozenset({"ward", "bed", "room", "department", "dept", "unit", "careunit", "discharge"})
_KIND_WORDS = frozenset({"type", "types", "kind", "kinds"})


def _keys_into_lists_of_care_settings(tables: dict[str, Iterable[str]]) -> dict[str, set[str]]:
    """For each record of care, its columns (lower case) named for the own key of a list of wards, departments or
    the kinds of admissions and discharges (Open Hospital's `OH_ADMISSION.ADM_WRD_ID_A` ending in `WRD_ID_A`, the
    first column of `OH_WARD`; `ADM_DIST_ID_A` of `OH_DISCHARGETYPE`), as schemas that name a key after the column it
    points at do: where and how care happened, not what the patient has. A key into a list of diseases, exams or
    vaccines (`ADM_IN_DIS_ID_A` of `OH_DISEASE`) stays what it names (rule 2)."""
    vocab = vocabulary()
    lists = {}
    for name, columns in tables.items():
        columns = list(columns)
        own = columns[0].lower() if columns else ""
        own_words = name_words(own, vocab)
        if len(own_words) > 1 and any(word in _ROW_KEY_ENDINGS for word in own_words) and _sets_care(name, columns, vocab):
            lists[own] = name
    found: dict[str, set[str]] = {}
    if not lists:
        return found
    for name, columns in tables.items():
        if name in lists.values() or not _table_context(name, tuple(columns)).clinical_record:
            continue
        for column in columns:
            if any(re.search(rf"(?:^|_){re.escape(own)}(?:_|$)", column.lower()) for own in lists):
                found.setdefault(name, set()).add(column.lower())
    return found


def _sets_care(table: str, columns: list[str], vocab: Vocabulary) -> bool:
    """A list of wards or departments (`OH_WARD`), or of the kinds of admissions, visits and discharges
    (`OH_ADMISSIONTYPE`, `OH_DISCHARGETYPE`), keyed to no patient."""
    words = table_words(table, vocab)
    kinds = len(words) > 1 and words[-1] in _KIND_WORDS
    named = [singular_word(word) for word in (words[:-1] if kinds else words)]
    if not named or _table_context(table, tuple(columns)).clinical_record:
        return False
    return named[-1] in _CARE_SETTINGS or (kinds and named[-1] in vocab.care_episodes)


def _holds_rows(table: str, columns: tuple[str, ...]) -> bool:
    """Whether a table holds rows of their own, not a list of values: it is no list of kinds
    (`visit_type`) and keys rows of another table (`prescriptions.patient_id`, `devices.user_id`);
    `golongan_darah (id, nama)`, the blood groups, is the values a key to it codes."""
    vocab = vocabulary()
    if _table_context(table, columns).lookup:
        return False
    words = name_words(table.split(".")[-1], vocab)
    own = {_key_form(words[index:]) for index in range(len(words))} if words else set()
    return any((owner := key_owner(name_words(column, vocab), _ROW_KEY_ENDINGS)) and _key_form(owner) not in own
               for column in columns)


def keyed_people(tables: dict[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """For each table, the tables of people whose own short key it holds: the `pid` that OpenEMR's
    `patient_data` is known by in every form, Drupal's `users.uid` in `node` and `comment`. A short
    key is a few letters of its table's name before `id`, `no`, `nr` or `num`, so no word of the
    vocabulary says whose key it is; or a key named for no table of the schema that numbers the
    table's rows (`_own_key_of`: pH7Builder's `ph7_members.profileId`, in every picture, note and
    wall post of a member's)."""
    owners: dict[str, set[str]] = {}
    named = _TableNames(tables)
    for name, columns in tables.items():
        context = _table_context(name, tuple(columns))
        if PERSON not in context.subjects or context.organisation:
            continue
        for column in columns:
            if _short_key_of(column.lower(), context):
                owners.setdefault(column.lower(), set()).add(name)
        if (own := _own_key_of(name, list(columns), context, named)) is not None:
            owners.setdefault(own.lower(), set()).add(name)
        if (noun := _ambiguous_noun_of(name, columns)) is not None:
            owners.setdefault(noun, set()).add(name)
    found: dict[str, set[str]] = {}
    for name, columns in tables.items():
        tag = tag_prefix(name, columns)
        for column in columns:
            held = column.lower().removeprefix(tag)  # ChurchCRM's `note_nte.nte_per_ID`: `per_ID` of `person_per`
            for owner in (owners.get(held, ()) or owners.get(_REFERENCE_PREFIX.sub("", held), ())
                          or owners.get(_ambiguous_key_noun(column), ())):
                if owner != name:
                    found.setdefault(name, set()).add(owner)
    return {name: tuple(sorted(names)) for name, names in found.items()}


def people_through_keys(tables: dict[str, Iterable[str]],
                        pointing: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """For each table, the tables of people its rows belong to through a chain of keys: NAV's
    `vedtak.behandling_id` -> `behandling.fagsak_id` -> `fagsak.fagsak_person_id` -> `fagsak_person`,
    an order line's `order_id` -> `orders.customer_id` -> `customers`. Each hop is a key that names
    the table it points at (`referrers`), from a table that is no thing, company, list of kinds or
    log of events; the first hop keys a table of people by its name, so an actor's key (`creator_id`,
    `last_poster_id`) starts no chain, nor does a table of keys alone that joins people to things.
    Tables keyed straight to people are left out: they are linked already. `pointing`:
    `referrers(tables)`, when already known."""
    pointing = referrers(tables) if pointing is None else pointing
    contexts = {name: _table_context(name, tuple(columns)) for name, columns in tables.items()}
    people = {name for name, context in contexts.items() if PERSON in context.subjects and not _no_ones(context)}
    owners: dict[str, set[str]] = {}  # each table reached, and the tables of people it leads to
    frontier = {holder: {name} for name in people for holder in pointing.get(name, ())
                if holder not in people and _may_belong(holder, tables[holder]) and not _joins(tables[holder])}
    found: dict[str, set[str]] = {}
    for hop in range(_CHAIN_HOPS):
        owners.update(frontier)
        if hop:
            for name, whose in frontier.items():
                found.setdefault(name, set()).update(whose)
        reached: dict[str, set[str]] = {}
        for target, whose in frontier.items():
            for holder in pointing.get(target, ()):
                if holder not in owners and holder not in people and _may_belong(holder, tables[holder]):
                    reached.setdefault(holder, set()).update(whose)
        frontier = reached
    return {name: tuple(sorted(names)) for name, names in found.items()}


_CHAIN_HOPS = 4  # a person's case, its handling, the handling's decision, the decision's letter


def records_through_keys(tables: dict[str, Iterable[str]], pointing: dict[str, tuple[str, ...]] | None = None,
                         keyed: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """For each table, the clinical records its rows are part of through a chain of keys: OpenEMR's
    `procedure_result.procedure_report_id` -> `procedure_report.procedure_order_id` -> `procedure_order`
    (keyed to the patient), Gibbon's `gibbonPersonMedicalCondition.gibbonPersonMedicalID` ->
    `gibbonPersonMedical`: a lab order's results, a medical record's conditions are the person's care too.
    Each hop is a key that names the table it points at (`referrers`), from a table that may belong to
    a person (`people_through_keys`) and is no table of keys alone. `pointing`: `referrers(tables)`,
    `keyed`: `keyed_people(tables)`, when already known."""
    pointing = referrers(tables) if pointing is None else pointing
    keyed = keyed_people(tables) if keyed is None else keyed
    records = {name for name, columns in tables.items()
               if _table_context(name, tuple(columns), people_keyed=keyed.get(name, ())).clinical_record}
    found: dict[str, set[str]] = {}
    frontier = {name: {name} for name in records}
    for _ in range(_RECORD_HOPS):
        reached: dict[str, set[str]] = {}
        for target, whose in frontier.items():
            for holder in pointing.get(target, ()):
                if holder not in records and holder not in found and _may_belong(holder, tables[holder]) \
                        and not _joins(tables[holder]):
                    reached.setdefault(holder, set()).update(whose)
        for name, whose in reached.items():
            found.setdefault(name, set()).update(whose)
        frontier = reached
    return {name: tuple(sorted(names)) for name, names in found.items()}


_RECORD_HOPS = 3  # a lab order's report, the report's results, a result's notes


def _may_belong(name: str, columns: Iterable[str]) -> bool:
    """Whether a table's rows can be a person's through its keys: no thing, company or list of
    kinds, nor a log of events (`fulfillment_event`: the states of the shipment it tracks)."""
    context = _table_context(name, tuple(columns), chained=True)
    return not _no_ones(context) and "@event" not in context.subjects


def _joins(columns: Iterable[str]) -> bool:
    """Only keys (`members_newsletters (id, member_id, newsletter_id)`): a table joining a person to a
    thing, whose name a key to the thing can read as (`emails.newsletter_id`)."""
    vocab = vocabulary()
    return all((words := name_words(column, vocab)) and words[-1] in vocab.person_key_endings | {"id"}
               for column in columns)


def _no_ones(context: TableContext) -> bool:
    """A table of things, of companies or of the kinds of something: its rows are nobody's."""
    return context.thing or context.organisation or context.lookup


_REFERENCE_PREFIX = re.compile(r"^(?:ref|fk)_")  # `ref_idpes`: a reference to the row keyed `idpes`

_ACCOUNT_NOUNS = frozenset({"user", "account", "member", "subscriber", "login"})  # whose key can be a login
_LOGIN_NAMES = ("name", "username", "user_name", "login", "handle")  # a row's login, as its table names it


def login_keys(tables: dict[str, dict[str, str]]) -> frozenset[str]:
    """The key names that hold a person's login across a schema (`user_id`), where the table of
    accounts has no surrogate key and is known by its login instead: Matrix servers' `users
    (name text, ...)`, whose `user_id text` everywhere is `@alice:example.org`. `tables`: each
    table's columns and their types. A table with an `id` of any type numbers its rows: then
    a `user_id` is a key, whatever its type."""
    vocab = vocabulary()
    found: set[str] = set()
    for name, columns in tables.items():
        words = name_words(name.split(".")[-1], vocab)
        if len(words) != 1 or singular_word(words[0]) not in _ACCOUNT_NOUNS:
            continue
        noun = singular_word(words[0])
        lowered = {column.lower(): column_type.lower() for column, column_type in columns.items()}
        surrogate = {"id", "uid", "uuid", f"{noun}_id", f"{noun}id", f"{noun}_uuid"}
        if surrogate & set(lowered):
            continue
        if any(_text_type(lowered.get(login, ""), vocab) for login in _LOGIN_NAMES):
            found.add(f"{noun}_id")
    return frozenset(found | _logins_as_ids(tables, vocab) | _coded_logins(tables, vocab))


def _coded_logins(tables: dict[str, dict[str, str]], vocab: Vocabulary) -> set[str]:
    """The logins of tables of accounts (their name's last word) whose columns carry the table's code, as
    Korean PHP applications name them (GNUBOARD's `g5_member.mb_id varchar(20)`): column_codes.coded_login."""
    found: set[str] = set()
    for name, columns in tables.items():
        words = table_words(name, vocab)
        if words and singular_word(words[-1]) in _ACCOUNT_NOUNS and (login := coded_login(words, columns, vocab)):
            found.add(login)
    return found


# who a work item is assigned to or owned by, named bare (`ASSIGNEE_`, `owner`): kept as text, the person's login
NAMED_PARTIES = frozenset({"assignee", "assigner", "owner", "delegate", "claimant"})


def _logins_as_ids(tables: dict[str, dict[str, str]], vocab: Vocabulary) -> set[str]:
    """The key names that hold a login where the accounts' own `id` is the login: a workflow engine's
    identity service (Camunda's, Flowable's and Activiti's `ACT_ID_USER (ID_ varchar, FIRST_, LAST_, EMAIL_,
    PWD_)`, often backed by LDAP) keeps the user ID an administrator chose (`demo`, `john`) and names people
    by it as text everywhere (`ASSIGNEE_`, `OWNER_`, `USER_ID_`). A table of accounts (its last word)
    with a password, an `id` kept as text and no login column of its own, in a schema that keeps a work
    item's assignee or owner as text; not an `id` kept as text beside a `username` (Keycloak's UUIDs), nor
    a schema that names its parties by keys (`ownerId`)."""
    if not any(_text_type(column_type.lower(), vocab) and "_".join(name_words(column, vocab)) in NAMED_PARTIES
               for columns in tables.values() for column, column_type in columns.items()):
        return set()
    found: set[str] = set()
    for name, columns in tables.items():
        words = name_words(name.split(".")[-1], vocab)
        if not words or singular_word(words[-1]) not in _ACCOUNT_NOUNS:
            continue
        named = {"_".join(name_words(column, vocab)): column_type.lower() for column, column_type in columns.items()}
        if (_text_type(named.get("id", ""), vocab) and not set(named) & set(_LOGIN_NAMES)
                and any(kind.key == CREDENTIALS
                        for column in named for kind, _ in matches(vocab.terms, column.split("_")))):
            found.add(f"{singular_word(words[-1])}_id")
    return found


def _own_key_of(name: str, columns: list[str], context: TableContext, named: _TableNames) -> str | None:
    """The key a table of people numbers its rows by, named for a person's row with a word that
    elsewhere may name a thing's (name_hints' `person_keys.except`: a `profile_id` is also a
    permission or tax profile's), where the schema has no table of that name: its first column, a word
    and a key ending, in a table with no bare `id` of its own (`profileId` in pH7Builder's `ph7_members`,
    `ph7_admins` and `ph7_affiliates`, as dating and social sites number members by their profile)."""
    vocab = vocabulary()
    if not columns or any(column.lower() in _OWN_NUMBER for column in columns):
        return None
    words = name_words(columns[0], vocab)
    if len(words) != 2 or words[-1] not in _ROW_KEY_ENDINGS or person_key(words, vocab):
        return None
    if singular_word(words[0]) not in vocab.not_person_keys or named.tables_named(words[:1], name):
        return None
    return columns[0]


def _ambiguous_noun_of(name: str, columns: Iterable[str]) -> str | None:
    """The noun a table of people is named by, one word that elsewhere may name a thing's row (name_hints'
    `person_keys.except`), where its rows have a login or handle: Mastodon's and GoToSocial's `accounts`,
    Pixelfed's `profiles` (`username`), the actors of a federated social network, not a billing system's
    accounts of companies; the caller knows the table holds people."""
    vocab = vocabulary()
    words = name_words(name.split(".")[-1], vocab)
    noun = singular_word(words[0]) if len(words) == 1 else None
    if noun not in vocab.not_person_keys:
        return None
    handles = any(kind.key == "user.account.username" for column in columns
                  for kind, _ in matches(vocab.terms, name_words(column, vocab)))
    return f"@{noun}" if handles else None


def _ambiguous_key_noun(column: str) -> str:
    """`account_id`, `profileId`: a key named for a row by one of those nouns alone, as the owner's mark
    `_ambiguous_noun_of` gives (an actor's key in a role, `target_account_id`, is no owner's)."""
    vocab = vocabulary()
    words = name_words(column, vocab)
    return f"@{singular_word(words[0])}" if len(words) == 2 and words[-1] in _ROW_KEY_ENDINGS else ""


def _text_type(column_type: str, vocab: Vocabulary) -> bool:
    return bool(column_type) and column_type.split("(")[0].strip() in vocab.text_types


def _short_key_of(column: str, context: TableContext) -> bool:
    """`pid` of `patient_data`, `uid` of `users`, `emp_no` of `employees`, `idpes` of i-Educar's
    `pessoa`: a few letters that start a word of its name, or its words' initials, after `id`
    or before `id`, `no`, `nr` or `num`."""
    match = (re.fullmatch(r"([a-z]{1,4})_?(?:id|no|nr|num)", column)
             or re.fullmatch(r"id_?([a-z]{2,4})", column))
    if match is None:
        return False
    letters = match.group(1)
    return (any(word.startswith(letters) for word in context.words)
            or letters == "".join(word[0] for word in context.words)
            or len(letters) > 1 and letters in context.tag and bool(clipped_at(letters, "_".join(context.words))))


def _key_form(words: list[str]) -> str:
    """The words a key to a table names it by: its last word singular (`order_lines` -> order_line)."""
    return "_".join([*words[:-1], singular_word(words[-1])])


def _app_prefixes(names: list[list[str]]) -> frozenset[str]:
    """Words an application puts before most of its tables' names (`ohrm_`, `hs_hr_`, `phpbb_`,
    `gibbon`, `wp_`, `llx_`): the first words of at least three tables and a quarter of them."""
    counts: dict[str, int] = {}
    for words in names:
        for word in dict.fromkeys(words[:2]):
            counts[word] = counts.get(word, 0) + 1
    floor = max(3, len(names) // 4)
    return frozenset(word for word, count in counts.items() if count >= floor)


def _unprefixed(words: list[str], prefixes: frozenset[str]) -> list[str]:
    """The name without its application's prefix words (at least one word left)."""
    start = 0
    while start < len(words) - 1 and words[start] in prefixes:
        start += 1
    return words[start:]


def businesses(tables: dict[str, Iterable[str]],
               pointing: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """For each table, the tables of companies its keys point at (`orders.customer_id` ->
    `customers` with a `contact_name` of their own): where it ships or bills to, it ships to a
    company. `pointing`: `referrers(tables)`, when already known."""
    pointing = referrers(tables) if pointing is None else pointing
    names = set(pointing) | {holder for holders in pointing.values() for holder in holders}
    contexts = {name: _table_context(name, tuple(tables.get(name, ()))) for name in names}
    people = {name for name, context in contexts.items() if PERSON in context.subjects and not context.organisation}
    of_people = {holder for target, holders in pointing.items() if target in people for holder in holders}
    found: dict[str, set[str]] = {}
    for target, holders in pointing.items():
        if contexts[target].organisation:
            for holder in holders:
                # an account known only by a business's attributes (industry, revenue): a row that
                # also points at a person (a charge's customer), or a person's own (a contact), is theirs
                if not (contexts[target].business_only and (holder in of_people or holder in people)):
                    found.setdefault(holder, set()).add(target)
    return {name: tuple(sorted(names)) for name, names in found.items()}


@lru_cache(maxsize=4096)
def _table_context(table: str, siblings: tuple[str, ...], referrers: tuple[str, ...] = (),
                   for_business: bool = False, people_keyed: tuple[str, ...] = (),
                   chained: bool = False, recorded: bool = False) -> TableContext:
    """The table's subjects from its name (head noun, any word) and, as weaker evidence, its other
    columns: a key of a person's row (`customer_id`) or a personal column (`email`) links it to
    people; an address or card column makes its address parts or expiry dates personal. An
    address book that nothing personal links to, whose rows only things or companies point at
    (`departments.location_id`), holds their addresses: nobody's. `people_keyed`: the tables of
    people whose short key it holds (`keyed_people`); `chained`: its rows belong to people through
    a chain of keys (`people_through_keys`); `recorded`: its rows are part of a clinical record through
    a chain of keys (`records_through_keys`)."""
    vocab = vocabulary()
    words = table_words(table, vocab)
    tag = column_tag(table, siblings, vocab)
    if tag and len(words) > len(tag) and tuple(words[-len(tag):]) == tag:
        words = words[:-len(tag)]  # `person_per`: a table of persons, `per` only marks its columns
    code = () if tag else column_code(words, siblings, vocab)  # `OH_PATIENT (PAT_SNAME)`: `pat` only marks its columns
    tag = tag or code
    nouns = _table_nouns(words) | _run_together_head(words)
    nouns |= _table_nouns(without_copy_words(words, vocab))  # `contact_history`: a copy of people's rows
    every = set(words) | {singular_word(word) for word in words} | set(nouns)
    people = vocab.person_tables | vocab.person_words
    # keyed to patients by the key their table is known by (`form_vitals.pid` -> `patient_data`)
    patients = any("@clinical" in _table_context(owner, ()).subjects for owner in people_keyed)
    sibling_words = [without_tag(name_words(sibling, vocab), tag) for sibling in siblings]
    # `cust_postal_code`, `customer_email`: a sibling's kind after its owner or the table's own noun
    owned = [found[1:] if len(found) > 1 and (found[0] in nouns or found[0] in vocab.person_words
                                               or abbreviates(found[0], nouns, vocab)) else found
             for found in sibling_words]
    sibling_kinds = {kind.key for found in owned for table in (vocab.terms, vocab.context_terms)
                     for kind, _ in matches(table, found) if table is vocab.terms or kind.key in _SIBLING_CONTEXT_KINDS}
    whose = (len(words) > 1 and words[-1] in vocab.whose_nouns
             and (words[-2] in vocab.thing_tables or singular_word(words[-2]) in vocab.thing_tables)
             and not any(words[-2] in subject.words | subject.nouns for subject in vocab.subjects))
    if whose:  # `job_profile`, `company_account`: the thing's profile or account, not a person's
        nouns = frozenset({words[-2], singular_word(words[-2])})
    # `analytical_key_metric__count_of_patients (metric, result)`: a figure about people, none of their rows
    aggregate = bool(every & _METRIC_WORDS) and not any(person_key(found, vocab) for found in sibling_words)
    person = bool(nouns & vocab.person_tables) and not aggregate and not _has_members(words, referrers, vocab)
    linked = (person or bool(every & people) and not aggregate or any(person_key(found, vocab) for found in sibling_words)
              or bool(people_keyed) or chained or recorded or bool(sibling_kinds & _LINKING_KINDS)
              or logs_an_address(words, sibling_words, vocab))
    subjects = {PERSON} if person else set()
    subjects |= {"@linked"} if linked else set()
    pairs = {f"{first}_{second}" for first, second in zip(words, words[1:])}
    # a known word counts as initials only when two columns or more start with it (`ec_seqno`, `ec_name`)
    # (after a column code, what most columns start with is a word of theirs: `pah_pat_surgery`, `pah_fam_cardio`)
    prefixed = Counter(found[0] for found in sibling_words if len(found) > 1 and not code)
    initials = frozenset(letters for start in range(len(words) - 1)
                         if len(letters := "".join(word[0] for word in words[start:])) >= 2
                         and (letters not in vocab.lexicon and letters not in SHORT_PIECES or prefixed[letters] >= 2))
    initials |= {prefix for prefix in prefixed if _marks_table(prefix, words, vocab)}
    keys = {"_".join(found) for found in sibling_words}
    # `pex_pat_id` in Open Hospital's `OH_PATIENTEXAMINATION`: a key after the mark of its table is judged without it
    keys |= {"_".join(found[1:]) for found in sibling_words if len(found) > 2 and found[0] in initials}
    # `gibbonPersonID` in `gibbonPersonMedicalCondition`: a key carrying the application's prefix the
    # table's name starts with is judged without it (`person_id`)
    keys |= {"_".join(found[1:]) for found in sibling_words if len(words) > 1 and len(found) > 2 and found[0] == words[0]}
    clinical = next(subject for subject in vocab.subjects if subject.name == "@clinical")
    clinical_order = _clinical_order(sibling_words, clinical.words)
    episode = bool(keys & vocab.episode_keys) or patients or recorded or clinical_order
    # `OH_PATIENTEXAMINATION (pex_pat_id)`, `laboratory (patient_id)`: care recorded for a patient, not for any subject
    patient_care = bool(every & vocab.patient_care) and (
        bool(keys & vocab.episode_keys - _NOT_ONLY_PATIENTS) or patients or bool(keys & vocab.care_keys))
    history = _medical_history(words, sibling_words, sibling_kinds, episode, vocab)
    if history:  # `patient_history (patient_id, fam_hyper, phy_smoke)`: the patient's medical history, no copy of their row
        person = False
        subjects.discard(PERSON)
    # (who last changed a row, `AuditUserID`, `created_by`, ties no code of a list to a person: openIMIS' `tblICDCodes`)
    code_list = (_names_a_code_list(words, vocab) and not episode and not keys & vocab.care_keys
                 and not _keyed_to_people([found for found in sibling_words if not _stamps_the_row(found, vocab)],
                                          sibling_kinds, people_keyed or chained, vocab))
    if code_list:  # `concept_library__value_set_members`: a value set's members are codes, not people
        person = linked = False
        subjects = set()
    if ((not linked or people_keyed or not _keyed_to_people(sibling_words, set(), chained, vocab)) and not episode
            and not code_list and not nouns & vocab.thing_tables
            and (_demographics(owned, vocab) >= 2 or holds_schooling(sibling_words))):
        # `eeoc (gender_id, race_description, ...)`: only people have two such columns, also beside the
        # row's own e-mail (`c_member_pre`) (a table keyed to a person or an episode of care is about
        # them, not of them; one that holds the
        # very key a table of people is known by, as i-Educar's `fisica` holds `pessoa.idpes`,
        # is more of the same person's row)
        person = linked = True
        subjects |= {PERSON, "@linked"}
    if not person and not code_list and not nouns & vocab.thing_tables and _erased_in_place(sibling_words, vocab):
        # `opportunity (name, location, is_anonymized)`: only a person's row is anonymised for their
        # sake, whatever the table is called (Lever's candidates are its opportunities)
        person = linked = True
        subjects |= {PERSON, "@linked"}
    # the CPR's sub-records (`Statsborgerskab (CPR, landekode)`, `Valgoplysninger (CPR, Valgkode)`): facts about the
    # person whose national number, named alone, numbers the row (not a message or event that carries it)
    numbered = not code_list and not person and not linked and _numbered_by_person(owned, sibling_kinds, vocab)
    if not linked and not code_list and _named_with_identity_number(owned, sibling_kinds, vocab):
        linked = True  # `soknadsskjema (fodselsnummer, navn)`: an application form's applicant
        subjects.add("@linked")
    for subject in vocab.subjects:
        named = (bool(nouns & subject.nouns and not nouns & subject.excluded) or bool(every & subject.words)
                 or bool(pairs & subject.phrases)) and not pairs & subject.excluded
        if (named or sibling_kinds & subject.siblings) and (linked or not subject.linked):
            subjects.add(subject.name)
    if numbered and not subjects & _NOT_FACTS:
        subjects.add("@profile")
    if "@address" in subjects:
        subjects.add("@postal")
    if nouns & vocab.name_table_nouns and (linked or any(word in people for word in words[:-1])):
        subjects.add("@names")  # `person_name`: a table of people's names, in parts
    if any(written_in(found, vocab.first_names) or written_in(found, vocab.name_readings) for found in owned) or (
            _beside_a_surname(sibling_words, vocab)):
        # a first name next to it, or a name's reading in kana (`name01` beside `kana01`): `nom`, `name` is the person's name;
        # so is a bare name beside a surname of its own (`fs_foodsaver (name, nachname)`)
        subjects.add("@named")
        if sibling_kinds & _PERSON_ONLY and not person and not nouns & vocab.thing_tables and not code_list:
            # `dirigeant_pp (nom, prenoms, date_de_naissance, genre)`: a first name and a birth
            # date or gender say the rows are people, whatever the table is called
            person = True
            subjects |= {PERSON, "@linked"}
    posted = not nouns & vocab.thing_tables and _posted_by_a_writer(sibling_words)
    if posted:  # `g5_write_free (wr_subject, wr_content, wr_name, wr_email)`: a post and its writer
        linked = True
        subjects |= {"@linked", "@content", POSTED}
    if not nouns & vocab.thing_tables and _shown_anonymously(sibling_words, vocab):
        # `comment (name, anonymous)`: what a person wrote, under a name they may hide, is theirs
        subjects |= {"@named", "@authored"}
    if person and _named_in_parts({"_".join(found) for found in sibling_words}, vocab):
        subjects.add("@name_parts")  # `patients.first`, `patients.last`: a name in parts
    clinical_record = history or not person and episode and not nouns & _MONEY_NOUNS and (
        bool(nouns & clinical.nouns) or bool(every & clinical.words) or bool(keys & vocab.care_keys) or clinical_order
        or patient_care
        or (patients or recorded and words[-1] in _BARE_SUFFIXES) and not subjects - {"@linked"})
    if clinical_record:
        subjects.add("@record")  # a row of a person's care: the patient's insurance is theirs
    # `user_structure`, `customer_plans`: people's rows about a thing, not the thing's own row
    people_of_thing = any(word in people or singular_word(word) in people for word in words[:-1])
    thing = bool(nouns & vocab.thing_tables) and not people_of_thing
    if thing and nouns & vocab.owned_things and (people_keyed or any(
            person_key(found, vocab) for found in sibling_words if len(found) > 1)):
        # `notification_settings.user_id`: a person's own settings; OpenEMR's `lists.pid`: a patient's
        # problem list, keyed by the short key `patient_data` is known by
        thing = False
    owned_by_person = any(person_key(found, vocab) for found in sibling_words if not _stamps_the_row(found, vocab))
    if thing and kept_by_a_person(nouns, sibling_words, owned_by_person):
        thing = False  # Dawarich's `places (name, latitude, user_id)`: the places a person saved, no gazetteer
    if records_whereabouts(nouns, sibling_words, sibling_kinds, owned_by_person, linked):
        subjects.add(WHEREABOUTS)  # Dawarich's `points`, Traccar's `positions`: where a person or their tracker was
    if len(words) > 1 and singular_word(words[0]) in vocab.thing_tables and not people_of_thing and (
            words[-1] in vocab.media or words[-1] in vocab.account_services):
        thing = True  # `channel_email`, `channel_whatsapp`: a kind of the thing (a company's channel)
    # `usager_history_states.usager_uuid`, `user_types.user_id`: keyed to the person the table's name starts with,
    # after the application's prefix too (`m_client_identifier.client_id`, `hs_hr_emp_skill.emp_number`)
    keyed_to_first_word = len(words) > 1 and any(
        len(found) > 1 and found[0] in words[:-1] and person_key(found, vocab) for found in sibling_words)
    lookup = len(words) > 1 and (words[-1] in vocab.lookup_heads and not person or words[0] in vocab.lookup_heads) \
        and not keyed_to_first_word or code_list
    if lookup:
        thing = True  # `visit_type`, `tipo_documento`: kinds of a thing, nobody's record (not `user_types.user_id`)
    if not thing and not person and not people_keyed and not chained and "@named" not in subjects \
            and not sibling_kinds & _PERSON_ONLY and _company_detail(words, sibling_words, sibling_kinds, vocab):
        thing = True  # `cuentasbcopro (codproveedor, iban)`, `store_lang (id_store, address1)`: the company's details
    if "@address" in subjects and not linked and referrers and not thing:
        # (an event's venue, `fs_location` that `fs_event.location_id` points at: where people gather)
        thing = all(_table_context(referrer, ()).thing or gathering(table_words(referrer, vocab))
                    for referrer in referrers)
    elif "@address" in subjects and not person and referrers and not thing and not any(
            person_key(found, vocab) for found in sibling_words):
        # `location (address_1, phone)` that orders, fulfilments and stock levels point at, and no
        # table of people: a shop's or warehouse's address, not an address book of people (a table of the
        # place's people, ChurchCRM's `church_location_person` beside `locations`, lists who serves there)
        thing = not any(PERSON in _table_context(referrer, ()).subjects and not _places_people(referrer, nouns, vocab)
                        for referrer in referrers)
    if "@address" in subjects and not linked and not thing and _names_an_establishment(sibling_words, vocab):
        thing = True  # `location (name, facility_type, parent_organization, address)`: a facility's own address
    if "@address" in subjects and not linked and not thing and nested_in_its_own_kind(sibling_words):
        thing = True  # `wt_place_location (parent_id, place, latitude)`: a place within a place, a gazetteer
    if (not linked and not thing and sibling_kinds & _ADDRESS_KINDS and "@named" not in subjects
            and described_listing(sibling_words)):
        thing = True  # `fs_fairteiler (name, desc, anschrift, lat, lon)`: a public fridge, a listed place
    if (not thing and not person and not people_keyed and not chained and not recorded and not episode
            and "@named" not in subjects
            and place_of_its_own(words, sibling_words, vocab, any(
                _table_context(referrer, ()).subjects & {PERSON, "@linked"} for referrer in referrers),
                any(person_key(found, vocab) for found in sibling_words if len(found) > 1),
                any(person_key(found, vocab) for found in sibling_words if len(found) == 1))):
        thing = True  # `PostalCodeGeo`, GTFS's `stops (stop_lat, wheelchair_boarding)`: a place's own row
    vocabulary_table = code_list or bool(siblings) and not linked and not episode and not keys & vocab.care_keys
    # customers or accounts that have contact persons of their own are businesses
    # (not the row's own name: `contact_name` in a dbt staging model of contacts is the contact's;
    # and not when the row has a first name of its own: OpenXE's `adresse (vorname, nachname,
    # ansprechpartner)` holds people and companies alike, and the people's details are personal)
    # (nor a customer, client or account with a legal name: it may be a sole trader's, FacturaScripts'
    # `clientes (razonsocial, personafisica)`; a provider or partner named so is a company, Bitwarden's
    # `Provider (Name, BusinessName, BusinessTaxNumber)`)
    organisation = person and "@named" not in subjects and not sibling_kinds & _PERSON_ONLY and any(
        (written_in(found, vocab.organisation_markers) and singular_word(found[0]) not in nouns)
        or ("_".join(found) in vocab.organisation_names and not nouns & vocab.party_nouns) for found in sibling_words)
    # a row with a business's own attributes (`industry`, `annual_revenue`) is a company's, though
    # what points at it (a card's `account_id`) is not thereby a company's: it ships to nobody
    business = person and bool(nouns & vocab.party_nouns) and not organisation and any(
        written_in(found, vocab.business_attributes) for found in sibling_words)
    if not person and not thing and "@named" not in subjects and not sibling_kinds & _PERSON_ONLY:
        # `service_antenne (name, contact_lastname, contact_email)`, `tis (etablissement, adresse)`: a
        # business with a contact person of its own, or named as an establishment (not a row with a
        # first name of its own: people are among its rows)
        # (`tblHF (HFName, LegalForm, Phone)`: a column only a business has, its legal form or industry, names a
        # company as well, as does a website of its own: `organizers (name, email, website)`; a person's is in
        # a table of people, and the one beside what people write is its writer's: FixMyStreet's
        # `comment (name, website, text)`, as WordPress's `comment_author_url`)
        organisation = any(_contact_person(found, vocab) or "_".join(found) in vocab.organisation_names
                           or "_".join(found) in vocab.register_numbers
                           or ("_".join(found) in vocab.organisation_markers and found[-1] != "id")
                           or written_in(found, vocab.business_attributes)
                           or (written_in(found, vocab.websites) and "@content" not in subjects and not posted)
                           for found in sibling_words)  # not `invoices.contact_person_id`: the buyer's contact
        # a log records events, no party: `sys_oper_log.business_type` is the kind of operation it logged
        organisation = organisation and not names_a_log(words)
    # `usager_history_states.usager_uuid`: the rows of the person its name starts with, not their settings
    persons_own = not nouns & vocab.owned_things and keyed_to_first_word
    if persons_own:
        subjects.add("@own")  # `user_statuses.message`: what the person wrote of themselves
    workplace = bool({singular_word(noun) for noun in nouns} & vocab.professionals) and bool(keys & vocab.workplace_keys)
    return TableContext(nouns, frozenset(subjects), thing, clinical_record, vocabulary_table, organisation or business, for_business,
                        persons_own, workplace, business, lookup, tuple(words), initials,
                        _bills_care(words, sibling_words), chained, tag)


def column_tag(table: str, siblings: Iterable[str], vocab: Vocabulary) -> tuple[str, ...]:
    """The short tag a table's name ends with and its columns' names start with, as a mark of the table
    (ChurchCRM's `person_per (per_ID, per_FirstName)`, `note_nte (nte_Text)`, `record2property_r2p (r2p_Value)`):
    two to six letters and digits, the start of two columns' names at least, that shorten the words before it
    (its letters in order from the start of one of them: person, note, record2property), as words; else none.
    A word of the name that is no shortening (`user_profile (profile_id, profile_name)`) is a noun of the table."""
    prefix = tag_prefix(table, siblings)
    return tuple(name_words(prefix[:-1], vocab)) if prefix else ()


def tag_prefix(table: str, columns: Iterable[str]) -> str:
    """The table's tag (`column_tag`) as its columns' names start with it, lower case (`per_`), or ''."""
    name = table.split(".")[-1].lower()
    head, _, tag = name.rpartition("_")
    if not head or not 2 <= len(tag) <= 6 or not tag.isalnum() or tag in head.split("_"):
        return ""
    if sum(column.lower().startswith(tag + "_") for column in columns) < 2:
        return ""
    if not clipped_at(tag, head):
        return ""
    return tag + "_"


_BARE_KEYS = [["id"], ["uuid"], ["guid"], ["key"]]  # a row's key, named by the tag alone


def without_tag(words: list[str], tag: tuple[str, ...]) -> list[str]:
    """A column's name without the tag of its table (`per_first_name` -> first, name), when more than a key
    word follows (`sess_id` in `c_session` is the session's id as the table names it)."""
    if tag and len(words) > len(tag) and tuple(words[:len(tag)]) == tag and words[len(tag):] not in _BARE_KEYS:
        return words[len(tag):]
    return words


def _marks_table(prefix: str, words: list[str], vocab: Vocabulary) -> bool:
    """`ebsal_` in `hs_hr_emp_basicsalary`, `pc_` in `openemr_postcalendar_events`: a column prefix that is
    no word of the vocabulary nor of the table's name and shortens that name, its letters in order from the start of
    one of the name's words (emp, basic salary; post calendar)."""
    if (len(prefix) < 2 or prefix in words or prefix in vocab.lexicon or prefix in SHORT_PIECES
            or prefix in vocab.connectors):
        return False
    return bool(clipped_at(prefix, "_".join(words)))


def _names_a_code_list(words: list[str], vocab: Vocabulary) -> bool:
    """`terminology__icd_10_cm`, `pqi__value_sets`, `predictor_encounter_xwalk`, `icd_10_cm_mappings`,
    OMOP's `concept`: a name that says its rows are codes (name_hints.json's `code_lists`); a map or
    mapping of people's rows is theirs (`tweb_penduduk_map`: where residents live; `user_client_mapping`)."""
    pairs = {f"{first}_{second}" for first, second in zip(words, words[1:])}
    people = vocab.person_tables | vocab.person_words
    return bool(words) and (bool(set(words) & vocab.code_list_words) or bool(pairs & vocab.code_list_phrases)
                            or words[-1] in vocab.code_list_heads
                            and not any(word in people or singular_word(word) in people for word in words[:-1]))


# keys that tie a row to a patient in a clinical schema, and elsewhere to anyone (a school's `subject_id`, a CRM's `case_id`)
_NOT_ONLY_PATIENTS = frozenset({"subject_id", "subjectid", "person_id", "personid", "case_id", "caseid", "episode_id",
                                "episodeid", "subject_reference", "subjectreference"})
# what a history of a person's health is called (`medical_history`, `patient_hist`), or their anamnesis
_HISTORY_WORDS = frozenset({"history", "histories", "hist", "anamnesis"})
# a person's own details: a row that carries them is the person's (a copy of it), not their medical history
_OWN_DETAILS = _LINKING_KINDS | _PERSON_ONLY | frozenset({"user.contact.address"})


def names_a_medical_history(words: list[str] | tuple[str, ...], vocab: Vocabulary) -> bool:
    """`patient_history`, `medical_histories`, `patient_family_history`, Open Hospital's `OH_PATIENTHISTORY`,
    an `anamnesis`: a name for the history of a patient or of their health (not `contact_history`: a copy of rows)."""
    clinical = next(subject for subject in vocab.subjects if subject.name == "@clinical")
    return bool(words) and (words[-1] == "anamnesis" or words[-1] in _HISTORY_WORDS
                            and any(word in clinical.words for word in words[:-1]))


def _medical_history(words: list[str], sibling_words: list[list[str]], sibling_kinds: set[str], episode: bool,
                     vocab: Vocabulary) -> bool:
    """A medical history (the anamnesis a clinician takes: family and own illnesses, habits, pregnancies): named so,
    keyed to a patient or an episode of care or asking about health (`fam_cancer`, `pat_allergy`), and holding none
    of the person's own details (a `patient_history (first_name, birth_date)` is a copy of the patient's rows)."""
    if not names_a_medical_history(words, vocab) or sibling_kinds & _OWN_DETAILS:
        return False
    return episode or any(kind.key.startswith("special.") for found in sibling_words for start in range(len(found))
                          for kind, _ in matches(vocab.terms, found[start:]))


# the key by which a kind of order (a test's, a referral's) extends the order it is (OpenMRS' `test_order.order_id`)
_ORDER_KEY = ["order", "id"]


def _clinical_order(sibling_words: list[list[str]], clinical_words: frozenset[str]) -> bool:
    """A row that details an order and says what care it asks for, in two columns or more named for it, not
    keys (OpenMRS' `test_order (order_id, specimen_source, clinical_history, laterality)`): an order of care is for
    a patient, as HL7's and FHIR's orders are."""
    return _ORDER_KEY in sibling_words and sum(
        1 for found in sibling_words if set(found) & clinical_words and found[-1] not in _ROW_KEY_ENDINGS) >= 2


def _stamps_the_row(found: list[str], vocab: Vocabulary) -> bool:
    """A key of whoever wrote or last changed the row (`AuditUserID`, `created_by`, `modified_by_id`): the
    row's stamp, not a person the row is about."""
    return bool(found) and (found[0] == "audit" or found[0] in vocab.audit_stamps
                            or any(word in vocab.audit_by for word in found[1:]))


def _keyed_to_people(sibling_words: list[list[str]], sibling_kinds: set[str], keyed: bool, vocab: Vocabulary) -> bool:
    """Whether a row is some person's: a key of a person's row (not a code's: `value_set_member_id`), a
    person's contact or login, or the short key or chain of keys a table of people is known by (`keyed`)."""
    return keyed or bool(sibling_kinds & _LINKING_KINDS) or any(
        person_key(found, vocab) and not _names_a_code_list(found[:-1], vocab) for found in sibling_words)


def _named_with_identity_number(owned: list[list[str]], sibling_kinds: set[str], vocab: Vocabulary) -> bool:
    """A national identity or passport number (`cpr`, `egn`, `fodselsnummer`): a person's row, as an
    e-mail would say, whether the number is the row's person's or a relative's (`spouse_egn`). A form
    that is also another word (Bulgarian `dni`, days, reads as a Spanish DNI; `nik` a nickname) only
    beside a name (`soknadsskjema (dni, navn)`)."""
    if not sibling_kinds & _ISSUED_TO_PEOPLE:
        return False
    if any(_unambiguous_number(found, vocab) for found in owned):
        return True
    return any(kind.key == "user.name" for found in owned for table in (vocab.terms, vocab.context_terms)
               for kind, _ in matches(table, found))


def _numbered_by_person(owned: list[list[str]], sibling_kinds: set[str], vocab: Vocabulary) -> bool:
    """A row a person's national number, named alone (`CPR`, `egn`), ties to the person, with no name,
    contact or other key of a person's beside it: a record of facts about them."""
    return (not sibling_kinds & (_LINKING_KINDS | {"user.name"})
            and any(_unambiguous_number(found, vocab) and "_".join(found) in vocab.terms for found in owned)
            and not any(person_key(found, vocab) for found in owned))


# what a row numbered by a person's national number is, when it is no record of facts about them
_NOT_FACTS = frozenset({"@mail", "@event", "@content", "@credential", "@activity"})


def _unambiguous_number(words: list[str], vocab: Vocabulary) -> bool:
    """A name that is a number the state issues to people only, in a form no other word has."""
    return any(kind.key in _ISSUED_TO_PEOPLE and term not in vocab.ambiguous_numbers
               for kind, term in matches(vocab.terms, words))


def _company_detail(words: list[str], sibling_words: list[list[str]], sibling_kinds: set[str],
                    vocab: Vocabulary) -> bool:
    """A row of contact details or bank accounts keyed to a company and to no person: to a company a
    business deals with (`vendor_id`, `codproveedor`), or to a site or tenant the table is named for
    (`store_lang.id_store`); its addresses, phones and accounts are the company's (name_hints' `company_keys`)."""
    return (any(kind.startswith("user.contact") or kind == _BANK_ACCOUNT for kind in sibling_kinds)
            and any(_company_key(found, words, vocab) for found in sibling_words)
            and not any(person_key(found, vocab) for found in sibling_words))


_BANK_ACCOUNT = "user.financial.bank_account"


def _company_key(found: list[str], words: list[str], vocab: Vocabulary) -> bool:
    """`supplier_id`, `fk_vendor`, `codproveedor`: a key that names a company a business deals with;
    `id_store` in `store_lang`: one that names the site or tenant the table is named for."""
    owner = key_owner(found, vocab.person_key_endings)
    if not owner:
        return False
    names = {owner[-1], singular_word(owner[-1])}
    named_for = set(words[:-1]) | {singular_word(word) for word in words[:-1]}
    return bool(names & vocab.counterparties or names & vocab.company_sites & named_for)


# the nouns of places where people serve or gather (a church's sites, a club's venues), not of groups of people
_PLACES = frozenset({"location", "site", "venue", "campus", "branch", "office", "facility", "building", "premises"})


def _places_people(referrer: str, nouns: frozenset[str], vocab: Vocabulary) -> bool:
    """`church_location_person` of `locations`: a table named for a place's people, the place's own noun before a
    person's, lists who serves or belongs there; the place's address is no person's. A group of people's table
    (`family_member` of `family`) is theirs: a family's address is the members' home."""
    words = table_words(referrer, vocab)
    return len(words) > 1 and singular_word(words[-1]) in vocab.person_tables and any(
        singular_word(word) in nouns & _PLACES for word in words[:-1])


def _names_an_establishment(sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A column that says the row is a workplace (`facility_type`, `hospital_name`, `parent_organization`):
    an address book of care sites or offices, not of people (OMOP's `location` has none)."""
    return any(found[0] in vocab.workplace_owners or found[-1] in vocab.workplace_owners
               for found in sibling_words if len(found) > 1)


def _bills_care(words: list[str], sibling_words: list[list[str]]) -> bool:
    """Whether a table bills a person's care (TableContext.bills_care), by its name's words and its columns'."""
    return (any(word in BILLING_WORDS or singular_word(word) in BILLING_WORDS for word in words)
            or any(len(found) > 1 and found[-1] == "amount" and found[0] in _POSTING_WORDS for found in sibling_words))


def without_copy_words(words: list[str] | tuple[str, ...], vocab: Vocabulary) -> list[str]:
    """A table's name without the words that say which copy of its rows it is (`contact_history`,
    `users_snapshot`, `gibbonPersonMedicalConditionUpdate`): the noun before them says what they are."""
    words = list(words)
    while len(words) > 1 and words[-1] in vocab.table_forms:
        words.pop()
    return words


def written_in(words: list[str], terms: frozenset[str]) -> bool:
    """Whether a name's words, joined by underscores or run together, are one of `terms`
    (`contact_name`, `contactname`)."""
    return "_".join(words) in terms or "".join(words) in terms


_BARE_NAMES = (["name"], ["naam"], ["nom"], ["nombre"], ["nome"])  # a row's name, named for nothing else


def _beside_a_surname(sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A bare `name` beside a surname of the row's own (foodsharing's `fs_foodsaver (name, nachname)`,
    German schemas' `name` and `nachname`): the person's given name, as a bare name beside a first name
    is their surname; not beside a contact person's surname (`contact_lastname`: a business's)."""
    return (any(found in _BARE_NAMES for found in sibling_words)
            and any(written_in(found, vocab.surnames) for found in sibling_words))


def _erased_in_place(sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A column flagging or dating the row's own erasure under data-protection law (`is_anonymized`,
    `anonymized_at`); not a setting to erase something (`anonymize_ip`) nor an erased part (`anonymized_ip`)."""
    return any(set(found) & vocab.erasure_words and set(found) <= vocab.erasure_words | vocab.erasure_with
               for found in sibling_words)


POSTED = "@posted"  # a subject: a row of what someone wrote, named by its writer (`_posted_by_a_writer`)
# a post's text and its writer's particulars, as the row names them (after the table's code: GNUBOARD's `wr_subject`)
_POST_TEXTS = frozenset({"content", "body", "text", "message", "contents"})
_POST_HEADINGS = frozenset({"subject", "title"})
_WRITER_NAMES = frozenset({"name", "nick", "nickname", "nick_name", "user_name", "author", "writer", "author_name",
                           "writer_name"})
_WRITER_TRACES = frozenset({"email", "mail", "email_address", "ip", "ip_address", "ipaddress", "password", "passwd",
                            "pwd", "homepage"})


def _posted_by_a_writer(sibling_words: list[list[str]]) -> bool:
    """A row of what someone wrote, named by its writer (a board's posts: GNUBOARD's `g5_write_free (wr_subject,
    wr_content, wr_name, wr_email, wr_homepage, wr_ip, wr_password)`, XE's and Rhymix's `documents (title, content,
    user_name, email_address, homepage, ipaddress)`; a Q&A's question, a guestbook's entry): a subject and a text
    beside the writer's name and their e-mail, IP or password. Its homepage is the writer's too, no company's.
    (A key to the writer alone says less: a clinical record's `pnotes (pid, title, body)` is the patient's,
    written by staff.)"""
    named = {"_".join(found) for found in sibling_words}
    return bool(named & _POST_TEXTS and named & _POST_HEADINGS and named & _WRITER_NAMES and named & _WRITER_TRACES)


def _shown_anonymously(sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A flag saying whether the row is shown without its author's name (`anonymous`, `is_anonymous`,
    `post_anonymously`): what a person contributed (a report, a comment, a donation), under their name."""
    return any(found and found[-1] in vocab.shown_anonymously and len(found) <= 2 for found in sibling_words)


def _named_in_parts(columns: set[str], vocab: Vocabulary) -> bool:
    """Whether bare columns name each part of a name (`first` and `last`, `given` and `family`)."""
    return bool(vocab.name_parts) and all(columns & part for part in vocab.name_parts)


def _demographics(sibling_words: list[list[str]], vocab: Vocabulary) -> int:
    """How many columns hold a kind only people have (`gender`, `gender_id`, `race_description`,
    `date_of_birth`, `egn`), the code or label of such a kind included; a national number counts
    once (a person has one: `dni5`, `dni6` are Bulgarian days, not two Spanish DNIs)."""
    count, numbered = 0, False
    for words in sibling_words:
        for stem in _stems(words, vocab):
            keys = {kind.key for kind, _ in matches(vocab.terms, stem)} & vocab.demographic_kinds
            if keys <= {_NATIONAL_NUMBER} and "_".join(stem) not in vocab.demographic_context_terms:
                numbered = numbered or bool(keys)
                continue
            count += 1
            break
    return count + numbered


_NATIONAL_NUMBER = "user.government_id.national_identification_number"


def _stems(words: list[str], vocab: Vocabulary) -> list[list[str]]:
    """The name, and the name without a code, label or key ending (`gender_id` -> `gender`)."""
    stems = [words]
    for suffix in (*vocab.coded_suffixes, *vocab.label_suffixes, ("id",)):
        if len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix:
            stems.append(words[:-len(suffix)])
    return stems


def _contact_person(words: list[str], vocab: Vocabulary) -> bool:
    """`contact_lastname`, `contact_first_name`: the name of a business's contact person."""
    return (len(words) > 1 and words[0] in vocab.contact_words
            and any(kind.key == "user.name" for kind, _ in matches(vocab.terms, words[1:])))


_DIRECTIONS = frozenset({"from", "to"})  # after a key: the party something comes from or goes to


def person_key(words: list[str], vocab: Vocabulary) -> bool:
    """`customer_id`, `patient_fk`, `salesperson_id`, a bare `patient`, a person's key in the role of
    one of the people (`gibbonPersonIDStudent`, not `gibbonPersonIDCreator`): a key of a person's row."""
    if len(words) == 1:
        owner = singular_word(words[0])
    elif len(words) == 2 and words[0] in KEY_FIRST:
        owner = singular_word(words[1])  # `fk_user`, `id_customer`: a key named first
    elif 2 <= len(words) <= 3 and set(words[:-1]) <= REFERENCE_FIRST | CODE_FIRST:
        owner = singular_word(words[-1])  # i-Educar's `cod_pessoa`, `ref_cod_aluno`: the code of a person's row
    elif len(words) >= 2 and words[-1] in vocab.person_key_endings:
        owner = singular_word(words[-2])
    elif len(words) >= 3 and words[-2] in vocab.person_key_endings and (
            singular_word(words[-1]) in vocab.person_tables or words[-1] in _DIRECTIONS):
        # `gibbonPersonIDStudent`: a person's key, the person in the role of a student; OpenPNE's
        # `c_member_id_from`, `c_member_id_to`: the person a message comes from or goes to
        owner = singular_word(words[-3])
    else:
        return False
    if owner not in vocab.person_tables | vocab.person_words and len(owner) > 6:
        # `contactperson` kept whole (a known compound): its last word names the row
        owner = segment(owner, vocab.lexicon - {owner}, vocab.connectors)[-1]
    return owner not in vocab.not_person_keys and owner in vocab.person_tables | vocab.person_words


def abbreviates(word: str, nouns: frozenset[str], vocab: Vocabulary) -> bool:
    """`cust` in `customers`, `emp` in `employees`: a column prefix that shortens the table's
    own head noun (at least 3 letters, not itself a known word)."""
    return (len(word) >= 3 and word not in vocab.lexicon
            and any(noun.startswith(word) and len(noun) > len(word) for noun in nouns if "_" not in noun))
