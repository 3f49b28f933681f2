"""Masking of example values: a report shows enough to find the row, never a full personal value.

Column names are masked too when they are values: a CSV without a header row gives its first row
(an e-mail address, a national ID) as column names, and a report must not print them in full."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

_MAC = re.compile(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}")
_CISCO_MAC = re.compile(r"[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}")
_DATE = re.compile(r"(\d{2})\d{2}([-/.])\d{2}\2\d{2}")
VALUE_DIGITS = 4  # a name with at least this many digits, and mostly digits, is a number (ID, phone, date, IP)


def mask(value: object) -> str:
    """`ivan.petrov@example.bg` -> `iv***@example.bg`, `85.12.3.4` -> `85.12.*.*`, a MAC address
    keeps its manufacturer's first two octets, a date only its century, and anything else its first
    two and last two characters with the separators in between (`222-398-8279` -> `22*-***-**79`);
    anything short is masked entirely. A nested value (a struct, list or map) is shown with each of
    its values masked, its field names kept unless they look like values."""
    if isinstance(value, (dict, list, tuple)):
        return _masked_nested(value)
    text = str(value).strip()
    if "@" in text:
        local, _, domain = text.rpartition("@")
        return f"{local[:2]}***@{domain}" if local else "@" + mask(domain)  # `@handle`: the handle masked
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        address = None
    if address is not None and address.version == 4:
        return ".".join(text.split(".")[:2]) + ".*.*"
    if address is not None:
        return ":".join(address.exploded.split(":")[:2]) + ":*"
    if _MAC.fullmatch(text):
        separator = text[2]
        return separator.join(text.split(separator)[:2] + ["**"] * 4)
    if _CISCO_MAC.fullmatch(text):
        return text[:4] + ".****.****"
    if (date := _DATE.fullmatch(text)) is not None:
        return f"{date[1]}**{date[2]}**{date[2]}**"
    if len(text) <= 6:
        return "*" * len(text)
    middle = "".join(character if character in " -./()" else "*" for character in text[2:-2])
    return text[:2] + middle + text[-2:]


NESTED_SHOWN = 4  # fields or items of a nested value shown in an example


def _masked_nested(value: dict[object, object] | list[object] | tuple[object, ...], depth: int = 0) -> str:
    if depth >= 3:
        return "{...}" if isinstance(value, dict) else "[...]"
    items = list(value.items()) if isinstance(value, dict) else list(value)
    shown = []
    for item in items[:NESTED_SHOWN]:
        key, inner = item if isinstance(value, dict) else (None, item)
        text = _masked_nested(inner, depth + 1) if isinstance(inner, (dict, list, tuple)) else \
            ("null" if inner is None else mask(inner))
        if key is not None:
            name = str(key)
            text = f"{mask(name) if looks_like_value(name) else name}: {text}"
        shown.append(text)
    if len(items) > NESTED_SHOWN:
        shown.append("...")
    return ("{%s}" if isinstance(value, dict) else "[%s]") % ", ".join(shown)


def looks_like_value(name: str) -> bool:
    """A column name that is a value, not a name: it holds an `@` (an e-mail address or a handle) or
    is mostly digits (a national ID, a phone number, a date, an IP address)."""
    text = "".join(name.split())
    digits = sum(character.isdigit() for character in text)
    return "@" in text or (digits >= VALUE_DIGITS and 2 * digits >= len(text))


def masked_names(text: str, names: Iterable[str]) -> str:
    """`text` with each of `names` that `looks_like_value` masked wherever it occurs (any case)."""
    values = sorted({name for name in names if name.strip() and looks_like_value(name)}, key=len, reverse=True)
    if not values:
        return text
    pattern = re.compile("|".join(re.escape(value) for value in values), re.IGNORECASE)
    return pattern.sub(lambda match: mask(match[0]), text)


# pyarrow's parse errors end with the row or value they stopped at, after "got N:", "row:" or "value:"
QUOTED_ROW = re.compile(r"((?:got \d+ ?|[Rr]ow|[Vv]alue|[Ll]ine|[Ss]traddling object)[^:]{0,40}?):\s.*$")


def without_quoted_values(text: str) -> str:
    """A reader's error message without the data it quotes (`Expected 2 columns, got 4:
    ana@example.bg,8501011234,...` is personal data): cut where a quoted row or value begins."""
    return QUOTED_ROW.sub(r"\1 (the row's values are not shown)", text)
