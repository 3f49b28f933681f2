"""Family-tree software's records, kept as GEDCOM (webtrees, phpGedView): a record's GEDCOM text
(`i_gedcom`, `f_gedcom`, phpGedView's `m_gedrec`) holds the names, births, marriages and deaths of the
people it is about, and is read as theirs through checker/data/name_hints.json; a source record's
(GEDCOM's SOUR: the register, census or book a tree cites) describes a document, no person.
"""

from __future__ import annotations

from checker.name_words import singular_word
from checker.table_context import TableContext

_RECORD_TEXT = frozenset({"gedcom", "gedrec"})
# GEDCOM's SOUR record, as webtrees' and phpGedView's `sources` and Gramps' `source` tables keep it
_CITED_SOURCES = frozenset({"source", "sour"})


def cited_sources_record(words: list[str], context: TableContext) -> bool:
    """`wt_sources.s_gedcom`: the GEDCOM text of a source a family tree cites (its title, author,
    repository), the document's description, not a person's record."""
    nouns = {singular_word(noun) for noun in context.nouns}
    return bool(words) and words[-1] in _RECORD_TEXT and bool(nouns & _CITED_SOURCES)
