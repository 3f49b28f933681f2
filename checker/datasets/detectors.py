"""Content detectors: does a value look like a personal identifier? A cheap pattern first, then
the identifier's own checksum or validity rules (python-stdnum, phonenumbers, ipaddress), so that
order numbers, timestamps and version strings stay silent. Pure Python: no pandas."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers
from stdnum import iban, luhn
from stdnum.bg import egn, pnf, vat


@dataclass(frozen=True)
class Detector:
    name: str
    label: str  # what the finding calls a match: "e-mail address"
    concept: str  # the last part of a pack category id this detector's values belong to
    looks_like: re.Pattern[str]  # a cheap shape test, applied before `valid`
    valid: Callable[[str], bool]
    strong: bool  # one match is evidence; weak detectors need a share of the sample (numbers that merely pass a checksum)


_EMAIL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}")
_PHONE = re.compile(r"(?:\+|00|0)\d[\d ().-]{5,18}\d")
_IBAN = re.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,40}")
_CARD = re.compile(r"\d{4}(?:[ -]?\d{2,4}){2,4}\d?")
_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_IPV6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
_TEN_DIGITS = re.compile(r"\d{10}")
_BG_VAT = re.compile(r"(?:BG)?\s?\d{9,10}|BG\d{13}", re.IGNORECASE)
_CARD_PREFIXES = re.compile(r"4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|35|3[0689]")


def _email(value: str) -> bool:
    local = value.split("@", 1)[0]
    return ".." not in value and not local.startswith(".")


def _phone(value: str) -> bool:
    if value.count("-") >= 2 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return False  # an ISO date
    try:
        number = phonenumbers.parse(value, "BG")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _card(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    return 13 <= len(digits) <= 19 and bool(_CARD_PREFIXES.match(digits)) and luhn.is_valid(digits)


def _ip(version: int) -> Callable[[str], bool]:
    def valid(value: str) -> bool:
        try:
            return ipaddress.ip_address(value).version == version
        except ValueError:
            return False
    return valid


def _bg_vat(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not compact.startswith("BG") and len(compact) == 10:
        return False  # ten bare digits are EGN or LNCh candidates, not a company number
    return vat.is_valid(compact)


DETECTORS: tuple[Detector, ...] = (
    Detector("email", "e-mail address", "email", _EMAIL, _email, strong=True),
    Detector("iban", "IBAN", "iban", _IBAN, lambda v: iban.is_valid(v), strong=True),
    Detector("ipv4", "IPv4 address", "ip_address", _IPV4, _ip(4), strong=True),
    Detector("ipv6", "IPv6 address", "ip_address", _IPV6, _ip(6), strong=True),
    Detector("egn", "Bulgarian EGN", "egn", _TEN_DIGITS, lambda v: egn.is_valid(v), strong=False),
    Detector("lnch", "Bulgarian LNCh", "lnch", _TEN_DIGITS, lambda v: pnf.is_valid(v), strong=False),
    Detector("card", "payment card number", "card", _CARD, _card, strong=False),
    Detector("bg_vat", "Bulgarian VAT/BULSTAT number", "tax_id", _BG_VAT, _bg_vat, strong=False),
    Detector("phone", "phone number", "phone", _PHONE, _phone, strong=False),
)
BY_NAME = {detector.name: detector for detector in DETECTORS}
WEAK_SHARE = 0.5  # weak detectors speak for a column only when this share of its sample matches


def identify(value: str) -> Detector | None:
    """The first detector (in the order above) that accepts the value, else None."""
    text = value.strip()
    if not 5 <= len(text) <= 80:
        return None
    for detector in DETECTORS:
        if detector.looks_like.fullmatch(text) and detector.valid(text):
            return detector
    return None


@dataclass(frozen=True)
class ColumnVerdict:
    """What a column's sample holds: the best detector, its matches and the sample they came from."""

    detector: Detector
    matches: int
    sampled: int
    examples: tuple[str, ...]  # up to three matching values: unmasked from classify_sample, masked once counted

    @property
    def share(self) -> float:
        return self.matches / self.sampled if self.sampled else 0.0

    @property
    def convincing(self) -> bool:
        return self.matches > 0 and (self.detector.strong or self.share >= WEAK_SHARE)


def classify_sample(values: Iterable[object]) -> ColumnVerdict | None:
    """The detector that matches most values of a column's sample, if any matches at all."""
    counts: dict[str, int] = {}
    examples: dict[str, list[str]] = {}
    sampled = 0
    for value in values:
        if value is None:
            continue
        sampled += 1
        detector = identify(str(value))
        if detector is not None:
            counts[detector.name] = counts.get(detector.name, 0) + 1
            found = examples.setdefault(detector.name, [])
            if len(found) < 3:
                found.append(str(value).strip())
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], BY_NAME[name].strong))
    return ColumnVerdict(BY_NAME[best], counts[best], sampled, tuple(examples[best]))
