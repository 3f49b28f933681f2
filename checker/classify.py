"""Column classification: what a column's name and type say it holds.

Names and types give a key of the shared taxonomy (`user.contact.email`, `special.health`: the
categories of rules/gdpr-baseline.yaml); a pack then takes, for that key, its own category that
says it `is` the key (preferring the table's group: a `customers` table's email is
`customer.email`), else the key itself, which every pack knows through gdpr-baseline.

Classification is a pure function of (table name, column name, column type, the table's other
column names, pack); the vocabulary (English, Bulgarian in Latin and Cyrillic, German, French,
Spanish), the table subjects and the counter-evidence are data: checker/data/name_hints.json.
Declared annotations always win; this is the fallback for columns nobody annotated and for
`privgate init` proposals.

Decision order, first answer wins:
1. The table's context, from its name (head noun, any word) and its other columns: a person table
   (`customers`), a table linked to people (a person key such as `customer_id`, a personal column
   such as `email`, a person word in its name), an address book, a clinical, card, bank, pay,
   event, credential, content, profile (demographics, an intake interview) or clinical-record
   table; a copy of a table's rows (`contact_history`, `users_snapshot`, `customer_dim`) is also
   about the noun before the copy word, and a table with a first name and a birth date or gender
   (`dirigeant_pp`), or with two columns only people have (`eeoc (gender_id, race_description)`),
   holds people whatever it is called; a table named for personal information
   (`country_personal_information`) is a record of facts about a person, one named for people's
   names (`person_name`) holds the parts of their names. A table of things or companies (`plans`,
   `vendors`, `Lieferdienst`, a thing and a medium: `channel_email`, a thing's profile:
   `job_profile`), a customer or account with contact persons of its own or with a business's
   own attributes (`industry`, `annual_revenue`), a row with a contact person of its own or named
   as an establishment (`service_antenne (contact_lastname)`, `tis (etablissement)`), and an
   address book that only things point at (`departments.location_id` -> `locations`) hold
   nobody's data: only people credited with a work (`composer`), who did it (`created_by`), a
   bare first name and the name beside it, and a business's contact persons' or another
   person's details (`contact_name`, `manager_name`) count there. A
   customer or account with contact persons or a support mailbox of its own is a company, and
   an order whose customer key points at such a table ships to the company (`ship_address`); a
   person's own settings (`notification_settings.user_id`) are no thing's; a clinician with a
   key to their practice lists the practice's address. A table with no key to a person or an
   episode of care is a code list: its health terms (`d_icd_diagnoses.icd9_code`) are nobody's
   diagnosis.
2. A type that admits one kind (`inet`, `macaddr`); a boolean says nothing, except as an answer
   in a record of facts about a person (an intake interview's `revenus`), or when the yes or no is
   itself a special category or a family fact (`union_member`, `hispanic_or_latino`); a spatial type locates
   a person in a person or address table.
3. The name as words (snake, camel, digits; run-together lower-case names split into known
   words: `addressline1` -> address, line):
   a. a stored transformation (`hashed_`, `encrypted_`, a rendered `_html` or `_raw` copy;
      `_digest` only of a secret) is dropped: the rest decides (`hashed_ip_address` is an IP), a
      hashed key, token or code is a credential; a lower-case flag is split (`isopenbag`);
   b. the whole name is a term, also after qualifiers (`billing_`, `bill_to_`), a person owner
      (`customer_`), the table's own noun (`provider_` in `provider`, `cust_` in `customers`) or a
      nested object a loader flattened into the name (`billing_details_`, `property_`,
      `tax_info_`; not its own `property_name`); a context term
      only in a table of its context (`state` in an address book or next to a postal code, `note`
      in a table linked to people, `condition` in a clinical table of people), of a person owner,
      or, for address parts, after an address qualifier (`BillingState`); a dated term only with a
      date type;
   c. a code of a kind whose code is the data (`gender_concept_id`, `race_source_value`,
      `country_code`, `payer_concept_id`), unlike a surrogate key (`country_id`); for gender, race,
      religion and health also its label or key (`race_description`, `gender_id`);
   d. an account on a known service (`github_id`, `twitter_username`);
   e. a person named inside the name owns what follows (`gpg_key_user_email`), or a contact
      detail before it (`email_participant`); a government identifier stored as text under an
      id ending is the identifier (`passport_id varchar`);
   f. a head word decides the last word (`current_sign_in_ip`, `remember_token`) unless the rest
      is counter-evidence (`server_ip`, `push_token`);
   g. a qualifier after the name says which value it is (`phone_home`, `email_new`, `ip_signup`);
      in a table of people, a term named last after words that are not counter-evidence
      (`local_first_name`, `to_email`);
   h. a date of a person's row named by its first word (`dod_hosp`);
   A kind with a pack `concept` (a language) is plain `user` in a person's own row when no pack
   has the concept.
4. With no name evidence: a value of a clinical record (a clinical table keyed to a patient or an
   episode of care, `labevents.value`, the item it measured `itemid`, a coded field judged by
   what it codes `route_concept_id`) is health data unless it is a key (a bare `patient`), time,
   unit, flag or record-keeping field (where the patient came from, who wrote it, a lot number,
   a reference range, the payer's share); a value of a record about a person
   (`supplementary_demographics.occupation`) is the person's, its free-text detail
   (`revenus_detail`) what the person said. In a table of people: a part of a name in a table of
   names, a pay figure however spelt (`annual_summary_total_base_pay`), the value column of a table
   named for a kind (`email_address.value`), a pregnancy's or a dependant's facts, a birth's other
   than its date (`city_of_birth`).
5. Otherwise a word inside a longer name is only a suggestion (PUR005), unless the rest of the
   name is counter-evidence: an id or key, a count, a point in time, a flag, a setting;
   `created_by` stored as text names a person; a JSON document in a person's row, or in a table
   of one person's rows (`usager_history_states`), is about the person.
A table named for people's rows about a thing (`user_structure`) is not the thing's own table.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Iterable

from checker.catalog import singular
from checker.policy.model import Pack, lineage_of

PERSON = "@person"  # in a kind's `context_tables`: any person-like table
CREDENTIALS = "user.authorization.credentials"
_SIBLING_CONTEXT_KINDS = frozenset({"user.contact.address.city"})  # `city` next to `state`: a postal address
SHORT_PIECES = frozenset({"id", "ip", "no", "nr", "os", "to", "cd", "by"})  # two-letter words a name may be built of


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


@dataclass(frozen=True)
class Evidence:
    """What a name or type says: the kind, whether it decides (else a PUR005 suggestion), and why."""

    kind: Kind
    confident: bool
    reason: str  # "its name: token 'email'", "its type inet", "the name contains 'email'"
    by_type: bool = False
    plain: str | None = None  # the generic key to take when no pack has the kind's concept (a person's language)


@dataclass(frozen=True)
class Inference:
    """A column's inferred category in the packs in force, with what decided it."""

    category: str
    confident: bool
    reason: str
    by_type: bool


Terms = dict[str, tuple[Kind, ...]]


@dataclass(frozen=True)
class Vocabulary:
    terms: Terms  # whole names (normalised, and without separators) -> kinds
    context_terms: Terms  # whole names that need a table of the kind's context
    dated_terms: Terms  # whole names that need a date type (born, birth)
    coded_terms: Terms  # whole names only before a code suffix (`payer_concept_id`; a bare `payer` is a key)
    head_words: dict[str, Kind]  # the last word decides (`current_sign_in_ip`, `remember_token`)
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
    name_parts: frozenset[str] = frozenset()  # `first`, `last`: bare columns that together name a person
    date_heads: dict[str, Kind] | None = None  # `dod_hosp`: a date of a person's row named by its first word
    professionals: frozenset[str] = frozenset()  # `providers`: people listed at their workplace
    workplace_keys: frozenset[str] = frozenset()  # `organization_id`: a key to where they work
    clinical_not_inside: tuple[str, ...] = ()  # inside a run-together clinical name: `statusdescription`
    clinical_not_endings: tuple[str, ...] = ()  # the end of a run-together clinical field: `charttime`, `wardid`
    text_types: frozenset[str] = frozenset()  # where `created_by` holds a name, not a key
    document_types: frozenset[str] = frozenset()  # json, jsonb, variant: a structured blob
    care_keys: frozenset[str] = frozenset()  # keys of an episode of care (`hadm_id`, `encounter_id`)
    clinical_not_values: tuple[str, ...] = ()  # last words of a clinical record's keys, times, units
    clinical_value_keys: frozenset[str] = frozenset()  # `itemid`: a key that names what was measured or given
    clinical_not_words: frozenset[str] = frozenset()  # anywhere in a clinical record's field: not the health data
    owned_things: frozenset[str] = frozenset()  # `settings`: a person's own, in a table keyed to the person
    containers: frozenset[str] = frozenset()  # `billing_detail_`, `property_`: a flattened nested object
    container_own: frozenset[str] = frozenset()  # `property_name`: the object's own bookkeeping, not the person's
    trailing_qualifiers: frozenset[str] = frozenset()  # `email_new`, `token_current`: which of several values
    table_forms: frozenset[str] = frozenset()  # `_history`, `_snapshot`: which copy of the rows a table is
    label_suffixes: tuple[tuple[str, ...], ...] = ()  # `gender_description`: the label of a code is the data too
    key_kinds: frozenset[str] = frozenset()  # `gender_id`, `race_id`: the key into a list of values is the value
    demographic_kinds: frozenset[str] = frozenset()  # only people have these: two such columns make a table of people
    demographic_context_terms: frozenset[str] = frozenset()  # `race`: such a column named by a context term
    birth_words: frozenset[str] = frozenset()  # `city_of_birth`: about the person's birth
    pay_words: frozenset[str] = frozenset()  # `total_base_pay`: a person's pay, in a table of people
    pay_not_last: frozenset[str] = frozenset()  # `pay_frequency`, `salary_currency`: a setting of the pay
    name_table_nouns: frozenset[str] = frozenset()  # `person_name`: a table of people's names
    name_table_parts: frozenset[str] = frozenset()  # `suffix`, `salutation`: parts of a name, in such a table
    organisation_names: frozenset[str] = frozenset()  # `etablissement`: the row named as a business
    business_attributes: frozenset[str] = frozenset()  # `industry`, `annual_revenue`: only a business has them
    party_nouns: frozenset[str] = frozenset()  # `account`, `customer`: a person's or a company's row, as its columns say
    whose_nouns: frozenset[str] = frozenset()  # `profile`: a person's or a thing's, as the word before says
    dependant_words: frozenset[str] = frozenset()  # `child`, `spouse`: the people who depend on a person
    pregnancy_words: frozenset[str] = frozenset()  # `caesarean`, `confinement`: a pregnancy's, health data
    not_dependants: frozenset[str] = frozenset()  # `child_accounts`: records in a tree, not a person's children


# -- names as tokens ----------------------------------------------------------------------------
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
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
    lower case, accents removed (German umlauts as ae/oe/ue), so vocabulary and names compare."""
    return list(_tokens(name))


@lru_cache(maxsize=65536)  # a big project repeats the same few thousand names in every model
def _tokens(name: str) -> tuple[str, ...]:
    name = _uncamel(name.translate(_GERMAN))
    plain = "".join(char for char in unicodedata.normalize("NFKD", name.casefold())
                    if not unicodedata.combining(char))
    return tuple(_PARTS.findall(plain))


def _words(name: str, vocabulary: Vocabulary | None = None) -> list[str]:
    """The tokens that carry meaning: digits and connectors (`de`, `of`, `на`) dropped, and a
    token run together from known words split into them (`firstname` -> first, name), since
    catalogs and PostgreSQL fold `FirstName` to lower case."""
    if vocabulary is None:
        return [token for token in tokens(name) if not token.isdigit()]
    words = []
    for token in tokens(name):
        if not token.isdigit() and token not in vocabulary.connectors:
            pieces = _flag_pieces(token, vocabulary) or _segment(token, vocabulary.lexicon, vocabulary.connectors)
            words += [word for word in pieces if word not in vocabulary.connectors]
    return words


def _flag_pieces(token: str, vocabulary: Vocabulary) -> list[str] | None:
    """`isopenbag` -> is, open, bag; `haschildren` -> has, children: a flag folded to lower case
    (`isOpenBag`), when the rest is made of known words."""
    if token in vocabulary.lexicon:
        return None
    for flag in _FLAG_WORDS:
        rest = token[len(flag):]
        if token.startswith(flag) and len(rest) >= 3:
            pieces = _segment(rest, vocabulary.lexicon, vocabulary.connectors)
            if all(piece in vocabulary.lexicon or singular_word(piece) in vocabulary.lexicon for piece in pieces):
                return [flag, *pieces]
    return None


@lru_cache(maxsize=65536)
def _segment(token: str, lexicon: frozenset[str], connectors: frozenset[str]) -> list[str]:
    """The fewest known words (or their plurals) that make up `token` (each of 3 letters or more, a
    known two-letter word or a connector: `titleofcourtesy`, `purchaseorders`), else the token
    itself: unknown compounds stay whole."""
    if len(token) < 5 or token in lexicon:
        return [token]
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 30), end):
            piece, before = token[start:end], best[start]
            known = piece in lexicon or (len(piece) > 4 and piece.endswith("s") and singular_word(piece) in lexicon)
            if before is None or not known or (len(piece) < 3 and piece not in SHORT_PIECES | connectors):
                continue
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


# -- the vocabulary -----------------------------------------------------------------------------
@cache
def vocabulary() -> Vocabulary:
    data = json.loads((Path(__file__).parent / "data" / "name_hints.json").read_text("utf-8"))  # importlib.resources costs 30 ms
    return _vocabulary(data)


def _vocabulary(data: dict[str, Any]) -> Vocabulary:
    connectors = frozenset(data["connectors"])

    def normal(term: str) -> str:
        return "_".join(word for word in _words(term) if word not in connectors)

    def normals(items: Iterable[str]) -> frozenset[str]:
        return frozenset(normal(item) for item in items if not item.startswith("_"))

    def keys(items: Iterable[str]) -> frozenset[str]:
        """Key column names, with and without separators (`hadm_id`, `hadmid`)."""
        names = normals(items)
        return names | frozenset(name.replace("_", "") for name in names)

    person_tables = normals(data["person_tables"])
    tables: dict[str, dict[str, list[Kind]]] = {"terms": {}, "context_terms": {}, "dated_terms": {}, "coded_terms": {}}
    single: dict[str, dict[str, Kind]] = {"head_words": {}, "words": {}}
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
    subjects = tuple(Subject("@" + name, normals(spec.get("nouns", [])), normals(spec.get("words", [])),
                             normals(spec.get("except", [])), frozenset(spec.get("siblings", [])), spec.get("linked", False),
                             normals(spec.get("phrases", [])))
                     for name, spec in data["subjects"].items() if not name.startswith("_"))
    counter, types, modifiers = data["counter"], data["types"], data["modifiers"]
    vocabulary_words = {word for table in (*tables.values(), *single.values()) for form in table for word in form.split("_")}
    for field in ("qualifiers", "address_qualifiers", "person_tables", "person_words", "thing_tables", "lexicon"):
        vocabulary_words |= {word for item in normals(data[field]) for word in item.split("_")}
    vocabulary_words |= set(data["containers"]["words"]) | set(data["trailing_qualifiers"]["words"]) | set(data["table_forms"]["words"])
    vocabulary_words |= set(normals(data["accounts"]["services"]))  # `facebook` is not `face` + `book`
    for field in ("births", "pay_figures", "dependants", "pregnancy"):
        vocabulary_words |= {word for item in normals(data[field]["words"]) for word in item.split("_")}
    vocabulary_words |= {word for item in normals(data["name_tables"]["parts"]) for word in item.split("_")}
    for subject in subjects:
        vocabulary_words |= {word for item in subject.nouns | subject.words for word in item.split("_")}
    vocabulary_words |= set(counter["last_words"]) | set(counter["first_words"]) | set(counter["any_words"])
    return Vocabulary(
        terms={term: tuple(kinds) for term, kinds in tables["terms"].items()},
        context_terms={term: tuple(kinds) for term, kinds in tables["context_terms"].items()},
        dated_terms={term: tuple(kinds) for term, kinds in tables["dated_terms"].items()},
        coded_terms={term: tuple(kinds) for term, kinds in tables["coded_terms"].items()},
        head_words=single["head_words"], words=single["words"],
        qualifiers=normals(data["qualifiers"]), address_qualifiers=normals(data["address_qualifiers"]),
        person_tables=person_tables, person_words=normals(data["person_words"]),
        person_key_endings=normals(data["person_keys"]["endings"]), not_person_keys=normals(data["person_keys"]["except"]),
        thing_tables=normals(data["thing_tables"]), subjects=subjects, connectors=connectors,
        counter_last=frozenset(counter["last_words"]), counter_first=frozenset(counter["first_words"]),
        counter_any=frozenset(counter["any_words"]), head_counter=normals(data["head_counter"]),
        modifiers=normals(modifiers["any"]), secret_modifiers=normals(modifiers["secret_only"]),
        secrets=normals(modifiers["secrets"]),
        coded_suffixes=tuple(tuple(normal(suffix).split("_")) for suffix in data["coded_suffixes"]["suffixes"]),
        account_services=normals(data["accounts"]["services"]), account_endings=normals(data["accounts"]["endings"]),
        media=normals(data["media"]["terms"]),
        organisation_markers=keys(data["organisations"]["markers"]),
        contact_words=normals(data["organisations"]["contact_words"]),
        lexicon=frozenset(word for word in vocabulary_words | connectors if len(word) > 1 and not word.isdigit()),
        type_kinds={name: by_key[key] for name, key in types["kinds"].items() if not name.startswith("_")},
        located_types=frozenset(types["located"]), date_types=frozenset(types["dates"]),
        boolean_types=frozenset(types["booleans"]), by_key=by_key,
        episode_keys=keys(data["clinical_records"]["episode_keys"]),
        first_names=frozenset(data["first_names"]["terms"]), name_parts=frozenset(data["first_names"]["parts"]),
        clinical_not_inside=tuple(data["clinical_records"]["not_values_inside"]),
        clinical_not_endings=tuple(data["clinical_records"]["not_value_endings"]),
        text_types=frozenset(data["audit"]["text_types"]), document_types=frozenset(types["documents"]),
        care_keys=keys(data["clinical_records"]["care_keys"]),
        clinical_not_values=tuple(data["clinical_records"]["not_values"]),
        clinical_value_keys=frozenset(data["clinical_records"]["value_keys"]),
        clinical_not_words=frozenset(data["clinical_records"]["not_value_words"]),
        owned_things=normals(data["thing_tables_of_people"]["nouns"]),
        date_heads={word: by_key[key] for word, key in data["date_heads"].items() if not word.startswith("_")},
        professionals=normals(data["workplaces"]["people"]), workplace_keys=keys(data["workplaces"]["keys"]),
        containers=normals(data["containers"]["words"]), container_own=normals(data["containers"]["own"]),
        trailing_qualifiers=normals(data["trailing_qualifiers"]["words"]),
        table_forms=normals(data["table_forms"]["words"]),
        label_suffixes=tuple(tuple(normal(suffix).split("_")) for suffix in data["coded_suffixes"]["labels"]),
        key_kinds=frozenset(data["coded_suffixes"]["key_kinds"]),
        demographic_kinds=frozenset(data["demographics"]["kinds"]),
        demographic_context_terms=normals(data["demographics"]["context_terms"]),
        birth_words=normals(data["births"]["words"]),
        pay_words=normals(data["pay_figures"]["words"]), pay_not_last=normals(data["pay_figures"]["not_last"]),
        name_table_nouns=normals(data["name_tables"]["nouns"]), name_table_parts=normals(data["name_tables"]["parts"]),
        organisation_names=normals(data["organisations"]["names"]),
        business_attributes=keys(data["organisations"]["business_attributes"]),
        party_nouns=normals(data["organisations"]["party_nouns"]), whose_nouns=normals(data["whose_nouns"]["nouns"]),
        dependant_words=normals(data["dependants"]["words"]), not_dependants=normals(data["dependants"]["not_with"]), pregnancy_words=normals(data["pregnancy"]["words"]))


# -- what a table is about ------------------------------------------------------------------------
def _table_nouns(words: list[str]) -> frozenset[str]:
    """The head noun, and the last two words together (`user_profiles` -> `user_profile`)."""
    if not words:
        return frozenset()
    nouns = {singular_word(words[-1]), words[-1]}
    if len(words) > 1:
        nouns |= {f"{words[-2]}_{singular_word(words[-1])}", f"{words[-2]}_{words[-1]}"}
    return frozenset(nouns)


def table_context(table: str, siblings: Iterable[str] = (), referrers: Iterable[str] = (),
                  businesses: Iterable[str] = ()) -> TableContext:
    return _table_context(table, tuple(siblings), tuple(sorted(referrers)), bool(tuple(businesses)))


def referrers(tables: dict[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """For each table, the other tables that hold a key to its rows (`departments.location_id`
    -> `locations`): who an address book's addresses belong to."""
    vocab = vocabulary()
    by_key: dict[str, list[str]] = {}
    for name in tables:
        by_key.setdefault(singular(name), []).append(name)
    found: dict[str, set[str]] = {}
    for name, columns in tables.items():
        for column in columns:
            words = _words(column, vocab)
            if len(words) >= 2 and words[-1] in vocab.person_key_endings:
                for target in by_key.get("_".join(words[:-1]), []):
                    if target != name:
                        found.setdefault(target, set()).add(name)
    return {name: tuple(sorted(names)) for name, names in found.items()}


def businesses(tables: dict[str, Iterable[str]],
               pointing: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """For each table, the tables of companies its keys point at (`orders.customer_id` ->
    `customers` with a `contact_name` of their own): where it ships or bills to, it ships to a
    company. `pointing`: `referrers(tables)`, when already known."""
    pointing = referrers(tables) if pointing is None else pointing
    found: dict[str, set[str]] = {}
    for target, holders in pointing.items():
        target_context = _table_context(target, tuple(tables.get(target, ())))
        if target_context.organisation and not target_context.business_only:
            for holder in holders:
                found.setdefault(holder, set()).add(target)
    return {name: tuple(sorted(names)) for name, names in found.items()}


@lru_cache(maxsize=4096)
def _table_context(table: str, siblings: tuple[str, ...], referrers: tuple[str, ...] = (),
                   for_business: bool = False) -> TableContext:
    """The table's subjects from its name (head noun, any word) and, as weaker evidence, its other
    columns: a key of a person's row (`customer_id`) or a personal column (`email`) links it to
    people; an address or card column makes its address parts or expiry dates personal. An
    address book that nothing personal links to, whose rows only things or companies point at
    (`departments.location_id`), holds their addresses: nobody's."""
    vocab = vocabulary()
    words = _words(table.split(".")[-1], vocab)
    nouns = _table_nouns(words)
    copied = words
    while len(copied) > 1 and copied[-1] in vocab.table_forms:
        copied = copied[:-1]  # `contact_history`, `users_snapshot`: a copy of people's rows
    nouns |= _table_nouns(copied)
    every = set(words) | {singular_word(word) for word in words} | set(nouns)
    people = vocab.person_tables | vocab.person_words
    sibling_words = [_words(sibling, vocab) for sibling in siblings]
    # `cust_postal_code`, `customer_email`: a sibling's kind after its owner or the table's own noun
    owned = [found[1:] if len(found) > 1 and (found[0] in nouns or found[0] in vocab.person_words
                                               or _abbreviates(found[0], nouns, vocab)) else found
             for found in sibling_words]
    sibling_kinds = {kind.key for found in owned for table in (vocab.terms, vocab.context_terms)
                     for kind, _ in _matches(table, found) if table is vocab.terms or kind.key in _SIBLING_CONTEXT_KINDS}
    whose = (len(words) > 1 and words[-1] in vocab.whose_nouns
             and (words[-2] in vocab.thing_tables or singular_word(words[-2]) in vocab.thing_tables)
             and not any(words[-2] in subject.words | subject.nouns for subject in vocab.subjects))
    if whose:  # `job_profile`, `company_account`: the thing's profile or account, not a person's
        nouns = frozenset({words[-2], singular_word(words[-2])})
    person = bool(nouns & vocab.person_tables)
    linked = (person or bool(every & people) or any(_person_key(found, vocab) for found in sibling_words)
              or bool(sibling_kinds & {"user.contact.email", "user.contact.phone_number", "user.device.ip_address",
                                       "user.account.username", "user.name"}))
    subjects = {PERSON} if person else set()
    subjects |= {"@linked"} if linked else set()
    pairs = {f"{first}_{second}" for first, second in zip(words, words[1:])}
    keys = {"_".join(found) for found in sibling_words}
    episode = bool(keys & vocab.episode_keys)
    if not linked and not episode and not nouns & vocab.thing_tables and _demographics(sibling_words, vocab) >= 2:
        # `eeoc (gender_id, race_description, ...)`: only people have two such columns (a table
        # keyed to a person or an episode of care is about them, not of them)
        person = linked = True
        subjects |= {PERSON, "@linked"}
    for subject in vocab.subjects:
        named = (bool(nouns & subject.nouns and not nouns & subject.excluded) or bool(every & subject.words)
                 or bool(pairs & subject.phrases)) and not pairs & subject.excluded
        if (named or sibling_kinds & subject.siblings) and (linked or not subject.linked):
            subjects.add(subject.name)
    if "@address" in subjects:
        subjects.add("@postal")
    if nouns & vocab.name_table_nouns and (linked or any(word in people for word in words[:-1])):
        subjects.add("@names")  # `person_name`: a table of people's names, in parts
    if any("_".join(found) in vocab.first_names or "".join(found) in vocab.first_names for found in owned):
        subjects.add("@named")  # a first name next to it: `nom`, `name` is the person's name
        if sibling_kinds & _PERSON_ONLY and not person and not nouns & vocab.thing_tables:
            # `dirigeant_pp (nom, prenoms, date_de_naissance, genre)`: a first name and a birth
            # date or gender say the rows are people, whatever the table is called
            person = True
            subjects |= {PERSON, "@linked"}
    if person and vocab.name_parts <= {"_".join(found) for found in sibling_words}:
        subjects.add("@name_parts")  # `patients.first`, `patients.last`: a name in parts
    clinical = next(subject for subject in vocab.subjects if subject.name == "@clinical")
    clinical_record = not person and episode and (
        bool(nouns & clinical.nouns) or bool(every & clinical.words) or bool(keys & vocab.care_keys))
    if clinical_record:
        subjects.add("@record")  # a row of a person's care: the patient's insurance is theirs
    # `user_structure`, `customer_plans`: people's rows about a thing, not the thing's own row
    people_of_thing = any(word in people or singular_word(word) in people for word in words[:-1])
    thing = bool(nouns & vocab.thing_tables) and not people_of_thing
    if thing and nouns & vocab.owned_things and any(_person_key(found, vocab) for found in sibling_words if len(found) > 1):
        thing = False  # `notification_settings.user_id`: a person's own settings
    if len(words) > 1 and singular_word(words[0]) in vocab.thing_tables and not people_of_thing and (
            words[-1] in vocab.media or words[-1] in vocab.account_services):
        thing = True  # `channel_email`, `channel_whatsapp`: a kind of the thing (a company's channel)
    if "@address" in subjects and not linked and referrers and not thing:
        thing = all(_table_context(referrer, ()).thing for referrer in referrers)
    vocabulary_table = bool(siblings) and not linked and not episode and not keys & vocab.care_keys
    # customers or accounts that have contact persons of their own are businesses
    organisation = person and any("_".join(found) in vocab.organisation_markers or "".join(found) in vocab.organisation_markers
                                  for found in sibling_words)
    # a row with a business's own attributes (`industry`, `annual_revenue`) is a company's, though
    # what points at it (a card's `account_id`) is not thereby a company's: it ships to nobody
    business = person and bool(nouns & vocab.party_nouns) and not organisation and any(
        "_".join(found) in vocab.business_attributes or "".join(found) in vocab.business_attributes for found in sibling_words)
    if not person and not thing:
        # `service_antenne (name, contact_lastname, contact_email)`, `tis (etablissement, adresse)`: a
        # business with a contact person of its own, or named as an establishment
        organisation = any(_contact_person(found, vocab) or "_".join(found) in vocab.organisation_names
                           or "_".join(found) in vocab.organisation_markers for found in sibling_words)
    # `usager_history_states.usager_uuid`: the rows of the person its name starts with, not their settings
    persons_own = (len(words) > 1 and not nouns & vocab.owned_things
                   and any(len(found) > 1 and found[0] == words[0] and _person_key(found, vocab) for found in sibling_words))
    if persons_own:
        subjects.add("@own")  # `user_statuses.message`: what the person wrote of themselves
    workplace = bool({singular_word(noun) for noun in nouns} & vocab.professionals) and bool(keys & vocab.workplace_keys)
    return TableContext(nouns, frozenset(subjects), thing, clinical_record, vocabulary_table, organisation or business, for_business,
                        persons_own, workplace, business)


def _demographics(sibling_words: list[list[str]], vocab: Vocabulary) -> int:
    """How many columns hold a kind only people have (`gender`, `gender_id`, `race_description`,
    `date_of_birth`), the code or label of such a kind included."""
    count = 0
    for words in sibling_words:
        for stem in _stems(words, vocab):
            if (any(kind.key in vocab.demographic_kinds for kind, _ in _matches(vocab.terms, stem))
                    or "_".join(stem) in vocab.demographic_context_terms):
                count += 1
                break
    return count


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
            and any(kind.key == "user.name" for kind, _ in _matches(vocab.terms, words[1:])))


def _person_key(words: list[str], vocab: Vocabulary) -> bool:
    """`customer_id`, `patient_fk`, `salesperson_id`, a bare `patient`: a key of a person's row."""
    if len(words) == 1:
        owner = singular_word(words[0])
    elif len(words) >= 2 and words[-1] in vocab.person_key_endings:
        owner = singular_word(words[-2])
    else:
        return False
    if owner not in vocab.person_tables | vocab.person_words and len(owner) > 6:
        # `contactperson` kept whole (a known compound): its last word names the row
        owner = _segment(owner, vocab.lexicon - {owner}, vocab.connectors)[-1]
    return owner not in vocab.not_person_keys and owner in vocab.person_tables | vocab.person_words


# -- what a name and a type say (no pack involved) ----------------------------------------------
def base_type(column_type: str) -> str:
    return column_type.split("(")[0].strip().lower()


def evidence(table: str, column: str, column_type: str = "", siblings: Iterable[str] = (),
             referrers: Iterable[str] = (), businesses: Iterable[str] = ()) -> Evidence | None:
    """What the column's type, else its name, says it holds, judged in the context of its table
    (its name and, where known, its other columns and the tables that hold keys to its rows)."""
    vocab = vocabulary()
    siblings = tuple(siblings)
    context = table_context(table, siblings, referrers, businesses)
    sql_type = base_type(column_type)
    words = _words(column, vocab)
    if context.for_business and words and words[0] in vocab.address_qualifiers and not _of_contact(words, vocab):
        return None  # `orders.ship_name` of a company customer: where the company takes its goods
    if (context.thing or context.organisation) and not _of_contact(words, vocab, context):
        # a company's address, a server's IP, a plan's name: not a person's (its contact's are)
        found = _from_name(words, context, sql_type, vocab, column) if words else None
        audit = _audit_by(column, sql_type, vocab)
        if audit is not None:  # `structure_information.createdBy`: who did it is a person, even in a thing's row
            return audit
        if words and _named_in_person(words, siblings, vocab):
            for kind, term in (*_matches(vocab.terms, words), *_matches(vocab.context_terms, words)):
                if kind.key == "user.name":  # `services (nom, prenom, ...)`: a company has no first name
                    return Evidence(kind, True, f"its name: token '{term}' next to a bare first name: a person's")
        return found if found and found.kind.in_any_table else None
    if sql_type in vocab.type_kinds:
        return Evidence(vocab.type_kinds[sql_type], True, f"its type {sql_type}", by_type=True)
    if sql_type in vocab.boolean_types:
        if "@profile" in context.subjects and words and _profile_value(words, "", vocab):
            # `usager_entretien.revenus`: whether the person has an income, asked in an intake interview
            named = _from_name(words, context, sql_type, vocab, column)
            return Evidence(named.kind if named and named.confident else vocab.by_key["user"], True,
                            f"a yes or no about a person (table {table})")
        return _special_flag(words, context, vocab)  # else a flag says whether, not what (`email_valid`, `has_phone`)
    if sql_type in vocab.located_types and context.subjects & {PERSON, "@address"}:
        return Evidence(vocab.by_key["user.location.precise"], True, f"its type {sql_type} in table {table}", by_type=True)
    if not words:
        return None
    found = _from_name(words, context, sql_type, vocab, column)
    if found is not None and found.kind.key == "special.health" and context.vocabulary_table:
        return None  # `d_icd_diagnoses.icd9_code`: a list of codes, nobody's diagnosis
    if found is not None and context.workplace and found.kind.key.startswith(("user.contact.address", "user.location")):
        return None  # `providers.address` of a clinician with a key to their practice: the practice's address
    if found is not None and found.kind.plain and PERSON in context.subjects:
        return Evidence(found.kind, found.confident, found.reason, found.by_type, found.kind.plain)
    if found is not None:
        return found
    if words in (["value"], ["values"]) and context.subjects & {PERSON, "@linked", "@own"}:
        # `email_address.value`, `phone_number.value`: a person's value of the kind the table is named for
        for noun in sorted(context.nouns, key=lambda noun: (-noun.count("_"), noun)):
            for kind, term in _matches(vocab.terms, noun.split("_")):
                if not kind.not_in_own_table:
                    return Evidence(kind, True, f"its name: the value of '{term}' its table is named for")
    if len(words) > 1 and sql_type in vocab.date_types and PERSON in context.subjects and words[0] in (vocab.date_heads or {}):
        return Evidence((vocab.date_heads or {})[words[0]], True, f"its name: a date '{words[0]}' of a person, with its type {sql_type}")
    if context.clinical_record and _clinical_value(words, sql_type, vocab, column):
        return Evidence(vocab.by_key["special.health"], True, f"a value of a clinical record of a person (table {table})")
    if "@profile" in context.subjects and _profile_value(words, sql_type, vocab):
        last = tokens(column)[-1]  # `liencommunedetail`, folded: its unknown head stays whole
        if sql_type in vocab.text_types and ((len(words) > 1 and words[-1] in _DETAIL_WORDS) or any(
                last.endswith(word) and len(last) > len(word) + 2 for word in _DETAIL_WORDS)):
            # `revenus_detail`, `cause_detail`: the free-text account behind an answer
            return Evidence(vocab.by_key["user.content"], True, f"its name: the free-text detail '{column}' of a record about a person")
        return Evidence(vocab.by_key["user"], True, f"a value of a record of facts about a person (table {table})")
    if ("@names" in context.subjects and any(word in vocab.name_table_parts for word in words)
            and sql_type not in vocab.date_types | vocab.boolean_types and not _counter(words, vocab)):
        return Evidence(vocab.by_key["user.name"], True, f"its name: a part of a person's name ('{column}') in a table of names")
    if (context.subjects & {PERSON, "@pay"} and any(word in vocab.pay_words for word in words)
            and words[-1] not in vocab.pay_not_last and words[0] not in _FLAG_WORDS
            and (words[-1] in vocab.pay_words or not any(word in vocab.counter_any for word in words))
            and sql_type not in vocab.date_types | vocab.boolean_types):
        # `total_base_pay`, `annual_currency_summary_total_salary_and_allowances` (named last, the pay
        # itself, whatever the words before say)
        return Evidence(vocab.by_key["user"], True, f"its name: a person's pay ('{column}')")
    people = context.subjects & {PERSON, "@linked", "@profile", "@own"}
    if people and len(words) > 1 and any(word in vocab.pregnancy_words for word in words) and words[-1] not in vocab.counter_last:
        return Evidence(vocab.by_key["special.health"], True, f"its name: about a pregnancy or a birth ('{column}')")
    if people and len(words) > 1 and _about_dependants(words, vocab) and words[-1] not in _KEY_WORDS:
        # `age_of_dependent`, `date_child_entered_country`: facts about the person's children or spouse
        return Evidence(vocab.by_key["user"], True, f"its name: about the person's dependants ('{column}')")
    if (len(words) > 1 and any(word in vocab.birth_words for word in words) and words[-1] not in vocab.counter_last
            and words[0] not in vocab.counter_first and context.subjects & {PERSON, "@linked", "@profile", "@own"}):
        # `city_of_birth`, `country_region_of_birth`: where or how the person was born
        key = "user.demographic.date_of_birth" if sql_type in vocab.date_types else "user"
        return Evidence(vocab.by_key[key], True, f"its name: about the person's birth ('{column}')")
    suggested = _suggestion(words, sql_type, vocab)
    if suggested is not None:
        return suggested
    audit = _audit_by(column, sql_type, vocab)
    if audit is not None:
        return audit
    if sql_type in vocab.document_types and (PERSON in context.subjects or context.persons_own) and not _counter(words, vocab):
        return Evidence(vocab.by_key["user"], True, f"its type {sql_type}: a document about the person in table {table}")
    return None


def _about_dependants(words: list[str], vocab: Vocabulary) -> bool:
    """`number_of_child_dependents`, `age_of_dependent`: about the person's children or spouse (not
    `child_accounts`: records in a tree), unless a word is counter-evidence."""
    return (any(word in vocab.dependant_words for word in words)
            and not any(word in vocab.counter_any or word in vocab.not_dependants for word in words))


def _special_flag(words: list[str], context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A yes or no that is itself a special category or a family fact of a person (`union_member`,
    `is_hispanic_or_latino`, `caesarean_section_birth`, `multiple_child_indicator`): the answer is the data."""
    rest = [word for word in words if word not in _FLAG_WORDS]
    if not rest:
        return None
    for kind, term in _matches(vocab.terms, rest):
        if kind.key.startswith("special."):
            return Evidence(kind, True, f"its name: a yes or no of '{term}'")
    if not context.subjects & {PERSON, "@linked", "@profile", "@own"} or any(word in vocab.counter_any for word in rest):
        return None
    if any(word in vocab.pregnancy_words for word in rest):
        return Evidence(vocab.by_key["special.health"], True, "its name: a yes or no about a pregnancy or a birth")
    if _about_dependants(rest, vocab):
        return Evidence(vocab.by_key["user"], True, "its name: a yes or no about the person's dependants")
    return None


def _audit_by(column: str, sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """Who did it (`created_by`, `archivedBy`): a name or login as text, a document of them; a key as a number."""
    if not _AUDIT_BY.search(column):
        return None
    if sql_type in vocab.text_types:
        return Evidence(vocab.by_key["user.name"], True, f"its name: who did it ('{column}'), stored as {sql_type}")
    if sql_type in vocab.document_types:
        return Evidence(vocab.by_key["user"], True, f"its name: who did it ('{column}'), stored as a {sql_type} document")
    return None


def _named_in_person(words: list[str], siblings: Iterable[str], vocab: Vocabulary) -> bool:
    """Whether the column is a bare first name, or a bare name or surname next to one (`prenom`,
    `nom` beside `prenom`): only people have first names, whatever the table holds."""
    joined = "_".join(words)
    if joined in vocab.first_names or "".join(words) in vocab.first_names:
        return True
    bare = {"_".join(_words(sibling, vocab)) for sibling in siblings}
    return bool(bare & vocab.first_names) and len(words) <= 2


def _of_contact(words: list[str], vocab: Vocabulary, context: TableContext | None = None) -> bool:
    """`contact_name`, `primary_contact_email`: a detail of a business's contact person; in a table
    of things also one of another person (`manager_name`, `owner_email`), not of the row itself
    (`customer_name` in a business's `customers`)."""
    if any(word in vocab.contact_words for word in words):
        return True
    return (context is not None and len(words) > 1 and words[0] in vocab.person_words
            and words[0] not in context.nouns and singular_word(words[0]) not in context.nouns)


def _clinical_value(words: list[str], sql_type: str, vocab: Vocabulary, column: str) -> bool:
    """Not a key, time, unit or record-keeping field of a clinical record (`charttime`, `valueuom`);
    its `value` is what was measured, also when it is a date."""
    if words == ["value"]:
        return True
    if sql_type in vocab.date_types or sql_type in vocab.boolean_types:
        return False
    for suffix in vocab.coded_suffixes:  # `route_concept_id`, `drug_source_value`: a code for `route`, `drug`
        if len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix:
            words = words[:-len(suffix)]
            break
    if any(word in vocab.clinical_not_words for word in words):
        return False  # `admitted_from`, `lot_number`, `range_low`, `note_class`: about the record, not the person
    if "_".join(words) in vocab.episode_keys | vocab.care_keys:
        return False  # a bare `patient`, `encounter`: the row's key to the patient or the visit
    if _AUDIT_BY.search(column) or (len(words) == 1 and _person_key(words, vocab)):
        return False  # `prescribed_by`, a bare `creator`: who wrote the record, not what it says
    last = words[-1]
    if len(words) > 1 and words[-2] in vocab.clinical_value_keys and last in ("id", "code", "cd"):
        return True  # `itemid`, `spec_itemid`: the measurement, drug or organism itself
    if len(words) > 1 and words[-2] in ("value", "result") and last in ("num", "numeric", "number"):
        return True  # `valuenum`: the measured value as a number
    if words[0] in _FLAG_WORDS or any(word in _UNIT_WORDS for word in words):
        return False  # `has_chartevents_data`, `dose_unit_rx`
    whole = tokens(column)[-1] if tokens(column) else last  # `statusdescription` before it was split
    if last in vocab.clinical_not_values or any(inside in whole for inside in vocab.clinical_not_inside):
        return False  # `seq_num`, `statusdescription`
    if last.endswith("id") and last.endswith(_NOT_KEYS):
        return True  # thyroid, fluid, covid: words, not keys
    return not any(last.endswith(end) and len(last) > len(end) for end in vocab.clinical_not_endings)


def _profile_value(words: list[str], sql_type: str, vocab: Vocabulary) -> bool:
    """Not a key, count, time, flag or setting of a record about a person (`cust_id`, `updated_at`)."""
    if sql_type in vocab.date_types or sql_type in vocab.boolean_types or words[0] in _FLAG_WORDS:
        return False
    return not _counter(words, vocab) and words[-1] not in vocab.person_key_endings


_FLAG_WORDS = frozenset({"is", "has", "have", "can", "should", "allow"})
_PERSON_ONLY = frozenset({"user.demographic.date_of_birth", "user.demographic.gender"})  # only people have these
_DETAIL_WORDS = frozenset({"detail", "details", "explanation", "precision", "precisions", "comment", "comments", "text"})
_NUMBER_WORDS = frozenset({"id", "no", "nr", "num", "number"})
_KEY_WORDS = frozenset({"id", "ids", "uuid", "guid", "key", "fk", "pk", "ref", "sk"})
_UNIT_WORDS = frozenset({"unit", "units", "uom"})
_NOT_KEYS = ("oid", "uid", "cid", "lid", "rid", "pid", "vid")  # thyroid, fluid, acid, valid, hybrid, rapid, covid
_AUDIT_BY = re.compile(r"[a-z](?:_|-)?(?:by|By|BY)$")  # created_by, archivedBy: who did it


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
    return _resolved(words, context, sql_type, vocab, column)


def _resolved(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary,
              column: str | None) -> Evidence | None:
    """The whole name; a code of a kind whose code is the data; an account of a service; the last word."""
    found = _whole_name(words, context, sql_type, vocab, column)
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
            for kind, term in _matches(vocab.coded_terms, stem):
                if kind.contexts & (context.nouns | context.subjects):
                    return Evidence(kind, True, f"its name: token '{term}' coded as '{'_'.join(suffix)}' in its table")
    if len(words) == 1 and words[0] in vocab.account_services and context.subjects & {PERSON, "@linked"}:
        return Evidence(vocab.by_key["user.account.username"], True, f"its name: the person's account on {words[0]}")
    if len(words) > 1 and words[0] in vocab.account_services and "_".join(words[1:]) in vocab.account_endings:
        return Evidence(vocab.by_key["user.account.username"], True, f"its name: an account on {words[0]}")
    owned = _owned(words, context, sql_type, vocab)
    if owned:
        return owned
    for size in (2, 3):  # `spree_api_key`, `github_access_token`: a credential named last
        if len(words) > size and any(kind.key == CREDENTIALS for kind, _ in _matches(vocab.terms, words[-size:])):
            return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: a credential '{'_'.join(words[-size:])}'")
    if len(words) > 1 and words[-1] in _NUMBER_WORDS and sql_type in vocab.text_types:
        # `passport_id varchar`, `ssn_no`: the identifier itself as text, not a key to a row
        found = _whole_name(words[:-1], context, sql_type, vocab, None)
        if found and found.kind.key.startswith("user.government_id"):
            return Evidence(found.kind, True, f"{found.reason}, its number stored as {sql_type}")
    qualified = _qualified_term(words, context, vocab, column)
    if qualified:
        return qualified
    head = vocab.head_words.get(words[-1])
    blocked = any(word in vocab.head_counter or word in vocab.counter_any for word in words[:-1])
    if head and not blocked:
        return Evidence(head, True, f"its name: token '{words[-1]}'")
    if len(words) > 1 and words[-1] in vocab.trailing_qualifiers and sql_type not in vocab.date_types:
        # `email_change_token_new`, `email_change`: which value of the rest (the new, the current)
        found = _resolved(words[:-1], context, sql_type, vocab, None)
        if found and found.confident:
            return Evidence(found.kind, True, f"{found.reason}, the {words[-1]} one")
    return None


def _qualified_term(words: list[str], context: TableContext, vocab: Vocabulary, column: str | None) -> Evidence | None:
    """A term named last after words that are not known qualifiers (`local_first_name`,
    `tertiary_last_name`, `to_email`, `verification_verified_name`), in a table of people or linked
    to them: which of the person's values it is; not when a word is counter-evidence
    (`campaign_email`, `server_ip_address`, `date_author`), nor inside a word run together
    (`dealname` is not `dea` + `lname`)."""
    if len(words) < 2 or not context.subjects & {PERSON, "@linked", "@own", "@profile"} or words[0] in vocab.counter_first:
        return None
    if any(word in vocab.counter_any or word in vocab.head_counter for word in words):
        return None
    for start in _word_starts(column, vocab) if column else range(1, len(words)):
        if start < 1 or start >= len(words) or any(word in vocab.counter_last for word in words[:start]):
            continue
        for kind, term in _matches(vocab.terms, words[start:]):
            if not (kind.not_in_own_table and term in context.nouns):
                return Evidence(kind, True, f"its name: token '{term}' after '{'_'.join(words[:start])}'")
    return None


def _word_starts(column: str, vocab: Vocabulary) -> list[int]:
    """Where each of the name's own tokens starts among its words (`property_dealname` -> 0, 1)."""
    starts, count = [], 0
    for token in tokens(column):
        starts.append(count)
        count += len(_words(token, vocab))
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
        found = _whole_name(words[:-1], context, sql_type, vocab, None)
        if found and found.kind.key.startswith(("user.contact.", "user.name")):  # not `comment_agent`
            return Evidence(found.kind, True, f"{found.reason} of a person ('{'_'.join(words)}')")
    return None


def _matches(table: Terms, words: list[str]) -> list[tuple[Kind, str]]:
    if not words:
        return []
    for candidate in (words, words[:-1] + [singular_word(words[-1])]):
        for form in ("_".join(candidate), "".join(candidate)):
            if form in table:
                return [(kind, "_".join(candidate)) for kind in table[form]]
    return []


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
        own = joined in context.nouns or (step == 1 and _abbreviates(prefix[0], context.nouns, vocab))
        if len(rest) > 2 and rest[1] in vocab.containers and not own and prefix[0] not in vocab.counter_any:
            prefix = rest[:2]  # `tax_info_`, `billing_details_`: the object's name and the container word
            step = 2
        elif len(rest) > 2 and not own and "_".join(rest[:2]) in vocab.qualifiers | vocab.person_words:
            prefix = rest[:2]  # `bill_to_`, `emergency_contact_`: a qualifier or person of two words
            step = 2
        elif not (own or prefix[0] in vocab.qualifiers or prefix[0] in vocab.person_words or prefix[0] in vocab.containers):
            break
        # the table's own two-word noun (`customer_category_` in `customer_categories`,
        # `delivery_method_` in `delivery_methods`) says what the table is, not whose the name is
        whole_noun = step == 2 and "_".join(prefix) in context.nouns
        person = person or (prefix[0] in vocab.person_words and not whole_noun) or (own and PERSON in context.subjects) or (
            "_".join(prefix) in vocab.person_words)
        postal = postal or (prefix[0] in vocab.address_qualifiers and not whole_noun)
        rest = rest[step:]
        if (prefix[-1] in vocab.containers and len(rest) == 1 and rest[0] in vocab.container_own
                and not (step == 2 and (prefix[0] in vocab.qualifiers or prefix[0] in vocab.person_words))):
            break  # `property_name`, `custom_field_name`: the object's own field; `billing_details_name` is the payer's
        found.append((rest, person, postal))
    return found


def _abbreviates(word: str, nouns: frozenset[str], vocab: Vocabulary) -> bool:
    """`cust` in `customers`, `emp` in `employees`: a column prefix that shortens the table's
    own head noun (at least 3 letters, not itself a known word)."""
    return (len(word) >= 3 and word not in vocab.lexicon
            and any(noun.startswith(word) and len(noun) > len(word) for noun in nouns if "_" not in noun))


def _whole_name(words: list[str], context: TableContext, sql_type: str, vocab: Vocabulary,
                column: str | None) -> Evidence | None:
    """The whole name is a term (`email`, `FirstName`, `dob`), possibly after qualifiers or an
    owner (`billing_address`, `customer_email`); context terms (`name`, `state`) only in a table
    of their context, of a person owner or, for address parts, after an address qualifier."""
    if not words:
        return None
    for candidate, person, postal in _prefixes(words, context, vocab):
        shown = column.lower() if column and candidate is words else None
        for kind, term in _matches(vocab.terms, candidate):
            if not (kind.not_in_own_table and term in context.nouns):
                return Evidence(kind, True, f"its name: token '{shown or term}'")
        for kind, term in _matches(vocab.context_terms, candidate):
            if kind.not_in_own_table and term in context.nouns:
                continue
            if kind.key == "user.content" and "@failures" in context.subjects:
                continue  # `error_logs.message`, `email_recipient_failures.message`: the system's words
            if person and PERSON in kind.contexts:
                return Evidence(kind, True, f"its name: token '{term}' of a person ('{'_'.join(words)}')")
            if postal and kind.contexts & {"@postal", "@address"}:
                return Evidence(kind, True, f"its name: token '{term}' of an address ('{'_'.join(words)}')")
            if kind.contexts & (context.nouns | context.subjects) or (PERSON in kind.contexts and "@profile" in context.subjects):
                # a record of facts about one person (an intake interview) speaks of the person
                return Evidence(kind, True, f"its name: token '{shown or term}' in its table")
            if kind.key == "user.name" and "@named" in context.subjects and not context.thing:
                return Evidence(kind, True, f"its name: token '{shown or term}' next to a first name")
        for kind, term in _matches(vocab.dated_terms, candidate):
            if sql_type in vocab.date_types:
                return Evidence(kind, True, f"its name: token '{shown or term}' with its type {sql_type}")
    return None


def _counter(words: list[str], vocab: Vocabulary, last: bool = True) -> bool:
    """Counter-evidence: an id or key, a count, a point in time, a flag or a setting about the
    data (`email_campaign_id`, `email_count`, `email_sent_at`, `is_email_verified`), or a thing
    that is not a person owning it (`plan_name`, `campaign_name`)."""
    if not words:
        return False
    return ((last and words[-1] in vocab.counter_last) or words[0] in vocab.counter_first
            or any(word in vocab.counter_any for word in words))


def _suggestion(words: list[str], sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A longer name that contains a word of a kind (`email_info`): a low-confidence guess,
    unless the rest of the name is counter-evidence."""
    if len(words) > 1 and _counter(words, vocab):
        return None
    found = _matches(vocab.dated_terms, words)
    if found and not sql_type:
        return Evidence(found[0][0], False, f"the name is '{found[0][1]}'")
    if len(words) < 2:
        return None
    for word in words:
        kind = vocab.words.get(word) or vocab.words.get(singular_word(word))
        if kind:
            return Evidence(kind, False, f"the name contains '{word}'")
    return None


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
          siblings: Iterable[str] = (), referrers: Iterable[str] = (), businesses: Iterable[str] = ()) -> Inference | None:
    """The category a column's type or name gives in the packs in force (`siblings`: the table's
    columns, `referrers`: the tables holding keys to its rows, `businesses`: the company tables its
    customer keys point at, where known): a pack's own category
    from any pack first, else the generic key; None when nothing (or no pack) recognises it."""
    packs = list(packs)
    words = _words(column, vocabulary())
    named = next((hit for pack in packs if (hit := _named_by_pack(table, words, pack))), None)
    if named:
        return Inference(named, True, f"its name: the pack's category {named} for table {table}", False)
    found = evidence(table, column, column_type, siblings, referrers, businesses)
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


def _named_by_pack(table: str, words: list[str], pack: Pack) -> str | None:
    """The pack's category named by the table and the whole column name (`companies.name` ->
    `company.name`, `devices.os` -> `device.os`), unless the name is a key, count or time."""
    if not words or words[-1] in vocabulary().counter_last:
        return None
    category = f"{singular(table)}.{'_'.join(words)}"
    return category if category in pack.categories else None


# -- the entry points other modules use ----------------------------------------------------------
def category_from_name(table: str, column: str, pack: Pack, column_type: str = "") -> str | None:
    """The category a column's name decides (a whole-name match), in one pack."""
    found = infer(table, column, column_type, [pack])
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

