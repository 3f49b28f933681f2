"""The bundled rule packs: valid, fully covered, and saying exactly what their policies say."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.policy.loader import bundled_pack_names, load_pack, resolve_pack

REPO = Path(__file__).resolve().parents[1]
PACKS = bundled_pack_names()


def pack(name: str):  # noqa: ANN201
    return load_pack(resolve_pack(name, None))


def test_six_packs_ship() -> None:
    assert PACKS == ["beconnected", "gdpr-baseline", "go-bg", "info-partner", "mgt-solutions", "service-company-bg"]


@pytest.mark.parametrize("name", PACKS)
def test_every_pack_lists_its_clauses_with_rules_or_reasons(name: str) -> None:
    clauses = pack(name).clauses
    assert clauses, f"{name} has no clause list"
    for clause in clauses:
        assert (clause.status == "enforced" and clause.rules) or (clause.status == "left_out" and clause.reason) \
            or (clause.status == "partial" and clause.rules and clause.reason)


@pytest.mark.parametrize("name", [p for p in PACKS if p != "gdpr-baseline"])
def test_company_packs_extend_the_gdpr_baseline(name: str) -> None:
    loaded = pack(name)
    assert loaded.extends == ("gdpr-baseline",)
    assert "special.health" in loaded.categories


def test_coverage_command_lists_every_pack_with_counts() -> None:
    result = subprocess.run([sys.executable, "-m", "checker", "rules", "coverage"], capture_output=True, text=True,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    headers = [line for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    assert [line.split(" ")[0] for line in headers] == PACKS
    for line in headers:
        assert " enforced, " in line and " left out" in line


def _retention(name: str, category: str):  # noqa: ANN202
    return {(r.category, r.clock, str(r.max) if r.max else None, str(r.min) if r.min else None)
            for r in pack(name).retention if r.category == category}


@pytest.mark.parametrize(("name", "category", "expected"), [
    ("service-company-bg", "customer", ("customer", "contract_ended", "2 years", None)),
    ("service-company-bg", "marketing_profile", ("marketing_profile", "collected", "12 months", None)),
    # Legal periods: a minimum, and a maximum ("deleted after the obligation ... is fulfilled or ceased").
    ("service-company-bg", "accounting", ("accounting", "collected", "11 years", "11 years")),
    ("service-company-bg", "court", ("court", "collected", "5 years", "5 years")),
    ("go-bg", "customer", ("customer", "contract_ended", "2 years", None)),
    ("go-bg", "accounting", ("accounting", "collected", "11 years", "11 years")),
    ("mgt-solutions", "communications", ("communications", "survey_ended", "90 days", None)),
    ("mgt-solutions", "activity", ("activity", "collected", "1 year", None)),
    ("beconnected", "gambling", ("gambling", "liabilities_lapsed", None, "5 years")),
])
def test_retention_clocks_maximums_and_legal_minimums(name: str, category: str, expected: tuple) -> None:
    assert _retention(name, category) == {expected}


def test_consent_modes() -> None:
    assert [(r.purposes, r.mode) for r in pack("info-partner").consent] == [(("product_news",), "opt_out")]
    for name, purpose in (("service-company-bg", "direct_marketing"), ("go-bg", "direct_marketing"),
                          ("beconnected", "promotional_offers"), ("mgt-solutions", "marketing")):
        rules = pack(name).consent_rules_for(purpose)
        assert [r.mode for r in rules] == ["opt_in"] and rules[0].withdrawal_category, name


@pytest.mark.parametrize(("name", "sentence"), [
    ("service-company-bg", "deleted after the obligation for collection and storage is fulfilled or ceased"),
    ("go-bg", "after the obligation to collect and store personal data is fulfilled or the need for personal data"),
])
def test_legal_periods_cite_the_deletion_sentence_for_their_maximum(name: str, sentence: str) -> None:
    for rule in pack(name).retention:
        if rule.category in ("accounting", "court"):
            assert sentence in rule.cite("max").quote and sentence not in rule.cite("min").quote


@pytest.mark.parametrize(("name", "requirement", "words"), [
    ("service-company-bg", "consent", "by marking a checkbox."),
    ("service-company-bg", "withdrawal", "can withdraw from the given consent"),
    ("service-company-bg", "objection", "In the event of an objection"),
    ("go-bg", "consent", "direct, unambiguous and voluntary consent"),
    ("go-bg", "withdrawal", "You may withdraw your consent at any time."),
    ("go-bg", "objection", "Upon receipt of an objection"),
    ("beconnected", "consent", "if you have given us your explicit consent"),
    ("beconnected", "withdrawal", "withdraw the consent you have previously given us"),
])
def test_each_consent_requirement_cites_its_own_sentence(name: str, requirement: str, words: str) -> None:
    loaded = pack(name)
    [rule] = [rule for rule in loaded.consent if rule.mode == "opt_in"]
    assert words in loaded.consent_citation(rule, requirement).quote


def test_withdrawal_and_objection_are_separate_categories() -> None:
    for name in ("service-company-bg", "go-bg"):
        [rule] = pack(name).consent
        assert rule.exclusions() == [("withdrawal", "consent.withdrawal"), ("objection", "consent.objection")], name


def test_transfer_findings_cite_the_policys_own_sharing_clause_first() -> None:
    assert pack("service-company-bg").transfer_citation("direct_marketing").quote == \
        "We do not provide data to third parties."
    assert "Facebook, Google" in pack("go-bg").transfer_citation("direct_marketing").quote
    assert pack("go-bg").transfer_citation("research").section == "Art. 44"  # no such purpose: GDPR's article
    assert pack("beconnected").transfer_citation("contract").section == "International Transfer of Personal Data"


def test_special_categories_cite_the_policys_definition_or_article_9() -> None:
    from checker.rules.special_category import special_citation

    assert special_citation(pack("beconnected"), "special.professional_body").section == "Definitions"
    assert special_citation(pack("mgt-solutions"), "special.health").section == "Art. 9(1)"


def test_transfers() -> None:
    assert pack("beconnected").transfer.allowed == "home_country"
    go_bg = pack("go-bg").transfer
    assert go_bg.allowed == "eea"
    assert {(r.id, r.purposes) for r in go_bg.recipients_abroad} == {
        ("facebook", ("direct_marketing",)), ("google", ("direct_marketing",))}
    assert pack("mgt-solutions").transfer.allowed == "eea"


def test_ip_addresses_are_personal_for_info_partner() -> None:
    loaded = pack("info-partner")
    assert loaded.is_personal("web_log.ip_address") and not loaded.is_personal("web_log.browser")


def test_a_category_made_personal_by_its_own_sentence_is_cited_with_it() -> None:
    loaded = pack("info-partner")
    cited = loaded.personal_citation(["web_log.ip_address"])
    assert cited is not None and "IP" in cited.quote and cited.section == "Cookies и други технологии"
    assert loaded.personal_citation(["web_log.ip_address.v6"]) == cited  # a subcategory: its nearest ancestor's
    assert loaded.personal_citation(["web_log.ip_address", "contact.email"]) is None  # not all made personal by it
    assert loaded.personal_citation(["contact.email"]) is None


def test_rules_diff_shows_what_two_packs_allow_differently() -> None:
    result = subprocess.run([sys.executable, "-m", "checker", "rules", "diff", "service-company-bg", "go-bg"],
                            capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["--- service-company-bg", "+++ go-bg"]
    assert "+ purpose contract may use national_id" in lines
    assert "+ purpose age_verification" in lines
    assert "+ transfer: Facebook (Meta Platforms) abroad, for direct_marketing" in lines
    assert ("- consent: direct_marketing opt_in (consent.direct_marketing, withdrawal consent.withdrawal, "
            "objection consent.objection)") in lines
    same = subprocess.run([sys.executable, "-m", "checker", "rules", "diff", "go-bg", "go-bg"],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert same.stdout.splitlines()[-1] == "no differences in what the packs allow"


SHARED_TAXONOMY = [
    "user", "user.name", "user.contact.email", "user.contact.phone_number", "user.contact.address",
    "user.contact.address.postal_code", "user.contact.address.city", "user.contact.address.country",
    "user.demographic.date_of_birth", "user.demographic.age", "user.demographic.gender",
    "user.government_id.national_identification_number", "user.government_id.passport_number",
    "user.government_id.driver_license_number", "user.government_id.tax_id", "user.financial.bank_account",
    "user.financial.credit_card", "user.device.ip_address", "user.device.device_id", "user.device.cookie_id",
    "user.device.advertising_id", "user.account.username", "user.location.precise",
    "user.authorization.credentials", "user.content", "user.criminal_history",
    "special.ethnic_origin", "special.political_opinions", "special.religious_beliefs", "special.trade_union",
    "special.genetic", "special.biometric", "special.health", "special.sex_life",
]


def test_gdpr_baseline_declares_the_shared_taxonomy_as_personal_data() -> None:
    baseline = pack("gdpr-baseline")
    assert [key for key in SHARED_TAXONOMY if key not in baseline.categories] == []
    assert all(baseline.is_personal(key) for key in SHARED_TAXONOMY)


@pytest.mark.parametrize("name", [p for p in PACKS if p != "gdpr-baseline"])
def test_company_categories_specialise_keys_of_the_shared_taxonomy(name: str) -> None:
    loaded, baseline = pack(name), pack("gdpr-baseline")
    mapped = {category.id: category.generic for category in loaded.categories.values() if category.generic}
    assert mapped, f"{name} maps none of its categories onto the shared taxonomy"
    assert {key for key in mapped.values() if key not in baseline.categories} == set()
    assert all(loaded.is_personal(category) for category in mapped)  # only personal categories say what they are


@pytest.mark.parametrize(("name", "category", "key"), [
    ("service-company-bg", "customer.email", "user.contact.email"),
    ("go-bg", "national_id.egn", "user.government_id.national_identification_number"),
    ("go-bg", "payment.card", "user.financial.credit_card"),
    ("beconnected", "player.birth_date", "user.demographic.date_of_birth"),
    ("info-partner", "web_log.ip_address", "user.device.ip_address"),
    ("mgt-solutions", "account.country", "user.contact.address.country"),
])
def test_pack_categories_say_which_generic_key_they_are(name: str, category: str, key: str) -> None:
    assert pack(name).categories[category].generic == key


@pytest.mark.parametrize(("entry", "message"), [
    ("retention:\n  - {category: c, min: 11 years, clock: collected, citation: {section: s, quote: q},\n"
     "     citations: {max: {section: s, quote: q}}}\n", "a citation for `max` but no `max` period"),
    ("retention:\n  - {category: c, min: 11 years, max: 2 years, clock: collected, citation: {section: s, quote: q}}\n",
     "max 2 years is shorter than min 11 years"),
    ("consent:\n  - {purposes: [p], mode: opt_in, consent_category: c, citation: {section: s, quote: q},\n"
     "     citations: {objection: {section: s, quote: q}}}\n", "a citation for `objection` but no `objection_category`"),
])
def test_citations_per_requirement_need_the_requirement(tmp_path: Path, entry: str, message: str) -> None:
    from checker.errors import ConfigError

    path = tmp_path / "own.yaml"
    path.write_text("id: own\ntitle: Own\npolicy: own.txt\ncategories: {c: {name: C}}\n"
                    "purposes: {p: {name: P, legal_basis: consent, categories: [c], citation: {section: s, quote: q}}}\n"
                    + entry, "utf-8")
    with pytest.raises(ConfigError) as raised:
        load_pack(path)
    assert message in raised.value.message and raised.value.line


def test_a_personal_citation_needs_a_personal_category(tmp_path: Path) -> None:
    from checker.errors import ConfigError

    path = tmp_path / "own.yaml"
    path.write_text("id: own\ntitle: Own\npolicy: own.txt\n"
                    "categories:\n  c: {name: C}\n  logs: {name: Logs, personal: false}\n"
                    "  logs.agent: {name: Agent, citations: {personal: {section: s, quote: q}}}\n"
                    "purposes: {p: {name: P, legal_basis: consent, categories: [c], citation: {section: s, quote: q}}}\n",
                    "utf-8")
    with pytest.raises(ConfigError) as raised:
        load_pack(path)
    assert "category 'logs.agent': a citation for `personal` but the category is not personal data" \
        in raised.value.message and raised.value.line == 7
