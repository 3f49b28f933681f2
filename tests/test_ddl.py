"""DDL files replayed into the catalog: migrations in order, annotations in column comments."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
QUERY = ("-- privgate: purpose=marketing\n"
         "SELECT * FROM accounts a JOIN consents c ON c.account_id = a.id\n"
         "WHERE c.marketing_email AND c.withdrawn_at IS NULL;\n")


def scan(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "scan", "--format", "json"], cwd=project,
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def write(project: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ncatalog:\n  ddl: [\"migrations/*.sql\"]\n"
                         "  tables:\n    accounts:\n      columns: {email: account.email}\n",
        "migrations/001_init.sql": (
            "CREATE TABLE accounts (id bigint, email text, phone text, notes text);\n"
            "CREATE TABLE consents (account_id bigint, marketing_email boolean, withdrawn_at timestamptz);\n"
            "COMMENT ON COLUMN consents.marketing_email IS 'privgate: consent.marketing_email';\n"
            "COMMENT ON COLUMN consents.withdrawn_at IS 'privgate: consent.withdrawal';\n"),
        "migrations/002_country.sql": (
            "ALTER TABLE accounts ADD COLUMN country text;\n"
            "COMMENT ON COLUMN accounts.country IS 'Billing country. privgate: account.country';\n"
            "COMMENT ON COLUMN accounts.notes IS 'privgate: customer_service.notes';\n"
            "ALTER TABLE accounts DROP COLUMN phone;\n"),
        "models/audience.sql": QUERY,
    })
    return tmp_path


def test_migrations_replayed_in_order_feed_select_star_and_categories(project: Path) -> None:
    result = scan(project)
    findings = json.loads(result.stdout)["findings"]
    assert sorted((f["rule_id"], f["subject"]) for f in findings) == [
        ("PUR001", "accounts.country"), ("PUR001", "accounts.notes")]


def test_config_categories_win_over_ddl_annotations(project: Path) -> None:
    (project / "privgate.yaml").write_text(
        "packs: [mgt-solutions]\ncatalog:\n  ddl: [\"migrations/*.sql\"]\n"
        "  tables:\n    accounts:\n      columns: {email: account.email, notes: null, country: null}\n")
    assert json.loads(scan(project).stdout)["findings"] == []


def test_inline_mysql_comment_and_bigquery_description(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ndialect: mysql\ndialects: {\"bq/**\": bigquery}\n"
                         "catalog:\n  ddl: [\"schema/**\", \"bq/schema.sql\"]\n",
        "schema/tickets.sql": "CREATE TABLE tickets (id INT, notes TEXT COMMENT 'privgate: customer_service.notes');\n",
        "bq/schema.sql": "CREATE TABLE devices (os STRING OPTIONS(description='privgate: device.os'));\n",
        "q.sql": "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n",
        "bq/q.sql": "-- privgate: purpose=analytics\nSELECT os FROM devices\n",
    })
    findings = json.loads(scan(tmp_path).stdout)["findings"]
    assert sorted(f["subject"] for f in findings) == ["devices.os", "tickets.notes"]


def test_broken_ddl_is_an_input_problem_and_unknown_annotations_a_config_error(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ncatalog:\n  ddl: [\"migrations/*.sql\"]\n",
        "migrations/001.sql": "CREATE TABLE accounts (id bigint,\n  email text\n",
        "q.sql": "SELECT 1;\n",
    })
    broken = scan(tmp_path)
    assert broken.returncode == 2
    assert [(f["rule_id"], f["path"]) for f in json.loads(broken.stdout)["findings"]] == [
        ("INP001", "migrations/001.sql")]
    (tmp_path / "migrations" / "001.sql").write_text(
        "CREATE TABLE accounts (email text);\nCOMMENT ON COLUMN accounts.email IS 'privgate: account.e_mail';\n")
    unknown = scan(tmp_path)
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr
    assert "migrations/001.sql: unknown data category 'account.e_mail'" in unknown.stderr


def test_unannotated_columns_are_classified_by_name_and_none_declares_nothing(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [service-company-bg]\ncatalog:\n  ddl: [\"schema.sql\"]\n",
        "schema.sql": ("CREATE TABLE clients (id bigint, ime text, telefon text, email text);\n"
                       "COMMENT ON COLUMN clients.email IS 'Shared mailbox of the company. privgate: none';\n"),
        "q.sql": "-- privgate: purpose=accounting\nSELECT ime, telefon, email FROM clients;\n",
    })
    findings = json.loads(scan(tmp_path).stdout)["findings"]
    assert [(f["rule_id"], f["subject"], f["category"]) for f in findings] == [
        ("PUR001", "clients.telefon", "customer.phone")]  # ime -> customer.name is allowed for accounting
    assert "category inferred from the column name" in " ".join(findings[0]["evidence"])


def test_bulgarian_national_identifiers_are_recognised(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [go-bg]\ncatalog:\n  ddl: [\"schema.sql\"]\n",
        "schema.sql": "CREATE TABLE leads (egn text, lnch text, ime text);\n",
        "q.sql": "-- privgate: purpose=direct_marketing\nSELECT egn, lnch FROM leads;\n",
    })
    findings = json.loads(scan(tmp_path).stdout)["findings"]
    assert sorted((f["rule_id"], f["category"]) for f in findings) == [
        ("CON001", "consent.offers"),  # and no consent test either
        ("PUR001", "national_id.egn"), ("PUR001", "national_id.lnch")]
