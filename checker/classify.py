"""Column classification: what a column's name and type say it holds.

Names and types give a key of the shared taxonomy (`user.contact.email`, `special.health`: the
categories of rules/gdpr-baseline.yaml); a pack then takes, for that key, its own category that
says it `is` the key (preferring the table's group: a `customers` table's email is
`customer.email`), else the key itself, which every pack knows through gdpr-baseline.

Classification is a pure function of (table name, column name, column type, pack); the vocabulary
(English, Bulgarian in Latin and Cyrillic, German, French, Spanish), the table context and the
counter-evidence are data: checker/data/name_hints.json. Declared annotations always win; this
is the fallback for columns nobody annotated and for `privgate init` proposals.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Iterable

from checker.policy.model import Pack, lineage_of

PERSON = "@person"  # in a kind's `context_tables`: any person-like table


@dataclass(frozen=True)
class Kind:
    """One kind of data a name can say: a taxonomy key, or pack vocabulary (`concept`)."""

    key: str
    concept: str | None
    context_tables: frozenset[str]
    not_in_own_table: bool


@dataclass(frozen=True)
class Evidence:
    """What a name or type says: the kind, whether it decides (else a PUR005 suggestion), and why."""

    kind: Kind
    confident: bool
    reason: str  # "its name: token 'email'", "its type inet", "the name contains 'email'"
    by_type: bool = False


@dataclass(frozen=True)
class Inference:
    """A column's inferred category in the packs in force, with what decided it."""

    category: str
    confident: bool
    reason: str
    by_type: bool


@dataclass(frozen=True)
class Vocabulary:
    terms: dict[str, Kind]  # whole names (normalised, and without separators) -> kind
    context_terms: dict[str, Kind]  # whole names that need a table of the kind's context
    dated_terms: dict[str, Kind]  # whole names that need a date type (born, birth)
    head_words: dict[str, Kind]  # the last word decides (`current_sign_in_ip`)
    words: dict[str, Kind]  # a word inside a longer name: a suggestion only
    qualifiers: frozenset[str]
    person_tables: frozenset[str]
    person_words: frozenset[str]
    thing_tables: frozenset[str]
    connectors: frozenset[str]
    counter_last: frozenset[str]
    counter_first: frozenset[str]
    counter_any: frozenset[str]
    type_kinds: dict[str, Kind]
    date_types: frozenset[str]
    boolean_types: frozenset[str]


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
    name = _uncamel(name.translate(_GERMAN))
    plain = "".join(char for char in unicodedata.normalize("NFKD", name.casefold())
                    if not unicodedata.combining(char))
    return _PARTS.findall(plain)


def _words(name: str, vocabulary: Vocabulary | None = None) -> list[str]:
    """The tokens that carry meaning: digits and connectors (`de`, `of`, `на`) dropped."""
    connectors = vocabulary.connectors if vocabulary else frozenset()
    return [token for token in tokens(name) if not token.isdigit() and token not in connectors]


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
    data = json.loads(resources.files("checker.data").joinpath("name_hints.json").read_text("utf-8"))
    return _vocabulary(data)


def _vocabulary(data: dict[str, Any]) -> Vocabulary:
    connectors = frozenset(data["connectors"])
    bare = Vocabulary({}, {}, {}, {}, {}, frozenset(), frozenset(), frozenset(), frozenset(), connectors,
                      frozenset(), frozenset(), frozenset(), {}, frozenset(), frozenset())

    def normal(term: str) -> str:
        return "_".join(_words(term, bare))

    person_tables = frozenset(normal(name) for name in data["person_tables"])
    tables: dict[str, dict[str, Kind]] = {"terms": {}, "context_terms": {}, "dated_terms": {}, "head_words": {}, "words": {}}
    by_key: dict[str, Kind] = {}
    for entry in data["kinds"]:
        context = frozenset(normal(name) for name in entry.get("context_tables", [PERSON]) if name != PERSON)
        if PERSON in entry.get("context_tables", [PERSON]):
            context |= person_tables
        kind = Kind(entry["key"], entry.get("concept"), context, entry.get("not_in_own_table", False))
        by_key.setdefault(kind.key, kind)
        for field, table in tables.items():
            for term in entry.get(field, []):
                table.setdefault(normal(term), kind)
                table.setdefault(normal(term).replace("_", ""), kind)  # firstname, e-mail -> email
    counter = data["counter"]
    types = data["types"]
    return Vocabulary(
        terms=tables["terms"], context_terms=tables["context_terms"], dated_terms=tables["dated_terms"],
        head_words=tables["head_words"], words=tables["words"],
        qualifiers=frozenset(normal(word) for word in data["qualifiers"]), person_tables=person_tables,
        person_words=frozenset(normal(word) for word in data["person_words"]),
        thing_tables=frozenset(normal(word) for word in data["thing_tables"]), connectors=connectors,
        counter_last=frozenset(counter["last_words"]), counter_first=frozenset(counter["first_words"]),
        counter_any=frozenset(counter["any_words"]),
        type_kinds={name: by_key[key] for name, key in types["kinds"].items() if not name.startswith("_")},
        date_types=frozenset(types["dates"]), boolean_types=frozenset(types["booleans"]))


# -- what a name and a type say (no pack involved) ----------------------------------------------
def _table_nouns(table: str) -> set[str]:
    """The head noun, and the last two words together (`user_profiles` -> `user_profile`)."""
    words = _words(table.split(".")[-1], vocabulary())
    if not words:
        return set()
    nouns = {singular_word(words[-1]), words[-1]}
    if len(words) > 1:
        nouns |= {f"{words[-2]}_{singular_word(words[-1])}", f"{words[-2]}_{words[-1]}"}
    return nouns


def base_type(column_type: str) -> str:
    return column_type.split("(")[0].strip().lower()


def evidence(table: str, column: str, column_type: str = "") -> Evidence | None:
    """What the column's type, else its name, says it holds, judged in the context of its table."""
    vocab = vocabulary()
    nouns = _table_nouns(table)
    if nouns & vocab.thing_tables:
        return None  # a company's address, a server's IP, a plan's name: not a person's
    sql_type = base_type(column_type)
    if sql_type in vocab.type_kinds:
        return Evidence(vocab.type_kinds[sql_type], True, f"its type {sql_type}", by_type=True)
    if sql_type in vocab.boolean_types:
        return None  # a flag says whether, not what (`email_valid`, `has_phone`)
    words = _words(column, vocab)
    if not words:
        return None
    return _whole_name(words, nouns, table, sql_type, vocab, column) or _suggestion(words, sql_type, vocab)


def _lookup(table: dict[str, Kind], words: list[str]) -> tuple[Kind, str] | None:
    for candidate in (words, words[:-1] + [singular_word(words[-1])]):
        for form in ("_".join(candidate), "".join(candidate)):
            if form in table:
                return table[form], "_".join(candidate)
    return None


def _whole_name(words: list[str], nouns: set[str], table: str, sql_type: str, vocab: Vocabulary,
                column: str) -> Evidence | None:
    """The whole name is a term (`email`, `FirstName`, `dob`), possibly after qualifiers
    (`billing_address`, `customer_email`); context terms (`name`) only in a table of their context."""
    stripped = words
    person_owner = False
    while len(stripped) > 1 and (stripped[0] in vocab.qualifiers or stripped[0] in vocab.person_words):
        person_owner = person_owner or stripped[0] in vocab.person_words
        stripped = stripped[1:]
    for candidate in ([words, stripped] if stripped != words else [words]):
        found = _named(_lookup(vocab.terms, candidate), column if candidate is words else None)
        if found and not (found[0].not_in_own_table and nouns & {found[1]}):
            return Evidence(found[0], True, f"its name: token '{found[1]}'")
        found = _named(_lookup(vocab.context_terms, candidate), column if candidate is words else None)
        if found and not (found[0].not_in_own_table and nouns & {found[1]}):
            kind, term = found
            if person_owner and _settled_by_person(kind, vocab):
                return Evidence(kind, True, f"its name: token '{term}' of a person ('{'_'.join(words)}')")
            if nouns & kind.context_tables:
                return Evidence(kind, True, f"its name: token '{term}' in table {table}")
        found = _named(_lookup(vocab.dated_terms, candidate), column if candidate is words else None)
        if found and sql_type in vocab.date_types:
            return Evidence(found[0], True, f"its name: token '{found[1]}' with its type {sql_type}")
    head = vocab.head_words.get(words[-1])
    if head and not _counter(words[:-1], vocab, last=False):
        return Evidence(head, True, f"its name: token '{words[-1]}'")
    return None


def _named(found: tuple[Kind, str] | None, column: str | None) -> tuple[Kind, str] | None:
    """The match, shown as the column's own name when the whole name matched (`date_of_birth`)."""
    return (found[0], column.lower()) if found and column else found


def _settled_by_person(kind: Kind, vocab: Vocabulary) -> bool:
    """A kind whose context terms a person owner settles (`customer_name`, but not `customer_platform`)."""
    return bool(kind.context_tables & vocab.person_tables)


def _counter(words: list[str], vocab: Vocabulary, last: bool = True) -> bool:
    """Counter-evidence: an id or key, a count, a point in time, a flag or a setting about the
    data (`email_campaign_id`, `email_count`, `email_sent_at`, `is_email_verified`), or a thing
    that is not a person owning it (`plan_name`, `campaign_name`)."""
    if not words:
        return False
    return ((last and words[-1] in vocab.counter_last) or words[0] in vocab.counter_first
            or any(word in vocab.counter_any for word in words))


def _suggestion(words: list[str], sql_type: str, vocab: Vocabulary) -> Evidence | None:
    """A longer name that contains a word of a kind (`contact_email_2`): a low-confidence guess,
    unless the rest of the name is counter-evidence."""
    if len(words) > 1 and _counter(words, vocab):
        return None
    found = _lookup(vocab.dated_terms, words)
    if found and not sql_type:
        return Evidence(found[0], False, f"the name is '{found[1]}'")
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


def infer(table: str, column: str, column_type: str, packs: Iterable[Pack]) -> Inference | None:
    """The category a column's type or name gives in the packs in force: a pack's own category
    from any pack first, else the generic key; None when nothing (or no pack) recognises it."""
    packs = list(packs)
    words = _words(column, vocabulary())
    named = next((hit for pack in packs if (hit := _named_by_pack(table, words, pack))), None)
    if named:
        return Inference(named, True, f"its name: the pack's category {named} for table {table}", False)
    found = evidence(table, column, column_type)
    if found is None:
        return None
    names = set(words) | {"_".join(words)}
    kind = found.kind
    category = next((hit for pack in packs
                     if (hit := category_for_key(kind.key, table, pack, names, kind.concept, generic=False))), None)
    category = category or next((hit for pack in packs if (hit := category_for_key(kind.key, table, pack, names, kind.concept))), None)
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


def category_from_type(table: str, column_type: str, pack: Pack) -> str | None:
    """The category a column's SQL type decides (the type admits nothing else: inet, macaddr)."""
    found = infer(table, "", column_type, [pack]) if column_type else None
    return found.category if found and found.by_type else None


def suggestion_from_name(table: str, column: str, pack: Pack) -> tuple[str, str] | None:
    """A low-confidence guess from one word of a longer name (`contact_email_2` -> email): the
    category and why, for an "undeclared personal data?" suggestion rather than a category."""
    found = infer(table, column, "", [pack])
    return (found.category, found.reason) if found and not found.confident else None


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


def singular(table: str) -> str:
    name = table.split(".")[-1].lower()
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name
