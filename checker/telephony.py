"""Telephony and VoIP platforms: what a PBX or a telecom billing system keeps of the people who call.

Asterisk writes each call it bridges as a call detail record (`cdr`: `src`, `dst`, `clid`,
`dcontext`, `channel`, `dstchannel`, `lastapp`, `billsec`, `amaflags`), and so do the systems built
on it (FreePBX's `cdr` with `cnum`, `cnam`; A2Billing's `cc_call`: `src`, `calledstation`, `dnid`,
`sessiontime`, `terminatecauseid`) and FreeSWITCH (`caller_id_number`, `destination_number`,
`hangup_cause`, `billsec`). Such a table is known by its dialplan's words, whatever it is called:
two of them and how long the call lasted. In it the calling and the called numbers, the number
dialled and the caller ID are phone numbers (a caller ID's name part a name), since one end of every
call is a person.

A callback or click-to-call service spools the calls it will place as Asterisk's originate action
or call file has them (A2Billing's `cc_callback_spool`: `channel`, `exten`, `context`, `priority`,
`callerid`, `variable`, `account`): the channel dialled and the extension it is connected to are the
customer's numbers, the account the customer's login, the channel variables their details.

A SIP or IAX peer kept for Asterisk's realtime (`sippeers`, `iaxfriends`, A2Billing's
`cc_sip_buddies` and `cc_iax_buddies`) is a subscriber's phone, known by the peer settings its
columns name (`dtmfmode`, `canreinvite`, `regseconds`, `fullcontact`, `md5secret`, `callgroup`):
its `name` is the SIP login, as are its `accountcode` and `mailbox`; its `callerid` the subscriber's
number; its `host`, `ipaddr` and `defaultip` where the phone registers from; its `fullcontact` and
`useragent` the phone itself; its `fullname` the subscriber's name. A trunk's or a provider's peer
(a table named for trunks, providers, carriers or gateways) is the company's and holds none of it,
and so is the address a trunk reaches its carrier at (A2Billing's `cc_trunk.providerip`,
MagnusBilling's `pkg_trunk.host`).

An SMS API's message (Twilio's `message` as Fivetran lands it, SignalWire's) is known by the
segments it was billed in (`num_segments`): its bare `from` and `to` are the numbers it went between.

A telecom billing system (A2Billing, MagnusBilling) keeps the numbers it routes for a customer in
tables named for them and keyed to the customer: the DIDs a customer rents (`cc_did.did`,
`pkg_did.did` beside `iduser`) and the caller IDs they may present (`cc_callerid.cid`,
`pkg_callerid.cid` beside `id_user`) are that customer's phone numbers, and the `destination` a DID
forwards its calls to (`cc_did_destination`) is the number or SIP address that answers them. A
provider's own numbers, keyed to nobody (Twilio's `incoming_phone_number`), are the company's.
A number a business provisions on a telephony platform (Twilio's `incoming_phone_number`, the
`phone_numbers (organization_id, phone_number, capabilities_voice, capabilities_sms)` an app keeps of
the numbers it bought, Plivo's `voice_enabled`, `sms_enabled`) is kept with what it can do and the
webhook its calls and texts go to (`voice_url`, `sms_url`): its `phone_number` is the business's
line, nobody's contact.

A phone book's entries (A2Billing's `cc_phonenumber`, MagnusBilling's `pkg_phonenumber`, each keyed to
its `id_phonebook`) are the people a campaign or a callback service calls: an entry's `name` is the
person's name, its `info` what the customer noted of them.

A SIP proxy (Kamailio, OpenSIPS) keeps a SIP message whole or in part in a row of the call it belongs
to (`callid`): a traced message (`sip_trace.msg`) and a stored offline message's extra headers
(`silo.extra_hdrs`) carry the parties' addresses and devices, the people's. A subscriber's row (a
`username` beside its `domain`) keeps the number prefixes they block (`userblocklist.prefix`), and a
dialog (`from_uri`, `to_uri`) the request URI the call was placed to (`req_uri`), the callee's SIP
address. A trusted peer's source IP, beside the patterns its requests must match and their protocol
(`trusted (src_ip, proto, from_pattern)`), is a gateway's, the company's.

A subscriber's speed dials (Kamailio's and OpenSIPS's `speed_dial`, A2Billing's `cc_speeddial`) name
whom each short code calls: its bare `name` is that person's name and its `description` what the
subscriber wrote of them, while the short code itself (`sd_username`, `speeddial`) is a key on the
phone's keypad, nobody's login.
Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.evidence import Evidence
from checker.name_words import PERSON, WHOLE_NUMBER_TYPES, Vocabulary, name_words
from checker.table_context import TableContext

# how long a call lasted, as the dialplans write it (Asterisk's `billsec`, A2Billing's `sessiontime`)
_CALL_LENGTHS = frozenset({"billsec", "sessiontime", "realsessiontime", "duration", "callduration", "billseconds"})
# words only a telephony dialplan's records use (Asterisk's, FreePBX's, A2Billing's, FreeSWITCH's)
_DIALPLAN_WORDS = frozenset({"dcontext", "dstchannel", "lastapp", "lastdata", "amaflags", "dnid", "clid",
                             "calledstation", "calleridnumber", "calleridname", "destinationnumber", "hangupcause",
                             "terminatecauseid", "sipiax", "cnum", "cnam", "peeraccount", "sipcallid"})
# the numbers of a call's ends, the number dialled and the caller ID, in a call's record
_CALL_NUMBERS = frozenset({"src", "dst", "clid", "dnid", "calledstation", "callerid", "calleridnumber", "cidnum",
                           "cidnumber", "cnum", "destinationnumber", "ani", "dialednumber", "diallednumber"})
_CALLER_NAMES = frozenset({"calleridname", "cidname", "cnam"})  # the name part of a caller ID
# what an Asterisk originate action or call file names: where to dial, and where to connect the answered call
_ORIGINATE = frozenset({"channel", "exten", "context", "priority"})
_SPOOLED = {"channel": "user.contact.phone_number", "exten": "user.contact.phone_number",
            "callerid": "user.contact.phone_number", "account": "user.account.username", "variable": "user"}
# how many SMS segments a message was split and billed in (Twilio's `num_segments`; no trip's `segments`)
_SMS_SEGMENTS = frozenset({"numsegments"})
_SMS_ENDS = frozenset({"from", "to"})
_PHONE_BOOK_KEYS = frozenset({"idphonebook", "phonebookid"})  # an entry's key to its phone book
_ENTRY_DETAILS = {"name": "user.name", "info": "user.content"}
# a SIP or IAX peer's settings, as Asterisk's realtime `sippeers` and `iaxfriends` name them
_PEER_SETTINGS = frozenset({"dtmfmode", "canreinvite", "directmedia", "regexten", "regseconds", "fullcontact",
                            "defaultip", "md5secret", "dbsecret", "callgroup", "pickupgroup", "amaflags", "insecure",
                            "qualify", "regserver", "lastms", "rtptimeout", "rtpholdtimeout", "setvar", "fromdomain",
                            "defaultuser", "musiconhold", "mohsuggest", "mohinterpret", "regcontext"})
_PEER_DETAILS = {"name": "user.account.username", "accountcode": "user.account.username",
                 "mailbox": "user.account.username", "callerid": "user.contact.phone_number",
                 "cidnumber": "user.contact.phone_number", "fullname": "user.name", "host": "user.device.ip_address",
                 "ipaddr": "user.device.ip_address", "defaultip": "user.device.ip_address",
                 "fullcontact": "user.device", "useragent": "user.device"}
# the company's own links to a carrier, and a peer of the company's own (its provider's)
_CARRIER_LINKS = frozenset({"trunk", "trunks", "carrier", "carriers", "gateway", "gateways"})
_COMPANYS_PEERS = _CARRIER_LINKS | {"provider", "providers"}
_PEER_MINIMUM = 4  # settings a table of peers names; a table of calls or of users names one or two (`amaflags`)


def _plain(name: str) -> str:
    """A name run together in lower case (`caller_id_number`, `CallerIDNumber` -> calleridnumber), as
    Asterisk's columns are written."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@lru_cache(maxsize=4096)
def _plain_names(siblings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_plain(sibling) for sibling in siblings)


def records_calls(siblings: tuple[str, ...]) -> bool:
    """Whether a table's columns are a call detail record's: two of a dialplan's words and the call's length."""
    names = _plain_names(siblings)
    return len(names & _DIALPLAN_WORDS) >= 2 and bool(names & _CALL_LENGTHS)


def spools_calls(siblings: tuple[str, ...]) -> bool:
    """Whether a table's columns are an Asterisk originate action's: a channel, an extension, a context, a priority."""
    return _ORIGINATE <= _plain_names(siblings)


def is_a_peer(table: str, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a table is a subscriber's SIP or IAX peer: it names a peer's settings, and not a trunk's."""
    return (len(_plain_names(siblings) & _PEER_SETTINGS) >= _PEER_MINIMUM
            and not set(name_words(table.rsplit(".", 1)[-1], vocab)) & _COMPANYS_PEERS)


def telephony_detail(table: str, column: str, sql_type: str, siblings: tuple[str, ...],
                     vocab: Vocabulary) -> Evidence | None:
    """What a column of a call's record, a spooled call or a subscriber's peer holds of the caller, if
    it is one of the class's idioms (see the module's docstring). Only text: a number is a key or a count."""
    if sql_type and sql_type not in vocab.text_types:
        return None
    name = _plain(column)
    if records_calls(siblings):
        if name in _CALL_NUMBERS:
            return Evidence(vocab.by_key["user.contact.phone_number"], True,
                            f"its name: '{column}', a number of the call, in a call detail record")
        if name in _CALLER_NAMES:
            return Evidence(vocab.by_key["user.name"], True, "its name: the caller ID's name, in a call detail record")
    if name in _SMS_ENDS and _SMS_SEGMENTS & _plain_names(siblings):
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        f"its name: the number a text message went '{name}', beside the segments it was billed in")
    if name in _ENTRY_DETAILS and _PHONE_BOOK_KEYS & _plain_names(siblings):
        return Evidence(vocab.by_key[_ENTRY_DETAILS[name]], True,
                        f"its name: the '{column}' of a phone book's entry, a person it calls")
    if (proxied := _sip_proxys(name, siblings, vocab)) is not None:
        return proxied
    if name in _SPOOLED and spools_calls(siblings):
        return Evidence(vocab.by_key[_SPOOLED[name]], True,
                        f"its name: the '{column}' of a call spooled to be placed, as Asterisk's originate names it")
    if name in _PEER_DETAILS and is_a_peer(table, siblings, vocab):
        return Evidence(vocab.by_key[_PEER_DETAILS[name]], True,
                        f"its name: the '{column}' of a subscriber's SIP or IAX peer")
    return None


# the numbers a billing system routes for a customer: a table named for them, and the column that holds one
_ROUTED_NUMBERS = {"did": frozenset({"did", "didnumber", "number"}),
                   "caller_id": frozenset({"cid", "callerid", "number", "cidnumber"})}
_FORWARDED_TO = "destination"  # where a DID's calls go: a number, a SIP address


def subscribers_number(column: str, sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A DID or a caller ID kept in a table named for them and keyed to a customer (`cc_did.did`,
    `pkg_callerid.cid`), and the destination a DID forwards to: the customer's phone number."""
    if sql_type and sql_type not in vocab.text_types:
        return None
    name, nouns = _plain(column), {noun.replace("callerid", "caller_id") for noun in context.nouns}
    if name == _FORWARDED_TO and "did_destination" in nouns:
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        "its name: the number a customer's DID forwards its calls to")
    if not context.subjects & {PERSON, "@linked", "@own"}:
        return None
    for noun, columns in _ROUTED_NUMBERS.items():
        if noun in nouns and name in columns:
            return Evidence(vocab.by_key["user.contact.phone_number"], True,
                            f"its name: the {noun.replace('_', ' ')} a table keyed to a customer is named for")
    return None


_SPEED_DIALS = frozenset({"speed_dial", "speeddial"})
_WHOM_IT_DIALS = {"name": "user.name", "description": "user.content"}
_SHORT_CODES = frozenset({"sdusername", "speeddial", "sddomain"})


def speed_dial_entry(column: str, sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A speed dial's `name` and `description`: the person its short code calls, and what the subscriber wrote."""
    name = _plain(column)
    if name in _WHOM_IT_DIALS and context.nouns & _SPEED_DIALS and sql_type not in WHOLE_NUMBER_TYPES:
        return Evidence(vocab.by_key[_WHOM_IT_DIALS[name]], True, f"its name: the {name} of whom a speed dial calls")
    return None


def speed_dial_code(column: str, context: TableContext) -> bool:
    """A speed dial's short code (`sd_username`, `speeddial`): a key on the keypad, no login."""
    return _plain(column) in _SHORT_CODES and bool(context.nouns & _SPEED_DIALS)


# what a provisioned number can do and the webhooks its calls and texts go to
_LINE_SETTINGS = frozenset({"voiceurl", "smsurl", "capabilitiesvoice", "capabilitiessms", "capabilitiesmms",
                            "voiceenabled", "smsenabled", "voiceapplicationsid", "smsapplicationsid"})
_LINE_NUMBERS = frozenset({"phonenumber", "number", "did"})


def providers_line(column: str, siblings: tuple[str, ...]) -> bool:
    """A number provisioned on a telephony platform, beside its capabilities or webhooks (Twilio's
    `incoming_phone_number.phone_number` beside `voice_url`): the business's line."""
    return _plain(column) in _LINE_NUMBERS and bool(_plain_names(siblings) & _LINE_SETTINGS)


_SIP_MESSAGE_PARTS = frozenset({"msg", "extrahdrs"})  # a SIP message kept whole, or its extra headers
_SUBSCRIBERS_ROW = frozenset({"username", "domain"})  # a SIP subscriber: a user name beside its domain
_DIALOG_ENDS = frozenset({"fromuri", "touri"})
_PERMISSION_PATTERNS = frozenset({"frompattern", "rupattern", "ruripattern", "pattern"})
_PEER_IPS = frozenset({"srcip", "ip", "ipaddr"})


def _sip_proxys(name: str, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """A SIP proxy's idioms: a traced message and an offline message's extra headers beside the call's ID,
    a subscriber's blocked prefix, a dialog's request URI."""
    names = _plain_names(siblings)
    if name in _SIP_MESSAGE_PARTS and "callid" in names:
        return Evidence(vocab.by_key["user"], True, f"its name: the SIP message '{name}' of a call between people")
    if name == "prefix" and _SUBSCRIBERS_ROW <= names:
        return Evidence(vocab.by_key["user.contact.phone_number"], True,
                        "its name: a number prefix a SIP subscriber blocks, in the subscriber's row")
    if name == "requri" and _DIALOG_ENDS <= names:
        return Evidence(vocab.by_key["user.account.username"], True,
                        "its name: the request URI a SIP dialog was placed to, the callee's address")
    return None


def trusted_peer(column: str, siblings: tuple[str, ...]) -> bool:
    """A trusted peer's source IP beside the patterns its requests must match and their protocol: a gateway's."""
    names = _plain_names(siblings)
    return _plain(column) in _PEER_IPS and "proto" in names and bool(names & _PERMISSION_PATTERNS)


_HOSTS = frozenset({"host", "hostname", "ip", "ipaddr", "ipaddress"})


def carriers_address(table: str, column: str, vocab: Vocabulary) -> bool:
    """The host or IP a trunk reaches its carrier at (`cc_trunk.providerip`, `pkg_trunk.host`): the company's link."""
    words = name_words(column, vocab)
    return ((_plain(column) in _HOSTS or words[-1:] == ["ip"])
            and bool(set(name_words(table.rsplit(".", 1)[-1], vocab)) & _CARRIER_LINKS))
