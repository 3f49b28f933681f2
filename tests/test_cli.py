"""The command line as users and CI meet it: exit codes, thresholds, discovery, formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
WARNING_ONLY = "SELECT email FROM accounts;\n"  # PUR002, a warning by default
ERROR = "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n"  # PUR001, an error


def privgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()), "utf-8")
    return tmp_path


def test_clean_project_exits_zero(project: Path) -> None:
    (project / "ok.sql").write_text("-- privgate: purpose=analytics\nSELECT country FROM accounts;\n")
    result = privgate("scan", cwd=project)
    assert result.returncode == 0, result.stdout
    assert "No findings (1 file, 1 statements; coverage 100%)." in result.stdout


def test_warnings_pass_by_default_and_fail_with_fail_on_warning(project: Path) -> None:
    (project / "adhoc.sql").write_text(WARNING_ONLY)
    assert privgate("scan", cwd=project).returncode == 0
    assert privgate("scan", "--fail-on", "warning", cwd=project).returncode == 1


def test_fail_on_from_config(project: Path) -> None:
    config = base_project() | {"fail_on": "warning"}
    (project / "privgate.yaml").write_text(yaml.safe_dump(config))
    (project / "adhoc.sql").write_text(WARNING_ONLY)
    assert privgate("scan", cwd=project).returncode == 1


def test_severity_override_and_off(project: Path) -> None:
    (project / "adhoc.sql").write_text(WARNING_ONLY)
    (project / "privgate.yaml").write_text(yaml.safe_dump(base_project() | {"severity": {"PUR002": "error"}}))
    assert privgate("scan", cwd=project).returncode == 1
    (project / "privgate.yaml").write_text(yaml.safe_dump(base_project() | {"severity": {"PUR002": "off"}}))
    result = privgate("scan", "--format", "json", cwd=project)
    assert result.returncode == 0 and json.loads(result.stdout)["findings"] == []


def test_bare_off_in_yaml_means_off(project: Path) -> None:
    (project / "adhoc.sql").write_text(WARNING_ONLY)
    config = (project / "privgate.yaml").read_text() + "severity: {PUR002: off}\n"  # YAML 1.1 reads false
    (project / "privgate.yaml").write_text(config)
    result = privgate("scan", "--format", "json", "--fail-on", "warning", cwd=project)
    assert result.returncode == 0 and json.loads(result.stdout)["findings"] == []


def test_unknown_rule_in_severity_is_a_config_error(project: Path) -> None:
    (project / "privgate.yaml").write_text(yaml.safe_dump(base_project() | {"severity": {"PUR999": "off"}}))
    result = privgate("scan", cwd=project)
    assert result.returncode == 2 and "unknown rule id 'PUR999'" in result.stderr


def test_staged_file_in_a_subfolder_uses_the_project_config(project: Path) -> None:
    """What the pre-commit hook does: pass only the staged files, from the repository root."""
    (project / "models").mkdir()
    (project / "models" / "topics.sql").write_text(ERROR)
    (project / "models" / "other.sql").write_text(ERROR)
    result = privgate("scan", "models/topics.sql", "--format", "json", cwd=project)
    assert result.returncode == 1
    assert [f["path"] for f in json.loads(result.stdout)["findings"]] == ["models/topics.sql"]


def test_config_found_from_a_nested_folder_upward(project: Path) -> None:
    nested = project / "models" / "deep"
    nested.mkdir(parents=True)
    (nested / "q.sql").write_text(ERROR)
    result = privgate("scan", "--format", "json", cwd=nested)
    assert result.returncode == 1
    assert json.loads(result.stdout)["findings"][0]["path"] == "models/deep/q.sql"


def test_pyproject_tool_section_is_a_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "warehouse"\n\n[tool.privgate]\npacks = ["mgt-solutions"]\n'
        '[tool.privgate.catalog.tables.tickets.columns]\nnotes = "customer_service.notes"\n')
    (tmp_path / "q.sql").write_text(ERROR)
    result = privgate("scan", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["findings"][0]["subject"] == "tickets.notes"


def test_pyproject_without_the_tool_section_does_not_count(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "warehouse"\n')
    (tmp_path / "q.sql").write_text(ERROR)
    result = privgate("scan", cwd=tmp_path)
    assert result.returncode == 2
    assert "no privgate.yaml" in result.stderr


def test_pack_on_the_command_line_without_a_config(tmp_path: Path) -> None:
    (tmp_path / "q.sql").write_text("SELECT 1;\n")
    result = privgate("scan", "--pack", "mgt-solutions", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_pack_alone_judges_a_dbt_project_or_a_dump_from_anywhere(tmp_path: Path) -> None:
    """Without a config, a dbt project is found above the path scanned (from outside it, or from its
    models folder) and its models rendered, and a dump outside the current folder is replayed."""
    shop = tmp_path / "warehouse" / "shop"
    (shop / "models").mkdir(parents=True)
    (shop / "dbt_project.yml").write_text('name: shop\nversion: "1.0"\nprofile: shop\n')
    (shop / "models" / "sources.yml").write_text("version: 2\nsources:\n  - name: raw\n    tables:\n      - name: patients\n")
    (shop / "models" / "stg_patients.sql").write_text("select id, religion from {{ source('raw', 'patients') }}\n")
    dump = tmp_path / "dumps" / "clinic.sql"
    dump.parent.mkdir()
    dump.write_text("CREATE TABLE patients (id int, religion text);\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for path, cwd in ((shop, elsewhere), (Path("."), shop / "models"), (Path("models"), shop)):
        result = privgate("scan", str(path), "--pack", "gdpr-baseline", "--format", "json", cwd=cwd)
        assert "INP001" not in result.stdout, (path, cwd, result.stdout)
        assert json.loads(result.stdout)["summary"]["coverage"]["models_checked"] == 1, (path, cwd)
    catalog = privgate("catalog", str(dump), "--pack", "gdpr-baseline", "--format", "json", cwd=elsewhere)
    assert catalog.returncode == 0, catalog.stderr
    assert "religion" in catalog.stdout and "special.religious_beliefs" in catalog.stdout


def test_pack_alone_reads_the_sql_in_the_dialect_it_is_written_in(tmp_path: Path) -> None:
    """Without a config nothing names the dialect: the scanned SQL votes, as `privgate init` decides,
    so a SQL Server script (brackets, GO, sp_rename) is read as T-SQL instead of failing as PostgreSQL."""
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "init.sql").write_text(
        "CREATE TABLE [dbo].[Customers] (\n  [Id] int IDENTITY(1,1) NOT NULL,\n  [Email] nvarchar(320) NULL,\n"
        "  [BirthDate] datetime2 NULL\n)\nGO\n"
        "EXEC sp_rename N'[dbo].[Customers].[Email]', N'EmailAddress', N'COLUMN';\nGO\n")
    for path in ("schema", "schema/init.sql"):
        result = privgate("catalog", path, "--pack", "gdpr-baseline", "--format", "json", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        [table] = json.loads(result.stdout)["tables"]
        assert {column["name"] for column in table["columns"]} == {"id", "emailaddress", "birthdate"}, path


def test_pack_alone_replays_the_schema_not_its_teardown_script(tmp_path: Path) -> None:
    """A service keeps its schema in `db/create.sql` beside `db/drop.sql`, the script that tears it down
    for tests: replaying every SQL file in path order dropped every table, and the scan said "No
    findings". Without a config the DDL replayed is what `privgate init` would name: schema files and
    migration steps, not a teardown script."""
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "create.sql").write_text(
        "CREATE TABLE users (id int, email text, birth_date date);\n"
        "CREATE TABLE orders (id int, user_id int, shipping_address text);\n")
    (tmp_path / "db" / "drop.sql").write_text("DROP TABLE IF EXISTS orders;\nDROP TABLE IF EXISTS users;\n")
    result = privgate("catalog", ".", "--pack", "gdpr-baseline", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert {table["name"] for table in json.loads(result.stdout)["tables"]} == {"users", "orders"}


def test_pack_alone_reads_a_second_warehouses_folder_in_its_dialect(tmp_path: Path) -> None:
    """getlago/lago-api (AGPL-3.0, shortened) keeps ClickHouse migrations in db/clickhouse_migrate/ beside
    its PostgreSQL db/structure.sql: `privgate init` writes `dialects: {db/clickhouse_migrate/**: clickhouse}`,
    and a scan without a config reads that folder so too, where each file was "cannot parse SQL" (exit 2)."""
    (tmp_path / "db" / "clickhouse_migrate" / "cloud").mkdir(parents=True)
    (tmp_path / "db" / "structure.sql").write_text(
        "CREATE TABLE public.customers (id uuid NOT NULL, email character varying, metadata jsonb, "
        "created_at timestamp(6) without time zone NOT NULL);\n"
        "CREATE TABLE public.invoices (id uuid NOT NULL, customer_id uuid, total numeric(30,5), "
        "payload jsonb DEFAULT '{}'::jsonb);\n" + "".join(
            f"CREATE TABLE public.{name} (id uuid NOT NULL, settings jsonb DEFAULT '{{}}'::jsonb NOT NULL, "
            "created_at timestamptz DEFAULT now()::timestamptz);\n" for name in ("plans", "coupons", "taxes", "wallets")))
    (tmp_path / "db" / "clickhouse_migrate" / "cloud" / "01_events_raw.sql").write_text(
        "CREATE TABLE default.events_raw\n(\n    `organization_id` String,\n    `external_customer_id` String,\n"
        "    `properties` Map(String, String),\n    `ingested_at` DateTime64(3)\n)\n"
        "ENGINE = MergeTree\nORDER BY (organization_id, ingested_at);\n")
    result = privgate("scan", ".", "--pack", "gdpr-baseline", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "cannot parse" not in result.stdout and "7 tables" in result.stdout.splitlines()[-1]


def test_pack_alone_renders_a_dbt_project_kept_in_a_folder_of_the_repository(tmp_path: Path) -> None:
    """cal-itp/data-infra (AGPL-3.0) keeps its dbt project in warehouse/ beside Airflow and services code:
    scanned from the repository's root with --pack alone, each of its 611 models was "a Jinja template outside
    a dbt project" (coverage 14%); `privgate init` names the folder (`catalog.dbt: warehouse`), and so does a
    scan without a config now, with the dialect of the project's profile."""
    (tmp_path / "warehouse" / "models" / "staging").mkdir(parents=True)
    (tmp_path / "warehouse" / "dbt_project.yml").write_text("name: calitp_warehouse\nprofile: calitp_warehouse\n")
    (tmp_path / "warehouse" / "profiles.yml").write_text(
        "calitp_warehouse:\n  target: dev\n  outputs:\n    dev: {type: bigquery, method: oauth, project: p, dataset: d}\n")
    (tmp_path / "warehouse" / "models" / "staging" / "_sources.yml").write_text(
        "version: 2\nsources:\n  - name: littlepay\n    tables:\n      - name: customer_funding_source\n"
        "        columns: [{name: customer_id}, {name: masked_pan}, {name: principal_customer_id}]\n")
    (tmp_path / "warehouse" / "models" / "staging" / "stg_littlepay__customer_funding_source.sql").write_text(
        "{{ config(materialized='view') }}\nselect customer_id, masked_pan, principal_customer_id\n"
        "from {{ source('littlepay', 'customer_funding_source') }}\n"
        "qualify row_number() over (partition by customer_id order by principal_customer_id) = 1\n")
    result = privgate("scan", ".", "--pack", "gdpr-baseline", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dbt models 1 of 1 rendered and read" in result.stdout.splitlines()[-1]


def test_pack_alone_reads_a_dbt_project_in_its_warehouses_dialect(tmp_path: Path) -> None:
    """A dbt project whose profile sits where dbt's CI passes `--profiles-dir` (not beside the project):
    its Snowflake SQL (a VARIANT path, `::` casts, QUALIFY) votes, as `privgate init` decides, and is
    read as Snowflake, not failed as PostgreSQL; a profile beside the project names the adapter."""
    (tmp_path / "models").mkdir()
    (tmp_path / "dbt_project.yml").write_text("name: billing\nprofile: warehouse\nmodel-paths: [models]\n")
    (tmp_path / "models" / "stg_subscriptions.sql").write_text(
        "select id as subscription_id, customer:email::varchar as customer_email, plan:product::varchar as product_id\n"
        "from raw.stripe.subscriptions\nqualify row_number() over (partition by id order by created desc) = 1\n")
    for model in ("stg_items", "stg_plans"):
        (tmp_path / "models" / f"{model}.sql").write_text(
            f"select id, metadata:cloud::boolean as is_cloud from raw.stripe.{model[4:]}\n"
            "qualify row_number() over (partition by id order by created desc) = 1\n")
    result = privgate("catalog", ".", "--pack", "gdpr-baseline", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    tables = {table["name"]: table for table in json.loads(result.stdout)["tables"]}
    assert {column["name"] for column in tables["stg_subscriptions"]["columns"]} == {
        "subscription_id", "customer_email", "product_id"}


def test_output_file_and_statistics(project: Path) -> None:
    (project / "a.sql").write_text(ERROR)
    (project / "b.sql").write_text(WARNING_ONLY)
    result = privgate("scan", "--format", "json", "--output", "report.json", cwd=project)
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads((project / "report.json").read_text())["summary"]["findings"] == 2
    stats = privgate("scan", "--statistics", cwd=project)
    assert stats.stdout.split() == ["1", "PUR001", "1", "PUR002"]


def test_text_report_groups_by_file_and_cites_the_policy(project: Path) -> None:
    (project / "a.sql").write_text(ERROR)
    result = privgate("scan", cwd=project)
    assert result.stdout.splitlines()[:3] == [
        "a.sql",
        "  2:8  error  PUR001 tickets.notes holds customer_service.notes (Account notes), which the policy "
        "does not list for purpose 'analytics' (Analytics & Data Segmentation)",
        "      policy: MGT Solutions privacy policy (MGT Connect) § Analytics & Data Segmentation: \"Account data: MGT Connect’s "
        "account data, country, email addresses◦ACTIVITY DATA: IP address\"",
    ]
    assert "\x1b[" not in result.stdout  # no colour codes when not on a terminal


def test_rules_list_and_explain(project: Path) -> None:
    listing = privgate("rules", "list", cwd=project)
    assert listing.returncode == 0
    assert {"PUR001", "CON001", "RET001", "TRF001", "ACC001", "INP001"} <= set(listing.stdout.split())
    explained = privgate("explain", "con001", cwd=project)
    assert explained.returncode == 0
    assert "Receive news and special offers from MGT Solutions by email" in explained.stdout  # the consent asked for
    withdrawal = privgate("explain", "con002", cwd=project)
    assert "You can withdraw your consent to these at any time." in withdrawal.stdout
    unknown = privgate("explain", "XYZ123", cwd=project)
    assert unknown.returncode == 2 and "unknown rule" in unknown.stderr


def test_json_is_identical_for_serial_and_parallel_scans(project: Path, monkeypatch) -> None:
    from checker import engine
    from checker.config import load_config
    from checker.report import json_format

    folder = project / "models"
    folder.mkdir()
    for index in range(80):  # above the parallel threshold
        (folder / f"m{index:03d}.sql").write_text(ERROR if index % 3 else WARNING_ONLY)
    loaded = engine.load_project(load_config(project / "privgate.yaml"))
    files = engine.collect_files(loaded, [project])
    as_of = __import__("datetime").date(2026, 11, 24)
    parallel = json_format.render(engine.scan(loaded, files, as_of))
    monkeypatch.setattr(engine, "PARALLEL_THRESHOLD", 10**9)
    serial = json_format.render(engine.scan(loaded, list(reversed(files)), as_of))
    assert parallel == serial
    assert json.loads(parallel)["summary"]["findings"] == 80
