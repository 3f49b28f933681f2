"""Column classification by name and type into the shared taxonomy, and what each pack calls it.

Column names below are the kind found in public schemas (Sakila, Northwind, Rails `structure.sql`
dumps, Bulgarian and German CRM exports); the expectations are what a data engineer would label.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from checker.classify import evidence, infer, tokens
from checker.config import load_config
from checker.engine import load_project
from checker.errors import ConfigError
from checker.policy.loader import load_pack, resolve_pack

REPO = Path(__file__).resolve().parents[1]


def pack(name: str):  # noqa: ANN201
    return load_pack(resolve_pack(name, None))


BASELINE = pack("gdpr-baseline")


def generic(table: str, column: str, column_type: str = "") -> str | None:
    """The category a confident inference gives with gdpr-baseline alone (None: not classified)."""
    found = infer(table, column, column_type, [BASELINE])
    return found.category if found and found.confident else None


@pytest.mark.parametrize(("name", "expected"), [
    ("first_name", ["first", "name"]),
    ("FirstName", ["first", "name"]),
    ("firstName", ["first", "name"]),
    ("BirthDate", ["birth", "date"]),
    ("IPAddress", ["ip", "address"]),
    ("e-mail", ["e", "mail"]),
    ("address2", ["address", "2"]),
    ("contact_email_2", ["contact", "email", "2"]),
    ("Straße", ["strasse"]),
    ("Geschäftsführer", ["geschaeftsfuehrer"]),
    ("prénom", ["prenom"]),
    ("ДатаНаРаждане", ["дата", "на", "раждане"]),
])
def test_names_split_into_comparable_tokens(name: str, expected: list[str]) -> None:
    assert tokens(name) == expected


@pytest.mark.parametrize(("column", "key"), [
    ("email", "user.contact.email"), ("e-mail", "user.contact.email"), ("EmailAddress", "user.contact.email"),
    ("FirstName", "user.name"), ("last_name", "user.name"), ("fname", "user.name"), ("lname", "user.name"),
    ("BirthDate", "user.demographic.date_of_birth"), ("dob", "user.demographic.date_of_birth"),
    ("PostalCode", "user.contact.address.postal_code"), ("zip", "user.contact.address.postal_code"),
    ("address2", "user.contact.address"), ("addr", "user.contact.address"), ("billing_address", "user.contact.address"),
    ("tel", "user.contact.phone_number"), ("msisdn", "user.contact.phone_number"), ("HomePhone", "user.contact.phone_number"),
    ("ssn", "user.government_id.national_identification_number"), ("passport_no", "user.government_id.passport_number"),
    ("iban", "user.financial.bank_account"), ("credit_card_number", "user.financial.credit_card"),
    ("current_sign_in_ip", "user.device.ip_address"), ("encrypted_password", "user.authorization.credentials"),
    ("latitude", "user.location.precise"), ("gender", "user.demographic.gender"), ("idfa", "user.device.advertising_id"),
    ("health_condition", "special.health"), ("religion", "special.religious_beliefs"), ("ethnicity", "special.ethnic_origin"),
    ("criminal_record", "user.criminal_history"), ("customer_email", "user.contact.email"),
])
def test_english_names_and_abbreviations(column: str, key: str) -> None:
    assert generic("customers", column) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Bulgarian, Latin transliteration and Cyrillic
    ("klienti", "ime", "user.name"), ("klienti", "familia", "user.name"), ("klienti", "telefon", "user.contact.phone_number"),
    ("klienti", "adres", "user.contact.address"), ("klienti", "egn", "user.government_id.national_identification_number"),
    ("клиенти", "име", "user.name"), ("клиенти", "телефон", "user.contact.phone_number"),
    ("клиенти", "егн", "user.government_id.national_identification_number"),
    ("клиенти", "дата_на_раждане", "user.demographic.date_of_birth"), ("пациенти", "диагноза", "special.health"),
    # German
    ("kunden", "Vorname", "user.name"), ("kunden", "Nachname", "user.name"), ("kunden", "Straße", "user.contact.address"),
    ("kunden", "PLZ", "user.contact.address.postal_code"), ("kunden", "Geburtsdatum", "user.demographic.date_of_birth"),
    ("kunden", "Telefonnummer", "user.contact.phone_number"), ("kunden", "Konfession", "special.religious_beliefs"),
    # French
    ("clients", "prénom", "user.name"), ("clients", "date_de_naissance", "user.demographic.date_of_birth"),
    ("clients", "téléphone", "user.contact.phone_number"), ("clients", "code_postal", "user.contact.address.postal_code"),
    ("clients", "courriel", "user.contact.email"),
    # Spanish
    ("clientes", "nombre", "user.name"), ("clientes", "apellidos", "user.name"),
    ("clientes", "fecha_de_nacimiento", "user.demographic.date_of_birth"), ("clientes", "correo_electronico", "user.contact.email"),
    ("clientes", "dirección", "user.contact.address"), ("clientes", "teléfono", "user.contact.phone_number"),
])
def test_bulgarian_german_french_and_spanish_names(table: str, column: str, key: str | None) -> None:
    assert generic(table, column) == key


@pytest.mark.parametrize("table", ["customers", "users", "employees", "patients", "contacts", "staff", "members",
                                   "authors", "actor", "public.auth_user", "dim_customer"])
def test_a_bare_name_is_a_persons_name_in_a_person_table(table: str) -> None:
    assert generic(table, "name") == "user.name"


@pytest.mark.parametrize("table", ["genre", "plans", "category", "language", "products", "companies", "orders"])
def test_a_bare_name_is_not_a_persons_name_elsewhere(table: str) -> None:
    assert evidence(table, "name") is None


def test_a_lookup_table_of_cities_or_countries_is_not_personal() -> None:
    assert generic("city", "city") is None and generic("country", "country") is None
    assert generic("customers", "city") == "user.contact.address.city"
    assert generic("addresses", "country") == "user.contact.address.country"


@pytest.mark.parametrize(("table", "column", "column_type"), [
    ("customers", "address_id", "integer"), ("addresses", "country_id", "smallint"),    # foreign keys
    ("email_log", "email_campaign_id", "bigint"),
    ("customers", "email_valid", "boolean"), ("customers", "email_valid", ""),          # flags
    ("users", "is_email_verified", ""), ("users", "has_phone", ""),
    ("customers", "email_count", "integer"),                                            # counts
    ("customers", "email_send_timestamp", "timestamp"), ("users", "email_sent_at", ""),  # points in time
    ("ad_campaigns", "platform", "text"), ("campaign_stats", "platform", "text"),        # not a device OS
    ("jobs", "job_name", "text"), ("subscriptions", "plan_name", "text"), ("ads", "campaign_name", "text"),
    ("servers", "ip_address", "inet"),                                                  # a server's address
])
def test_counter_evidence_leaves_a_column_unclassified_and_unsuggested(table: str, column: str, column_type: str) -> None:
    assert evidence(table, column, column_type) is None
    assert infer(table, column, column_type, [pack("mgt-solutions")]) is None


def test_a_device_platform_is_still_its_operating_system() -> None:
    found = infer("devices", "platform", "text", [pack("mgt-solutions")])
    assert (found.category, found.confident) == ("device.os", True)


def test_a_name_that_only_contains_a_word_is_a_suggestion() -> None:
    found = infer("visits", "contact_email_2", "text", [pack("mgt-solutions")])
    assert (found.category, found.confident, found.reason) == ("account.email", False, "the name contains 'email'")
    assert not infer("leads", "contact_name", "", [BASELINE]).confident


@pytest.mark.parametrize(("column", "column_type", "key"), [
    ("client", "inet", "user.device.ip_address"), ("network", "cidr", "user.device.ip_address"),
    ("hw", "macaddr", "user.device.device_id"), ("hw", "MACADDR8", "user.device.device_id"),
    ("born", "date", "user.demographic.date_of_birth"), ("born", "timestamp with time zone", "user.demographic.date_of_birth"),
    ("born", "text", None), ("birth", "varchar(20)", None),
])
def test_types_decide_or_back_a_name(column: str, column_type: str, key: str | None) -> None:
    assert generic("members", column, column_type) == key


@pytest.mark.parametrize(("pack_name", "table", "column", "category"), [
    ("service-company-bg", "customers", "email", "customer.email"),          # the table's group first
    ("service-company-bg", "marketing_profiles", "email", "marketing_profile.email"),
    ("service-company-bg", "orders", "phone", "customer.phone"),
    ("go-bg", "klienti", "egn", "national_id.egn"),                          # the category the column names
    ("go-bg", "klienti", "lnch", "national_id.lnch"),
    ("go-bg", "customers", "iban", "payment.bank_account"),
    ("mgt-solutions", "accounts", "city", "account.address"),                # a part of the pack's address
    ("mgt-solutions", "leads", "phone", "user.contact.phone_number"),        # no phone category: the generic key
    ("mgt-solutions", "patients", "diagnosis", "special.health"),
    ("beconnected", "players", "BirthDate", "player.birth_date"),
])
def test_each_pack_takes_its_own_category_that_is_the_key(pack_name: str, table: str, column: str, category: str) -> None:
    found = infer(table, column, "", [pack(pack_name)])
    assert found is not None and found.confident and found.category == category


def _ddl_project(root: Path, packs: list[str], ddl: str, extra: dict | None = None) -> Path:
    (root / "schema").mkdir(parents=True, exist_ok=True)
    (root / "schema" / "tables.sql").write_text(textwrap.dedent(ddl).lstrip(), "utf-8")
    (root / "privgate.yaml").write_text(yaml.safe_dump({"packs": packs, "catalog": {"ddl": ["schema/*.sql"]}, **(extra or {})}))
    return root


def test_provenance_says_what_decided(tmp_path: Path) -> None:
    _ddl_project(tmp_path, ["mgt-solutions"], """
        CREATE TABLE visits (id bigint, client inet, email text, contact_email_2 text, phone text);
        """)
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    visits = catalog.table("visits")
    assert visits.provenance["client"] == "inferred from its type inet"
    assert visits.provenance["email"] == "inferred from its name: token 'email'"
    assert visits.columns["phone"] == "user.contact.phone_number"  # mgt-solutions has no phone category
    assert visits.suggestions == {"contact_email_2": ("account.email", "the name contains 'email'")}
    assert visits.inferred == {"client", "email", "phone"}


def test_patients_table_with_gdpr_baseline_reports_the_special_categories(tmp_path: Path) -> None:
    project = _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patients (id bigint, email text, health_condition text, religion text, date_of_birth date);
        """)
    project.joinpath("privgate.yaml").write_text(yaml.safe_dump({"catalog": {"ddl": ["schema/*.sql"]}}))
    run = subprocess.run([sys.executable, "-m", "checker", "scan", str(project), "--pack", "gdpr-baseline",
                          "--format", "json"], capture_output=True, text=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 1, run.stderr
    findings = json.loads(run.stdout)["findings"]
    assert sorted((f["rule_id"], f["subject"]) for f in findings) == [
        ("SPC003", "patients.health_condition"), ("SPC003", "patients.religion")]
    catalog = load_project(load_config(project / "privgate.yaml"), ["gdpr-baseline"]).catalog
    assert catalog.table("patients").columns == {
        "id": None, "email": "user.contact.email", "health_condition": "special.health",
        "religion": "special.religious_beliefs", "date_of_birth": "user.demographic.date_of_birth"}


def test_birth_dates_recognised_by_name_need_the_guardian_consent_a_pack_requires(tmp_path: Path) -> None:
    _ddl_project(tmp_path, ["beconnected"], "CREATE TABLE players (id bigint, email text, BirthDate date);\n")
    run = subprocess.run([sys.executable, "-m", "checker", "scan", str(tmp_path), "--format", "json"],
                         capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert [(f["rule_id"], f["subject"]) for f in json.loads(run.stdout)["findings"]] == [("CHD002", "players.birthdate")]


def test_dbt_pii_markers_give_at_least_personal_data_of_unknown_kind(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"]}))
    (tmp_path / "dbt_project.yml").write_text("name: shop\nmodel-paths: [models]\n")
    (tmp_path / "models" / "sources.yml").write_text(textwrap.dedent("""
        version: 2
        sources:
          - name: crm
            tables:
              - name: members
                columns:
                  - {name: legacy_ref, tags: [pii]}
                  - {name: extra_1, meta: {sensitive: true}}
                  - {name: backup_email_note, meta: {contains_pii: true}}
                  - {name: legacy_code}
        """))
    members = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("members")
    assert members.columns == {"legacy_ref": "user", "extra_1": "user", "backup_email_note": "account.email",
                               "legacy_code": None}
    assert members.provenance["legacy_ref"].startswith("marked personal")


def test_fides_keys_no_pack_names_are_personal_data_of_unknown_kind(tmp_path: Path) -> None:
    (tmp_path / "fides").mkdir()
    (tmp_path / "fides" / "crm.yml").write_text(textwrap.dedent("""
        dataset:
          - fides_key: crm
            collections:
              - name: accounts
                fields:
                  - {name: visitor, data_categories: [user.unique_id]}
                  - {name: history, data_categories: [user.behavior.browsing_history]}
                  - {name: mobile, data_categories: [user.contact.phone_number]}
                  - {name: zip, data_categories: [user.contact.address.postal_code]}
        """))
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"], "catalog": {"fides": ["fides/*.yml"]}}))
    accounts = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("accounts")
    assert accounts.columns == {"visitor": "user", "history": "user", "mobile": "user.contact.phone_number",
                                "zip": "account.address"}


def test_an_unknown_generic_key_is_a_pack_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.yaml"
    path.write_text(textwrap.dedent("""
        id: shop
        title: Shop
        policy: shop.txt
        extends: [gdpr-baseline]
        categories:
          buyer: {name: Buyers}
          buyer.mail: {name: E-mail, is: user.contact.e_mail}
        purposes: {}
        """).lstrip())
    with pytest.raises(ConfigError) as raised:
        load_pack(path)
    assert raised.value.path == str(path) and raised.value.line == 7
    assert "user.contact.e_mail" in raised.value.message
