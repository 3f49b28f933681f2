"""Content detectors on a labelled set: true identifiers in the formats people write them, and
look-alikes that must stay silent (order numbers, timestamps, version strings, numbers that fail a
checksum). Precision and recall are printed per detector; the strong ones must reach 0.95."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from stdnum import iban, luhn
from stdnum.bg import egn, pnf

from checker.datasets.detectors import classify_sample, identify
from checker.datasets.masking import mask

REQUIRED = {"email": 0.95, "iban": 0.95, "card": 0.95, "egn": 0.95, "ipv4": 0.95, "ipv6": 0.95}

WRITTEN = [  # as found in real exports: spacing, case and punctuation vary
    ("ivan.petrov@example.bg", "email"), ("Maria.Georgieva+news@mail.example.com", "email"),
    ("g_dimitrov@sub.example.co.uk", "email"), ("ELENA@EXAMPLE.DE", "email"),
    ("BG80 BNBG 9661 1020 3456 78", "iban"), ("DE89370400440532013000", "iban"), ("gb82 west 1234 5698 7654 32", "iban"),
    ("4111 1111 1111 1111", "card"), ("5500-0000-0000-0004", "card"), ("378282246310005", "card"),
    ("7523169263", "egn"), ("8032056031", "egn"), ("7111042925", "lnch"),
    ("85.118.64.12", "ipv4"), ("10.0.0.1", "ipv4"), ("2001:db8::1", "ipv6"), ("fe80::1ff:fe23:4567:890a", "ipv6"),
    ("+359 888 123 456", "phone"), ("0887 654 321", "phone"), ("+49 30 901820", "phone"),
    ("BG175074752", "bg_vat"),
    # look-alikes
    ("ORD-2026-000123", None), ("2026-11-24T10:00:00Z", None), ("2026-11-24", None), ("v2.3.1", None),
    ("1.2.3", None), ("12:30:45", None), ("ivan@", None), ("@example.bg", None), ("ivan..petrov@example.bg", None),
    ("999.12.1.1", None), ("BG80 BNBG 9661 1020 3456 79", None), ("4111 1111 1111 1112", None),
    ("1234567890", None), ("INV/2026/00042", None), ("3.14159", None), ("SKU-88412-BLK", None),
]


def _generated(rng: random.Random) -> list[tuple[str, str | None]]:
    cases: list[tuple[str, str | None]] = []
    first = ["ivan", "maria", "georgi", "elena", "petar", "anna", "tomas", "desi", "nikolay", "sofia"]
    domains = ["example.bg", "mail.example.com", "example.de", "uni-sofia.example.bg"]
    for _ in range(60):
        cases.append((f"{rng.choice(first)}{rng.choice(['.', '_', ''])}{rng.randint(1, 999)}@{rng.choice(domains)}", "email"))
    for _ in range(60):  # EGN: a valid birth date and its check digit
        year, month, day = rng.randint(1940, 2009), rng.randint(1, 12), rng.randint(1, 28)
        month_code = month + (40 if year >= 2000 else 0)
        body = f"{year % 100:02d}{month_code:02d}{day:02d}{rng.randint(0, 999):03d}"
        valid = body + egn.calc_check_digit(body)
        cases.append((valid, "egn"))
        wrong = body + str((int(egn.calc_check_digit(body)) + rng.randint(1, 9)) % 10)
        cases.append((wrong, None if not pnf.is_valid(wrong) else "lnch"))
    for _ in range(60):  # cards: Visa / Mastercard with a Luhn digit, and the same with a wrong one
        body = rng.choice(["4", "51", "52", "55"]) + "".join(str(rng.randint(0, 9)) for _ in range(13))
        body = body[:15]
        valid = body + luhn.calc_check_digit(body)
        cases.append((valid, "card"))
        cases.append((body + str((int(luhn.calc_check_digit(body)) + 1) % 10), None))
    for _ in range(40):  # IBANs: Bulgarian format with the mod-97 check digits
        bban = "BNBG" + "".join(str(rng.randint(0, 9)) for _ in range(14))
        digits = iban.calc_check_digits("BG00" + bban)
        cases.append((f"BG{digits}{bban}", "iban"))
        cases.append((f"BG{(int(digits) + 1) % 97 + 2:02d}{bban}", None))
    for _ in range(40):
        cases.append((".".join(str(rng.randint(1, 254)) for _ in range(4)), "ipv4"))
        cases.append((":".join(f"{rng.randint(0, 65535):x}" for _ in range(8)), "ipv6"))
        cases.append((f"{rng.randint(1, 30)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", None))  # version strings
        cases.append((f"ORD-{rng.randint(2020, 2026)}-{rng.randint(0, 999999):06d}", None))
        cases.append((f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z", None))
    return cases


def test_precision_and_recall_on_the_labelled_set() -> None:
    cases = WRITTEN + _generated(random.Random(20261124))
    found = Counter()
    labelled = Counter()
    predicted = Counter()
    for value, label in cases:
        detector = identify(value)
        guess = detector.name if detector else None
        labelled[label] += 1
        predicted[guess] += 1
        if guess == label:
            found[label] += 1
    report = []
    for name in sorted(n for n in labelled if n):
        precision = found[name] / predicted[name] if predicted[name] else 0.0
        recall = found[name] / labelled[name]
        report.append((name, precision, recall))
        print(f"{name:7} precision {precision:.3f} recall {recall:.3f} ({labelled[name]} labelled)")
    for name, precision, recall in report:
        if name in REQUIRED:
            assert precision >= REQUIRED[name] and recall >= REQUIRED[name], (name, precision, recall)


@pytest.mark.parametrize("value, shown", [
    ("ivan.petrov@example.bg", "iv***@example.bg"), ("85.12.3.4", "85.12.*.*"), ("7523169263", "75******63"),
    ("BG80BNBG96611020345678", "BG******************78"), ("asthma", "******"),
])
def test_masking(value: str, shown: str) -> None:
    assert mask(value) == shown


def test_weak_detectors_need_half_the_sample() -> None:
    ids = ["7523169263"] + [str(1_000_000_000 + n) for n in range(9)]  # one EGN-shaped value among ids
    verdict = classify_sample(ids)
    assert verdict is None or not verdict.convincing
    assert classify_sample(["a@example.bg"] + ["x"] * 99).convincing  # one e-mail is enough
