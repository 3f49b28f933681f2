"""Every rule is documented in four sections, and its examples really fail and pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.explain import explain
from checker.policy.loader import load_pack, resolve_pack
from checker.rules import ALL_RULES
from helpers import CASES, scan_dataset_snippet, scan_snippet

# Rules whose examples need more than the MGT Solutions project: an opt-out purpose, a legal minimum,
# special-category data.
EXTRA_PROJECT = {
    "packs": ["mgt-solutions", "packs/test-extras.yaml"],
    "catalog": {"tables": {"invoices": {"columns": {"id": None, "number": "billing.invoice", "issued_on": None}},
                           "patients": {"columns": {"email": "account.email", "diagnosis": "special.health"}}}},
}
CLOCKS_PROJECT = {
    "packs": ["service-company-bg"],
    "replace": ["catalog.tables"],
    "catalog": {"tables": {"contracts": {
        "columns": {"id": None, "customer_name": "customer.name", "created_at": None, "ended_at": None,
                    "last_invoice_at": None},
        "clocks": {"collected": "created_at", "contract_ended": "ended_at"}}}},
}
CHILDREN_PROJECT = {
    "packs": ["beconnected"],
    "replace": ["catalog.tables"],
    "catalog": {"tables": {
        "players": {"columns": {"id": None, "email": "player.email", "birth_date": "player.birth_date"}},
        "marketing_consents": {"columns": {"player_id": None, "promotional_offers": "consent.promotional_offers",
                                           "withdrawn_at": "consent.withdrawal"}}}},
}
SCHEMA_PROJECT = {"catalog": {"ddl": ["*.sql"]}}  # the examples' CREATE TABLE statements define the tables
SCHEMA_RULES = {"RET005", "TRF004", "SPC003", "CON006", "PUR005"}
CHILDREN_SCHEMA_PROJECT = {**CHILDREN_PROJECT, "catalog": {**CHILDREN_PROJECT["catalog"], "ddl": ["*.sql"]}}
NEEDS_EXTRAS = {"CON003", "RET002", "SPC001"}
NOT_RUNNABLE = {"INP002"}  # an unreadable file cannot be shown as SQL text


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.id)
def test_rule_is_documented(rule) -> None:
    doc = rule.doc
    assert all(part.strip() for part in (doc.what, doc.why, doc.failing, doc.passing))
    assert rule.name == rule.name.lower() and " " not in rule.name
    text = explain(rule, [load_pack(resolve_pack("mgt-solutions", None))])
    for heading in ("What it checks", "Why", "Failing example", "Passing example"):
        assert heading in text


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.id not in NOT_RUNNABLE], ids=lambda rule: rule.id)
def test_examples_fail_and_pass(rule, tmp_path: Path) -> None:
    config = (EXTRA_PROJECT if rule.id in NEEDS_EXTRAS else CLOCKS_PROJECT if rule.id == "RET003"
              else CHILDREN_PROJECT if rule.id == "CHD001" else SCHEMA_PROJECT if rule.id in SCHEMA_RULES
              else CHILDREN_SCHEMA_PROJECT if rule.id == "CHD002" else None)
    (tmp_path / "fail").mkdir()
    (tmp_path / "pass").mkdir()
    if rule.doc.dataset is not None:  # the examples are CSV files of a dataset
        failing = scan_dataset_snippet(tmp_path / "fail", rule.doc.failing, rule.doc.dataset)
        passing = scan_dataset_snippet(tmp_path / "pass", rule.doc.passing, rule.doc.dataset)
    else:
        failing = scan_snippet(tmp_path / "fail", rule.doc.failing, config=config)
        passing = scan_snippet(tmp_path / "pass", rule.doc.passing, config=config)
    assert rule.id in {f.rule_id for f in failing.findings}
    assert [f.rule_id for f in passing.findings] == [], [f.message for f in passing.findings]


def test_extras_pack_is_a_valid_pack() -> None:
    assert load_pack(CASES / "packs" / "test-extras.yaml").id == "test-extras"
