"""Web and mobile behavioural analytics event tables: what a tracked hit records of the visitor.

Snowplow's `atomic.events`, Segment's and RudderStack's `tracks` and `pages` (`context_*`), GA4's
BigQuery export as dbt flattens it (`device_category`, `geo_city`), Matomo's `log_visit`
(`config_browser_name`, `location_country`), a shop's visitor statistics (PrestaShop's `guest`) and
the visit logs web apps keep (`ip`, `user_agent`, `browser`, `os`, `device_type`) store, with every
hit, what the collector read from the request: the user agent and the languages the browser accepts,
the browser, operating system, device, screen and plugins detected, the IP address and the place it
geolocates to. Such a table is known by the client it records, whatever it is called: three of the
request headers, the IP and the browser, operating-system, device, screen, plugin and geolocation
families of columns. In it:

- a column of a client family (`br_lang`, `br_features_pdf`, `os_timezone`, `dvce_screenwidth`,
  `config_device_model`, `device_web_info_browser`, `adobe_flash`), or a key into a list of them
  (`id_operating_system`), describes the visitor's device, unless it is a time, a key or a count
  (`dvce_created_tstamp`, `device_id`);
- a bare `language` is the one the browser accepts (Umami's `website_event.language`, as Snowplow's
  `br_lang`);
- a user or session identifier scoped to a cookie (Snowplow's `domain_userid`, `network_userid`,
  `domain_sessionid`; GA4's `user_pseudo_id`; Mixpanel's and PostHog's `distinct_id`) or a bare
  session, visit or visitor identifier or token as text (the tracker's, no login session: Rails Ahoy's
  `visit_token`, `visitor_token`) is a cookie ID; kept as a uuid, a bare session or visit identifier
  is one a cookieless tracker computes from the visitor's IP address, user agent and a rotating salt
  (Umami's `session_id`, `visit_id`), the device's, here and in every row keyed to the tracked
  website (Umami's `event_data`, `session_data`, `session_replay`: `website_id`),
  a user or browser fingerprint the device's, and a bare `user_id` as text the identifier the
  business gave the person (no key: the tracker sets it);
- a trait a customer data platform keeps of the identified user (Segment's and RudderStack's
  `context_traits_name`, `context_traits_email`) is theirs, and `request_ip` the IP the hit came from;
- `location_` names the geolocated place, as `geo_` does anywhere, and so does a bare place where no
  street address says it is one the person typed (Plausible's `country_code`).

Anywhere, a place named after `geo_`, `geoip_` or `ip_` (`geo_city`, `geoip_country`) is where the
IP geolocates, not a postal address, as is one a marketing tool inferred from a lead's visits
(Marketo's `inferred_city`), and a fact about the IP's network (`ip_isp`, `ip_netspeed`,
`ip_domain`) is not the IP, while the organisation it belongs to (`ip_organization`) is the
visitor's employer. An `email_client` beside the row's own e-mail address is the mail program an open
reports (Mailchimp's list members). Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

from functools import lru_cache

from checker.access_logs import names_an_ip
from checker.evidence import Evidence
from checker.name_words import WHOLE_NUMBER_TYPES, Vocabulary, matches, name_words, vocabulary

# a word of a column of each family a collector parses from the request (`br_name`, GA4's `device_web_info_browser`,
# the UA parser's `useragent_family` and YAUAA's `layout_engine_name` in Snowplow's dbt models)
_CLIENT_FAMILIES = {"br": "browser", "browser": "browser", "web_browser": "browser", "useragent": "browser",
                    "layout_engine": "browser", "os": "os",
                    "operating_system": "os", "dvce": "device", "device": "device", "screen": "screen",
                    "viewport": "screen", "resolution": "screen"}
# the plugins a tracker detects in the browser (Snowplow's `br_features_pdf`, Matomo's `config_flash`,
# PrestaShop's `guest.adobe_flash`), named without their vendor
_PLUGINS = frozenset({"java", "javascript", "flash", "pdf", "director", "quicktime", "realplayer", "real_player",
                      "windowsmedia", "windows_media", "silverlight", "gears"})
_PLUGIN_VENDORS = frozenset({"sun", "adobe", "apple", "microsoft", "google", "features"})
_GEOLOCATED = frozenset({"geo", "geoip"})  # a place named after these is where an IP geolocates
# a place a system inferred (Marketo's `inferred_city`, from the IP of the lead's visits): no postal address
_INFERRED = frozenset({"inferred"})
# a flattened object's name before the family (Segment's `context_os_name`, Matomo's `config_browser_name`)
_FLATTENED = frozenset({"context", "config", "client"})
_KEYED_FIRST = frozenset({"id", "fk"})  # PrestaShop's `id_operating_system`: a key into a list of them, the value
_REQUEST_HEADERS = (["user", "agent"], ["useragent"], ["accept", "language"])  # what the client sends with a hit
_OF_A_VISIT = frozenset({"agent", "ip", "geo", "browser"})  # families a product's specification never has
_IP_WORDS = frozenset({"ip", "ipaddress", "ip_address"})
_REQUESTERS = frozenset({"request", "client", "remote"})  # `request_ip`, `remote_ip`: where the hit came from
_NOT_A_PART = frozenset({"id", "ids", "uuid", "key", "ip", "tstamp", "timestamp", "ts", "time", "date", "at",
                         "created", "sent", "count", "num", "total"})
# what an IP lookup says of the network, not of the address (MaxMind's ISP, connection type, domain)
_NETWORK_FACTS = frozenset({"isp", "netspeed", "net_speed", "connection", "connection_type", "domain", "asn",
                            "carrier"})
_IP_OWNERS = frozenset({"organization", "organisation", "org", "company"})  # who the IP is registered to
# the places an IP lookup names; a region or state only as a context term (`geo_region`), not `ip_address`
_PLACES = frozenset({"user.contact.address.city", "user.contact.address.country", "user.contact.address.postal_code"})
_PLACE_SUFFIXES = frozenset({"name", "code", "iso"})  # `geo_region_name`, `geo_country_code`
_COOKIE_SCOPES = frozenset({"domain", "network", "pseudo", "anonymous", "anon", "distinct", "cookie"})
_COOKIE_HOLDERS = frozenset({"user", "session", "visitor", "client", "browser"})
_FINGERPRINTED = frozenset({"user", "browser", "device", "client", "visitor"})
_BARE_LANGUAGE = (["language"], ["lang"])
_HASHED_VISITS = (["session", "id"], ["visit", "id"], ["visitor", "id"])  # a cookieless tracker's, as a uuid
_TRACKED_SITES = (["website", "id"], ["site", "id"])  # the site a tracker counts, keying the rows of its visits  # the request's Accept-Language, where no browser family names it
_ROW_NUMBERS = frozenset({"uuid", "uniqueidentifier"})  # a surrogate key's own types: a key to the app's users
_WHOLE_NUMBERS = WHOLE_NUMBER_TYPES | {"numeric", "decimal"}  # a key kept as numeric(20,0) too


def records_the_client(siblings: tuple[str, ...]) -> bool:
    """Whether a table's columns record the client of each hit: three or more families among the user
    agent or accepted languages, the IP, and the browser, operating-system, device, screen, plugin and
    geolocation parts, one of them the request's own (its headers, IP, place or browser: a catalogue of
    phones has an OS, a screen and a device type too)."""
    families = _client_families(tuple(siblings))
    return len(families) >= 3 and bool(families & _OF_A_VISIT)


@lru_cache(maxsize=4096)
def _client_families(columns: tuple[str, ...]) -> frozenset[str]:
    vocab = vocabulary()
    found: set[str] = set()
    for column in columns:
        words = name_words(column, vocab)
        if any(word in _IP_WORDS for word in words) or names_an_ip(words, vocab):
            found.add("ip")
        elif any(words[-len(header):] == header for header in _REQUEST_HEADERS):
            found.add("agent")
        elif (family := _family(words, vocab)) is not None:
            found.add(family)
    return frozenset(found)


def _unflattened(words: list[str]) -> list[str]:
    """The words after a flattened object's name (`context_os_name` -> os, name) or a key word named
    first (`id_web_browser` -> web, browser)."""
    while len(words) > 1 and words[0] in _FLATTENED | _KEYED_FIRST:
        words = words[1:]
    return words


def _family(words: list[str], vocab: Vocabulary) -> str | None:
    """The client family a column's words belong to (`br_name`: browser; `geo_city`: geolocation;
    `adobe_flash`: a plugin); none for the family's keys, times and counts (`device_id`,
    `dvce_created_tstamp`) and for names the vocabulary knows as another kind (`screen_name`)."""
    words = _unflattened(words)
    if not words or any(word in _NOT_A_PART for word in words[1:]) or _known_elsewhere(words, vocab):
        return None
    if words[0] in _GEOLOCATED:
        return "geo" if len(words) > 1 else None
    if "_".join(word for word in words if word not in _PLUGIN_VENDORS) in _PLUGINS:
        return "plugin"
    joined = "_".join(words)
    return next((family for word, family in _CLIENT_FAMILIES.items() if f"_{word}_" in f"_{joined}_"), None)


def analytics_detail(words: list[str], sql_type: str, siblings: tuple[str, ...], vocab: Vocabulary,
                     logins: bool = False) -> Evidence | None:
    """What a column of a table that records the client of each hit holds of the visitor, if it is one
    of the class's idioms (see the module's docstring); in a table of login sessions (`logins`), a
    session's identifier or token is the login's secret, no tracker's cookie, and its `user_id` the
    key to the account."""
    if not words:
        return None
    if words in _HASHED_VISITS and sql_type in _ROW_NUMBERS and not logins and (
            records_the_client(siblings) or _of_a_tracked_site(siblings)):
        return Evidence(vocab.by_key["user.device"], True,
                        f"its name: the {words[0]} identifier a cookieless tracker hashes from the visitor's IP "
                        "address and user agent, kept as a uuid")
    if not records_the_client(siblings):
        return None
    words = _unflattened(words)
    if words[0] == "traits" and len(words) > 1:  # Segment's and RudderStack's `context_traits_name`
        return _identified_trait(words[1:], vocab)
    if len(words) == 2 and words[0] in _REQUESTERS and words[1] in _IP_WORDS:  # Segment's `context_request_ip`
        return Evidence(vocab.by_key["user.device.ip_address"], True,
                        "its name: the IP address a tracked request came from")
    if words[0] == "location" and len(words) > 1:
        if words[1] in _CLIENT_FAMILIES:  # Matomo's `location_browser_lang`
            words = words[1:]
        else:
            return geolocated_place(["geo", *words[1:]], vocab)
    if words in _BARE_LANGUAGE:  # Umami's `website_event.language`: the language the visitor's browser accepts
        return Evidence(vocab.by_key["user.device"], True, "its name: the language of the browser a tracked hit records")
    family = _family(words, vocab)
    if family in ("browser", "os", "device", "screen", "plugin"):
        return Evidence(vocab.by_key["user.device"], True,
                        f"its name: the {family} of the client a tracked hit records")
    if _cookie_identifier(words, sql_type, logins):
        return Evidence(vocab.by_key["user.device.cookie_id"], True,
                        f"its name: the {'_'.join(words[:-1])} identifier a tracker keeps in a cookie")
    if words[-1] == "fingerprint" and set(words[:-1]) <= _FINGERPRINTED:
        return Evidence(vocab.by_key["user.device"], True, "its name: the fingerprint of the visitor's browser")
    if words == ["user", "id"] and sql_type not in _WHOLE_NUMBERS | _ROW_NUMBERS and not logins:
        return Evidence(vocab.by_key["user"], True,
                        "its name: the identifier the business gave the visitor, set by the tracker as text")
    if words != ["state"] and not _with_postal_address(siblings):  # Plausible's `country_code`: where a hit came from
        return _geolocated(words, vocab)
    return None


def _of_a_tracked_site(siblings: tuple[str, ...]) -> bool:
    """A row keyed to the website a tracker counts (Umami's `event_data`, `session_data`, `website_revenue`,
    `session_replay`: `website_id`; Plausible's `site_id`): the session beside it is a visitor's."""
    vocab = vocabulary()
    return any(name_words(sibling, vocab) in _TRACKED_SITES for sibling in siblings)


def _identified_trait(trait: list[str], vocab: Vocabulary) -> Evidence | None:
    """A trait a customer data platform keeps of the user an `identify` call named (Segment's and
    RudderStack's `context_traits_name`, `traits_email`): the person's, as the same name in a table of
    people (a bare `name` is their name)."""
    if trait == ["name"]:
        return Evidence(vocab.by_key["user.name"], True, "its name: the name among the identified user's traits")
    for kind, term in matches(vocab.terms, trait):
        if term == "_".join(trait):
            return Evidence(kind, True, f"its name: the '{term}' among the identified user's traits")
    return None


def _with_postal_address(siblings: tuple[str, ...]) -> bool:
    """A street address beside the places (Segment's `identifies` with a person's traits): its city is typed."""
    vocab = vocabulary()
    return any(kind.key == "user.contact.address" for sibling in siblings
               for kind, _ in matches(vocab.terms, name_words(sibling, vocab)))


def _known_elsewhere(words: list[str], vocab: Vocabulary) -> bool:
    """A family's column the vocabulary names as another kind (`device_id`, `device_token`): the name decides."""
    return any(kind.key != "user.device" for kind, _ in matches(vocab.terms, words))


def _cookie_identifier(words: list[str], sql_type: str, logins: bool) -> bool:
    """`domain_userid`, `refr_domain_userid`, `user_pseudo_id`, `distinct_id`: an identifier of a user,
    a session or a visitor scoped to a cookie, and a session's, a visit's or a visitor's identifier or
    token (Ahoy's `visitor_token`), kept as text (a whole number is a key or an index)."""
    if len(words) < 2 or words[-1] not in ("id", "token") or sql_type in _WHOLE_NUMBERS:
        return False
    before = words[:-1][-2:]
    if before in (["session"], ["visit"], ["visitor"]):
        return not logins  # the tracker's session (PostHog's `$session_id`, Ahoy's `visit_token`), no login session
    if words[-1] != "id":
        return False
    return any(word in _COOKIE_SCOPES for word in before) and set(before) <= _COOKIE_SCOPES | _COOKIE_HOLDERS


def geolocated_place(words: list[str], vocab: Vocabulary) -> Evidence | None:
    """`geo_city`, `geoip_country`, `ip_country`, `geo_region_name`, `inferred_city`: where an IP address
    geolocates (a place, not a postal address); `ip_isp`, `ip_netspeed`: its network's, nobody's (see
    `network_fact`); coordinates are left to their own terms."""
    if len(words) < 2 or words[0] not in _GEOLOCATED | _INFERRED | {"ip"} or words[0] == "ip" and "state" in words:
        return None  # an `ip_state` is the address's status more often than a place
    found = _geolocated(words[1:], vocab, last_word=True)  # `geo_region_name`, `inferred_state_region`
    if found is not None:
        return found
    if words[0] != "geo" and len(words) == 2 and words[1] in _IP_OWNERS:
        return Evidence(vocab.by_key["user"], True,
                        "its name: the organisation an IP address is registered to, the visitor's employer")
    return None


def _geolocated(place: list[str], vocab: Vocabulary, last_word: bool = False) -> Evidence | None:
    """The place words name (`city`, `region_name`, `country_code`; with `last_word`, also its last word
    alone: `state_region`) as where an IP geolocates; the street address an `ip_address` names is none."""
    stem = place[:-1] if len(place) > 1 and place[-1] in _PLACE_SUFFIXES else place
    for candidate in (place, stem, stem[-1:] if last_word else stem):
        for table, parts in ((vocab.terms, _PLACES), (vocab.context_terms, _PLACES | {"user.contact.address"})):
            for kind, term in matches(table, candidate):
                if kind.key in parts:
                    return Evidence(vocab.by_key["user.location"], True,
                                    f"its name: the {term} its visitor's IP address geolocates to")
    return None


def network_fact(words: list[str]) -> bool:
    """`ip_isp`, `ip_netspeed`, `ip_domain`: what an IP lookup says of the network, not the address."""
    return len(words) >= 2 and words[0] in _IP_WORDS | {"geoip"} and "_".join(words[1:]) in _NETWORK_FACTS


def mail_client(words: list[str], siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """`email_client` beside the row's own e-mail address (Mailchimp's list member, an e-mail service's
    opens): the program the person reads their mail with, as an open's tracking pixel reports it, not the
    e-mail of a client the row already has."""
    if words not in (["email", "client"], ["mail", "client"]):
        return None
    own = any(kind.key == "user.contact.email" for sibling in siblings
              if name_words(sibling, vocab) != words for kind, _ in matches(vocab.terms, name_words(sibling, vocab)))
    return Evidence(vocab.by_key["user.device"], True,
                    "its name: the mail program, beside the e-mail address the row already has") if own else None


def trackers_platform(words: list[str], siblings: tuple[str, ...]) -> bool:
    """A bare `platform` in a table recording the client of each hit: the platform the tracker ran on
    (Snowplow's `web`, `mob`, `srv`; GA4's stream's `WEB`, `IOS`), the business's, not the visitor's
    device read from the user agent, which the table keeps in its own columns."""
    return _unflattened(words) == ["platform"] and records_the_client(siblings)
