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


# Dawarich's `points`: every position its tracking apps reported of the user
DAWARICH_POINTS = ("id battery_status ping battery tracker_id topic altitude longitude velocity trigger bssid ssid "
                   "connection vertical_accuracy accuracy timestamp latitude mode inrids in_regions raw_data import_id "
                   "city country user_id geodata visit_id course course_accuracy lonlat motion_data altitude_decimal")
# Traccar's `tc_positions`: a GPS tracker's fixes, keyed to the device that reported them
TRACCAR_POSITIONS = ("id protocol deviceid servertime devicetime fixtime valid latitude longitude altitude speed "
                     "course address attributes accuracy network")
# PhoneTrack's `phonetrack_points`: a phone's fixes, keyed to the device, at a time
PHONETRACK_POINTS = "id deviceid lat lon timestamp accuracy satellites altitude batterylevel useragent speed bearing"
# an OwnTracks recorder's rows, under the login and device they were published from
OWNTRACKS_LOCATIONS = "id username device created_at acc alt batt bs lat lon m t tid vac vel bssid ssid ip"
# look-alikes: the coordinates, altitude, speed and heading of nobody (a flight, a ship, a weather station)
AIRCRAFT_POSITIONS = "id icao24 callsign time latitude longitude altitude velocity heading on_ground"
VESSEL_POSITIONS = "id mmsi timestamp latitude longitude speed course heading nav_status"
OBSERVATIONS = "id station_id observed_at latitude longitude elevation wind_speed wind_direction temperature"
# a fixed camera's mounting: a device with a place and a heading, no fix in time or motion
CAMERAS = "id device_id name latitude longitude heading created_at"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # where the person was, in three dimensions, and how fast and which way they moved
    ("points", "altitude", "integer", DAWARICH_POINTS, "user.location.precise"),
    ("points", "altitude_decimal", "numeric(10,2)", DAWARICH_POINTS, "user.location.precise"),
    ("points", "velocity", "varchar", DAWARICH_POINTS, "user.location"),
    ("points", "course", "numeric(8,5)", DAWARICH_POINTS, "user.location"),
    ("tc_positions", "altitude", "float", TRACCAR_POSITIONS, "user.location.precise"),
    ("tc_positions", "speed", "float", TRACCAR_POSITIONS, "user.location"),
    ("phonetrack_points", "bearing", "float", PHONETRACK_POINTS, "user.location"),
    ("locations", "vel", "smallint", OWNTRACKS_LOCATIONS, "user.location"),
    ("locations", "alt", "smallint", OWNTRACKS_LOCATIONS, "user.location.precise"),
    # the Wi-Fi network the phone saw (the home's or office's) and the regions it reported being in
    ("points", "ssid", "varchar", DAWARICH_POINTS, "user.location"),
    ("points", "bssid", "varchar", DAWARICH_POINTS, "user.location"),
    ("points", "in_regions", "text[]", DAWARICH_POINTS, "user.location"),
    ("tc_positions", "network", "varchar(4000)", TRACCAR_POSITIONS, "user.location"),
    # the phone's battery and connection, and the tracker ID and MQTT topic it reported under
    ("points", "battery", "integer", DAWARICH_POINTS, "user.device"),
    ("points", "battery_status", "integer", DAWARICH_POINTS, "user.device"),
    ("points", "connection", "integer", DAWARICH_POINTS, "user.device"),
    ("phonetrack_points", "batterylevel", "float", PHONETRACK_POINTS, "user.device"),
    ("points", "tracker_id", "varchar", DAWARICH_POINTS, "user.device.device_id"),
    ("locations", "tid", "varchar(2)", OWNTRACKS_LOCATIONS, "user.device.device_id"),
    ("points", "topic", "varchar", DAWARICH_POINTS, "user.device"),
    # the tracker's raw payload and the motion it sensed
    ("points", "raw_data", "jsonb", DAWARICH_POINTS, "user"),
    ("points", "motion_data", "jsonb", DAWARICH_POINTS, "user"),
])
def test_what_a_fix_records_of_the_person(table: str, column: str, column_type: str, siblings: str, key: str) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings"), [
    # the quality of a fix and the app's bookkeeping
    ("points", "accuracy", "integer", DAWARICH_POINTS),
    ("points", "course_accuracy", "numeric(8,5)", DAWARICH_POINTS),
    ("points", "trigger", "integer", DAWARICH_POINTS),
    ("tc_positions", "protocol", "varchar(128)", TRACCAR_POSITIONS),
    ("phonetrack_points", "satellites", "integer", PHONETRACK_POINTS),
    # a flight's, a ship's, a weather station's altitude, speed and heading: nobody's whereabouts
    ("aircraft_positions", "altitude", "double", AIRCRAFT_POSITIONS),
    ("aircraft_positions", "velocity", "double", AIRCRAFT_POSITIONS),
    ("vessel_positions", "course", "double", VESSEL_POSITIONS),
    ("observations", "elevation", "double", OBSERVATIONS),
    ("observations", "wind_speed", "double", OBSERVATIONS),
    ("cameras", "heading", "integer", CAMERAS),
])
def test_what_a_fix_keeps_of_itself_or_of_nobody(table: str, column: str, column_type: str, siblings: str) -> None:
    assert generic(table, column, column_type, siblings) is None


DAWARICH_TRACKS = ("id start_at end_at user_id original_path distance avg_speed duration elevation_gain "
                   "elevation_loss elevation_max elevation_min dominant_mode")
DAWARICH_TRIPS = "id name started_at ended_at distance user_id path visited_countries"
DAWARICH_AREAS = "id name user_id longitude latitude radius"
COUNTRIES = "id name iso_a2 iso_a3 geom"
DAWARICH_VISITS = "id area_id user_id started_at ended_at duration name status place_id"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the line a person moved along, and the countries they went through
    ("tracks", "original_path", "geometry", DAWARICH_TRACKS, "user.location.precise"),
    ("trips", "path", "geometry", DAWARICH_TRIPS, "user.location.precise"),
    ("trips", "visited_countries", "jsonb", DAWARICH_TRIPS, "user.location"),
    ("stats", "toponyms", "jsonb", "id year month distance toponyms user_id", "user.location"),
    # the names a person gives their places (Home, Work) and their trips
    ("places", "name", "varchar", DAWARICH_PLACES, "user.location"),
    ("areas", "name", "varchar", DAWARICH_AREAS, "user.location"),
    ("trips", "name", "varchar", DAWARICH_TRIPS, "user.content"),
    # a stay at a place of theirs, named for the place
    ("visits", "name", "varchar", DAWARICH_VISITS, "user.location"),
])
def test_a_persons_paths_and_named_places(table: str, column: str, column_type: str, siblings: str, key: str) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings"), [
    # a track's amounts: distances, speeds and elevations
    ("tracks", "avg_speed", "double precision", DAWARICH_TRACKS),
    ("tracks", "elevation_max", "integer", DAWARICH_TRACKS),
    ("areas", "radius", "integer", DAWARICH_AREAS),
    # a list of countries' borders, and the names of a gazetteer's places and a sales team's areas
    ("countries", "geom", "geometry", COUNTRIES),
    ("countries", "name", "varchar", COUNTRIES),
    ("places", "name", "varchar", GAZETTEER),
    ("areas", "name", "varchar", "id name manager_id"),
    # a visit's duration and status; a sales visit keyed to no place of the person's
    ("visits", "duration", "integer", DAWARICH_VISITS),
    ("visits", "name", "varchar", "id user_id customer_id visit_date name"),
    # a music catalogue's track, though a user uploaded it
    ("tracks", "title", "varchar(255)", MUSIC_TRACKS),
])
def test_paths_and_names_of_nobody(table: str, column: str, column_type: str, siblings: str) -> None:
    assert generic(table, column, column_type, siblings) is None


# a citizen's report with a place, but nothing only a fix records: its topic is the report's
CITIZEN_REPORTS = "id user_id topic description latitude longitude attributes created_at"


@pytest.mark.parametrize(("table", "column", "siblings"), [
    ("reports", "topic", CITIZEN_REPORTS),
    ("reports", "attributes", CITIZEN_REPORTS),
])
def test_a_report_with_a_place_is_no_fix(table: str, column: str, siblings: str) -> None:
    assert generic(table, column, "varchar(255)", siblings) is None


@pytest.mark.parametrize(("table", "siblings", "key"), [
    # how a person moved along a track of theirs (walking, cycling, driving)
    ("activities", "id user_id started_at distance transport_mode", "user"),
    # a transit agency's routes: the kind of vehicle that serves them, nobody's
    ("routes", "route_id agency_id route_short_name transport_mode", None),
])
def test_how_a_person_moved(table: str, siblings: str, key: str | None) -> None:
    assert generic(table, "transport_mode", "integer", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the route of a person's workout, as the GPX file or the encoded polyline a fitness tracker keeps
    ("workouts", "gpx", "id user_id sport_id title gpx workout_date distance notes", "user.location.precise"),
    ("activities", "summary_polyline", "id user_id name distance start_date summary_polyline",
     "user.location.precise"),
    # a transit agency's route shape: nobody's path
    ("routes", "polyline", "route_id agency_id route_short_name polyline", None),
])
def test_the_route_of_a_persons_workout(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key
