"""Every rule is documented in four sections, its examples really fail and pass, and the clauses
`privgate explain` quotes for a pack are the clauses its findings cite."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import load_config
from checker.engine import collect_files, load_project, scan
from checker.explain import explain
from checker.findings import Finding
from checker.policy.loader import load_pack, resolve_pack
from checker.policy.model import Pack
from checker.rules import ALL_RULES
from checker.rules.base import SUBJECTS, Rule
from helpers import CASES, scan_dataset_snippet, scan_snippet

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Rules whose clauses are not declared yet: dataset rules (being converted), and rules that never cite one.
CLAUSES_OPTIONAL = {"dataset", "input", "suppression"}

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
PURPOSE_TABLE_PROJECT = {"catalog": {"ddl": ["*.sql"], "tables": {"account_segments": {"purpose": "analytics"}}}}
SCHEMA_RULES = {"RET005", "TRF004", "SPC003", "CON006", "PUR005", "CHD003"}
CHILDREN_SCHEMA_PROJECT = {**CHILDREN_PROJECT, "catalog": {**CHILDREN_PROJECT["catalog"], "ddl": ["*.sql"]}}
NEEDS_EXTRAS = {"CON003", "RET002", "SPC001"}
MINIMUM_SCHEMA_PROJECT = {**EXTRA_PROJECT, "dialect": "bigquery", "catalog": {"ddl": ["*.sql"]}}  # RET006: a TTL
NOT_RUNNABLE = {"INP002"}  # an unreadable file cannot be shown as SQL text
# Rules whose examples are a dbt model, models/customers.sql; the passing one's project defines what it refs
DBT_EXAMPLES = {"INP005": {"models/int_orders.sql": "select 1 as customer_id, 2 as order_total\n"}}


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
    config = (MINIMUM_SCHEMA_PROJECT if rule.id == "RET006" else PURPOSE_TABLE_PROJECT if rule.id == "PUR007" else EXTRA_PROJECT if rule.id in NEEDS_EXTRAS else CLOCKS_PROJECT if rule.id == "RET003"
              else CHILDREN_PROJECT if rule.id == "CHD001" else SCHEMA_PROJECT if rule.id in SCHEMA_RULES
              else CHILDREN_SCHEMA_PROJECT if rule.id == "CHD002" else None)
    (tmp_path / "fail").mkdir()
    (tmp_path / "pass").mkdir()
    if rule.doc.dataset is not None:  # the examples are CSV files of a dataset
        config = CHILDREN_PROJECT if rule.id == "CHD004" else None
        failing = scan_dataset_snippet(tmp_path / "fail", rule.doc.failing, rule.doc.dataset, config=config)
        passing = scan_dataset_snippet(tmp_path / "pass", rule.doc.passing, rule.doc.dataset, config=config)
    elif rule.id in DBT_EXAMPLES:
        for folder, files in (("fail", {}), ("pass", DBT_EXAMPLES[rule.id])):
            for name, text in {"dbt_project.yml": "name: shop\n", **files}.items():
                (tmp_path / folder / name).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / folder / name).write_text(text, "utf-8")
        failing = scan_snippet(tmp_path / "fail", rule.doc.failing, config=config, path="models/customers.sql")
        passing = scan_snippet(tmp_path / "pass", rule.doc.passing, config=config, path="models/customers.sql")
    else:
        failing = scan_snippet(tmp_path / "fail", rule.doc.failing, config=config)
        passing = scan_snippet(tmp_path / "pass", rule.doc.passing, config=config)
    assert rule.id in {f.rule_id for f in failing.findings}
    assert [f.rule_id for f in passing.findings] == [], [f.message for f in passing.findings]
    if rule.clauses is not None:
        packs = load_project(load_config(tmp_path / "fail" / "privgate.yaml")).packs
        assert_cites_declared_clauses(rule, [f for f in failing.findings if f.rule_id == rule.id], packs)


def subject_of(rule: Rule) -> str:
    """The rule's subject; rules over dataset rows (documented with CSV examples) count as dataset rules
    until rules/dataset_rows.py declares it."""
    return "dataset" if rule.subject == "statement" and rule.doc.dataset is not None else rule.subject


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.id)
def test_rule_declares_its_subject_and_clauses(rule: Rule) -> None:
    assert rule.subject in SUBJECTS
    assert rule.clauses is not None or subject_of(rule) in CLAUSES_OPTIONAL
    assert rule.check is not None or subject_of(rule) in ("dataset", "input")
    assert (rule.problem_kind is not None) <= (rule.subject == "input")
    assert rule.all_packs <= (rule.subject == "statement")


@cache
def fixture_scan(name: str) -> tuple[tuple[Pack, ...], tuple[Finding, ...]]:
    """The findings of a bundled pack's fixture project (its SQL, DDL and tables), and its packs."""
    folder = FIXTURES / name
    project = load_project(load_config(folder / "privgate.yaml"))
    result = scan(project, collect_files(project, [folder]), date(2026, 11, 24), whole_project=True)
    return project.packs, tuple(result.findings)


FIXTURE_PROJECTS = sorted(path.name for path in FIXTURES.iterdir() if (path / "expected.yaml").is_file())


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.clauses is not None], ids=lambda rule: rule.id)
def test_fixture_findings_cite_clauses_the_rule_declares(rule: Rule) -> None:
    for name in FIXTURE_PROJECTS:
        packs, findings = fixture_scan(name)
        assert_cites_declared_clauses(rule, [f for f in findings if f.rule_id == rule.id], packs)


def assert_cites_declared_clauses(rule: Rule, findings: list[Finding], packs: tuple[Pack, ...]) -> None:
    by_id = {pack.id: pack for pack in packs}
    assert rule.clauses is not None
    for finding in findings:
        if finding.citation is None:
            continue
        declared = rule.clauses(by_id[finding.pack or ""])
        assert finding.citation in declared, f"{finding.path}:{finding.line} cites {finding.citation.section}"


def test_explain_quotes_the_children_clause_of_the_pack() -> None:
    clause = load_pack(resolve_pack("beconnected", None)).children[0].citation
    result = CliRunner().invoke(main, ["explain", "CHD001", "--pack", "beconnected"])
    assert result.exit_code == 0, result.output
    assert f'beconnected: {clause.shown} § Consent: "{clause.quote}"' in result.output


def test_extras_pack_is_a_valid_pack() -> None:
    assert load_pack(CASES / "packs" / "test-extras.yaml").id == "test-extras"
