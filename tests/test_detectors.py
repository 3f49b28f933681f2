"""Content detectors on a labelled set: true identifiers in the formats people write them, and
look-alikes that must stay silent (order numbers, product codes, version strings, timestamps,
ISBNs, tracking numbers, hex hashes, numbers that fail a checksum). Values are judged one by one
(precision and recall per detector, printed and asserted); random digit strings, which pass a
checksum one time in ten, are judged as whole columns, the way a verdict reaches a finding. Then
free text, dates of birth, region hints, and the dataset rules: ANO001 on e-mails inside notes and
no full value in any report format."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
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

from checker.datasets.detectors import DETECTORS, classify_sample, classify_table, identifiers_in_text, identify
from checker.datasets.masking import mask
from checker.report import FORMATS, reporter
from helpers import scan_dataset_snippet

PRECISION = 0.95
RECALL = 0.9

Case = tuple[str, "str | None", "str | None"]  # value, detector expected (None: a look-alike), region hint

WRITTEN: list[Case] = [  # as found in real exports: spacing, case, punctuation and scripts vary
    ("ivan.petrov@example.bg", "email", None), ("Maria.Georgieva+news@mail.example.com", "email", None),
    ("g_dimitrov@sub.example.co.uk", "email", None), ("ELENA@EXAMPLE.DE", "email", None),
    ("stanisław.wójcik@wp.pl", "email", None), ("josé.núñez@correo.example.es", "email", None),
    ("иван@пример.бг", "email", None), ("müller@bücher.example", "email", None),
    ("BG80 BNBG 9661 1020 3456 78", "iban", None), ("DE89370400440532013000", "iban", None),
    ("gb82 west 1234 5698 7654 32", "iban", None),
    ("4111 1111 1111 1111", "card", None), ("5500-0000-0000-0004", "card", None), ("378282246310005", "card", None),
    ("7523169263", "egn", "BG"), ("8032056031", "egn", "BG"), ("7111042925", "lnch", "BG"),
    ("85.118.64.12", "ipv4", None), ("10.0.0.1", "ipv4", None), ("2001:db8::1", "ipv6", None),
    ("fe80::1ff:fe23:4567:890a", "ipv6", None),
    ("00:1A:2B:3C:4D:5E", "mac", None), ("a4-5e-60-c2-11-f0", "mac", None), ("0019.e3ad.7f21", "mac", None),
    ("+359 888 123 456", "phone", None), ("0887 654 321", "phone", "BG"), ("+49 30 901820", "phone", "DE"),
    ("222-398-8279", "phone", "US"), ("(415) 555-0132", "phone", "US"), ("415.555.0132", "phone", "US"),
    ("030 901820", "phone", "DE"), ("+1 212-555-0199", "phone", None), ("0033 1 42 68 53 00", "phone", "FR"),
    ("1 (780) 836-9987", "phone", "CA"), ("1 403-262-3443", "phone", "US"),
    ("BG175074752", "bg_vat", "BG"),
    ("36 574 261 809", "de_idnr", "DE"), ("2 95 10 99 126 111 93", "fr_nir", "FR"), ("54362315-K", "es_dni", "ES"),
    ("X-2482300W", "es_nie", "ES"), ("RCCMNL83S18D969H", "it_codicefiscale", "IT"), ("1112.22.333", "nl_bsn", "NL"),
    ("44051401359", "pl_pesel", "PL"), ("1630615123457", "ro_cnp", "RO"), ("880320-0016", "se_personnummer", "SE"),
    # look-alikes
    ("ORD-2026-000123", None, "US"), ("2026-11-24T10:00:00Z", None, "US"), ("2026-11-24", None, "US"),
    ("2026-11-24 10:00:00", None, "US"), ("20261124100000", None, "US"), ("11/24/2026", None, "US"),
    ("24.11.2026", None, "DE"), ("v2.3.1", None, None), ("1.2.3", None, None), ("10.0.19041", None, None),
    ("12:30:45", None, None), ("ivan@", None, None), ("@example.bg", None, None),
    ("ivan..petrov@example.bg", None, None), ("ivan@example", None, None), ("user@123.456", None, None),
    ("999.12.1.1", None, None), ("BG80 BNBG 9661 1020 3456 79", None, None), ("4111 1111 1111 1112", None, None),
    ("1234567890", None, "US"), ("INV/2026/00042", None, None), ("3.14159", None, None),
    ("SKU-88412-BLK", None, "US"), ("978-3-16-148410-0", None, "US"), ("978-0-306-40615-7", None, "US"),
    ("1Z999AA10123456784", None, "US"), ("9400111899223856928499", None, "US"), ("94105-1234", None, "US"),
    ("123-45-678", None, "US"), ("100-200", None, "US"), ("d41d8cd98f00b204e9800998ecf8427e", None, None),
    ("da39a3ee5e6b4b0d3255bfef95601890afd80709", None, None), ("123e4567-e89b-12d3-a456-426614174000", None, None),
    ("a1b2c3d4e5f6", None, None), ("00:00:00:00:00:00", None, None), ("de:ad:be:ef", None, None),
    ("12:30:45:678", None, None), ("PRD-4471-XL", None, None), ("1.0.0-beta.2", None, None),
    ("1 2026-000123", None, "CA"), ("1 780 83 69 987", None, "CA"),
]


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def _until(rng: random.Random, make, valid) -> str:  # noqa: ANN001 - a generator and its validator
    while not valid(value := make()):
        pass
    return value


def _wrong_last(value: str, alphabet: str = "0123456789") -> str:
    """The same identifier with its check character changed: the closest look-alike there is."""
    last = value[-1].upper()
    return value[:-1] + alphabet[(alphabet.index(last) + 1) % len(alphabet)]


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1940, 2009), rng.randint(1, 12), rng.randint(1, 28)


def _national_ids(rng: random.Random) -> list[Case]:
    """Valid national identifiers of each country (check digits computed with python-stdnum) and the
    same numbers with a wrong check character."""
    cases: list[Case] = []
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    for _ in range(30):
        year, month, day = _birth(rng)
        body = f"{year % 100:02d}{month + (20 if year >= 2000 else 0):02d}{day:02d}{_digits(rng, 4)}"
        cases.append((body + pesel.calc_check_digit(body), "pl_pesel", "PL"))
        body = f"{1 + (year >= 2000) * 4 + rng.randint(0, 1)}{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 46):02d}{_digits(rng, 3)}"
        cases.append((body + cnp.calc_check_digit(body), "ro_cnp", "RO"))
        body = f"{year % 100:02d}{month:02d}{day:02d}{_digits(rng, 3)}"
        cases.append((f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}", "se_personnummer", "SE"))
        body = f"{rng.randint(1, 2)}{year % 100:02d}{month:02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{_digits(rng, 3)}"
        cases.append((f"{body} {nir.calc_check_digits(body)}", "fr_nir", "FR"))
        body = _digits(rng, 8)
        cases.append((f"{body}-{dni.calc_check_digit(body)}", "es_dni", "ES"))
        body = rng.choice("XYZ") + _digits(rng, 7)
        cases.append((body + nie.calc_check_digit(body), "es_nie", "ES"))
        consonants = "BCDFGHLMNPRSTVZ"
        body = ("".join(rng.choice(consonants) for _ in range(6)) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1]
                + f"{day + rng.choice([0, 40]):02d}" + rng.choice("ADFGHLMZ") + _digits(rng, 3))
        cases.append((body + codicefiscale.calc_check_digit(body), "it_codicefiscale", "IT"))
        cases.append((_until(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 10), idnr.is_valid), "de_idnr", "DE"))
        cases.append((_until(rng, lambda: _digits(rng, 9), bsn.is_valid), "nl_bsn", "NL"))
    for _ in range(15):  # BULSTAT / VAT numbers: with the BG prefix anywhere, bare only in Bulgarian data
        number = _until(rng, lambda: _digits(rng, 9), lambda value: vat.is_valid("BG" + value))
        cases += [("BG" + number, "bg_vat", None), (number, "bg_vat", "BG")]
    wrong: list[Case] = []
    for value, name, region in cases:
        if name == "bg_vat":
            continue
        alphabet = letters if name in ("es_dni", "es_nie") else (
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if name == "it_codicefiscale" else "0123456789")
        wrong.append((_wrong_last(value, alphabet), None, region))
    return cases + wrong


def _generated(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    first = ["ivan", "maria", "georgi", "elena", "petar", "anna", "tomas", "desi", "nikolay", "sofia", "łukasz", "zoë"]
    domains = ["example.bg", "mail.example.com", "example.de", "uni-sofia.example.bg", "wp.pl", "müller.example"]
    for _ in range(60):
        cases.append((f"{rng.choice(first)}{rng.choice(['.', '_', ''])}{rng.randint(1, 999)}@{rng.choice(domains)}",
                      "email", None))
    for _ in range(60):  # EGN: a valid birth date and its check digit
        year, month, day = _birth(rng)
        body = f"{year % 100:02d}{month + (40 if year >= 2000 else 0):02d}{day:02d}{rng.randint(0, 999):03d}"
        cases.append((body + egn.calc_check_digit(body), "egn", "BG"))
        wrong = body + str((int(egn.calc_check_digit(body)) + rng.randint(1, 9)) % 10)
        cases.append((wrong, None if not pnf.is_valid(wrong) else "lnch", "BG"))
    for _ in range(60):  # cards: Visa / Mastercard with a Luhn digit, and the same with a wrong one
        body = (rng.choice(["4", "51", "52", "55"]) + _digits(rng, 14))[:15]
        cases.append((body + luhn.calc_check_digit(body), "card", None))
        cases.append((body + str((int(luhn.calc_check_digit(body)) + 1) % 10), None, None))
    for _ in range(40):  # IBANs: Bulgarian format with the mod-97 check digits
        bban = "BNBG" + _digits(rng, 14)
        digits = iban.calc_check_digits("BG00" + bban)
        cases.append((f"BG{digits}{bban}", "iban", None))
        cases.append((f"BG{(int(digits) + 1) % 97 + 2:02d}{bban}", None, None))
    for _ in range(40):
        cases.append((".".join(str(rng.randint(1, 254)) for _ in range(4)), "ipv4", None))
        cases.append((":".join(f"{rng.randint(0, 65535):x}" for _ in range(8)), "ipv6", None))
        separator = rng.choice(":-")
        cases.append((separator.join(f"{rng.randint(0, 255):02x}" for _ in range(6)), "mac", None))
        cases.append((f"{rng.randint(200, 989)}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}", "phone", "US"))
        cases.append(("".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([12, 32, 40]))), None, None))
        cases.append((f"{rng.randint(1, 30)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", None, None))  # versions
        cases.append((f"ORD-{rng.randint(2020, 2026)}-{rng.randint(0, 999999):06d}", None, "US"))
        cases.append((f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
                      None, "US"))
        cases.append((f"{rng.randint(2020, 2026)}-{rng.randint(0, 999999):06d}", None, "US"))  # order numbers
        cases.append((f"978-{rng.randint(0, 9)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}",
                      None, "US"))  # ISBN-13 as printed
        cases.append((f"1Z{_digits(rng, 3)}{rng.choice(['AA', 'X5', 'E2'])}{_digits(rng, 10)}", None, "US"))  # UPS
    return cases + _national_ids(rng)


def _scores(cases: list[Case]) -> dict[str, tuple[float, float, int]]:
    found: Counter[str | None] = Counter()
    labelled: Counter[str | None] = Counter()
    predicted: Counter[str | None] = Counter()
    for value, label, region in cases:
        detector = identify(value, region)
        guess = detector.name if detector else None
        labelled[label] += 1
        predicted[guess] += 1
        found[label] += guess == label
    names = sorted({name for name in labelled if name} | {name for name in predicted if name})
    return {name: (found[name] / predicted[name] if predicted[name] else 1.0,
                   found[name] / labelled[name] if labelled[name] else 0.0, labelled[name]) for name in names}


def test_every_detector_keeps_precision_and_recall_on_the_labelled_set() -> None:
    scores = _scores(WRITTEN + _generated(random.Random(20261124)))
    for name, (precision, recall, labelled) in scores.items():
        print(f"{name:17} precision {precision:.3f} recall {recall:.3f} ({labelled} labelled)")
    assert {detector.name for detector in DETECTORS} <= set(scores), "a detector without labelled cases"
    low = {name: score for name, score in scores.items() if score[0] < PRECISION or score[1] < RECALL}
    assert not low, low


def test_every_detector_names_a_generic_taxonomy_key() -> None:
    keys = {detector.name: detector.key for detector in DETECTORS}
    assert keys["email"] == "user.contact.email" and keys["phone"] == "user.contact.phone_number"
    assert keys["mac"] == "user.device.device_id" and keys["iban"] == "user.financial.bank_account"
    assert keys["pl_pesel"] == "user.government_id.national_identification_number"
    assert keys["de_idnr"] == "user.government_id.tax_id"
    assert all(key.startswith("user.") for key in keys.values())


def _column(rng: random.Random, make, size: int = 200) -> list[str]:  # noqa: ANN001
    return [make() for _ in range(size)]


LOOK_ALIKE_COLUMNS = {  # columns a warehouse really has, that must not become personal data
    "random 9 digits": lambda rng: _digits(rng, 9), "random 10 digits": lambda rng: _digits(rng, 10),
    "random 11 digits": lambda rng: str(rng.randint(1, 9)) + _digits(rng, 10),
    "random 13 digits": lambda rng: _digits(rng, 13), "random 16 digits": lambda rng: "4" + _digits(rng, 15),
    "order numbers": lambda rng: f"{rng.randint(2020, 2026)}-{rng.randint(0, 999999):06d}",
    "ISBN-13": lambda rng: "978" + _digits(rng, 10), "FedEx tracking": lambda rng: _digits(rng, 12),
    "product codes": lambda rng: f"{_digits(rng, 8)}{rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}",
    "hex hashes": lambda rng: "".join(rng.choice("0123456789abcdef") for _ in range(32)),
    "epoch seconds": lambda rng: str(rng.randint(1_600_000_000, 1_800_000_000)),
    "timestamps": lambda rng: f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:00",
}


@pytest.mark.parametrize("region", [None, "US", "DE", "PL", "NL"])
def test_look_alike_columns_convince_no_detector(region: str | None) -> None:
    rng = random.Random(7)
    convinced = {}
    for name, make in LOOK_ALIKE_COLUMNS.items():
        verdict = classify_sample(_column(rng, lambda: make(rng)), region)
        if verdict is not None and verdict.convincing:
            convinced[name] = (verdict.detector.name, round(verdict.share, 2))
    assert not convinced


def test_columns_of_valid_identifiers_convince_their_own_detector() -> None:
    by_detector: dict[str, list[str]] = {}
    for value, label, _ in _generated(random.Random(11)):
        if label:
            by_detector.setdefault(label, []).append(value)
    region = {"egn": "BG", "lnch": "BG", "phone": "US", "pl_pesel": "PL", "ro_cnp": "RO", "nl_bsn": "NL"}
    wrong = {}
    for name, values in by_detector.items():
        verdict = classify_sample(values, region.get(name))
        if verdict is None or not verdict.convincing or verdict.detector.name != name:
            wrong[name] = verdict and (verdict.detector.name, verdict.share)
    assert not wrong


def test_weak_detectors_need_half_the_sample() -> None:
    ids = ["7523169263"] + [str(1_000_000_000 + n) for n in range(9)]  # one EGN-shaped value among ids
    verdict = classify_sample(ids)
    assert verdict is None or not verdict.convincing
    assert classify_sample(["a@example.bg"] + ["x"] * 99).convincing  # one e-mail is enough


def test_us_phone_numbers_need_the_region_hint() -> None:
    numbers = [f"{222 + n}-398-{8279 - n:04d}" for n in range(20)]
    assert classify_sample(numbers) is None
    verdict = classify_sample(numbers, "US")
    assert verdict.detector.name == "phone" and verdict.convincing


def test_the_region_comes_from_the_tables_country_column_else_the_default() -> None:
    samples = {"phone": ["222-398-8279", "415-555-0132", "(212) 555-0199"], "country": ["US", "US", "CA"]}
    assert classify_table(samples)["phone"].detector.name == "phone"
    assert "phone" not in classify_table({"phone": samples["phone"]})
    assert classify_table({"phone": samples["phone"]}, region="us")["phone"].convincing
    renamed = {"tel": samples["phone"], "land_of_residence": ["US"] * 3}
    assert classify_table(renamed, country_column="land_of_residence")["tel"].convincing


def test_a_country_column_of_country_names_gives_the_region() -> None:
    """Exports often spell the country out (Chinook's `Country`: Canada, Germany, Brazil), in the
    language of whoever keyed it in; phonenumbers' geocoder names every region in many languages."""
    assert classify_table({"phone": ["222-398-8279", "415-555-0132"], "country": ["USA", "United States"]})[
        "phone"].convincing
    samples = {"phone": ["(780) 428-9482", "(403) 262-3443", "(403) 263-4423"], "country": ["Canada"] * 3}
    assert classify_table(samples)["phone"].convincing
    for spelled in (["Germany", "Deutschland", "Alemania"], ["Allemagne", "germany", " GERMANY "]):
        verdicts = classify_table({"telefon": ["030 901820", "089 12345678", "040 4284 1234"], "land": spelled})
        assert verdicts["telefon"].convincing
    not_countries = {"phone": ["(780) 428-9482", "(403) 262-3443"], "country": ["Nowhere", "n/a"]}
    assert "phone" not in classify_table(not_countries)


def test_numbers_written_with_their_country_code_but_no_plus() -> None:
    """`1 (780) 836-9987`: the country code, then the number grouped as the region writes it; read
    only with a region hint, like every number without `+`, `00` or a trunk `0`."""
    written = ["1 (780) 836-9987", "1 403-262-3443", "1 (212) 555-0199"]
    assert all(identify(value, "CA") is not None and identify(value, "CA").name == "phone" for value in written)
    assert all(identify(value) is None for value in written)  # no hint: a bare number stays an order number
    look_alikes = ["1 2026-000123", "1 (780) 836", "1 780 83 69 987", "12 780-836-9987", "2026 11 24 1000"]
    assert all(identify(value, "CA") is None for value in look_alikes), [
        value for value in look_alikes if identify(value, "CA") is not None]
    rng = random.Random(5)
    for make in LOOK_ALIKE_COLUMNS.values():  # every look-alike column, read in a region whose code is 1
        verdict = classify_sample([f"1 {make(rng)}" for _ in range(200)], "CA")
        assert verdict is None or not verdict.convincing


# -- free text ----------------------------------------------------------------------------------------------------

NOTES = ["escalated by todor.nikolova7@example.bg", "customer asked for a refund", "called back, no answer",
         "printer on floor 2 is jammed", "refund to BG80 BNBG 9661 1020 3456 78 approved", "see ticket 4471"]
HARMLESS_NOTES = ["order ORD-2026-000123 shipped 2026-11-24 10:00", "upgraded to v2.3.1 after 1.2.3 failed",
                  "ISBN 978-3-16-148410-0 out of stock", "UPS 1Z999AA10123456784 delayed", "SKU-88412-BLK back in stock",
                  "sha d41d8cd98f00b204e9800998ecf8427e deployed", "invoice INV/2026/00042 paid: 1,234.56 EUR",
                  "build 20261124100000 green", "meeting 14:30-15:00 in room 2.14"]


def test_identifiers_inside_free_text_make_the_column_user_content() -> None:
    verdict = classify_sample(NOTES)
    assert verdict.detector.key == "user.content" and verdict.convincing
    assert set(verdict.inside) == {"email", "iban"}
    assert "todor.nikolova7@example.bg" in verdict.examples  # the identifier, never the whole note
    assert verdict.describe() == "33% of 6 sampled values are free text with IBANs, e-mail addresses"


def test_free_text_look_alikes_stay_silent() -> None:
    for region in (None, "US", "BG"):
        found = {note: identifiers_in_text(note, region) for note in HARMLESS_NOTES}
        assert not any(found.values()), {note: hits for note, hits in found.items() if hits}
        assert classify_sample(HARMLESS_NOTES * 10, region) is None


def test_phone_numbers_inside_text_are_read_in_the_region() -> None:
    text = "call 222-398-8279 or +359 888 123 456 before 2026-11-24"
    assert [value for _, value in identifiers_in_text(text, "US")] == ["222-398-8279", "+359 888 123 456"]
    assert [value for _, value in identifiers_in_text(text)] == ["+359 888 123 456"]


# -- dates of birth -------------------------------------------------------------------------------------------------

BIRTHS = ["1985-03-14", "1990-11-02", "1972-06-30", "2001-01-09", "1958-12-24", "1999-07-17"]
SIGNUPS = ["2025-03-14", "2024-11-02", "2023-06-30", "2026-01-09", "2025-12-24", "2024-07-17"]
TODAY = date(2026, 11, 24)


def test_dates_of_birth_need_a_birth_like_name_or_a_person_table() -> None:
    named = classify_table({"DateOfBirth": BIRTHS}, table="orders", today=TODAY)
    assert named["dateofbirth"].key == "user.demographic.date_of_birth"
    assert not named["dateofbirth"].convincing and named["dateofbirth"].supports  # a supporting signal only
    assert classify_table({"geburtsdatum": BIRTHS}, today=TODAY)
    people = classify_table({"email": ["a@example.bg"] * 6, "d1": BIRTHS, "d2": SIGNUPS}, today=TODAY)
    assert "d1" in people and "d2" not in people
    assert "d1" in classify_table({"d1": BIRTHS}, table="patients", today=TODAY)
    assert classify_table({"d1": BIRTHS, "shipped": BIRTHS}, table="shipments", today=TODAY) == {}
    assert classify_table({"dob": ["1800-01-01", "1850-05-05", "1799-02-02"]}, today=TODAY) == {}
    assert classify_table({"birth_ts": [f"{day} 10:15:00" for day in BIRTHS]}, today=TODAY) == {}


# -- masking and the dataset rules -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, shown", [
    ("ivan.petrov@example.bg", "iv***@example.bg"), ("stanisław.wójcik@wp.pl", "st***@wp.pl"),
    ("85.12.3.4", "85.12.*.*"), ("7523169263", "75******63"), ("BG80BNBG96611020345678", "BG******************78"),
    ("asthma", "******"), ("00:1A:2B:3C:4D:5E", "00:1A:**:**:**:**"), ("0019.e3ad.7f21", "0019.****.****"),
    ("1985-03-14", "19**-**-**"), ("222-398-8279", "22*-***-**79"), ("+359 888 123 456", "+3** *** *** *56"),
    ("2 95 10 99 126 111 93", "2 ** ** ** *** *** 93"),
])
def test_masking(value: str, shown: str) -> None:
    assert mask(value) == shown


TICKETS = """ticket_id,region,notes,contact_mac,born
1,Sofia,escalated by todor.nikolova7@example.bg,00:1A:2B:3C:4D:5E,1985-03-14
2,Plovdiv,customer asked for a refund,a4:5e:60:c2:11:f0,1990-11-02
3,Varna,call back on +359 888 123 456,3c:22:fb:9a:01:7d,1972-06-30
"""
FULL_VALUES = ("todor.nikolova7@example.bg", "todor.nikolova7", "00:1A:2B:3C:4D:5E", "a4:5e:60:c2:11:f0",
               "+359 888 123 456", "1985-03-14")


def test_an_anonymised_output_with_e_mails_in_its_notes_fails_ano001_and_no_report_shows_a_full_value(
        tmp_path: Path) -> None:
    entry = {"role": "anonymised_statistics",
             "columns": {"ticket_id": None, "region": None, "notes": None, "contact_mac": None, "born": None}}
    result = scan_dataset_snippet(tmp_path, TICKETS, entry, name="publish/tickets.csv")
    flagged = {finding.subject.split(":")[-1] for finding in result.findings if finding.rule_id == "ANO001"}
    assert {"notes", "contact_mac"} <= flagged
    notes = next(f for f in result.findings if f.rule_id == "ANO001" and f.subject.endswith(":notes"))
    assert "holds free text with e-mail addresses, phone numbers in notes" in notes.message
    for output_format in FORMATS:
        document = reporter(output_format)(result, False)
        leaked = [value for value in FULL_VALUES if value in document]
        assert not leaked, (output_format, leaked)


def test_undeclared_mac_addresses_and_national_ids_reach_pur004(tmp_path: Path) -> None:
    ids = [body + pesel.calc_check_digit(body) for body in ("4405140135", "0227080362", "8512120345")]
    macs = ["00:1a:2b:3c:4d:5e", "a4:5e:60:c2:11:f0", "3c:22:fb:9a:01:7d"]
    text = "device,holder_id\n" + "".join(f"{mac},{pid}\n" for mac, pid in zip(macs, ids))
    entry = {"role": "dataset", "columns": {"device": None, "holder_id": None}}
    result = scan_dataset_snippet(tmp_path, text, entry, name="exports/devices.csv")
    messages = {f.subject.split(":")[-1]: f.message for f in result.findings if f.rule_id == "PUR004"}
    assert "MAC addresses" in messages["device"]
    assert "Polish PESELs" in messages["holder_id"]


# -- nested values: structs, lists and JSON objects -------------------------------------------------------------------

def test_nested_values_are_taken_apart_and_the_field_is_named() -> None:
    structs = [{"user": {"contact": f"customer{index}@example.bg", "visits": index}} for index in range(5)]
    verdict = classify_sample(structs)
    assert verdict is not None and verdict.detector.name == "email" and verdict.at == "user.contact"
    assert verdict.what == "e-mail addresses at user.contact" and verdict.examples[0] == "customer0@example.bg"
    lists = [["vip", f"reader{index}@mail.bg"] for index in range(4)]  # no space anywhere: no free text either
    verdict = classify_sample(lists)
    assert verdict is not None and verdict.what == "e-mail addresses in its list items"
    as_text = ['{"contact":{"mac":"00:1A:2B:3C:4D:5E"}}', '{"contact":{"mac":"a4:5e:60:c2:11:f0"}}']
    verdict = classify_sample(as_text)
    assert verdict is not None and (verdict.detector.name, verdict.at) == ("mac", "contact.mac")


def test_nested_look_alikes_and_plain_text_stay_as_they_were() -> None:
    assert classify_sample([{"order": "2026-000123", "sku": "AB-1234"}, {"order": "2026-000124", "sku": "AB-1235"}]) is None
    assert classify_sample(["[draft]", "{braces} in a note"]) is None  # text that is not JSON is text
    plain = classify_sample(["ivan.petrov@example.bg", "maria.georgieva@example.bg"])
    assert plain is not None and plain.at == "" and plain.what == "e-mail addresses"


def test_taking_a_nested_value_apart_is_bounded() -> None:
    from checker.datasets.detectors import MAX_LEAVES, MAX_NESTED_DEPTH, nested_leaves

    wide = {f"field{index}": "x" for index in range(100_000)}
    assert len(nested_leaves(wide)) == MAX_LEAVES
    deep: object = "ivan.petrov@example.bg"
    for _ in range(10_000):
        deep = [deep]
    assert nested_leaves(deep) == []  # past MAX_NESTED_DEPTH nothing is looked at, and nothing recurses
    shallow: object = "ivan.petrov@example.bg"
    for _ in range(MAX_NESTED_DEPTH):
        shallow = {"a": shallow}
    assert nested_leaves(shallow) == [(".".join(["a"] * MAX_NESTED_DEPTH), "ivan.petrov@example.bg")]


def test_nested_values_are_masked_field_by_field() -> None:
    value = {"user": {"contact": "ivan.petrov@example.bg", "visits": 3}, "tags": ["vip", None],
             "0888123456": "map key that is a phone number"}
    assert mask(value) == "{user: {contact: iv***@example.bg, visits: *}, tags: [***, null], " \
                          "08******56: ma* *** **** ** * ***** ****er}"
    assert mask(list(range(10))) == "[*, *, *, *, ...]"
