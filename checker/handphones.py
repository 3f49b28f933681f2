"""Korean, Indonesian and Malay schemas' short words for a person's particulars: `hp` (handphone: Korean
핸드폰, Indonesian and Malay HP) is the mobile number (GNUBOARD's `g5_member.mb_hp`, an Indonesian school's
`siswa.no_hp`), and a bare `birth` is the birth date, kept as text as often as as a date (GNUBOARD's
`mb_birth varchar(255)`, EC-CUBE's `dtb_customer.birth`). Elsewhere `hp` is hit points or horsepower (kept
as numbers) or a printer's maker, and `birth` a place or a count, so each is read so only in the row of a
person who has other contact or demographic particulars beside it. checker.classify decides when to ask.
"""

from __future__ import annotations

from typing import Iterable

from checker.name_words import PERSON, Vocabulary, matches, name_words
from checker.table_context import POSTED, TableContext, without_tag

_PHONE = "user.contact.phone_number"
_BIRTH_DATE = "user.demographic.date_of_birth"
_HANDPHONE = "hp"
_NUMBER_WORDS = frozenset({"no", "nomor", "nr", "num", "number", "nomer", "bon"})  # `no_hp`, `nomor_hp`, `hp_no`
_BIRTH = frozenset({"birth", "birthdate", "birthday"})
# what only a person's row holds beside them: a way to reach them, or who they are
_PARTICULARS = ("user.contact", "user.demographic")


def handphone(words: list[str], sql_type: str, context: TableContext, siblings: Iterable[str],
              vocab: Vocabulary) -> bool:
    """`mb_hp`, `no_hp`, `nomor_hp`, `hp_no` kept as text in a person's row (or one keyed to people, or a
    post's, its writer's) beside another of their particulars (an e-mail, an address, a birth date): their
    mobile number. Hit points and horsepower are numbers; a game's character or a car has no e-mail."""
    if _HANDPHONE not in words or len(words) > 2 or sql_type not in vocab.text_types | {""}:
        return False
    if len(words) == 2 and not set(words) - {_HANDPHONE} <= _NUMBER_WORDS:
        return False
    return _persons_row(words, context, siblings, vocab)


def bare_birth(words: list[str], sql_type: str, context: TableContext, siblings: Iterable[str],
               vocab: Vocabulary) -> bool:
    """`mb_birth varchar(255)`, `ch_birth`, a bare `birth` kept as text or a date in a person's row beside
    another of their particulars: the birth date (`19840312`), as the date types already say."""
    return (len(words) == 1 and words[0] in _BIRTH and (sql_type in vocab.text_types | vocab.date_types | {""})
            and _persons_row(words, context, siblings, vocab))


def named_beside_particulars(words: list[str], sql_type: str, context: TableContext, siblings: Iterable[str],
                             vocab: Vocabulary) -> bool:
    """A bare `name` kept as text beside a handphone or a bare birth and another particular of a person
    (GNUBOARD's identity-verification history `g5_member_cert_history (ch_name, ch_hp, ch_birth)`, YoungCart's
    orders `(od_name, od_email, od_hp)`): the name of the person. A pet has a birth date, not a mobile as well;
    a checkout's or a community's name beside an e-mail and a phone is its own (an order number, a place)."""
    return (words == ["name"] and sql_type in vocab.text_types | {""} and _names_the_idiom(siblings, context, vocab)
            and _particulars(words, context, siblings, vocab) >= 2)


def _names_the_idiom(siblings: Iterable[str], context: TableContext, vocab: Vocabulary) -> bool:
    """Whether a column of the row is a bare `hp` or `birth` (after the table's code): this family's idiom."""
    return any(len(words := without_tag(name_words(sibling, vocab), context.tag)) == 1 and words[0] in _BIRTH | {
        _HANDPHONE} for sibling in siblings)


def _persons_row(own: list[str], context: TableContext, siblings: Iterable[str], vocab: Vocabulary) -> bool:
    """A table of people, keyed to them or of their posts, whose other columns (not `own`) hold a particular
    of theirs (contact or demographic, also a bare `hp` or `birth`)."""
    return _particulars(own, context, siblings, vocab) >= 1


def _particulars(own: list[str], context: TableContext, siblings: Iterable[str], vocab: Vocabulary) -> int:
    """How many of the row's other columns (not `own`) hold a particular of a person, in a table of people,
    keyed to them or of their posts; none elsewhere."""
    if context.thing or context.organisation or context.lookup or not context.subjects & {PERSON, "@linked", POSTED}:
        return 0
    count = 0
    for sibling in siblings:
        words = without_tag(name_words(sibling, vocab), context.tag)
        if words == own:
            continue
        if set(words) & (_BIRTH | {_HANDPHONE}) or any(
                kind.key.startswith(_PARTICULARS) for kind, _ in matches(vocab.terms, words)):
            count += 1
    return count
