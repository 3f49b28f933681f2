"""A table's column code: the short code of the table that legacy schemas put before each of its
columns' names (Open Hospital's `OH_PATIENT (PAT_SNAME, PAT_BDATE)`, `OH_LABORATORY (LAB_SEX)`,
OrangeHRM's `hs_hr_employee (emp_firstname)`, Oracle's `sh.customers (cust_first_name)`), as
Clarion, Delphi and Access-era applications and many Italian and Latin-American business
systems name them. The code marks the table, not what a column holds: the name is read after it.
ChurchCRM's tag at the end of the table's name (`person_per (per_FirstName)`) is
table_context.column_tag's. Applications written in French, Spanish or Italian put the code after the
name instead, as their languages put the owner after the noun (Galette's `galette_adherents (nom_adh,
prenom_adh, email_adh)`): `column_ending`."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from checker.name_words import SHORT_PIECES, Vocabulary, name_words, singular_word, vocabulary

_SHARED_BY = 3  # columns at least, and half the table's: a code marks the table, not a few of its columns


def column_code(table_words: list[str], columns: Sequence[str], vocab: Vocabulary) -> tuple[str, ...]:
    """The word most of the table's columns start with, when it is a clipping of the table's name
    (its letters in order from the start of one of the name's words: `pat` patient, `lab` laboratory,
    `sea` session audit, `cust` customers), as words; else none. A word of the name itself carries
    meaning (`user_` in `phpbb_users`, `order_` in `orders`), as does one the name does not shorten
    (`billing_`, `shipping_` in an orders table)."""
    named = [words for column in columns if len(words := name_words(column, vocab)) > 1]
    code = _commonest(named, 0, len(columns))
    if not code or (code in _own_words(table_words) and not _abbreviation_as_code(code, named, vocab)) or not (
            clips(code, table_words) or code in table_words):
        return ()
    rests = [words[1:] for words in named if words[0] == code]
    following = _commonest([rest for rest in rests if len(rest) > 1], 0, len(columns))
    # the word most columns also share after the code (Open Hospital's `OH_DICOM (DM_FILE_PAT_NAME,
    # DM_FILE_PAT_SEX, DM_FILE_ST_DATE)`: the file's, as every column of the table is)
    return (code, following) if following else (code,)


_ABBREVIATION = 3  # letters at most: `qa` (questions and answers), `hr`, no word of its own


def _abbreviation_as_code(code: str, named: list[list[str]], vocab: Vocabulary) -> bool:
    """A word of the table's name that is an abbreviation, no word of the vocabulary, and marks most of its
    columns before a known column word (GNUBOARD's `g5_qa_content (qa_name, qa_email, qa_subject)`: the Q&A's
    code, as `mb_` is the member's): a code, though the name spells it."""
    if not 2 <= len(code) <= _ABBREVIATION or code in vocab.lexicon or code in SHORT_PIECES:
        return False  # a single letter is the application's prefix (OpenPNE's `c_friend (c_member_id_from)`)
    rests = [words[1:] for words in named if words[0] == code]
    known = sum(all(word in vocab.lexicon for word in rest) for rest in rests)
    return 2 * known > len(rests)


def column_ending(table_words: list[str], columns: Sequence[str], vocab: Vocabulary) -> str:
    """The word most of the table's columns end with, when it is a clipping of the table's name and no
    word of its own (`adh` in Galette's `galette_adherents (nom_adh, ville_adh, email_adh)`, `cotis` in
    `galette_cotisations`); else ''. A known word carries meaning (`email_setting`, `sms_setting` in
    `user_settings`: settings, not addresses), as a word of the name does (`created_at` in `accounts`)."""
    named = [words for column in columns if len(words := name_words(column, vocab)) > 1]
    code = _commonest(named, -1, len(columns))
    if (len(code) < 2 or code in _own_words(table_words) or code in vocab.lexicon or code in SHORT_PIECES
            or not clips(code, table_words)):
        return ""
    return code


@lru_cache(maxsize=4096)
def table_ending(table_words: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The code the table's columns end with (`column_ending`) and its columns without it; once per table,
    not for each of its columns."""
    vocab = vocabulary()
    ending = column_ending(list(table_words), columns, vocab)
    return ending, tuple(without_ending(column, ending, vocab) for column in columns) if ending else columns


def without_ending(column: str, ending: str, vocab: Vocabulary) -> str:
    """A column's name without the code its table's columns end with (`nom_adh` -> nom), when a word is left."""
    words = name_words(column, vocab)
    return "_".join(words[:-1]) if len(words) > 1 and words[-1] == ending else column


def _commonest(named: list[list[str]], at: int, total: int) -> str:
    """The word most of the named columns have at `at` (0 their first, -1 their last), when at least
    _SHARED_BY of them do and half of the table's `total` columns; else ''."""
    counted = Counter(words[at] for words in named)
    if not counted:
        return ""
    word, count = counted.most_common(1)[0]
    return word if count >= _SHARED_BY and 2 * count >= total else ""


def _own_words(table_words: list[str]) -> set[str]:
    """The words of the table's name, singular too: a column starting or ending with one is named by it."""
    return set(table_words) | {singular_word(word) for word in table_words}


def clips(code: str, table_words: list[str]) -> bool:
    """Whether `code` is a clipping of the table's name (`clipped_at`: `pat` in oh_patient, `sea` in
    oh_session_audit), shorter than what it clips."""
    name = "_".join(table_words)
    return any(len(code) < len(name) - start for start in clipped_at(code, name))


def clipped_at(code: str, name: str) -> list[int]:
    """Where `code` clips `name` (words joined by `_`): the starts of the name's words from which the code's
    letters follow in order (`ebsal` at basicsalary in emp_basicsalary, `per` at person in person_per)."""
    return [start for start in range(len(name)) if name[start] == code[0] and (start == 0 or name[start - 1] == "_")
            and _letters_in_order(code, name[start:])]


def _letters_in_order(letters: str, text: str) -> bool:
    """Whether `letters` occur in `text` in order (not necessarily adjacent)."""
    rest = iter(text)
    return all(letter in rest for letter in letters)


_UUID_LENGTHS = frozenset({"32", "36"})  # `char(36)`: a UUID kept as text numbers the row, no login


def coded_login(table_words: list[str], columns: dict[str, str], vocab: Vocabulary) -> str:
    """The login of a table of accounts whose columns carry its code (GNUBOARD's `g5_member (mb_no, mb_id
    varchar(20), mb_password, mb_name)`, gnuboard4's `g4_member`): `<code>_id` kept as text is the ID the
    member signs in with, and every table keyed to a member holds it (`g5_point.mb_id`,
    `g5_memo.me_recv_mb_id`); as lower-case words joined by `_` (`mb_id`), or '' (a UUID kept as text, a
    table whose code is no clipping of its name). `columns`: the table's columns and their types."""
    code = column_code(table_words, list(columns), vocab)
    if not code:
        return ""
    for column, column_type in columns.items():
        if name_words(column, vocab) == [code[0], "id"]:
            base, _, size = column_type.lower().partition("(")
            if base.strip() in vocab.text_types and size.rstrip(") ") not in _UUID_LENGTHS:
                return f"{code[0]}_id"
    return ""


def numbered_field(column: str, code: tuple[str, ...]) -> bool:
    """A column named by its table's code and a number alone (GNUBOARD's `mb_1` ... `mb_10`, `wr_1`, `qa_1`):
    one of the spare fields a site fills with whatever it asks beyond the schema's own columns."""
    pieces = [piece for piece in re.split(r"[_\W]+", column.lower()) if piece]
    return bool(code) and len(pieces) == len(code) + 1 and tuple(pieces[:-1]) == code and pieces[-1].isdigit()
