"""Free text, who writes it and about whom: a comment a person leaves on a row of people's data is
what they wrote, one an administrator or a developer writes to describe an object of the
application itself (a database table, a counter, a sequence, a kind of actor, a shop's delivery method, tied to
a person by no more than the stamp of who wrote it) is nobody's. Each
answers for a column checker.classify has already read as free text (`user.content`).
"""

from __future__ import annotations

from functools import cache

from checker.name_translations import translation_table
from checker.name_words import PERSON, Vocabulary, name_words
from checker.table_context import TableContext, person_key, table_context

# what a database or a code generator describes in a comment of its own (MySQL's
# information_schema `TABLES.TABLE_COMMENT`, `COLUMNS.COLUMN_COMMENT`; RuoYi's `gen_table.table_comment`)
_SCHEMA_OBJECTS = frozenset({"table", "tables", "tbl", "column", "columns", "col", "field", "fields", "index", "view",
                             "schema", "database", "db", "constraint", "routine", "procedure", "trigger", "sequence"})
_COMMENT_WORDS = frozenset({"comment", "comments", "remark", "remarks"})
_NAMING = ("name", "label", "title")  # the column a named object's row is known by, in English
# the day a row's event happened on (`buchung.datum`, `wkf_visas.date`): a record of something done, no object
_DAY_WORDS = frozenset({"date", "datum", "fecha", "dt"})
_ANNOTATIONS = ("comment", "comments", "note", "notes", "remark", "remarks")  # what a row is annotated with
# who wrote a row, as the stamps an application puts on it name them (EC-CUBE's `creator_id`, yudao's `updater`)
_ROW_AUTHORS = frozenset({"creator", "updater", "modifier", "editor"})


@cache
def _name_words() -> frozenset[str]:
    """`name`, `label`, `title` and their forms in the languages the vocabulary reads (`nom`, `libelle`, `titre`)."""
    table = translation_table()
    return frozenset(_NAMING) | {form for word in _NAMING for form in table.get(word, ()) if len(form) > 2}


def describes_a_schema_object(words: list[str]) -> bool:
    """`table_comment`, `column_comment`, `COLUMN_COMMENT`: the comment a developer gave a table or a column of a
    database, as information_schema and the code generators that read it keep it; no person's text."""
    return (len(words) > 1 and words[-1] in _COMMENT_WORDS
            and any(word in _SCHEMA_OBJECTS for word in words[:-1]))


def annotates_a_named_object(words: list[str], context: TableContext, siblings: tuple[str, ...],
                             vocab: Vocabulary) -> bool:
    """A note, remark or comment (`note`, `remark`, `bemerkung`, `observaciones`) on a row known by its bare name
    that only the stamps of who wrote or changed it tie to a person (EC-CUBE's `dtb_deliv (name, remark,
    creator_id)`, a shop's delivery method; yudao's `system_dict_data (label, remark, creator, updater)`, an entry of
    a dictionary of values): the staff's description of an object of the application, as where nothing ties it to
    anyone (`describes_a_named_object`)."""
    if not words or words[-1] not in _annotation_words() or context.chained or context.thing:
        return False
    if context.subjects & {PERSON, "@own", "@content", "@authored", "@named", "@record"} or _of_writing(context, vocab):
        return False
    unstamped = tuple(sibling for sibling in siblings if not _stamp(name_words(sibling, vocab), vocab))
    if len(unstamped) == len(siblings) or not context.words:
        return False  # tied to nobody: `describes_a_named_object`; or to a person by more than a stamp
    return describes_a_named_object(table_context("_".join(context.words), unstamped), unstamped, vocab)


def _stamp(words: list[str], vocab: Vocabulary) -> bool:
    """`creator_id`, `updater`, `created_by`, `create_date`, `update_time`: the stamp of who wrote or changed the
    row, or when."""
    return bool(words) and (words[0] in _ROW_AUTHORS and (len(words) == 1 or person_key(words, vocab) or
                                                         words[-1] in {"id", "by"})
                            or words[0] in vocab.audit_stamps and len(words) > 1)


@cache
def _annotation_words() -> frozenset[str]:
    """`comment`, `note`, `remark` and their forms in the languages the vocabulary reads."""
    table = translation_table()
    return frozenset(_ANNOTATIONS) | {form for word in _ANNOTATIONS for form in table.get(word, ()) if len(form) > 3}


def describes_a_named_object(context: TableContext, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A comment in a row known by its name and tied to nobody (no key to a person, no personal column, no person
    word in the table's name) and no table of what people write: the administrator's description of an object of
    the application (Web-delib's `compteurs (nom, commentaire, def_compteur)`, `sequences (nom, commentaire,
    num_sequence)`, `typeacteurs (nom, commentaire, elu)`). A company's or a product's row (a table of things)
    is judged as such elsewhere; a survey's answers, named by nothing, and a record of something done on a day (a
    booking's `name` and `datum`: a payer's name) stay what people wrote."""
    if not context.vocabulary_table or context.thing or context.clinical_record:
        return False
    if context.subjects & {PERSON, "@linked", "@own", "@content", "@authored", "@named"} or _of_writing(context, vocab):
        return False  # `commentaires (nom, commentaire, commentable_id)`: a comment and its writer's name
    named = [name_words(sibling, vocab) for sibling in siblings]
    return (any(len(words) == 1 and words[0] in _name_words() for words in named)
            and not any(set(words) & _DAY_WORDS and not _stamp(words, vocab) for words in named))


def _of_writing(context: TableContext, vocab: Vocabulary) -> bool:
    """A table named for what people write (a comment, a message, a review), linked to people or not."""
    written = next(subject for subject in vocab.subjects if subject.name == "@content")
    return bool(context.nouns & written.nouns) or bool(set(context.words) & written.words)
