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

from helpers import generic
from checker.classify import base_type, evidence, infer, tokens
from checker.config import load_config
from checker.engine import load_project
from checker.errors import ConfigError
from checker.policy.loader import load_pack, resolve_pack

REPO = Path(__file__).resolve().parents[1]


def pack(name: str):  # noqa: ANN201
    return load_pack(resolve_pack(name, None))


BASELINE = pack("gdpr-baseline")
NATIONAL_ID = "user.government_id.national_identification_number"


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
    # Camunda's and Flowable's upper case with a trailing underscore (ASSIGNEE_, START_USER_ID_)
    ("START_USER_ID_", ["start", "user", "id"]),
    ("_FIVETRAN_SYNCED", ["fivetran", "synced"]),
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


@pytest.mark.parametrize(("table", "column", "key"), [
    ("email_addresses", "address", "user.contact.email"),  # Danbooru's, beside user_id: not a postal address
    ("email_addresses", "normalized_address", "user.contact.email"),
    ("email_addresses", "billing_address", "user.contact.address"),  # a kind of its own
    ("customer_addresses", "address", "user.contact.address"),
])
def test_the_last_word_of_what_a_table_is_named_for_is_that_kind(table: str, column: str, key: str) -> None:
    assert generic(table, column, siblings="id user_id is_verified") == key


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
    ("posts", "comments", "bigint"), ("tickets", "replies", "integer"),                  # lemmy's post.comments
    ("wp_posts", "post_author", "bigint(20) unsigned"), ("articles", "author", "integer"),  # a person's key
    ("customers", "email_send_timestamp", "timestamp"), ("users", "email_sent_at", ""),  # points in time
    ("ad_campaigns", "platform", "text"), ("campaign_stats", "platform", "text"),        # not a device OS
    ("jobs", "job_name", "text"), ("subscriptions", "plan_name", "text"), ("ads", "campaign_name", "text"),
    ("servers", "ip_address", "inet"),                                                  # a server's address
])
def test_counter_evidence_leaves_a_column_unclassified_and_unsuggested(table: str, column: str, column_type: str) -> None:
    assert evidence(table, column, column_type) is None
    assert infer(table, column, column_type, [pack("mgt-solutions")]) is None


def test_a_person_named_in_text_is_still_a_name() -> None:
    """Only a whole number is a key: the author's name as text stays a name."""
    for column_type in ("varchar(255)", "text", ""):
        found = evidence("articles", "author", column_type)
        assert found is not None and found.kind.key == "user.name"


def test_a_count_of_children_is_the_persons_only_in_the_persons_own_row() -> None:
    """lemmy's `comment.child_count` counts the replies under a comment its creator wrote; an
    employee's `child_count` is how many children they have."""
    assert evidence("comment", "child_count", "integer", ["id", "creator_id", "post_id", "content", "child_count"]) is None
    found = evidence("employees", "child_count", "integer", ["id", "name", "child_count"])
    assert found is not None and found.kind.key == "user"


def test_a_device_platform_is_still_its_operating_system() -> None:
    found = infer("devices", "platform", "text", [pack("mgt-solutions")])
    assert (found.category, found.confident) == ("device.os", True)


def test_a_name_that_only_contains_a_word_is_a_suggestion() -> None:
    found = infer("visits", "email_info", "text", [pack("mgt-solutions")])
    assert (found.category, found.confident, found.reason) == ("account.email", False, "the name contains 'email'")
    assert not infer("leads", "email_forwarding_note", "", [BASELINE]).confident


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
        CREATE TABLE visits (id bigint, client inet, email text, email_info text, phone text);
        """)
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    visits = catalog.table("visits")
    assert visits.provenance["client"] == "inferred from its type inet"
    assert visits.provenance["email"] == "inferred from its name: token 'email'"
    assert visits.columns["phone"] == "user.contact.phone_number"  # mgt-solutions has no phone category
    assert visits.suggestions == {"email_info": ("account.email", "the name contains 'email'")}
    assert visits.inferred == {"client", "email", "phone"}


def test_a_columns_case_keeps_its_words_while_the_catalog_keys_it_in_lower_case(tmp_path: Path) -> None:
    """MySQL and SQL Server schemas write camelCase names: the catalog keys columns in lower case,
    but the classifier reads them as written (`microsoftAPIRefreshToken` is four words), and a name a
    vocabulary knows run together still counts (`DeliveryInstructions`)."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE `schoolPerson` (`schoolPersonID` int, `surname` varchar(60), `firstName` varchar(60),
            `passwordSalt` varchar(255), `lastIPAddress` varchar(15), `microsoftAPIRefreshToken` text);
        CREATE TABLE Orders (OrderID int, CustomerID int, DeliveryInstructions varchar(max));
        ALTER TABLE `schoolPerson` RENAME COLUMN `firstName` TO `givenName`;
        """, {"dialect": "mysql"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    person = catalog.table("schoolperson")
    assert set(person.columns) == {"schoolpersonid", "surname", "givenname", "passwordsalt",
                                   "lastipaddress", "microsoftapirefreshtoken"}
    assert person.columns["passwordsalt"] == "user.authorization.credentials"
    assert person.columns["lastipaddress"] == "user.device.ip_address"
    assert person.columns["microsoftapirefreshtoken"] == "user.authorization.credentials"
    assert person.columns["givenname"] == "user.name"
    assert person.spelled("givenname") == "givenName" and person.spelled() == "schoolPerson"
    assert person.columns["schoolpersonid"] is None
    assert catalog.table("orders").columns["deliveryinstructions"] == "user.content"


def test_patients_table_with_gdpr_baseline_reports_the_special_categories_and_birth_dates(tmp_path: Path) -> None:
    project = _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patients (id bigint, email text, health_condition text, religion text, date_of_birth date);
        """)
    project.joinpath("privgate.yaml").write_text(yaml.safe_dump({"catalog": {"ddl": ["schema/*.sql"]}}))
    run = subprocess.run([sys.executable, "-m", "checker", "scan", str(project), "--pack", "gdpr-baseline",
                          "--format", "json"], capture_output=True, text=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 1, run.stderr
    findings = json.loads(run.stdout)["findings"]
    assert sorted((f["rule_id"], f["subject"], f["severity"]) for f in findings) == [
        ("CHD003", "patients.date_of_birth", "warning"), ("SPC003", "patients.health_condition", "error"),
        ("SPC003", "patients.religion", "error")]
    assert json.loads(run.stdout)["summary"]["columns"] == {"total": 5, "personal": 4, "without_category": 1}
    text = subprocess.run([sys.executable, "-m", "checker", "scan", str(project), "--pack", "gdpr-baseline"],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert "1 table (5 columns, 4 personal, 1 without a category)" in text.stdout  # what it could not classify
    birth_dates = next(f for f in findings if f["rule_id"] == "CHD003")
    assert birth_dates["citation"]["section"] == "Art. 8(1)"
    catalog = load_project(load_config(project / "privgate.yaml"), ["gdpr-baseline"]).catalog
    assert catalog.table("patients").columns == {
        "id": None, "email": "user.contact.email", "health_condition": "special.health",
        "religion": "special.religious_beliefs", "date_of_birth": "user.demographic.date_of_birth"}


def test_birth_dates_recognised_by_name_need_the_guardian_consent_a_pack_requires(tmp_path: Path) -> None:
    _ddl_project(tmp_path, ["beconnected"], "CREATE TABLE players (id bigint, email text, BirthDate date);\n")
    run = subprocess.run([sys.executable, "-m", "checker", "scan", str(tmp_path), "--format", "json"],
                         capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert [(f["rule_id"], f["subject"]) for f in json.loads(run.stdout)["findings"]] == [("CHD002", "players.birthdate")]


def test_dbt_pii_markers_and_descriptions_give_at_least_personal_data_of_unknown_kind(tmp_path: Path) -> None:
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
                  - {name: c_nm1, description: "Customer's first name. PII."}
                  - {name: ref_2, description: "The member's reference in the old CRM (personal data)"}
                  - {name: visitor_key, description: "A salted hash of the visitor, PII-free"}
                  - {name: segment, description: "Marketing segment; no PII"}
        """))
    members = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("members")
    assert members.columns == {"legacy_ref": "user", "extra_1": "user", "backup_email_note": "account.email",
                               "legacy_code": None, "c_nm1": "account.name", "ref_2": "user", "visitor_key": None,
                               "segment": None}  # c_nm1: what its description names, a (first) name
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


# -- names a catalog folded to lower case ---------------------------------------------------------
@pytest.mark.parametrize(("table", "column", "key"), [
    # PostgreSQL folds unquoted `FirstName` to `firstname`: known words are split back out
    ("person", "firstname", "user.name"), ("person", "addressline1", "user.contact.address"),
    ("employee", "nationalidnumber", "user.government_id.national_identification_number"),
    ("employee", "loginid", "user.account.username"), ("employee", "maritalstatus", "user"),
    ("productreview", "reviewername", "user.name"), ("jobcandidate", "resume", "user.content"),
    ("employees", "titleofcourtesy", "user.name"),
])
def test_run_together_lower_case_names_are_split_into_known_words(table: str, column: str, key: str) -> None:
    assert generic(table, column) == key


@pytest.mark.parametrize(("table", "column"), [
    ("person", "emailpromotion"), ("person", "namestyle"), ("stateprovince", "stateprovinceid"),
    ("kunden", "kkfirma"),  # not made of known words: stays whole, says nothing
])
def test_run_together_names_of_other_things_stay_unclassified(table: str, column: str) -> None:
    assert generic(table, column) is None


# -- credentials ------------------------------------------------------------------------------------
DEVISE_USERS = ("email encrypted_password reset_password_token reset_password_sent_at confirmation_token "
                "confirmed_at unlock_token locked_at otp_secret otp_backup_codes remember_created_at")


@pytest.mark.parametrize(("table", "column", "siblings"), [
    ("users", "reset_password_token", DEVISE_USERS), ("users", "confirmation_token", DEVISE_USERS),
    ("users", "unlock_token", DEVISE_USERS), ("users", "otp_backup_codes", DEVISE_USERS),
    ("users", "remember_token", ""), ("users", "token", ""), ("users", "salt", ""), ("users", "totp_seed", ""),
    ("users", "password_reset_token_digest", ""), ("users", "mfa_hashed_recovery_codes", ""),
    ("api_keys", "hashed_key", "name owner_id"), ("oauth_access_tokens", "refresh_token", "resource_owner_id"),
    ("admin_users", "oauth_token", ""), ("webauthn_credentials", "public_key", "user_id external_id nickname"),
    ("webauthn_credentials", "external_id", "user_id public_key nickname"), ("users", "webauthn_id", ""),
    ("wp_users", "user_pass", "user_login user_email"), ("wp_users", "user_activation_key", "user_login"),
    # an invitation's code lets whoever holds it sign up, as an invite token does (LiquidFeedback's member)
    ("member", "invite_code", "login password invite_code_expiry"),
    ("invites", "invitation_code", "user_id expires_at"),
    # the answer to a password reminder's secret question, as Japanese shops and social networks ask it
    # (EC-CUBE's `dtb_customer.reminder_answer`, OpenPNE's `c_member_pre.c_password_query_answer`)
    ("dtb_customer", "reminder_answer", "customer_id name01 email password reminder salt"),
    ("c_member_pre", "c_password_query_answer", "c_member_pre_id nickname pc_address password c_password_query_id"),
])
def test_secrets_tokens_and_their_hashes_are_credentials(table: str, column: str, siblings: str) -> None:
    assert generic(table, column, "", siblings) == "user.authorization.credentials"


@pytest.mark.parametrize(("table", "column", "key"), [
    ("recipes", "salt", None), ("users", "key", None), ("users", "token_expires_at", None),
    ("users", "email_digest", None),  # a newsletter setting, not a hashed secret
    ("uploads", "sha256", None), ("uploads", "checksum_hash", None),
    ("devices", "push_token", "user.device.device_id"),
    # a Japanese feature phone's subscriber ID, that mobile sites log members in by (EC-CUBE's
    # `dtb_customer.mobile_phone_id`, OpenPNE's `easy_access_id`, docomo's i-mode ID)
    ("dtb_customer", "mobile_phone_id", "user.device.device_id"), ("c_member_secure", "easy_access_id", "user.device.device_id"),
    ("reminders", "reminder_date", None),  # ... while a reminder's own date is no secret
    ("visits", "hashed_ip_address", "user.device.ip_address"),  # a hashed IP is still the IP
    ("visitors", "ip_address_json", "user.device.ip_address"),  # ... as is one kept as JSON
    ("e2e_device_keys_json", "key_json", "user.authorization.credentials"),  # a key kept as JSON (a JWK)
    ("user_filters", "filter_json", None), ("events", "json", None),  # JSON alone says nothing of what it holds
    ("users", "last_sign_in_ip", "user.device.ip_address"),
])
def test_what_is_not_a_credential_and_what_a_hash_keeps(table: str, column: str, key: str | None) -> None:
    assert generic(table, column) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # InvoicePlane's clients: the client's postal address lines beside its city and postcode
    ("ip_clients", "client_address_1", "varchar(100)", "client_name client_city client_zip", "user.contact.address"),
    ("ip_clients", "client_address", "varchar(100)", "client_name client_city client_zip", "user.contact.address"),
    # a connection's client address: the IP address it came from
    ("connections", "client_address", "varchar(45)", "server_port started_at", "user.device.ip_address"),
    ("sessions", "client_address", "inet", "city postal_code", "user.device.ip_address"),
    ("event", "ip_address", "varchar(45)", "city country region dma", "user.device.ip_address"),  # Amplitude's
])
def test_a_client_address_beside_a_city_is_postal(table: str, column: str, column_type: str, siblings: str,
                                                  key: str) -> None:
    assert generic(table, column, column_type, siblings) == key


# -- addresses, phones, accounts ------------------------------------------------------------------------
@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("addresses", "state", "", "user.contact.address"), ("address", "district", "", "user.contact.address"),
    ("location", "county", "", "user.contact.address"),
    ("customers", "state", "address city postal_code", "user.contact.address"),  # next to a postal address
    ("customers", "region", "address city postal_code", "user.contact.address"),
    ("invoices", "billing_state", "", "user.contact.address"), ("invoices", "billing_city", "", "user.contact.address.city"),
    ("orders", "ship_country", "", "user.contact.address.country"),
    ("orders", "shipping_postal_code", "", "user.contact.address.postal_code"),
    ("wohnort", "Ort", "", "user.contact.address.city"), ("lieferadresse", "Land", "", "user.contact.address.country"),
    ("wohnort", "Adresszusatz", "", "user.contact.address"),
    ("users", "state", "email encrypted_password", None),  # a state machine's state, no address here
    ("orders", "state", "number total bill_address_id", None),
    ("stock_locations", "address1", "", None), ("suppliers", "phone", "", None),  # a company's, not a person's
    ("lieferdienst", "Telefon", "", None), ("lieferdienst", "Email", "", None),
    ("geoip_infos", "country_code", "city region", None),  # a lookup of places
    # a parcel's tracking events (Shopify's fulfillment events, a carrier's checkpoints): where the carrier
    # scanned the parcel, not where a person lives
    ("fulfillment_event", "city", "fulfillment_id order_id status address_1 zip latitude", None),
    ("tracking_events", "latitude", "shipment_id status city longitude", None),
    ("shipments", "city", "order_id status address_1 zip", "user.contact.address.city"),  # ... a shipment goes to a person
])
def test_address_parts_need_an_address_context(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "", siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    ("kunde", "Mobil", "user.contact.phone_number"), ("kunden", "Handy", "user.contact.phone_number"),
    ("contacts", "cell", "user.contact.phone_number"), ("spreadsheet_rows", "cell", None),
    ("users", "twitter_username", "user.account.username"), ("admin_github_users", "github_id", "user.account.username"),
    ("users", "handle", "user.account.username"), ("organizations", "handle", None),
    ("member", "xmpp_address", "user.account.username"),  # a chat handle (alice@jabber.org), no postal address
    ("webauthn_credentials", "nickname", None), ("linksets", "mail", None), ("members", "mail", "user.contact.email"),
])
def test_phone_words_and_account_handles(table: str, column: str, key: str | None) -> None:
    assert generic(table, column) == key


# -- people named by their role; demographics; employment ------------------------------------------------
@pytest.mark.parametrize(("table", "column", "key"), [
    ("tracks", "composer", "user.name"), ("versions", "authors", "user.name"), ("books", "author", "user.name"),
    ("product_reviews", "reviewer_name", "user.name"), ("leads", "contact_name", "user.name"),
    ("providers", "provider_name", "user.name"), ("customers", "full_name", "user.name"),
    ("versions", "full_name", None), ("films", "title", None), ("artists", "name", None),
    ("users", "marital_status", "user"), ("person", "year_of_birth", "user.demographic.date_of_birth"),
    ("person", "month_of_birth", "user.demographic.date_of_birth"),
    ("person", "birth_datetime", "user.demographic.date_of_birth"),
    ("death", "death_date", "user"), ("patients", "dod", "user"),
    ("employees", "job_title", "user"), ("employees", "title", "user"), ("employees", "salary", "user"),
    ("sales_people", "bonus", "user"), ("sales_people", "commission_pct", "user"),
    ("employee_pay_history", "rate", "user"), ("staff", "picture", "user"), ("users", "avatar_url", "user"),
    ("exchange_rates", "rate", None), ("promotions", "bonus", None), ("jobs", "salary", None),
])
def test_role_names_demographics_and_employment(table: str, column: str, key: str | None) -> None:
    assert generic(table, column) == key


# -- free text, personal blobs, location, cards ------------------------------------------------------------
@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("orders", "comment", "customer_id total", "user.content"),  # a table of people's rows: a person key
    ("ownership_requests", "note", "user_id status", "user.content"),
    ("audits", "comment", "admin_user_id action", "user.content"),
    ("notes", "note_text", "person_id note_date", "user.content"), ("notes", "note_title", "person_id", "user.content"),
    ("error_logs", "message", "user_id backtrace", None), ("articles", "body", "slug", None),
    ("mdl_user", "description", "username firstname", "user.content"), ("products", "description", "price", None),
    ("persons", "demographics", "", "user"), ("persons", "additional_contact_info", "", "user"),
    ("stores", "demographics", "", None),
    ("sendgrid_events", "payload", "email event_type", "user"),  # an event that carries an e-mail
    ("audits", "audited_changes", "user_id auditable_type", "user"), ("events_user_events", "additional", "tag", "user"),
    ("web_hook_deliveries", "payload", "url status", None),
    ("location", "latitude", "", "user.location.precise"), ("addresses", "spatial_location", "", "user.location.precise"),
    ("credit_cards", "exp_month", "card_number", "user.financial.credit_card"),
    ("payments", "exp_year", "customer_id card_last4", "user.financial.credit_card"),
    ("kunde", "GueltigBis", "Kreditkarte Vorname", "user.financial.credit_card"),  # next to a card number
    ("api_keys", "expires_at", "name", None), ("coupons", "expiry_date", "code", None),
    ("wohnort", "bis", "von strasse", None),
])
def test_free_text_blobs_locations_and_cards_in_their_tables(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "", siblings) == key


def test_spatial_types_locate_people_only_in_their_tables() -> None:
    assert generic("addresses", "geo", "geography") == "user.location.precise"
    assert generic("parcels", "outline", "geometry") is None


# -- health, codes, professional and bank identifiers --------------------------------------------------------
@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("condition_occurrence", "condition_concept_id", "person_id condition_start_date", "special.health"),
    ("condition_occurrence", "condition_source_value", "person_id", "special.health"),
    ("condition_occurrence", "stop_reason", "person_id", "special.health"),
    ("death", "cause_concept_id", "person_id death_date", "special.health"),
    ("prescriptions", "drug", "patient_id", "special.health"),
    ("conditions", "description", "patient encounter code", "special.health"),  # a bare `patient` key
    ("condition_occurrence", "condition_type_concept_id", "person_id", None),  # a kind of record, not the data
    ("condition_occurrence", "condition_start_date", "person_id", None),
    ("products", "condition", "", None), ("machine_inspections", "condition", "machine_id", None),
    ("web_hooks", "disabled_reason", "user_id", None), ("drugs", "drug", "manufacturer", None),
    ("person", "gender_concept_id", "", "user.demographic.gender"),
    ("person", "race_source_value", "", "special.ethnic_origin"),
    ("person", "ethnicity_source_concept_id", "", "special.ethnic_origin"),
    ("customers", "country_code", "", "user.contact.address.country"),
    ("person", "person_source_value", "", "user"),  # the person's identifier in the source system
    ("addresses", "country_id", "", None), ("customers", "currency_code", "", None),
    ("provider", "npi", "", "user.government_id"), ("provider", "dea", "", "user.government_id"),
    ("users", "upin", "username fname lname npi", "user.government_id"),  # Medicare's number before the NPI
    ("doctors", "license_number", "", "user.government_id"), ("provider", "specialty_concept_id", "", "user"),
    # the number of a person's national health card (Brazil's SUS card), in a person's row; a health unit's is none
    ("fisica", "sus", "idpes cpf data_nasc sexo", "user.government_id"),
    ("paciente", "cartao_sus", "id nome cpf data_nascimento sexo telefone", "user.government_id"),
    ("patients", "nhs_number", "first_name last_name date_of_birth", "user.government_id"),
    ("unidades_saude", "cns", "id nome cnes municipio", None),
    ("customers", "account_number", "", None),  # an account with the shop, not a bank account
    ("orders", "account_number", "customer_id", None),
    ("bank_accounts", "account_number", "", "user.financial.bank_account"),
    ("employees", "account_number", "iban", "user.financial.bank_account"),
])
def test_clinical_rows_codes_and_identifiers(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a clinical record (keyed to a patient or an episode of care): its values are health data
    ("labevents", "value", "varchar(200)", "row_id subject_id hadm_id itemid charttime valueuom flag", "special.health"),
    ("labevents", "flag", "varchar(20)", "row_id subject_id hadm_id itemid charttime value", "special.health"),
    ("labevents", "charttime", "timestamp", "row_id subject_id hadm_id itemid value", None),
    ("labevents", "valueuom", "varchar(20)", "row_id subject_id hadm_id itemid value", None),
    ("chartevents", "cgid", "int", "row_id subject_id hadm_id itemid value", None),
    ("prescriptions", "dose_unit_rx", "varchar(120)", "subject_id hadm_id drug", None),
    ("transfers", "prev_careunit", "varchar(20)", "subject_id hadm_id icustay_id", None),
    # ... but a website's visits with an e-mail, or a table of drugs with no patient, are not
    ("visits", "referrer", "text", "id email landed_at", None),
    ("d_labitems", "fluid", "varchar(100)", "row_id itemid label category", None),
    # who did it: a name or login as text, a key as a number
    ("usager_notes", "createdBy", "character varying", "uuid usagerRef message", "user.account.username"),
    ("app_log", "created_by", "bigint", "id action", None),
    # a JSON document in a person's row is about the person; in a thing's row it is not
    ("contacts", "custom_attributes", "jsonb", "id name email", "user"),
    ("plans", "custom_attributes", "jsonb", "id name price", None),
    # people's rows about a thing (`user_structure`) keep their personal columns
    ("user_structure", "email", "varchar", "id nom prenom structureId", "user.contact.email"),
    ("structure", "email", "varchar", "id nom adresse ville", None),
])
def test_clinical_records_audit_columns_documents_and_people_of_a_thing(table: str, column: str, column_type: str,
                                                                        siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


# -- table abbreviations, records about a person, businesses and codes (issue 15, benchmark causes) ------------
@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a prefix that shortens the table's noun is the table's own (Oracle's SH: `cust_` in `customers`)
    ("customers", "cust_first_name", "varchar2(20)", "cust_id cust_last_name cust_postal_code", "user.name"),
    ("customers", "cust_email", "varchar2(50)", "cust_id", "user.contact.email"),
    ("customers", "cust_state_province", "varchar2(40)", "cust_id cust_postal_code cust_city", "user.contact.address"),
    ("customers", "cust_income_level", "varchar2(30)", "cust_id", "user.financial"),
    ("products", "prod_name", "varchar2(50)", "prod_id prod_desc", None),  # a product's name: nobody's
    # a record of facts about one person (demographics, an intake interview): its values are the person's
    ("supplementary_demographics", "occupation", "varchar2(21)", "cust_id education", "user"),
    ("supplementary_demographics", "golf", "number(10)", "cust_id education", "user"),
    ("supplementary_demographics", "cust_id", "number", "education", None),
    ("usager_entretien", "raison", "text", "uuid usagerUUID", "user"),
    ("usager_entretien", "createdAt", "timestamp", "uuid usagerUUID", None),
    ("product_interview", "question", "text", "id product_id", None),  # nobody's interview
    # a person's household or housing (a social or school-enrolment questionnaire, i-Educar's
    # `moradia_aluno`, a case's `household`): how the person lives, the person's facts
    ("moradia_aluno", "geladeira", "char(1)", "ref_cod_aluno moradia quartos renda", "user"),
    ("moradia_aluno", "quartos", "integer", "ref_cod_aluno moradia geladeira renda", "user"),
    ("moradia_aluno", "ref_cod_aluno", "integer", "moradia quartos renda", None),  # the key, written first
    ("client_household", "roof_material", "varchar(20)", "id client_id household_size", "user"),
    ("housing_units", "rooms", "integer", "id building_id floor", None),  # nobody's: a building's flats
    # a customer or account with contact persons of its own is a business; its contact stays personal
    ("customers", "phone_number", "nvarchar(20)", "customer_id customer_name primary_contact_person_id", None),
    ("customers", "delivery_address_line1", "nvarchar(60)", "customer_id primary_contact_person_id", None),
    ("customers", "customer_name", "nvarchar(100)", "customer_id primarycontactpersonid", None),
    ("customers", "contact_name", "nvarchar(30)", "company_name contact_title phone", "user.name"),
    ("customers", "phone", "nvarchar(24)", "company_name first_name last_name", "user.contact.phone_number"),  # a person
    # a table named for a thing and a medium is a kind of the thing (a company's channel)
    ("channel_sms", "phone_number", "varchar", "id account_id provider", None),
    ("channel_whatsapp", "phone_number", "varchar", "id account_id", None),
    ("channel_email", "imap_password", "varchar", "id email", "user.authorization.credentials"),
    ("contact_sms", "phone_number", "varchar", "id contact_id", "user.contact.phone_number"),
    # settings and parameter tables hold the organisation's own address
    ("systemparameters", "deliveryaddressline1", "nvarchar(60)", "systemparameterid deliverypostalcode", None),
])
def test_abbreviated_owners_person_records_and_businesses(table: str, column: str, column_type: str, siblings: str,
                                                          key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the item a clinical event measured or gave, and its value as a number
    ("chartevents", "itemid", "int", "row_id subject_id hadm_id charttime value", "special.health"),
    ("microbiologyevents", "spec_itemid", "int", "row_id subject_id hadm_id chartdate", "special.health"),
    ("labevents", "valuenum", "double precision", "row_id subject_id hadm_id itemid", "special.health"),
    ("inputevents_mv", "statusdescription", "varchar(30)", "subject_id hadm_id itemid amount", None),
    ("inputevents_mv", "cancelreason", "smallint", "subject_id hadm_id itemid amount", None),
    # a coded field is judged by what it codes; where the patient came from or went to is bookkeeping
    ("drug_exposure", "route_concept_id", "integer", "person_id drug_concept_id visit_occurrence_id", "special.health"),
    ("measurement", "value_as_concept_id", "integer", "person_id visit_occurrence_id", "special.health"),
    ("measurement", "unit_concept_id", "integer", "person_id visit_occurrence_id", None),
    ("measurement", "range_low", "numeric", "person_id visit_occurrence_id", None),
    ("drug_exposure", "lot_number", "varchar(50)", "person_id visit_occurrence_id", None),
    ("visit_occurrence", "discharged_to_source_value", "varchar(50)", "person_id visit_concept_id", None),
    ("condition_occurrence", "condition_status_source_value", "varchar(50)", "person_id visit_occurrence_id", None),
    # how secret the record is kept (HL7's confidentiality codes), not what it says; a finding named so still is
    ("form_encounter", "sensitivity", "varchar(30)", "id pid encounter reason facility", None),
    ("microbiology_results", "antibiotic_sensitivity", "varchar(30)", "id patient_id encounter_id organism", "special.health"),
    # a code list with no person or episode key holds nobody's diagnosis
    ("d_icd_diagnoses", "icd9_code", "varchar(10)", "row_id short_title long_title", None),
    ("diagnoses_icd", "icd9_code", "varchar(10)", "row_id subject_id hadm_id seq_num", "special.health"),
    # a patient's insurer is financial; a payer only as a code (a bare `payer` is a key to a payers table)
    ("admissions", "insurance", "varchar(255)", "row_id subject_id hadm_id admittime", "user.financial"),
    ("payer_plan_period", "payer_source_value", "varchar(50)", "person_id payer_plan_period_start_date", "user.financial"),
    ("encounters", "payer", "varchar(1000)", "id patient organization provider", None),
    ("billing", "payer_id", "int(11)", "id pid encounter code_type code modifier", None),  # the insurer's row
    ("payer_plan_period", "payer_concept_id", "integer", "person_id payer_plan_period_start_date", "user.financial"),
])
def test_clinical_items_codes_bookkeeping_and_insurers(table: str, column: str, column_type: str, siblings: str,
                                                      key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # OpenMRS and the medical records built on it write a coded field out when no concept fits
    ("person", "cause_of_death_non_coded", "person_id gender birthdate dead death_date cause_of_death", "special.health"),
    ("allergy", "non_coded_allergen", "allergy_id patient_id severity_concept_id coded_allergen", "special.health"),
    ("products", "category_non_coded", "id name price", None),  # a product's category, written out
])
def test_a_coded_fields_free_text_alternative_is_the_field(table: str, column: str, siblings: str,
                                                           key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    ("interactions", "content", "text", "uuid usagerUUID type", "user.content"),  # interactions with a person
    ("message_sms", "content", "text", "uuid usagerRef phoneNumber", "user.content"),
    ("app_log_security", "userAgent", "text", "uuid userId ip action", "user.device"),
    ("otp", "code", "text", "uuid userId expiresAt", "user.authorization.credentials"),
    ("user_security", "currentSession", "jsonb", "uuid userId", "user.authorization.credentials"),
    ("user_security", "sessionsHistory", "jsonb", "uuid userId", "user"),
    ("messages", "sentiment", "jsonb", "id conversation_id sender_id content", "user"),
    ("messages", "processed_message_content", "text", "id conversation_id sender_id", "user.content"),
    ("user_structure", "fonction", "text", "id nom prenom structureId", "user"),
    ("versions", "position", "integer", "id rubygem_id authors", None),  # a list position, not a job
    ("orders", "internal_comments", "nvarchar(max)", "order_id customer_id", "user.content"),
    ("orders", "delivery_instructions", "nvarchar(max)", "order_id customer_id", "user.content"),
    ("people", "logon_name", "nvarchar(256)", "person_id full_name", "user.account.username"),
    ("people", "search_name", "nvarchar(101)", "person_id full_name", "user.name"),
])
def test_messages_sessions_jobs_and_comments(table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    ("kunden", "sozialversicherungsnummer", "user.government_id.national_identification_number"),
    ("kunden", "blutgruppe", "special.health"),
    ("clients", "num_secu", "user.government_id.national_identification_number"),
    ("clients", "groupe_sanguin", "special.health"),
    ("clients", "genre", "user.demographic.gender"),
    ("clientes", "curp", "user.government_id.national_identification_number"),
    ("clientes", "tipo_sangre", "special.health"),
    ("klienti", "familiya", "user.name"),
    ("klienti", "rojdena_data", "user.demographic.date_of_birth"),
    ("klienti", "nomer_lichna_karta", "user.government_id"),
    ("klienti", "religiya", "special.religious_beliefs"),
    ("клиенти", "рождена_дата", "user.demographic.date_of_birth"),
    ("клиенти", "номер_лична_карта", "user.government_id"),
    ("клиенти", "ip_адрес", "user.device.ip_address"),
    ("клиенти", "здравен_статус", "special.health"),
    ("genres", "genre", None),  # a music genre is not a gender
])
def test_bulgarian_german_french_and_spanish_names(table: str, column: str, key: str | None) -> None:
    assert generic(table, column) == key


def test_an_address_book_only_things_point_at_holds_company_addresses() -> None:
    """HR's `locations` (pointed at by `departments.location_id`) are offices; OMOP's `location`
    (pointed at by `person.location_id`) holds people's addresses."""
    columns = ["location_id", "street_address", "postal_code", "city"]
    offices = infer("locations", "street_address", "varchar2(40)", [BASELINE], siblings=columns, referrers=["departments"])
    homes = infer("location", "street_address", "varchar(50)", [BASELINE], siblings=columns, referrers=["person", "care_site"])
    unknown = infer("locations", "street_address", "varchar2(40)", [BASELINE], siblings=columns)
    assert offices is None
    assert homes is not None and homes.category == "user.contact.address"
    assert unknown is not None and unknown.category == "user.contact.address"


def test_referrers_are_the_tables_holding_a_key_to_the_rows() -> None:
    from checker.classify import referrers

    found = referrers({"hr.locations": ["location_id", "city"], "hr.departments": ["department_id", "location_id"],
                       "hr.employees": ["employee_id", "department_id"], "person": ["person_id", "location_id"]})
    assert found == {"hr.locations": ("hr.departments", "person"), "hr.departments": ("hr.employees",)}


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the IV or salt of an encrypted secret belongs to it (attr_encrypted's `encrypted_x_iv`)
    ("users", "encrypted_otp_secret_iv", "id email", "user.authorization.credentials"),
    ("users", "encrypted_otp_secret_salt", "id email", "user.authorization.credentials"),
    ("users", "salt", "id email", "user.authorization.credentials"),
    ("users", "public_email", "id email", "user.contact.email"),
    ("members", "invite_email", "id user_id", "user.contact.email"),
    # a profile's bare service names are the person's handles there; a website and pronouns
    ("user_details", "linkedin", "id user_id bio", "user.account.username"),
    ("users", "twitter", "id email", "user.account.username"),
    ("integrations", "slack", "id project_id", None),  # nobody's handle
    ("users", "website_url", "id email", "user"),
    ("users", "pronouns", "id email", "user.demographic.gender"),
    ("users", "uid", "id email provider", "user.account.username"),
    ("keys", "key", "id user_id title", "user.authorization.credentials"),  # an SSH public key
])
def test_profile_handles_and_encrypted_secret_parts(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "character varying", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a clinical record's bare key to the patient or the visit, a payer's share and a flag folded
    # to lower case (`isOpenBag` -> `isopenbag`) are record-keeping, not health data
    ("medications", "patient", "varchar(1000)", "encounter code description", None),
    ("conditions", "encounter", "varchar(1000)", "patient code description", None),
    ("medications", "payer_coverage", "decimal", "patient encounter code", None),
    ("inputevents_mv", "isopenbag", "smallint", "subject_id hadm_id itemid amount", None),
    ("noteevents", "iserror", "char(1)", "subject_id hadm_id text", None),
    ("medications", "description", "varchar(1000)", "patient encounter code", "special.health"),
    ("datetimeevents", "value", "timestamp", "subject_id hadm_id itemid charttime", "special.health"),
    ("datetimeevents", "charttime", "timestamp", "subject_id hadm_id itemid value", None),
])
def test_clinical_record_keys_shares_and_folded_flags(table: str, column: str, column_type: str, siblings: str,
                                                       key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a clinical record's coded visit is the visit's kind (inpatient, emergency room): where care happened (OMOP's
    # visit_occurrence, as OpenMRS's visit type); the department care goes on to (MIMIC's `continueinnextdept`),
    # the path or folder a form is kept in (OpenMRS's `form_namespace_and_path`, OpenEMR's `formdir`) keep the record
    ("visit_occurrence", "visit_concept_id", "integer", "person_id visit_start_date visit_type_concept_id", None),
    ("visit_occurrence", "visit_source_value", "varchar(50)", "person_id visit_start_date visit_type_concept_id", None),
    ("inputevents_mv", "continueinnextdept", "smallint", "subject_id hadm_id itemid amount", None),
    ("obs", "form_namespace_and_path", "varchar(255)", "person_id encounter_id concept_id value_text", None),
    ("forms", "formdir", "longtext", "encounter form_name form_id pid user", None),
    # counter-cases: what was given or found, also beside a visit's key
    ("visit_occurrence", "visit_occurrence_id", "integer", "person_id visit_concept_id", None),
    ("drug_exposure", "drug_source_value", "varchar(50)", "person_id visit_occurrence_id drug_concept_id",
     "special.health"),
    ("inputevents_mv", "ordercategoryname", "varchar(100)", "subject_id hadm_id itemid amount", "special.health"),
    ("obs", "value_text", "text", "person_id encounter_id concept_id obs_datetime", "special.health"),
])
def test_a_clinical_records_visit_kind_next_department_and_form_path_are_no_health_data(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a referral's `refer_from` and `refer_to` as numbers are keys of the clinicians it went between (as a
    # transfer's `transfer_from`, `transfer_to`), a billing level closed is the record's state
    ("transactions", "refer_from", "int(11)", None),
    ("transactions", "refer_to", "int(11)", None),
    ("form_encounter", "last_level_closed", "int", None),
    # counter-cases: what the referral says is what the clinician wrote
    ("transactions", "refer_diag", "varchar(255)", "special.health"),
    ("transactions", "refer_risk_level", "varchar(255)", "special.health"),
])
def test_a_clinical_records_routing_keys_and_closed_state_are_no_health_data(
        table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id date pid user encounter refer_date reply_findings") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # an insurer is a company; a clinician listed at their practice gives the practice's address
    ("payers", "address", "id name city zip phone", None),
    ("payers", "phone", "id name city zip", None),
    ("providers", "address", "id organization name gender city zip", None),
    ("providers", "lat", "id organization name gender address", None),
    ("providers", "name", "id organization gender address", "user.name"),
    ("providers", "address", "id name gender city zip", "user.contact.address"),  # no workplace key
    ("employees", "address", "id organization_id first_name city", "user.contact.address"),  # not a listing
    # a supplier's contact person is a person; the supplier's own phone is not
    ("suppliers", "contact_name", "supplier_id company_name contact_title phone", "user.name"),
    ("suppliers", "phone", "supplier_id company_name contact_name", None),
    # an account with its own support mailbox is a tenant, a company; a federated account's
    # `domain` (the server it lives on) is no company
    ("accounts", "name", "id domain support_email locale", None),
    ("accounts", "custom_attributes", "id name support_email", None),
    ("accounts", "name", "id email", "user.name"),
    ("accounts", "display_name", "id username domain note", "user.name"),
    # a person named in a table of things: a warehouse's manager
    ("warehouses", "manager_name", "id name address city", "user.name"),
    ("warehouses", "address", "id name manager_name city", None),
    # a company's site, in German (`standorte`) or Bulgarian (`обект`, `obekt`): the premises' address and phone
    ("n_obekt", "tel_n_obekt", "id_n_obekt id_cust name_n_obekt address_n_obekt code_n_obekt", None),
    ("standorte", "strasse", "id name plz ort telefon", None),
    # a job vacancy, requisition or posting is the employer's: its job title and notes are the job's, while
    # the hiring manager it names is a person
    ("job_vacancy", "job_title_code", "id name description hiring_manager_id no_of_positions", None),
    ("requisition", "internal_notes", "id name status hiring_manager_id headcount_total", None),
    ("requisition", "hiring_manager_name", "id name status internal_notes", "user.name"),
    # a company's division is a unit of it: its mailbox and phone are the company's; a sole trader's
    # division keeps the owner's name and birth date (no company is born)
    ("divisions", "phone", "id name firstname lastname birthdate email", None),
    ("divisions", "birthdate", "id name firstname lastname email phone", "user.demographic.date_of_birth"),
    ("divisions", "lastname", "id name firstname birthdate email phone", "user.name"),
])
def test_companies_insurers_and_workplaces_hold_nobodys_address(table: str, column: str, siblings: str,
                                                                 key: str | None) -> None:
    column_type = "jsonb" if column.endswith("attributes") else "varchar(255)"
    assert generic(table, column, column_type, siblings) == key


def test_an_order_ships_to_a_company_customer_or_to_a_person() -> None:
    """Northwind's customers are companies (a contact name of their own): an order's ship-to is the
    company's; a shop's customers are people: the ship-to is a person's."""
    from checker.classify import businesses

    b2b = {"customers": ["customer_id", "company_name", "contact_name", "contact_title", "address"],
           "orders": ["order_id", "customer_id", "employee_id", "ship_name", "ship_address", "ship_postal_code"],
           "employees": ["employee_id", "first_name", "last_name"]}
    b2c = {**b2b, "customers": ["customer_id", "first_name", "last_name", "email", "address"]}
    assert businesses(b2b) == {"orders": ("customers",)} and businesses(b2c) == {}
    for column in ("ship_name", "ship_address", "ship_postal_code"):
        company = infer("orders", column, "varchar(60)", [BASELINE], siblings=b2b["orders"], businesses=("customers",))
        person = infer("orders", column, "varchar(60)", [BASELINE], siblings=b2c["orders"])
        assert company is None, column
        assert person is not None and person.confident and person.category.startswith(("user.name", "user.contact")), column


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a person named inside a name owns what follows, or what comes before
    ("gpg_signatures", "gpg_key_user_email", "text", "id gpg_key_id", "user.contact.email"),
    ("note_metadata", "email_participant", "text", "note_id", "user.contact.email"),
    ("campaign_stats", "campaign_user_count", "integer", "id campaign_id", None),
    # a person's own settings are theirs; an application's settings are nobody's
    ("notification_settings", "notification_email", "varchar", "id user_id level", "user.contact.email"),
    ("application_settings", "notification_email", "varchar", "id smtp_host", None),
    ("users", "commit_email", "varchar", "id email", "user.contact.email"),
    # a rendered copy keeps its kind
    ("notes", "note_html", "text", "id note author_id", "user.content"),
    ("user_statuses", "message_html", "varchar", "user_id emoji message", "user.content"),
    ("error_logs", "message_html", "text", "id user_id backtrace", None),
    # OAuth grant codes, a card's network, an office extension, a photo's path, a handle
    ("oauth_device_grants", "device_code", "text", "id user_id expires_in", "user.authorization.credentials"),
    ("oauth_access_grants", "code_challenge", "text", "id resource_owner_id", "user.authorization.credentials"),
    ("projects", "device_code", "text", "id name", None),
    ("user_credit_card_validations", "network_hash", "text", "user_id holder_name_hash", "user.financial.credit_card"),
    ("employees", "extension", "varchar(4)", "employee_id last_name first_name", "user.contact.phone_number"),
    ("files", "extension", "varchar(4)", "id path", None),
    ("employees", "photo_path", "varchar(255)", "employee_id last_name first_name", "user"),
    ("user_details", "bluesky", "text", "user_id bio linkedin", "user.account.username"),
    # a fingerprint is biometric in a person's row, a key's in a table of keys, nobody's in events
    ("employees", "fingerprint", "bytea", "id first_name last_name", "special.biometric"),
    ("gpg_keys", "fingerprint", "bytea", "id user_id key", "user.authorization.credentials"),
    ("events", "fingerprint", "bytea", "id project_id author_id action", None),
])
def test_rails_owners_settings_renderings_and_handles(table: str, column: str, column_type: str, siblings: str,
                                                      key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a key into a list of browsers from a visitor's row is the browser they used (PrestaShop's guest, a visit log)
    ("PREFIX_guest", "id_web_browser", "int(10) unsigned", "id_guest id_customer screen_resolution_x", "user.device"),
    ("visits", "browser_id", "int", "id user_id started_at", "user.device"),
    # ... not in the list of browsers itself, nor in a thing's row
    ("web_browsers", "id_web_browser", "int", "name", None),
    ("plugins", "browser_id", "int", "id name version", None),
])
def test_a_key_into_a_list_of_browsers_is_the_persons_browser(table: str, column: str, column_type: str,
                                                              siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the browser a person's row was written from, beside its IP under the same prefix (WordPress's comments,
    # MediaWiki CheckUser's `cuc_agent` beside `cuc_ip`)
    ("wp_comments", "comment_agent", "varchar(255)",
     "comment_ID comment_post_ID comment_author comment_author_email comment_author_IP user_id", "user.device"),
    ("login_attempts", "login_agent", "varchar(255)", "id user_id login_ip created_at", "user.device"),
    # ... not an agent under another prefix (a support agent), nor a bare one, nor a crawler's in a table of bots
    ("tickets", "assigned_agent", "varchar(255)", "id requester_id subject ip_address", None),
    ("tickets", "agent", "varchar(255)", "id user_id subject ip", None),
    ("phpbb_bots", "bot_agent", "varchar(255)", "bot_id bot_name user_id bot_ip", None),
    ("phpbb_bots", "bot_ip", "varchar(255)", "bot_id bot_name user_id bot_agent", None),
])
def test_a_user_agent_beside_the_ip_recorded_with_it(table: str, column: str, column_type: str, siblings: str,
                                                     key: str | None) -> None:
    """An agent named under the same prefix as an IP address, in a row of or linked to people, is the client
    the person used; a table of bots or crawlers is of software, not people."""
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the file name of a member's picture (OpenPNE's `c_member.image_filename_1`, Paperclip's `avatar_file_name`)
    ("c_member", "image_filename_1", "text", "c_member_id nickname birthday_year", "user"),
    ("users", "avatar_file_name", "varchar(255)", "id username email", "user"),
    ("patients", "PhotoFileName", "nvarchar(250)", "id first_name last_name birth_date", "user"),
    # ... not a thing's picture (a community's, a style's image set)
    ("c_commu", "image_filename", "text", "c_commu_id name info", None),
    ("styles_imageset_data", "image_filename", "varchar(200)", "image_id image_name imageset_id", None),
    ("products", "image_file_name", "varchar(255)", "id name price", None),
])
def test_the_file_name_of_a_persons_picture_is_theirs(table: str, column: str, column_type: str, siblings: str,
                                                      key: str | None) -> None:
    """A picture kept as a file named in a person's row is their picture, as `photo_path` is."""
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a person's language is personal in their own row; a preferred UI language is a setting
    ("usager", "langue", "text", "uuid nom prenom", "user"),
    ("people", "other_languages", "nvarchar(max)", "person_id full_name", "user"),
    ("users", "preferred_language", "varchar", "id email", None),
    ("films", "language", "varchar", "film_id title", None),
    # a name in bare parts, next to each other
    ("patients", "first", "varchar(100)", "id birthdate middle last ssn", "user.name"),
    ("patients", "prefix", "varchar(100)", "id birthdate first last", "user.name"),
    ("patients", "prefix", "varchar(100)", "id birthdate name", None),
    ("steps", "first", "varchar(100)", "id last", None),
    # the yes-or-no answers of an intake interview; a flag is still a flag
    ("usager_entretien", "revenus", "boolean", "uuid usager_uuid revenus_detail", "user.financial"),
    ("usager_entretien", "domiciliation", "boolean", "uuid usager_uuid revenus", "user"),
    ("usager_entretien", "is_archived", "boolean", "uuid usager_uuid revenus", None),
    ("orders", "gift_wrap", "boolean", "order_id customer_id", None),
    # a document in a table of one person's rows; a person's UI preferences are settings
    ("usager_history_states", "decision", "jsonb", "uuid usager_uuid created_at", "user"),
    ("user_preferences", "pinned_nav_items", "jsonb", "id user_id", None),
    ("usager", "import", "jsonb", "uuid nom prenom", None),
    # a death date as two registers have it; a death flag
    ("patients", "dod_hosp", "timestamp", "subject_id gender dob", "user"),
    ("patients", "dob_source", "varchar(20)", "subject_id gender dob", None),
    ("visits", "dod_hosp", "timestamp", "visit_id product_id", None),
    ("patients", "expire_flag", "integer", "subject_id gender dob", "user"),
    # the identifier a business gives a person; a person's insurance plan
    ("contacts", "identifier", "varchar", "id name email", "user"),
    ("payer_plan_period", "plan_concept_id", "integer", "person_id payer_concept_id", "user.financial"),
    ("subscriptions", "plan_concept_id", "integer", "user_id started_at", None),
    # comments typed by people, even on a supplier; a product's description is not
    ("suppliers", "internal_comments", "nvarchar(max)", "supplier_id supplier_name phone_number", "user.content"),
    ("products", "description", "text", "product_id name price", None),
    # identifiers stored as text under a key's ending; a rendered or raw copy; who wrote a record
    ("hr_employee", "passport_id", "varchar", "id name birthday", "user.government_id.passport_number"),
    ("hr_employee", "passport_id", "integer", "id name birthday", None),
    ("user_profiles", "bio_raw", "text", "user_id location website", "user.content"),
    ("prescriptions", "prescribed_by", "integer", "id patient_id drug_name dosage", None),
    ("prescriptions", "dosage", "varchar", "id patient_id drug_name prescribed_by", "special.health"),
    ("comments", "comment_parent", "bigint", "comment_id user_id comment_content", None),  # a key, no comment
    # FHIR-style flattened names and addresses
    ("patient", "name_given", "varchar", "id birth_date gender", "user.name"),
    ("patient", "address_city", "varchar", "id birth_date address_line", "user.contact.address.city"),
    # where a person says they are; the free-text detail behind an interview's answer
    ("contacts", "location", "varchar", "id name email", "user.location"),
    ("stock_items", "location", "varchar", "id sku quantity", None),
    ("usager_entretien", "liencommuneDetail", "text", "uuid usager_uuid liencommune", "user.content"),
    ("usager_entretien", "liencommune", "text", "uuid usager_uuid liencommuneDetail", "user"),
    # a supplier's contact person, and allergies, in French and Spanish
    ("fournisseurs", "contact_nom", "varchar", "id raison_sociale adresse", "user.name"),
    ("fournisseurs", "adresse", "varchar", "id raison_sociale contact_nom", None),
    ("pacientes", "alergias", "varchar", "id nombre diagnostico", "special.health"),
    # a push subscription addresses one browser; a phone number's dial code and country; a card
    # fingerprint after the processor's name; the number an insurer gives its member
    ("notification_subscriptions", "identifier", "text", "id user_id subscription_type", "user.device"),
    ("web_push_subscriptions", "endpoint", "varchar", "id user_id key_auth", "user.device"),
    ("webhooks", "endpoint", "varchar", "id project_id secret", None),
    ("user_phone_number_validations", "international_dial_code", "smallint", "user_id phone_number", "user.contact.phone_number"),
    ("user_phone_number_validations", "country", "text", "user_id phone_number", "user.contact.address.country"),
    ("phone_number_formats", "country", "text", "id pattern", None),
    ("user_credit_card_validations", "stripe_card_fingerprint", "text", "user_id holder_name_hash", "user.financial.credit_card"),
    ("payer_transitions", "memberid", "varchar(1000)", "patient payer start_date plan_ownership", "user"),
    ("team_memberships", "member_id", "integer", "id team_id role", None),
    # the last IP a person signed in from; a credential named last; a TOTP key
    ("spree_orders", "last_ip_address", "varchar", "id user_id email total", "user.device.ip_address"),
    ("servers", "last_ip_address", "varchar", "id hostname", None),
    ("spree_users", "spree_api_key", "varchar", "id email encrypted_password", "user.authorization.credentials"),
    ("spree_users", "spree_api_version", "varchar", "id email encrypted_password", None),
    ("users", "twofa_totp_key", "varchar", "id login firstname", "user.authorization.credentials"),
    # who wrote a clinical observation is no health data; the patient's record number is theirs
    ("obs", "creator", "integer", "obs_id person_id concept_id encounter_id value_numeric", None),
    ("obs", "value_numeric", "double", "obs_id person_id concept_id encounter_id creator", "special.health"),
    ("patient_identifier", "identifier", "varchar", "patient_id identifier_type location_id", "user"),
    ("patient_identifier", "preferred", "smallint", "patient_id identifier identifier_type", None),
    ("person", "dead", "smallint", "person_id gender birthdate death_date", "user"),
    # a contact form's name is the sender's
    ("contact_support", "name", "text", "uuid email subject content", "user.name"),
])
def test_languages_name_parts_interviews_deaths_and_comments(table: str, column: str, column_type: str, siblings: str,
                                                             key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a nested object a loader flattened into the name (Fivetran, Stitch, Airbyte, Segment):
    # what follows the object decides, as after a qualifier
    ("charges", "billing_details_address_postal_code", "varchar", "id amount customer_id", "user.contact.address.postal_code"),
    ("charges", "billing_details_name", "varchar", "id amount customer_id", "user.name"),
    ("contacts", "property_email", "varchar", "id property_firstname", "user.contact.email"),
    ("contacts", "property_firstname", "varchar", "id property_email", "user.name"),
    ("identifies", "traits_first_name", "varchar", "id user_id anonymous_id", "user.name"),
    ("customers", "tax_info_tax_id", "varchar", "id email", "user.government_id.tax_id"),
    ("members", "merge_fields_fname", "varchar", "id email_address list_id", "user.name"),
    # a person's custom attributes, as text; an invoice's are the business's
    ("customers", "metadata", "varchar", "id email name", "user"),
    ("invoices", "metadata", "varchar", "id customer_id amount_due", None),
    # ... but not the object's own bookkeeping, nor a thing's object
    ("contacts", "property_name", "varchar", "id property_email", None),
    ("form_submissions", "custom_field_name", "varchar", "id contact_id value", None),
    ("orders", "campaign_info_name", "varchar", "id customer_id total", None),
    # a qualifier of two words
    ("accounts", "bill_to_first_name", "varchar", "id email username", "user.name"),
    ("accounts", "bill_to_phone", "varchar", "id email username", "user.contact.phone_number"),
])
def test_flattened_nested_objects_and_two_word_qualifiers(table: str, column: str, column_type: str, siblings: str,
                                                          key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a qualifier after the term says which of several values it is
    ("patient_data", "phone_home", "varchar", "id fname lname dob", "user.contact.phone_number"),
    ("patient_data", "phone_cell", "varchar", "id fname lname dob", "user.contact.phone_number"),
    ("users", "email_change", "varchar", "id email encrypted_password", "user.contact.email"),
    ("users", "email_change_token_new", "varchar", "id email encrypted_password", "user.authorization.credentials"),
    ("members", "ip_signup", "varchar", "id email_address", "user.device.ip_address"),
    ("users", "password_change", "timestamp", "id email encrypted_password", None),  # when, not what
    ("patient_data", "phone_type", "varchar", "id fname lname dob", None),
])
def test_a_qualifier_after_the_term(table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a first name next to a birth date or a gender: the rows are people, whatever the table is called
    ("rne_extract", "genre", "text", "siren nom prenoms date_de_naissance", "user.demographic.gender"),
    ("register_entries", "title", "varchar", "id forenames surname gender", "user.name"),  # the salutation
    ("rne_extract", "genre", "text", "siren denomination forme_juridique", None),
    ("register_entries", "title", "varchar", "id forenames surname", None),
    # a copy of people's rows (history mode, snapshots, dimensions) is about people
    ("contact_history", "name", "varchar", "id email updated_at", "user.name"),
    ("users_snapshot", "name", "varchar", "id email dbt_valid_from", "user.name"),
    ("product_history", "name", "varchar", "id price updated_at", None),
    # people the table is named for
    ("requesters", "name", "varchar", "id email", "user.name"),
    ("shareholders", "address", "varchar", "id company_id shares", "user.contact.address"),
    # companies' establishments and head offices hold the business's address
    ("etablissement", "code_postal", "text", "siret enseigne commune", None),
    ("clients", "code_postal", "text", "id nom prenom", "user.contact.address.postal_code"),
    ("head_offices", "address", "varchar", "id company_id", None),
])
def test_tables_about_people_by_their_columns_copies_and_nouns(table: str, column: str, column_type: str, siblings: str,
                                                               key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the addressees of an e-mail; the browser and place of a person's event
    ("email_sends", "bcc", "varchar", "id subject sent_at", "user.contact.email"),
    ("email_event", "recipient", "varchar", "id campaign_id type", "user.contact.email"),
    ("countries", "cc", "varchar", "id name", None),
    ("email_event_open", "browser", "varchar", "id ip_address user_agent", "user.device"),
    ("email_event_open", "location", "varchar", "id ip_address user_agent", "user.location"),
    ("events", "location", "varchar", "id title starts_at", None),  # a venue
    # ... as is where a CRM's calendar event or a ticketed event that starts and ends takes place
    ("event", "location", "varchar", "id subject who_id owner_id start_date_time end_date_time", None),
    ("events", "location", "varchar", "id title user_id organizer_id start_date end_date description", None),
    ("events", "location", "varchar", "id user_id ip_address start_date", "user.location"),  # no end: tracked
    # what a user-agent parser reads from the header beside it: the person's client; a gem's platform is the gem's
    ("activity_click_email", "device", "varchar", "id contact_id user_agent link", "user.device"),
    ("activity_open_email", "platform", "varchar", "id contact_id user_agent is_mobile_device", "user.device"),
    ("page_views", "os_family", "varchar", "id user_id useragent page_url", "user.device"),
    ("versions", "platform", "varchar", "id rubygem_id number authors", None),
    ("activity_click_email", "platform", "varchar", "id contact_id link", None),
    ("ticket_comments", "location", "varchar", "id ticket_id author_id body", "user.location"),
    ("stock_items", "location", "varchar", "id sku quantity", None),
    # a card's brand, funding and holder; a payment method's name is the method's
    ("cards", "brand", "varchar", "id customer_id exp_month last4", "user.financial.credit_card"),
    ("cards", "funding", "varchar", "id customer_id exp_month last4", "user.financial.credit_card"),
    ("cards", "name", "varchar", "id customer_id exp_month last4", "user.name"),
    ("payment_methods", "name", "varchar", "id code active", None),
    ("brands", "name", "varchar", "id logo_url", None),
    # OAuth, PKCE and WebAuthn secrets; an OAuth client is an application, not a person
    ("oauth_authorizations", "code_challenge", "text", "id client_id redirect_uri", "user.authorization.credentials"),
    ("flow_state", "code_verifier", "text", "id user_id provider_type", "user.authorization.credentials"),
    ("mfa_factors", "web_authn_credential", "jsonb", "id user_id friendly_name", "user.authorization.credentials"),
    ("oauth_authorizations", "redirect_uri", "text", "id client_id code_challenge", None),
    ("oauth_clients", "client_name", "text", "id client_secret_hash redirect_uris", None),
    # a person named before the detail; the person's employer
    ("tickets", "submitter_email", "varchar", "id subject requester_id", "user.contact.email"),
    ("contacts", "assistant_phone", "varchar", "id first_name last_name email", "user.contact.phone_number"),
    ("tickets", "submitter_id", "integer", "id subject requester_id", None),
    ("employees", "emergency_contact_phone", "varchar", "id hire_date salary", "user.contact.phone_number"),
    ("commits", "committer_email", "varchar", "sha message author_date", "user.contact.email"),
    ("leads", "company", "varchar", "id first_name last_name email", "user"),
    ("customers", "company_name", "varchar", "id contact_name phone", None),  # a business customer
    # a reviewer's or a user's affiliation, a member's institution: whom they work for (HotCRP, Casdoor)
    ("ContactInfo", "affiliation", "varbinary(2048)", "contactId email firstName lastName phone", "user"),
    ("members", "institution", "varchar", "id first_name last_name email", "user"),
    ("grants", "institution", "varchar", "id title amount awarded_at", None),  # a grant's, no person's
])
def test_mail_events_cards_auth_flows_and_people_named_first(table: str, column: str, column_type: str, siblings: str,
                                                              key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a term named last after words that are not known qualifiers, in a table of people
    ("person_name", "local_first_name", "varchar", "worker_id first_name", "user.name"),
    ("person_name", "tertiary_last_name", "varchar", "worker_id", "user.name"),
    ("members_email_change_events", "from_email", "varchar", "member_id to_email", "user.contact.email"),
    ("deal", "property_dealname", "varchar", "owner_id", None),        # `dealname` is not `dea` + `lname`
    ("etablissements", "dateautor", "varchar", "user_id", None),       # a date's field, not an author
    ("campaign_sends", "campaign_email", "varchar", "user_id", None),  # counter-evidence
    # two columns only people have make a table of people, whatever it is called
    ("eeoc", "gender_id", "bigint", "application_id race_id race_description", "user.demographic.gender"),
    ("eeoc", "race_description", "text", "application_id gender_id", "special.ethnic_origin"),
    ("eeoc", "submitted_at", "timestamp", "application_id gender_id race_id", None),
    ("measurement", "measurement_id", "bigint", "person_id measurement_concept_id", None),  # the row's own key
    ("languages", "language_id", "int", "name", None),
    # about the person's birth, other than its date
    ("personal_information_common_data", "city_of_birth", "varchar", "worker_id date_of_birth", "user"),
    ("personal_information_common_data", "country_region_of_birth", "varchar", "worker_id", "user"),
    ("patients", "birth_count", "int", "name", None),
    # a table of a person's personal information: its values are theirs, its bookkeeping is not
    ("country_personal_information", "hukou_type_code", "varchar", "personal_info_common_id gender date_of_birth", "user"),
    ("country_personal_information", "_fivetran_synced", "timestamp_ntz", "personal_info_common_id gender date_of_birth", None),
])
def test_qualified_terms_demographic_tables_births_and_personal_information(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # an address book's part after a word the vocabulary does not know: a copy of the part (GBA's
    # diacritic `diak_` copies), as in a person's row
    ("addresses", "xyz_street_name", "varchar", "id street_name postcode city", "user.contact.address"),
    ("lo3_adres", "diak_straat_naam", "varchar", "adres_id straat_naam postcode", "user.contact.address"),
    ("lo3_adres", "diak_woon_plaats_naam", "varchar", "adres_id straat_naam postcode woon_plaats_naam",
     "user.contact.address.city"),
    ("personen", "diak_woon_plaats_naam", "varchar", "voornamen geslachtsnaam postcode", "user.contact.address.city"),
    # a known word before it says what else it is; counter-evidence stays; no address book, no address
    ("addresses", "iso_country", "varchar", "id street postcode city", None),
    ("addresses", "street_name_id", "int", "id street postcode city", None),
    ("products", "xyz_street_name", "varchar", "id sku price", None),
    ("documents", "xyz_city", "varchar", "id person_id postcode city", None),
])
def test_an_address_part_after_an_unknown_word_in_an_address_book(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a marriage's or divorce's date and a civil-status certificate are the person's, wherever named
    ("country_personal_information", "marital_status_date", "date", "user"),
    ("residents", "marriage_date", "date", "user"),
    ("residents", "date_of_divorce", "date", "user"),
    ("residents", "marriage_certificate_no", "varchar", "user.government_id"),
    ("deaths", "death_certificate_number", "varchar", "user.government_id"),
    # a key to a certificate's row, or a count of them, is not
    ("residents", "marriage_certificate_id", "int", None),
    ("registry_offices", "marriage_date_count", "int", None),
])
def test_marriage_divorce_and_civil_status_certificates(
        table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id name") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a person's pay however the payroll spells it; the pay's settings are not
    ("worker_history", "annual_summary_total_base_pay", "double", "worker_id hire_date", "user"),
    ("worker_history", "contract_pay_rate", "double", "worker_id", "user"),
    ("worker_history", "pay_frequency", "varchar", "worker_id", None),
    ("worker_history", "salary_currency", "varchar", "worker_id", None),
    ("products", "price_with_bonus", "decimal", "sku", None),
    # ... also in a table of one person's own rows, whatever its name says
    ("hs_hr_emp_basicsalary", "ebsal_basic_salary", "varchar(100)", "id emp_number currency_id payperiod_code", "user"),
    ("hs_hr_emp_basicsalary", "payperiod_code", "varchar(13)", "id emp_number currency_id ebsal_basic_salary", None),
    ("job_vacancies", "max_salary", "decimal", "id job_title_id name", None),
    # a table of people's names: its parts are the name
    ("person_name", "academic_suffix", "varchar", "worker_id", "user.name"),
    ("person_name", "prefix_title", "varchar", "worker_id", "user.name"),
    ("person_name", "degree", "varchar(50)", "person_id given_name family_name", "user.name"),  # MD, PhD (HL7 XPN)
    ("programmes", "degree", "varchar(50)", "id title credits", None),  # the degree a course of study leads to
    ("domain_names", "suffix", "varchar", "registrar", None),
    # a value column of a table named for a kind of a person's data
    ("email_address", "value", "text", "candidate_id type", "user.contact.email"),
    ("phone_number", "value", "text", "candidate_id type", "user.contact.phone_number"),
    ("settings", "value", "text", "key", None),
    # a company has no first name: a bare first name and the name beside it are its contact person's
    ("services", "prenom", "varchar", "etablissement nom email", "user.name"),
    ("services", "nom", "varchar", "etablissement prenom email", "user.name"),
    ("services", "email", "varchar", "etablissement nom prenom", None),
    ("stores", "name", "varchar", "manager_first_name", None),
    # a business with a contact person of its own, or named as an establishment
    ("service_antenne", "adresse", "varchar", "service_id name contact_lastname contact_email", None),
    ("service_antenne", "contact_email", "varchar", "service_id name contact_lastname adresse", "user.contact.email"),
    ("tis", "telephone", "varchar", "etablissement code_postal ville", None),
    ("geolocalisation_code_postal", "latitude", "real", "code_postal cities insee", None),
    # a thing's profile is not a person's; bank details stay a person's
    ("job_profile", "title", "varchar", "job_family_id", None),
    ("bank_details", "iban", "varchar", "customer_id", "user.financial.bank_account"),
    # known services are not split into words; a format word names a comment's text
    ("users", "facebook", "varchar(2000)", "name email", "user.account.username"),
    ("comments", "html", "text", "member_id post_id", "user.content"),
    ("structure_information", "createdBy", "jsonb", "structureId", "user"),
    # the people who depend on a person, and a pregnancy's facts
    ("worker_leave_status", "date_child_entered_country", "date", "worker_id leave_type", "user"),
    ("worker_leave_status", "age_of_dependent", "double", "worker_id", "user"),
    ("worker_leave_status", "week_of_confinement", "date", "worker_id", "special.health"),
    ("categories", "child_category_id", "bigint", "parent_id name", None),
    ("error_logs", "message", "text", "user_id backtrace", None),
    ("activity", "body", "text", "candidate_id user_id subject", "user.content"),
])
def test_pay_name_tables_values_businesses_and_things(table: str, column: str, column_type: str, siblings: str,
                                                      key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # an account or customer with a business's own attributes is a company: its address is the company's
    ("account", "billing_street", "name industry annual_revenue phone", None),
    ("account", "phone", "name industry number_of_employees billing_street", None),
    # ... as is a row of no person with one (openIMIS' health facilities `tblHF (HFName, LegalForm, Phone)`,
    # a directory of businesses by industry code)
    ("listing", "phone", "name legal_form address email", None),
    ("directory_entry", "email", "name industry_code phone", None),
    # ... as are a shop's own settings, named by its shop name or its business hours (EC-CUBE's `dtb_baseinfo`,
    # a store locator's opening hours): the seller's address, phones and e-mails, no customer's
    ("dtb_baseinfo", "tel01", "company_name zip01 addr01 email01 shop_name", None),
    ("dtb_baseinfo", "email01", "company_name zip01 addr01 tel01 business_hour", None),
    ("store_locator", "phone", "title address city opening_hours", None),
    # ... though the person who runs a business or answers for it, named as text, is a person (Shopify's
    # `shop.shop_owner`, the responsible manager of Japan's seller details: EC-CUBE's `law_manager`)
    ("dtb_baseinfo", "law_manager", "company_name zip01 addr01 email01 shop_name law_company law_tel01", "user.name"),
    ("shop", "shop_owner", "name email domain plan_name business_hours", "user.name"),
    ("ACT_RU_JOB", "LOCK_OWNER_", "ID_ REV_ LOCK_EXP_TIME_ RETRIES_ EXCEPTION_MSG_", None),  # a worker
    ("dtb_baseinfo", "manager_id", "company_name zip01 addr01 shop_name", None),  # a key
    # ... while a customer's company name names their employer: the customer's own details stay theirs
    ("dtb_other_deliv", "tel01", "customer_id company_name zip01 addr01", "user.contact.phone_number"),
    # ... though not one with a first name of its own: a sole trader's row is a person's
    ("directory_entry", "email", "first_name name industry_code phone", "user.contact.email"),
    # a row of no person with a website of its own is a business's (Hi.Events' event `organizers`, a domain
    # registry's `registrars`, FacturaScripts' transport agencies), in any language (`web`, `sitio_web`)
    ("organizers", "email", "name website description phone", None),
    ("agenciastrans", "telefono", "codtrans nombre web", None),
    ("organizers", "phone", "name homepage email", None),
    ("yderregister", "email", "nummer navn telefon vejnavn postnummer www", None),  # a practice's own site, `www`
    ("forum_members", "email", "username realname www", "user.contact.email"),  # ... a member's, among people
    # ... its contact person's or whoever changed it is still a person (`updater_email`), and so is a
    # number a state issues to people only: a company has none, it is its owner's or its head's
    ("organizers", "updater_email", "name website email", "user.contact.email"),
    ("firms", "boss_egn", "name_firm address telefon web", "user.government_id.national_identification_number"),
    ("firms", "telefon", "name_firm address boss_egn web", None),
    # ... while a person's own website is in a table of people, or beside a first name
    ("users", "email", "name website", "user.contact.email"),
    ("signups", "email", "first_name website", "user.contact.email"),
    # ... while a lead's or a user's industry describes the company they work for
    ("lead", "email", "first_name last_name company industry annual_revenue", "user.contact.email"),
    ("users", "email", "name industry", "user.contact.email"),
])
def test_accounts_with_a_business_s_attributes_are_companies(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # beside a first name in a person's own row, a bare title is the salutation before the name (Mr, Dr:
    # AdventureWorks' `Person.Title`, OpenEMR's `patient_data.title`, jVerein's `mitglied.titel`)
    ("person", "title", "business_entity_id first_name last_name suffix", "user.name"),
    ("patient_data", "title", "pid fname lname mname dob sex", "user.name"),
    ("mitglied", "titel", "id vorname name strasse", "user.name"),
    # ... a person's title with no first name beside it stays a plain fact (a job title), and a work's title is nobody's
    ("employees", "title", "id name hire_date", "user"),
    ("books", "title", "id isbn author_first_name", None),
])
def test_a_title_beside_a_first_name_is_the_salutation(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(50)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # Japanese forms ask for a person's name with its reading in kana (EC-CUBE's `kana01`, `kana02`; `furigana`,
    # `last_name_kana`): the reading is the person's name, in a customer's row or a delivery address
    ("dtb_customer", "kana01", "customer_id name01 name02 kana02 zip01 addr01 email", "user.name"),
    ("dtb_shipping", "shipping_kana02", "order_id shipping_name01 shipping_kana01 shipping_tel01 shipping_zip01 shipping_addr01",
     "user.name"),
    ("members", "last_name_kana", "id last_name first_name email", "user.name"),
    ("customers", "furigana", "id name phone", "user.name"),
    # ... and beside it, a name in numbered parts is the person's, though the table is named for neither
    # (a customer's other delivery addresses, an order's buyer)
    ("dtb_other_deliv", "name01", "other_deliv_id customer_id name02 kana01 kana02 zip01 addr01 tel01", "user.name"),
    ("dtb_order", "order_name02", "order_id customer_id order_name01 order_kana01 order_kana02 order_email", "user.name"),
    # ... while a company's or a shop's reading is the business's, and without a reading a numbered name is a thing's
    ("dtb_baseinfo", "company_kana", "id company_name shop_name shop_kana zip01 addr01 tel01", None),
    ("item_master", "name01", "item_id name02 price", None),
])
def test_a_name_s_reading_in_kana_is_the_person_s_name(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a shop's points are a count, not a place: a customer's balance and the points a birthday earns
    ("dtb_customer", "point", "double", "customer_id name01 name02 email birth", None),
    ("dtb_order", "birth_point", "double", "order_id customer_id order_name01 order_kana01 order_email", None),
    ("members", "points", "int", "id name email", None),
    # ... while a spatial point in a person's row is where they are, and a place of birth is a fact about them
    ("members", "point", "geometry", "id name email", "user.location.precise"),
    ("members", "point", "text", "id name email address", "user.location.precise"),
    ("members", "place_of_birth", "varchar", "id name email", "user"),
])
def test_a_shop_s_points_are_a_count(table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a provider or partner named as a legal entity (Bitwarden's managed-service `Provider`) is a company:
    # its name, address, tax number and billing contacts are the business's
    ("provider", "business_address1", "id name business_name business_tax_number billing_email", None),
    ("provider", "billing_email", "id name business_name business_country", None),
    ("partners", "phone", "id name raison_sociale siret", None),
    # ... a clinician with a first name stays a person, and a customer with a legal name may be a sole trader
    ("provider", "email", "id first_name last_name business_name npi", "user.contact.email"),
    ("clientes", "email", "codcliente nombre razonsocial personafisica telefono1", "user.contact.email"),
])
def test_a_provider_named_as_a_legal_entity_is_a_company(table: str, column: str, siblings: str,
                                                         key: str | None) -> None:
    assert generic(table, column, "varchar", siblings) == key


def test_a_card_pointing_at_a_company_account_is_still_the_cardholder_s(tmp_path: Path) -> None:
    """Only a business with contact persons of its own makes what points at it ship to a company:
    a connected account known by its industry does not make a customer's card a company's."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE account (id text, business_type text, business_profile_name text, country text, email text);
        CREATE TABLE customer (id text, name text, email text);
        CREATE TABLE card (id text, account_id text, customer_id text, address_line_1 text, address_city text);
        CREATE TABLE supplier (id text, name text, contact_name text, phone text);
        CREATE TABLE purchase (id text, supplier_id text, ship_address text);
        """)
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert catalog.table("account").columns["country"] is None
    assert catalog.table("card").columns["address_city"] == "user.contact.address.city"
    assert catalog.table("supplier").columns["phone"] is None


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a yes or no that is itself a special category or a family fact: the answer is the data
    ("members", "union_member", "name email", "special.trade_union"),
    ("applicants", "is_hispanic_or_latino", "name gender", "special.ethnic_origin"),
    ("worker_leave_status", "caesarean_section_birth", "worker_id", "special.health"),
    # prenatal care, also with its prefix written apart (i-Educar's application for a nursery place)
    ("candidato_reserva_vaga", "mae_fez_pre_natal", "ref_cod_aluno quantidade_membros", "special.health"),
    ("patients", "prenatal_care", "name birth_date", "special.health"),
    ("candidato_reserva_vaga", "cidade_natal", "ref_cod_aluno quantidade_membros", None),
    ("worker_leave_status", "multiple_child_indicator", "worker_id", "user"),
    # ... while most flags say whether, not what
    ("users", "email_verified", "name email", None),
    ("users", "has_children_accounts", "name email", None),
    ("categories", "has_children", "name parent_id", None),
])
def test_flags_that_are_the_data(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "boolean", siblings) == key


def test_a_dataset_s_columns_are_read_beside_each_other(tmp_path: Path) -> None:
    """A CSV export's FIRST and LAST name a person only next to each other, and STATE is an address
    part next to a postal code: the dataset path passes the header as the columns' siblings."""
    from checker.classify import category_from_name

    header = ["id", "prefix", "first", "middle", "last", "state", "zip"]
    assert category_from_name("patients", "first", BASELINE, siblings=header) == "user.name"
    assert category_from_name("patients", "state", BASELINE, siblings=header) == "user.contact.address"
    assert category_from_name("patients", "first", BASELINE) is None  # alone, `first` says nothing


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # why something happened to a person or to a record of theirs is what somebody typed about them
    ("person", "void_reason", "varchar(255)", "person_id gender birthdate voided", "user.content"),
    ("employees", "departure_reason", "varchar", "id first_name last_name email", "user.content"),
    ("person_name", "void_reason", "varchar(255)", "person_name_id person_id given_name family_name", "user.content"),
    # ... not a thing's, nor a code
    ("refunds", "reason", "varchar", "id charge_id amount", None),
    ("person_attribute_type", "retire_reason", "varchar(255)", "person_attribute_type_id name description", None),
    ("employees", "departure_reason", "smallint", "id first_name last_name email", None),
    # a secret question and its answer recover an account: credentials
    ("users", "secret_question", "varchar(255)", "user_id username password", "user.authorization.credentials"),
    ("users", "security_answer", "varchar(255)", "user_id username password", "user.authorization.credentials"),
    ("usuarios", "respuesta_secreta", "varchar(255)", "id nombre", "user.authorization.credentials"),
    # a link's key that unsubscribes or resets on the person's behalf
    ("messenger_receipt", "unsubscribeKey", "varchar(50)", "receiptID personID contactDetail", "user.authorization.credentials"),
    ("person_reset", "key", "varchar(40)", "personResetID personID timestamp", "user.authorization.credentials"),
    ("settings", "key", "varchar(40)", "id value", None),
    # where a person works is theirs; a company's own department list is not
    ("contact", "department", "text", "id account_id first_name last_name email", "user"),
    ("users", "company_name", "text", "id username email first_name", "user"),
    ("contactos", "empresa", "varchar(100)", "id nombre apellidos email", "user"),
    ("departments", "department_name", "varchar(100)", "department_id manager_id location_id", None),
])
def test_reasons_given_about_people_and_secret_questions(table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_rows_of_an_account_known_by_its_business_attributes_ship_to_the_business() -> None:
    """A CRM's accounts are companies by their own attributes (industry, revenue): an order of an
    account bills the business; a contact of that account is still a person, and a payment that
    also names a customer is that customer's."""
    from checker.classify import businesses

    crm = {"account": ["id", "name", "industry", "annual_revenue", "billing_city"],
           "order": ["id", "account_id", "billing_city", "billing_street", "shipping_postal_code"],
           "contact": ["id", "account_id", "first_name", "last_name", "email", "mailing_street"],
           "charge": ["id", "account_id", "customer_id", "amount", "billing_details_address_city"],
           "customer": ["id", "email", "name", "phone"]}
    assert businesses(crm) == {"order": ("account",)}
    for column in ("billing_city", "billing_street", "shipping_postal_code"):
        assert infer("order", column, "text", [BASELINE], siblings=crm["order"], businesses=("account",)) is None
    assert infer("contact", "mailing_street", "text", [BASELINE], siblings=crm["contact"]).category == "user.contact.address"


def test_a_places_address_and_phone_that_no_table_of_people_points_at_are_nobodys() -> None:
    """A shop's `location` has a phone of its own, and orders, fulfilments and stock levels point
    at it: a place, not an address book of people; the same columns that customers point at are
    people's addresses."""
    columns = ["id", "name", "address_1", "city", "zip", "phone", "active"]
    shop = ["order", "fulfillment", "inventory_level"]
    for column, column_type in (("address_1", "varchar"), ("zip", "varchar"), ("phone", "varchar")):
        assert infer("location", column, column_type, [BASELINE], siblings=columns, referrers=shop) is None, column
        homes = infer("location", column, column_type, [BASELINE], siblings=columns, referrers=[*shop, "customer"])
        assert homes is not None and homes.category.startswith("user.contact"), column


@pytest.mark.parametrize(("table", "column", "key"), [
    # an ordinal after a value says which of several it is: the rest decides
    ("customers", "phone_second", "user.contact.phone_number"),
    ("customers", "emailThird", "user.contact.email"),
    ("products", "phone_second", None),
])
def test_an_ordinal_after_a_value_says_which_of_several(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(60)", "id first_name last_name") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # MySQL's enum('Y','N') is a yes or no: whether to send an e-mail, not an address
    ("messenger", "email", "enum('N','Y')", "messenger_id person_id subject body", None),
    ("markbook_column", "comment", "enum('y', 'n')", "markbook_column_id name", None),
    ("customers", "email", "enum('home','work')", "id first_name last_name", "user.contact.email"),
    # ... and a yes or no in a person's medical record is their health
    ("person_medical", "long_term_medication", "enum('', 'y', 'n')", "person_medical_id person_id blood_type", "special.health"),
    ("person_medical", "long_term_medication", "boolean", "person_medical_id person_id blood_type", "special.health"),
    ("settings", "long_term_medication", "boolean", "id name", None),
    # a claim's yes or no of what caused the patient's condition, or what it did to them (CMS-1500 boxes 10, 16, 18)
    ("form_misc_billing_options", "auto_accident", "tinyint(1)", "id pid encounter lab_amount comments", "special.health"),
    ("form_misc_billing_options", "employment_related", "tinyint(1)", "id pid encounter lab_amount", "special.health"),
    ("form_misc_billing_options", "is_unable_to_work", "tinyint(1)", "id pid encounter off_work_from", "special.health"),
    ("form_misc_billing_options", "outside_lab", "tinyint(1)", "id pid encounter lab_amount", None),  # the bill's
    ("claims", "auto_accident_related_condition", "boolean", "id patient_id encounter_id total_charge", "special.health"),
    ("vehicle_claims", "auto_accident", "boolean", "id policy_id vehicle_id amount", None),  # a car insurer's claim
])
def test_yes_no_enums_are_flags_and_a_medical_records_flags_are_health(table: str, column: str, column_type: str,
                                                                     siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a table of the kinds of something is nobody's record, even in a clinical schema
    ("visit_type", "description", "varchar(1024)", "visit_type_id name creator retired", None),
    ("patient_identifier_type", "description", "text", "patient_identifier_type_id name format creator", None),
    ("conditions", "description", "varchar(255)", "start stop patient encounter code", "special.health"),
    # ... unless its rows are a person's own
    ("user_types", "notes", "text", "id user_id type", "user.content"),
])
def test_tables_of_kinds_are_nobodys_records(table: str, column: str, column_type: str, siblings: str,
                                             key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the number an employer or a school gives a person, as text in a table of people
    ("user", "employee_id", "text", "id first_name last_name email", "user"),
    ("person", "studentID", "varchar(15)", "personID surname firstName email", "user"),
    ("employees", "employee_id", "varchar(10)", "first_name last_name email", None),  # the row's own key
    # ... unless another column keys the rows: then it is the number the employer gives
    ("hs_hr_employee", "employee_id", "varchar(50)", "emp_number emp_lastname emp_firstname", "user"),
    ("worker_history", "worker_code", "varchar", "id worker_id first_name last_name", "user"),
    ("worker_history", "worker_code", "varchar", "id first_name last_name", None),
    ("orders", "employee_id", "varchar(10)", "order_id customer_id total", None),
    # the registration number itself, named bare or with which one it is (i-Educar's staff, a French
    # school's pupils), as text; not a flag about it, nor a thing's (a vehicle's plate, an asset's tag)
    ("funcionario", "matricula", "varchar(12)", "ref_cod_pessoa_fj senha email ramal", "user"),
    ("funcionario", "matricula_interna", "varchar(30)", "ref_cod_pessoa_fj senha email ramal", "user"),
    ("eleves", "matricule", "varchar(20)", "id nom prenom date_naissance sexe", "user"),
    ("funcionario", "matricula_permanente", "smallint", "ref_cod_pessoa_fj senha email ramal", None),
    ("patrimonios", "matricula", "varchar(255)", "id modelo tipo secretaria", None),
    # a phone's country code and an emergency contact's number are phone numbers; a region's code is
    # part of the address
    ("person", "phone1CountryCode", "varchar(7)", "personID surname firstName phone1", "user.contact.phone_number"),
    ("person", "emergency1Number1", "varchar(30)", "personID surname firstName emergency1Name", "user.contact.phone_number"),
    ("contact", "mailing_state_code", "text", "id first_name last_name mailing_street", "user.contact.address"),
    ("order", "shipping_address_province_code", "varchar", "id customer_id email total", "user.contact.address"),
    ("states", "state_code", "varchar", "id name country_id", None),
])
def test_issued_numbers_dial_codes_emergency_numbers_and_region_codes(table: str, column: str, column_type: str,
                                                                      siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the value in a table of a person's attributes (entity-attribute-value) is one of theirs
    ("wp_usermeta", "meta_value", "umeta_id user_id meta_key", "user"),
    ("person_attribute", "value", "person_attribute_id person_id person_attribute_type_id", "user"),
    ("customer_attributes", "value", "id customer_id name", "user"),
    # ... not in a table of a thing's attributes, nor in a list of attribute kinds
    ("product_attributes", "value", "id product_id name", None),
    ("person_attribute_type", "value", "person_attribute_type_id name format", None),
])
def test_values_of_a_persons_attributes(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # the owner or the qualifier after the value, as Spanish, French and Bulgarian order them
    ("pedidos", "nombre_cliente", "user.name"),
    ("factures", "nom_client", "user.name"),
    ("poruchki", "ime_na_klient", "user.name"),
    ("albaranescli", "nombrecliente", "user.name"),
    ("pedidos", "ciudad_envio", "user.contact.address.city"),
    ("commandes", "ville_livraison", "user.contact.address.city"),
    ("productos", "nombre_producto", None),
])
def test_owners_and_qualifiers_after_the_value(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", "id fecha total") == key


def test_a_company_customers_order_ships_to_the_company_whichever_side_the_qualifier_is_on() -> None:
    b2b = {"clientes": ["id", "razon_social", "persona_contacto", "telefono"],
           "pedidos": ["id", "cliente_id", "ciudad_envio", "direccion_envio"]}
    from checker.classify import businesses

    assert businesses(b2b) == {"pedidos": ("clientes",)}
    assert infer("pedidos", "ciudad_envio", "varchar(100)", [BASELINE], siblings=b2b["pedidos"], businesses=("clientes",)) is None
    assert infer("pedidos", "ciudad_envio", "varchar(100)", [BASELINE], siblings=b2b["pedidos"]).category == "user.contact.address.city"


def test_a_ddl_comment_that_calls_a_column_personal_data_marks_it(tmp_path: Path) -> None:
    """`COMMENT 'PII ...'` without a privgate category: personal, of the kind its name says, else of
    a kind unknown; a comment that denies it declares nothing."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE `crm_member` (`id` int, `c_ref7` varchar(40) COMMENT 'Legacy CRM reference of the member (PII)',
            `contact_mail` varchar(100) COMMENT 'personal data', `seg` varchar(10) COMMENT 'segment code, no PII');
        COMMENT ON COLUMN crm_member.id IS 'surrogate key';
        """, {"dialect": "mysql"})
    member = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("crm_member")
    assert member.columns == {"id": None, "c_ref7": "user", "contact_mail": "user.contact.email", "seg": None}
    assert member.provenance["c_ref7"].startswith("marked personal")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # what is written in a record of a person's care is health data, not plain free text
    ("person_medical_condition", "comment", "person_medical_condition_id person_id name medication", "special.health"),
    ("encounters", "description", "id start stop patient organization provider payer code", "special.health"),
    ("note", "note_text", "note_id person_id note_date visit_occurrence_id provider_id", "special.health"),
    # ... but why a record was voided is its bookkeeping; a comment elsewhere stays free text
    ("visit", "void_reason", "visit_id patient_id visit_type_id date_started voided", "user.content"),
    ("orders", "comment", "id customer_id total", "user.content"),
])
def test_free_text_in_a_record_of_care_is_health_data(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a person's number plate identifies its keeper; a delivery van's does not
    ("person", "vehicleRegistration", "personID surname firstName", "user"),
    ("mitglieder", "kfz_kennzeichen", "id name vorname", "user"),
    ("vehicle_temperatures", "vehicle_registration", "vehicle_temperature_id chiller_sensor_number temperature", None),
    # an invoice with a key to the buyer's contact person is no company: its delivery notes are theirs
    ("invoices", "delivery_instructions", "invoice_id customer_id contact_person_id invoice_date", "user.content"),
    ("service_antenne", "adresse", "id nom contact_lastname contact_email", None),
])
def test_number_plates_and_a_contact_persons_key(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a column named with its table's initials or its table's name: the rest decides
    ("hs_hr_emp_emergency_contacts", "eec_name", "emp_number eec_seqno eec_relationship", "user.name"),
    ("hs_hr_emp_passport", "ep_passport_num", "emp_number ep_seqno", "user.government_id.passport_number"),
    ("ls_n_person", "egn_ls_n_person", "id_ls_n_person id_ls_main name_ls_n_person", "user.government_id.national_identification_number"),
    ("user_master", "name_um", "id_um acc_user pass_um", "user.name"),
    # ... or with letters that shorten the table's name, in order (OrangeHRM's `eexp_`, `dd_`, `ehoep_`)
    ("hs_hr_emp_work_experience", "eexp_employer", "emp_number eexp_seqno eexp_jobtit eexp_from_date", "user"),
    ("hs_hr_emp_directdebit", "dd_account", "id salary_id dd_routing_num dd_amount", "user.financial.bank_account"),
    ("hs_hr_emp_history_of_ealier_pos", "ehoep_job_title", "emp_number emp_seqno ehoep_years", "user"),
    # ... in a table about people only, and a list of kinds (type first too) is nobody's
    ("sl_warehouse_bins", "name_swb", "id_swb code_swb", None),
    ("type_role_litse", "comment_trl", "id_trl name_trl", None),
])
def test_a_tables_initials_or_name_in_a_column_name(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings"), [
    ("automation_recipient", "automation_email_id", "automation_id email_address"),  # a word of the table's name
    ("gibbonPersonMedicalCondition", "gibbonPersonMedicalConditionID", "gibbonPersonID name"),
    ("hs_hr_emp_work_experience", "xq_employer", "emp_number xq_seqno"),  # letters not in the table's name
])
def test_a_prefix_that_does_not_shorten_the_tables_name_is_kept(table: str, column: str, siblings: str) -> None:
    assert generic(table, column, "varchar(100)" if column.startswith("xq") else "int", siblings) is None


def test_keys_find_their_tables_through_an_applications_prefix_and_camel_case() -> None:
    """`location_id` points at `ohrm_location` when most tables carry the `ohrm_` prefix;
    `gibbonPersonID` at `gibbonPerson`; a key to no table points nowhere."""
    from checker.classify import referrers

    hr = {"ohrm_location": ["id", "name", "address", "phone"], "ohrm_emp_locations": ["emp_number", "location_id"],
          "ohrm_job_title": ["id", "job_title"], "ohrm_employee": ["emp_number", "job_title_id", "region_id"]}
    assert referrers(hr) == {"ohrm_location": ("ohrm_emp_locations",), "ohrm_job_title": ("ohrm_employee",)}
    school = {"gibbonPerson": ["gibbonPersonID", "surname"], "gibbonPersonMedical": ["gibbonPersonMedicalID", "gibbonPersonID"],
              "gibbonRole": ["gibbonRoleID", "name"], "gibbonCourse": ["gibbonCourseID", "gibbonPersonIDCoordinator"]}
    assert referrers(school)["gibbonPerson"] == ("gibbonPersonMedical",)


@pytest.mark.parametrize(("table", "column", "key"), [
    # a table of a noun's information or details is about the noun
    ("ohrm_organization_gen_info", "phone", None),
    ("company_details", "email", None),
    ("employee_information", "phone", "user.contact.phone_number"),
    ("customer_info", "email", "user.contact.email"),
])
def test_a_tables_information_or_details_are_about_its_noun(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(30)", "id name street city") == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # a person's instant-messenger handles, after the table's own noun; who posted; a forwarded IP
    ("phpbb_users", "user_icq", "user.account.username"),
    ("members", "member_skype", "user.account.username"),
    ("phpbb_topics", "topic_last_poster_name", "user.name"),
    ("phpbb_sessions", "session_forwarded_for", "user.device.ip_address"),
    ("products", "product_line", None),
])
def test_messenger_handles_posters_and_forwarded_addresses(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "id user_id username") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # HR vocabulary: smoking is health, a Canadian SIN a national identifier, custom fields of an
    # employee row, military service, an ethnic race code, a city code, a contact number
    ("hs_hr_employee", "emp_smoker", "smallint", "special.health"),
    ("employees", "smoking_status", "varchar(20)", "special.health"),
    ("hs_hr_employee", "emp_sin_num", "varchar(100)", "user.government_id.national_identification_number"),
    ("hs_hr_employee", "custom3", "varchar(250)", "user"),
    ("hs_hr_employee", "emp_military_service", "varchar(100)", "user"),
    ("hs_hr_employee", "ethnic_race_code", "varchar(13)", "special.ethnic_origin"),
    ("hs_hr_employee", "city_code", "varchar(100)", "user.contact.address.city"),
    ("job_candidate", "contact_number", "varchar(30)", "user.contact.phone_number"),
    ("products", "custom3", "varchar(250)", None),
])
def test_hr_vocabulary(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "emp_number emp_lastname emp_firstname emp_street1") == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # what members of a forum write: topics, drafts, private messages
    ("phpbb_topics", "topic_title", "user.content"),
    ("phpbb_drafts", "draft_subject", "user.content"),
    ("phpbb_privmsgs", "message_text", "user.content"),
    ("kafka_topics", "name", None),
    # a written item named before the term: the subject of the message, the title of the topic's poll
    ("phpbb_privmsgs", "message_subject", "user.content"),
    ("phpbb_topics", "poll_title", "user.content"),
    ("phpbb_topics", "topic_last_post_subject", "user.content"),
    ("mail_templates", "message_subject", None),  # not a table of what people write
])
def test_forum_topics_drafts_and_private_messages_are_what_people_wrote(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "id poster_id forum_id") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a column named as its table lists the values, nobody's; unless the rows are people's or secrets
    ("ohrm_job_title", "job_title", "id job_description note is_deleted", None),
    ("tokens", "token", "id user_id created_at", "user.authorization.credentials"),
    ("job_title", "job_title", "id employee_id", "user"),
])
def test_a_table_named_for_its_values_lists_them(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a normalised copy of a value is the value; a salt named last is a credential's; an edit's
    # reason is what its author typed; interests are the person's; admins are people
    ("fos_user", "username_canonical", "varchar(180)", "user.account.username"),
    ("phpbb_users", "username_clean", "varchar(255)", "user.account.username"),
    ("phpbb_users", "user_form_salt", "varchar(32)", "user.authorization.credentials"),
    ("phpbb_posts", "post_edit_reason", "varchar(255)", "user.content"),
    ("phpbb_users", "user_interests", "text", "user"),
    ("admin", "name", "varchar", "user.name"),
    ("recipes", "salt", "varchar(32)", None),
])
def test_normalised_copies_salts_edit_reasons_interests_and_admins(table: str, column: str, column_type: str,
                                                                  key: str | None) -> None:
    assert generic(table, column, column_type, "id user_id email") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # who did it, by name; an emergency contact's mobile number
    ("leave_comments", "created_by_name", "varchar(255)", "user.name"),
    ("emp_attachments", "attached_by_name", "varchar(200)", "user.name"),
    ("leave_comments", "created_by_id", "int", None),
    ("emergency_contacts", "mobile_no", "varchar(100)", "user.contact.phone_number"),
])
def test_who_did_it_by_name_and_mobile_numbers(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id emp_number comments") == key


@pytest.mark.parametrize(("column", "column_type", "key"), [
    # no identity number fits a small integer: `dni5 tinyint` counts days (Bulgarian `дни`)
    ("dni5", "tinyint(4)", None),
    ("dni", "varchar(9)", "user.government_id.national_identification_number"),
    ("ssn", "smallint", None),
])
def test_identity_numbers_do_not_fit_a_small_integer(column: str, column_type: str, key: str | None) -> None:
    assert generic("employees", column, column_type, "id first_name last_name") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the organisation a person belongs to, in their own row; not a clinician's workplace key
    ("person", "organization", "id email first_name last_name", "user"),
    ("user_details", "organization", "user_id bio job_title", "user"),
    ("providers", "organization", "id name gender specialty address", None),
    ("encounters", "organization", "id start patient provider payer", None),
])
def test_the_organisation_a_person_belongs_to(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # an employee's children, dependants and emergency contacts are people, with a relationship to them
    ("hs_hr_emp_children", "ec_name", "emp_number ec_seqno ec_date_of_birth", "user.name"),
    ("hs_hr_emp_dependents", "ed_relationship", "emp_number ed_seqno ed_name", "user"),
    ("person", "emergency1Relationship", "personID surname emergency1Name", "user"),
    ("account_relationships", "relationship", "id account_id related_account_id", None),
])
def test_dependants_and_their_relationship(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key



def test_forms_keyed_by_the_short_key_of_a_patient_table_are_records_of_care(tmp_path: Path) -> None:
    """OpenEMR's forms name no clinical term in their table name and key the patient only by
    `pid`, the key `patient_data` is known by: their answers are health data, `user` is the login
    of who filled the form in, and the keys, dates and flags are the record's bookkeeping."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patient_data (id bigint, pid bigint, fname varchar(255), lname varchar(255), DOB date);
        CREATE TABLE form_reviewofs (id bigint, date datetime, pid bigint, user varchar(255),
            groupname varchar(255), authorized tinyint(4), activity tinyint(4), fee decimal(12,2),
            fever varchar(5), night_sweats varchar(5), glaucoma varchar(5), replacement_claim tinyint(1),
            fluid varchar(20), covid varchar(5), guid varchar(36));
        CREATE TABLE products (id bigint, pid bigint, title varchar(255), colour varchar(20));
        """, {"dialect": "mysql"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    form = catalog.table("form_reviewofs").columns
    answers = ("fever", "night_sweats", "glaucoma", "fluid", "covid")  # words that end like keys are still words
    assert {column: form[column] for column in answers} == dict.fromkeys(answers, "special.health")
    assert form["user"] == "user.account.username"
    bookkeeping = ("id", "date", "pid", "groupname", "authorized", "activity", "fee", "replacement_claim", "guid")
    assert {column: form[column] for column in bookkeeping} == dict.fromkeys(bookkeeping)
    assert catalog.table("products").columns == dict.fromkeys(("id", "pid", "title", "colour"))  # no patient's key


def test_a_record_of_care_named_as_a_thing_is_the_patients(tmp_path: Path) -> None:
    """OpenEMR's `lists` (problems, allergies, medications), keyed to the patient by `pid`, is a
    record of their care though its name is a thing's; where the patient went is not care, and a
    list keyed to no patient stays a thing."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patient_data (id bigint, pid bigint, fname varchar(255), lname varchar(255), DOB date);
        CREATE TABLE lists (id bigint, date datetime, pid bigint, title varchar(255), diagnosis varchar(255),
            destination varchar(255));
        CREATE TABLE list_options (list_id varchar(100), option_id varchar(100), title varchar(255));
        """, {"dialect": "mysql"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    problems = catalog.table("lists").columns
    assert (problems["title"], problems["diagnosis"]) == ("special.health", "special.health")
    assert (problems["destination"], problems["date"]) == (None, None)
    assert catalog.table("list_options").columns["title"] is None


def test_a_patients_payments_are_bookkeeping_not_a_record_of_care(tmp_path: Path) -> None:
    """OpenEMR's `payments` and `drug_sales` are keyed to the patient like its forms, but they
    record money: amounts and methods are no health data, where a form's answers are."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patient_data (id bigint, pid bigint, fname varchar(255), lname varchar(255), DOB date);
        CREATE TABLE payments (id bigint, pid bigint, encounter bigint, method varchar(255), amount1 decimal(12,2));
        CREATE TABLE form_vitals (id bigint, pid bigint, encounter bigint, bps varchar(40), temperature float);
        """, {"dialect": "mysql"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert catalog.table("payments").columns == dict.fromkeys(("id", "pid", "encounter", "method", "amount1"))
    assert catalog.table("form_vitals").columns["bps"] == "special.health"


def test_a_short_key_links_a_table_to_the_people_its_table_is_known_by() -> None:
    """Drupal's `users.uid` in `node` and `comment`, OpenEMR's `patient_data.pid` in its forms;
    the same letters in a table of things link nothing, nor does a key no table of people owns."""
    from checker.classify import keyed_people

    drupal = {"users": ["uid", "name", "mail", "pass"], "node": ["nid", "uid", "title"],
              "comment": ["cid", "nid", "uid", "subject"], "taxonomy_term": ["tid", "name"]}
    assert keyed_people(drupal) == {"comment": ("users",), "node": ("users",)}
    shop = {"products": ["pid", "title"], "order_items": ["oid", "pid", "quantity"]}
    assert keyed_people(shop) == {}
    hr = {"employees": ["emp_no", "birth_date", "first_name", "last_name"], "salaries": ["emp_no", "salary"],
          "departments": ["dept_no", "dept_name"], "dept_emp": ["emp_no", "dept_no"]}  # MySQL's employees sample
    assert keyed_people(hr) == {"dept_emp": ("employees",), "salaries": ("employees",)}
    # i-Educar's register of people names its key first (`idpes`, of `pessoa`), and references it as `ref_idpes`
    ieducar = {"cadastro.pessoa": ["idpes", "nome", "email"], "cadastro.documento": ["idpes", "rg", "data_exp_rg"],
               "cadastro.fisica_raca": ["ref_idpes", "ref_cod_raca"], "cadastro.juridica": ["idpj", "fantasia"]}
    assert keyed_people(ieducar) == {"cadastro.documento": ("cadastro.pessoa",), "cadastro.fisica_raca": ("cadastro.pessoa",)}


def test_an_account_or_profile_key_links_to_people_where_that_table_holds_people() -> None:
    """The actors of a federated social network are its `accounts` (Mastodon, GoToSocial) or `profiles`
    (Pixelfed): where that table holds people, `account_id` and `profile_id` are keys to a person's row,
    as a billing system's `account_id` to a company's is not; an actor in a role (`target_account_id`)
    is left to the column's own words."""
    from checker.classify import evidence, keyed_people

    mastodon = {"accounts": ["id", "username", "domain", "display_name", "note", "avatar_file_name"],
                "statuses": ["id", "uri", "text", "account_id", "in_reply_to_account_id"],
                "account_warnings": ["id", "target_account_id", "action", "text"]}
    assert keyed_people(mastodon) == {"statuses": ("accounts",)}
    pixelfed = {"profiles": ["id", "username", "name", "bio", "website"],
                "media": ["id", "profile_id", "status_id", "caption", "media_path"]}
    assert keyed_people(pixelfed) == {"media": ("profiles",)}
    billing = {"accounts": ["id", "name", "billing_email", "plan", "vat_number"],
               "invoices": ["id", "account_id", "total", "notes"]}
    assert keyed_people(billing) == {}
    notes = ["id", "content", "report_id", "account_id", "created_at"]  # a moderator's note on a report
    found = evidence("report_notes", "content", "text", notes, people=("accounts",))
    assert found is not None and found.kind.key == "user.content"
    assert evidence("report_notes", "content", "text", notes) is None


MASTODON_ACCOUNTS = ["id", "username", "domain", "display_name", "note", "uri", "url", "inbox_url", "outbox_url",
                     "followers_url", "avatar_remote_url", "header_remote_url", "memorial", "also_known_as"]


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a post (a status) and its edits: what its author wrote, its content warning, alt texts and poll options
    ("statuses", "text", "text", ["id", "uri", "text", "spoiler_text", "account_id", "in_reply_to_id", "language"],
     "user.content"),
    ("statuses", "spoiler_text", "text", ["id", "uri", "text", "spoiler_text", "account_id"], "user.content"),
    ("statuses", "content_warning", "varchar", ["id", "content", "content_warning", "account_id"], "user.content"),
    ("status_edits", "poll_options", "varchar[]", ["id", "status_id", "account_id", "text", "poll_options"],
     "user.content"),
    ("statuses", "language", "varchar", ["id", "uri", "text", "account_id", "language"], None),
    ("statuses", "uri", "varchar", ["id", "uri", "text", "account_id"], None),  # the post's address, no person's
    ("order_statuses", "text", "varchar", ["id", "code", "text", "sort_order"], None),  # a shop's list of states
    # a poll's options are its author's words; a voter's choice is what they answered
    ("polls", "options", "varchar[]", ["id", "account_id", "status_id", "options", "votes_count"], "user.content"),
    ("poll_votes", "choice", "integer", ["id", "account_id", "poll_id", "choice", "uri"], "user"),
    ("poll_votes", "uri", "varchar", ["id", "account_id", "poll_id", "choice", "uri"], None),
    ("report_settings", "options", "jsonb", ["id", "name", "options"], None),
    # an invitation's code lets its holder sign up; the invite's limits are nobody's
    ("invites", "code", "varchar", ["id", "user_id", "code", "expires_at", "max_uses", "uses", "comment"],
     "user.authorization.credentials"),
    ("invites", "max_uses", "integer", ["id", "user_id", "code", "expires_at", "max_uses", "uses"], None),
    ("discounts", "code", "varchar", ["id", "code", "percent_off", "expires_at"], None),
    # the actor: its profile page and aliases identify the account; its inbox is an endpoint
    ("accounts", "url", "varchar", MASTODON_ACCOUNTS, "user.account.username"),
    ("accounts", "inbox_url", "varchar", MASTODON_ACCOUNTS, None),
    ("accounts", "also_known_as", "varchar[]", MASTODON_ACCOUNTS, "user.account.username"),
    ("accounts", "avatar_remote_url", "varchar", MASTODON_ACCOUNTS, "user"),
    ("accounts", "header_remote_url", "varchar", MASTODON_ACCOUNTS, None),
    ("accounts", "memorial", "boolean", MASTODON_ACCOUNTS, "user"),  # the account of a person who has died
    ("products", "url", "varchar", ["id", "name", "url", "price"], None),
    # an appeal against a moderator's decision is what its author wrote; when it was decided is nobody's
    ("appeals", "text", "text", ["id", "account_id", "account_warning_id", "text", "approved_at"], "user.content"),
    ("appeals", "approved_at", "timestamp", ["id", "account_id", "account_warning_id", "text", "approved_at"], None),
    # a blocked e-mail address, canonicalised and hashed, is still the address
    ("canonical_email_blocks", "canonical_email_hash", "varchar", ["id", "canonical_email_hash",
                                                                   "reference_account_id"], "user.contact.email"),
])
def test_a_federated_social_networks_posts_polls_invites_and_actors(table: str, column: str, column_type: str,
                                                                     siblings: list[str], key: str | None) -> None:
    """Mastodon's, GoToSocial's and Pixelfed's statuses, polls, invites and accounts (actors keyed by
    `account_id`, see the test above), each beside a look-alike of another kind of schema."""
    from checker.classify import evidence

    people = ("accounts",) if "account_id" in siblings else ()
    found = evidence(table, column, column_type, siblings, people=people)
    assert (found.kind.key if found is not None and found.confident else None) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("user_threepids", "address", "user_id medium address validated_at added_at", "user.contact"),  # Synapse
    ("threepid_validation_session", "address", "session_id medium address client_secret", "user.contact"),
    ("userapi_threepids", "threepid", "threepid medium localpart server_name", "user.contact"),  # Dendrite
    ("customer_addresses", "address", "id customer_id address city postal_code", "user.contact.address"),
])
def test_a_matrix_third_party_identifier_is_an_email_address_or_phone_number(table: str, column: str, siblings: str,
                                                                             key: str | None) -> None:
    """Matrix's 3PIDs: the address on a medium (`email`, `msisdn`) an account is bound to, no street."""
    assert generic(table, column, "text", siblings) == key


def test_a_table_reached_from_a_person_through_keys_is_theirs(tmp_path: Path) -> None:
    """A scorecard's attributes hang off an interview of a candidate's application (`scorecard_id` ->
    `application_id` -> `candidate_id`), as a benefit decision hangs off a case handling of a person's
    case: what they record is the person's. A log of a thing's events, a table joining people to
    things and a table keyed to what someone created are no chain to a person."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE candidates (id bigint, first_name text, last_name text, email text);
        CREATE TABLE applications (id bigint, candidate_id bigint, status text);
        CREATE TABLE scorecards (id bigint, application_id bigint, overall_recommendation text);
        CREATE TABLE scorecard_attributes (scorecard_id bigint, name text, rating text, note text);
        CREATE TABLE application_events (id bigint, application_id bigint, message text);
        CREATE TABLE members (id bigint, name text, email text);
        CREATE TABLE members_newsletters (id bigint, member_id bigint, newsletter_id bigint);
        CREATE TABLE emails (id bigint, newsletter_id bigint, subject text);
        CREATE TABLE surveys (id bigint, creator_id bigint, title text);
        CREATE TABLE questions (id bigint, survey_id bigint, text text);
        """)
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert catalog.table("scorecard_attributes").columns["note"] == "user.content"
    assert catalog.table("application_events").columns["message"] is None  # the application's states
    assert catalog.table("emails").columns["subject"] is None  # a newsletter's, not a member's
    assert catalog.table("questions").columns["text"] is None  # a survey's, whoever created it


def test_people_through_keys_follows_keys_that_name_their_tables() -> None:
    """NAV's benefit decisions: `vedtak.behandling_id` -> `behandling.fagsak_id` ->
    `fagsak.fagsak_person_id` -> `fagsak_person`; the case itself is keyed to the person straight."""
    from checker.classify import people_through_keys

    nav = {"fagsak_person": ["id", "opprettet_av"], "fagsak": ["id", "fagsak_person_id", "stonadstype"],
           "behandling": ["id", "fagsak_id", "status"], "vedtak": ["behandling_id", "avsla_begrunnelse"],
           "vedtaksbrev": ["behandling_id", "brevmal"], "behandlingshistorikk": ["behandling_id", "steg", "utfall"]}
    assert people_through_keys(nav) == {"behandling": ("fagsak_person",), "vedtak": ("fagsak_person",),
                                        "vedtaksbrev": ("fagsak_person",)}  # not the case's history


def test_a_table_holding_a_persons_own_key_with_a_birth_date_and_gender_is_theirs() -> None:
    """i-Educar's `fisica` holds `pessoa.idpes` and names someone to contact (`pessoa_contato`):
    with a birth date and a gender it is more of the person's row, not a company's."""
    fisica = "idpes data_nasc sexo pessoa_contato nome_social ocupacao"
    found = infer("cadastro.fisica", "nome_social", "varchar(150)", [pack("gdpr-baseline")], fisica.split(),
                  people=["cadastro.pessoa"])
    assert found is not None and found.confident and found.category == "user.name"


@pytest.mark.parametrize(("column", "column_type", "key"), [
    ("user", "varchar(255)", "user.account.username"),   # who wrote the row, by login
    ("user", "bigint", None),                            # a key
    ("is_active", "tinyint(1)", None),                   # MySQL's BOOLEAN: a flag
    ("email", "tinyint(1)", None),                       # whether to send one, not an address
    ("fk_user_author", "int", None),                     # a key named first (Dolibarr)
    ("default_rib", "smallint", None),                   # which bank account is the default, not one
    ("iban", "varchar(34)", "user.financial.bank_account"),
    ("id_customer_message", "int(10) unsigned", None),   # (PrestaShop)
    ("customer_message", "text", "user.content"),
])
def test_a_bare_user_as_text_is_a_login_and_keys_and_flags_are_not_values(column: str, column_type: str, key: str | None) -> None:
    assert generic("notes", column, column_type) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a key named first ties the row to a person, as `user_id` does (Dolibarr, PrestaShop)
    ("llx_salary", "note", "text", "rowid fk_user datesp amount", "user.content"),
    ("ps_message", "message", "text", "id_message id_customer date_add", "user.content"),
    ("llx_salary", "note", "text", "rowid fk_bank datesp amount", None),
    # a qualifier after the name says which of the values it is
    ("llx_socpeople", "note_public", "text", "rowid lastname firstname", "user.content"),
    ("llx_socpeople", "phone_perso", "varchar(30)", "rowid lastname firstname", "user.contact.phone_number"),
    ("llx_actioncomm", "email_from", "varchar(255)", "id fk_contact label", "user.contact.email"),
    ("llx_actioncomm", "email_tobcc", "varchar(255)", "id fk_contact label", "user.contact.email"),
    ("llx_socpeople", "civility", "varchar(6)", "rowid lastname firstname", "user.name"),
])
def test_keys_named_first_and_qualifiers_after_the_name(table: str, column: str, column_type: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_an_applications_prefixed_person_key_makes_a_medical_table_a_record_of_care(tmp_path: Path) -> None:
    """Gibbon's `gibbonPersonID` is `person_id` under the prefix its tables share: the medical
    record's free text is health data; its own key and the key of whoever updated it are keys,
    also when read as one run-together word."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE gibbonPersonMedicalUpdate (gibbonPersonMedicalUpdateID int(12) unsigned,
            gibbonPersonMedicalID int(10) unsigned, gibbonPersonID int(10) unsigned,
            longTermMedicationDetails text, gibbonPersonIDUpdater int(10) unsigned);
        """, {"dialect": "mysql"})
    columns = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("gibbonpersonmedicalupdate").columns
    assert columns["longtermmedicationdetails"] == "special.health"
    assert [column for column, category in columns.items() if category] == ["longtermmedicationdetails"]


@pytest.mark.parametrize(("column", "key"), [
    ("languageFirst", "user"), ("language_second", "user"),  # the languages a person speaks
    ("phone_home", "user.contact.phone_number"),
])
def test_a_qualifier_named_last_may_name_the_term_it_starts(column: str, key: str) -> None:
    assert generic("gibbonPerson", column, "varchar(30)", "gibbonPersonID surname firstName email") == key


@pytest.mark.parametrize(("description", "name"), [
    # descriptions as Fivetran's dbt source packages write them (Apache-2.0)
    ("The candidate's email address.", "candidate_email_address"),
    ("Last name of the user.", "user_last_name"),
    ("Cardholder name", "cardholder_name"),
    ("Email address for a subscriber.", "email_address"),
    ("Required. The user\u2019s alias. For example, jsmith.", "user_alias"),
    ("Unique identifier of the user.", "user_unique_id"),
    ("Timestamp of when the opportunity was archived.", "timestamp"),
    ("Boolean that is true if the user account has been disabled.", "boolean"),
    # an article after the head starts a clause (the Tuva Project's dbt models, Apache-2.0)
    ("Year the patient qualified for the measure.", "year"),
    # an owner named with `of` is named whole ("line of business" is no LINE account, "place of service" no place)
    ("Name of the line of business for the payer attributed provider.", "line_business_name"),
    ("Description of the place of service.", "place_service_description"),
    ("First name of the parent of the student.", "parent_student_first_name"),
    ("Last time the data was run.", "last_time"),
    ("If the field is a text field, this is the content of the value.", None),
    ("", None),
    # "e-mail": its `e` is no "e.g." that ends the phrase; letters of any language are words
    ("The customer's e-mail address.", "customer_email_address"),
    ("E-Mail of the user", "user_email"),
    ("Telefonnummer für Rückfragen", "telefonnummer"),
    # other languages name the owner after the head, as `of` does: German des/der, French du, Italian and
    # Spanish del; `de` and `di` stay inside a term
    ("Geburtsdatum des Mitglieds", "mitglieds_geburtsdatum"),
    ("Numero di telefono del cliente", "cliente_numero_di_telefono"),
    ("Adresse e-mail du membre", "membre_adresse_email"),
    ("Date de naissance", "date_de_naissance"),
])
def test_a_descriptions_head_phrase_reads_as_a_column_name(description: str, name: str | None) -> None:
    from checker.descriptions import described_name

    assert described_name(description) == name


def test_comments_in_german_italian_french_and_spanish_say_what_an_opaque_column_holds(tmp_path: Path) -> None:
    """An installer's columns named by codes (`x_geb`, `c1`) and described in the team's language."""
    (tmp_path / "schema.sql").write_text(
        "CREATE TABLE `anagrafica` (`id` int(11) NOT NULL,\n"
        "  `x_geb` date COMMENT 'Geburtsdatum des Mitglieds',\n"
        "  `x_mail` varchar(80) COMMENT 'E-Mail-Adresse des Kunden',\n"
        "  `c1` varchar(20) COMMENT 'Numero di telefono del cliente',\n"
        "  `c2` varchar(50) COMMENT 'Adresse e-mail du membre',\n"
        "  `c3` varchar(50) COMMENT 'Nombre del producto');\n")
    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\ndialect: mysql\ncatalog: {ddl: [schema.sql]}\n")
    table = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("anagrafica")
    assert {column: table.columns[column] for column in ("x_geb", "x_mail", "c1", "c2", "c3")} == {
        "x_geb": "user.demographic.date_of_birth", "x_mail": "user.contact.email", "c1": "user.contact.phone_number",
        "c2": "user.contact.email", "c3": None}  # a product's name is no one's


def test_descriptions_and_comments_say_what_a_column_with_a_bare_name_holds(tmp_path: Path) -> None:
    """A dbt description or a DDL comment classifies a column whose name says nothing, with the
    description as its provenance; it never overrules a name that is a key, count or time, and a
    description a Jinja expression writes is not read."""
    (tmp_path / "models").mkdir()
    (tmp_path / "schema").mkdir()
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(
        {"packs": ["gdpr-baseline"], "dialect": "mysql", "catalog": {"ddl": ["schema/*.sql"]}}))
    (tmp_path / "dbt_project.yml").write_text("name: recruiting\nmodel-paths: [models]\n")
    (tmp_path / "models" / "sources.yml").write_text(textwrap.dedent("""
        version: 2
        sources:
          - name: lever
            tables:
              - name: contact_field
                columns:
                  - {name: value, description: "The candidate's email address."}
                  - {name: contact_id, description: "The contact's email address record."}
                  - {name: updated_at, description: "The contact's last name."}
                  - {name: kind, description: '{{ doc("email") }}'}
        """))
    (tmp_path / "schema" / "crm.sql").write_text(
        "CREATE TABLE kunden (knr int, f1 varchar(60) COMMENT 'First name of the customer', "
        "f2 varchar(60) COMMENT 'Sort order in the list', f3 date);\n")
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    emails = catalog.table("lever.contact_field")
    assert emails.columns == {"value": "user.contact.email", "contact_id": None, "updated_at": None, "kind": None}
    assert emails.provenance["value"].startswith("inferred from its description 'The candidate's email address.'")
    assert catalog.table("kunden").columns == {"knr": None, "f1": "user.name", "f2": None, "f3": None}


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # an identifier or birth date named before its owner, as Romance-language schemas name it
    ("orders", "tax_id_customer", "varchar(20)", "user.government_id.tax_id"),
    ("pedidos", "cpf_cliente", "varchar(14)", "user.government_id.national_identification_number"),
    ("pedidos", "data_nascimento_cliente", "date", "user.demographic.date_of_birth"),
    ("pedidos", "valor_cliente", "numeric(10,2)", None),
    # lists of towns and municipalities are places, nobody's address
    ("towns", "postal_code", "varchar(10)", None),
    ("employer_data", "city", "varchar(255)", None),     # a patient's employer: a company
    ("pharmacies", "email", "varchar(255)", None),
    ("municipalities", "province", "varchar(10)", None),
])
def test_an_owner_named_after_its_identifier_and_places_and_companies(table: str, column: str, column_type: str,
                                                                 key: str | None) -> None:
    assert generic(table, column, column_type, "id total name") == key


def test_a_contacts_own_name_does_not_make_it_a_company() -> None:
    """Fivetran's staging model of Salesforce contacts renames `name` to `contact_name`: that is
    the contact's own name, not a company's contact person, so the row stays a person's."""
    siblings = "contact_id account_id contact_name email home_phone mailing_city"
    assert generic("stg_salesforce__contact", "email", "", siblings) == "user.contact.email"
    assert generic("stg_salesforce__contact", "mailing_city", "", siblings) == "user.contact.address.city"
    assert generic("customers", "phone", "", "customer_id company_name contact_name phone") is None  # Northwind's


def test_a_places_own_name_is_not_an_addressees() -> None:
    """dbt's jaffle-shop renames a store's `name` to `location_name` in `stg_locations`: the
    place's own name (a suggestion at most); the name in a customer's address book stays theirs."""
    assert generic("stg_locations", "location_name", "", "location_id tax_rate opened_date") is None
    assert generic("customer_addresses", "name", "", "id customer_id address1 city zip") == "user.name"


def test_a_party_with_a_first_name_of_its_own_holds_people_even_with_contact_persons() -> None:
    """OpenXE's `adresse` holds customers who are people and companies alike (a first and last
    name of the row, a contact person for companies): its contact details are personal, where
    Northwind's customers, companies known only by their contact person, are not."""
    adresse = "id typ name vorname nachname ansprechpartner firma strasse plz ort email telefon iban"
    assert generic("adresse", "email", "varchar(200)", adresse) == "user.contact.email"
    assert generic("adresse", "iban", "varchar(64)", adresse) == "user.financial.bank_account"
    assert generic("customers", "phone", "varchar(24)", "customer_id company_name contact_name phone") is None


@pytest.mark.parametrize(("column", "key"), [
    # OpenStreetMap's `users` (db/structure.sql)
    ("home_location_name", "user.location"),     # the name of a place: where the person lives
    ("pass_crypt", "user.authorization.credentials"),
    ("display_name", "user.name"),
])
def test_a_persons_place_name_is_a_location_and_a_crypted_pass_a_credential(column: str, key: str) -> None:
    assert generic("users", column, "character varying", "id email display_name home_lat home_lon") == key


def test_a_row_with_a_birth_date_or_gender_is_a_persons_whatever_contact_person_it_names() -> None:
    """i-Educar's `cadastro.fisica` (a natural person) names someone to contact (`pessoa_contato`),
    as a company names its contact person: a birth date and a gender say the row is a person's,
    so it is no company and its details stay personal, where Northwind's customers, known by a
    company name and a contact person, are not."""
    fisica = "idpes data_nasc sexo empresa pessoa_contato ocupacao nome_mae cpf"
    assert generic("fisica", "nome_mae", "varchar(150)", fisica) == "user.name"
    assert generic("fisica", "cpf", "decimal(11, 0)", fisica) == "user.government_id.national_identification_number"
    people = "id name birth_date gender contact_person phone"
    assert generic("customers", "phone", "varchar(24)", people) == "user.contact.phone_number"
    assert generic("customers", "phone", "varchar(24)", "customer_id company_name contact_name phone") is None


@pytest.mark.parametrize(("table", "column", "key"), [
    # the parties to a payment, a loan or a policy are people (GovPay's `versamenti.debitore_*`)
    ("payments", "debtor_email", "user.contact.email"),
    ("versamenti", "debitore_email", "user.contact.email"),
    ("versamenti", "debitore_cap", "user.contact.address.postal_code"),
    ("loans", "guarantor_phone", "user.contact.phone_number"),
    ("claims", "claimant_address", "user.contact.address"),
    ("tickets", "requestor_mail", "user.contact.email"),
    ("payments", "debtor_count", None),
    ("versamenti", "iuv_pagamento", None),  # the payment's number: no `men` ("za men") inside it
])
def test_the_parties_to_a_payment_are_people(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "id amount debitore_email debtor_email due_date") == key


@pytest.mark.parametrize(("column", "key"), [
    ("za_men", "user.content"),             # Bulgarian "about me": the connector is part of the phrase
    ("care_of", "user.contact.address"),
    ("men", None),                          # not what is left of "za men"
    ("care", None),
])
def test_a_connector_at_either_end_of_a_name_belongs_to_its_phrase(column: str, key: str | None) -> None:
    assert generic("users", column, "varchar(255)", "id email first_name") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # PHP session handlers (LMS, Kanboard), phpBB, OpenEMR and Synapse keep a login's session so
    ("sessions", "id", "varchar(100)", "id ctime mtime vdata content", "user.authorization.credentials"),
    ("sessions", "vdata", "text", "id ctime mtime vdata content", "user.authorization.credentials"),
    # LiquidFeedback's session, identified by its `ident` (not a national identity code)
    ("session", "ident", "text", "ident additional_secret expiry member_id lang", "user.authorization.credentials"),
    ("phpbb_sessions", "session_id", "char(32)", "session_id session_user_id session_ip", "user.authorization.credentials"),
    ("openemr_session_info", "pn_sessid", "varchar(32)", "pn_sessid pn_ipaddr pn_vars", "user.authorization.credentials"),
    ("openemr_session_info", "pn_vars", "varbinary", "pn_sessid pn_ipaddr pn_vars", "user.authorization.credentials"),
    # Symfony's PdoSessionHandler and OpenPNE name the columns `sess_`: its `sess_name` (the cookie's) is no title
    ("sessions", "sess_id", "varchar(128)", "sess_id sess_data sess_time sess_lifetime",
     "user.authorization.credentials"),
    ("c_session", "sess_id", "varchar(32)", "c_session_id sess_name sess_id sess_time sess_data",
     "user.authorization.credentials"),
    ("c_session", "sess_data", "text", "c_session_id sess_name sess_id sess_time sess_data",
     "user.authorization.credentials"),
    ("conference_sessions", "session_id", "varchar(32)", "session_id session_name room starts_at", None),
    # a row number, or a row whose session is named by another column, is no secret
    ("sessions", "id", "uuid", "id user_id created_at ip", None),
    ("sessions", "id", "varchar(24)", "id session_id user_id session_data", None),
    # India's postal index number beside address parts is a postal code, and a warehouse's nobody's;
    # a card's PIN or a user's PIN code with no address beside it stays a secret
    ("orders", "shipping_pincode", "varchar(10)", "id customer_id shipping_address shipping_city", "user.contact.address.postal_code"),
    ("addresses", "pin_code", "varchar(6)", "id user_id line1 line2 city state", "user.contact.address.postal_code"),
    ("warehouses", "pincode", "varchar(6)", "id name city state", None),
    ("cards", "pin_code", "varchar(6)", "id card_number expiry", "user.authorization.credentials"),
    # Auth.js's Session keeps its secret in `sessionToken`: its text `id` (a cuid) numbers rows
    ("Session", "id", "text", "id sessionToken userId expires", None),
    ("Session", "sessionToken", "text", "id sessionToken userId expires", "user.authorization.credentials"),
    ("ar_session", "session_id", "int", "session_id payer_id pay_total", None),
    ("training_sessions", "content", "text", "id title content starts_at", None),
])
def test_a_sessions_identifier_and_stored_state_are_credentials(table: str, column: str, column_type: str,
                                                                 siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the web session a person's row keeps as text (OpenPNE's admins and pending sign-ups, phpBB's forum access)
    ("c_admin_user", "sess_id", "varchar(32)", "c_admin_user_id username password sess_id",
     "user.authorization.credentials"),
    ("c_member_pre", "session", "varchar(255)", "c_member_pre_id nickname pc_address session",
     "user.authorization.credentials"),
    ("c_member_pre", "ktai_session", "varchar(255)", "c_member_pre_id nickname session ktai_session",
     "user.authorization.credentials"),
    ("phpbb_forums_access", "session_id", "char(32)", "forum_id user_id session_id", "user.authorization.credentials"),
    # ... not a key to a row of sessions, a session of something else, nor an encryption key's session
    ("refresh_tokens", "session_id", "uuid", "id token user_id session_id", None),
    ("distribution_contact", "survey_session_id", "varchar(100)", "contact_id email survey_session_id", None),
    ("e2e_room_keys", "session_id", "text", "user_id room_id session_id session_data", None),
    ("products", "session_id", "varchar(32)", "id sku price session_id", None),
])
def test_the_session_a_persons_row_keeps_is_a_credential(table: str, column: str, column_type: str,
                                                           siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a condition named in a person's row, in English or as i-Educar's students' medical record
    # (`ficha_medica_aluno`) names it in Portuguese, is health data
    ("students", "diabetic", "char(1)", "special.health"),
    ("students", "asthma", "varchar(100)", "special.health"),
    ("ficha_medica_aluno", "epiletico", "char(1)", "special.health"),
    ("ficha_medica_aluno", "fumante", "char(1)", "special.health"),
    ("students", "weight", "decimal(5,2)", "special.health"),
    ("ficha_medica_aluno", "altura", "varchar(4)", "special.health"),
    # a disease named inside a longer name is health data in a person's medical record, a guess elsewhere
    ("ficha_medica_aluno", "doenca_caxumba", "char(1)", "special.health"),
    ("ficha_medica_aluno", "desc_doenca_outras", "varchar(100)", "special.health"),
    # Portuguese, Spanish and Italian `medico` (medical): a medical treatment or follow-up in the record
    ("ficha_medica_aluno", "tratamento_medico", "char(1)", "special.health"),
    ("ficha_medica_aluno", "desc_acomp_medico_psicologico", "varchar(100)", "special.health"),
    # a fracture or a trauma named inside a longer name: a school health form's question (`fratura_trauma`)
    ("ficha_medica_aluno", "fratura_trauma", "char(1)", "special.health"),
    ("ficha_medica_aluno", "desc_fratura_trauma", "varchar(100)", "special.health"),
    ("student_health_form", "fracture_or_trauma_details", "varchar(200)", "special.health"),
    # a table of a person's heights and weights over time (a pupil's growth record) is a record of their body
    ("aluno_historico_altura_peso", "peso", "numeric(12,2)", "special.health"),
    ("height_weight", "height", "integer", "special.health"),
    ("products", "weight", "decimal(5,2)", None),
    ("products", "height", "decimal(5,2)", None),
    # a voter's weight is how many votes they carry (LiquidFeedback's delegated votes), not their body's
    ("direct_voter", "weight", "int4", None),
    ("delegating_voter", "weight", "int4", None),
])
def test_conditions_and_body_measurements_of_a_person_are_health_data(table: str, column: str, column_type: str,
                                                                      key: str | None) -> None:
    assert generic(table, column, column_type, "id ref_cod_aluno student_id first_name") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a workplace's daily screening keyed to the employee, OpenSID's monitoring of a COVID-19 returnee
    # (keyed to the returnee's row) in Indonesian: each reading is the person's health
    ("daily_health_checks", "cough", "boolean", "id employee_id checked_on fever sore_throat", "special.health"),
    ("daily_health_checks", "sore_throat", "varchar(5)", "id employee_id checked_on fever cough", "special.health"),
    ("covid19_pantau", "sesak_nafas", "varchar(20)", "id id_pemudik tanggal_jam suhu_tubuh batuk", "special.health"),
    ("covid19_pantau", "keluhan_lain", "varchar(255)", "id id_pemudik tanggal_jam suhu_tubuh batuk", "special.health"),
    # a list of the symptoms a form offers, keyed to nobody, holds nobody's health
    ("symptoms", "cough", "varchar(20)", "id code label", None),
    ("gejala", "sakit_kepala", "varchar(20)", "id kode nama", None),
])
def test_the_readings_of_a_persons_health_screening_are_health_data(table: str, column: str, column_type: str,
                                                                     siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a list of a kind's codes, keyed to nothing: the BRP's table of nationalities, a list of genders or religions
    ("lo3_nationaliteit", "nationaliteit_code", "nationaliteit_code nationaliteit_oms tabel_regel_start_datum", None),
    ("genders", "gender_code", "gender_code gender_description", None),
    ("religions", "religion_code", "religion_code description", None),
    # a person's record of the kind holds a key to another row; a person's own row holds their code
    ("personal_information_ethnicity", "ethnicity_code", "id country_personal_information_id ethnicity_code",
     "special.ethnic_origin"),
    ("employees", "gender_code", "id first_name last_name gender_code", "user.demographic.gender"),
])
def test_the_codes_of_a_list_of_a_kinds_values_are_nobodys(table: str, column: str, siblings: str,
                                                          key: str | None) -> None:
    assert generic(table, column, "varchar(4)", siblings) == key


def test_a_disease_named_inside_a_name_outside_a_medical_record_stays_a_guess() -> None:
    """Outside a person's medical record, `doenca_caxumba` is a suggestion, not a classification."""
    assert generic("campanhas", "doenca_caxumba", "char(1)", "id nome inicio") is None
    assert generic("campanhas", "tratamento_medico", "char(1)", "id nome inicio") is None
    assert generic("hospitals", "trauma_center_level", "varchar(20)", "id name city") is None
    assert generic("shipments", "weight", "decimal(8,2)", "id customer_id carrier") is None


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # OrangeHRM's passports and licences, Gibbon's personal documents
    ("hs_hr_emp_passport", "ep_passportexpiredate", "datetime", "emp_number ep_seqno ep_passport_num", "user.government_id"),
    ("hs_hr_emp_passport", "emp_number", "int(7)", "emp_number ep_seqno ep_passport_num", None),
    ("ohrm_emp_license", "license_no", "varchar(50)", "emp_number license_id license_no", "user.government_id"),
    ("ohrm_emp_license", "license_issued_date", "date", "emp_number license_id license_no", "user.government_id"),
    ("ohrm_emp_license", "license_id", "int", "emp_number license_id license_no", None),
    ("gibbonPersonalDocument", "documentNumber", "varchar(120)", "gibbonPersonalDocumentID documentType", "user.government_id"),
    ("gibbonPersonalDocument", "dateIssue", "date", "gibbonPersonalDocumentID documentType", "user.government_id"),
    # a product's licences are nobody's documents
    ("licenses", "license_no", "varchar(50)", "id product_id seats license_no expires_at", None),
    ("licenses", "expiry_date", "date", "id product_id seats license_no expiry_date", None),
    # a table of documents whose columns name identity documents (i-Educar's cadastro.documento): the
    # number named first, as Portuguese and Spanish write it, and the date of issue in their words
    ("cadastro.documento", "num_termo", "numeric(8,0)", "idpes rg passaporte num_livro", "user.government_id"),
    ("cadastro.documento", "data_emissao_cert_civil", "date", "idpes rg passaporte", "user.government_id"),
    ("documentos", "fecha_expedicion", "date", "id persona_id dni pasaporte", "user.government_id"),
    ("cadastro.documento", "num_termo", "numeric(8,0)", "idpes rg num_livro", None),  # one document: not enough
    # a table of files, or of invoices with the parties' tax IDs, is no table of identity documents
    ("documents", "num_pages", "integer", "id title file_path num_pages", None),
    ("documents", "number", "varchar(50)", "id tax_id recipient_tax_id number cdate", None),
    ("documents", "issue_date", "date", "id tax_id vat_number number", None),
])
def test_the_number_and_dates_of_a_persons_identity_document(table: str, column: str, column_type: str,
                                                              siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_who_issued_a_persons_identity_document_and_its_series_are_theirs(tmp_path: Path) -> None:
    """i-Educar's documents, keyed to the person by the key `pessoa` is known by: who and where issued
    each document and its series, zone and section, named with the document beside its number or date
    of issue, are the person's; the document's kind and the row's bookkeeping name no document. An
    invoice's series beside its number is nobody's document."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE pessoa (idpes numeric(8,0), nome varchar(150), email varchar(100));
        CREATE TABLE documento (idpes numeric(8,0), rg varchar(25), data_exp_rg date, sigla_uf_exp_rg char(2),
            tipo_cert_civil numeric(2,0), num_termo numeric(8,0), data_emissao_cert_civil date,
            cartorio_cert_civil varchar(200), num_tit_eleitor numeric(13,0), zona_tit_eleitor numeric(4,0),
            passaporte varchar(20), idpes_cad numeric(8,0), data_cad timestamp, origem_gravacao char(1));
        CREATE TABLE nota_fiscal (id integer, numero_nota varchar(20), serie_nota varchar(5), data_emissao_nota date);
        """, {"dialect": "postgres"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    documento = catalog.table("documento").columns
    particulars = ("sigla_uf_exp_rg", "cartorio_cert_civil", "zona_tit_eleitor")
    assert {column: documento[column] for column in particulars} == dict.fromkeys(particulars, "user")
    bookkeeping = ("tipo_cert_civil", "idpes_cad", "data_cad", "origem_gravacao")
    assert {column: documento[column] for column in bookkeeping} == dict.fromkeys(bookkeeping)
    assert catalog.table("nota_fiscal").columns["serie_nota"] is None


@pytest.mark.parametrize(("table", "column", "key"), [
    # LMS names its tables run together: what a table holds is the noun it ends with
    ("rtmessages", "body", "user.content"),
    ("rttickets", "subject", "user.content"),
    ("customernotes", "message", "user.content"),
    # an ending that only looks like a noun is no head: `ethnicity` is not about a city
    ("personal_information_ethnicity", "ethnicity_code", "special.ethnic_origin"),
])
def test_a_run_together_table_name_keeps_the_noun_it_ends_with(table: str, column: str, key: str) -> None:
    assert generic(table, column, "text", "id customerid userid createtime") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # Marketo's changes to a lead's fields, Imakante's log of an employee's salary
    ("activity_change_data_value", "new_value", "id lead_id user_id activity_date old_value", "user"),
    ("log_ls_salary", "old_val", "id id_rab id_user new_val date_change", "user"),
    # the settings of a thing, changed, are nobody's
    ("config_history", "new_value", "id setting_name old_value changed_at", None),
])
def test_the_old_and_new_values_of_a_change_to_a_persons_data(table: str, column: str, siblings: str,
                                                              key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("column", "key"), [
    ("pwd_history1", "user.authorization.credentials"),   # OpenEMR: earlier passwords, kept
    ("pass_temp", "user.authorization.credentials"),      # Dolibarr: a temporary password
    ("mothersname", "user.name"),                         # OpenEMR: the mother's name, run together
    ("guardiansname", "user.name"),
    ("iplastlogin", "user.device.ip_address"),            # Dolibarr: the address of the last login
    ("ip_logado", "user.device.ip_address"),              # i-Educar: the address logged in from
    ("email_subject", None),                              # an e-mail's subject, not an address
    ("status_history", None),
])
def test_qualifiers_possessives_and_occasions_around_a_term(column: str, key: str | None) -> None:
    assert generic("users", column, "varchar(255)", "id login firstname lastname email") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    ("customer", "id_gender", "int(10) unsigned", "user.demographic.gender"),   # PrestaShop: a key named first
    ("customer", "id_country", "int(10) unsigned", None),                        # a key to a list of places
    ("aluno", "ref_cod_religiao", "integer", "special.religious_beliefs"),      # i-Educar: a reference to a code
    ("customer", "ref_religion", "integer", "special.religious_beliefs"),
    ("customer", "ref_cod_cidade", "integer", None),                            # a key to a list of places
    ("orders", "cod_amount", "integer", None),                                  # cash on delivery
    ("guest", "screen_resolution_x", "smallint(5) unsigned", "user.device"),     # PrestaShop's visitors
    ("guest", "accept_language", "varchar(8)", "user.device"),
    ("products", "screen_resolution", "varchar(20)", None),                      # a monitor's, for sale
])
def test_a_key_named_first_into_a_list_of_values_and_a_visitors_browser(table: str, column: str, column_type: str,
                                                                       key: str | None) -> None:
    assert generic(table, column, column_type, "id_customer id_guest firstname email") == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Dolibarr's bank details of users and third parties (`llx_user_rib`: a RIB)
    ("llx_user_rib", "iban_prefix", "user.financial.bank_account"),
    ("llx_user_rib", "bic", "user.financial.bank_account"),
    ("llx_user_rib", "proprio", "user.name"),
    ("llx_user_rib", "label", None),
    ("invoices", "number", None),          # an invoice's number is nobody's account, next to a bank code too
])
def test_the_account_number_bank_code_and_holder_of_a_persons_bank_details(table: str, column: str,
                                                                          key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "rowid fk_user iban_prefix code_banque") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    ("patients", "had_tonsillectomy", "boolean", "special.health"),
    ("patients", "arthritis", "varchar(10)", "special.health"),
    ("patients", "appendectomy_date", "date", "special.health"),
    ("products", "endoscopy", "varchar(10)", None),          # a device for sale: nobody's
    # a surgery named in plain words: the part of the body and what was done to it
    ("patients", "hip_replacement", "date", "special.health"),
    ("patients", "had_coronary_bypass", "boolean", "special.health"),
    ("patients", "aortic_valve_replacement_date", "date", "special.health"),
    ("patients", "card_replacement", "date", None),          # a new card sent: nobody's body
    ("products", "knee_replacement", "varchar(10)", None),   # an implant for sale
])
def test_a_procedure_or_inflammation_medicine_names_is_health_data(table: str, column: str, column_type: str,
                                                                   key: str | None) -> None:
    assert generic(table, column, column_type, "id patient_id first_name") == key


def test_the_dates_of_operations_in_a_patients_history_are_health_data(tmp_path: Path) -> None:
    """OpenEMR's `history_data`, keyed to the patient by `pid`, keeps the date of each operation."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patient_data (id bigint, pid bigint, fname varchar(255), lname varchar(255), DOB date);
        CREATE TABLE history_data (id bigint, pid bigint, date datetime, appendectomy datetime,
            cholecystestomy datetime, heart_surgery datetime);
        """, {"dialect": "mysql"})
    history = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("history_data").columns
    assert history == {"id": None, "pid": None, "date": None, "appendectomy": "special.health",
                       "cholecystestomy": "special.health", "heart_surgery": "special.health"}


def test_the_vaccine_an_immunization_record_gives_is_health_data_and_a_key_to_the_record_is_not(tmp_path: Path) -> None:
    """OpenEMR's `immunizations.immunization_id` beside the row's own `id` names the immunization given (a key
    into the list of vaccines, as MIMIC's `itemid`); a reaction's `immunization_id` numbers the record it is about."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE patient_data (id bigint, pid bigint, fname varchar(255), lname varchar(255), DOB date);
        CREATE TABLE immunizations (id bigint, patient_id int, administered_date date, immunization_id int,
            manufacturer varchar(100));
        CREATE TABLE immunization_reactions (id bigint, immunization_id bigint, reported_date date);
        """, {"dialect": "mysql"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert catalog.table("immunizations").columns["immunization_id"] == "special.health"
    assert catalog.table("immunization_reactions").columns["immunization_id"] is None


@pytest.mark.parametrize(("column", "key"), [
    # more of what a person's row says about them, as English schemas name it
    ("education_level", "user"),
    ("eye_color", "user"),
    ("household_size", "user"),
    ("homeless", "user"),
    ("credit_score", "user.financial"),
    ("arrest_record", "user.criminal_history"),
    ("pager", "user.contact.phone_number"),
    ("last_known_location", "user.location"),
    ("augenfarbe", "user"),                 # German
    # a pupil's school before and after this one, and their locker (Gibbon's `lastSchool`, `lockerNumber`)
    ("lastSchool", "user"),
    ("next_school", "user"),
    ("lockerNumber", "user"),
    ("escola_origem", "user"),              # Portuguese (Brazil): the school of origin
    ("asal_sekolah", "user"),               # Indonesian
])
def test_schooling_looks_household_credit_and_arrests_of_a_person(column: str, key: str) -> None:
    assert generic("customers", column, "varchar(255)", "id first_name last_name email birth_date") == key


_SERVIDOR = ("cod_servidor ref_cod_instituicao carga_horaria situacao_curso_superior_1 codigo_curso_superior_1 "
             "ano_inicio_curso_superior_1 instituicao_curso_superior_1 pos_graduacao curso_formacao_continuada "
             "tipo_ensino_medio_cursado")


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a teacher's degree courses as Brazil's school census asks for them (i-Educar's `servidor`): the columns
    # about two levels of education say the rows are people, each level with its status, code or institution
    # is the person's schooling
    ("servidor", "situacao_curso_superior_1", "smallint", _SERVIDOR, "user"),
    ("servidor", "instituicao_curso_superior_1", "smallint", _SERVIDOR, "user"),
    ("servidor", "pos_graduacao", "integer[]", _SERVIDOR, "user"),
    ("servidor", "tipo_ensino_medio_cursado", "int4", _SERVIDOR, "user"),
    ("staff", "postgraduate", "varchar(100)", "id first_name last_name email", "user"),
    # ... its years are not, nor the rest of a row that names one level only, or a job's requirements
    ("servidor", "ano_inicio_curso_superior_1", "numeric(4,0)", _SERVIDOR, None),
    ("servidor", "carga_horaria", "double precision", _SERVIDOR, None),
    ("servidor", "situacao_curso_superior_1", "smallint", "cod_servidor ip hostname situacao_curso_superior_1", None),
    ("vagas", "nome", "varchar(100)", "id nome exige_curso_superior exige_pos_graduacao salario", None),
    # a course catalogue is a table of things: its levels are the courses', nobody's
    ("cursos", "pos_graduacao", "boolean", "id nome ensino_medio pos_graduacao", None),
    # in a record of a person's education, where and what they studied (OrangeHRM, Frappe HR's Employee Education)
    ("ohrm_emp_education", "institute", "varchar(100)", "id emp_number education_id institute major year score",
     "user"),
    ("ohrm_emp_education", "major", "varchar(100)", "id emp_number education_id institute major year score", "user"),
    ("employee_education", "school_univ", "text", "name parent qualification level year_of_passing class_per",
     "user"),
    # ... not a school's own institute, nor an education record's year
    ("departments", "institute", "varchar(100)", "id name head_id", None),
    ("ohrm_emp_education", "year", "decimal(4,0)", "id emp_number education_id institute major year score", None),
])
def test_the_levels_of_education_a_person_reached_are_their_schooling(table: str, column: str, column_type: str,
                                                                      siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_a_degree_outside_a_table_of_people_is_nobodys() -> None:
    assert generic("courses", "degree", "varchar(255)", "id title credits") is None
    assert generic("weather", "degree", "numeric", "id station_id observed_at") is None
    assert generic("bus_routes", "next_school", "varchar(100)", "id route_no driver_id") is None
    assert generic("gym_areas", "locker", "varchar(20)", "id name floor") is None


_GIBBON_CONDITION = ("attachment comment gibbonAlertLevelID gibbonPersonMedicalConditionID gibbonPersonMedicalID "
                     "lastEpisode lastEpisodeTreatment medication name reaction response triggers")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # Gibbon's medical conditions of a person (and the updates waiting for approval), Synthea's allergies
    ("gibbonPersonMedicalCondition", "name", _GIBBON_CONDITION, "special.health"),
    ("gibbonPersonMedicalConditionUpdate", "triggers", _GIBBON_CONDITION, "special.health"),
    ("allergies", "category", "start stop patient encounter code description type", "special.health"),
    # the kinds of condition a school lists, keyed to nobody, are a vocabulary
    ("condition_types", "name", "id sequence active", None),
])
def test_the_name_and_kind_of_a_persons_condition_are_health_data(table: str, column: str, siblings: str,
                                                                 key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Twilio's calls (as Fivetran lands them), LMS's VoIP call records
    ("call", "FROM", "user.contact.phone_number"),
    ("call", "to_formatted", "user.contact.phone_number"),
    ("voip_cdr", "callee", "user.contact.phone_number"),
    ("voip_cdr", "caller_flags", None),
    ("redirects", "from", None),         # a web redirect's source path
    # a SIP server's calls (Kamailio's `dialog`): the parties' addresses and their devices' contacts
    ("dialog", "from_uri", "user.account.username"),
    ("dialog", "to_uri", "user.account.username"),
    ("dialog", "callee_contact", "user.device"),
    ("redirects", "from_uri", None),
])
def test_who_called_whom_in_a_table_of_calls(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "id account_id duration start_time") == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Gammu's SMS daemon tables (used by Kalkun, OpenSID ...), an SMS log
    ("inbox", "SenderNumber", "user.contact.phone_number"),
    ("outbox", "DestinationNumber", "user.contact.phone_number"),
    ("sms_log", "recipient_no", "user.contact.phone_number"),
    ("inbox", "from", None),             # a mail inbox's sender may be an e-mail address: no number named
    ("orders", "sender_number", None),   # not a store of text messages
])
def test_who_texted_whom_in_a_store_of_text_messages(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(40)", "ID UpdatedInDB TextDecoded Status") == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Greenhouse's and Lever's interviews: where they take place is a room, not the candidate's whereabouts
    ("scheduled_interview", "location", None),
    ("interview", "location", None),
])
def test_where_an_interview_takes_place_is_nobodys_location(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "text", "id candidate_id interviewer_id start end") == key
    # `candidates` is a table of people, not a flag `can` and `dates` (`di` is an Italian connector)
    assert generic("candidates", "location", "text", "id first_name last_name email") == "user.location"


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # FacturaScripts stamps every row with the login of who wrote it and who last changed it
    ("albaranescli", "nick", "varchar(50)", "user.account.username"),
    ("ciudades", "last_nick", "varchar(50)", "user.account.username"),
    ("ciudades", "last_nick", "int", None),       # as a number: a key
])
def test_the_login_of_who_wrote_or_last_changed_a_row(table: str, column: str, column_type: str,
                                                      key: str | None) -> None:
    assert generic(table, column, column_type, "idciudad ciudad codeid last_update") == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Kanboard's remember-me logins, Spring Security's persistent_logins (series, token)
    ("remember_me", "sequence", "user.authorization.credentials"),
    ("persistent_logins", "series", "user.authorization.credentials"),
    ("invoices", "sequence", None),
])
def test_a_remembered_logins_series_is_a_credential(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "id user_id token expiration") == key


@pytest.mark.parametrize(("column", "key"), [
    # Dolibarr's and WordPress's users
    ("job", "user"),
    ("socialnetworks", "user"),
    ("googleplus", "user.account.username"),
    ("openid", "user"),
    ("user_url", "user"),
    ("referrer_url", None),                     # a page the person came from is no site of theirs
])
def test_a_persons_job_networks_accounts_and_sites(column: str, key: str | None) -> None:
    assert generic("users", column, "varchar(255)", "id login lastname firstname email") == key


@pytest.mark.parametrize("column", ["card_fingerprint", "source_fingerprint", "address_line1_check", "address_zip_check"])
def test_a_cards_fingerprint_and_an_address_check_are_not_even_suggestions(column: str) -> None:
    """Stripe's `source_fingerprint` hashes a card and `address_zip_check` says whether the ZIP
    matched: no biometric and no address, not even as a guess for a person to review."""
    charge = ["id", "customer_id", "amount", column]
    assert infer("charge", column, "varchar", [pack("gdpr-baseline")], charge) is None


@pytest.mark.parametrize(("table", "column", "key"), [
    # OpenStreetMap's `acls` (network ranges with their rules), a firewall's rules: infrastructure
    ("acls", "address", None),
    ("firewall_rules", "source_ip", None),
    # a list of blocked addresses is of the people blocked
    ("ip_blocks", "address", "user.device.ip_address"),
])
def test_network_ranges_of_access_rules_are_nobodys_addresses(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "inet", "id k v domain") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a library's branches (org units) and their addresses, a company's and a store's addresses
    ("org_unit", "email", "text", None),
    ("org_units", "phone", "text", None),
    ("org_address", "street1", "text", None),
    ("company_addresses", "city", "text", None),
    ("store_address", "post_code", "text", None),
    # a person's addresses stay theirs
    ("customer_address", "street1", "text", "user.contact.address"),
    ("user_addresses", "city", "text", "user.contact.address.city"),
])
def test_the_addresses_and_contact_details_of_an_organisations_units_are_nobodys(
        table: str, column: str, column_type: str, key: str | None) -> None:
    siblings = "id parent_id address_type street1 city post_code country email phone"
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("column", "column_type", "key"), [
    # `users.mailing_address int`: a key to a row of the address book, not the address
    ("mailing_address", "int", None),
    ("billing_address", "integer", None),
    ("home_address", "bigint", None),
    ("mailing_address", "text", "user.contact.address"),
    ("house_number", "int", "user.contact.address"),
    # openIMIS' `tblInsuree.CurrentVillage int`: a key into a list of places, as `city_id`; as text the place
    ("current_village", "int", None),
    ("city", "integer", None),
    ("city", "varchar(60)", "user.contact.address.city"),
    ("current_village", "nvarchar(50)", "user.contact.address.city"),
])
def test_an_address_named_whole_and_stored_as_a_whole_number_is_a_key(column: str, column_type: str,
                                                                       key: str | None) -> None:
    assert generic("users", column, column_type, "id first_name last_name email") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # Indian English's "email id" is the address: openIMIS' `tblUsers.EmailId`, ERPNext's contacts' `email_id`
    ("tblUsers", "EmailId", "nvarchar(200)", "UserID LastName OtherNames Phone LoginName EmailId",
     "user.contact.email"),
    ("contact", "email_id", "varchar(140)", "name first_name last_name email_id mobile_no", "user.contact.email"),
    # a key to an e-mail sent, in a table of its recipients, or a number, is no address
    ("email_recipients", "email_id", "varchar(24)", "id email_id member_uuid member_email member_name", None),
    ("users", "email_id", "int", "id first_name last_name email_id", None),
    ("campaigns", "email_id", "varchar(36)", "id name email_id sent_at", None),
])
def test_an_email_id_kept_as_text_in_a_persons_row_is_the_address(table: str, column: str, column_type: str,
                                                                    siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # an insurance's insurees (openIMIS' `tblInsuree`), as its insured and policyholders: people
    ("tblInsuree", "Marital", "char(1)", "user"),
    ("tblInsuree", "Education", "smallint", "user"),
    ("tblInsuree", "Relationship", "smallint", "user"),
    ("tblInsuree", "OtherNames", "nvarchar(100)", "user.name"),
    ("tblInsuree", "InsureeID", "int", None),
    ("tblInsureePolicy", "EffectiveDate", "date", None),
])
def test_an_insurances_insurees_are_people(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "InsureeID FamilyID CHFID LastName OtherNames DOB Gender") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a library's patrons (Evergreen's `actor.usr`, Koha's `borrowers`), its `usr` short for user
    ("usr", "usrname", "text", "user.account.username"),
    ("usr", "first_given_name", "text", "user.name"),
    ("usr", "suffix", "text", "user.name"),
    ("patrons", "prefix", "text", "user.name"),
    ("patrons", "pref_suffix", "text", "user.name"),
    ("patrons", "pref_first_given_name", "text", "user.name"),
    ("patrons", "day_phone", "text", "user.contact.phone_number"),
    ("patrons", "daytime_phone", "varchar(30)", "user.contact.phone_number"),
    ("usr", "guardian", "text", "user.name"),
    ("patrons", "mother", "varchar(80)", "user.name"),
    ("usr", "guardian", "int", None),           # a key to the guardian's own row
    ("usr", "profile", "int", None),            # a key to the patron's profile (a group)
    ("usr", "profile", "text", "user"),
    ("customer", "invoice_prefix", "text", None),  # what a customer's invoice numbers start with
    # a patron's notes in a table of their curbside pickups
    ("curbside", "notes", "text", "user.content"),
])
def test_a_librarys_patrons_and_their_names(table: str, column: str, column_type: str, key: str | None) -> None:
    siblings = ("id patron org slot arrival" if table == "curbside" else "id name email" if table == "customer"
                else "id card profile first_given_name family_name email dob")
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a core-banking system's clients (Apache Fineract's `m_client`, Mifos): a code value is the data
    ("m_client", "gender_cv_id", "int", "id firstname lastname account_no", "user.demographic.gender"),
    ("m_client", "client_type_cv_id", "int", "id firstname lastname account_no", None),
    # a payment's bank details: the payer's account
    ("m_payment_detail", "account_number", "varchar(100)", "id payment_type_id receipt_number", "user.financial.bank_account"),
    ("m_payment_detail", "routing_code", "varchar(100)", "id payment_type_id receipt_number", "user.financial.bank_account"),
    ("m_payment_detail", "bank_number", "varchar(100)", "id payment_type_id receipt_number", "user.financial.bank_account"),
    ("m_payment_detail", "check_number", "varchar(100)", "id payment_type_id receipt_number", "user.financial"),
    ("m_payment_detail", "receipt_number", "varchar(100)", "id payment_type_id account_number", None),
])
def test_a_banks_clients_coded_values_and_the_bank_details_of_their_payments(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # Spring Security OAuth's token store (JdbcTokenStore): a token's id is its digest, and the
    # serialised authentication kept with it logs its holder in
    ("oauth_access_token", "token_id", "varchar(256)", "user.authorization.credentials"),
    ("oauth_refresh_token", "authentication", "blob", "user.authorization.credentials"),
    ("oauth_access_token", "token_id", "bigint", None),
    ("oauth_access_token", "authentication_id", "varchar(256)", None),
    ("api_calls", "token_id", "varchar(256)", None),
])
def test_a_stored_tokens_digest_and_serialised_authentication_are_credentials(
        table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "token_id token authentication_id user_name client_id") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a SIP server's parties (Kamailio, OpenSIPS): the user part of their addresses is their login
    ("active_watchers", "from_user", "varchar(64)", "user.account.username"),
    ("active_watchers", "to_user", "varchar(64)", "user.account.username"),
    ("sip_trace", "traced_user", "varchar(255)", "user.account.username"),
    ("uacreg", "contact_user", "varchar(255)", "user.account.username"),
    ("active_watchers", "from_user", "int", None),        # a key to the user's row
    ("active_watchers", "max_user", "varchar(64)", None),
])
def test_a_user_named_by_its_part_in_an_exchange_as_text_is_a_login(table: str, column: str, column_type: str,
                                                                     key: str | None) -> None:
    assert generic(table, column, column_type, "id callid from_tag to_tag expires") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a person's settings and preferences kept as name and value (Evergreen's `actor.usr_setting`,
    # Kamailio's `usr_preferences`): the default SMS number or a call-forwarding target among them
    ("usr_setting", "value", "id usr name value", "user"),
    ("user_preferences", "value", "id user_id attribute type value", "user"),
    # the facts a workflow engine's identity service keeps about a user, as key and value (ACT_ID_INFO)
    ("ACT_ID_INFO", "VALUE_", "ID_ USER_ID_ TYPE_ KEY_ VALUE_ PASSWORD_ PARENT_ID_", "user"),
    # a registration's attributes (Kamailio's `location_attrs`: aname, atype, avalue)
    ("location_attrs", "avalue", "id ruid username domain aname atype avalue", "user"),
    # the application's own settings are nobody's
    ("settings", "value", "id key value group", None),
    ("site_settings", "value", "id name value", None),
    ("server_info", "value", "id key value", None),
    # settings keyed to a member but named for nothing else, for a thing or a relation (LiquidFeedback's
    # `setting`, `unit_setting`, `member_relation_setting`): how the application behaves for them
    ("setting", "value", "member_id key value", None),
    ("unit_setting", "value", "member_id key unit_id value", None),
    ("member_relation_setting", "value", "member_id key other_member_id value", None),
])
def test_the_values_of_a_persons_settings_kept_as_name_and_value(table: str, column: str, siblings: str,
                                                                 key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a subscriber's billing info (Recurly, Chargebee, as Fivetran lands them): the card's parts
    # flattened under its payment method, and the subscriber's VAT number
    ("billing_info_history", "payment_method_card_type", "varchar", "user.financial.credit_card"),
    ("billing_info_history", "payment_method_first_six", "varchar", "user.financial.credit_card"),
    ("billing_info_history", "payment_method_last_four", "varchar", "user.financial.credit_card"),
    ("billing_info_history", "payment_method_exp_month", "int", "user.financial.credit_card"),
    ("billing_info_history", "card_exp_year", "int", "user.financial.credit_card"),
    ("billing_info_history", "vat_number", "varchar", "user.government_id.tax_id"),
    ("billing_info_history", "payment_method_object", "varchar", None),
    ("billing_info_history", "payment_method_gateway_code", "varchar", None),
    # a plan's or a company's VAT number is nobody's
    ("plans", "vat_number", "varchar", None),
])
def test_a_cards_parts_flattened_under_its_payment_method_and_a_subscribers_vat_number(
        table: str, column: str, column_type: str, key: str | None) -> None:
    siblings = "id account_id first_name last_name company city postal_code country updated_at"
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # in a table of a person's bank details, the French RIB's branch code (code guichet) is a part of the
    # account, as the bank code (code banque) is (Dolibarr's `llx_user_rib`)
    ("llx_user_rib", "code_guichet", "user.financial.bank_account"),
    ("llx_user_rib", "code_banque", "user.financial.bank_account"),
    # ... while a code of a person's row is no bank's
    ("llx_user", "code_guichet", None),
])
def test_a_branch_code_of_bank_details(table: str, column: str, key: str | None) -> None:
    siblings = "rowid fk_user bank code_banque code_guichet number cle_rib bic iban_prefix proprio" \
        if table.endswith("_rib") else "rowid login lastname firstname email"
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a card's verification number under its other name (CVN: CyberSource, Dolibarr's `llx_societe_rib.cvn`) is the
    # card's, and beside it the card's last four digits, type and the month and year of its expiry date
    ("llx_societe_rib", "cvn", "varchar(255)", "user.financial.credit_card"),
    ("llx_societe_rib", "last_four", "varchar(4)", "user.financial.credit_card"),
    ("llx_societe_rib", "exp_date_month", "integer", "user.financial.credit_card"),
    ("llx_societe_rib", "exp_date_year", "integer", "user.financial.credit_card"),
    # ... while a payment mode's label and its bank's name are nobody's
    ("llx_societe_rib", "label", "varchar(200)", None),
])
def test_a_card_verification_number_makes_a_row_a_card(table: str, column: str, column_type: str, key: str | None) -> None:
    siblings = "rowid fk_soc type label bank number bic proprio last_four card_type cvn exp_date_month exp_date_year"
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # what a table linked to people keeps: a stored offline message (Kamailio's `silo`), a presence
    # document, a note about a person
    ("silo", "body", "id src_addr dst_addr username domain inc_time ctype body", "user.content"),
    ("onotes", "body", "id date user groupname activity body", "user.content"),
    # a template's body is what the organisation sends everyone
    ("email_templates", "body", "id name subject body", None),
])
def test_the_body_of_what_a_table_linked_to_people_keeps(table: str, column: str, siblings: str,
                                                         key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a library system's patrons (Evergreen, Koha): their passwords' salts, the number of the ID
    # shown at registration, whether they are minors, their library card's barcode
    ("passwd", "salt", "text", "id usr salt passwd passwd_type create_date", "user.authorization.credentials"),
    ("patrons", "ident_value", "text", "id ident_type ident_value first_given_name family_name", "user.government_id"),
    ("patrons", "identification_number", "varchar(40)", "id first_name last_name", "user.government_id"),
    ("patrons", "juvenile", "boolean", "id first_given_name family_name dob", "user.demographic.age"),
    ("patrons", "is_minor", "boolean", "id first_given_name family_name dob", "user.demographic.age"),
    ("books", "juvenile", "boolean", "id title isbn", None),      # a book for young readers
    ("library_card", "barcode", "text", "id usr barcode active", "user"),
    ("items", "barcode", "text", "id title call_number barcode", None),
    # the patron's holds: the note written when one is cancelled, the phone to call when it is ready
    ("hold_request", "cancel_note", "text", "id usr target request_time pickup_lib", "user.content"),
    ("hold_request", "phone_notify", "text", "id usr target request_time pickup_lib", "user.contact.phone_number"),
    # what a patron searched for and saved
    ("usr_saved_search", "query_text", "text", "id owner name create_date query_type target", "user.content"),
    ("usr_saved_search", "name", "text", "id owner name create_date query_text target", "user.content"),
])
def test_a_library_patrons_secrets_identity_age_card_holds_and_searches(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # HTTP digest authentication's HA1 (an MD5 of user, realm and password) logs in as the password
    # does: SIP servers' subscribers (Kamailio, OpenSIPS) and their remote registrations
    ("subscriber", "ha1", "user.authorization.credentials"),
    ("subscriber", "ha1b", "user.authorization.credentials"),
    ("uacreg", "auth_ha1", "user.authorization.credentials"),
    ("subscriber", "ha1_sha256", "user.authorization.credentials"),
    ("fields", "ha", None),                # hectares
])
def test_an_http_digests_ha1_is_a_credential(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(128)", "id username domain password email_address") == key


@pytest.mark.parametrize(("column", "key"), [
    # an address's part named by two words for it, either of which applies (Fineract's `m_address`)
    ("county_district", "user.contact.address"),
    ("town_village", "user.contact.address.city"),
    ("city_town", "user.contact.address.city"),
    ("town_county", None),         # two different parts: neither
])
def test_an_address_part_named_by_two_words_for_it(column: str, key: str | None) -> None:
    siblings = "id street address_line_1 city state_province_cv_id postal_code latitude longitude"
    assert generic("address", column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # the messages a bank sends its clients, queued one way (Fineract's `sms_messages_outbound`)
    ("sms_messages_outbound", "message", "user.content"),
    ("messages_inbound", "message", "user.content"),
    ("webhooks_outbound", "message", None),
])
def test_the_outbound_or_inbound_copies_of_messages_are_messages(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(1000)", "id client_id staff_id mobile_no status_enum") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the accounts of a SIP or XMPP service, a user name beside its domain: a URI there is an
    # account's address (sip:alice@example.org), a user part the account's handle
    ("watchers", "presentity_uri", "id presentity_uri watcher_username watcher_domain event status", "user.account.username"),
    ("speed_dial", "new_uri", "id username domain sd_username sd_domain new_uri", "user.account.username"),
    ("uri", "uri_user", "id username domain uri_user last_modified", "user.account.username"),
    # a registration's device (Kamailio's and OpenSIPS's `location`): its contact URI and the address it came from
    ("location", "contact", "id ruid username domain contact received path user_agent", "user.device"),
    ("location", "received", "id ruid username domain contact received path user_agent", "user.device.ip_address"),
    ("location", "instance", "id ruid username domain contact received instance", "user.device.device_id"),
    ("presentity", "sender", "id username domain event etag body sender", "user.device"),
    # an application's callback is no account
    ("oauth_clients", "redirect_uri", "id name domain redirect_uri", None),
    ("sites", "uri", "id name domain uri", None),
    ("xcap", "doc_uri", "id username domain doc doc_type etag doc_uri", None),
])
def test_beside_a_user_name_and_its_domain_a_uri_is_an_accounts_address_a_contact_its_device(
        table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("siblings", "key"), [
    # Recurly's accounts: the address has its region, so a bare `state` is the account's (active, closed)
    ("id code state username email account_city account_postal_code account_region", None),
    ("id usr street1 city county state country post_code", "user.contact.address"),
    ("id user_id street city state postal_code", "user.contact.address"),
    ("id email city state postal_code inferred_city inferred_state_region", "user.contact.address"),
])
def test_a_state_beside_the_addresss_own_region_is_the_rows_status(siblings: str, key: str | None) -> None:
    assert generic("account_history", "state", "varchar", siblings) == key


@pytest.mark.parametrize(("column", "key"), [
    # a SIP trace's addresses, run together in lower case (Kamailio's `sip_trace`)
    ("fromip", "user.device.ip_address"),
    ("toip", "user.device.ip_address"),
    ("toto", None),
])
def test_two_short_words_run_together_are_split(column: str, key: str | None) -> None:
    assert generic("sip_trace", column, "varchar(64)", "id time_stamp callid traced_user msg method") == key


@pytest.mark.parametrize(("table", "siblings", "key"), [
    # Kamailio's permissions (`address`: a group's IP with its mask), a VPN's allowed ranges
    ("address", "id grp ip_addr mask port tag", None),
    ("allowed_ranges", "id ip_addr netmask description", None),
    # a person's sign-in address has no mask
    ("logins", "id user_id ip_addr created_at", "user.device.ip_address"),
])
def test_an_ip_beside_its_netmask_is_a_network_range(table: str, siblings: str, key: str | None) -> None:
    assert generic(table, "ip_addr", "varchar(50)", siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # what a payment processor says to the customer or the seller (Recurly, Stripe)
    ("transaction", "customer_message", None),
    ("charge", "outcome_seller_message", None),
    # a payment's note is still what somebody wrote about the payer
    ("payment", "note", "user.content"),
    ("customers", "customer_message", "user.content"),
])
def test_a_payment_processors_message_is_nobodys_text(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", "id account_id customer_id amount status gateway_code") == key


_BILLING = "id pid encounter code_type code modifier units fee justify ndc_info payer_id billed"
_POSTINGS = "pid encounter sequence_no code modifier payer_type post_time post_user memo pay_amount adj_amount"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a record that bills a person's care (named for a bill or a claim, or posting payments and
    # adjustments to an encounter's account): the codes billed are the care, the rest bookkeeping
    ("billing", "code", "varchar(9)", _BILLING, "special.health"),
    ("billing", "modifier", "varchar(5)", _BILLING, "special.health"),
    ("billing", "justify", "varchar(255)", _BILLING, "special.health"),
    ("billing", "ndc_info", "varchar(255)", _BILLING, "special.health"),
    ("billing", "bill_process", "tinyint(2)", _BILLING, None),
    ("billing", "process_file", "varchar(255)", _BILLING, None),
    ("billing", "target", "varchar(30)", _BILLING, None),
    ("claim_lines", "clearinghouse_batch", "varchar(40)", "id patient_id encounter_id diagnosis_code procedure_code", None),
    ("claim_lines", "procedure_code", "varchar(10)", "id patient_id encounter_id diagnosis_code clearinghouse_batch",
     "special.health"),
    ("ar_activity", "adj_amount", "decimal(12,2)", _POSTINGS, None),
    ("ar_activity", "memo", "varchar(255)", _POSTINGS, None),
    ("ar_activity", "sequence_no", "int unsigned", _POSTINGS, None),
    ("ar_activity", "code", "varchar(9)", _POSTINGS, "special.health"),
    ("ar_activity", "modifier", "varchar(5)", _POSTINGS, "special.health"),
    ("form_misc_billing_options", "prior_auth_number", "varchar(20)", "id patient_id encounter user auto_accident lab_amount", None),
    ("form_misc_billing_options", "medicaid_resubmission_code", "varchar(10)", "id patient_id encounter auto_accident lab_amount", None),
    ("form_misc_billing_options", "accident_state", "varchar(2)", "id patient_id encounter auto_accident lab_amount", "special.health"),
    # what staff wrote on a bill, or of the billing, is their note, not the care billed
    ("form_misc_billing_options", "comments", "varchar(255)", "id patient_id encounter auto_accident lab_amount", "user.content"),
    ("drug_sales", "notes", "varchar(255)", "sale_id drug_id patient_id encounter fee billed", "user.content"),
    ("form_encounter", "billing_note", "text", "id pid encounter reason onset_date", "user.content"),
    ("form_encounter", "last_level_billed", "int", "id pid encounter reason onset_date", None),
    ("form_encounter", "reason", "longtext", "id pid encounter onset_date billing_note", "special.health"),
    # ... and a record of care with no bookkeeping columns keeps its values (what was given, how much)
    ("inputevents_mv", "amount", "double precision", "subject_id hadm_id icustay_id itemid rate", "special.health"),
    ("medications", "description", "varchar(1000)", "patient encounter code base_cost payer_coverage", "special.health"),
])
def test_a_record_billing_care_holds_the_codes_billed_and_bookkeeping(table: str, column: str, column_type: str,
                                                                      siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the secrets an application or a web service is given to call another, kept in any table,
    # and the per-customer key that validates a shop's payments
    ("customer", "secure_key", "id_customer email passwd", "user.authorization.credentials"),
    ("oauth_provider_details", "developer_key", "id provider_id client_id", "user.authorization.credentials"),
    ("ws_consumer", "app_token", "app_id app_name enabled", "user.authorization.credentials"),
    ("ws_consumer", "consumer_secret", "app_id consumer_key", "user.authorization.credentials"),
    ("thirdparty", "webservices_key", "rowid name address webservices_url", "user.authorization.credentials"),
    ("payment_mode", "preapproval_key", "rowid fk_soc iban_prefix", "user.authorization.credentials"),
    ("ws_consumer", "app_name", "app_id app_token", None),
])
def test_keys_given_to_applications_are_credentials(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(64)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # rule 7's public keys (WebAuthn, GPG, a password manager's account keys), a software licence's key,
    # ASP.NET Identity's security stamp (AspNetUsers.SecurityStamp) and a one-time access code, in any table
    ("User", "PublicKey", "Id Name Email MasterPassword", "user.authorization.credentials"),
    ("User", "SignedPublicKey", "Id Name Email MasterPassword", "user.authorization.credentials"),
    ("Organization", "LicenseKey", "Id Name BillingEmail Plan", "user.authorization.credentials"),
    ("AspNetUsers", "SecurityStamp", "Id UserName Email PasswordHash ConcurrencyStamp",
     "user.authorization.credentials"),
    ("AuthRequest", "AccessCode", "Id UserId RequestDeviceIdentifier", "user.authorization.credentials"),
    # ... not a stamp that only guards against concurrent edits, nor a licence's kind or a key's type
    ("AspNetUsers", "ConcurrencyStamp", "Id UserName Email PasswordHash SecurityStamp", None),
    ("Organization", "LicenseType", "Id Name BillingEmail Plan", None),
    ("User", "PublicKeyType", "Id Name Email MasterPassword", None),
])
def test_public_keys_licence_keys_and_security_stamps_are_credentials(table: str, column: str, siblings: str,
                                                                       key: str | None) -> None:
    assert generic(table, column, "nvarchar(256)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a person's own key (Bitwarden's User.Key, OrganizationUser.Key), a web service account's key
    ("User", "Key", "nvarchar(max)", "Id Name Email MasterPassword PrivateKey", "user.authorization.credentials"),
    ("OrganizationUser", "Key", "nvarchar(max)", "Id OrganizationId UserId Email Status",
     "user.authorization.credentials"),
    # what a table of credentials keeps as text: IdentityServer's persisted grants' Data, a secret's Value,
    # an API key's encrypted payload
    ("Grant", "Data", "nvarchar(max)", "Id Key Type SubjectId SessionId ClientId", "user.authorization.credentials"),
    ("Secret", "Value", "nvarchar(max)", "Id OrganizationId Key Value Note", "user.authorization.credentials"),
    ("ApiKey", "EncryptedPayload", "nvarchar(4000)", "Id Name ClientSecretHash Scope",
     "user.authorization.credentials"),
    # ... and a key's data in a table of keys (Synapse's cross-signing keys)
    ("signing_keys", "key_data", "text", "id kid algorithm key_data created_at", "user.authorization.credentials"),
    ("e2e_cross_signing_keys", "keydata", "text", "user_id keytype keydata stream_id",
     "user.authorization.credentials"),
    # ... not a key's data outside a table of credentials
    ("map_layers", "keydata", "text", "id name keydata", None),
    # ... a key beside a value names the value (settings, metafields, a secret's name); a grant's type is none
    ("Secret", "Key", "nvarchar(max)", "Id OrganizationId Key Value Note", None),
    ("user_profile", "key", "varchar(64)", "id user_id key value", None),
    # a warehouse's surrogate key named for its person (a dbt model's `visitor_key`) is no credential
    ("members", "visitor_key", "varchar(32)", "member_id visitor_key email first_name", None),
    ("Grant", "Type", "nvarchar(50)", "Id Key Type SubjectId SessionId ClientId", None),
    ("ApiKey", "Payload", "int", "Id Name ClientSecretHash Scope", None),
])
def test_a_persons_key_and_what_a_table_of_credentials_stores_are_credentials(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the identifier a client installation keeps, in a table of a person's devices (Bitwarden's Device)
    ("Device", "Identifier", "Id UserId Name Type Identifier PushToken", "user.device.device_id"),
    ("user_devices", "identifier", "id user_id name identifier last_seen_at", "user.device.device_id"),
    # ... not the identifier of a kind of device, nor a bare identifier elsewhere
    ("device_types", "identifier", "id name identifier", None),
    ("plugins", "identifier", "id user_id name identifier", None),
])
def test_a_devices_identifier_in_a_table_of_devices_is_its_id(table: str, column: str, siblings: str,
                                                               key: str | None) -> None:
    assert generic(table, column, "varchar(50)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # how a person was judged, in a table linked to them: a language's fluency, a skill's competency,
    # an objective's achievement; a score or rating in an appraisal, a review or an education
    ("employee_language", "fluency", "smallint", "emp_number lang_id comments", "user"),
    ("employee_skill", "competency", "smallint", "emp_number skill_id years_of_exp", "user"),
    ("performance_tracker_log", "achievement", "varchar(45)", "id performance_track_id reviewer_id user_id", "user"),
    ("employee_education", "score", "varchar(25)", "id emp_number education_id institute", "user"),
    ("performance_review", "final_rate", "decimal(18,2)", "id employee_number job_title_code due_date", "user"),
    ("appraisal_rating", "rating", "decimal(18,2)", "id employee_id kpi_id review_id", "user"),
    # ... not a customer's rating of what they bought, nor an appraisal's bounds or keys
    ("product_review", "rating", "int", "id customer_id product_id comments", None),
    ("csat_survey_responses", "rating", "int", "id contact_id conversation_id feedback_message", None),
    ("performance_review", "max_rating", "decimal(18,2)", "id employee_number", None),
    ("employee_education", "score_id", "int", "id emp_number education_id", None),
])
def test_how_a_person_was_assessed_is_theirs(table: str, column: str, column_type: str, siblings: str,
                                             key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a person's other numbers, named as the phone beside them is
    ("emergency_contacts", "home_no", "emp_number seqno name relationship mobile_no office_no", "user.contact.phone_number"),
    ("hs_hr_emp_emergency_contacts", "eec_office_no", "emp_number eec_name eec_home_no eec_mobile_no",
     "user.contact.phone_number"),
    ("customers", "work_number", "id name phone_number email", "user.contact.phone_number"),
    # ... alone, a `home_no` may be a house's number, and a phone's is no reason elsewhere
    ("residents", "home_no", "id name street village", None),
    ("customers", "order_no", "id name mobile_no", None),
])
def test_numbers_named_as_a_phone_beside_them_are_phones(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a `_by` that names how rows are grouped, ordered, sorted or split (getlago/lago-api's jsonb
    # lists of grouping keys) is nobody
    ("fees", "grouped_by", "jsonb", "id invoice_id charge_id amount_cents", None),
    ("billable_metrics_grouped_charges", "filters_grouped_by", "jsonb", "id billable_metric_id grouped_by", None),
    ("presentation_breakdowns", "presentation_by", "jsonb", "id fee_id units", None),
    ("saved_reports", "order_by", "varchar(64)", "id owner_id title", None),
    ("dashboard_widgets", "sortBy", "text", "id dashboard_id query", None),
    ("retention_policies", "partition_by", "text", "id table_name", None),
    ("charts", "split_by", "varchar(100)", "id metric", None),
    ("charts", "groupby", "varchar(100)", "id metric", None),
    # ... who created, approved or placed a row is a person
    ("sys_user", "created_by", "varchar(64)", "user_id login_name", "user.account.username"),
    ("sys_config", "update_by", "varchar(64)", "config_id config_name", "user.account.username"),
    ("purchase_requests", "approved_by", "varchar(100)", "id amount", "user.name"),
    ("orders", "ordered_by", "varchar(100)", "id total", "user.name"),
    ("audit_events", "created_by", "jsonb", "id action", "user"),
])
def test_a_by_that_names_a_grouping_or_ordering_is_no_audit_user(table: str, column: str, column_type: str,
                                                                  siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # Norwegian and Swedish write `by` as `av`, Danish as `af`, after what was done (NAV's
    # familie-ef-sak `opprettet_av`, `endret_av`): who did it, as created_by is
    ("behandling", "opprettet_av", "character varying", "user.account.username"),
    ("behandling", "endret_av", "character varying", "user.account.username"),
    ("behandlingshistorikk", "opprettet_av_navn", "character varying", "user.name"),
    ("uttrekk_arbeidssoker", "kontrollert_av", "varchar(20)", "user.name"),
    ("sager", "oprettet_af", "varchar(50)", "user.account.username"),
    ("arenden", "skapad_av", "text", "user.account.username"),
    # ... as a number it is a key, and an `_av` after no participle is no `by` (audio and video)
    ("behandling", "opprettet_av", "bigint", None),
    ("videos", "codec_av", "varchar(10)", None),
])
def test_who_did_it_in_a_nordic_language(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id fagsak_id versjon") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a row with a legal entity's number in a business register (Danish CVR, French SIRET, Dutch KvK,
    # Norwegian organisasjonsnummer, an Estonian registry code) or a VAT number is a business's: its
    # phone, e-mail and address are the business's (a pharmacy, a domain registrar, a supplier)
    ("apotek", "telefon", "apoteknummer cvr navn vejnavn postnummer email", None),
    ("apotek", "email", "apoteknummer cvr navn vejnavn postnummer telefon", None),
    ("registrars", "address_street", "name reg_no vat_no phone email address_city", None),
    ("registrars", "email", "name reg_no vat_no phone address_city", None),
    ("leverandoer", "epost", "navn organisasjonsnummer telefon adresse", None),
    ("fournisseur", "telephone", "siret nom adresse email", None),
    # ... or the GS1 Global Location Number e-invoices and EDI address a company or its site by
    ("yder", "telefon", "nummer ean_lokationsnummer navn vejnavn postnummer email", None),
    ("suppliers", "phone", "name gln address email", None),
    # ... without one the row may be anyone's; a customer with a VAT number is still a person
    ("registrars", "email", "name phone address_city", "user.contact.email"),
    ("customers", "email", "first_name last_name vat_number phone", "user.contact.email"),
    ("customers", "vat_number", "first_name last_name email phone", "user.government_id.tax_id"),
])
def test_a_row_with_a_business_register_number_or_vat_number_is_a_business(table: str, column: str, siblings: str,
                                                                           key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a `pid` (a person's, patient's or the row's primary id) is a key as `id` is, whatever the words before it
    ("BarnRelation", "BarnRelationPID", "bigint", "Id CPR BarnCPR ModifiedDate", None),
    ("ForaeldreMyndighedRelation", "ForaeldreMyndighedRelationPID", "bigint", "Id CPR RelationCpr TypeKode", None),
    ("BarnRelation", "BarnCPR", "varchar(10)", "BarnRelationPID Id CPR", NATIONAL_ID),
])
def test_a_pid_is_a_key(table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a bare ident of a person's row is the identity code they are known by: NAV's person_ident (the
    # fødselsnummer), a domain registry's contact (an Estonian isikukood), a user's identity code
    ("person_ident", "ident", "character varying", "fagsak_person_id opprettet_av", NATIONAL_ID),
    ("contacts", "ident", "character varying(255)", "code name email ident_type ident_country_code", NATIONAL_ID),
    ("users", "identity_code", "character varying", "username email encrypted_password", NATIONAL_ID),
    # ... not a staff member's ident named by their role (their login), a thing's ident, or a number
    ("vedtak", "saksbehandler_ident", "character varying", "behandling_id resultat_type", "user.account.username"),
    ("profile_fields", "field_ident", "character varying(20)", "field_name field_type", None),
    ("contacts", "ident", "integer", "code name email", None),
])
def test_a_bare_ident_of_a_persons_row_is_their_identity_code(table: str, column: str, column_type: str, siblings: str,
                                                              key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("column_type", "expected"), [
    ("public.hstore", "hstore"), ("public.citext", "citext"), ("extensions.citext(10)", "citext"),
    ("character varying(255)", "character varying"), ("numeric(4,3)", "numeric"),
])
def test_an_extensions_type_named_with_its_schema_is_that_type(column_type: str, expected: str) -> None:
    """PostgreSQL dumps name an extension's type with the schema it lives in (`public.hstore`)."""
    assert base_type(column_type) == expected
    assert generic("contacts", "statuses", column_type, "id name email") == generic(
        "contacts", "statuses", expected, "id name email")


@pytest.mark.parametrize(("table", "column", "key"), [
    # EPP's authInfo (RFC 5731, 5733): the password that authorises a domain's or a contact's transfer,
    # as every domain registry's EPP server keeps it
    ("contacts", "auth_info", "user.authorization.credentials"),
    ("domain", "auth_info_pw", "user.authorization.credentials"),
    ("domains", "epp_code", "user.authorization.credentials"),
    # ... not a key to it, nor where to ask for it, nor the kind of authorisation
    ("contacts", "auth_info_id", None),
    ("contacts", "auth_info_url", None),
    ("contacts", "auth_type", None),
])
def test_an_epp_authorisation_password_is_a_credential(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "character varying(255)", "id code name email") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # the stamp an application puts on each row it writes, from the session (ServiceNow's
    # `sys_created_by`, Spring Data's @CreatedBy, RuoYi's `create_by`, NAV's `opprettet_av`): the
    # acting account's login
    ("incident", "sys_created_by", "VARCHAR", "user.account.username"),
    ("incident", "sys_updated_by", "varchar(40)", "user.account.username"),
    ("orders", "modifiedBy", "text", "user.account.username"),
    ("fagsak", "endret_av", "character varying", "user.account.username"),
    # ... a name after the stamp is the name; who approved or administered something is a person named
    ("leave_comments", "created_by_name", "varchar(255)", "user.name"),
    ("behandlingshistorikk", "opprettet_av_navn", "character varying", "user.name"),
    ("purchase_requests", "approved_by", "varchar(100)", "user.name"),
    ("immunizations", "administered_by", "varchar(255)", "user.name"),
    # ... and a stamp as a number is a key
    ("orders", "created_by", "bigint", None),
])
def test_the_account_stamped_on_a_row_is_a_login(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id status") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # a client certificate's files (X.509 in PEM, a PKCS#12 bundle) open an API as a password does;
    # its common name is the login it authenticates as
    ("certificates", "csr", "text", "user.authorization.credentials"),
    ("certificates", "crt", "text", "user.authorization.credentials"),
    ("client_certificates", "p12", "bytea", "user.authorization.credentials"),
    ("certificates", "common_name", "character varying", "user.account.username"),
    # ... a gift or training certificate's serial is no secret, a `crt` or `csr` elsewhere no certificate
    ("gift_certificates", "serial", "character varying", None),
    ("employee_certificates", "serial_number", "character varying", None),
    ("tickets", "csr", "character varying", None),
])
def test_a_client_certificate_is_a_credential(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id api_user_id private_key expires_at") == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # PaperTrail's `versions.whodunnit` (every Rails app that keeps a change history with it): who made the change
    ("versions", "whodunnit", "character varying", "user.account.username"),
    ("log_domains", "whodunnit", "text", "user.account.username"),
    # the string form (`_str`, as Twitter's `id_str`) of who created or last changed a row
    ("domains", "creator_str", "character varying", "user.account.username"),
    ("nameservers", "updator_str", "character varying", "user.account.username"),
    ("nameservers", "updater_str", "text", "user.account.username"),
    # ... as a number a key; a German `Str.` is still a street
    ("versions", "whodunnit", "integer", None),
    ("kunden", "str", "varchar(60)", "user.contact.address"),
])
def test_who_made_a_change_as_a_change_history_keeps_it(table: str, column: str, column_type: str,
                                                        key: str | None) -> None:
    assert generic(table, column, column_type, "id name plz created_at updated_at") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the scheduler instance that took a lock (ShedLock) or a queued task (db-scheduler, a job queue):
    # a host name, not a person
    ("shedlock", "locked_by", "name lock_until locked_at", None),
    ("scheduled_tasks", "picked_by", "task_name task_instance task_data execution_time picked", None),
    ("jobs", "leased_by", "id queue payload attempts", None),
    # ... who locked a document, or picked an order in a warehouse, is a person
    ("documents", "locked_by", "id title body", "user.name"),
    ("orders", "picked_by", "id customer_id total", "user.name"),
])
def test_the_worker_holding_a_lock_or_a_queued_task_is_no_person(table: str, column: str, siblings: str,
                                                                  key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the name a thing is shown by on an invoice (getlago/lago-api's add-ons, fees, charges) is its label
    ("add_ons", "invoice_display_name", "id organization_id name code amount_cents description", None),
    ("fees", "invoice_display_name", "id invoice_id charge_id subscription_id amount_cents grouped_by", None),
    ("charges", "invoice_display_name", "id plan_id billable_metric_id amount_currency", None),
    ("usage_thresholds", "threshold_display_name", "id plan_id amount_cents recurring", None),
    # ... a person's display name, and the name on an invoice address, are people's
    ("users", "display_name", "id email encrypted_password", "user.name"),
    ("person", "display_name", "id name bio avatar", "user.name"),
    ("customers", "invoice_display_name", "id email first_name last_name", "user.name"),
    ("orders", "invoice_name", "id customer_id invoice_street invoice_city", "user.name"),
    ("orders", "billing_first_name", "id customer_id billing_city", "user.name"),
])
def test_a_display_name_of_a_thing_is_its_label(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


def test_a_things_display_name_is_not_even_a_suggestion() -> None:
    """`invoice_custom_sections.display_name`: the section's title on an invoice, no person's name to review."""
    assert evidence("invoice_custom_sections", "display_name", "varchar",
                    ["id", "name", "code", "description", "organization_id"]) is None
    assert evidence("usage_thresholds", "threshold_display_name", "varchar", ["id", "plan_id", "amount_cents"]) is None


@pytest.mark.parametrize(("table", "column", "siblings"), [
    # a post's name is its title (LemmyNet/lemmy), a view's a database object's
    ("post_report", "original_post_name", "id creator_id post_id original_post_url reason resolved"),
    ("deps_saved_ddl", "view_name", "id view_schema ddl_to_run"),
    # Quartz's scheduler tables (`qrtz_*`, in many Java apps): the scheduler's own objects
    ("qrtz_triggers", "sched_name", "trigger_name trigger_group job_name job_group description"),
    ("qrtz_triggers", "trigger_name", "sched_name trigger_group job_name job_group description"),
    ("qrtz_triggers", "calendar_name", "sched_name trigger_name trigger_group job_name"),
    ("qrtz_fired_triggers", "instance_name", "sched_name entry_id trigger_name fired_time"),
    ("qrtz_fired_triggers", "job_name", "sched_name entry_id trigger_name instance_name"),
    ("qrtz_locks", "lock_name", "sched_name"),
    # the name of the thing a table lists, named for it (phpBB's styles and roles, pH7Builder's modules)
    ("phpbb_styles", "style_name", "style_id style_copyright style_active template_id"),
    ("phpbb_acl_roles", "role_name", "role_id role_description role_type role_order"),
    ("ph7_modules", "moduleName", "moduleId vendorName version uri path active"),
])
def test_the_name_of_a_post_a_view_or_a_scheduler_object_is_not_even_a_suggestion(table: str, column: str,
                                                                                    siblings: str) -> None:
    assert evidence(table, column, "varchar(200)", siblings.split()) is None


def test_a_persons_name_and_an_unknown_things_name_are_still_judged() -> None:
    """A person's name stays theirs, and a name of something not known to be a thing (RuoYi's
    `sys_oper_log.oper_name` where the log keeps no IP: the operator's) stays a suggestion to review;
    with the IP the operation came from beside it, the log is an access log and the name the operator's
    login (tests/test_access_logs.py)."""
    person = evidence("person", "name", "varchar(255)", ["id", "display_name", "avatar", "bio"])
    assert person is not None and person.confident and person.kind.key == "user.name"
    operator = evidence("sys_oper_log", "oper_name", "varchar(50)", ["oper_id", "title", "oper_url"])
    assert operator is not None and not operator.confident and operator.kind.key == "user.name"
    # a post's own `post_` says whose the edit reason is: what its author typed
    reason = evidence("phpbb_posts", "post_edit_reason", "varchar(255)", ["post_id", "topic_id", "poster_id", "post_text"])
    assert reason is not None and reason.confident and reason.kind.key == "user.content"


@pytest.mark.parametrize(("table", "column", "column_type", "kind"), [
    # when a person last logged in, whatever the time word (RuoYi's `sys_user.login_date`): as `last_login`,
    # a login's time (a pack's `login` concept: mgt-solutions' account.login)
    ("sys_user", "login_date", "datetime", ("user.account", "login")),
    ("users", "last_login_time", "timestamp", ("user.account", "login")),
    ("members", "lastLoginDate", "datetime", ("user.account", "login")),
    ("accounts", "last_sign_in_date", "timestamp", ("user.account", "login")),
    ("users", "last_seen_date", "date", ("user.account", "login")),
    ("users", "last_login", "timestamp", ("user.account", "login")),
    # ... a login as text is the login, and another time is no login
    ("users", "login", "varchar(64)", ("user.account.username", None)),
    ("sys_user", "pwd_update_date", "datetime", None),
    ("jobs", "last_run_date", "datetime", None),
])
def test_a_login_time_by_any_time_word_is_the_persons_activity(table: str, column: str, column_type: str,
                                                               kind: tuple[str, str | None] | None) -> None:
    found = evidence(table, column, column_type, ["id", "user_name", "email", column])
    assert (found and (found.kind.key, found.kind.concept)) == kind


@pytest.mark.parametrize(("column", "column_type", "kind"), [
    # `data` named first is a date in Portuguese and Italian names (i-Educar's `data_login`, `data_troca_senha`,
    # Italian `data_accesso`): with a date type it is the date of what follows, as `login_date`, not the thing
    ("data_login", "timestamp", ("user.account", "login")),
    ("data_troca_senha", "date", None),
    # ... a date's own term, and the date of an identity document, stay what they were
    ("data_nasc", "date", ("user.demographic.date_of_birth", None)),
    ("data_exp_rg", "date", ("user.government_id", None)),
    # ... and as text it is no date: `data_login` holds a login
    ("data_login", "varchar(64)", ("user.account.username", None)),
])
def test_a_date_named_first_is_the_date_of_what_follows(column: str, column_type: str,
                                                        kind: tuple[str, str | None] | None) -> None:
    found = evidence("funcionario", column, column_type, ["ref_cod_pessoa_fj", "matricula", "senha", "email", column])
    assert (found and found.confident and (found.kind.key, found.kind.concept) or None) == kind


def test_a_login_date_is_the_packs_login_time() -> None:
    found = infer("sys_user", "login_date", "datetime", [pack("mgt-solutions")], siblings=["user_id", "login_name"])
    assert found is not None and (found.category, found.confident) == ("account.login", True)


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # British English and LMS's address book: the house (number or name) and the flat are parts of an address
    ("addresses", "house", "id name city street zip flat", "user.contact.address"),
    ("addresses", "flat", "id name city street zip house", "user.contact.address"),
    # outside an address book they say nothing: a flat fee, a game's house
    ("plans", "flat", "id name price interval", None),
    ("games", "house", "id name season", None),
])
def test_the_house_and_flat_of_an_address(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(20)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a person's reference in another system (Dolibarr's ref_ext of a contact, Qualtrics' contacts' ext_ref)
    ("contacts", "ref_ext", "rowid lastname firstname email", "user"),
    ("directory_contact", "ext_ref", "id first_name last_name email", "user"),
    ("core_contact", "external_data_reference", "id first_name last_name email", "user"),
    ("customers", "external_reference", "id first_name last_name email", "user"),
    # ... a company's or a thing's is nobody's
    ("llx_societe", "ref_ext", "rowid nom siren address", None),
    ("products", "external_reference", "id sku title price", None),
])
def test_a_persons_reference_in_another_system(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


# a dbt mart of clinical records (the Tuva Project's, Apache-2.0) names no types: its run times, periods,
# record numbers and flags say what they are by name alone
_ENCOUNTER = "encounter_id person_id admit_date drg_code primary_diagnosis_code"


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # when the pipeline ran, which year or month, which measure, row or rank: bookkeeping, not the care
    ("core__procedure", "tuva_last_run", "", None),
    ("pqi_num_long", "year_number", "", None),
    ("pqi_num_long", "pqi_number", "", None),
    ("benchmarks_input", "first_month", "", None),
    ("core__condition", "condition_rank", "", None),
    ("mart_patient_risk", "patient_risk_sk", "", None),
    ("core__encounter", "length_of_stay", "", None),
    ("input_layer__lab_result", "accession_number", "", None),
    ("input_layer__lab_result", "file_name", "", None),
    ("core__condition", "mapping_method", "", None),
    # ... while what was found, given or done stays health data, a code's number included
    ("core__procedure", "normalized_code", "", "special.health"),
    ("core__procedure", "modifier_1", "", "special.health"),
    ("cptevents", "cpt_number", "integer", "special.health"),
    ("measurement", "value_as_number", "numeric", "special.health"),
])
def test_a_clinical_records_run_times_periods_and_record_numbers_are_bookkeeping(
        table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, _ENCOUNTER) == key


@pytest.mark.parametrize(("column", "key"), [
    # an untyped flag says whether: the record's state or a data-quality check is no health data
    ("close_flag", None), ("planned_flag", None), ("readmit_30_flag", None), ("missing_drg_flag", None),
    ("invalid_primary_diagnosis_code_flag", None), ("valid_icd_10_pcs_flag", None),
    # ... a finding, a condition or a person's fact it flags is the data
    ("source_abnormal_flag", "special.health"), ("diabetes_flag", "special.health"), ("hiv_flag", "special.health"),
    ("readmission_died_flag", "user"),
])
def test_an_untyped_flag_of_a_clinical_record_is_judged_by_what_it_flags(column: str, key: str | None) -> None:
    assert generic("readmission_summary", column, "", _ENCOUNTER) == key


def test_a_typed_flag_named_for_a_condition_is_the_condition() -> None:
    assert generic("conditions", "diabetes_flag", "boolean", "person_id encounter_id") == "special.health"
    assert generic("conditions", "planned_flag", "boolean", "person_id encounter_id") is None


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a facility's, hospital's or clinic's number, address and phone are the organisation's
    ("core__encounter", "facility_npi", _ENCOUNTER, None),
    ("ficha_medica_aluno", "hospital_clinica_telefone", "ref_cod_aluno grupo_sanguineo", None),
    ("claims", "facility_phone", "claim_id person_id", None),
    # ... as is the address of the employer a policy's subscriber works for (OpenEMR's insurance_data)
    ("insurance_data", "subscriber_employer_street", "pid subscriber_fname subscriber_street subscriber_employer", None),
    ("insurance_data", "subscriber_employer_postal_code", "pid subscriber_fname subscriber_postal_code", None),
    ("insurance_data", "subscriber_street", "pid subscriber_fname subscriber_employer_street", "user.contact.address"),
    # ... a clinician's NPI and the patient's phone stay personal
    ("core__encounter", "attending_npi", _ENCOUNTER, "user.government_id"),
    ("medical_claim", "rendering_npi", "claim_id person_id", "user.government_id"),
    ("claims", "patient_phone", "claim_id person_id", "user.contact.phone_number"),
])
def test_an_identifier_or_contact_named_for_a_facility_is_the_organisations(table: str, column: str, siblings: str,
                                                                           key: str | None) -> None:
    assert generic(table, column, "", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the address an application's automated mails, notifications and mailings go out from or are answered
    # at is the organisation's mailbox
    ("automated_emails", "sender_email", "id name subject lexical sender_name sender_reply_to", None),
    ("notification_log", "email_sender", "id pid message email_subject type patient_info", None),
    ("distribution", "header_reply_to_email", "id header_from_name header_subject recipient_contact_id", None),
    ("gibbonMessenger", "emailFrom", "gibbonMessengerID subject body gibbonPersonID emailReplyTo", None),
    # ... whom they go to is a person, and so is the sender of a mail a person wrote or received
    ("notification_log", "email_to", "id pid message email_sender email_subject", "user.contact.email"),
    ("llx_actioncomm", "email_from", "id fk_user_author fk_contact email_subject label note", "user.contact.email"),
    ("members_email_change_events", "from_email", "id member_id to_email created_at", "user.contact.email"),
])
def test_the_sender_of_an_applications_mailings_is_its_mailbox(table: str, column: str, siblings: str,
                                                                key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # where a lookup of the client's IP address places a person is a location, not their postal address
    ("events", "geo_city", "event_id user_id user_ipaddress geo_country geo_zipcode", "user.location"),
    ("events", "geo_zipcode", "event_id user_id user_ipaddress geo_country geo_city", "user.location"),
    ("lead", "inferred_country", "id email first_name city country inferred_city", "user.location"),
    # ... the address the person gives stays their address
    ("lead", "country", "id email first_name city inferred_country", "user.contact.address.country"),
    ("events", "billing_city", "event_id user_id geo_city", "user.contact.address.city"),
])
def test_a_place_looked_up_from_an_ip_address_is_a_location(table: str, column: str, siblings: str,
                                                              key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


def test_a_yes_or_no_in_a_companys_row_holds_no_secret() -> None:
    """Bitwarden's `Organization.UseResetPassword bit`: whether the organisation uses a feature, no password;
    a key it keeps as text is still a secret."""
    siblings = "Id Name BusinessName BusinessTaxNumber BillingEmail Plan"
    assert generic("Organization", "UseResetPassword", "bit", siblings) is None
    assert generic("Organization", "PrivateKey", "varchar(max)", siblings) == "user.authorization.credentials"


def test_a_facilitys_name_is_no_suggested_persons_name() -> None:
    found = infer("core__encounter", "facility_name", "", [BASELINE], siblings=_ENCOUNTER.split())
    assert found is None


@pytest.mark.parametrize(("table", "column", "key"), [
    # the type of a condition's code is its coding system (ICD-10-CM, SNOMED): no diagnosis
    ("core__condition", "source_code_type", None), ("core__condition", "normalized_code_type", None),
    ("core__condition", "file_name", None),
    # ... the condition's own description and an allergy's type are
    ("core__condition", "source_description", "special.health"), ("allergies", "type", "special.health"),
])
def test_a_conditions_code_type_is_its_coding_system(table: str, column: str, key: str | None) -> None:
    assert generic(table, column, "", "condition_id person_id encounter_id source_code") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # family status is marital status (SAP HR's PA0002-FAMST, a Bulgarian worker's fam_status)
    ("employees", "family_status", "varchar(7)", "id first_name last_name", "user"),
    ("ls_main", "fam_status", "varchar(7)", "id first family egn gender", "user"),
    ("pa0002", "famst", "char(1)", "pernr vorna nachn gbdat", "user"),
    # a bare `children` in a person's own row: their children (how many, or who)
    ("ls_main", "children", "int(11)", "id first family egn gender", "user"),
    ("employees", "children", "varchar(100)", "id first_name last_name", "user"),
    # ... not a tree's child rows, nor a row merely keyed to a person
    ("categories", "children", "int", "id name parent_id", None),
    ("orders", "children", "int", "id customer_id total", None),
])
def test_family_status_and_children_of_a_person(table: str, column: str, column_type: str, siblings: str,
                                                key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # an application for a benefit (Norwegian søknad, Swedish ansökan, Finnish hakemus) records the
    # applicant's answers: their marital, housing and work situation are theirs
    ("soknadsskjema", "sivilstand_arsak_enslig", "varchar", "id fodselsnummer navn", "user"),
    ("soknadsskjema", "bosituasjon_deler_du_bolig", "varchar", "id fodselsnummer navn", "user"),
    ("soknad_barn", "skal_ha_barnepass", "boolean", "id soknadsskjema_id navn fodselsnummer", "user"),
    ("ansokan_sokande", "arbetssituation", "varchar", "id personnummer namn", "user"),
    # ... the free-text account behind an answer, in the form's language, is what the applicant wrote
    ("soknadsskjema", "situasjon_oppsigelse_reduksjon_arsak", "varchar", "id fodselsnummer navn", "user.content"),
    ("soknad_barn", "ikke_registrert_pa_sokers_adresse_beskrivelse", "varchar",
     "id soknadsskjema_id navn fodselsnummer", "user.content"),
    ("soknadsskjema", "aktivitet_virksomhet_virksomhetsbeskrivelse", "varchar", "id fodselsnummer navn",
     "user.content"),
    ("usager_entretien", "motif_description", "text", "uuid usagerUUID", "user.content"),
    # ... while the answer itself stays a plain fact
    ("soknadsskjema", "situasjon_oppsigelse_reduksjon", "varchar", "id fodselsnummer navn", "user"),
    # ... who wrote the form's row is the caseworker's login, not an answer
    ("soknadsskjema", "opprettet_av", "varchar", "id fodselsnummer navn", "user.account.username"),
    ("usager_entretien", "updated_by", "text", "uuid usagerUUID", "user.account.username"),
    # ... not the form's bookkeeping: its dates and how a row came to be
    ("soknadsskjema", "dato_mottatt", "timestamp", "id fodselsnummer navn", None),
    ("soknad_barn", "lagt_til_manuelt", "boolean", "id soknadsskjema_id navn fodselsnummer", None),
    ("soknad_barn", "er_kopiert_fra_annet_barn", "boolean", "id soknadsskjema_id navn fodselsnummer", None),
    # ... nor how much a fee is or how long something lasts: amounts, not the applicant's situation (a
    # leave's length in days, a semester fee, Norwegian `semesteravgift`, `eksamensgebyr`)
    ("soknadsskjema", "aktivitet_under_utdanning_semesteravgift", "varchar", "id fodselsnummer navn", None),
    ("soknadsskjema", "aktivitet_under_utdanning_eksamensgebyr", "varchar", "id fodselsnummer navn", None),
    ("usager_entretien", "length_days", "decimal(6,2)", "uuid usagerUUID raison", None),
    # ... nor a software application's settings, however it is named
    ("oauth_application", "redirect_uri", "varchar", "id owner_id name", None),
])
def test_a_benefit_application_records_the_applicants_answers(table: str, column: str, column_type: str, siblings: str,
                                                               key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a flag about how a row came to be (copied, added by hand) is the record's bookkeeping, even in a
    # table of facts about a person
    ("usager_entretien", "copied_from_previous", "uuid usager_uuid revenus", None),
    ("usager_entretien", "manually_added", "uuid usager_uuid revenus", None),
    ("usager_entretien", "domiciliation", "uuid usager_uuid revenus", "user"),
])
def test_a_flag_of_how_a_row_came_to_be_is_bookkeeping(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "boolean", siblings) == key


SPRING_SESSION = "primary_id session_id creation_time last_access_time expiry_time principal_name"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # Spring Session JDBC's tables (SPRING_SESSION, SPRING_SESSION_ATTRIBUTES): the session's id is the
    # cookie that logs its holder in, its principal whom it is logged in as, its attributes its state
    ("spring_session", "session_id", "char(36)", SPRING_SESSION, "user.authorization.credentials"),
    ("spring_session", "principal_name", "varchar(100)", SPRING_SESSION, "user.account.username"),
    ("spring_session_attributes", "attribute_bytes", "bytea", "session_primary_id attribute_name attribute_bytes",
     "user.authorization.credentials"),
    # ... not the row's own key, nor the attribute's name, nor a training session's id beside its title
    ("spring_session", "primary_id", "char(36)", SPRING_SESSION, None),
    ("spring_session_attributes", "attribute_name", "varchar(200)", "session_primary_id attribute_bytes", None),
    ("training_sessions", "session_id", "varchar", "id title session_id", None),
])
def test_spring_sessions_tables(table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the number a school or an employer gives a person, with the number word of the schema's language
    # (Finland's learner number `oppijanumero`, Norwegian `ansatt_nummer`), as `student_number` is
    ("henkilo", "oppijanumero", "id etunimet sukunimi hetu", "user"),
    ("person", "ansatt_nummer", "id fornavn etternavn fodselsnummer", "user"),
    # ... not the row's own key in the table named for the holder, nor a house's number
    ("oppija", "oppijanumero", "id etunimet sukunimi hetu", None),
    ("henkilo", "talo_numero", "id etunimet sukunimi hetu", None),
])
def test_a_number_an_organisation_gives_a_person_in_other_languages(table: str, column: str, siblings: str,
                                                                    key: str | None) -> None:
    assert generic(table, column, "varchar(64)", siblings) == key


@pytest.mark.parametrize(("column", "siblings", "key"), [
    # i-Educar's students: five people authorised to collect the child, and their kinship to it
    ("autorizado_um", "autorizado_dois parentesco_um", "user.name"),
    ("parentesco_dois", "autorizado_um parentesco_um", "user"),
    ("authorized_person_two", "authorized_person_one", "user.name"),
    ("autorizado", "", "user.name"),
    ("qty_um", "qty price", None),              # a unit of measure: no series numbered in words beside it
    ("relationship_one", "phone", None),        # alone, the word may be something else
    ("autorizado_um", "autorizado_um", None),   # only itself: no series
])
def test_a_series_of_columns_numbered_in_words_and_people_authorised_to_act(column: str, siblings: str,
                                                                            key: str | None) -> None:
    assert generic("students", column, "varchar(150)", f"id first_name last_name email {siblings}") == key


def test_an_authorised_person_is_a_name_only_as_text() -> None:
    assert generic("students", "autorizado", "integer", "id first_name last_name email") is None


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a respondent's answers, keyed to their response (Qualtrics, SurveyMonkey, LimeSurvey)
    ("question_response", "text", "response_id question_id loop_id sub_question_key", "user.content"),
    ("question_response", "value", "response_id question_id loop_id sub_question_key", "user"),
    ("survey_embedded_data", "value", "response_id import_id key", "user"),
    ("survey_answers", "answer", "id question_id customer_id", "user"),
    # a question's answer options, a survey's settings: nobody's
    ("question_option", "text", "question_id recode_value key", None),
    ("survey_settings", "value", "survey_id key", None),
])
def test_the_answers_a_respondent_gave_are_theirs(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar", siblings) == key


def test_a_line_of_business_described_is_no_messenger_account() -> None:
    """`payer_attributed_provider_lob`, "Name of the line of business ...": an insurer's product line, not a
    LINE account's name; a LINE id in a person's row still is."""
    from checker.descriptions import described_name

    assert generic("member_months", described_name("Name of the line of business."), "", "person_id") is None
    assert generic("users", "line_id", "varchar", "id email") == "user.account.username"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # where care happened is no health data (MIMIC's services, OMOP's place of service)
    ("medical_claim", "place_of_service_description", "claim_id person_id encounter_id", None),
    ("medical_claim", "diagnosis_description", "claim_id person_id encounter_id", "special.health"),
    # a payer named in a person's condition is their insurer (financial), not the condition
    ("condition", "payer_name", "condition_id person_id encounter_id", "user.financial"),
    ("condition", "name", "condition_id person_id encounter_id", "special.health"),
])
def test_where_care_happened_and_who_paid_are_no_health_data(table: str, column: str, siblings: str,
                                                             key: str | None) -> None:
    assert generic(table, column, "", siblings) == key


def test_a_service_line_named_by_fields_of_care_is_no_diagnosis() -> None:
    """`medical_surgical` (medical or surgical) in an encounter with the patient's demographics names the
    service line; a disease named in a pupil's medical record (`doenca_caxumba`) is still theirs."""
    encounter = "encounter_id person_id first_name birth_date gender admit_date"
    assert generic("encounter_grain", "medical_surgical", "", encounter) is None
    assert generic("ficha_medica_aluno", "doenca_caxumba", "", "ref_cod_aluno grupo_sanguineo") == "special.health"


@pytest.mark.parametrize(("column", "suggested"), [
    ("month_name", None), ("day_of_week_name", None), ("measure_name", None), ("test_name", None),
    ("medical_paid", None), ("home_health_allowed", None), ("percent_members_with_medical_claims", None),
    ("email_info", "user.contact.email"),
])
def test_no_suggestion_for_a_things_name_or_an_amount(column: str, suggested: str | None) -> None:
    """A calendar's or a measure's name, and an amount paid for a kind of care, suggest nobody's data;
    a name that merely contains an e-mail still does."""
    found = infer("pmpm_prep", column, "", [BASELINE], siblings=[column, "year_month"])
    assert (found.category if found and not found.confident else None) == suggested


@pytest.mark.parametrize(("table", "column", "column_type", "siblings"), [
    # when a password was last changed or stops being valid, whether it ever expires (iRedMail, Domifa,
    # PrestaShop, Fineract, LiquidFeedback): a time or a flag about the secret
    ("mailbox", "passwordlastchange", "datetime", "username password name maildir quota"),
    ("user_structure", "passwordLastUpdate", "timestamptz", "id email password nom prenom"),
    ("customer", "reset_password_validity", "datetime", "id_customer email passwd reset_password_token"),
    ("m_appuser", "password_never_expires", "tinyint", "id username password firstname lastname"),
    # a person's e-mail opt-in level (AdventureWorks' `EmailPromotion int`), how often mail bounced
    # (RubyGems), when a mail was sent (emjpm): a number, a count, a time
    ("Person", "EmailPromotion", "int", "BusinessEntityID PersonType FirstName LastName"),
    ("users", "mail_fails", "int", "id email handle encrypted_password"),
    ("mandataires", "email_send", "timestamptz", "id user_id telephone adresse"),
])
def test_a_time_count_or_flag_about_a_name_address_or_password_is_not_even_a_suggestion(
        table: str, column: str, column_type: str, siblings: str) -> None:
    """A name, an e-mail or postal address and a password are text: a column named after one but typed
    as a number, a time or a flag holds something about it, nothing to review as the data itself."""
    assert evidence(table, column, column_type, siblings.split()) is None


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the same words as text: a strength kept beside the password, a forwarding address (LMS's `passwd`)
    ("gibbonPerson", "passwordStrong", "varchar(255)", "gibbonPersonID username passwordStrongSalt", "user.authorization.credentials"),
    ("passwd", "mail_forward", "varchar(255)", "id ownerid login password quota_mail", "user.contact.email"),
    # a number that is the data itself: an IP address kept as an integer
    ("log_user_in", "ip_mashine", "int", "id id_user date_in", "user.device.ip_address"),
])
def test_the_same_words_as_text_are_still_suggested(table: str, column: str, column_type: str, siblings: str,
                                                     key: str) -> None:
    found = evidence(table, column, column_type, siblings.split())
    assert found is not None and not found.confident and found.kind.key == key


@pytest.mark.parametrize(("table", "column", "siblings"), [
    # an application's own objects: Fineract's commands, PrestaShop's web service classes and modules,
    # OrangeHRM's user roles, Camunda's deployed resources, phpBB's languages, Snowplow's tracker
    ("m_portfolio_command_source", "action_name", "id entity_name resource_id maker_id made_on_date"),
    ("PREFIX_webservice_account", "class_name", "id_webservice_account key description is_module active"),
    ("ohrm_login", "user_role_name", "id user_id user_name user_role_predefined login_time"),
    ("ACT_RE_PROCDEF", "RESOURCE_NAME_", "ID_ REV_ CATEGORY_ NAME_ KEY_ VERSION_ DEPLOYMENT_ID_"),
    ("phpbb_lang", "lang_english_name", "lang_id lang_iso lang_dir lang_local_name lang_author"),
    ("events", "name_tracker", "app_id platform event_id user_id domain_userid user_ipaddress"),
    # a business's: a promotion's, a merchant's (Oracle's sales history sample, ChurchCRM)
    ("promotions", "promo_name", "promo_id promo_subcategory promo_cost promo_begin_date"),
    # a software licence's, an issue resolution's (Mattermost's licenses, Jira's issues)
    ("licenses", "license_name", "license_id customer_id sku_short_name issued_at expires_at"),
    ("issues", "resolution_name", "issue_id project_id issue_type status_name assignee_id"),
    # Segment's tracking library (analytics.js, analytics-ios) in every event table it writes
    ("tracks", "context_library_name", "id user_id anonymous_id context_ip context_library_version event"),
    # a data platform's objects: dbt's nodes, packages and targets, a warehouse's objects and schemas
    # (get-select/dbt-snowflake-monitoring's query history marts, Snowflake's ACCESS_HISTORY)
    ("dbt_queries", "dbt_node_name", "query_id user_name dbt_node_id dbt_node_package_name dbt_target_name"),
    ("dbt_queries", "dbt_target_name", "query_id user_name dbt_node_id dbt_node_name"),
    ("query_direct_object_access", "object_name", "query_id user_name object_id object_domain schema_name"),
])
def test_the_name_of_an_applications_object_is_not_even_a_suggestion(table: str, column: str,
                                                                     siblings: str) -> None:
    assert evidence(table, column, "varchar(100)", siblings.split()) is None


@pytest.mark.parametrize(("table", "column", "siblings"), [
    # a name beside other nouns is still one to review: an order's addressee (EC-CUBE), a survey's
    # respondent (eGovFrame)
    ("dtb_order", "order_name01", "order_id customer_id order_email order_tel01 order_zip01"),
    ("COMTNQUSTNRRESPONDINFO", "RESPOND_NM", "QESTNR_ID QUSTNR_TMPLAT_ID SEXDSTN_CODE BRTHDY"),
])
def test_a_name_beside_other_nouns_is_still_suggested(table: str, column: str, siblings: str) -> None:
    found = evidence(table, column, "varchar(100)", siblings.split())
    assert found is not None and not found.confident and found.kind.key == "user.name"


@pytest.mark.parametrize(("table", "column", "siblings"), [
    # a resource's label (Twilio's `friendly_name`: "a descriptive string that you created to describe
    # the resource"), a theme's or a locale's short name (FixMyStreet, Osclass)
    ("address", "friendly_name", "sid account_sid customer_name street city region postal_code"),
    ("manifest_theme", "short_name", "id cobrand name background_colour theme_colour"),
    ("t_locale", "s_short_name", "pk_c_code s_name s_description s_version b_enabled"),
    # the label of a role or a group, even in a row keyed to the account that made it (OrangeHRM, Fineract)
    ("ohrm_user_role", "display_name", "id name is_assignable is_predefined created_by user_id"),
    ("m_group", "display_name", "id external_id status_enum office_id staff_id submittedon_userid"),
])
def test_a_things_label_is_not_even_a_suggestion(table: str, column: str, siblings: str) -> None:
    assert evidence(table, column, "varchar(100)", siblings.split()) is None


def test_a_label_in_a_row_of_people_is_still_suggested() -> None:
    """Bitwarden's sponsorship, keyed to the sponsoring member: its friendly name is the sponsored person's."""
    found = evidence("OrganizationSponsorship", "FriendlyName", "nvarchar(256)",
                     ["Id", "SponsoringOrganizationUserId", "SponsoredOrganizationId", "OfferedToEmail"])
    assert found is not None and not found.confident and found.kind.key == "user.name"


@pytest.mark.parametrize(("table", "column", "siblings"), [
    # a table of themes, notifications or sessions, of nobody: its guesses are the object's (FixMyStreet's
    # theme manifest, OpenEMR's notification settings, OpenPNE's PHP sessions)
    ("manifest_theme", "wasteworks_name", "id cobrand name short_name"),
    ("automatic_notification", "email_subject", "notification_id sms_gateway_type next_app_date message email_sender"),
    ("c_session", "sess_name", "id sess_data sess_time"),
])
def test_a_guess_in_a_table_of_things_is_the_things(table: str, column: str, siblings: str) -> None:
    assert evidence(table, column, "varchar(100)", siblings.split()) is None


def test_a_guess_in_a_log_of_notifications_to_people_is_still_suggested() -> None:
    """OpenEMR's `notification_log`, keyed to the patient a reminder went to: what it said stays to review."""
    found = evidence("notification_log", "email_subject", "varchar(100)",
                     ["iLogId", "pid", "pc_eid", "sms_gateway_type", "message", "email_sender"])
    assert found is not None and not found.confident and found.kind.key == "user.contact.email"


def test_whether_a_kind_of_data_is_allowed_is_a_flag_not_even_a_suggestion() -> None:
    """OpenEMR's `patient_data.hipaa_allowemail` (YES or NO): whether the patient allows e-mail, no
    address; `email_direct` beside it (their Direct messaging address) stays a suggestion."""
    siblings = ["id", "pid", "fname", "lname", "DOB", "email", "hipaa_allowsms", "hipaa_voice"]
    assert evidence("patient_data", "hipaa_allowemail", "varchar(3)", siblings) is None
    direct = evidence("patient_data", "email_direct", "varchar(255)", siblings)
    assert direct is not None and not direct.confident and direct.kind.key == "user.contact.email"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    # the principal a user is authenticated as (JAAS, Spring Security, Kerberos), GovPay's `utenze`
    ("utenze", "principal", "varchar(4000)", "principal_originale password ruoli", "user.account.username"),
    ("utenze", "principal_originale", "varchar(4000)", "principal password ruoli", "user.account.username"),
    ("users", "principal_name", "varchar(255)", "email password", "user.account.username"),
    # an intermediary's principal is the organisation's; a loan's principal is its amount
    ("intermediari", "principal", "varchar(4000)", "cod_intermediario denominazione", None),
    ("m_loan", "principal", "decimal(19,6)", "client_id interest_rate term", None),
    ("m_loan", "principal", "double precision", "client_id interest_rate term", None),
], ids=["italian-users", "original", "english", "intermediary", "loan-amount", "loan-double"])
def test_a_principal_as_text_is_the_login_of_a_person(table: str, column: str, column_type: str, siblings: str,
                                                      expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # whether a person has a condition, an allergy or a habit is the special category itself
    ("patient", "allergy_status", "patient_id voided void_reason", "special.health"),
    ("patients", "smoking_status", "id first_name last_name birth_date", "special.health"),
    ("form_vitals", "bmi_status", "id patient_id bps bpd weight height bmi", "special.health"),
    # ... a record's or a contact detail's state is not
    ("users", "email_status", "id first_name last_name email", None),
    ("procedure_order", "order_status", "procedure_order_id patient_id encounter_id", None),
    ("drugs", "allergy_status", "id name ndc_number", None),
])
def test_a_persons_status_as_to_a_special_category_is_that_category(table: str, column: str, siblings: str,
                                                                     key: str | None) -> None:
    assert generic(table, column, "varchar(50)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a display name beside an avatar, in a row keyed to a member's account: how the person is shown
    ("room_memberships", "display_name", "event_id user_id sender room_id membership display_name avatar_url",
     "user.name"),
    ("user_directory", "display_name", "user_id room_id display_name avatar_url", "user.name"),
    # ... a group's, keyed to its creator, or one with no avatar beside it, is no person's name
    ("groups", "display_name", "id creator_id display_name avatar_url", None),
    ("room_memberships", "display_name", "event_id user_id room_id membership display_name", None),
])
def test_a_members_display_name_beside_their_avatar_is_their_name(table: str, column: str, siblings: str,
                                                                   key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the status message a person sets, in a table of people or of their presence (Matrix, Slack)
    ("presence", "status_msg", "user_id state status_msg mtime", "user.content"),
    ("presence_stream", "status_msg", "stream_id user_id state status_msg", "user.content"),
    ("users", "status_text", "id name email status_text", "user.content"),
    # ... a job's or a payment's status message is the system's
    ("jobs", "status_msg", "id user_id status status_msg", None),
    ("payments", "status_message", "id user_id amount status status_message", None),
])
def test_a_persons_status_message_is_what_they_wrote(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("column_type", "key"), [
    ("integer", None), ("NUMBER(28,6)", None),  # a key to the row of a device (a shop's till)
    ("varchar(64)", "user.device.device_id"),  # ... the identifier a client reports is text
])
def test_a_device_id_as_a_whole_number_is_a_key(column_type: str, key: str | None) -> None:
    assert generic("abandoned_checkout", "device_id", column_type, "id customer_id email device_id") == key


def test_a_key_named_for_a_table_of_the_schema_is_a_key_whatever_its_name_says(tmp_path: Path) -> None:
    """`device_id` beside a `devices` table (Synapse), `prescription_id` beside `prescriptions`
    (OpenEMR's `drug_sales`), `PayerID` beside `tblPayer` (openIMIS' premiums): keys into the rows
    that hold the data (rule 2), even as text. A secret or a login keys rows as itself (a session's
    ID, a `user_id` where accounts are known by their login); a key into a list of values is the
    value (`gender_id` into `genders (id, name)`); a `device_id` beside the devices' own `id` is the
    device's identifier; with no table it names, `device_id` text is the identifier a client reports."""
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE users (name text, password_hash text);
        CREATE TABLE devices (user_id text, device_id text, display_name text, ip text);
        CREATE TABLE access_tokens (id bigint, user_id text, device_id text, token text);
        CREATE TABLE sessions (session_id text, session_type text, value text);
        CREATE TABLE sessions_ips (session_id text, ip text, user_agent text);
        CREATE TABLE patients (id int, first_name text, gender_id int);
        CREATE TABLE genders (id int, name text);
        CREATE TABLE prescriptions (id int, patient_id int, drug text, dosage text);
        CREATE TABLE drug_sales (id int, prescription_id int, fee numeric);
        """)
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert catalog.table("devices").columns["device_id"] is None
    assert catalog.table("access_tokens").columns["device_id"] is None
    assert catalog.table("drug_sales").columns["prescription_id"] is None
    assert catalog.table("access_tokens").columns["user_id"] == "user.account.username"
    assert catalog.table("sessions_ips").columns["session_id"] == "user.authorization.credentials"
    assert catalog.table("patients").columns["gender_id"] == "user.demographic.gender"
    _ddl_project(tmp_path / "apart", ["gdpr-baseline"], """
        CREATE TABLE users (name text, password_hash text);
        CREATE TABLE installations (id bigint, user_id text, device_id text);
        """)
    apart = load_project(load_config(tmp_path / "apart" / "privgate.yaml")).catalog
    assert apart.table("installations").columns["device_id"] == "user.device.device_id"


def test_a_column_named_for_its_own_table_beside_the_tables_id_is_the_things_identifier(tmp_path: Path) -> None:
    _ddl_project(tmp_path, ["gdpr-baseline"], """
        CREATE TABLE devices (id bigint, user_id bigint, device_id varchar(64), name text);
        CREATE TABLE refresh_tokens (id bigint, device_id bigint, token text);
        """)
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert catalog.table("devices").columns["device_id"] == "user.device.device_id"
    assert catalog.table("refresh_tokens").columns["device_id"] is None


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # NAV's caseworker and approver (beslutter), by the NAV ident they log in with (familie-ef-sak)
    ("vedtak", "saksbehandler_ident", "varchar", "behandling_id saksbehandler_ident beslutter_ident",
     "user.account.username"),
    ("vedtak", "beslutter_ident", "varchar", "behandling_id saksbehandler_ident beslutter_ident",
     "user.account.username"),
    ("vedtaksbrev", "saksbehandlerident", "varchar", "behandling_id saksbehandlerident", "user.account.username"),
    ("case_decision", "caseworker_ident", "text", "id case_id caseworker_ident", "user.account.username"),
    ("vedtak", "saksbehandler_ident", "bigint", "behandling_id saksbehandler_ident", None),  # a number is a key
    ("case_decision", "caseworker_id", "text", "id case_id caseworker_id", None),  # a key to the caseworker
    # the case's subject's ident is their national identity number
    ("behandling_barn", "person_ident", "varchar", "id behandling_id person_ident navn",
     "user.government_id.national_identification_number"),
])
def test_a_staff_members_ident_named_by_their_role_is_their_login(table: str, column: str, column_type: str,
                                                                  siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the kind of a person's leave (sick, maternity, annual) says why they were away, as a key too
    ("ohrm_leave", "leave_type_id", "int", "id emp_number leave_type_id status comments", "user"),
    ("llx_holiday", "fk_type", "integer", "rowid fk_user fk_type date_debut description", "user"),
    ("leaves", "leave_type", "integer", "id user_id start_date end_date leave_type status", "user"),
    ("absence", "absence_type", "varchar(20)", "id employee_id absence_type from_date", "user"),
    # public holidays are nobody's; an entitlement of days is no leave taken
    ("holidays", "holiday_type", "varchar(20)", "id date name holiday_type", None),
    ("ohrm_leave_entitlement", "leave_type_id", "int", "id emp_number leave_type_id no_of_days", None),
    ("leaves", "status", "integer", "id user_id start_date leave_type status", None),
])
def test_the_kind_of_a_persons_leave_is_theirs(table: str, column: str, column_type: str, siblings: str,
                                               key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("customers", "name phone area_code", "user.contact.phone_number"),
    ("tb_mber", "mber_nm area_no middle_telno end_telno", "user.contact.phone_number"),  # Korean: in parts
    ("customers", "name email area_code", None),  # no phone beside it: a region
    ("regions", "name phone area_code", None),  # nobody's row
    ("tb_mber", "mber_nm area_no entrprs_middle_telno entrprs_end_telno", None),  # the company's number
], ids=["area_code", "area_no", "no-phone", "region", "company"])
def test_an_area_code_beside_a_persons_phone_number_is_part_of_it(table: str, siblings: str,
                                                                  expected: str | None) -> None:
    column = "area_no" if "area_no" in siblings else "area_code"
    assert generic(table, column, "varchar", siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # Osclass's MySQL tables: pk_/fk_ keys, s_ strings, i_ integers, b_ flags, dt_ dates on every column
    ("t_user", "s_name", "varchar(100)", "pk_i_id s_email i_items b_active dt_reg_date", "user.name"),
    ("t_user", "s_city", "varchar(100)", "pk_i_id s_email fk_i_city_id b_active dt_reg_date",
     "user.contact.address.city"),
    ("t_item_comment", "s_body", "text", "pk_i_id fk_i_item_id s_author_name b_spam dt_pub_date", "user.content"),
    # the Leszynski convention of Access and VB shops, in camel case
    ("tblCustomer", "strFirstName", "varchar(50)", "lngCustomerID strLastName dtmBirthDate blnActive", "user.name"),
    # a lone short word first is no convention of the table: it keeps its meaning
    ("user", "s_name", "varchar(100)", "id email created_at", None),
    ("item_comment", "s_body", "text", "id item_id author_name spam", None),
])
def test_hungarian_type_marks_are_read_past_when_the_whole_table_uses_them(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # what agents and requesters write on ServiceNow's (and GLPI's) incidents, problems and changes
    ("incident", "business_impact", "varchar", "number caller_id_value resolved_by_value hold_reason", "user.content"),
    ("change_request", "backout_plan", "text", "number requested_by_value risk", "user.content"),
    ("change_task", "on_hold_reason", "varchar", "change_request_value close_code on_hold", "user.content"),
    ("task", "short_description", "varchar", "number assigned_to_value opened_by_value priority", "user.content"),
    # a project board's task (Kanboard)
    ("tasks", "description", "nvarchar(max)", "id title owner_id creator_id project_id", "user.content"),
    # a choice list's code, a number, a job queue's task and a product's description are nobody's writing
    ("incident", "hold_reason", "integer", "number caller_id_value business_impact", None),
    ("change_request", "reason", "varchar", "number backout_plan", None),
    ("scheduled_tasks", "task_name", "varchar", "task_instance task_data picked_by", None),
    ("products", "description", "text", "id name price", None),
    # a patient's problem list is their health, not a desk's work item
    ("problem", "description", "text", "patient_id encounter_id onset_date diagnosis_code", "special.health"),
    # a workflow engine's user task takes its name and description from the deployed process model
    # (Camunda's and Flowable's ACT_RU_TASK, jBPM's Task): developers wrote them, nobody on the task
    ("ACT_RU_TASK", "DESCRIPTION_", "nvarchar(4000)", "ID_ PROC_INST_ID_ PROC_DEF_ID_ NAME_ TASK_DEF_KEY_ ASSIGNEE_",
     None),
    ("Task", "description", "varchar(255)", "id name processId processInstanceId workItemId priority", None),
    # ... while the annotation a user writes on an incident of a running process, or on the operation log
    # of what users did, is theirs; the incident's message is the engine's
    ("ACT_RU_INCIDENT", "ANNOTATION_", "nvarchar(4000)", "ID_ PROC_DEF_ID_ PROC_INST_ID_ INCIDENT_MSG_ INCIDENT_TYPE_",
     "user.content"),
    ("ACT_HI_OP_LOG", "ANNOTATION_", "nvarchar(4000)",
     "ID_ USER_ID_ OPERATION_TYPE_ ENTITY_TYPE_ ORG_VALUE_ NEW_VALUE_", "user.content"),
    ("ACT_RU_INCIDENT", "INCIDENT_MSG_", "nvarchar(4000)", "ID_ PROC_DEF_ID_ PROC_INST_ID_ ANNOTATION_", None),
    ("call", "annotation", "varchar", "account_id caller_name direction duration status", None),
])
def test_what_people_write_on_a_work_item_is_their_content(table: str, column: str, column_type: str, siblings: str,
                                                           key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # what members of a participation platform write: proposals, debates and petitions (Consul Democracy,
    # Decidim), LiquidFeedback's initiatives and suggestions
    ("proposals", "description", "text", "id title author_id question external_url", "user.content"),
    ("proposals", "title", "varchar(250)", "id description author_id question external_url", "user.content"),
    ("debates", "description", "text", "id title author_id", "user.content"),
    ("suggestion", "content", "text", "id initiative_id author_id name", "user.content"),
    ("petitions", "content", "text", "id title user_id", "user.content"),
    # nobody's: a suggestion box keyed to nobody, a product's text
    ("suggestion", "content", "text", "id name", None),
    ("products", "content", "text", "id title price", None),
])
def test_what_members_of_a_participation_platform_write_is_their_content(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a full-text search vector holds the words of its row's text (PostgreSQL's tsvector)
    ("member", "text_search_data", "id login name email statement", "user"),
    ("usr", "name_kw_tsvector", "id usrname first_given_name family_name", "user.name"),
    ("draft", "text_search_data", "id initiative_id author_id content", "user.content"),
    # a film's or an area's words are nobody's
    ("film", "fulltext", "film_id title description release_year", None),
    ("area", "text_search_data", "id unit_id name description", None),
])
def test_a_search_vector_holds_the_words_of_its_row(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "tsvector", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the description and address of a file attached to a record of people: a user task's attachment
    # (Camunda, Flowable), a candidate's (Greenhouse), an employee's (OrangeHRM), a patient's (OpenEMR)
    ("ACT_HI_ATTACHMENT", "DESCRIPTION_", "ID_ USER_ID_ NAME_ TYPE_ TASK_ID_ PROC_INST_ID_ URL_", "user.content"),
    ("ACT_HI_ATTACHMENT", "URL_", "ID_ USER_ID_ NAME_ TYPE_ TASK_ID_ PROC_INST_ID_ DESCRIPTION_", "user.content"),
    ("attachment", "url", "candidate_id filename type created_at", "user.content"),
    # a product's documents are nobody's; another address of a message's file is no attachment's own
    ("product_documents", "description", "id product_id url", None),
    ("attachments", "external_url", "id message_id account_id file_type", None),
])
def test_what_is_said_of_a_file_attached_to_peoples_records(table: str, column: str, siblings: str,
                                                            key: str | None) -> None:
    assert generic(table, column, "varchar(4000)", siblings) == key


_VARIABLE = "ID_ TYPE_ NAME_ EXECUTION_ID_ PROC_INST_ID_ TASK_ID_ BYTEARRAY_ID_ DOUBLE_ LONG_ TEXT_ TEXT2_"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a process variable's text value: the case data a workflow carries (Camunda's, Flowable's and Activiti's
    # runtime and history variables, jBPM's variable log)
    ("ACT_RU_VARIABLE", "TEXT_", "nvarchar(4000)", _VARIABLE, "user"),
    ("ACT_HI_DETAIL", "TEXT_", "nvarchar(4000)", "ID_ PROC_INST_ID_ VAR_INST_ID_ NAME_ VAR_TYPE_ LONG_ TEXT2_", "user"),
    ("VariableInstanceLog", "value", "varchar(255)", "id processInstanceId variableId oldValue log_date", "user"),
    # its second text (the type of a serialised object), its numbers; a global variable keyed to no process
    ("ACT_RU_VARIABLE", "TEXT2_", "nvarchar(4000)", _VARIABLE, None),
    ("ACT_RU_VARIABLE", "LONG_", "numeric(19,0)", _VARIABLE, None),
    ("variable", "val", "text", "id key description is_encrypted", None),
])
def test_a_process_variables_text_is_the_case_data_a_workflow_carries(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("column", "key"), [
    ("USER_", "user.account.username"), ("user_", "user.account.username"), ("CREATED_BY_", "user.account.username"),
    ("EMAIL_", "user.contact.email"), ("PRIORITY_", None), ("USER_ID_", None),
])
def test_a_trailing_underscore_leaves_the_name_as_it_is(column: str, key: str | None) -> None:
    """Workflow engines (Camunda, Flowable, Activiti) end every column name with `_`: `USER_` as text is
    still the login of whoever wrote the row, as `user` is; a key stays a key."""
    assert generic("forms", column, "varchar(255)", "id title body") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the longitude spelled `long` after its coordinate's prefix, as `coord_lat` beside it (Osclass's users)
    ("user", "coord_long", "decimal(10,6)", "id name email coord_lat", "user.location.precise"),
    ("members", "geo_long", "float", "id name email geo_lat", "user.location.precise"),
    # `long` before another word is no longitude
    ("products", "long_description", "text", "id name price", None),
])
def test_a_longitude_written_long_after_a_coordinate_prefix_is_precise(table: str, column: str, column_type: str,
                                                                      siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a CRM's activity or calendar event linked to people: the subject it is logged under (Salesforce, Greenhouse)
    ("event", "subject", "id who_id what_id owner_id start_date_time location", "user.content"),
    ("activity", "subject", "id candidate_id user_id body created_at", "user.content"),
    # a public event with nobody's rows, and a marketing e-mail's send event: the organiser's text
    ("event", "subject", "id name starts_at venue", None),
    ("email_event_sent", "subject", "id recipient from_email", None),
])
def test_the_subject_of_an_activity_linked_to_people_is_what_they_wrote(table: str, column: str, siblings: str,
                                                                       key: str | None) -> None:
    assert generic(table, column, "varchar", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a pipeline tool's own columns, added to every table it writes (dbt snapshots, Fivetran, Airbyte, Stitch, dlt),
    # in a clinical record and in a record of facts about a person: its bookkeeping, nobody's data
    ("visits", "dbt_valid_from", "", "visit_id patient_id ip_address visited_at", None),
    ("visits", "dbt_scd_id", "", "visit_id patient_id ip_address visited_at", None),
    ("visits", "_fivetran_synced", "", "visit_id patient_id ip_address visited_at", None),
    ("visits", "_airbyte_extracted_at", "", "visit_id patient_id ip_address visited_at", None),
    ("visits", "_sdc_batched_at", "", "visit_id patient_id ip_address visited_at", None),
    ("supplementary_demographics", "_dlt_load_id", "", "person_id occupation", None),
    # the record itself, and a word of the record's own that only starts like a tool's name
    ("visits", "diagnosis", "", "visit_id patient_id visited_at _fivetran_synced", "special.health"),
    ("visits", "_airbyte_data", "", "visit_id patient_id visited_at _airbyte_extracted_at", "special.health"),
])
def test_a_pipeline_tools_bookkeeping_column_is_nobodys_data(table: str, column: str, column_type: str, siblings: str,
                                                            key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a count or list of child records of the table's own noun is a tree of its rows (ServiceNow's
    # `incident.child_incidents`, a project tracker's `issues.child_issues`), and a dependent value or field
    # (a cascading choice list, a dependent picklist) depends on another field: no person's children
    ("incident", "child_incidents", "integer", "number caller_id opened_by_id short_description", None),
    ("issues", "child_issues", "varchar", "id author_id assignee_id title", None),
    ("sys_choice", "dependent_value", "varchar", "element value label user_id", None),
    ("picklist_values", "dependent_field", "varchar", "field value owner_id", None),
    # ... while in a person's row their children and dependants are theirs
    ("employees", "child_count", "integer", "id name", "user"),
    ("employees", "number_of_child_dependents", "integer", "id name email", "user"),
    ("worker_leave_status", "child_birth_country", "varchar", "worker_id leave_type", "user"),
])
def test_child_records_of_the_tables_own_noun_are_a_tree_not_a_persons_children(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a support ticket keyed to its requester: its description and message are what people wrote (Zendesk,
    # osTicket, Dolibarr's `llx_ticket`), as a draft's message is (phpBB's `phpbb_drafts.draft_message`)
    ("tickets", "description", "id subject requester_id assignee_id status", "user.content"),
    ("ticket", "message", "id subject user_id status", "user.content"),
    ("drafts", "draft_message", "draft_id user_id topic_id draft_subject", "user.content"),
    # an event's ticket type, keyed to no one (Hi.Events, Pretix's items): the organiser's text
    ("tickets", "description", "id title event_id sale_start_date max_per_order", None),
    ("tickets", "message", "id title event_id price", None),
])
def test_a_tickets_text_is_peoples_writing_only_when_the_ticket_is_linked_to_people(
        table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a ticket's `system` object (the requester's client), flattened by the loader into columns (Fivetran's Zendesk)
    ("ticket", "system_ip_address", "varchar", "id requester_id subject system_client system_latitude system_location",
     "user.device.ip_address"),
    ("ticket", "system_latitude", "float", "id requester_id subject system_client system_ip_address system_location",
     "user.location.precise"),
    # the system's own address: one column, or a table linked to nobody, or a flag about it
    ("ticket", "system_ip_address", "varchar", "id requester_id subject status", None),
    ("servers", "system_ip_address", "varchar", "id hostname system_os system_kernel system_uptime", None),
    ("ticket", "system_ip_address_verified", "boolean", "id requester_id system_client system_latitude system_location",
     None),
    # GA4's flattened `page` object (Velir/dbt-ga4's base_ga4__events, MIT): the page's location is its URL
    ("base_ga4__events", "page_location", "string",
     "user_pseudo_id user_id geo_city page_title page_referrer page_path event_name", None),
])
def test_a_flattened_system_object_of_a_row_linked_to_people_describes_their_client(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # cal-itp/data-infra's National Transit Database ridership (AGPL-3.0): `tos` is the type of service (directly
    # operated, purchased transportation), and ridership is a count of riders, no rider's row
    ("external_ntd__ridership.historical__complete_monthly_ridership_with_adjustments_and_estimates", "tos",
     "ntd_id agency mode tos uza_name reporter_type period_year period_month upt vrm", None),
    ("monthly_ridership", "agency", "ntd_id agency mode tos upt", None),
    # a rider's own row still names a person
    ("riders", "first_name", "id first_name last_name email", "user.name"),
])
def test_ridership_and_type_of_service_are_no_ones(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(50)", siblings) == key


@pytest.mark.parametrize(("column", "key"), [
    # GA4's `privacy_info.uses_transient_token` ('Yes'/'No'), flattened by dbt-ga4: whether one is used, no token
    ("privacy_info_uses_transient_token", None),
    ("uses_token", None),
    ("has_token", None),
    ("transient_token", "user.authorization.credentials"),
])
def test_a_flag_that_something_is_used_is_not_the_thing(column: str, key: str | None) -> None:
    assert generic("sessions", column, "varchar(10)", "id user_id created_at") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a key into a list of occupations, nationalities, education levels, in a person's row or a row
    # linked to people, is the person's value, as `gender_id` is the gender (OpenSID, OrangeHRM, the
    # Finnish student register)
    ("tweb_penduduk", "pekerjaan_id", "id nama nik sex tanggallahir", "user"),
    ("tweb_penduduk", "warganegara_id", "id nama nik sex tanggallahir", "user"),
    ("employees", "marital_status_id", "id first_name last_name birth_date", "user"),
    ("customers", "occupation_id", "id first_name last_name email", "user"),
    ("ohrm_emp_education", "education_id", "id emp_number institute major year", "user"),
    ("henkilo", "aidinkieli_id", "id etunimet sukunimi hetu", "user"),
    ("provider", "speciality_id", "provider_id person_id name identifier", "user"),  # a clinician's specialty (OpenMRS)
    # the list itself, and a key to such a list in nobody's rows, number rows
    ("clinics", "specialty_id", "id name address", None),  # a clinic's
    ("occupations", "occupation_id", "name sort_order", None),
    ("tbl_educations", "education_id", "education sort_order", None),
    ("courses", "education_id", "id title starts_at", None),
    ("tweb_penduduk", "bahasa_id", "id nama nik sex tanggallahir", None),  # a language may be the interface's
    # the same key named first, as French, Spanish, Italian and Portuguese schemas name it (PrestaShop's
    # `id_gender`), also for a kind the table's context names (i-Educar's disability, `deficiencia`)
    ("customer", "id_nationality", "id_customer firstname lastname email birthday", "user"),
    ("pessoas", "ref_cod_deficiencia", "idpes nome cpf sexo data_nasc", "special.health"),
    ("employees", "fk_occupation", "id first_name last_name birth_date", "user"),
    ("occupations", "id_occupation", "name sort_order", None),
    ("customer", "id_lang", "id_customer firstname lastname email birthday", None),
])
def test_a_key_into_a_list_of_a_persons_values_is_the_value(table: str, column: str, siblings: str,
                                                             key: str | None) -> None:
    assert generic(table, column, "int", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # an HR system's table of an employee's skills, languages or certifications, keyed to the employee:
    # its key into the list is which one the person has (OrangeHRM, Odoo's hr_skills, IceHrm)
    ("hs_hr_emp_skill", "skill_id", "emp_number years_of_exp comments", "user"),
    ("hs_hr_emp_language", "lang_id", "emp_number fluency competency comments", "user"),
    ("hr_employee_skill", "skill_id", "id employee_id skill_level_id skill_type_id", "user"),
    ("employee_certifications", "certification_id", "id employee_id institute date_start date_end", "user"),
    # a key to something else there, the list itself, and a table of people's rows about no qualification
    ("hr_employee_skill", "skill_level_id", "id employee_id skill_id skill_type_id", None),
    ("ohrm_skill", "skill_id", "name description", None),
    ("hs_hr_emp_locations", "location_id", "emp_number", None),
    ("ohrm_emp_license", "license_id", "emp_number license_no license_issued_date", None),
])
def test_the_key_of_a_persons_own_qualification_is_theirs(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "int", siblings) == key


_MILITARY_SERVICE = "personal_info_common_id discharge_date discharge_type notes rank service status_id status_begin_date"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a record of a person's military service (Workday's military_service, a corrections department's
    # military_service keyed to the person's file, a member's military history): branch, rank, pay grade,
    # status and discharge type are the person's, the notes what was written about them
    ("workday.military_service", "rank", "varchar", _MILITARY_SERVICE, "user"),
    ("workday.military_service", "service", "varchar", _MILITARY_SERVICE, "user"),
    ("workday.military_service", "discharge_type", "varchar", _MILITARY_SERVICE, "user"),
    ("workday.military_service", "status_id", "varchar", _MILITARY_SERVICE, "user"),
    ("workday.military_service", "notes", "varchar", _MILITARY_SERVICE, "user.content"),
    ("doc_military_service", "discharge_type_id", "int", "military_service_id personal_info_id service_from_date",
     "user"),
    ("MemberMilitary", "LastPayGrade", "nvarchar(4)", "MemberId MilitaryId Start End CurrentStatus", "user"),
    # its dates and its own key, a list of branches or ranks, a service of a business
    ("workday.military_service", "discharge_date", "date", _MILITARY_SERVICE, None),
    ("doc_military_service", "military_service_id", "int", "personal_info_id discharge_type_id", None),
    ("military_branches", "name", "varchar(100)", "id abbreviation sort_order", None),
    ("military_service_types", "status", "varchar(20)", "id name", None),
    ("customer_service", "status", "varchar(20)", "id customer_id opened_at", None),
])
def test_a_record_of_military_service_is_the_persons(table: str, column: str, column_type: str, siblings: str,
                                                     key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


_US_TAX = "emp_number tax_federal_status tax_federal_exceptions tax_state tax_state_status tax_work_state"
_TAX_PROFILE = "id employee_id filing_status federal_allowances state_filing_status state_code status effective_date"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a person's own tax withholding record (OrangeHRM's US tax, a payroll's W-4 elections): how they file,
    # what they claim and the states they are taxed in
    ("hs_hr_emp_us_tax", "tax_federal_status", "varchar(13)", _US_TAX, "user.financial"),
    ("hs_hr_emp_us_tax", "tax_work_state", "varchar(13)", _US_TAX, "user.financial"),
    ("employee_tax_profiles", "filing_status", "text", _TAX_PROFILE, "user.financial"),
    ("employee_tax_profiles", "federal_allowances", "integer", _TAX_PROFILE, "user.financial"),
    # the record's own status and dates, and tax tables keyed to nobody (a payroll's state brackets)
    ("employee_tax_profiles", "status", "text", _TAX_PROFILE, None),
    ("employee_tax_profiles", "effective_date", "date", _TAX_PROFILE, None),
    ("tblStateBracket", "WithholdingAllowances_1", "money", "StateBracketID State TaxYear MaritalStatus AtLeast", None),
    ("tax_rates", "filing_status", "varchar(20)", "id state_code tax_year rate income_from", None),
])
def test_a_persons_tax_withholding_elections_are_financial(table: str, column: str, column_type: str,
                                                           siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


_LEAVE_STATUS = "worker_id leave_start_date leave_end_date leave_status_code leave_type_reason description"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the kind of a person's leave in a record of it named for the leave before its head noun (Workday)
    ("workday.worker_leave_status", "leave_of_absence_type", "varchar", _LEAVE_STATUS, "user"),
    ("employee_absence_history", "absence_type", "varchar(20)", "id employee_id starts_on ends_on", "user"),
    # the record's own status, a list of leave kinds, a holiday package sold to customers
    ("workday.worker_leave_status", "leave_status_code", "varchar", _LEAVE_STATUS, None),
    ("leave_type_status", "type", "varchar(20)", "id name", None),
    ("holiday_packages", "type", "varchar(20)", "id customer_id price", None),
])
def test_the_kind_of_leave_in_a_record_of_a_persons_leave(table: str, column: str, column_type: str, siblings: str,
                                                          key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # why a person's employment ended, in their own termination record or their own row, as a key too
    # (OrangeHRM, an HR system's separations, Odoo's hr_employee)
    ("ohrm_emp_termination", "reason_id", "id emp_number termination_date note", "user"),
    ("employee_separations", "reason_code", "id employee_id separation_date notes", "user"),
    ("hr_employee", "departure_reason_id", "id name work_email birthday departure_date", "user"),
    # the list of reasons, a hire's reason, a security finding dismissed
    ("ohrm_emp_termination_reason", "id", "name", None),
    ("employee_hires", "reason_id", "id employee_id hire_date", None),
    ("vulnerability_feedback", "dismissal_reason", "id author_id project_id feedback_type", None),
])
def test_why_a_persons_employment_ended_is_theirs(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "int", siblings) == key


_ATTENDANCE = "id employee_id punch_in_utc_time punch_in_time_offset punch_out_utc_time state"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the note a person leaves when they clock in or out, or on their timesheet (OrangeHRM's attendance)
    ("ohrm_attendance_record", "punch_in_note", _ATTENDANCE, "user.content"),
    ("ohrm_attendance_record", "punch_out_note", _ATTENDANCE, "user.content"),
    ("timesheet_entries", "notes", "id user_id project_id started_at hours", "user.content"),
    # the rest of the punch, and the default note of an attendance policy keyed to nobody
    ("ohrm_attendance_record", "punch_in_time_offset", _ATTENDANCE, None),
    ("attendance_policies", "punch_in_note", "id name grace_minutes rounding", None),
])
def test_a_note_on_a_persons_working_time_is_what_they_wrote(table: str, column: str, siblings: str,
                                                             key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a report of abuse or a ban linked to people (phpBB's `phpbb_reports`, `phpbb_banlist`, Synapse's
    # `event_reports`): what the reporter or the moderator wrote about a person
    ("phpbb_reports", "report_text", "text", "report_id reason_id post_id user_id report_time", "user.content"),
    ("event_reports", "reason", "text", "id received_ts room_id event_id user_id content", "user.content"),
    ("phpbb_banlist", "ban_give_reason", "varchar(255)", "ban_id ban_userid ban_ip ban_email ban_start",
     "user.content"),
    # a diary (OpenPNE's `c_diary`) or its entries: what its writer wrote
    ("c_diary", "subject", "text", "c_diary_id c_member_id body r_datetime", "user.content"),
    ("diary_entries", "title", "text", "id user_id body created_at", "user.content"),
    # a report definition keyed to nobody, a diary of training sessions: nobody's writing
    ("reports", "report_text", "text", "id name query_text created_at", None),
    ("reports", "reason", "text", "id name query_text created_at", None),
    ("training_diary", "subject", "text", "id name starts_at", None),
])
def test_reports_bans_and_diaries_linked_to_people_are_what_people_wrote(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the identifier a person has at an external identity provider, in a table of the identities linked to
    # their account (Supabase, Synapse, ASP.NET Identity's external logins, OmniAuth)
    ("auth.identities", "provider_id", "text", "id user_id identity_data provider email", "user"),
    ("user_external_ids", "external_id", "text", "auth_provider user_id", "user"),
    ("AspNetUserLogins", "ProviderKey", "nvarchar(128)", "LoginProvider ProviderDisplayName UserId", "user"),
    ("identities", "extern_uid", "varchar", "id provider user_id created_at", "user"),
    # as a number, a key to the provider's row (OrangeHRM's `ohrm_openid_user_identity`); outside a table of
    # identities, a provider's key (a claim's health care provider)
    ("ohrm_openid_user_identity", "provider_id", "int(10)", "user_id user_identity", None),
    ("claims", "provider_id", "text", "id patient_id amount", None),
])
def test_the_id_a_person_has_at_an_identity_provider_is_theirs(
        table: str, column: str, column_type: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the handle that names a person's profile page in its address (Ghost, WordPress, Rails friendly_id)
    ("users", "slug", "id name email password profile_image bio", "user.account.username"),
    ("wp_users", "user_nicename", "ID user_login user_pass user_email user_url", "user.account.username"),
    # a post's, a product's or a tag's slug names a thing's page
    ("posts", "slug", "id title html author_id published_at", None),
    ("products", "slug", "id name price", None),
    ("tags", "slug", "id name description", None),
])
def test_the_slug_of_a_persons_profile_page_is_their_handle(table: str, column: str, siblings: str,
                                                           key: str | None) -> None:
    assert generic(table, column, "varchar(191)", siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "key"), [
    # the message a shopper writes for a gift's recipient, the gift option of most shops (PrestaShop's
    # `cart.gift_message` and `orders.gift_message`)
    ("orders", "gift_message", "text", "user.content"),
    ("cart", "gift_note", "text", "user.content"),
    # a key to the message's row (Magento's `sales_order.gift_message_id`), whether a product allows one
    ("sales_order", "gift_message_id", "int", None),
    ("products", "gift_message_available", "tinyint(1)", None),
])
def test_a_gift_message_is_what_a_shopper_wrote(table: str, column: str, column_type: str, key: str | None) -> None:
    assert generic(table, column, column_type, "id customer_id total_paid") == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a file kept as bytes in a row of or linked to people: a document about the person, or their picture
    ("hs_hr_emp_attachment", "eattach_attachment", "mediumblob", "emp_number eattach_id eattach_desc eattach_filename",
     "user.content"),
    ("ohrm_job_candidate_attachment", "file_content", "mediumblob", "id candidate_id file_name file_type", "user.content"),
    ("hs_hr_emp_picture", "epic_picture", "mediumblob", "emp_number epic_filename epic_type", "user"),
    ("decision_letters", "pdf", "bytea", "id person_id sent_at", "user.content"),
    # the bytes of a table of people's pictures, named bare (LiquidFeedback's `member_image.data`), an avatar
    ("member_image", "data", "bytea", "member_id image_type scaled content_type", "user"),
    ("user_avatars", "data", "bytea", "user_id content_type", "user"),
    ("users", "avatar", "bytea", "id name email", "user"),
    # ... not a thing's file, nor bytes that are no file (a hash, a fingerprint), nor a file's name
    ("ohrm_job_vacancy_attachment", "file_content", "mediumblob", "id vacancy_id file_name file_type", None),
    ("products", "product_image", "varbinary", "product_id product_name unit_price", None),
    ("product_image", "data", "bytea", "product_id content_type", None),
    ("gpg_signatures", "commit_sha", "varbinary", "id project_id gpg_key_id gpg_key_user_email", None),
    ("hs_hr_emp_attachment", "eattach_filename", "varchar(100)", "emp_number eattach_id eattach_attachment", None),
])
def test_files_kept_as_bytes_about_people(table: str, column: str, column_type: str, siblings: str,
                                          key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_a_key_beside_a_persons_key_alone_is_the_persons_value() -> None:
    """A table of keys alone that links a person to a list of values holds the person's values (a
    person may have several nationalities, disabilities): its key into the list is the value, as in
    the person's own row, even when the table is named for it (oppijanumerorekisteri's
    `henkilo_kansalaisuus`, i-Educar's `fisica_deficiencia` keyed by the short key of `pessoa`, a Hibernate
    Envers `_aud` copy). The person's key, a key to a thing (a role, a category) and a table of things' keys
    are no person's value."""
    from checker.classify import evidence

    def key(table: str, column: str, siblings: str, people: tuple[str, ...] = ()) -> str | None:
        found = evidence(table, column, "bigint", siblings.split(), people=people,
                         row_keys=frozenset(sibling for sibling in siblings.split() if sibling.endswith("_id")))
        return found.kind.key if found else None

    assert key("henkilo_kansalaisuus", "kansalaisuus_id", "henkilo_id kansalaisuus_id") == "user"
    assert key("henkilo_kansalaisuus_aud", "kansalaisuus_id", "rev henkilo_id kansalaisuus_id revtype") == "user"
    assert key("cadastro.fisica_deficiencia", "ref_cod_deficiencia", "ref_idpes ref_cod_deficiencia",
               ("cadastro.pessoa",)) == "special.health"
    assert key("patient_disability", "disability_id", "patient_id disability_id") == "special.health"
    assert key("henkilo_kansalaisuus", "henkilo_id", "henkilo_id kansalaisuus_id") is None
    assert key("user_roles", "role_id", "user_id role_id") is None
    assert key("country_nationality", "nationality_id", "country_id nationality_id") is None
    assert key("henkilo_kansalaisuus", "kansalaisuus_id", "henkilo_id kansalaisuus_id alkupvm") is None


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("person", "dead", "boolean", "person_id gender birthdate death_date", "user"),  # OpenMRS
    ("cadastro.fisica", "falecido", "boolean", "idpes data_nasc sexo data_obito", "user"),  # i-Educar
    ("patients", "is_deceased", "tinyint(1)", "id first_name last_name dob", "user"),
    ("users", "expired", "boolean", "id first_name last_name email", None),  # the account's, not the person's
    ("users", "dead_letter", "boolean", "id first_name last_name email", None),
    ("jobs", "dead", "boolean", "id queue payload attempts", None),  # a thing's state
])
def test_a_yes_or_no_of_a_persons_death_is_personal(table: str, column: str, column_type: str, siblings: str,
                                                    expected: str | None) -> None:
    """Whether the person died (OpenMRS's `person.dead`, i-Educar's `fisica.falecido`), in a table of
    people, is plain personal data, as the date of death is; a flag of an account or of a thing is not."""
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the payload of an entry in a log of what people did, kept as a document, bytes or long text: their details
    ("audit_log", "data", "jsonb", "id user_id action ip_address created_at", "user"),
    ("user_events", "content", "text", "id user_id event_type created_at", "user"),
    ("api_request_log", "request", "longtext", "id user_id endpoint status", "user"),
    ("api_request_log", "response", "longtext", "id user_id endpoint status", "user"),
    ("forum_log", "log_data", "mediumtext", "log_id user_id log_ip log_operation", "user"),
    ("member_activity", "payload", "varchar(max)", "id member_id event_name", "user"),
    # ... not the same name kept as a short string (a code: Recurly's `object` names the API object's type),
    ("account_note_history", "object", "varchar(40)", "id account_id message created_at", None),
    ("api_request_log", "request_id", "varchar(64)", "id user_id endpoint status", None),
    # ... nor a system's own log, linked to nobody (a job queue, a migration log)
    ("job_log", "payload", "longtext", "id queue attempts reserved_at", None),
    ("migration_log", "data", "text", "id version applied_at", None),
    # ... nor a word that is no payload (`log_operation`: the language key of what was done)
    ("forum_log", "log_operation", "text", "log_id user_id log_ip log_data", None),
])
def test_the_payload_of_a_log_of_people(table: str, column: str, column_type: str, siblings: str,
                                        key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a table of actions taken by people (Ghost's `actions`, an admin's action log) logs what they did: its context
    # and payload are about the people it names
    ("actions", "context", "text", "id resource_id resource_type actor_id actor_type event created_at", "user"),
    ("admin_actions", "payload", "jsonb", "id admin_user_id action_type created_at", "user"),
    # ... not the automatic actions a project board runs, linked to nobody, nor a word run together with `action`
    ("actions", "params", "text", "id project_id event_name action_name", None),
    ("transactions", "payload", "jsonb", "id account_id amount currency created_at", None),
])
def test_a_table_of_peoples_actions_is_a_log_of_them(table: str, column: str, column_type: str, siblings: str,
                                                     key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # why a client, member or employee was closed, rejected, withdrawn or let go, kept as a code (a key into
    # the code values, Fineract's `cv_id`) in the person's own row: the reason itself, as the typed one is
    ("m_client", "closure_reason_cv_id", "int", "id account_no firstname lastname mobile_no", "user"),
    ("m_client", "reject_reason_cv_id", "int", "id account_no firstname lastname mobile_no", "user"),
    ("m_client", "withdraw_reason_cv_id", "int", "id account_no firstname lastname mobile_no", "user"),
    ("employees", "termination_reason_code", "varchar(10)", "id first_name last_name email", "user"),
    # ... not a group's or a loan's (no person's row), nor a key to the list of reasons named alone
    ("m_group", "closure_reason_cv_id", "int", "id office_id staff_id display_name", None),
    ("m_loan", "closure_reason_cv_id", "int", "id client_id principal_amount", None),
    ("m_client", "closure_reason_id", "int", "id account_no firstname lastname mobile_no", None),
])
def test_coded_reasons_a_persons_relationship_ended(table: str, column: str, column_type: str, siblings: str,
                                                     key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # schools grade a pupil's effort beside their attainment (a markbook entry, a report card): both judge the pupil
    ("markbook_entry", "effortValue", "varchar(10)", "markbookEntryID personIDStudent attainmentValue comment", "user"),
    ("markbook_entry", "effortDescriptor", "varchar(100)", "markbookEntryID personIDStudent attainmentValue", "user"),
    ("report_card", "effort_grade", "varchar(5)", "id student_id attainment_grade", "user"),
    # ... not a task's estimated effort beside its assignee, nor the effort's scale key or a flag
    ("tasks", "effort", "varchar(20)", "id assignee_id title description", None),
    ("tasks", "estimated_effort", "int", "id owner_id user_id title", None),
    ("markbook_entry", "effortScaleID", "int", "markbookEntryID personIDStudent attainmentValue", None),
    ("markbook_entry", "effortConcern", "enum('N','Y')", "markbookEntryID personIDStudent attainmentValue", None),
])
def test_an_effort_grade_beside_an_attainment_grade_judges_the_pupil(table: str, column: str, column_type: str,
                                                                     siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def _in_a_case_chain(table: str, column: str, column_type: str, siblings: str) -> str | None:
    """The category gdpr-baseline gives a column of a table whose rows reach a person by a chain of keys."""
    found = infer(table, column, column_type, [BASELINE], siblings=[column, *siblings.split()], through=("persons",))
    return found.category if found and found.confident else None


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a structured blob in a row that belongs to a person through a chain of keys (a benefit case's decision, the
    # register data fetched for it: NAV's `vedtak.perioder`, `grunnlagsdata.data`; an insurer's claim decision)
    # holds facts about that person, as it does in the person's own row
    ("decision", "periods", "json", "handling_id result_type created_by", "user"),
    ("register_data", "data", "jsonb", "handling_id created_by created_at", "user"),
    ("letter_copies", "persons", "json", "handling_id organisations", "user"),
    # ... not a blob named as the row's own metadata or settings (Chatwoot's `messages.additional_attributes`,
    # a case history's `metadata`), nor one named for things (the companies among a letter's recipients)
    ("handling_history", "metadata", "json", "handling_id step outcome", None),
    ("messages", "additional_attributes", "jsonb", "conversation_id content message_type", None),
    ("letter_copies", "organisations", "json", "handling_id persons", None),
    ("brevkopier", "organisasjoner", "json", "behandling_id personer", None),
])
def test_a_blob_in_a_row_a_chain_of_keys_gives_a_person(table: str, column: str, column_type: str, siblings: str,
                                                        key: str | None) -> None:
    assert _in_a_case_chain(table, column, column_type, siblings) == key
    assert generic(table, column, column_type, siblings) is None  # linked to nobody, a blob is nobody's


@pytest.mark.parametrize(("column", "column_type", "key"), [
    ("usr_notes", "utinyint(1)", None),                          # a permission to read notes: a flag
    ("usr_notes", "tinyint(1) unsigned", None),                  # as the DDL writes it
    ("usr_need_password_change", "utinyint(1)", None),           # a flag, no password
    ("gender", "utinyint(1)", "user.demographic.gender"),        # a gender coded in one digit
    ("gender_confirmed", "utinyint(1)", None),                   # whether it was confirmed
])
def test_an_unsigned_one_digit_tinyint_is_a_flag_as_the_signed_one_is(column: str, column_type: str,
                                                                      key: str | None) -> None:
    """MySQL's `tinyint(1) unsigned` (the catalog's `utinyint(1)`) says yes or no as `tinyint(1)` does; a
    person's gender coded in it stays the gender."""
    assert generic("user_accounts", column, column_type, "user_id first_name last_name") == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # MaxMind's GeoLite2 locations, loaded into warehouses to geolocate IPs: lists of places, nobody's
    ("maxmind_geolite.country_locations", "country_name",
     "geoname_id locale_code continent_code continent_name country_iso_code is_in_european_union", None),
    ("maxmind_geolite.city_locations", "city_name",
     "geoname_id locale_code country_iso_code country_name subdivision_1_name time_zone", None),
    # ... a person's country stays theirs
    ("customers", "country_name", "id email first_name country_code", "user.contact.address.country"),
    ("country_of_residence", "country_name", "person_id since", "user.contact.address.country"),
])
def test_a_list_named_for_a_kind_of_place_names_places(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


@pytest.mark.parametrize(("column", "key"), [
    # a secret kept for a machine or a service is still a credential (rule 7): OpenEMR's SMS gateway
    ("SMS_gateway_password", "user.authorization.credentials"),
    ("proxy_password", "user.authorization.credentials"),
    ("gateway_secret", "user.authorization.credentials"),
    # ... while the machine's own address and name are nobody's
    ("SMS_gateway_host", None),
    ("proxy_ip_address", None),
])
def test_a_secret_kept_for_a_machine_is_a_credential(column: str, key: str | None) -> None:
    siblings = "id Send_SMS_Before_Hours SMS_gateway_username type"
    assert generic("notification_settings", column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "key"), [
    # Salesforce's custom fields keep their `__c` (a person account's `__pc`) in every warehouse copy
    ("salesforce.contact", "Customer_Email__c", "user.contact.email"),
    ("salesforce.account", "Birthdate__pc", "user.demographic.date_of_birth"),
    ("salesforce.Applicant__c", "Passport_Number__c", "user.government_id.passport_number"),
    # ... a custom field's name is read as any other: a count stays a count
    ("salesforce.contact", "Email_Bounces__c", None),
])
def test_salesforce_custom_fields_are_read_without_their_suffix(table: str, column: str, key: str | None) -> None:
    siblings = "Id FirstName LastName AccountId OwnerId CreatedDate"
    assert generic(table, column, "varchar(255)", siblings) == key
