"""Content detectors: does a value look like a personal identifier? A cheap shape first, then the
identifier's own checksum or validity rules (python-stdnum, phonenumbers, ipaddress, IDNA), so
that order numbers, timestamps, version strings and hex hashes stay silent. Each detector names the
generic taxonomy key (`user.contact.email` ...) of what it finds. Free text is scanned token by
token for identifiers inside it; dates of birth are recognised per column, and only where the
column's name or its table says the rows are people. Pure Python: no pandas."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from itertools import islice

import phonenumbers
from stdnum import iban, luhn
from stdnum.bg import egn, pnf, vat
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.se import personnummer

Check = Callable[[str, "str | None"], bool]  # (value, region hint) -> valid

NATIONAL_ID = "user.government_id.national_identification_number"
TAX_ID = "user.government_id.tax_id"


@dataclass(frozen=True)
class Detector:
    name: str
    label: str  # what the finding calls a match: "e-mail address"
    key: str  # the generic taxonomy key of COMMON.md: `user.contact.email`
    concept: str  # the last part of a company pack's category id for the same data (`account.email`)
    looks_like: re.Pattern[str]  # a cheap shape test, applied before `valid`
    valid: Check
    strong: bool  # one match is evidence; weak detectors need a share of the sample (numbers that merely pass a checksum)
    country: str | None = None  # the country whose identifier this is: preferred under that region hint
    plural_label: str | None = None
    supporting: bool = False  # evidence only together with the column's name or table (dates of birth)

    @property
    def plural(self) -> str:
        return self.plural_label or self.label + ("es" if self.label.endswith("ss") else "s")


_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]"  # RFC 5322 atext, with any Unicode letter or digit (RFC 6531)
_LOCAL = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
_TLD = re.compile(r"[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59}", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@<>(),;:\"\[\]\\]{1,64}@[^\s@<>(),;:\"\[\]\\]{1,253}")
_PHONE = re.compile(r"(?:\+|00)?\(?\d[\d ().-]{5,18}\d")
_IBAN = re.compile(r"[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}")
_CARD = re.compile(r"\d{4}(?:[ -]?\d{2,4}){2,4}\d?")
_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_IPV6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
_MAC = re.compile(r"[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}")
_TEN_DIGITS = re.compile(r"\d{10}")
_BG_VAT = re.compile(r"(?:BG)?\s?\d{9,10}|BG\d{13}", re.IGNORECASE)
_DE_IDNR = re.compile(r"\d{2} ?\d{3} ?\d{3} ?\d{3}")
_FR_NIR = re.compile(r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", re.IGNORECASE)
_ES_DNI = re.compile(r"\d{8}-?[A-Za-z]")
_ES_NIE = re.compile(r"[XYZxyz]-?\d{7}-?[A-Za-z]")
_IT_CF = re.compile(r"[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z]"
                    r"[0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]")
_NL_BSN = re.compile(r"\d{9}|\d{4}\.\d{2}\.\d{3}")
_PL_PESEL = re.compile(r"\d{11}")
_RO_CNP = re.compile(r"\d{13}")
_SE_PNR = re.compile(r"(?:\d{2})?\d{6}[-+]?\d{4}")
_CARD_BRANDS = tuple((re.compile(prefix), lengths) for prefix, lengths in (
    ("4", (13, 16, 19)), ("5[1-5]|2[2-7]", (16,)), ("3[47]", (15,)), ("6(?:011|5|4[4-9])", (16, 19)),
    ("35", (16, 17, 18, 19)), ("3[0689]", (14, 16))))
_DATED_ID = re.compile(r"(\d{2})(\d{2})(\d{2})[-+]\d{4}")  # YYMMDD-NNNN, DDMMYY-NNNN: Nordic personal numbers
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DIGIT_GROUPS = re.compile(r"\d+")
_PHONE_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)


def _email(value: str, region: str | None = None) -> bool:
    """RFC 5322/6531 syntax without DNS: dot-atom local part (Unicode letters allowed), a domain of
    letter-or-digit labels that IDNA can encode, an alphabetic top-level label."""
    local, _, domain = value.rpartition("@")
    labels = domain.rstrip(".").split(".") if domain else []
    if not _LOCAL.fullmatch(local) or len(labels) < 2 or not _TLD.fullmatch(labels[-1]):
        return False
    if not all(_LABEL.fullmatch(label) for label in labels):
        return False
    try:
        domain.encode("idna")
    except UnicodeError:
        return False
    return True


def _phone(value: str, region: str | None = None) -> bool:
    """A number phonenumbers accepts for the region hint (BG when none), written as people write
    phone numbers: with `+`/`00`, a national trunk `0`, or separators grouped like the region's
    own format (`222-398-8279` in the US, not `2026-000123`). Dates and bare digit runs stay out."""
    if _ISO_DATE.fullmatch(value[:10]) or re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", value):
        return False
    if (dated := _DATED_ID.fullmatch(value)) is not None and _is_date_of_six(dated.groups()):
        return False  # the shape of a Swedish personnummer or Danish CPR number, not of a phone number
    international = value.startswith(("+", "00"))
    hint = region if region in _PHONE_REGIONS else "BG"
    try:
        number = phonenumbers.parse(value, None if value.startswith("+") else hint)
    except phonenumbers.NumberParseException:
        return False
    if international or value.startswith("0"):
        return phonenumbers.is_valid_number(number)
    groups = _DIGIT_GROUPS.findall(value)
    if len(groups) < 2 or region is None or not phonenumbers.is_possible_number(number):
        return False  # a bare run of digits is an order number as often as a phone number
    # grouped as the region writes it, or with the country code in front but no `+` (`1 (780) 836-9987`)
    return any(groups == _DIGIT_GROUPS.findall(phonenumbers.format_number(number, style))
               for style in (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _is_date_of_six(parts: tuple[str, ...]) -> bool:
    """Whether six digits read as YYMMDD or DDMMYY."""
    first, middle, last = (int(part) for part in parts)
    return 1 <= middle <= 12 and (1 <= last <= 31 or 1 <= first <= 31)


def _card(value: str, region: str | None = None) -> bool:
    """A Luhn-valid number of a length its issuer's prefix allows (Visa 13/16/19, Amex 15 ...)."""
    digits = re.sub(r"[ -]", "", value)
    lengths = next((allowed for prefix, allowed in _CARD_BRANDS if prefix.match(digits)), ())
    return len(digits) in lengths and luhn.is_valid(digits)


def _ip(version: int) -> Check:
    def valid(value: str, region: str | None = None) -> bool:
        try:
            return ipaddress.ip_address(value).version == version
        except ValueError:
            return False
    return valid


def _mac(value: str, region: str | None = None) -> bool:
    """Six octets, separators consistent; all-zero and broadcast addresses name no device."""
    digits = re.sub(r"[:.-]", "", value).lower()
    return digits not in ("000000000000", "ffffffffffff")


def _bg_vat(value: str, region: str | None = None) -> bool:
    """`BG175074752`; bare nine digits (also a Dutch BSN's shape) only in Bulgarian data."""
    compact = value.replace(" ", "").upper()
    if not compact.startswith("BG") and (len(compact) == 10 or region != "BG"):
        return False  # ten bare digits are EGN or LNCh candidates, not a company number
    return vat.is_valid(compact)


def _personnummer(value: str, region: str | None = None) -> bool:
    """`880320-0016` or `19880320-0016`; bare ten digits (also EGN's shape) only in Swedish data."""
    if value.isdigit() and len(value) == 10 and region != "SE":
        return False
    return personnummer.is_valid(value)


def _stdnum(module: object) -> Check:
    return lambda value, region=None: bool(module.is_valid(value))  # type: ignore[attr-defined]


def _detector(name: str, label: str, key: str, concept: str, shape: re.Pattern[str], valid: Check, strong: bool,
              country: str | None = None, plural: str | None = None) -> Detector:
    return Detector(name, label, key, concept, shape, valid, strong, country, plural)


DETECTORS: tuple[Detector, ...] = (
    _detector("email", "e-mail address", "user.contact.email", "email", _EMAIL, _email, True),
    _detector("iban", "IBAN", "user.financial.bank_account", "iban", _IBAN, _stdnum(iban), True),
    _detector("ipv4", "IPv4 address", "user.device.ip_address", "ip_address", _IPV4, _ip(4), True),
    _detector("ipv6", "IPv6 address", "user.device.ip_address", "ip_address", _IPV6, _ip(6), True),
    _detector("mac", "MAC address", "user.device.device_id", "id", _MAC, _mac, True),
    _detector("it_codicefiscale", "Italian codice fiscale", TAX_ID, "tax_id", _IT_CF, _stdnum(codicefiscale), True,
              "IT", "Italian codici fiscali"),
    _detector("egn", "Bulgarian EGN", NATIONAL_ID, "egn", _TEN_DIGITS, _stdnum(egn), False, "BG"),
    _detector("lnch", "Bulgarian LNCh", NATIONAL_ID, "lnch", _TEN_DIGITS, _stdnum(pnf), False, "BG"),
    _detector("pl_pesel", "Polish PESEL", NATIONAL_ID, "national_id", _PL_PESEL, _stdnum(pesel), False, "PL"),
    _detector("ro_cnp", "Romanian CNP", NATIONAL_ID, "national_id", _RO_CNP, _stdnum(cnp), False, "RO"),
    _detector("se_personnummer", "Swedish personnummer", NATIONAL_ID, "national_id", _SE_PNR,
              _personnummer, False, "SE"),
    _detector("fr_nir", "French NIR (social security number)", NATIONAL_ID, "national_id", _FR_NIR, _stdnum(nir),
              False, "FR", "French NIRs (social security numbers)"),
    _detector("es_dni", "Spanish DNI", NATIONAL_ID, "national_id", _ES_DNI, _stdnum(dni), False, "ES"),
    _detector("es_nie", "Spanish NIE", NATIONAL_ID, "national_id", _ES_NIE, _stdnum(nie), False, "ES"),
    _detector("de_idnr", "German tax ID (IdNr)", TAX_ID, "tax_id", _DE_IDNR, _stdnum(idnr), False, "DE",
              "German tax IDs (IdNr)"),
    _detector("nl_bsn", "Dutch BSN", NATIONAL_ID, "national_id", _NL_BSN, _stdnum(bsn), False, "NL"),
    _detector("card", "payment card number", "user.financial.credit_card", "card", _CARD, _card, False),
    _detector("bg_vat", "Bulgarian VAT/BULSTAT number", TAX_ID, "tax_id", _BG_VAT, _bg_vat, False, "BG"),
    _detector("phone", "phone number", "user.contact.phone_number", "phone", _PHONE, _phone, False),
)
FREE_TEXT = Detector("free_text", "free-text value with identifiers inside", "user.content", "content",
                     re.compile(r".*\s.*", re.DOTALL), lambda value, region=None: False, False,
                     plural_label="free-text values with identifiers inside")
BIRTH_DATE = Detector("date_of_birth", "date of birth", "user.demographic.date_of_birth", "date_of_birth",
                      re.compile(r".+"), lambda value, region=None: False, False,
                      plural_label="dates of birth", supporting=True)
BY_NAME = {detector.name: detector for detector in (*DETECTORS, FREE_TEXT, BIRTH_DATE)}
WEAK_SHARE = 0.5  # weak detectors speak for a column only when this share of its sample matches
STRONG_IN_TEXT = frozenset({"email", "iban", "mac"})  # one of these inside a note is evidence on its own
TEXT_SCANNED = ("email", "iban", "ipv4", "ipv6", "mac", "card", "phone")
TEXT_LIMIT = 2000  # characters of a free-text value that are scanned


def identify_all(value: str, region: str | None = None) -> list[Detector]:
    """Every detector that accepts the value, those of the hinted country first."""
    text = value.strip()
    if not 5 <= len(text) <= 80:
        return []
    found = [detector for detector in DETECTORS if detector.looks_like.fullmatch(text) and detector.valid(text, region)]
    return sorted(found, key=lambda detector: detector.country is not None and detector.country != region)


def identify(value: str, region: str | None = None) -> Detector | None:
    """The first detector (in the order above, the hinted country's first) that accepts the value."""
    found = identify_all(value, region)
    return found[0] if found else None


_TOKEN_EDGES = "<>()[]{},;:\"'!?.`*"
_IN_TEXT = {  # identifiers written with spaces inside them, found by pattern across tokens
    "iban": re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])"),
    "card": re.compile(r"(?<![\w-])\d{4}(?:[ -]\d{4}){3}(?![\w-])|(?<![\w-])\d{4}[ -]\d{6}[ -]\d{5}(?![\w-])"),
    "phone": re.compile(r"(?<![\w./:-])(?:\+|00)?\(?\d[\d ().-]{5,18}\d(?![\w./:-])"),
}


def identifiers_in_text(text: str, region: str | None = None) -> list[tuple[Detector, str]]:
    """Identifiers inside a free-text value, as Presidio's analyzer finds them: each token
    (surrounding punctuation stripped) through the single-token detectors, then the patterns of
    identifiers that contain spaces (IBANs, cards, phone numbers), each validated."""
    text = text[:TEXT_LIMIT]
    found: list[tuple[Detector, str]] = []
    for raw in text.split():
        token = raw.strip(_TOKEN_EDGES)
        for name in ("email", "ipv4", "ipv6", "mac", "iban"):
            detector = BY_NAME[name]
            if 5 <= len(token) <= 80 and detector.looks_like.fullmatch(token) and detector.valid(token, region):
                found.append((detector, token))
                break
    seen = {value for _, value in found}
    for name, pattern in _IN_TEXT.items():
        detector = BY_NAME[name]
        for match in pattern.finditer(text):
            candidate = match.group(0).strip()
            if candidate not in seen and detector.valid(candidate, region) and \
                    not any(candidate in other or other in candidate for other in seen):
                found.append((detector, candidate))
                seen.add(candidate)
    return found


@dataclass(frozen=True)
class ColumnVerdict:
    """What a column's sample holds: the best detector, its matches and the sample they came from."""

    detector: Detector
    matches: int
    sampled: int
    examples: tuple[str, ...]  # up to three matching values (only the identifier inside free text): unmasked
    # from classify_sample, masked once counted
    inside: tuple[str, ...] = ()  # free text: the detectors whose identifiers were found inside the values
    at: str = ""  # nested values (structs, lists, JSON objects): the path of the field that holds them

    @property
    def key(self) -> str:
        """The generic taxonomy key of what the column holds."""
        return self.detector.key

    @property
    def share(self) -> float:
        return self.matches / self.sampled if self.sampled else 0.0

    @property
    def strong(self) -> bool:
        return self.detector.strong or any(name in STRONG_IN_TEXT for name in self.inside)

    @property
    def convincing(self) -> bool:
        """Evidence on its own that the column holds the detector's kind of personal data."""
        return self.matches > 0 and not self.detector.supporting and (self.strong or self.share >= WEAK_SHARE)

    @property
    def supports(self) -> bool:
        """Evidence together with the context it was found in (a date of birth in a person table)."""
        return self.convincing or (self.detector.supporting and self.share >= WEAK_SHARE)

    @property
    def what(self) -> str:
        """What the matching values are: `e-mail addresses`, `free text with e-mail addresses, IBANs`,
        `e-mail addresses at contact.email` (inside nested values)."""
        what = self.detector.plural if not self.inside else \
            f"free text with {', '.join(sorted({BY_NAME[name].plural for name in self.inside}))}"
        if not self.at:
            return what
        return f"{what} in its list items" if self.at == "[]" else f"{what} at {self.at}"

    def describe(self) -> str:
        """`97% of 1,000 sampled values are e-mail addresses`."""
        return f"{self.share:.0%} of {self.sampled:,} sampled values are {self.what}"


def classify_sample(values: Iterable[object], region: str | None = None) -> ColumnVerdict | None:
    """The detector that matches most values of a column's sample (a value may satisfy several:
    the hinted country's and the strong ones win ties); values no detector takes whole are scanned
    as free text for identifiers inside them. Nested values (structs, lists, JSON objects and
    arrays, also as text) are taken apart: each field's values are classified on their own, and the
    most convincing field speaks for the column, named by its path."""
    scalars: list[object] = []
    fields: dict[str, list[object]] = {}
    for value in values:
        if nested(value):
            for path, leaf in nested_leaves(value):
                fields.setdefault(path, []).append(leaf)
        else:
            scalars.append(value)
    verdicts = [verdict for verdict in [_classify_scalars(scalars, region)] if verdict is not None]
    verdicts += [replace(verdict, at=path) for path, leaves in fields.items()
                 if (verdict := _classify_scalars(leaves, region)) is not None]
    if not verdicts:
        return None
    return max(verdicts, key=lambda verdict: (verdict.convincing, verdict.strong, verdict.share, verdict.matches))


MAX_NESTED_DEPTH = 16  # levels of a nested value taken apart
MAX_LEAVES = 64  # fields and list items of one nested value looked at
MAX_JSON_TEXT = 100_000  # characters of a text value parsed as JSON


def nested(value: object) -> bool:
    """A struct, list or map value, or text holding a JSON object or array."""
    if isinstance(value, (dict, list, tuple)):
        return True
    return isinstance(value, str) and _json_text(value) is not None


def nested_leaves(value: object, path: str = "", depth: int = 0) -> list[tuple[str, object]]:
    """(path, value) of the scalar values inside a nested value: `contact.email`, `tags[]`,
    `[].email`; at most MAX_LEAVES, at most MAX_NESTED_DEPTH levels down."""
    found: list[tuple[str, object]] = []
    pending: deque[tuple[str, object, int]] = deque([(path, value, depth)])
    while pending and len(found) < MAX_LEAVES:
        where, item, level = pending.popleft()
        if isinstance(item, str) and (parsed := _json_text(item)) is not None:
            item = parsed
        room = MAX_LEAVES - len(found) - len(pending)  # a struct of 100,000 fields is looked at in part
        if isinstance(item, dict) and level < MAX_NESTED_DEPTH:
            pending.extend((f"{where}.{key}" if where else str(key), inner, level + 1)
                           for key, inner in islice(item.items(), max(room, 0)))
        elif isinstance(item, (list, tuple)) and level < MAX_NESTED_DEPTH:
            pending.extend((f"{where}[]", inner, level + 1) for inner in islice(item, max(room, 0)))
        elif item is not None and not isinstance(item, (dict, list, tuple)):
            found.append((where, item))
    return found


def _json_text(text: str) -> object | None:
    """The object or array a text value holds as JSON, else None."""
    stripped = text.strip()
    if len(stripped) < 2 or len(stripped) > MAX_JSON_TEXT or (stripped[0], stripped[-1]) not in (("{", "}"), ("[", "]")):
        return None
    try:
        parsed = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, (dict, list)) else None


def _classify_scalars(values: Iterable[object], region: str | None) -> ColumnVerdict | None:
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    inside: Counter[str] = Counter()
    sampled = 0
    for value in values:
        if value is None:
            continue
        if isinstance(value, (bool, date)):  # a flag or a date is no identifier (dates of birth: classify_table)
            sampled += 1
            continue
        text = str(value).strip()
        if not text:
            continue
        sampled += 1
        found = identify_all(text, region)
        for detector in found:
            counts[detector.name] += 1
            _keep(examples, detector.name, text)
        if found or not any(character.isspace() for character in text):
            continue
        embedded = identifiers_in_text(text, region)
        if embedded:
            counts[FREE_TEXT.name] += 1
            inside.update({detector.name for detector, _ in embedded})
            _keep(examples, FREE_TEXT.name, embedded[0][1])
    if not counts:
        return None
    order = {detector.name: index for index, detector in enumerate(DETECTORS)}
    best = max(counts, key=lambda name: (counts[name], BY_NAME[name].strong, BY_NAME[name].country == region,
                                         -order.get(name, len(order))))
    kinds = tuple(sorted(inside)) if best == FREE_TEXT.name else ()
    return ColumnVerdict(BY_NAME[best], counts[best], sampled, tuple(examples[best]), kinds)


def _keep(examples: dict[str, list[str]], name: str, value: str) -> None:
    found = examples.setdefault(name, [])
    if len(found) < 3:
        found.append(value)


# -- whole tables: region hints, person-like tables and dates of birth -----------------------------------------

PERSON_TABLES = ("customer", "client", "user", "member", "employee", "staff", "patient", "person", "people",
                 "contact", "student", "pupil", "subscriber", "applicant", "candidate", "guest", "passenger",
                 "traveler", "traveller", "donor", "volunteer", "driver", "resident", "beneficiar",
                 "insured", "profile", "worker", "teacher", "citizen", "author", "buyer", "kunde",
                 "mitarbeiter", "cliente", "klient", "pacient", "служител", "клиент", "пациент")
BIRTH_WORDS = ("birth", "dob", "born", "geburt", "geboren", "naissance", "nacimiento", "nascita", "rozhd", "rojd",
               "рожд", "urodzenia", "fodelse", "födelse", "geboorte")
COUNTRY_COLUMNS = ("country", "country_code", "countrycode", "country_iso", "nationality", "land", "pays", "pais",
                   "darzhava", "държава")
_PEOPLE_KEYS = frozenset({"user.contact.email", "user.contact.phone_number", NATIONAL_ID, TAX_ID})
_DATE_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%Y%m%d")
MAX_AGE = 120


def classify_table(samples: Mapping[str, Iterable[object]], *, table: str = "", region: str | None = None,
                   country_column: str | None = None, today: date | None = None) -> dict[str, ColumnVerdict]:
    """Each column's verdict (columns no detector matches left out). Phone numbers are read in the
    region of the table's country column (`country_column`, else one named like it), else `region`
    (the config's default location); a date column counts as dates of birth when its name says so or
    the table is about people (its name, or e-mails, phones or national ids beside it)."""
    columns = {name.lower(): list(values) for name, values in samples.items()}
    hint = region_of(columns, country_column) or (region.upper() if region else None)
    verdicts = {name: verdict for name, values in columns.items()
                if (verdict := classify_sample(values, hint)) is not None}
    person_like = _person_table(table) or any(verdict.convincing and verdict.key in _PEOPLE_KEYS
                                              for verdict in verdicts.values())
    for name, values in columns.items():
        if name not in verdicts:
            verdict = birth_dates(values, name, person_like, today or date.today())
            if verdict is not None:
                verdicts[name] = verdict
    return verdicts


def region_of(columns: Mapping[str, list[object]], country_column: str | None = None) -> str | None:
    """The most common country of the table's country column, written as a two-letter code or as
    a country's name in any language phonenumbers knows (`Canada`, `Deutschland`, `Alemania`)."""
    name = (country_column or "").lower() or next((column for column in columns if column in COUNTRY_COLUMNS), None)
    codes = Counter(code for value in columns.get(name or "", []) if value is not None
                    and (code := _region_code(str(value))) is not None)
    return codes.most_common(1)[0][0] if codes else None


def _region_code(value: str) -> str | None:
    text = value.strip()
    if text.upper() in _PHONE_REGIONS:
        return text.upper()
    return _country_names().get(text.casefold())


@cache
def _country_names() -> dict[str, str]:
    """Country name (case-folded) -> region code, from the names in every language that
    phonenumbers' geocoder ships (`*xx` in its table: the name in language xx)."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    names: dict[str, str] = {}
    for region, by_language in LOCALE_DATA.items():
        if region not in _PHONE_REGIONS:
            continue
        for written in by_language.values():
            country = by_language.get(written[1:], "") if written.startswith("*") else written
            if country:
                names.setdefault(country.casefold(), region)
    return names


def _person_table(table: str) -> bool:
    name = table.split(".")[-1].lower()
    return any(word in name for word in PERSON_TABLES)


def birth_like(column: str) -> bool:
    """`birth_date`, `DateOfBirth`, `dob`, `geburtsdatum`, `date_naissance`."""
    name = column.lower()
    tokens = re.split(r"[^a-zа-я0-9öü]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", column).lower())
    return "dob" in tokens or any(word in name for word in BIRTH_WORDS if word != "dob")


def birth_dates(values: Iterable[object], column: str, person_like: bool, today: date) -> ColumnVerdict | None:
    """Dates of birth, a supporting signal: nearly every value a calendar date (no time of day)
    giving an age of 0-120, under a birth-like name; in a person table without one, only when the
    ages look like people's (median 16-100, several different years) rather than recent events."""
    named = birth_like(column)
    if not named and not person_like:
        return None
    seen = [value for value in values if value is not None and str(value).strip()]
    dates = [parsed for value in seen if (parsed := _calendar_date(value)) is not None]
    if len(seen) < 3 or len(dates) < 0.9 * len(seen):
        return None
    ages = sorted((today - born).days / 365.25 for born in dates)  # average years: a plausibility test, no date computed
    plausible = [age for age in ages if 0 <= age <= MAX_AGE]
    if len(plausible) < 0.95 * len(dates):
        return None
    if not named and not (16 <= ages[len(ages) // 2] <= 100 and len({born.year for born in dates}) >= min(3, len(dates))):
        return None
    shown = tuple(str(value).strip() for value in seen[:3])
    return ColumnVerdict(BIRTH_DATE, len(plausible), len(seen), shown)


def _calendar_date(value: object) -> date | None:
    """A date without a time of day (midnight timestamps count as dates)."""
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if _ISO_DATE.fullmatch(text) or re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]00:00(?::00(?:\.0+)?)?Z?", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
