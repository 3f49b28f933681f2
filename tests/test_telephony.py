"""Telephony and VoIP platforms: what a PBX's call records, spooled calls and SIP peers hold of callers.

The tables are cut from the schemas the platforms ship (Asterisk's `cdr` and realtime `sippeers` and
`iaxfriends` in contrib/realtime, FreePBX's `asteriskcdrdb.cdr`, FreeSWITCH's mod_cdr_pg_csv `cdr`,
A2Billing's `cc_call`, `cc_callback_spool` and `cc_sip_buddies`); the look-alikes keep the same
column names outside a dialplan (a network flow's `src`, a job queue's `channel`, a carrier's trunk).
"""

from __future__ import annotations

import pytest

from helpers import generic
from checker.name_words import vocabulary
from checker.telephony import is_a_peer, records_calls, spools_calls

ASTERISK_CDR = ("calldate clid src dst dcontext channel dstchannel lastapp lastdata duration billsec disposition "
                "amaflags accountcode uniqueid userfield linkedid peeraccount sequence")
FREEPBX_CDR = ASTERISK_CDR + " did recordingfile cnum cnam outbound_cnum outbound_cnam dst_cnam"
FREESWITCH_CDR = ("local_ip_v4 caller_id_name caller_id_number destination_number context start_stamp answer_stamp "
                  "end_stamp duration billsec hangup_cause uuid bleg_uuid accountcode read_codec write_codec ani")
A2BILLING_CALL = ("id sessionid uniqueid card_id nasipaddress starttime stoptime sessiontime calledstation sessionbill "
                  "id_trunk sipiax src id_did buycost real_sessiontime dnid terminatecauseid destination")
CALLBACK_SPOOL = ("id uniqueid entry_time status server_ip num_attempt channel exten context priority application "
                  "data timeout callerid variable account async actionid")
SIPPEERS = ("id name ipaddr port regseconds defaultuser fullcontact regserver useragent lastms host type context "
            "permit deny secret md5secret transport dtmfmode directmedia nat callgroup pickupgroup language allow "
            "disallow insecure accountcode setvar callerid amaflags mailbox regexten fromdomain fromuser qualify "
            "defaultip fullname cid_number")
IAXFRIENDS = ("name type username mailbox secret dbsecret context regcontext host ipaddr port defaultip sourceaddress "
              "mask regexten regseconds accountcode mohinterpret mohsuggest language callerid cid_number fullname "
              "trunk auth qualify amaflags setvar")
NETFLOW = "id src dst src_port dst_port protocol duration bytes packets"
DIALPLAN = "id context exten priority app appdata"
JOB_QUEUE = "id channel payload priority attempts reserved_at"
TRUNKS = ("id name host ipaddr port defaultip fromuser fromdomain secret dtmfmode insecure qualify context "
          "callerid")


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("cdr", "src", ASTERISK_CDR, "user.contact.phone_number"),
    ("cdr", "dst", ASTERISK_CDR, "user.contact.phone_number"),
    ("cdr", "clid", ASTERISK_CDR, "user.contact.phone_number"),
    ("cdr", "cnum", FREEPBX_CDR, "user.contact.phone_number"),
    ("cdr", "cnam", FREEPBX_CDR, "user.name"),
    ("cdr", "caller_id_number", FREESWITCH_CDR, "user.contact.phone_number"),
    ("cdr", "caller_id_name", FREESWITCH_CDR, "user.name"),
    ("cdr", "destination_number", FREESWITCH_CDR, "user.contact.phone_number"),
    ("cc_call", "calledstation", A2BILLING_CALL, "user.contact.phone_number"),
    ("cc_call", "dnid", A2BILLING_CALL, "user.contact.phone_number"),
    ("cdr", "dcontext", ASTERISK_CDR, None),
    ("cdr", "lastapp", ASTERISK_CDR, None),
    ("cc_call", "destination", A2BILLING_CALL, None),
], ids=["asterisk-src", "asterisk-dst", "asterisk-clid", "freepbx-cnum", "freepbx-cnam", "freeswitch-caller",
        "freeswitch-caller-name", "freeswitch-destination", "a2billing-calledstation", "a2billing-dnid",
        "dialplan-context", "last-application", "destination-as-a-number"])
def test_a_call_detail_records_numbers_are_the_callers(table: str, column: str, siblings: str,
                                                       expected: str | None) -> None:
    types = {"destination": "int(11)"}
    assert generic(table, column, types.get(column, "varchar(80)"), siblings) == expected


def test_a_network_flows_ends_are_no_calls() -> None:
    assert records_calls(tuple(ASTERISK_CDR.split())) and records_calls(tuple(A2BILLING_CALL.split()))
    assert not records_calls(tuple(NETFLOW.split()))
    assert generic("flows", "src", "varchar(80)", NETFLOW) != "user.contact.phone_number"


@pytest.mark.parametrize(("column", "expected"), [
    ("channel", "user.contact.phone_number"),
    ("exten", "user.contact.phone_number"),
    ("callerid", "user.contact.phone_number"),
    ("account", "user.account.username"),
    ("variable", "user"),
    ("context", None),
    ("application", None),
])
def test_a_spooled_callback_dials_the_customer(column: str, expected: str | None) -> None:
    assert generic("cc_callback_spool", column, "varchar(60)", CALLBACK_SPOOL) == expected


def test_a_dialplan_or_a_job_queue_spools_no_call() -> None:
    assert spools_calls(tuple(CALLBACK_SPOOL.split()))
    assert not spools_calls(tuple(DIALPLAN.split())) and not spools_calls(tuple(JOB_QUEUE.split()))
    assert generic("extensions", "exten", "varchar(40)", DIALPLAN) is None
    assert generic("jobs", "channel", "varchar(40)", JOB_QUEUE) is None


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("sippeers", "name", SIPPEERS, "user.account.username"),
    ("sippeers", "accountcode", SIPPEERS, "user.account.username"),
    ("sippeers", "mailbox", SIPPEERS, "user.account.username"),
    ("sippeers", "callerid", SIPPEERS, "user.contact.phone_number"),
    ("sippeers", "host", SIPPEERS, "user.device.ip_address"),
    ("sippeers", "fullcontact", SIPPEERS, "user.device"),
    ("sippeers", "fullname", SIPPEERS, "user.name"),
    ("iaxfriends", "defaultip", IAXFRIENDS, "user.device.ip_address"),
    ("iaxfriends", "cid_number", IAXFRIENDS, "user.contact.phone_number"),
    ("cc_sip_buddies", "ipaddr", SIPPEERS, "user.device.ip_address"),
    ("sippeers", "context", SIPPEERS, None),
    ("sippeers", "permit", SIPPEERS, None),
], ids=["name", "accountcode", "mailbox", "callerid", "host", "fullcontact", "fullname", "iax-defaultip",
        "iax-cid-number", "a2billing-ipaddr", "context", "acl"])
def test_a_subscribers_peer_is_their_phone(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(80)", siblings) == expected


def test_a_carriers_trunk_is_the_companys() -> None:
    vocab = vocabulary()
    assert is_a_peer("sippeers", tuple(SIPPEERS.split()), vocab)
    assert not is_a_peer("voip_trunks", tuple(TRUNKS.split()), vocab)
    assert generic("voip_trunks", "callerid", "varchar(80)", TRUNKS) is None
    assert generic("servers", "name", "varchar(80)", "id name host port qualify context") is None


A2BILLING_DID = ("id id_cc_didgroup id_cc_country activated reserved iduser did creationdate startingdate expirationdate "
                 "description billingtype fixrate")
MAGNUS_CALLERID = "id cid name description id_user activated"
PROVIDERS_NUMBERS = "sid account_sid friendly_name did voice_url sms_url capabilities_voice"
DID_DESTINATION = "id destination priority id_cc_card id_cc_did creationdate activated voip_call"
TWILIO_MESSAGE = ("account_id body date_sent direction error_code id messaging_service_sid num_media num_segments price "
                  "status from to")
CHAT_MESSAGE = "id conversation_id body from to created_at"
KAMAILIO_SPEED_DIAL = "id username domain sd_username sd_domain new_uri fname lname description"
A2BILLING_SPEED_DIAL = "id id_cc_card phone name speeddial creationdate"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("cc_did", "did", A2BILLING_DID, "user.contact.phone_number"),
    ("pkg_callerid", "cid", MAGNUS_CALLERID, "user.contact.phone_number"),
    ("cc_did_destination", "destination", DID_DESTINATION, "user.contact.phone_number"),
    ("provisioned_did", "did", PROVIDERS_NUMBERS, None),
], ids=["rented-did", "customers-caller-id", "did-forwarding", "providers-own-did"])
def test_a_number_routed_for_a_customer_is_theirs(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(50)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("phone_numbers", "number", "id contact_id number kind", "user.contact.phone_number"),
    ("cc_phonenumber", "number", "id id_phonebook number name info", "user.contact.phone_number"),
    ("orders", "number", "id customer_id number total", None),
], ids=["crm-phone-numbers", "phone-book-entry", "order-number"])
def test_the_number_of_a_table_of_phone_numbers_is_one(table: str, column: str, siblings: str,
                                                        expected: str | None) -> None:
    assert generic(table, column, "varchar(30)", siblings) == expected


def test_an_sms_billed_in_segments_went_between_numbers() -> None:
    assert generic("message", "from", "varchar", TWILIO_MESSAGE) == "user.contact.phone_number"
    assert generic("message", "to", "varchar", TWILIO_MESSAGE) == "user.contact.phone_number"
    assert generic("message", "from", "varchar", CHAT_MESSAGE) != "user.contact.phone_number"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("speed_dial", "description", KAMAILIO_SPEED_DIAL, "user.content"),
    ("cc_speeddial", "name", A2BILLING_SPEED_DIAL, "user.name"),
    ("speed_dial", "sd_username", KAMAILIO_SPEED_DIAL, None),
    ("speed_dial", "username", KAMAILIO_SPEED_DIAL, "user.account.username"),
], ids=["description", "name", "short-code", "subscriber"])
def test_a_speed_dial_names_whom_it_calls(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "char(64)", siblings) == expected


def test_a_number_a_business_provisioned_is_its_line() -> None:
    bought = "id organization_id phone_number country_code status capabilities_voice capabilities_sms capabilities_mms"
    assert generic("phone_numbers", "phone_number", "varchar(20)", bought) is None
    assert generic("incoming_phone_number", "phone_number", "varchar", "account_id friendly_name voice_url") is None
    assert generic("contacts", "phone_number", "varchar(20)", "id first_name last_name email") == \
        "user.contact.phone_number"


SIP_TRACE = "id time_stamp callid traced_user msg method status fromip toip fromtag direction"
SILO = "id src_addr dst_addr username domain inc_time exp_time ctype body extra_hdrs callid status"
MAIL_LOG = "id queued_at recipient msg status"
USER_BLOCKLIST = "id username domain prefix allowlist"
ROUTING_RULES = "id groupid prefix timerec priority gwlist"
DIALOG = "id hash_entry callid from_uri from_tag to_uri to_tag req_uri caller_contact callee_contact"
TRUSTED = "id src_ip proto from_pattern ruri_pattern tag priority"
LOGINS = "id user_id src_ip user_agent created_at"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("sip_trace", "msg", SIP_TRACE, "user"),
    ("silo", "extra_hdrs", SILO, "user"),
    ("mail_log", "msg", MAIL_LOG, None),
    ("userblacklist", "prefix", USER_BLOCKLIST, "user.contact.phone_number"),
    ("dr_rules", "prefix", ROUTING_RULES, None),
    ("dialog", "req_uri", DIALOG, "user.account.username"),
], ids=["traced-message", "offline-message-headers", "mail-log-message", "subscribers-blocked-prefix",
        "routing-prefix", "dialog-request-uri"])
def test_a_sip_proxy_keeps_what_subscribers_sent_and_block(table: str, column: str, siblings: str,
                                                          expected: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == expected


def test_a_trusted_peers_address_is_a_gateways() -> None:
    assert generic("trusted", "src_ip", "varchar(50)", TRUSTED) is None
    assert generic("logins", "src_ip", "varchar(50)", LOGINS) == "user.device.ip_address"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("cc_phonenumber", "name", "id id_phonebook number name creationdate status info amount", "user.name"),
    ("pkg_phonenumber", "info", "id id_phonebook number name email info city", "user.content"),
    ("cc_phonebook", "name", "id name description id_card", None),
], ids=["entry-name", "entry-info", "the-phone-books-own-name"])
def test_a_phone_books_entries_are_the_people_it_calls(table: str, column: str, siblings: str,
                                                       expected: str | None) -> None:
    assert generic(table, column, "varchar(40)", siblings) == expected


def test_a_trunks_address_is_the_carriers() -> None:
    trunk = "id_trunk trunkcode trunkprefix providertech providerip removeprefix failover_trunk id_provider"
    assert generic("cc_trunk", "providerip", "char(80)", trunk) is None
    assert generic("cc_trunk", "trunkcode", "char(20)", trunk) is None
    assert generic("signups", "client_ip", "varchar(45)", "id email client_ip created_at") == "user.device.ip_address"
