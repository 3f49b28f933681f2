"""Connection strings without their passwords, by parsing rather than by pattern.

`hide_password` renders a database URL (SQLAlchemy's `make_url(...).render_as_string(hide_password=True)`,
with `password=` query parameters hidden too) or a libpq key=value string (psycopg's conninfo parser)
without its secret. `redact` cleans any text that may hold one (an error message, a URL): the
connection strings in it are rendered that way, and every password privgate has seen in a
connection string this run is masked wherever it appears. `connection_string_problem` says why a
string cannot be used safely (it would not be read as the user meant, and the driver's error
would quote pieces of the password).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

MASK = "***"
SECRET_KEYS = frozenset({"password", "sslpassword"})  # libpq's keywords whose values are secrets
MIN_SCRUBBED = 4  # shorter passwords are hidden where they are parsed, but not masked in free text
_seen: set[str] = set()  # passwords met in connection strings this run (see `redact`)

URL_IN_TEXT = re.compile(r"[a-z][a-z0-9+.-]*://[^\s'\"<>]*", re.IGNORECASE)
KEY_VALUE = re.compile(r"\b(?P<key>[a-z_]*password)\s*=\s*(?:'(?:[^'\\]|\\.)*'?|[^\s&;,]*)", re.IGNORECASE)
URL_START = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
DSN_KEY = re.compile(r"^\s*[a-z_]+\s*=", re.IGNORECASE)


def hide_password(connection: str) -> str:
    """`postgresql://alice:s3cret@host/db?password=x` -> `postgresql://alice:***@host/db?password=***`;
    `host=h password=s3cret` -> `host=h password=***`. Anything else comes back unchanged."""
    if "://" in connection:
        return _url_without_password(connection)
    if DSN_KEY.match(connection):
        return _dsn_without_password(connection)
    return connection


def redact(text: str) -> str:
    """Any text with the connection strings in it rendered without passwords, and the passwords
    seen in connection strings so far masked wherever they occur (a driver's message may quote one)."""
    if "\n" not in text and (URL_START.match(text) or DSN_KEY.match(text)):
        text = hide_password(text)  # the whole text is one connection string (spaces and all)
    else:
        text = URL_IN_TEXT.sub(_embedded_url, text)
        text = KEY_VALUE.sub(lambda match: f"{match['key']}={MASK}", text)
    for secret in sorted(_seen, key=len, reverse=True):
        for spelling in {secret, quote(secret, safe=""), quote(secret)}:
            text = text.replace(spelling, MASK)
    return text


def _embedded_url(match: re.Match[str]) -> str:
    """A URL inside a sentence, without the punctuation that follows it."""
    url = match[0].rstrip(".,:;)]}!")
    if "@" not in url and "password" not in url.lower():  # no credentials: left exactly as written
        return match[0]
    return _url_without_password(url) + match[0][len(url):]


def connection_string_problem(connection: str) -> str | None:
    """Why a connection string cannot be used as given, in words that quote none of it; None if it can."""
    if "://" in connection:
        rest = connection.partition("://")[2]
        userinfo = rest[:max(0, _credentials_end(rest))]
        if any(character in userinfo for character in "@/?#"):
            return ("its user name or password holds '@', '/', '?' or '#': percent-encode them "
                    "(%40, %2F, %3F, %23), or give the password in PGPASSWORD or ~/.pgpass")
        return None
    try:
        from psycopg.conninfo import conninfo_to_dict

        conninfo_to_dict(connection)
    except ImportError:  # pragma: no cover - psycopg is a dependency of the PostgreSQL readers
        return None
    except Exception:  # noqa: BLE001 - libpq's message quotes the string; say only that it does not parse
        return "it does not parse as a libpq key=value string (quote values holding spaces: password='a b')"
    return None


def _credentials_end(rest: str) -> int:
    """Where the user:password part after `scheme://` ends: the last '@' of the authority, read
    conservatively (a password with an unencoded '@', '/' or '?' stays inside), or -1 for none."""
    query_at = rest.find("?")
    at = rest.rfind("@")
    if at < 0:
        return -1
    if 0 <= query_at < at and "=" in rest[query_at:at]:  # `?user=me@corp`: the '@' is the query's
        at = rest.rfind("@", 0, query_at)
    return at


def _url_without_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    end = _credentials_end(rest)
    userinfo, host = (rest[:end], rest[end + 1:]) if end >= 0 else ("", rest)
    user, has_password, password = userinfo.partition(":")
    if has_password and password:
        _remember(unquote(password))
    # Rebuilt with the user and password percent-encoded, so that the parser below cannot read a
    # piece of an unencoded password as the host or the database (libpq and SQLAlchemy both would).
    normalised = f"{scheme}://"
    if end >= 0:
        normalised += quote(unquote(user), safe="") + (":" + quote(unquote(password), safe="") if has_password else "")
        normalised += "@"
    normalised += host
    try:
        from sqlalchemy.engine import make_url

        parsed = make_url(normalised)
        secrets = {key: MASK for key in parsed.query if key.lower() in SECRET_KEYS}
        for key in secrets:
            values = parsed.query[key]
            for value in (values,) if isinstance(values, str) else values:
                _remember(value)
        return parsed.update_query_dict(secrets).render_as_string(hide_password=True).replace(quote(MASK, safe=""), MASK)
    except Exception:  # noqa: BLE001 - SQLAlchemy missing, or a string it cannot read: hide all but the scheme
        return f"{scheme}://{MASK}"


def _dsn_without_password(dsn: str) -> str:
    try:
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        fields = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - unparsable (or no psycopg): keep only what comes before a secret
        lowered = dsn.lower()
        cut = min((index for index in (lowered.find(key) for key in ("sslpassword", "password")) if index >= 0),
                  default=-1)
        return dsn if cut < 0 else dsn[:cut] + f"password={MASK}"
    for key, value in fields.items():
        if key in SECRET_KEYS and value:
            _remember(str(value))
    return make_conninfo(**{key: MASK if key in SECRET_KEYS else value for key, value in fields.items()})


def _remember(secret: str) -> None:
    if len(secret) >= MIN_SCRUBBED:
        _seen.add(secret)
