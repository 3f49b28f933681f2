"""Column and table names as comparable words, and the vocabulary that says what words mean.

Names are split at snake, camel, Pascal, kebab and digit boundaries, lower-cased with accents
removed (umlauts, and Danish and Norwegian æ and ø, as ae, oe, ue), and run-together lower-case
names are split into known words (`addressline1` -> address, line). The vocabulary (the kinds,
table subjects and counter-evidence, in English, with the other languages of
checker.name_translations) is data: checker/data/name_hints.json, loaded once per process.
checker.table_context judges tables with it, checker.classify columns.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Iterable

from checker.name_translations import translated

PERSON = "@person"  # in a kind's `context_tables`: any person-like table
CREDENTIALS = "user.authorization.credentials"
SHORT_PIECES = frozenset({"id", "ip", "no", "nr", "os", "to", "cd", "by"})  # two-letter words a name may be built of
FLAG_WORDS = frozenset({"is", "has", "have", "can", "should", "allow"})  # `is_`, `has_`: a flag
KEY_WORDS = frozenset({"id", "ids", "uuid", "guid", "key", "fk", "pk", "ref", "sk", "pid"})  # `pid`: a person, patient or primary id
# whole-number types (MySQL's unsigned as the DDL reader spells them, ClickHouse's sized ones): counts, keys, codes
WHOLE_NUMBER_TYPES = frozenset({"int", "integer", "bigint", "smallint", "tinyint", "mediumint", "int2", "int4", "int8",
                                "uint", "ubigint", "usmallint", "utinyint", "umediumint", "serial", "bigserial", "number",
                                "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"})
# numbers with a fractional part: amounts and measures
FRACTION_TYPES = frozenset({"decimal", "numeric", "float", "double", "double precision", "real", "money", "smallmoney",
                            "float4", "float8"})


@dataclass(frozen=True)
class Kind:
    """One kind of data a name can say: a taxonomy key, or pack vocabulary (`concept`)."""

    key: str
    concept: str | None
    contexts: frozenset[str]  # where its context terms hold: table nouns and `@subject`s
    not_in_own_table: bool
    coded: bool = False  # a code for it is still it (`gender_concept_id`, `race_code`)
    in_any_table: bool = False  # holds in a table of things too (a track's `composer`)
    plain: str | None = None  # the generic key it is in a person's own row when no pack has its concept


@dataclass(frozen=True)
class Subject:
    """What a table can be about (an address book, a clinical table of people, cards ...)."""

    name: str  # "@address"
    nouns: frozenset[str]  # the table's head noun (or last two words) is one of these
    words: frozenset[str]  # any word of the table's name is one of these
    excluded: frozenset[str]  # nouns that look like it and are not (`ip_addresses`)
    siblings: frozenset[str]  # or another column of the table is of one of these kinds
    linked: bool  # only when the table also holds people's rows
    phrases: frozenset[str] = frozenset()  # two adjacent words anywhere in its name (`country_personal_information`)


Terms = dict[str, tuple[Kind, ...]]


@dataclass(frozen=True)
class Vocabulary:
    terms: Terms  # whole names (normalised, and without separators) -> kinds
    context_terms: Terms  # whole names that need a table of the kind's context
    dated_terms: Terms  # whole names that need a date type (born, birth)
    coded_terms: Terms  # whole names only before a code suffix (`payer_concept_id`; a bare `payer` is a key)
    head_words: dict[str, Kind]  # the last word decides (`current_sign_in_ip`, `remember_token`)
    context_heads: dict[str, Kind]  # the last word decides in a table of the kind's context (`void_reason`)
    words: dict[str, Kind]  # a word inside a longer name: a suggestion only
    qualifiers: frozenset[str]
    address_qualifiers: frozenset[str]
    person_tables: frozenset[str]
    person_words: frozenset[str]
    person_key_endings: frozenset[str]
    not_person_keys: frozenset[str]
    thing_tables: frozenset[str]
    subjects: tuple[Subject, ...]
    connectors: frozenset[str]
    counter_last: frozenset[str]
    counter_first: frozenset[str]
    counter_any: frozenset[str]
    head_counter: frozenset[str]
    modifiers: frozenset[str]
    secret_modifiers: frozenset[str]
    secrets: frozenset[str]
    coded_suffixes: tuple[tuple[str, ...], ...]
    account_services: frozenset[str]
    account_endings: frozenset[str]
    media: frozenset[str]  # `email`, `sms`: a table named thing + medium is a kind of the thing
    organisation_markers: frozenset[str]  # `primary_contact_person_id`: the row is a business
    contact_words: frozenset[str]  # `contact`: a business's contact person's detail
    lexicon: frozenset[str]
    type_kinds: dict[str, Kind]
    located_types: frozenset[str]
    date_types: frozenset[str]
    boolean_types: frozenset[str]
    by_key: dict[str, Kind]
    episode_keys: frozenset[str] = frozenset()  # keys that tie a clinical row to a patient (`subject_id`)
    first_names: frozenset[str] = frozenset()  # `first_name`, `prenom`: a person's given name
    name_readings: frozenset[str] = frozenset()  # `kana01`, `furigana`: a person's name as read, in Japanese kana
    surnames: frozenset[str] = frozenset()  # `nachname`, `last_name`: a person's surname, as its own column
    answer_details: frozenset[str] = frozenset()  # `revenus_detail`, `arsak`: the free text behind an answer
    titles: frozenset[str] = frozenset()  # `title`, `titel`: beside a first name, the salutation before it
    name_parts: tuple[frozenset[str], ...] = ()  # `first`, `last` (or `family`): bare columns naming a person
    date_heads: dict[str, Kind] | None = None  # `dod_hosp`: a date of a person's row named by its first word
    # `auth0`, `paypal`: a sign-in provider's name as one word, digits kept; `paypal` only among others
    sign_in_providers: frozenset[str] = frozenset()
    providers_among_others: frozenset[str] = frozenset()
    professionals: frozenset[str] = frozenset()  # `providers`: people listed at their workplace
    workplace_keys: frozenset[str] = frozenset()  # `organization_id`: a key to where they work
    workplace_owners: frozenset[str] = frozenset()  # `facility_npi`: the workplace's, named before a term
    clinical_not_inside: tuple[str, ...] = ()  # inside a run-together clinical name: `statusdescription`
    clinical_not_endings: tuple[str, ...] = ()  # the end of a run-together clinical field: `charttime`, `wardid`
    text_types: frozenset[str] = frozenset()  # where `created_by` holds a name, not a key
    audit_users: frozenset[str] = frozenset()  # a bare `user` as text: the login of who wrote the row
    audit_by: frozenset[str] = frozenset()  # `by` and its forms (Norwegian `opprettet_av`): who did it
    audit_endings: frozenset[str] = frozenset()  # `created_by_name`, `opprettet_av_navn`: still who did it
    audit_stamps: frozenset[str] = frozenset()  # `created`, `updated`: a row's stamp of the account that wrote it
    staff: frozenset[str] = frozenset()  # `saksbehandler`, `approver`: a staff member acting on a case
    staff_login_endings: frozenset[str] = frozenset()  # `saksbehandler_ident`: the staff member's login
    document_types: frozenset[str] = frozenset()  # json, jsonb, variant: a structured blob
    file_types: frozenset[str] = frozenset()  # blob, bytea, varbinary: a file kept as bytes
    stored_documents: frozenset[str] = frozenset()  # `eattach_attachment`, `file_content`: a file about someone
    stored_pictures: frozenset[str] = frozenset()  # `epic_picture`, `pic`: a picture of someone
    care_keys: frozenset[str] = frozenset()  # keys of an episode of care (`hadm_id`, `encounter_id`)
    clinical_not_values: tuple[str, ...] = ()  # last words of a clinical record's keys, times, units
    clinical_value_keys: frozenset[str] = frozenset()  # `itemid`: a key that names what was measured or given
    clinical_not_words: frozenset[str] = frozenset()  # anywhere in a clinical record's field: not the health data
    care_fields: frozenset[str] = frozenset()  # `medical`, `health`: the field of care, not what a person has
    care_episodes: frozenset[str] = frozenset()  # `visit`, `encounter`: an episode of care, whose code is its kind
    patient_care: frozenset[str] = frozenset()  # `examination`, `laboratory`: care recorded in a table keyed to a patient
    owned_things: frozenset[str] = frozenset()  # `settings`: a person's own, in a table keyed to the person
    containers: frozenset[str] = frozenset()  # `billing_detail_`, `property_`: a flattened nested object
    container_own: frozenset[str] = frozenset()  # `property_name`: the object's own bookkeeping, not the person's
    trailing_qualifiers: frozenset[str] = frozenset()  # `email_new`, `token_current`: which of several values
    table_forms: frozenset[str] = frozenset()  # `_history`, `_snapshot`: which copy of the rows a table is
    lookup_heads: frozenset[str] = frozenset()  # `visit_type`, `categories`: a table of the kinds of a thing
    code_list_words: frozenset[str] = frozenset()  # `terminology`, `crosswalk`: a table of codes, anywhere in its name
    code_list_phrases: frozenset[str] = frozenset()  # `value_set`, `code_system`: the same, as two words
    code_list_heads: frozenset[str] = frozenset()  # `icd_10_cm_mappings`, OMOP's `concept`: the same, as its last word
    label_suffixes: tuple[tuple[str, ...], ...] = ()  # `gender_description`: the label of a code is the data too
    key_kinds: frozenset[str] = frozenset()  # `gender_id`, `race_id`: the key into a list of values is the value
    key_terms: frozenset[str] = frozenset()  # `occupation_id` in a person's row: the key into a list is the value
    demographic_kinds: frozenset[str] = frozenset()  # only people have these: two such columns make a table of people
    demographic_context_terms: frozenset[str] = frozenset()  # `race`: such a column named by a context term
    birth_words: frozenset[str] = frozenset()  # `city_of_birth`: about the person's birth
    pay_words: frozenset[str] = frozenset()  # `total_base_pay`: a person's pay, in a table of people
    pay_not_last: frozenset[str] = frozenset()  # `pay_frequency`, `salary_currency`: a setting of the pay
    number_holders: frozenset[str] = frozenset()  # `employee_id varchar` in `users`: the number an employer gives
    issued_numbers: frozenset[str] = frozenset()  # `funcionario.matricula varchar`: that number, named bare
    name_table_nouns: frozenset[str] = frozenset()  # `person_name`: a table of people's names
    name_table_parts: frozenset[str] = frozenset()  # `suffix`, `salutation`: parts of a name, in such a table
    organisation_names: frozenset[str] = frozenset()  # `etablissement`: the row named as a business
    business_attributes: frozenset[str] = frozenset()  # `industry`, `annual_revenue`: only a business has them
    websites: frozenset[str] = frozenset()  # `website`, `homepage`: outside tables of people, a business's own
    register_numbers: frozenset[str] = frozenset()  # `cvr`, `siret`: a legal entity's number in a business register
    party_nouns: frozenset[str] = frozenset()  # `account`, `customer`: a person's or a company's row, as its columns say
    whose_nouns: frozenset[str] = frozenset()  # `profile`: a person's or a thing's, as the word before says
    ambiguous_numbers: frozenset[str] = frozenset()  # `dni`: a national number's form that is also another word
    counterparties: frozenset[str] = frozenset()  # `supplier`: a detail row keyed to one is the company's
    company_sites: frozenset[str] = frozenset()  # `store`: the same, in a table named for it (`store_lang`)
    dependant_words: frozenset[str] = frozenset()  # `child`, `spouse`: the people who depend on a person
    pregnancy_words: frozenset[str] = frozenset()  # `caesarean`, `confinement`: a pregnancy's, health data
    death_words: frozenset[str] = frozenset()  # `deceased`, `falecido`: a yes or no of them is the person's death
    erasure_words: frozenset[str] = frozenset()  # `anonymized`: a row erased for its person's sake
    erasure_with: frozenset[str] = frozenset()  # `is`, `at`: the words of a flag or a date around one
    shown_anonymously: frozenset[str] = frozenset()  # `anonymous`: a row shown without its author's name
    leave_tables: frozenset[str] = frozenset()  # `leave`, `absence`, `holiday`: a person's leave, as a table's noun
    leave_kinds: frozenset[str] = frozenset()  # `type`, `kind`: the kind of a person's leave, in such a table
    not_dependants: frozenset[str] = frozenset()  # `child_accounts`: records in a tree, not a person's children
    relatives: frozenset[str] = frozenset()  # `guardian`, `mother`: named bare as text, the relative's name
    digests: frozenset[str] = frozenset()  # `ha1`, `auth_ha1`: an HTTP digest's HA1, as tokens with their digits
    work_items: frozenset[str] = frozenset()  # `incident`, `task`: what agents and requesters write on
    work_item_heads: frozenset[str] = frozenset()  # `close_notes`, `backout_plan`: what they wrote there
    work_item_qualified: frozenset[str] = frozenset()  # `on_hold_reason`: the same, after another word only
    work_item_models: frozenset[str] = frozenset()  # `proc_def_id`: a work item made from a deployed model
    work_item_instances: frozenset[str] = frozenset()  # `proc_inst_id`: the same, a step of a running process
    failure_words: frozenset[str] = frozenset()  # `send_fail_reason`, `error_message`: a system's account of a failure
    named_things: frozenset[str] = frozenset()  # `module_name`, `forum_name`: the name of an application's object
    loader_prefixes: frozenset[str] = frozenset()  # `_fivetran_synced`: an extract-load tool's own column
    loader_columns: frozenset[str] = frozenset()  # `dbt_valid_from`: dbt's snapshot columns
    loader_records: frozenset[str] = frozenset()  # `_airbyte_data`: the raw record such a tool keeps
    payload_words: frozenset[str] = frozenset()  # `data`, `payload`, `request`: an event's payload, in a log of people
    long_text_types: frozenset[str] = frozenset()  # `text`, `longtext`, `clob`: text kept at any length




# -- names as tokens ----------------------------------------------------------------------------
# letters that NFKD does not take apart, written as their languages transliterate them
_TWO_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",  # German, Swedish
                              "æ": "ae", "ø": "oe", "Æ": "Ae", "Ø": "Oe"})  # Danish, Norwegian
_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _uncamel(name: str) -> str:
    """`firstName` -> `first_Name`, `IPAddress` -> `IP_Address`, in any script (Cyrillic too)."""
    out = []
    for index, char in enumerate(name):
        before = name[index - 1] if index else ""
        after = name[index + 1] if index + 1 < len(name) else ""
        if char.isupper() and before and ((before.islower() or before.isdigit()) or (before.isupper() and after.islower())):
            out.append("_")
        out.append(char)
    return "".join(out)


def tokens(name: str) -> list[str]:
    """`contactEmail_2` -> [contact, email, 2]: snake, camel, Pascal, kebab and digit boundaries;
    lower case, accents removed (umlauts, æ and ø as ae, oe, ue), so vocabulary and names compare."""
    return list(_tokens(name))


@lru_cache(maxsize=65536)  # a big project repeats the same few thousand names in every model
def _tokens(name: str) -> tuple[str, ...]:
    name = _uncamel(name.translate(_TWO_LETTERS))
    plain = "".join(char for char in unicodedata.normalize("NFKD", name.casefold())
                    if not unicodedata.combining(char))
    return tuple(_PARTS.findall(plain))


# name -> its words, per vocabulary (kept with it, so that a vocabulary's id is never reused while
# its entry lives): a catalog asks for the same names once per column of their tables
_WORDS: dict[int, tuple[Vocabulary, dict[str, tuple[str, ...]]]] = {}
_WORDS_KEPT = 200_000


def name_words(name: str, vocabulary: Vocabulary | None = None) -> list[str]:
    """The tokens that carry meaning: digits and connectors (`de`, `of`, `на`) dropped, and a
    token run together from known words split into them (`firstname` -> first, name), since
    catalogs and PostgreSQL fold `FirstName` to lower case."""
    if vocabulary is None:
        return [token for token in tokens(name) if not token.isdigit()]
    held = _WORDS.get(id(vocabulary))
    if held is None or held[0] is not vocabulary:
        held = _WORDS[id(vocabulary)] = (vocabulary, {})
    known = held[1]
    found = known.get(name)
    if found is None:
        if len(known) >= _WORDS_KEPT:
            known.clear()
        found = known[name] = tuple(_words_of(name, vocabulary))
    return list(found)


# Salesforce's marks of a custom field, a person account's custom field and a relationship (`Customer_Email__c`,
# `Birthdate__pc`, `Account__r`), kept by every tool that syncs Salesforce into a warehouse: no word of the name
_SALESFORCE_SUFFIX = re.compile(r"(?i)(?<=[a-z0-9])__(c|pc|r)$")


def _words_of(name: str, vocabulary: Vocabulary) -> list[str]:
    """The name's words, connectors dropped only between two words: at either end one is part
    of a phrase (`care_of`, French `ne_le`, Bulgarian `za_men`, "about me"), not a joint."""
    words = []
    for token in tokens(_SALESFORCE_SUFFIX.sub("", name)):
        if not token.isdigit():
            words += _flag_pieces(token, vocabulary) or segment(token, vocabulary.lexicon, vocabulary.connectors)
    return joints_dropped(words, vocabulary.connectors)


def joints_dropped(words: list[str], connectors: frozenset[str]) -> list[str]:
    """`words` without the connectors between two of them (`nom_de_famille` -> nom, famille); one at
    either end is part of its phrase (`care_of`, `za_men`)."""
    return [word for index, word in enumerate(words)
            if word not in connectors or index in (0, len(words) - 1) and len(words) > 1]


def _flag_pieces(token: str, vocabulary: Vocabulary) -> list[str] | None:
    """`isopenbag` -> is, open, bag; `haschildren` -> has, children: a flag folded to lower case
    (`isOpenBag`), when the rest is made of known words."""
    if token in vocabulary.lexicon or singular_word(token) in vocabulary.lexicon:
        return None  # `candidates` is no flag `can` + `di` + `dates`
    for flag in FLAG_WORDS:
        rest = token[len(flag):]
        if token.startswith(flag) and len(rest) >= 3:
            pieces = segment(rest, vocabulary.lexicon, vocabulary.connectors)
            if all((piece in vocabulary.lexicon or singular_word(piece) in vocabulary.lexicon)
                   and piece not in vocabulary.connectors for piece in pieces):
                return [flag, *pieces]
    return None


@lru_cache(maxsize=65536)
def segment(token: str, lexicon: frozenset[str], connectors: frozenset[str]) -> list[str]:
    """The fewest known words (or their plurals) that make up `token` (each of 3 letters or more, a
    known two-letter word or a connector between words: `titleofcourtesy`, `purchaseorders`; two
    known two-letter words: `toip`), else the token itself: unknown compounds stay whole, and a
    short connector never starts or ends one (`instr` is no `in` + `str`)."""
    if len(token) == 4 and token[:2] in SHORT_PIECES and token[2:] in SHORT_PIECES:
        return [token[:2], token[2:]]  # `toip`: to, ip
    if len(token) < 5 or token in lexicon:
        return [token]
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 30), end):
            piece, before = token[start:end], best[start]
            known = piece in lexicon or (len(piece) > 4 and piece.endswith("s") and singular_word(piece) in lexicon)
            if before is None or not known or (len(piece) < 3 and piece not in SHORT_PIECES | connectors):
                continue
            if len(piece) < 3 and piece not in SHORT_PIECES and (start == 0 or end == len(token)):
                continue  # a connector joins words: `instr` is not `in` + `str`
            current = best[end]
            if current is None or len(before) + 1 < len(current):
                best[end] = before + [piece]
    return best[-1] or [token]


def singular_word(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


# Hungarian notation, as PHP, VB and SQL Server shops name columns: a mark of the value's type first
# (`s_name`, `strName` string, `i_items` integer, `b_active` flag, `dt_reg_date` date, `e_type` enum),
# after the key word of a key (`pk_i_id`, `fk_c_country_code`)
TYPE_MARKS = frozenset({"s", "str", "sz", "i", "n", "int", "l", "lng", "b", "bln", "dt", "dtm", "d", "dbl", "dec",
                        "e", "c", "f", "flt"})
_MARKED_KEYS = frozenset({"pk", "fk"})
_MARKED_SHARE = 0.8  # of a table's columns: a convention of the table, not a word that happens to be short


def _type_mark_at(name_tokens: tuple[str, ...]) -> int | None:
    """Where a name's type mark is (after a key word), if it has one and words after it."""
    at = 1 if name_tokens[:1] and name_tokens[0] in _MARKED_KEYS else 0
    return at if len(name_tokens) > at + 1 and name_tokens[at] in TYPE_MARKS else None


@lru_cache(maxsize=4096)
def type_marked(columns: tuple[str, ...]) -> bool:
    """Whether a table's columns are named in Hungarian notation: at least three, four in five of
    them with a type mark, and two marks at least (a type system, not one short word repeated)."""
    marks = [(found[at] if (at := _type_mark_at(found)) is not None else None)
             for found in (_tokens(column) for column in columns)]
    named = [mark for mark in marks if mark is not None]
    return len(marks) >= 3 and len(named) >= _MARKED_SHARE * len(marks) and len(set(named)) >= 2


def without_type_mark(name: str) -> str:
    """The name without its Hungarian type mark, in snake case (`s_phone_land` -> phone_land,
    `fk_i_user_id` -> fk_user_id, `strFirstName` -> first_name); other names as written."""
    found = _tokens(name)
    at = _type_mark_at(found)
    return name if at is None else "_".join(found[:at] + found[at + 1:])


# -- the vocabulary -----------------------------------------------------------------------------
@cache
def vocabulary() -> Vocabulary:
    data = json.loads((Path(__file__).parent / "data" / "name_hints.json").read_text("utf-8"))  # importlib.resources costs 30 ms
    data = translated(data)
    return _vocabulary(data)


def _vocabulary(data: dict[str, Any]) -> Vocabulary:
    connectors = frozenset(data["connectors"])

    def normal(term: str) -> str:
        return "_".join(joints_dropped(name_words(term), connectors))  # as `_words_of` reads a column

    def normals(items: Iterable[str]) -> frozenset[str]:
        return frozenset(normal(item) for item in items if not item.startswith("_"))

    def keys(items: Iterable[str]) -> frozenset[str]:
        """Key column names, with and without separators (`hadm_id`, `hadmid`)."""
        names = normals(items)
        return names | frozenset(name.replace("_", "") for name in names)

    person_tables = normals(data["person_tables"])
    tables: dict[str, dict[str, list[Kind]]] = {"terms": {}, "context_terms": {}, "dated_terms": {}, "coded_terms": {}}
    single: dict[str, dict[str, Kind]] = {"head_words": {}, "context_heads": {}, "words": {}}
    by_key: dict[str, Kind] = {}
    for entry in data["kinds"]:
        contexts = frozenset(name if name.startswith("@") else normal(name) for name in entry.get("context_tables", [PERSON]))
        kind = Kind(entry["key"], entry.get("concept"), contexts, entry.get("not_in_own_table", False),
                    entry.get("coded", False), entry.get("in_any_table", False), entry.get("plain"))
        by_key.setdefault(kind.key, kind)
        for field, table in tables.items():
            for term in entry.get(field, []):
                for form in (normal(term), normal(term).replace("_", "")):  # firstname, e-mail -> email
                    table.setdefault(form, []).append(kind)
        for field, words in single.items():
            for term in entry.get(field, []):
                words.setdefault(normal(term), kind)
    for table in tables.values():
        for form, kinds in list(table.items()):
            for short in abbreviated_numbers(form):
                table.setdefault(short, kinds)  # never over a form the vocabulary names itself
    subjects = tuple(Subject("@" + name, normals(spec.get("nouns", [])), normals(spec.get("words", [])),
                             normals(spec.get("except", [])), frozenset(spec.get("siblings", [])), spec.get("linked", False),
                             normals(spec.get("phrases", [])))
                     for name, spec in data["subjects"].items() if not name.startswith("_"))
    counter, types, modifiers = data["counter"], data["types"], data["modifiers"]
    vocabulary_words = {word for table in (*tables.values(), *single.values()) for form in table for word in form.split("_")}
    for field in ("qualifiers", "address_qualifiers", "person_tables", "person_words", "thing_tables", "lexicon"):
        vocabulary_words |= {word for item in normals(data[field]) for word in item.split("_")}
    vocabulary_words |= set(data["containers"]["words"]) | set(data["trailing_qualifiers"]["words"]) | set(data["table_forms"]["words"])
    vocabulary_words |= set(data["lookup_heads"]["words"]) | set(data["issued_numbers"]["holders"])
    vocabulary_words |= {word for field in ("words", "phrases", "heads") for item in normals(data["code_lists"][field])
                         for word in item.split("_")}
    services = [service for service in data["accounts"]["services"] if not any(ch.isdigit() for ch in service)]
    vocabulary_words |= set(normals(services))  # `facebook` is not `face` + `book`; `auth0` is no `auth`
    for field in ("births", "pay_figures", "dependants", "pregnancy", "erasures"):
        vocabulary_words |= {word for item in normals(data[field]["words"]) for word in item.split("_")}
    vocabulary_words |= {word for item in normals(data["name_tables"]["parts"]) for word in item.split("_")}
    for subject in subjects:
        vocabulary_words |= {word for item in subject.nouns | subject.words for word in item.split("_")}
    vocabulary_words |= set(counter["last_words"]) | set(counter["first_words"]) | set(counter["any_words"])
    vocabulary_words |= set(data["clinical_records"]["patient_care"])  # `patientexamination`: patient, examination
    return Vocabulary(
        terms={term: tuple(kinds) for term, kinds in tables["terms"].items()},
        context_terms={term: tuple(kinds) for term, kinds in tables["context_terms"].items()},
        dated_terms={term: tuple(kinds) for term, kinds in tables["dated_terms"].items()},
        coded_terms={term: tuple(kinds) for term, kinds in tables["coded_terms"].items()},
        head_words=single["head_words"], context_heads=single["context_heads"], words=single["words"],
        qualifiers=normals(data["qualifiers"]), address_qualifiers=normals(data["address_qualifiers"]),
        person_tables=person_tables, person_words=normals(data["person_words"]),
        person_key_endings=normals(data["person_keys"]["endings"]), not_person_keys=normals(data["person_keys"]["except"]),
        thing_tables=normals(data["thing_tables"]), subjects=subjects, connectors=connectors,
        counter_last=frozenset(counter["last_words"]), counter_first=frozenset(counter["first_words"]),
        counter_any=frozenset(counter["any_words"]), head_counter=normals(data["head_counter"]),
        modifiers=normals(modifiers["any"]), secret_modifiers=normals(modifiers["secret_only"]),
        secrets=normals(modifiers["secrets"]),
        coded_suffixes=tuple(tuple(normal(suffix).split("_")) for suffix in data["coded_suffixes"]["suffixes"]),
        account_services=normals(services), account_endings=normals(data["accounts"]["endings"]),
        media=normals(data["media"]["terms"]),
        organisation_markers=keys(data["organisations"]["markers"]),
        contact_words=normals(data["organisations"]["contact_words"]),
        lexicon=frozenset(word for word in vocabulary_words | connectors if len(word) > 1 and not word.isdigit()),
        type_kinds={name: by_key[key] for name, key in types["kinds"].items() if not name.startswith("_")},
        located_types=frozenset(types["located"]), date_types=frozenset(types["dates"]),
        boolean_types=frozenset(types["booleans"]), by_key=by_key,
        episode_keys=keys(data["clinical_records"]["episode_keys"]),
        first_names=frozenset(data["first_names"]["terms"]), titles=normals(data["first_names"]["titles"]),
        name_readings=frozenset(data["first_names"]["readings"]),
        surnames=frozenset(data["first_names"]["surnames"]),
        answer_details=normals(data["answer_details"]["words"]),
        name_parts=tuple(frozenset(part) for part in data["first_names"]["parts"]),
        clinical_not_inside=tuple(data["clinical_records"]["not_values_inside"]),
        clinical_not_endings=tuple(data["clinical_records"]["not_value_endings"]),
        text_types=frozenset(data["audit"]["text_types"]), audit_users=frozenset(data["audit"]["users"]),
        audit_by=normals(data["audit"]["last_words"]), audit_endings=normals(data["audit"]["endings"]),
        audit_stamps=normals(data["audit"]["stamps"]),
        staff=normals(data["staff_logins"]["staff"]), staff_login_endings=normals(data["staff_logins"]["endings"]),
        document_types=frozenset(types["documents"]),
        file_types=frozenset(types["files"]), stored_documents=normals(data["stored_files"]["documents"]),
        stored_pictures=normals(data["stored_files"]["pictures"]),
        care_keys=keys(data["clinical_records"]["care_keys"]),
        clinical_not_values=tuple(data["clinical_records"]["not_values"]),
        clinical_value_keys=frozenset(data["clinical_records"]["value_keys"]),
        clinical_not_words=frozenset(data["clinical_records"]["not_value_words"]),
        care_fields=normals(data["clinical_records"]["care_fields"]),
        care_episodes=normals(data["clinical_records"]["episodes"]),
        patient_care=normals(data["clinical_records"]["patient_care"]),
        owned_things=normals(data["thing_tables_of_people"]["nouns"]),
        date_heads={word: by_key[key] for word, key in data["date_heads"].items() if not word.startswith("_")},
        sign_in_providers=frozenset(service.lower() for service in data["accounts"]["services"]),
        providers_among_others=frozenset(data["accounts"]["among_others"]),
        professionals=normals(data["workplaces"]["people"]), workplace_keys=keys(data["workplaces"]["keys"]),
        workplace_owners=normals(data["workplaces"]["owners"]),
        containers=normals(data["containers"]["words"]), container_own=normals(data["containers"]["own"]),
        trailing_qualifiers=normals(data["trailing_qualifiers"]["words"]),
        table_forms=normals(data["table_forms"]["words"]), lookup_heads=normals(data["lookup_heads"]["words"]),
        code_list_words=normals(data["code_lists"]["words"]), code_list_phrases=normals(data["code_lists"]["phrases"]),
        code_list_heads=normals(data["code_lists"]["heads"]),
        label_suffixes=tuple(tuple(normal(suffix).split("_")) for suffix in data["coded_suffixes"]["labels"]),
        key_kinds=frozenset(data["coded_suffixes"]["key_kinds"]),
        key_terms=normals(data["coded_suffixes"]["key_terms"]),
        demographic_kinds=frozenset(data["demographics"]["kinds"]),
        demographic_context_terms=normals(data["demographics"]["context_terms"]),
        birth_words=normals(data["births"]["words"]),
        pay_words=normals(data["pay_figures"]["words"]), pay_not_last=normals(data["pay_figures"]["not_last"]),
        number_holders=normals(data["issued_numbers"]["holders"]), issued_numbers=normals(data["issued_numbers"]["numbers"]),
        name_table_nouns=normals(data["name_tables"]["nouns"]), name_table_parts=normals(data["name_tables"]["parts"]),
        organisation_names=normals(data["organisations"]["names"]),
        business_attributes=keys(data["organisations"]["business_attributes"]),
        websites=keys(data["organisations"]["websites"]),
        register_numbers=normals(data["organisations"]["register_numbers"]),
        party_nouns=normals(data["organisations"]["party_nouns"]), whose_nouns=normals(data["whose_nouns"]["nouns"]),
        ambiguous_numbers=normals(data["national_numbers"]["ambiguous"]),
        counterparties=normals(data["company_keys"]["counterparties"]),
        company_sites=normals(data["company_keys"]["sites"]),
        dependant_words=normals(data["dependants"]["words"]), not_dependants=normals(data["dependants"]["not_with"]), pregnancy_words=normals(data["pregnancy"]["words"]),
        death_words=normals(data["death"]["words"]),
        erasure_words=normals(data["erasures"]["words"]), erasure_with=normals(data["erasures"]["with"]),
        shown_anonymously=normals(data["erasures"]["shown_anonymously"]),
        relatives=normals(data["relatives"]["words"]),
        leave_tables=normals(data["leaves"]["tables"]), leave_kinds=normals(data["leaves"]["kinds"]),
        digests=frozenset("_".join(tokens(name)) for name in modifiers["digests"]),
        work_items=normals(data["work_items"]["nouns"]), work_item_heads=normals(data["work_items"]["heads"]),
        work_item_qualified=normals(data["work_items"]["qualified_heads"]),
        work_item_models=normals(data["work_items"]["model_words"]),
        work_item_instances=normals(data["work_items"]["instance_phrases"]),
        failure_words=normals(data["counter"]["failure_words"]),
        named_things=normals(data["counter"]["named_things"]),
        loader_prefixes=normals(data["loader_columns"]["prefixes"]),
        loader_columns=normals(data["loader_columns"]["names"]),
        loader_records=normals(data["loader_columns"]["records"]),
        payload_words=normals(data["payloads"]["words"]), long_text_types=frozenset(data["payloads"]["long_text"]))


_NUMBER_ENDINGS = (("_number", ("_no", "_nr", "_num", "_nbr")), ("nummer", ("nr",)))  # English; German, Dutch, Nordic


def abbreviated_numbers(form: str) -> list[str]:
    """A number's name as schemas shorten it: `tax_number` -> `tax_no`, `tax_nr` ...;
    `steuernummer` -> `steuernr`, so `steuer_nr` and `burger_service_nr` read as the whole term;
    a German, Dutch or Nordic compound with the number inside it likewise (`huisnummertoevoeging`
    -> `huisnrtoevoeging`, so `huis_nr_toevoeging` reads as it). A bare number (`number`,
    `nummer`) has no short form here: alone it is nobody's."""
    for ending, shorts in _NUMBER_ENDINGS:
        stem = form[:-len(ending)]
        if form.endswith(ending) and stem.strip("_"):
            return list(dict.fromkeys([*(stem + short for short in shorts),
                                       *(stem.replace("_", "") + short.lstrip("_") for short in shorts)]))
    return _number_inside(form)


def _number_inside(form: str) -> list[str]:
    """`huisnummertoevoeging`, `hausnummer_zusatz`: the compound with its inner `nummer` as `nr`."""
    stem, found, rest = form.partition("nummer")
    if not found or not stem.strip("_") or not rest.strip("_"):
        return []
    return list(dict.fromkeys([stem + "nr" + rest, (stem + "nr" + rest).replace("_", "")]))


def matches(table: Terms, words: list[str]) -> list[tuple[Kind, str]]:
    if not words:
        return []
    for candidate in (words, words[:-1] + [singular_word(words[-1])]):
        for form in ("_".join(candidate), "".join(candidate)):
            if form in table:
                return [(kind, "_".join(candidate)) for kind in table[form]]
    return clipped_matches(table, words)


_SHORTEST_CLIPPING = 3  # `dri`, `mar`, `coun`: fewer letters clip too many words
_CLIPPED_WORDS = 2  # a name clipped throughout; one clipped word may clip another (`DocName`: a document's, `AccCode`)


def clipped_matches(table: Terms, words: list[str]) -> list[tuple[Kind, str]]:
    """A term of two words or more that the name writes with its words clipped to their first letters,
    two of them at least (OrangeHRM's `emp_dri_lice_num`: driver license number), when one term alone,
    or terms of one kind, fit it; a word of fewer than three letters clips nothing, and a name with one
    clipped word may clip another term (openIMIS' `AccCode`: an accounting code, no access code)."""
    if len(words) < 2 or any(len(word) < _SHORTEST_CLIPPING for word in words):
        return []
    fitting = [term for term in _clipping_index(table).get(tuple(word[:_SHORTEST_CLIPPING] for word in words), ())
               if all(whole.startswith(word) for word, whole in zip(words, term.split("_")))
               and sum(word != whole for word, whole in zip(words, term.split("_"))) >= _CLIPPED_WORDS]
    kinds = {kind for term in fitting for kind in table[term]}
    if not fitting or len({kind.key for kind in kinds}) > 1:
        return []
    return [(kind, fitting[0]) for kind in table[fitting[0]]]


# each table of terms indexed once, kept beside its index so that no other table takes its id
_CLIPPING_INDEXES: dict[int, tuple[Terms, dict[tuple[str, ...], list[str]]]] = {}


def _clipping_index(table: Terms) -> dict[tuple[str, ...], list[str]]:
    """The table's terms of two words or more, by the first letters of each word."""
    held = _CLIPPING_INDEXES.get(id(table))
    if held is None or held[0] is not table:
        index: dict[tuple[str, ...], list[str]] = {}
        for term in table:
            parts = term.split("_")
            if len(parts) > 1 and all(len(part) >= _SHORTEST_CLIPPING for part in parts):
                index.setdefault(tuple(part[:_SHORTEST_CLIPPING] for part in parts), []).append(term)
        held = _CLIPPING_INDEXES[id(table)] = (table, index)
    return held[1]
