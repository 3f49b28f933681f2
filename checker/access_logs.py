"""Login, operation and session logs: the audit trail almost every admin framework and business
application keeps of what its users did.

RuoYi's `sys_logininfor` and `sys_oper_log`, JeecgBoot's and pig's `sys_log`, yudao's
`system_login_log` and `system_operate_log`, Django's `django_admin_log`, osTicket's `syslog`: each
row is one login or one operation by one person. A log records events, not a party: the kind of
business operation it logged (RuoYi's `business_type`: insert, update, delete) does not make it a
company's row, whose details would be nobody's; and a log that records the IP address each entry came
from (`oper_ip`, `s_ip`) is linked to the people who acted. In a table of logins, sessions or logged
operations that records an IP address (an access log):

- the IP address a request came from (`request_ip`: no request's identifier) is the person's;
- who acted, named by their part as text (`oper_name`, osclass's `s_who`, `operator`), is their login;
- a location (`login_location`, `oper_location`, a bare `location`) is where the person was, as the
  application geolocated it from their IP address;
- what a logged request carried and what it answered (`oper_param`, `json_result`, `request_params`,
  `response_body`), in a log of requests (one naming the request's URL or method), is whatever the
  person submitted or was shown (plain `user`);
- the client (`os`, `browser`, a bare `agent`: the user agent) is the person's device;
- in a table of login sessions (a session identifier beside the login it was signed in with), the
  session's stored data (`session_data`) is the session itself: whoever holds it is logged in.

Anywhere, a place named under the prefix of an IP address beside it (Bitwarden's `RequestCountryName`
beside `RequestIpAddress`, Recurly's `updated_by_country` beside `updated_by_ip`) is where that act came
from, as the IP geolocates.

Not the log's own bookkeeping: its `status`, `msg`, `error_msg`, `cost_time`, `business_type`, the
API method it called (`method`, `request_method`) or the URL.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from checker.evidence import Evidence
from checker.name_words import Vocabulary, matches, name_words

# what a table of logged events is called, as its head noun (`sys_oper_log`, `api_logs`, `gp_audit`, `syslog`)
LOG_NOUNS = frozenset({"log", "logs", "logging", "syslog", "audit", "audits", "audit_log", "audit_trail", "trail",
                       "journal", "logbook", "protokoll"})
_USERNAME = "user.account.username"
_IP_ADDRESS = "user.device.ip_address"
_IP_WORDS = frozenset({"ip", "ipaddr", "ip_address", "ipaddress", "ipv4", "ipv6"})
# what a table of logins or sessions is called (`sys_logininfor`, `fs_login`, `sys_user_online`, `nodesessions`)
_ACCESS_WORDS = frozenset({"login", "logins", "signin", "sign_in", "session", "sessions", "online"})
_LOCATIONS = frozenset({"location", "loc"})  # `login_location`, `oper_location`
# the places an IP address geolocates to, named after the act it was recorded with (`request_country_name`)
_PLACES = frozenset({"country", "city", "region", "location"})
_POSTAL = frozenset({"user.contact.address", "user.contact.address.postal_code"})
_PLACE_NAMES = (["country", "name"], ["country", "code"], ["city", "name"], ["region", "name"])
# who acted in a logged operation (`oper_name`, osclass's `s_who`, `operator`), named by their part
_ACTORS = frozenset({"oper", "operator", "who", "actor"})
_ACTOR_NAMES = frozenset({"name", "user", "login", "username"})
# what a request carried and what it answered (`oper_param`, `json_result`, `request_params`, `response_body`)
_CARRIED = frozenset({"param", "params", "parameter", "parameters", "args", "arguments", "result", "results",
                      "response", "request", "body", "payload"})
_EXCHANGE = frozenset({"request", "response", "req", "res", "client", "remote"})  # the two sides of a logged request
_REQUEST_WORDS = frozenset({"url", "uri", "method", "path", "endpoint", "request"})  # a log of requests names them
_CLIENT = (["os"], ["browser"], ["agent"], ["user", "agent"], ["useragent"])  # the client an access log records
_SESSION_STATE = frozenset({"data", "vars", "payload", "state", "attributes"})


def names_a_log(words: Sequence[str]) -> bool:
    """Whether a table's name, as words, ends in a log's noun (`sys_oper_log`, `api_logs`, `gp_audit`)."""
    return bool(words) and words[-1] in LOG_NOUNS


def names_the_login(siblings: Iterable[str], vocab: Vocabulary) -> bool:
    """Whether a row names the account it was signed in with (`login_name`, `username`): RuoYi's
    `sys_user_online` is a login session, its `sessionId` the login's secret, no tracker's cookie."""
    return any(kind.key == _USERNAME for sibling in siblings for kind, _ in matches(vocab.terms, name_words(sibling, vocab)))


def logs_an_address(words: Sequence[str], sibling_words: Iterable[Sequence[str]], vocab: Vocabulary) -> bool:
    """Whether a log (`names_a_log`) records the IP address each entry came from (RuoYi's `sys_oper_log.oper_ip`,
    osclass's `t_log.s_ip`): the address of whoever acted, which ties its entries to people as a key to them
    would; not a server's or a node's (`server_ip`, `node_ip`: counter-evidence before the IP)."""
    return names_a_log(words) and any(_persons_ip(list(found), vocab) for found in sibling_words)


def names_an_ip(words: Sequence[str], vocab: Vocabulary) -> bool:
    """A column the vocabulary names an IP address whole, however it is spelt (RuoYi's `ipaddr`, `remote_addr`)."""
    return any(kind.key == _IP_ADDRESS for kind, _ in matches(vocab.terms, words))


def access_log_detail(words: list[str], sql_type: str, table_words: Sequence[str], siblings: Sequence[str],
                      vocab: Vocabulary) -> Evidence | None:
    """What a column of an access log holds of the person who acted (see the module's docstring), if it
    is one of the class's idioms; kept as text or bytes only (a number is a key, a count or a code)."""
    if not words or (sql_type and sql_type not in vocab.text_types and sql_type not in vocab.file_types
                     and sql_type not in vocab.long_text_types and sql_type not in vocab.document_types):
        return None
    sibling_words = [found for found in (name_words(sibling, vocab) for sibling in siblings) if found]
    if _place_beside_its_ip(words, sibling_words, vocab):
        return Evidence(vocab.by_key["user.location"], True,
                        f"its name: the place its IP address, named alike beside it, geolocates to ('{'_'.join(words)}')")
    if not _records_access(table_words, sibling_words, vocab):
        return None
    if words[-1] in _IP_WORDS and len(words) > 1 and words[0] in _EXCHANGE and _plain_prefix(words[:-1], vocab):
        return Evidence(vocab.by_key[_IP_ADDRESS], True,
                        f"its name: the IP address a logged request came from ('{'_'.join(words)}')")
    if words[-1] in _LOCATIONS and _plain_prefix(words[:-1], vocab):
        return Evidence(vocab.by_key["user.location"], True,
                        f"its name: the {'_'.join(words)} of an access log, where its IP address places the person")
    if words[-1] in _ACTORS or (len(words) == 2 and words[0] in _ACTORS and words[1] in _ACTOR_NAMES):
        return Evidence(vocab.by_key[_USERNAME], True,
                        f"its name: who acted, '{'_'.join(words)}' as text in an access log: their login")
    if words[-1] in _CARRIED and _plain_prefix(words[:-1], vocab) and any(
            word in _REQUEST_WORDS for found in sibling_words for word in found):
        return Evidence(vocab.by_key["user"], True,
                        f"its name: the {words[-1]} a logged request carried, whatever the person submitted or was shown")
    if words in _CLIENT:
        return Evidence(vocab.by_key["user.device"], True,
                        f"its name: the {words[-1]} of the client an access log records, the person's device")
    if words[-1] in _SESSION_STATE and words[:-1] == ["session"] and _signed_in_session(sibling_words, vocab):
        return Evidence(vocab.by_key["user.authorization.credentials"], True,
                        "its name: the stored data of a login session: whoever holds it is logged in")
    return None


def _place_beside_its_ip(words: list[str], sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A place named under the prefix of an IP address beside it (Bitwarden's `RequestCountryName` beside
    `RequestIpAddress`, Recurly's `updated_by_country` beside `updated_by_ip`), or after the IP itself
    (`trans_ip_country`): where that act came from; not beside a street address or postal code under the same
    prefix (Solidres' `customer_city` beside `customer_address1`, `customer_zipcode` and `customer_ip`: typed)."""
    for size in (2, 1):
        prefix, place = words[:-size], words[-size:]
        if prefix and (place in _PLACE_NAMES or len(place) == 1 and place[0] in _PLACES) and _plain_prefix(prefix, vocab):
            if prefix[-1] in _IP_WORDS:  # Reddit's `trans_ip_country`: the place of the IP named before it
                return True
            under = [found[len(prefix):] for found in sibling_words
                     if len(found) > len(prefix) and found[:len(prefix)] == prefix]
            return any(_names_the_ip(rest, vocab) for rest in under) and not any(
                _postal(rest, vocab) for rest in under)
    return False


def _postal(words: list[str], vocab: Vocabulary) -> bool:
    """A street address or postal code (`address1`, `zipcode`): the place beside it is one the person typed."""
    return any(kind.key in _POSTAL for kind, _ in matches(vocab.terms, words))


def _names_the_ip(words: list[str], vocab: Vocabulary) -> bool:
    """`ip`, `ip_address`, `ipaddr`: the whole of what remains of a name once its prefix is taken."""
    return bool(words) and ("_".join(words) in _IP_WORDS or names_an_ip(words, vocab))


def _records_access(table_words: Sequence[str], sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A table of logins, sessions or logged operations (named so, or naming a session) with an IP address."""
    named = (any(word in _ACCESS_WORDS for word in table_words) or names_a_log(table_words)
             or any(found[-2:] in (["session", "id"], ["sessionid"]) for found in sibling_words))
    return named and any(_persons_ip(found, vocab) for found in sibling_words)


def _persons_ip(words: list[str], vocab: Vocabulary) -> bool:
    """An IP address of whoever acted (`oper_ip`, `s_ip`, `ipaddr`, `request_ip`), no server's (`server_ip`)."""
    return bool(words) and (words[-1] in _IP_WORDS or names_an_ip(words, vocab)) and _plain_prefix(words[:-1], vocab)


def _plain_prefix(words: list[str], vocab: Vocabulary) -> bool:
    """Words before the last that say whose or which event (`login_`, `oper_`, `json_`, and in a log of requests
    `request_`, `response_`), no counter-evidence (`server_`, `node_`, `upstream_`)."""
    return len(words) <= 2 and all(word in _EXCHANGE or word not in vocab.head_counter and word not in vocab.counter_any
                                   for word in words)


def _signed_in_session(sibling_words: list[list[str]], vocab: Vocabulary) -> bool:
    """A session identifier beside the login it was signed in with (RuoYi's `sys_user_online`)."""
    return (any(found[-2:] == ["session", "id"] or found == ["sessionid"] for found in sibling_words)
            and any(kind.key == _USERNAME for found in sibling_words for kind, _ in matches(vocab.terms, found)))
