"""Masking of example values: a report shows enough to find the row, never a full personal value."""

from __future__ import annotations

import ipaddress


def mask(value: object) -> str:
    """`ivan.petrov@example.bg` -> `iv***@example.bg`, `85.12.3.4` -> `85.12.*.*`,
    `7523169263` -> `75******63`; anything short is masked entirely."""
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
    if len(text) <= 6:
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]
