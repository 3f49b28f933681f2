"""Places of their own: gazetteers, geocoding tables, a place's map view, stops and airports, a ship's or an
aircraft's track. Their postal codes, towns and coordinates are the places', not a person's (rules 4 and 8 of the
benchmark's labels).

The tables are cut from public schemas of the class (allReady's `PostalCodeGeo` and `ClosestLocation`, OpenPNE's
`c_profile_pref`, GTFS's `stops`, OpenFlights' `airports`, AIS and ADS-B position feeds); each look-alike is the
same columns where they are a person's: keyed to them, pointed at by a table of people, or coordinates alone.
"""

from __future__ import annotations

import pytest

from checker.classify import evidence
from helpers import generic

POSTAL_CODE_GEO = "PostalCode City State"
CLOSEST_LOCATION = "PostalCode City Distance State"
GEO_LOOKUP = "zip city state county latitude longitude timezone population"
PREFECTURES = "c_profile_pref_id pref sort_order map_latitude map_longitude map_zoom"
GTFS_STOPS = ("stop_id stop_code stop_name stop_desc stop_lat stop_lon zone_id stop_url location_type parent_station "
              "stop_timezone wheelchair_boarding platform_code")
AIS_POSITIONS = "mmsi base_datetime lat lon sog cog heading status"
ADSB_STATES = "icao24 callsign time_position longitude latitude baro_altitude velocity true_track on_ground"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings"), [
    # a geocoding table: named for a kind of place, then for its geodata
    ("PostalCodeGeo", "City", "nvarchar(max)", POSTAL_CODE_GEO),
    ("PostalCodeGeoCoordinate", "Latitude", "float", "Latitude Longitude"),
    ("zipcode_coordinates", "lat", "double precision", "zipcode lat lng"),
    ("city_centroids", "longitude", "double precision", "city_id city_name country_code latitude longitude"),
    # a gazetteer: postal codes, towns, regions and what it measures of them, nothing else
    ("ClosestLocation", "PostalCode", "nvarchar(450)", CLOSEST_LOCATION),
    ("geo_lookup", "latitude", "decimal(9,6)", GEO_LOOKUP),
    # a prefecture's map view: its centre and zoom
    ("c_profile_pref", "map_latitude", "double", PREFECTURES),
    # a transit stop, with what only a place has
    ("stops", "stop_lat", "double precision", GTFS_STOPS),
    # a ship's and an aircraft's track, under its transponder's identifier
    ("ais_positions", "lat", "double precision", AIS_POSITIONS),
    ("state_vectors", "latitude", "double precision", ADSB_STATES),
])
def test_a_places_own_row_holds_nobodys_location(table: str, column: str, column_type: str, siblings: str) -> None:
    assert generic(table, column, column_type, siblings) is None


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a person's postal code and coordinates, keyed to them
    ("user_postal_codes", "postal_code", "varchar(10)", "user_id postal_code city", "user.contact.address.postal_code"),
    ("customer_addresses", "latitude", "double precision", "customer_id street city zip latitude longitude",
     "user.location.precise"),
    # a member's map, keyed to them: their home, however zoomed
    ("profiles", "map_latitude", "double precision", "user_id city map_latitude map_longitude map_zoom",
     "user.location.precise"),
    # coordinates alone, no place's part beside them: a resident's pin on the village map
    ("tweb_penduduk_map", "lat", "varchar(24)", "id lat lng", "user.location.precise"),
    # a ride's pickup point, keyed to its rider
    ("rides", "pickup_latitude", "double precision", "rider_id driver_id pickup_latitude pickup_longitude fare",
     "user.location.precise"),
    # a tracker's fix, keyed to the phone that reported it
    ("positions", "latitude", "double precision", "deviceid fixtime latitude longitude altitude speed course",
     "user.location.precise"),
])
def test_a_persons_location_stays_theirs(table: str, column: str, column_type: str, siblings: str, key: str) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_a_gazetteer_of_postal_codes_that_people_point_at_is_their_address_book() -> None:
    """`locations (id, city, state, zip)` that `members.location_id` points at: where the members live."""
    columns = ["id", "city", "state", "zip"]
    alone = evidence("locations", "zip", "varchar(10)", columns)
    pointed_at = evidence("locations", "zip", "varchar(10)", columns, referrers=["members"])
    assert alone is None
    assert pointed_at is not None and pointed_at.kind.key == "user.contact.address.postal_code"


RENTING_POOL = ("renting_id renting_title room_id community_id price payment_type renting_desc state owner_name owner_tel "
                "longitude latitude create_time check_in community_name")
PROPERTY_LISTING = ("id title description price bedrooms bathrooms address city state zip latitude longitude agent_id "
                    "year_built")
CLASSIFIED_AD = "id user_id title description price city phone email latitude longitude"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a flat to rent, described and priced: its place is the listing's, though it names its owner to call
    ("renting_pool", "latitude", "varchar(12)", RENTING_POOL, None),
    ("renting_pool", "owner_tel", "varchar(11)", RENTING_POOL, "user.contact.phone_number"),
    # a property for sale, though keyed to the agent who lists it
    ("properties", "address", "text", PROPERTY_LISTING, None),
    # a classified ad with the seller's own phone and e-mail: the seller's place and contact
    ("ads", "latitude", "double precision", CLASSIFIED_AD, "user.location.precise"),
    ("ads", "phone", "text", CLASSIFIED_AD, "user.contact.phone_number"),
])
def test_a_listing_with_a_description_and_a_price_holds_the_place_it_offers(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


CALL_CENTER = ("cc_call_center_sk cc_call_center_id cc_name cc_class cc_employees cc_sq_ft cc_hours cc_manager "
               "cc_street_number cc_street_name cc_city cc_county cc_state cc_zip cc_country cc_gmt_offset")
HOUSING_APPLICATION = "id applicant_id address city postal_code bedrooms household_size submitted_at"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # TPC-DS's call centre: its floor space says it is a place, though it names the manager who runs it
    ("call_center", "cc_city", "varchar(60)", CALL_CENTER, None),
    ("call_center", "cc_street_name", "varchar(60)", CALL_CENTER, None),
    # the home a housing applicant asks help for, keyed to them: its bedrooms do not make it nobody's
    ("housing_applications", "address", "text", HOUSING_APPLICATION, "user.contact.address"),
])
def test_what_only_a_place_has_makes_its_address_the_places(table: str, column: str, column_type: str, siblings: str,
                                                             key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key
