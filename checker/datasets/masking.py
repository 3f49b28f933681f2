"""Masking of example values: a report shows enough to find the row, never a full personal value."""

from __future__ import annotations

import ipaddress
import re

_MAC = re.compile(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}")
_CISCO_MAC = re.compile(r"[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}")
_DATE = re.compile(r"(\d{2})\d{2}([-/.])\d{2}\2\d{2}")


def mask(value: object) -> str:
    """`ivan.petrov@example.bg` -> `iv***@example.bg`, `85.12.3.4` -> `85.12.*.*`, a MAC address
    keeps its manufacturer's first two octets, a date only its century, and anything else its first
    two and last two characters with the separators in between (`222-398-8279` -> `22*-***-**79`);
    anything short is masked entirely."""
    text = str(value).strip()
    if "@" in text:
        local, _, domain = text.rpartition("@")
        return f"{local[:2]}***@{domain}"
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
