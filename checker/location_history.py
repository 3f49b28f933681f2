"""Location histories: where a person or their phone was, as GPS trackers, location-history and
fitness applications keep it (OwnTracks, Traccar, PhoneTrack, Dawarich, FitTrackee, a fleet's tracker).

A table named for places, tracks, trips or routes reads as a list of things anyone sees (a gazetteer's
places, a music catalogue's tracks: `checker.places`, rule 4 of the benchmark's labels). Keyed to a
person (`places.user_id`, `tracks.user_id`), its rows are that person's: the places they saved or
stayed at (home, work, a café), the paths they moved along. A listing with a description of its own
(`places (owner_id, title, description, price, latitude)`: a rental anyone may book) stays a listing.

A row with coordinates and what only a fix records (an altitude, a speed, an accuracy, the tracker's
battery), keyed to a person or to the tracker that reported it (`positions.deviceid`), is a fix of where
they were: the subject `@whereabouts`, whose telemetry the vocabulary names (altitude, speed and course,
the Wi-Fi network seen, the battery and the connection of the phone, the tracker's ID). Coordinates of
nobody's (a weather station's reading, a ship's AIS position, a flight's track keyed to its callsign),
and a person's post or report with a place but no fix (`reports (user_id, topic, latitude)`), are no
one's whereabouts.

In a person's places or fixes, the bare name of a place or an area (Dawarich's `places.name`, `areas.name`: Home,
Work, a café) is where the person goes, and the name of a trip or journey (`trips.name`) is what they
titled it. Read by checker.table_context when it judges what a table holds, and by checker.classify
for the names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.evidence import Evidence
from checker.name_words import Vocabulary, singular_word
from checker.places import described_listing

if TYPE_CHECKING:
    from checker.table_context import TableContext

WHEREABOUTS = "@whereabouts"
# the rows of a location history, named as a list of things would be: the places a person saved or stayed at, the
# tracks, trips and routes they moved along
_PERSONS_PLACES = frozenset({"place", "track", "trip", "route", "journey", "itinerary"})
# the areas a person draws around a spot of theirs (Dawarich's and OwnTracks' home and work circles), with its coordinates
_PERSONS_AREAS = frozenset({"area", "zone", "geofence", "fence"})
# a person's stay at a place or an area of theirs, keyed to it (Dawarich's `visits (user_id, place_id, area_id, name)`);
# a clinic's `location_id` is where care happened, no place of the person's
_STAYS = frozenset({"visit", "stay"})
_PLACE_KEYS = (["place", "id"], ["area", "id"])
# the tracker that reported a fix: a phone, a GPS unit, an OwnTracks tracker ID
_TRACKER_KEYS = (["device", "id"], ["deviceid"], ["tracker", "id"], ["trackerid"], ["imei"])
# what only a fix records beside its coordinates: how high, how fast, which way, how exact, the tracker's battery
# and satellites, the time the receiver took it (a citizen's report or a post with a place records none)
_FIX_SIGNS = frozenset({"altitude", "alt", "speed", "velocity", "vel", "course", "cog", "bearing", "accuracy", "acc",
                        "battery", "batt", "batterylevel", "satellites", "hdop", "fixtime", "devicetime", "tst"})
_FIX_TIMES = (["fix", "time"], ["device", "time"], ["horizontal", "accuracy"], ["battery", "level"])
_PRECISE = "user.location.precise"
_USERNAME = "user.account.username"


def kept_by_a_person(nouns: frozenset[str], sibling_words: list[list[str]], owned_by_person: bool) -> bool:
    """A table of places or tracks (`places`, `tracks`) keyed to a person (`owned_by_person`: a key of
    a person's row, not the stamp of who wrote it), and no listing with a description of its own:
    the person's places and paths, no gazetteer or catalogue."""
    return (bool({singular_word(noun) for noun in nouns} & _PERSONS_PLACES) and owned_by_person
            and not described_listing(sibling_words))


def records_whereabouts(nouns: frozenset[str], sibling_words: list[list[str]], sibling_kinds: set[str],
                        owned_by_person: bool, linked: bool) -> bool:
    """Where a person or their tracker was: a person's places or tracks (`kept_by_a_person`), the areas
    they drew around a spot, with its coordinates, their stays at a place or area of theirs, or a fix
    (coordinates beside what only a fix records: an altitude, a speed, an accuracy, a battery level)
    linked to a person (Dawarich's `points.user_id`, an OwnTracks recorder's `username`: `linked`, or a
    login) or keyed to the tracker that reported it (Traccar's `positions (deviceid, fixtime, speed)`)."""
    if kept_by_a_person(nouns, sibling_words, owned_by_person):
        return True
    heads = {singular_word(noun) for noun in nouns}
    if owned_by_person and _PRECISE in sibling_kinds and heads & _PERSONS_AREAS:
        return True  # Dawarich's `areas (name, user_id, latitude, radius)`: a circle around a person's home or work
    if owned_by_person and heads & _STAYS and any(found in _PLACE_KEYS for found in sibling_words):
        return True  # Dawarich's `visits (user_id, place_id, started_at, name)`: a stay at a place of theirs
    if _PRECISE not in sibling_kinds or not any(
            (len(found) == 1 and found[0] in _FIX_SIGNS) or found in _FIX_TIMES for found in sibling_words):
        return False
    return (owned_by_person or linked or _USERNAME in sibling_kinds
            or any(found in _TRACKER_KEYS for found in sibling_words))


# what a person names for where they go: a place, an area or zone around it, a geofence, a stay there
_NAMED_PLACES = frozenset({"place", "area", "zone", "geofence", "region", "visit", "stay"})
# what a person names for a journey of theirs
_NAMED_JOURNEYS = frozenset({"trip", "journey", "itinerary"})
_BARE_NAMES = (["name"], ["title"], ["label"])


def whereabouts_name(words: list[str], context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """The bare name of a person's place or area (`places.name`: Home, Work) is where they go; that of a
    trip or journey of theirs (`trips.name`) what they titled it; in a table of their whereabouts only."""
    if words not in _BARE_NAMES or WHEREABOUTS not in context.subjects or context.thing:
        return None
    heads = {singular_word(noun) for noun in context.nouns}
    if heads & _NAMED_PLACES:
        return Evidence(vocab.by_key["user.location"], True,
                        f"its name: the {words[0]} a person gave a place of theirs (table {'_'.join(context.words)})")
    if heads & _NAMED_JOURNEYS:
        return Evidence(vocab.by_key["user.content"], True,
                        f"its name: the {words[0]} a person gave a journey of theirs (table {'_'.join(context.words)})")
    return None
