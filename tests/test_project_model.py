"""The project model: the catalog is assembled once from every source (with a precedence and the
provenance of each category), frozen, then judged; each file is judged by its nearest config.

Each test is a reproduction of a way a real project once lost findings without a word."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
import yaml

from checker.catalog import FrozenCatalogError
from checker.config import load_config
from checker.project import load_project

REPO = Path(__file__).resolve().parents[1]


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")


def privgate(cwd: Path, *args: str) -> tuple[int, dict]:
    result = subprocess.run([sys.executable, "-m", "checker", "scan", *args, "--format", "json",
                             "--as-of", "2026-11-24"], cwd=cwd, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "PRIVGATE_NO_CACHE": "1"})
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def found(report: dict) -> list[tuple[str, str, int]]:
    return sorted((f["rule_id"], f["path"], f["line"]) for f in report["findings"])


DBT_SHOP = {
    "privgate.yaml": "packs: [mgt-solutions]\n",
    "dbt_project.yml": "name: shop\nmodel-paths: [models]\n",
    "models/sources.yml": """
        version: 2
        sources:
          - name: crm
            schema: public
            tables:
              - name: accounts
                columns:
                  - {name: id, meta: {privgate: none}}
                  - {name: email, meta: {privgate: account.email}}
              - name: orders
                columns:
                  - {name: id, meta: {privgate: none}}
                  - {name: account_id, meta: {privgate: none}}
                  - {name: total, meta: {privgate: none}}
        """,
    "models/staging/stg_accounts.sql": "select id as account_id, email from {{ source('crm', 'accounts') }}\n",
    "models/staging/stg_orders.sql": "select id as order_id, account_id, total from {{ source('crm', 'orders') }}\n",
    # unqualified columns over two staging models: resolving `email` needs both models' columns
    "models/marts/customer_orders.sql": """
        select email, order_id, total
        from {{ ref('stg_accounts') }} as a
        join {{ ref('stg_orders') }} as o on o.account_id = a.account_id
        """,
    "queries/campaign.sql": "-- privgate: purpose=marketing\nSELECT email FROM customer_orders;\n",
}


def test_a_mart_over_two_staging_models_keeps_its_categories(tmp_path: Path) -> None:
    """The sqlglot schema used to be cached before the dbt models joined the catalog: the mart got
    no categories and the marketing query passed."""
    write(tmp_path, DBT_SHOP)
    _, report = privgate(tmp_path)
    campaign = [f["rule_id"] for f in report["findings"] if f["path"] == "queries/campaign.sql"]
    assert sorted(campaign) == ["CON001", "CON006"]
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    mart = project.catalog.table("customer_orders")
    assert mart is not None and mart.columns["email"] == "account.email"
    assert mart.provenance["email"] == "lineage from stg_accounts.email"


def test_each_file_is_judged_by_its_nearest_config(tmp_path: Path) -> None:
    """`privgate scan a/q.sql b/q.sql`: b/ has its own config (a pack where the same query breaks
    a promise); both files are judged, each by its own project, paths from their common folder."""
    query = "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n"
    write(tmp_path, {
        "a/privgate.yaml": "packs: [mgt-solutions]\ncatalog: {tables: {tickets: {columns: {notes: null}}}}\n",
        "a/q.sql": query,
        "b/privgate.yaml": "packs: [mgt-solutions]\n"
                           "catalog: {tables: {tickets: {columns: {notes: customer_service.notes}}}}\n",
        "b/q.sql": query,
    })
    _, report = privgate(tmp_path, "a/q.sql", "b/q.sql")
    assert found(report) == [("PUR001", "b/q.sql", 2)]
    _, whole = privgate(tmp_path, ".")  # a monorepo scanned from above its projects
    assert found(whole) == [("PUR001", "b/q.sql", 2)]
    assert report["summary"]["files"] == whole["summary"]["files"] == 2


def test_a_project_inside_another_is_scanned_with_its_own_config(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ncatalog: {tables: {tickets: {columns: {notes: null}}}}\n",
        "q.sql": "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n",
        "team/privgate.yaml": "packs: [mgt-solutions]\n"
                              "catalog: {tables: {tickets: {columns: {notes: customer_service.notes}}}}\n",
        "team/q.sql": "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n",
    })
    _, report = privgate(tmp_path)
    assert found(report) == [("PUR001", "team/q.sql", 2)]
    _, named_too = privgate(tmp_path, ".", "team", "team/q.sql")  # reached by name and by the walk: once
    assert found(named_too) == [("PUR001", "team/q.sql", 2)]
    assert named_too["summary"]["files"] == report["summary"]["files"] == 2


def test_report_paths_are_relative_to_the_git_top_level(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, {
        "services/crm/privgate.yaml": "packs: [mgt-solutions]\n"
                                      "catalog: {tables: {tickets: {columns: {notes: customer_service.notes}}}}\n",
        "services/crm/q.sql": "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n",
    })
    _, report = privgate(tmp_path / "services" / "crm")
    assert found(report) == [("PUR001", "services/crm/q.sql", 2)]


def test_fides_labels_win_over_names_guessed_from_ddl(tmp_path: Path) -> None:
    """DDL + a Fides manifest: the manifest's labels were dropped because the DDL had already
    given the columns a category (or none) from their names."""
    write(tmp_path, {
        "privgate.yaml": """
            packs: [mgt-solutions]
            catalog:
              ddl: ["schema/*.sql"]
              fides: ["fides/*.yml"]
            """,
        "schema/001_tickets.sql": "CREATE TABLE tickets (id bigint, email text, notes text);\n",
        "fides/tickets.yml": """
            dataset:
              - fides_key: support
                collections:
                  - name: tickets
                    fields:
                      - {name: notes, data_categories: [user.health_and_medical]}
                      - {name: email, data_categories: [system.operations]}
            """,
    })
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    tickets = project.catalog.table("tickets")
    assert tickets is not None
    assert tickets.columns["notes"] == "special.health"
    assert tickets.columns["email"] is None  # declared not personal: the name guess does not win
    assert tickets.provenance["notes"].startswith("Fides manifest in fides/tickets.yml")
    assert "notes" not in tickets.inferred
    _, report = privgate(tmp_path)
    assert ("SPC003", "schema/001_tickets.sql", 1) in found(report)


def test_the_config_wins_over_every_other_declaration(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": """
            packs: [mgt-solutions]
            catalog:
              ddl: ["schema.sql"]
              tables: {accounts: {columns: {email: account.email}}}
            """,
        "schema.sql": "CREATE TABLE accounts (email text, full_name text);\n"
                      "COMMENT ON COLUMN accounts.email IS 'privgate: none';\n",
    })
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    accounts = project.catalog.table("accounts")
    assert accounts is not None and accounts.columns["email"] == "account.email"
    assert accounts.provenance["email"].startswith("declared in ")
    assert accounts.provenance["full_name"].startswith("inferred from its name: token 'full_name'")


def test_the_catalog_is_frozen_once_assembled(tmp_path: Path) -> None:
    write(tmp_path, DBT_SHOP)
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    assert project.catalog.frozen
    with pytest.raises(FrozenCatalogError):
        project.catalog.add_table("late_table")
    accounts = project.catalog.table("crm.accounts") or project.catalog.table("accounts")
    assert accounts is not None
    with pytest.raises(FrozenCatalogError):
        project.catalog.offer(accounts, "email", None, 0, "a reader that came too late")


def _crm_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE server_logs (id integer, ip_address text, logged_at text)")
    connection.commit()
    connection.close()


def test_a_database_and_a_config_without_paths_scan_the_database(tmp_path: Path) -> None:
    """`--db` with a privgate.yaml and no PATH used to say "0 files, 0 statements" and exit 0."""
    _crm_database(tmp_path / "crm.db")
    write(tmp_path, {"privgate.yaml": "packs: [mgt-solutions]\n"})
    code, report = privgate(tmp_path, "--db", "sqlite:///crm.db")
    assert code == 1
    assert found(report) == [("RET005", "db/crm/main/server_logs", 1)]
    assert report["summary"]["tables"] == 1
    assert report["findings"][0]["logical_location"] == "crm.main.server_logs"
    sarif = subprocess.run([sys.executable, "-m", "checker", "scan", "--db", "sqlite:///crm.db", "--format", "sarif"],
                           cwd=tmp_path, capture_output=True, text=True,
                           env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "PRIVGATE_NO_CACHE": "1"})
    [location] = json.loads(sarif.stdout)["runs"][0]["results"][0]["locations"]
    assert location["logicalLocations"] == [{"fullyQualifiedName": "crm.main.server_logs", "kind": "table"}]


def test_live_findings_do_not_depend_on_how_the_database_is_reached(tmp_path: Path) -> None:
    _crm_database(tmp_path / "crm.db")
    write(tmp_path, {"privgate.yaml": "packs: [mgt-solutions]\n"})
    _, relative = privgate(tmp_path, "--db", "sqlite:///crm.db")
    _, absolute = privgate(tmp_path, "--db", f"sqlite:///{tmp_path / 'crm.db'}")
    assert found(relative) == found(absolute)


def test_same_named_tables_of_two_schemas_stay_apart(tmp_path: Path) -> None:
    """Two schemas with the same table names used to merge (28 tables became 15)."""
    duckdb = pytest.importorskip("duckdb")
    database = tmp_path / "shop.duckdb"
    connection = duckdb.connect(str(database))
    connection.execute("CREATE TABLE customer (customer_id integer, email varchar)")
    connection.execute("CREATE SCHEMA backup_schema")
    connection.execute("CREATE TABLE backup_schema.customer (customer_id integer, email varchar, phone varchar)")
    connection.execute("CREATE TABLE backup_schema.rental (rental_id integer)")
    connection.close()
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ndialect: duckdb\n",
        "q.sql": "-- privgate: purpose=analytics\nSELECT * FROM backup_schema.customer;\nSELECT * FROM customer;\n",
    })
    project = load_project(load_config(tmp_path / "privgate.yaml"), db_url=f"duckdb:///{database}")
    assert sorted(project.catalog.tables) == ["backup_schema.customer", "backup_schema.rental", "customer"]
    assert sorted(project.catalog.tables["customer"].columns) == ["customer_id", "email"]
    assert sorted(project.catalog.tables["backup_schema.customer"].columns) == ["customer_id", "email", "phone"]
    assert project.catalog.table("rental") is project.catalog.tables["backup_schema.rental"]  # unique elsewhere
    from checker.readers.sql import read_sql_file

    facts = read_sql_file(tmp_path / "q.sql", "q.sql", project.config, project.catalog, date(2026, 11, 24))
    backup, public = facts.statements
    assert [str(source) for output in backup.outputs for source in output.sources] == [
        "backup_schema.customer.customer_id", "backup_schema.customer.email", "backup_schema.customer.phone"]
    assert [str(source) for output in public.outputs for source in output.sources] == [
        "customer.customer_id", "customer.email"]


def test_unqualified_names_follow_the_search_path(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": """
            packs: [mgt-solutions]
            search_path: [crm, public]
            catalog: {ddl: ["schema.sql"]}
            """,
        "schema.sql": """
            CREATE TABLE accounts (id bigint, note text);
            CREATE TABLE crm.accounts (id bigint, email text);
            """,
    })
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    assert project.catalog.table("accounts") is project.catalog.tables["crm.accounts"]
    assert project.catalog.table("public.accounts") is project.catalog.tables["accounts"]
    mapping = project.catalog.schema_mapping()
    assert mapping["crm"]["accounts"] == {"id": "TEXT", "email": "TEXT"}
    assert mapping["crm"] is not mapping.get("public")


def test_the_search_path_is_validated(tmp_path: Path) -> None:
    write(tmp_path, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "search_path": "public"})})
    result = subprocess.run([sys.executable, "-m", "checker", "scan"], cwd=tmp_path, capture_output=True,
                            text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert result.returncode == 2 and "search_path" in result.stderr and "Traceback" not in result.stderr


def _chain_project(root: Path, models: int) -> None:
    """A dbt project of `models` staging models over one source, each with a mart on top."""
    write(root, {
        "privgate.yaml": "packs: [mgt-solutions]\n",
        "dbt_project.yml": "name: shop\nmodel-paths: [models]\n",
        "models/sources.yml": """
            version: 2
            sources:
              - name: crm
                tables:
                  - name: accounts
                    columns:
                      - {name: id, meta: {privgate: none}}
                      - {name: email, meta: {privgate: account.email}}
            """,
    })
    for index in range(models // 2):
        write(root, {
            f"models/staging/stg_{index}.sql": "select id, email from {{ source('crm', 'accounts') }}\n",
            f"models/marts/mart_{index}.sql": f"select email as contact from {{{{ ref('stg_{index}') }}}}\n",
        })


def test_lineage_of_unchanged_models_comes_from_the_cache(tmp_path: Path, cache_home: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A pre-commit run in a big dbt project renders only the models whose text or upstream changed."""
    import checker.project as project_phase

    _chain_project(tmp_path, 80)
    read: list[str] = []
    original = project_phase._lineage_of
    monkeypatch.setattr(project_phase, "_lineage_of",
                        lambda config, catalog, dbt, model: read.append(model.name) or original(config, catalog, dbt, model))
    first = load_project(load_config(tmp_path / "privgate.yaml"))
    assert len(read) == 80
    read.clear()
    second = load_project(load_config(tmp_path / "privgate.yaml"))
    assert read == []
    assert second.catalog.tables["mart_3"].columns == first.catalog.tables["mart_3"].columns == {"contact": "account.email"}
    (tmp_path / "models/staging/stg_3.sql").write_text("select id, email as address from {{ source('crm', 'accounts') }}\n")
    third = load_project(load_config(tmp_path / "privgate.yaml"))
    assert sorted(read) == ["mart_3", "stg_3"]  # the changed model and the one downstream of it
    assert third.catalog.tables["stg_3"].provenance["address"] == "lineage from crm.accounts.email"


def test_an_unchanged_project_takes_its_classified_catalog_from_the_cache(tmp_path: Path, cache_home: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A pre-commit run in an unchanged project neither classifies nor reads the dbt models again
    (however small the project); any change to a model, a schema file or a pack is seen at once."""
    import checker.project as project_phase

    root = tmp_path / "shop"
    write(root, DBT_SHOP)
    read: list[str] = []
    original = project_phase._lineage_of
    monkeypatch.setattr(project_phase, "_lineage_of",
                        lambda config, catalog, dbt, model: read.append(model.name) or original(config, catalog, dbt, model))
    cold = load_project(load_config(root / "privgate.yaml"))
    assert sorted(read) == ["customer_orders", "stg_accounts", "stg_orders"]
    assert len(list((cache_home / "catalogs").glob("*.pickle"))) == 1
    read.clear()
    warm = load_project(load_config(root / "privgate.yaml"))
    assert read == []
    assert warm.catalog.tables == cold.catalog.tables and warm.catalog.frozen
    assert warm.catalog.tables["customer_orders"].columns["email"] == "account.email"

    mart = root / "models/marts/customer_orders.sql"
    mart.write_text(mart.read_text().replace("select email,", "select email as contact,"))
    edited = load_project(load_config(root / "privgate.yaml"))
    assert "customer_orders" in read  # (a project this small reads every model again: no per-model cache)
    assert edited.catalog.tables["customer_orders"].columns.get("contact") == "account.email"

    sources = root / "models/sources.yml"
    declared = "{name: email, meta: {privgate: account.email}}"
    lines = sources.read_text().splitlines(keepends=True)
    at = next(index for index, line in enumerate(lines) if declared in line)
    lines.insert(at, lines[at].replace("email", "phone").replace("account.phone", "customer_service.contact"))
    sources.write_text("".join(lines))
    assert "phone" in load_project(load_config(root / "privgate.yaml")).catalog.tables["accounts"].columns


def test_a_model_keyed_by_its_stat_is_seen_when_rewritten_with_its_old_time_stamp(
        tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Models older than the racy window are keyed by size and time stamps, not bytes: a rewrite of
    the same size whose modification time is set back (tar, rsync -t) still changes the change time,
    so the catalog is built again; an untouched project still hits the cache."""
    import os

    import checker.cache_keys as cache_keys

    root = tmp_path / "shop"
    write(root, DBT_SHOP)
    monkeypatch.setattr(cache_keys, "RACY_NS", 0)  # every file is old enough to be keyed by its stat
    cold = load_project(load_config(root / "privgate.yaml"))
    assert cold.catalog.tables["customer_orders"].columns["email"] == "account.email"
    mart = root / "models/marts/customer_orders.sql"
    before = mart.stat()
    text = mart.read_text()
    edited = text.replace("order_id, total", "order_id,      ")  # the same size: `total` is gone
    assert edited != text and len(edited) == len(text)
    unchanged = load_project(load_config(root / "privgate.yaml"))
    assert "total" in unchanged.catalog.tables["customer_orders"].columns
    mart.write_text(edited)
    os.utime(mart, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (mart.stat().st_size, mart.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    warm = load_project(load_config(root / "privgate.yaml"))
    assert "total" not in warm.catalog.tables["customer_orders"].columns


def test_an_edited_ddl_file_or_fides_manifest_is_never_served_from_the_catalog_cache(tmp_path: Path,
                                                                                    cache_home: Path) -> None:
    """The key hashes the files the catalog's declarations come from: a changed annotation is seen."""
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ncatalog:\n  ddl: [schema/*.sql]\n  fides: [fides/*.yml]\n",
        "schema/accounts.sql": "CREATE TABLE accounts (id bigint, contact text);\n"
                               "COMMENT ON COLUMN accounts.contact IS 'privgate: account.email';\n",
        "fides/crm.yml": "dataset:\n  - fides_key: crm\n    collections:\n      - name: leads\n        fields:\n"
                         "          - {name: handle, data_categories: [user.contact.email]}\n",
    })
    first = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert first.tables["accounts"].columns["contact"] == "account.email"
    (tmp_path / "schema/accounts.sql").write_text("CREATE TABLE accounts (id bigint, contact text);\n"
                                                  "COMMENT ON COLUMN accounts.contact IS 'privgate: account.name';\n")
    (tmp_path / "fides/crm.yml").write_text((tmp_path / "fides/crm.yml").read_text().replace("handle", "nickname"))
    second = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    assert second.tables["accounts"].columns["contact"] == "account.name"
    assert "nickname" in second.tables["leads"].columns and "handle" not in second.tables["leads"].columns


def test_a_planted_catalog_entry_cannot_run_code(tmp_path: Path, cache_home: Path) -> None:
    """A cache entry is unpickled with privgate's own classes only: anything else costs the work again."""
    import os
    import pickle

    class Exploit:
        def __reduce__(self) -> tuple:
            return (os.system, (f"touch {tmp_path / 'pwned'}",))

    root = tmp_path / "shop"
    write(root, DBT_SHOP)
    load_project(load_config(root / "privgate.yaml"))
    [entry] = (cache_home / "catalogs").glob("*.pickle")
    entry.write_bytes(pickle.dumps(Exploit()))
    project = load_project(load_config(root / "privgate.yaml"))
    assert not (tmp_path / "pwned").exists()
    assert project.catalog.tables["customer_orders"].columns["email"] == "account.email"


def test_a_schema_dump_scanned_with_a_pack_alone_has_its_tables_judged(tmp_path: Path) -> None:
    """No privgate.yaml, `--pack gdpr-baseline`: the scanned DDL enters the catalog, so a newcomer's
    patients table reports its special categories; a broken statement is reported once."""
    write(tmp_path, {
        "schema.sql": "CREATE TABLE patients (id bigint, email text, date_of_birth date, health_condition text,\n"
                      "  religion text);\nCREATE TABLE visits (id bigint,\n",
    })
    code, report = privgate(tmp_path, "--pack", "gdpr-baseline")
    assert code == 2  # the broken statement, nobody accepted it
    assert sorted((f["rule_id"], f["subject"]) for f in report["findings"]) == [
        ("CHD003", "patients.date_of_birth"), ("INP001", None), ("SPC003", "patients.health_condition"),
        ("SPC003", "patients.religion")]
    _, named = privgate(tmp_path, "--pack", "gdpr-baseline", "schema.sql")
    assert found(named) == found(report)


def test_a_table_created_outside_catalog_ddl_is_reported_not_silently_skipped(tmp_path: Path) -> None:
    """A schema file the config does not list under `catalog.ddl`: its CREATE TABLE is read as a
    statement, but its columns are never classified or judged; the summary says so, with where."""
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "schema.sql").write_text("CREATE TABLE customers (id int, email text, religion text);\n"
                                                 "CREATE TABLE totals AS SELECT count(*) AS n FROM customers;\n")
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"]}))
    run = subprocess.run([sys.executable, "-m", "checker", "scan", str(tmp_path), "--format", "json"], capture_output=True,
                         text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["summary"]["tables_outside_catalog"] == [
        {"path": "db/schema.sql", "line": 1, "table": "customers"}]  # not the CREATE TABLE ... AS pipeline step
    text = subprocess.run([sys.executable, "-m", "checker", "scan", str(tmp_path)], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}).stdout
    assert "1 table created outside `catalog.ddl`, not judged (customers at db/schema.sql:1" in text
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"], "catalog": {"ddl": ["db/*.sql"]}}))
    listed = subprocess.run([sys.executable, "-m", "checker", "scan", str(tmp_path), "--format", "json"], capture_output=True,
                            text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert json.loads(listed.stdout)["summary"]["tables_outside_catalog"] == []
    assert listed.returncode == 1  # the religion column is judged now (SPC003)
    # a migration under catalog.ddl that creates a table a later migration drops (umami's
    # team_website): the table is gone from the schema, not outside the catalog
    (tmp_path / "db" / "zz_drop.sql").write_text("CREATE TABLE team_website (team_id int);\nDROP TABLE team_website;\n")
    dropped = subprocess.run([sys.executable, "-m", "checker", "scan", str(tmp_path), "--format", "json"],
                             capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert json.loads(dropped.stdout)["summary"]["tables_outside_catalog"] == []


def test_the_sqlglot_schema_grows_with_the_catalog_and_matches_one_built_afresh() -> None:
    """While a dbt project is assembled each model adds its table: the sqlglot schema built for an
    earlier model takes the new tables and columns in (as one built from scratch would hold them),
    in every dialect asked for, without normalising the whole catalog again."""
    from checker.catalog import NAME, Catalog

    catalog = Catalog()
    orders = catalog.add_table("public.orders")
    catalog.offer(orders, "id", None, NAME, "test")
    early = catalog.sqlglot_schema("postgres")
    assert early.column_names("public.orders") == ["id"]
    catalog.offer(orders, "email", "user.contact.email", NAME, "test")
    audience = catalog.add_table("marts.Audience")
    catalog.offer(audience, "email", None, NAME, "test")
    for dialect in ("postgres", "snowflake"):
        grown = catalog.sqlglot_schema(dialect)
        fresh = Catalog(tables=catalog.tables).sqlglot_schema(dialect)
        assert grown.mapping == fresh.mapping
    assert catalog.sqlglot_schema("postgres") is early  # the same schema, grown
    assert early.column_names("marts.audience") == ["email"]
