"""Location histories: the places, tracks and fixes GPS trackers and location-history apps keep of a person.

The tables are cut from the schemas the applications ship (Dawarich's `places` and `tracks`, foodsharing's
`fs_item_track`); the look-alikes are the same columns where they are a gazetteer's, a rental listing's or a
music catalogue's, which anyone sees.
"""

from __future__ import annotations

import pytest

from helpers import generic

DAWARICH_PLACES = ("id name longitude latitude city country source geodata reverse_geocoded_at created_at "
                   "updated_at lonlat user_id note")
GAZETTEER = "id name latitude longitude country_code population created_by"
RENTAL_LISTING = "id user_id title description price latitude longitude"
MUSIC_TRACKS = "id user_id title duration genre stream_url description created_at"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the places a person saved or stayed at, keyed to them: their coordinates and what they wrote of them
    ("places", "latitude", "numeric(10,6)", DAWARICH_PLACES, "user.location.precise"),
    ("places", "lonlat", "geography", DAWARICH_PLACES, "user.location.precise"),
    ("places", "note", "text", DAWARICH_PLACES, "user.content"),
    ("fs_item_track", "lat", "varchar(100)", "user_id item_id time lat lon", "user.location.precise"),
])
def test_a_persons_places_and_tracks_are_theirs(table: str, column: str, column_type: str, siblings: str,
                                                key: str) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings"), [
    # a gazetteer's places, though someone created each row
    ("places", "latitude", "double", GAZETTEER),
    # a rental anyone may book, described for them to find: a listing, though a user offers it
    ("places", "latitude", "float", RENTAL_LISTING),
    # a music catalogue's tracks, though a user uploaded them
    ("tracks", "title", "varchar(255)", MUSIC_TRACKS),
    ("tracks", "description", "text", MUSIC_TRACKS),
])
def test_places_and_tracks_anyone_sees_are_nobodys(table: str, column: str, column_type: str, siblings: str) -> None:
    assert generic(table, column, column_type, siblings) is None
