"""Web and mobile analytics event tables: what a tracked hit records of the visitor's client.

The tables are cut from the warehouse schemas the trackers write (Snowplow's `atomic.events`,
Matomo's `log_visit`, GA4's BigQuery export as dbt-ga4 flattens it, Segment's `pages`, PrestaShop's
`guest`); the look-alikes are tables that keep an IP and a user agent for a login or a device
(Synapse's `devices`, a shop's `orders`), where the same idioms do not hold.
"""

from __future__ import annotations

import pytest

from helpers import generic
from checker.analytics_events import records_the_client

SNOWPLOW = ("app_id platform dvce_created_tstamp event_id user_id user_ipaddress user_fingerprint domain_userid "
            "domain_sessionidx network_userid geo_country geo_region geo_city geo_zipcode geo_latitude geo_region_name "
            "geo_timezone ip_isp ip_organization ip_domain ip_netspeed page_url page_referrer mkt_clickid useragent "
            "br_name br_lang br_features_pdf br_cookies br_viewwidth os_name os_timezone dvce_type dvce_ismobile "
            "dvce_screenwidth dvce_sent_tstamp doc_charset doc_width refr_domain_userid domain_sessionid "
            "event_fingerprint")
MATOMO = ("idvisit idsite idvisitor user_id config_id config_browser_name config_browser_version config_device_brand "
          "config_device_model config_os config_os_version config_resolution config_pdf config_flash "
          "location_browser_lang location_ip location_city location_country location_region location_latitude "
          "referer_url visit_total_actions")
GA4 = ("event_date event_timestamp event_name user_id user_pseudo_id device_category device_mobile_brand_name "
       "device_operating_system device_language device_web_info_browser geo_continent geo_country geo_region geo_city "
       "traffic_source_medium page_location")
SEGMENT = ("id anonymous_id user_id context_ip context_user_agent context_library_name context_os_name "
           "context_device_type context_device_id context_screen_width context_location_city context_page_url "
           "received_at")
PRESTASHOP_GUEST = ("id_guest id_operating_system id_web_browser id_customer javascript screen_resolution_x "
                    "screen_color sun_java adobe_flash real_player windows_media accept_language mobile_theme")
SNOWPLOW_PAGE_VIEWS = ("page_view_id domain_userid geo_country useragent_family useragent_major os_family "
                       "device_family device_class layout_engine_name operating_system_class")
PLAUSIBLE = ("session_id user_id hostname entry_page referrer country_code screen_size operating_system browser "
             "browser_version subdivision1_code utm_source")
APP_EVENTS = "event_id event_name user_id session_id anonymous_id os_name browser_name device_type user_agent"
IDENTIFIES = "id anonymous_id user_id email address city country context_ip context_user_agent context_os_name"
AHOY_VISITS = ("id visit_token visitor_token user_id ip user_agent referrer landing_page browser os device_type "
               "country region city latitude longitude utm_source started_at")
PHONE_MODELS = "id model manufacturer os os_version screen_size screen_resolution device_type price"
ACTIVE_SESSIONS = "id user_id session_token ip user_agent browser os device_type last_active_at"
SYNAPSE_DEVICES = "user_id device_id display_name last_seen ip user_agent hidden"
SHOP_ORDERS = "id customer_id email browser_ip client_details_user_agent cart_token total_price user_id"
UMAMI = ("website_id session_id visit_id event_id hostname browser os device screen language country region city "
         "url_path referrer_domain page_title event_name distinct_id created_at")


@pytest.mark.parametrize(("table", "columns", "tracked"), [
    ("atomic.events", SNOWPLOW, True), ("log_visit", MATOMO, True), ("events", GA4, True), ("pages", SEGMENT, True),
    ("guest", PRESTASHOP_GUEST, True),
    ("devices", SYNAPSE_DEVICES, False),  # a login's device: its IP and user agent, nothing parsed from them
    ("orders", SHOP_ORDERS, False),  # `browser_ip` is the IP, no part of the browser
    ("phone_models", PHONE_MODELS, False),  # a product's specification, no visit
])
def test_a_table_is_known_by_the_client_it_records(table: str, columns: str, tracked: bool) -> None:
    assert records_the_client(tuple(columns.split())) is tracked


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the browser, operating system, device, screen and plugins, however the tracker prefixes them
    ("atomic.events", "br_name", "varchar(50)", SNOWPLOW, "user.device"),
    ("atomic.events", "br_lang", "varchar(255)", SNOWPLOW, "user.device"),
    ("atomic.events", "br_features_pdf", "boolean", SNOWPLOW, "user.device"),
    ("atomic.events", "br_viewwidth", "int", SNOWPLOW, "user.device"),
    ("atomic.events", "os_timezone", "varchar(255)", SNOWPLOW, "user.device"),
    ("atomic.events", "dvce_ismobile", "boolean", SNOWPLOW, "user.device"),
    ("atomic.events", "dvce_screenwidth", "int", SNOWPLOW, "user.device"),
    ("log_visit", "config_browser_name", "varchar(40)", MATOMO, "user.device"),
    ("log_visit", "config_resolution", "varchar(18)", MATOMO, "user.device"),
    ("log_visit", "config_flash", "tinyint(1)", MATOMO, "user.device"),
    ("log_visit", "location_browser_lang", "varchar(20)", MATOMO, "user.device"),
    ("events", "device_category", "string", GA4, "user.device"),
    ("events", "device_web_info_browser", "string", GA4, "user.device"),
    ("page_views", "useragent_family", "varchar", SNOWPLOW_PAGE_VIEWS, "user.device"),
    ("page_views", "layout_engine_name", "varchar", SNOWPLOW_PAGE_VIEWS, "user.device"),
    ("page_views", "operating_system_class", "varchar", SNOWPLOW_PAGE_VIEWS, "user.device"),
    ("pages", "context_os_name", "varchar", SEGMENT, "user.device"),
    ("pages", "context_screen_width", "bigint", SEGMENT, "user.device"),
    ("guest", "id_operating_system", "int(10) unsigned", PRESTASHOP_GUEST, "user.device"),
    ("guest", "adobe_flash", "tinyint(1)", PRESTASHOP_GUEST, "user.device"),
    # ... but not the tracker's own times, keys and the document's size
    ("atomic.events", "dvce_created_tstamp", "timestamp", SNOWPLOW, None),
    ("atomic.events", "doc_width", "int", SNOWPLOW, None),
    ("pages", "context_device_id", "varchar", SEGMENT, "user.device.device_id"),
    ("guest", "mobile_theme", "tinyint(1)", PRESTASHOP_GUEST, None),
    # the visitor's identifiers: cookies, a fingerprint, the ID the business set
    ("atomic.events", "domain_userid", "varchar(128)", SNOWPLOW, "user.device.cookie_id"),
    ("atomic.events", "refr_domain_userid", "varchar(128)", SNOWPLOW, "user.device.cookie_id"),
    ("atomic.events", "domain_sessionid", "char(128)", SNOWPLOW, "user.device.cookie_id"),
    ("atomic.events", "domain_sessionidx", "int", SNOWPLOW, None),
    ("events", "user_pseudo_id", "string", GA4, "user.device.cookie_id"),
    ("atomic.events", "user_fingerprint", "varchar(128)", SNOWPLOW, "user.device"),
    ("atomic.events", "event_fingerprint", "varchar(128)", SNOWPLOW, None),
    ("atomic.events", "user_id", "varchar(255)", SNOWPLOW, "user"),
    ("pages", "user_id", "varchar", SEGMENT, "user"),
    ("atomic.events", "event_id", "char(36)", SNOWPLOW, None),
    # where the IP geolocates: a place, not the visitor's postal address
    ("atomic.events", "geo_city", "varchar(75)", SNOWPLOW, "user.location"),
    ("atomic.events", "geo_zipcode", "varchar(15)", SNOWPLOW, "user.location"),
    ("atomic.events", "geo_region_name", "varchar(100)", SNOWPLOW, "user.location"),
    ("atomic.events", "geo_latitude", "double precision", SNOWPLOW, "user.location.precise"),
    ("atomic.events", "geo_timezone", "varchar(64)", SNOWPLOW, None),
    ("log_visit", "location_country", "char(3)", MATOMO, "user.location"),
    ("pages", "context_location_city", "varchar", SEGMENT, "user.location"),
    ("events", "geo_continent", "string", GA4, None),
    # the IP's network: nobody's, but for the organisation it is registered to
    ("atomic.events", "ip_isp", "varchar(100)", SNOWPLOW, None),
    ("atomic.events", "ip_netspeed", "varchar(100)", SNOWPLOW, None),
    ("atomic.events", "ip_organization", "varchar(128)", SNOWPLOW, "user"),
    ("atomic.events", "user_ipaddress", "varchar(128)", SNOWPLOW, "user.device.ip_address"),
    ("pages", "context_ip", "varchar", SEGMENT, "user.device.ip_address"),
    # a bare place where no street address is kept: where the hit came from
    ("sessions", "country_code", "FixedString(2)", PLAUSIBLE, "user.location"),
    ("sessions", "operating_system", "String", PLAUSIBLE, "user.device"),
    ("identifies", "city", "varchar", IDENTIFIES, "user.contact.address.city"),  # a trait the person gave
    # the tracker's session, kept as text, is no login session; as a whole number it is a key
    ("events", "session_id", "String", APP_EVENTS, "user.device.cookie_id"),
    ("sessions", "session_id", "UInt64", PLAUSIBLE, None),
    ("ahoy_visits", "visitor_token", "varchar", AHOY_VISITS, "user.device.cookie_id"),
    ("ahoy_visits", "visit_token", "varchar", AHOY_VISITS, "user.device.cookie_id"),
    ("ahoy_visits", "user_id", "bigint", AHOY_VISITS, None),  # a key to the app's users
    ("ahoy_visits", "user_id", "uuid", AHOY_VISITS, None),
    # a cookieless tracker's session and visit, a uuid hashed from the IP and user agent: the device's (Umami)
    ("umami.website_event", "session_id", "UUID", UMAMI, "user.device"),
    ("umami.website_event", "visit_id", "UUID", UMAMI, "user.device"),
    ("umami.website_event", "event_id", "UUID", UMAMI, None),
    ("umami.website_event", "distinct_id", "String", UMAMI, "user.device.cookie_id"),
    # a bare language: the one the browser accepts
    ("umami.website_event", "language", "LowCardinality(String)", UMAMI, "user.device"),
    # the tracker's platform (web, mobile, server) is the business's
    ("atomic.events", "platform", "varchar(255)", SNOWPLOW, None),
    ("events", "platform", "string", GA4, None),
    # page URLs, referrers and campaign fields are the site's (as the benchmark labels them)
    ("atomic.events", "page_url", "varchar(4096)", SNOWPLOW, None),
    ("atomic.events", "mkt_clickid", "varchar(128)", SNOWPLOW, None),
    ("pages", "context_page_url", "varchar", SEGMENT, None),
])
def test_what_a_tracked_hit_records_of_the_visitor(table: str, column: str, column_type: str, siblings: str,
                                                     key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    ("devices", "user_id", "text", SYNAPSE_DEVICES, None),  # a key to the account, not a tracker's ID
    ("orders", "browser_ip", "varchar", SHOP_ORDERS, "user.device.ip_address"),
    ("orders", "user_id", "bigint", SHOP_ORDERS, None),
    ("users", "screen_name", "varchar(50)", "id screen_name browser os device_type", "user.account.username"),
    ("members", "geo_country", "char(2)", "id email geo_country", "user.location"),  # a lookup of the sign-up IP
    ("logins", "ip_address", "inet", "id user_id ip_address user_agent", "user.device.ip_address"),
    ("sessions", "session_token", "varchar", "id user_id session_token ip user_agent",
     "user.authorization.credentials"),  # a login session's secret
    ("phone_models", "os", "varchar(40)", PHONE_MODELS, None),
    ("user_sessions", "session_token", "varchar(64)", ACTIVE_SESSIONS, "user.authorization.credentials"),
    ("user_sessions", "browser", "varchar(64)", ACTIVE_SESSIONS, "user.device"),
    ("user_sessions", "user_id", "varchar(36)", ACTIVE_SESSIONS, None),
    ("ahoy_visits", "state", "varchar", AHOY_VISITS + " state", None),  # a status, where a country is a place
    ("allowed_ips", "ip_state", "varchar(16)", "id ip ip_state", None),  # blocked or allowed, no place
    ("members", "ip_country", "char(2)", "id email ip ip_country", "user.location"),
    ("users", "language", "varchar(8)", "id email language time_zone", None),  # a setting the person chose
    ("user_sessions", "session_id", "uuid", ACTIVE_SESSIONS + " session_id", None),  # a key to a login session
])
def test_the_idioms_stay_in_their_tables(table: str, column: str, column_type: str, siblings: str,
                                        key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


MARKETO_LEAD = ("id email first_name billing_city billing_postal_code inferred_city inferred_country "
                "inferred_state_region inferred_postal_code inferred_company")


@pytest.mark.parametrize(("column", "key"), [
    ("inferred_city", "user.location"), ("inferred_state_region", "user.location"),
    ("inferred_postal_code", "user.location"), ("inferred_company", "user"),
    ("billing_city", "user.contact.address.city"),  # what the lead typed: an address
])
def test_a_place_inferred_from_a_leads_visits_is_a_location_not_an_address(column: str, key: str) -> None:
    assert generic("lead", column, "varchar(255)", MARKETO_LEAD) == key


@pytest.mark.parametrize(("table", "siblings", "key"), [
    ("member", "id email_address email_type email_client ip_signup", "user.device"),  # Mailchimp's list member
    ("commande", "id nom_client email_client montant", "user.contact.email"),  # French: the client's e-mail
])
def test_an_email_client_beside_the_rows_own_address_is_the_mail_program(table: str, siblings: str, key: str) -> None:
    assert generic(table, "email_client", "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    ("umami.session_data", "distinct_id", "String", "website_id session_id data_key string_value distinct_id", "user"),
    ("persons", "distinct_id", "varchar(400)", "id team_id person_id distinct_id version", "user"),  # PostHog's
    ("umami.session_replay", "events", "String", "replay_id website_id session_id visit_id chunk_index events",
     "user"),  # the visitor's recorded clicks and inputs
    ("webhooks", "events", "text", "id url secret events active", None),  # the kinds of event a webhook sends
    # the visitor's hashed session, in every row keyed to the tracked website; a uuid key elsewhere is a row's
    ("umami.event_data", "session_id", "UUID", "website_id session_id event_id data_key string_value", "user.device"),
    ("umami.session_replay", "visit_id", "UUID", "replay_id website_id session_id visit_id events", "user.device"),
    ("umami.event_data", "event_id", "UUID", "website_id session_id event_id data_key string_value", None),
    ("workshop_attendance", "session_id", "uuid", "id session_id attendee_id checked_in_at", None),
])
def test_a_product_analytics_id_and_a_session_replay_are_the_visitors(table: str, column: str, column_type: str,
                                                                      siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("column", "key"), [
    # the traits Segment and RudderStack keep of the user an `identify` call named, on every event
    ("context_traits_name", "user.name"),
    ("context_traits_email", "user.contact.email"),
    ("context_traits_phone", "user.contact.phone_number"),
    ("context_request_ip", "user.device.ip_address"),
    # ... a trait no term names, and the library that sent the event, are nobody's
    ("context_traits_plan", None),
    ("context_library_version", None),
])
def test_a_customer_data_platforms_identified_traits_are_the_users(column: str, key: str | None) -> None:
    siblings = SEGMENT + " context_traits_name context_traits_email context_request_ip"
    assert generic("tracks", column, "varchar", siblings) == key
