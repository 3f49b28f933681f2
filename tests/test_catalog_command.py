"""`privgate catalog`: the inventory is the catalog the scan judges with (checked against
load_project's frozen catalog), in three formats, on the demo, a small repository and a live
PostgreSQL database; `--write-annotations` proposals read back as declarations in each form."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
import yaml

from checker.annotations import fideslang_key
from checker.catalog import DECLARED, INFERRED, UNKNOWN, Catalog
from checker.config import load_config
from checker.project import load_project
from checker.readers.fides import read_fides
from checker.validation import load_schema
from helpers import merge

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"
RANKS = ("declared", "lineage", "content", "type", "name", "unknown")

# A shop's schema dump as a data engineer would have it: nobody annotated anything.
SHOP_DDL = """
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text,
    last_ip inet,
    email_info text,
    segment text
);
CREATE TABLE orders (id bigint, customer_id bigint, total numeric(10, 2));
"""


def privgate(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "catalog", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "PRIVGATE_NO_CACHE": "1"})


def catalog_json(*args: str, cwd: Path = REPO) -> dict:
    result = privgate(*args, "--format", "json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def frozen_catalog(folder: Path, db_url: str | None = None) -> Catalog:
    return load_project(load_config(folder / "privgate.yaml"), (), db_url).catalog


def as_listed(catalog: Catalog) -> dict[tuple[str, str], tuple[str | None, str, str | None]]:
    """(table, column) -> (category, rank word, suggested category), straight from the catalog."""
    return {(table.name, column): (category, RANKS[table.ranks.get(column, UNKNOWN)],
                                   table.suggestions[column][0] if column in table.suggestions else None)
            for table in catalog.tables.values() for column, category in table.columns.items()}


def listed(document: dict) -> dict[tuple[str, str], tuple[str | None, str, str | None]]:
    return {(table["name"], column["name"]): (column["category"], column["rank"],
                                              (column["suggestion"] or {}).get("category"))
            for table in document["tables"] for column in table["columns"]}


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "001_init.sql").write_text(SHOP_DDL)
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"],
                                                            "catalog": {"ddl": ["schema/*.sql"]}}))
    return tmp_path


# -- the catalog the scan uses ------------------------------------------------------------------
def test_demo_json_is_the_catalog_the_scan_uses() -> None:
    document = catalog_json("fixtures/demo")
    catalog = frozen_catalog(DEMO)
    assert listed(document) == as_listed(catalog)
    assert document["version"] == 1 and document["packs"] == ["mgt-solutions"]
    tables = {table["name"]: table for table in document["tables"]}
    assert tables["accounts"]["defined_at"] == "schema/001_core.sql:11"
    assert tables["stg_accounts"]["defined_at"] == "dbt/models/staging/stg_accounts.sql"  # lineage fills it in
    assert tables["eu_activity.request_log"]["retention"] == "730 days"
    assert tables["eu_activity.request_log"]["location"]["country"] == "DE"  # europe-west3, from its DDL
    accounts = {column["name"]: column for column in tables["accounts"]["columns"]}
    assert accounts["email"]["provenance"] == "declared in privgate.yaml:41"
    assert (accounts["email"]["personal"], accounts["id"]["personal"]) == (True, False)
    companies = {column["name"]: column for column in tables["companies"]["columns"]}
    assert companies["revenue_eur"]["personal"] is False  # the pack says company data is not personal
    logs = {column["name"]: column for column in tables["eu_activity.request_log"]["columns"]}
    assert (logs["logged_at"]["category"], logs["logged_at"]["rank"], logs["logged_at"]["personal"]) == \
        (None, "unknown", None)
    ranks = [rank for _, rank, _ in as_listed(catalog).values()]
    assert document["summary"] == {
        "tables": len(catalog.tables), "columns": len(ranks),
        "personal": sum(1 for column in document_columns(document) if column["personal"]),
        "not_personal": sum(1 for column in document_columns(document) if column["personal"] is False),
        "declared": ranks.count("declared"), "inferred": sum(1 for rank in ranks if rank not in ("declared", "unknown")),
        "uncategorised": ranks.count("unknown"), "datasets": len(document["datasets"]),
        "dataset_columns": sum(len(dataset["columns"]) for dataset in document["datasets"]),
        "dataset_personal": sum(1 for dataset in document["datasets"] for column in dataset["columns"]
                                if column["personal"])}


def test_demo_datasets_are_listed_as_the_dataset_rules_see_them() -> None:
    """Every dataset of a whole-project scan, each column with the category its dataset rules judge
    with; a content suggestion exactly where the scan reports what the content showed: undeclared
    personal data (PUR004), and identifiers in an anonymised output (ANO001)."""
    from checker.dataset_judging import dataset_columns, read_dataset_header
    from checker.engine import collect_datasets

    document = catalog_json("fixtures/demo")
    project = load_project(load_config(DEMO / "privgate.yaml"))
    expected = {}
    for dataset in collect_datasets(project, [DEMO]):
        header = read_dataset_header(dataset, project.config)
        expected[dataset.label] = dataset_columns(dataset, header.names, project.catalog, project.packs).categories
    listed_datasets = {dataset["name"]: dataset for dataset in document["datasets"]}
    assert set(listed_datasets) == set(expected) and len(expected) == 15
    for name, categories in expected.items():
        assert listed_datasets[name]["problem"] is None
        assert {column["name"]: column["category"] for column in listed_datasets[name]["columns"]
                if column["category"] is not None} == {key: value for key, value in categories.items() if value}
    suggested = {(dataset["name"], column["name"]): column["suggestion"]["category"]
                 for dataset in document["datasets"] for column in dataset["columns"] if column["suggestion"]}
    assert suggested == {("data/support/ticket_export.csv", "callback"): "user.contact.phone_number",
                         ("data/stats/signups_by_region.csv", "top_referrer"): "user.contact.email"}
    audience = {column["name"]: column for column in listed_datasets["table newsletter_audience"]["columns"]}
    assert (audience["email"]["rank"], audience["email"]["provenance"]) == ("declared", "declared in privgate.yaml:41")


def test_a_dataset_nobody_can_read_is_listed_with_its_problem_and_exit_2(shop: Path) -> None:
    config = yaml.safe_load((shop / "privgate.yaml").read_text())
    config["datasets"] = [{"path": "exports/customers.csv"},
                          {"path": "exports/audience.csv", "role": "marketing_audience", "consent": "opted_in"}]
    (shop / "privgate.yaml").write_text(yaml.safe_dump(config))
    (shop / "exports").mkdir()
    (shop / "exports" / "customers.csv").write_text("id,name,email\n1,Ana Petrova,ana@example.bg\n")
    (shop / "exports" / "audience.csv").write_text("email\nivo.petrov@example.bg\n")  # no opted_in column
    result = privgate("--format", "json", cwd=shop)
    assert result.returncode == 2
    datasets = {dataset["name"]: dataset for dataset in json.loads(result.stdout)["datasets"]}
    customers = {column["name"]: column for column in datasets["exports/customers.csv"]["columns"]}
    assert (customers["name"]["category"], customers["name"]["rank"]) == ("account.name", "name")
    assert customers["name"]["provenance"] == "name, in the context of 'customers'"
    assert "opted_in" in datasets["exports/audience.csv"]["problem"] and datasets["exports/audience.csv"]["columns"] == []
    [line] = result.stderr.splitlines()
    assert line.startswith("privgate: error: privgate.yaml:") and "exports/audience.csv" in line


def document_columns(document: dict) -> list[dict]:
    return [column for table in document["tables"] for column in table["columns"]]


def test_inferences_and_suggestions_are_listed_with_their_source(shop: Path) -> None:
    document = catalog_json(".", cwd=shop)
    assert listed(document) == as_listed(frozen_catalog(shop))
    customers = {column["name"]: column for column in document["tables"][0]["columns"]}
    assert (customers["email"]["rank"], customers["email"]["provenance"]) == ("name", "inferred from its name: token 'email'")
    assert (customers["last_ip"]["rank"], customers["last_ip"]["provenance"]) == ("type", "inferred from its type inet")
    assert customers["email_info"]["category"] is None
    assert customers["email_info"]["suggestion"] == {"category": "account.email",
                                                          "reason": "the name contains 'email'"}
    assert customers["segment"]["rank"] == "unknown" and customers["segment"]["personal"] is None


@pytest.mark.parametrize("output_format", ["text", "json", "csv"])
def test_every_format_lists_every_column(output_format: str) -> None:
    result = privgate("fixtures/demo", "--format", output_format)
    assert result.returncode == 0, result.stderr
    expected = as_listed(frozen_catalog(DEMO))
    if output_format == "json":
        assert len(document_columns(json.loads(result.stdout))) == len(expected)
    elif output_format == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert {(row["table"], row["column"]): (row["category"], row["rank"]) for row in rows
                if row["kind"] == "table"} == {
            key: (category or ("none" if rank != "unknown" else "unknown"), rank)
            for key, (category, rank, _) in expected.items()}
    else:
        lines = result.stdout.splitlines()
        headers = [line.split("  (")[0] for line in lines if line and not line.startswith(" ") and "  (" in line
                   and "  (dataset, role " not in line]
        assert sorted(headers) == sorted({table for table, _ in expected})
        document = catalog_json("fixtures/demo")
        assert lines[-2] == (f"{len(headers)} tables, {len(expected)} columns: "
                             f"{sum(1 for c in document_columns(document) if c['personal'])} personal, "
                             f"{sum(1 for c in document_columns(document) if c['personal'] is False)} not personal; "
                             f"{sum(1 for _, r, _ in expected.values() if r == 'declared')} declared, "
                             f"{sum(1 for _, r, _ in expected.values() if r not in ('declared', 'unknown'))} inferred, "
                             f"{sum(1 for _, r, _ in expected.values() if r == 'unknown')} without a category")
        email = next(line for line in lines if line.split()[:1] == ["email"])
        assert email.split()[1:3] == ["account.email", "declared"]



# A dbt shop whose marts compute a key and an aggregate from the customers' orders.
SHOP_DBT = {
    "privgate.yaml": "packs: [gdpr-baseline]\n",
    "dbt_project.yml": "name: shop\nmodel-paths: [models]\n",
    "models/sources.yml": "version: 2\nsources:\n  - name: app\n    tables:\n      - name: orders\n"
                          "        columns: [{name: id}, {name: customer_id}, {name: email}, {name: country}]\n",
    "models/staging/stg_orders.sql":
        "select id as order_id, customer_id, email, country from {{ source('app', 'orders') }}\n",
    "models/marts/order_keys.sql":
        "select md5(concat(customer_id, order_id)) as order_key, email from {{ ref('stg_orders') }}\n",
    "models/marts/country_orders.sql":
        "select country, count(*) as orders_per_country from {{ ref('stg_orders') }} group by country\n",
}


def test_a_column_lineage_finds_no_ones_data_in_reads_not_personal_with_its_reason(tmp_path: Path) -> None:
    for name, text in SHOP_DBT.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    document = catalog_json(".", cwd=tmp_path)
    columns = {(table["name"], column["name"]): column for table in document["tables"] for column in table["columns"]}
    decided = ((("order_keys", "order_key"), "a key"), (("country_orders", "orders_per_country"), "an aggregate"))
    for key, what in decided:
        column = columns[key]
        assert (column["category"], column["rank"], column["personal"]) == (None, "lineage", False)
        assert column["provenance"].startswith(f"lineage: {what}")
    assert columns[("order_keys", "email")]["personal"] is True
    assert document["summary"]["not_personal"] == 2
    text = privgate(".", cwd=tmp_path).stdout.splitlines()
    row = next(line.split(None, 4) for line in text if line.split()[:1] == ["order_key"])
    assert row == ["order_key", "none", "lineage", "no", "lineage: a key computed from its columns (no category)"]
    assert ", 2 not personal;" in text[-1]

def test_output_file_and_errors(tmp_path: Path, shop: Path) -> None:
    written = privgate(".", "--format", "csv", "--output", str(tmp_path / "catalog.csv"), cwd=shop)
    assert written.returncode == 0 and written.stdout == ""
    assert (tmp_path / "catalog.csv").read_text().startswith("project,table,defined_at,")
    missing = privgate("no/such/folder", cwd=shop)
    assert missing.returncode == 2 and missing.stderr.strip() == "privgate: error: path does not exist: no/such/folder"
    (shop / "privgate.yaml").write_text("packs: [mgt-solutions]\ncatalog:\n  tables:\n    customers:\n      columns: {email: no.such}\n")
    invalid = privgate(".", cwd=shop)
    assert invalid.returncode == 2 and len(invalid.stderr.strip().splitlines()) == 1
    assert "privgate.yaml:5" in invalid.stderr and "unknown data category 'no.such'" in invalid.stderr


def test_unreadable_catalog_inputs_are_one_line_each_and_exit_2(shop: Path) -> None:
    (shop / "privacy.fides.yml").write_text("dataset: [\n")
    (shop / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"],
                                                        "catalog": {"ddl": ["schema/*.sql"], "fides": ["*.fides.yml"]}}))
    result = privgate(".", "--format", "json", cwd=shop)
    assert result.returncode == 2
    assert [table["name"] for table in json.loads(result.stdout)["tables"]] == ["customers", "orders"]
    assert result.stderr.startswith("privgate: error: privacy.fides.yml:") and len(result.stderr.splitlines()) == 1


# -- --write-annotations ------------------------------------------------------------------------
def proposed(catalog: Catalog) -> dict[tuple[str, str], str]:
    """What the proposals must declare: every inferred category."""
    return {(table.name, column): category for table in catalog.tables.values()
            for column, category in table.columns.items() if table.ranks.get(column) in INFERRED and category}


def test_privgate_fragment_merged_into_the_config_declares_the_same_categories(shop: Path, tmp_path: Path) -> None:
    fragment = tmp_path / "proposals.yaml"
    result = privgate(".", "--write-annotations", str(fragment), cwd=shop)
    assert result.returncode == 0, result.stderr
    before = frozen_catalog(shop)
    text = fragment.read_text()
    assert "# segment: ?" in text and "# email_info: account.email" in text  # for review, not declared
    config = merge(yaml.safe_load((shop / "privgate.yaml").read_text()), yaml.safe_load(text))
    jsonschema.validate(config, load_schema("config"))
    (shop / "privgate.yaml").write_text(yaml.safe_dump(config))
    after = frozen_catalog(shop)
    assert proposed(before) == {("customers", "email"): "account.email", ("customers", "last_ip"): "activity.ip_address"}
    for (table, column), category in proposed(before).items():
        assert (after.tables[table].columns[column], after.tables[table].ranks[column]) == (category, DECLARED)
    for column in ("segment", "email_info", "id"):  # never declared non-personal on anyone's behalf
        assert after.tables["customers"].ranks[column] == UNKNOWN


def test_demo_fragment_keeps_every_category(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("*.sqlite", "data"))
    fragment = tmp_path / "demo-proposals.privgate.yaml"
    result = privgate(str(demo), "--write-annotations", str(fragment))
    # without the data folder, the dataset tables of the warehouse cannot be read: said, and exit 2
    assert result.returncode == 2 and result.stderr.splitlines()
    assert all("warehouse.sqlite" in line for line in result.stderr.splitlines())
    before = frozen_catalog(demo)
    config = merge(yaml.safe_load((demo / "privgate.yaml").read_text()), yaml.safe_load(fragment.read_text()))
    jsonschema.validate(config, load_schema("config"))
    (demo / "privgate.yaml").write_text(yaml.safe_dump(config))
    after = frozen_catalog(demo)
    assert proposed(before)  # the dbt models' lineage
    assert {key: (after.tables[key[0]].columns[key[1]], after.tables[key[0]].ranks[key[1]])
            for key in proposed(before)} == {key: (category, DECLARED) for key, category in proposed(before).items()}
    unchanged = {key: value[0] for key, value in as_listed(before).items() if key not in proposed(before)}
    assert {key: as_listed(after)[key][0] for key in unchanged} == unchanged


def test_dbt_schema_file_is_read_back_by_privgate(shop: Path) -> None:
    (shop / "dbt_project.yml").write_text("name: shop\nversion: '1.0'\nmodel-paths: [models]\n")
    (shop / "models" / "staging").mkdir(parents=True)
    (shop / "models" / "sources.yml").write_text(
        "version: 2\nsources:\n  - name: shop\n    schema: public\n    tables:\n      - name: customers\n")
    (shop / "models" / "staging" / "stg_customers.sql").write_text(
        "select id, email, last_ip from {{ source('shop', 'customers') }}\n")
    before = frozen_catalog(shop)
    target = shop / "models" / "privgate_proposals.yml"
    result = privgate(".", "--write-annotations", str(target), cwd=shop)
    assert result.returncode == 0, result.stderr
    document = yaml.safe_load(target.read_text())
    assert document["version"] == 2 and [model["name"] for model in document["models"]] == ["stg_customers"]
    assert [(source["name"], source["schema"]) for source in document["sources"]] == [("shop", "public")]
    (shop / "models" / "sources.yml").unlink()  # the proposals describe the same source: merged by hand
    after = frozen_catalog(shop)
    assert ("stg_customers", "email") in proposed(before)
    for (table, column), category in proposed(before).items():
        assert (after.tables[table].columns[column], after.tables[table].ranks[column]) == (category, DECLARED)
        assert after.tables[table].provenance[column] .startswith("dbt schema file in models/privgate_proposals.yml")
    assert after.tables["customers"].ranks["segment"] == UNKNOWN


def test_fides_manifest_is_read_back_by_the_fides_reader(tmp_path: Path) -> None:
    manifest = tmp_path / "proposals.fides.yml"
    result = privgate("fixtures/demo", "--write-annotations", str(manifest))
    assert result.returncode == 0, result.stderr
    project = load_project(load_config(DEMO / "privgate.yaml"))
    definitions, problems = read_fides([(manifest, manifest.name)], list(project.packs))
    assert problems == []
    read_back = {(table, column): category for table, definition in definitions.items()
                 for column, category in definition.columns.items()}
    assert read_back == proposed(project.catalog)
    keys = [field["data_categories"][0] for collection in yaml.safe_load(manifest.read_text())["dataset"][0]["collections"]
            for field in collection["fields"]]
    assert "user.contact.email" in keys and "user.name" in keys  # fideslang keys where one means the category


def test_fideslang_keys_map_pack_categories_back_to_themselves() -> None:
    packs = list(load_project(load_config(DEMO / "privgate.yaml")).packs)
    assert fideslang_key("special.health", "patients", packs) == "user.health"
    assert fideslang_key("device.id", "devices", packs) == "user.device.device_id"
    assert fideslang_key("company.revenue", "companies", packs) == "company.revenue"  # not personal: no user.* key


def test_a_project_inside_another_is_listed_once_and_annotations_need_one_project(shop: Path) -> None:
    other = shop / "legacy"
    other.mkdir()
    (other / "privgate.yaml").write_text("packs: [mgt-solutions]\ncatalog: {tables: {audit_log: {columns: {actor_email: account.email}}}}\n")
    document = catalog_json(".", "legacy", cwd=shop)
    assert [(table["project"], table["name"]) for table in document["tables"]] == [
        (".", "customers"), (".", "orders"), ("legacy", "audit_log")]
    assert document["tables"][2]["defined_at"] == "privgate.yaml:2"  # declared only in its config
    result = privgate(".", "--write-annotations", "x.privgate.yaml", cwd=shop)
    assert result.returncode == 2 and "--write-annotations needs one project, found 2" in result.stderr
    assert not (shop / "x.privgate.yaml").exists()


# -- a live PostgreSQL database -----------------------------------------------------------------
LIVE_SCHEMA = """
CREATE TABLE accounts (id bigint, email text, country text, created_at timestamptz);
COMMENT ON COLUMN accounts.email IS 'Login e-mail. privgate: account.email';
COMMENT ON COLUMN accounts.country IS 'privgate: account.country';
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint, account_id bigint, client_ip inet);
"""


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    import psycopg

    from postgres_server import postgres_server

    with postgres_server() as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(LIVE_SCHEMA)
        yield url


@pytest.mark.parametrize("output_format", ["text", "json", "csv"])
def test_live_tables_at_their_logical_location(tmp_path: Path, database: str, output_format: str) -> None:
    (tmp_path / "privgate.yaml").write_text("packs: [mgt-solutions]\n")
    result = privgate("--db", database, "--format", output_format, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "s3cret-test-pw" not in result.stdout + result.stderr
    assert "db/postgres/public/accounts" in result.stdout and "db/postgres/billing/invoices" in result.stdout
    if output_format != "json":
        return
    document = json.loads(result.stdout)
    assert listed(document) == as_listed(frozen_catalog(tmp_path, database))
    tables = {table["name"]: table for table in document["tables"]}
    assert tables["accounts"]["defined_at"] == "db/postgres/public/accounts"
    email = next(column for column in tables["accounts"]["columns"] if column["name"] == "email")
    assert (email["category"], email["rank"], email["provenance"]) == \
        ("account.email", "declared", "column comment in db/postgres/public/accounts:1")
    client_ip = next(column for column in tables["billing.invoices"]["columns"] if column["name"] == "client_ip")
    assert (client_ip["rank"], client_ip["type"]) == ("type", "inet")


def test_live_connection_errors_are_redacted(tmp_path: Path, database: str) -> None:
    (tmp_path / "privgate.yaml").write_text("packs: [mgt-solutions]\n")
    result = privgate("--db", database.replace("s3cret-test-pw", "wrong-pw"), cwd=tmp_path)
    assert result.returncode == 2 and "wrong-pw" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("output_format", ["text", "json", "csv"])
def test_a_header_less_dataset_never_shows_its_first_row(tmp_path: Path, output_format: str) -> None:
    """A CSV without a header row: its "column names" are a person's values, listed masked."""
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"],
                                                            "datasets": [{"path": "audience.csv"}]}))
    (tmp_path / "audience.csv").write_text("ivan.petrov@example.bg,8501011234,true\n"
                                           "ana.georgieva@example.bg,9002023456,false\n")
    result = privgate("--format", output_format, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "iv***@example.bg" in result.stdout
    assert "ivan.petrov" not in result.stdout and "8501011234" not in result.stdout
