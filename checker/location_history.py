"""Location histories: where a person or their phone was, as GPS trackers, location-history and
fitness applications keep it (OwnTracks, Traccar, PhoneTrack, Dawarich, FitTrackee, a fleet's tracker).

A table named for places, tracks, trips or routes reads as a list of things anyone sees (a gazetteer's
places, a music catalogue's tracks: `checker.places`, rule 4 of the benchmark's labels). Keyed to a
person (`places.user_id`, `tracks.user_id`), its rows are that person's: the places they saved or
stayed at (home, work, a café), the paths they moved along. A listing with a description of its own
(`places (owner_id, title, description, price, latitude)`: a rental anyone may book) stays a listing.
Read by checker.table_context when it judges whether a table holds things.
"""

from __future__ import annotations

from checker.name_words import singular_word
from checker.places import described_listing

# the rows of a location history, named as a list of things would be: the places a person saved or stayed at, the
# tracks, trips and routes they moved along
_PERSONS_PLACES = frozenset({"place", "track", "trip", "route", "journey", "itinerary"})


def kept_by_a_person(nouns: frozenset[str], sibling_words: list[list[str]], owned_by_person: bool) -> bool:
    """A table of places or tracks (`places`, `tracks`) keyed to a person (`owned_by_person`: a key of
    a person's row, not the stamp of who wrote it), and no listing with a description of its own:
    the person's places and paths, no gazetteer or catalogue."""
    return (bool({singular_word(noun) for noun in nouns} & _PERSONS_PLACES) and owned_by_person
            and not described_listing(sibling_words))
