"""Places that are no one's home: an address book whose rows nest in one another (a gazetteer's town
within its county, an organisation's site within its region) or that only gatherings point at (an
event's venue). Their addresses and coordinates are the places', not a person's (rule 4 of the
benchmark's labels); read by checker.table_context when it judges an address book.
"""

from __future__ import annotations

from checker.name_words import singular_word

# a key to the row above in a tree of rows: `parent_id`, `parentid`, `p_parent_id` (after the table's column tag)
_PARENT_KEYS = (["parent", "id"], ["parentid"], ["parent", "fk"])
# what says a parent key names an owner of any kind, no row of its own table (`addresses (parent_id, parent_type)`,
# a polymorphic owner: a customer, a seller)
_OWNER_KINDS = frozenset({"type", "kind", "model", "class", "table", "entity", "object"})
# what people gather at, for a while, somewhere: an event, a meeting, a workshop (a tracked event, a hit, has no venue)
_GATHERINGS = frozenset({"event", "meeting", "webinar", "conference", "workshop", "seminar", "gathering",
                         "veranstaltung", "evenement", "reunion", "evento"})


def nested_in_its_own_kind(sibling_words: list[list[str]]) -> bool:
    """A row with a key to its parent row (webtrees' `wt_place_location (parent_id, place, latitude)`):
    a place within a place, as a gazetteer or an organisation's sites nest; people's addresses do
    not nest. A parent with a type beside it is the row's owner, of any kind (`parent_id`, `parent_type`)."""
    return (any(found in _PARENT_KEYS for found in sibling_words)
            and not any(len(found) == 2 and found[0] == "parent" and found[1] in _OWNER_KINDS for found in sibling_words))


def gathering(table: list[str]) -> bool:
    """`fs_event`, `meetings`, `webinars`: a table of gatherings, by its head noun; the
    address book they point at holds their venues."""
    return bool(table) and singular_word(table[-1]) in _GATHERINGS


# what a row says of itself for others to read: a listing's description
_DESCRIPTIONS = frozenset({"desc", "description", "beschreibung", "descripcion", "descricao", "descrizione",
                           "omschrijving"})
_NAMES = frozenset({"name", "title", "titel", "nom", "nombre", "nome", "naam"})


def described_listing(sibling_words: list[list[str]]) -> bool:
    """A row with a name, a description of its own and an address, in a table no person's key or
    detail links to (foodsharing's `fs_fairteiler (name, desc, anschrift, plz, ort, lat, lon)`, a public
    fridge; a venue, a shop): a place listed for people to find, not an address book of people."""
    bare = {"_".join(found) for found in sibling_words}
    return bool(bare & _NAMES) and bool(bare & _DESCRIPTIONS)

