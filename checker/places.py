"""Places that are no one's home: an address book whose rows nest in one another (a gazetteer's town
within its county, an organisation's site within its region) or that only gatherings point at (an
event's venue). Their addresses and coordinates are the places', not a person's (rule 4 of the
benchmark's labels); read by checker.table_context when it judges an address book.
"""

from __future__ import annotations

from checker.name_words import Vocabulary, matches, singular_word

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


def described_listing(sibling_words: list[list[str]], table: list[str] | tuple[str, ...] = ()) -> bool:
    """A row with a name, a description of its own and an address, in a table no person's key or
    detail links to (foodsharing's `fs_fairteiler (name, desc, anschrift, plz, ort, lat, lon)`, a public
    fridge; a venue, a shop): a place listed for people to find, not an address book of people. A name
    after a word of the `table`'s own name is bare too (`renting_pool (renting_title, renting_desc)`)."""
    bare = {"_".join(found[1:] if len(found) > 1 and found[0] in table else found) for found in sibling_words}
    return bool(bare & _NAMES) and bool(bare & _DESCRIPTIONS)



# Places of their own, told by the table: a gazetteer, a geocode, a map of a place, a stop, a listing, a craft's track.
# A row of them is a place, not where a person lives or was (rules 4 and 8 of the benchmark's labels); read by
# checker.table_context for a table no person's key or detail ties to a person.

# kinds of places a gazetteer or a geocoding table lists, one row each (a postal code, a town, a region)
_PLACE_KINDS = frozenset({"postal_code", "postcode", "zip", "zipcode", "zip_code", "plz", "postleitzahl", "city", "town",
                          "village", "municipality", "country", "state", "province", "region", "county", "district",
                          "commune", "suburb", "locality", "neighborhood", "neighbourhood", "place", "placename"})
# what a geocoding table holds of them: their coordinates, centre or outline
_GEODATA = frozenset({"geo", "geocode", "geocodes", "geodata", "coordinate", "coordinates", "coord", "coords",
                      "centroid", "centroids", "centre", "center", "latlng", "latlon", "latlong", "boundary",
                      "boundaries", "outline", "outlines"})


def geodata_of_places(words: list[str]) -> bool:
    """`PostalCodeGeo`, `PostalCodeGeoCoordinate`, `zipcode_coordinates`, `city_centroids`: named for a kind of
    place and then for its geodata, a geocoding table that gives each postal code or town its place on the map
    (a person's address geocoded is named for the address: `address_coordinates`)."""
    if len(words) < 2 or singular_word(words[-1]) not in _GEODATA and words[-1] not in _GEODATA:
        return False
    before = [singular_word(word) for word in words[:-1] if word not in _GEODATA]
    pairs = {f"{first}_{second}" for first, second in zip(before, before[1:])}
    return bool((set(before) | pairs) & _PLACE_KINDS)


# a map's zoom beside coordinates: where a map of the row is centred for showing it (a prefecture's, a village's,
# a venue's page), as mapping widgets keep it; a fix of where someone was has none
_ZOOMS = frozenset({"zoom", "zoom_level", "zoomlevel", "map_zoom", "mapzoom"})


def shown_on_a_map(sibling_words: list[list[str]]) -> bool:
    """`c_profile_pref (pref, map_latitude, map_longitude, map_zoom)`, `tweb_wil_clusterdesa (lat, lng, zoom, path)`:
    a place's map view, its centre and zoom."""
    return any("_".join(found) in _ZOOMS or found[-1:] == ["zoom"] for found in sibling_words)


# what only a place has (a station, an airport, a stop, a building, a property for sale or rent): how high it
# lies, how many it holds, when it opens, the codes aviation and transit give it, its rooms and floor space
_PLACE_ATTRIBUTES = frozenset({"elevation", "iata", "iata_code", "icao", "icao_code", "faa", "wmo_id", "capacity",
                               "seating_capacity", "max_capacity", "opening_hours", "opening_hour", "business_hours",
                               "wheelchair_boarding", "parent_station", "platform_code", "bedrooms", "bathrooms",
                               "square_feet", "square_meters", "sqft", "sq_ft", "sq_m", "square_footage", "floor_space",
                               "floor_area", "living_area", "year_built",
                               "population", "gtopo30", "feature_class", "feature_code", "fclass", "fcode"})


def describes_a_place(sibling_words: list[list[str]]) -> bool:
    """`airports (iata, icao, latitude, altitude)`, GTFS's `stops (stop_lat, wheelchair_boarding, parent_station)`,
    geonames' `(population, elevation)`, a listing's `(bedrooms, year_built)`: a column only a place has, after the
    table's own noun too (`stop_lat`'s `stop_`)."""
    return any("_".join(found) in _PLACE_ATTRIBUTES or "_".join(found[1:]) in _PLACE_ATTRIBUTES
               for found in sibling_words if found)


# the identifiers a ship's or an aircraft's transponder reports its position under (AIS's MMSI, an IMO number, an
# ADS-B ICAO 24-bit address, a call sign, a tail number): a craft's track, not its passengers' (a phone's or a
# fleet tracker's device key stays a person's: checker.location_history)
_CRAFT_IDS = frozenset({"mmsi", "imo", "imo_number", "icao24", "icao_24", "call_sign", "callsign", "tailnum",
                        "tail_number", "vessel_id", "ship_id", "aircraft_id", "hex_ident"})


def reported_by_a_craft(sibling_words: list[list[str]]) -> bool:
    """`ais_positions (mmsi, lat, lon, sog, cog)`, OpenSky's `state_vectors (icao24, callsign, latitude)`."""
    return any("_".join(found) in _CRAFT_IDS or "".join(found) in _CRAFT_IDS for found in sibling_words)


# what a gazetteer's row measures of a place beside its parts: how far, how many live there, its time zone
_PLACE_MEASURES = frozenset({"distance", "population", "timezone", "time_zone", "tz", "area", "radius", "elevation"})
_COARSE_KINDS = frozenset({"user.contact.address.postal_code", "user.contact.address.city",
                           "user.contact.address.country"})


def only_parts_of_places(columns: list[tuple[list[str], set[str], set[str]]]) -> bool:
    """`ClosestLocation (PostalCode, City, State, Distance)`, `zip_codes (zip, city, state, latitude, population)`:
    every column a postal code, a town, a region or a country (one at least), a coordinate or what a gazetteer
    measures of a place, no street, house, name or contact of anyone's; `columns`: each column's words, the kinds its name
    says anywhere (`terms`) and the kinds it says in a table of addresses (`context_terms`)."""
    parts = coarse = 0
    for found, kinds, in_context in columns:
        if kinds <= _COARSE_KINDS | {"user.location.precise"} and in_context <= _COARSE_KINDS | {
                "user.contact.address", "user.location.precise"} and (kinds or in_context):
            parts += 1
            coarse += "user.location.precise" not in kinds | in_context
        elif kinds or in_context or not ("_".join(found) in _PLACE_MEASURES or _key_to_a_place(found)):
            return False
    return parts >= 2 and coarse >= 1  # coordinates alone may be anyone's (`tweb_penduduk_map (id, lat, lng)`)


def _key_to_a_place(found: list[str]) -> bool:
    """`id`, `city_id`, `country_id`: the row's own number, or a key into a list of places."""
    return found == ["id"] or len(found) > 1 and found[-1] == "id" and "_".join(found[:-1]) in _PLACE_KINDS


def place_of_its_own(words: list[str], sibling_words: list[list[str]], vocab: Vocabulary, pointed_at: bool,
                     keyed: bool, named: bool = False) -> bool:
    """A table with addresses or coordinates that the table itself says are a place's: a listing with a
    description and a price (though a person's key, `keyed`, names who offers it), and, keyed to no person, a
    geocoding table, a craft's track, or, where no table of people points at it (`pointed_at`), a map view, a
    row with what only a place has or a gazetteer of postal codes, towns and regions alone; one column at least
    an address part or a coordinate. A person named by a bare word (`manager`, `owner`: a name, or a key kept
    without a key's ending, `named`) leaves a row with what only a place has a place. The caller knows no person's
    name or chain of keys ties the rows to a person."""
    columns = [(found, {kind.key for kind, _ in matches(vocab.terms, found)},
                {kind.key for kind, _ in matches(vocab.context_terms, found)}) for found in sibling_words]
    if not any(_located(found, kinds | in_context, vocab) for found, kinds, in_context in columns):
        return False
    if described_listing(sibling_words, words) and asks_a_price(sibling_words) and not _bare_contact(columns, vocab):
        return True  # a listing, though keyed to who offers it (checker.location_history)
    if keyed or pointed_at and named:
        return False
    if not pointed_at and describes_a_place(sibling_words):
        return True  # TPC-DS's `call_center (cc_sq_ft, cc_hours, cc_manager)`: the manager runs the place
    if named:
        return False
    if geodata_of_places(words) or reported_by_a_craft(sibling_words):
        return True
    return not pointed_at and (shown_on_a_map(sibling_words) or only_parts_of_places(columns))


_CONTACTS = frozenset({"user.contact.email", "user.contact.phone_number"})


def _bare_contact(columns: list[tuple[list[str], set[str], set[str]]], vocab: Vocabulary) -> bool:
    """An e-mail or a phone named for nobody (`ads (title, price, phone)`: the seller's own), not for the person it
    reaches (`owner_tel`, `agent_email`): an advertiser's contact, which a listing's place would not make nobody's."""
    return any(kinds & _CONTACTS and not set(found[:-1]) & vocab.person_words for found, kinds, _ in columns)


# what a listing asks for the place it offers: its price, its rent
_PRICES = frozenset({"price", "rent", "rental_price", "monthly_rent", "price_per_night", "nightly_rate", "asking_price"})


def asks_a_price(sibling_words: list[list[str]]) -> bool:
    """`renting_pool (renting_title, renting_desc, price, latitude)`, a property for sale or rent: a listing that
    names its price, whose coordinates are the place it offers, though it names its owner to call."""
    return any("_".join(found) in _PRICES for found in sibling_words)


_LOCATED = _COARSE_KINDS | {"user.contact.address", "user.location.precise"}


def _located(found: list[str], kinds: set[str], vocab: Vocabulary) -> bool:
    """An address part or a coordinate, by the whole name or its last word (`map_latitude`, `stop_lon`)."""
    return bool(kinds & _LOCATED) or len(found) > 1 and any(
        kind.key in _LOCATED for table in (vocab.terms, vocab.context_terms) for kind, _ in matches(table, found[-1:]))
