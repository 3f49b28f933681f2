"""`privgate init` scaffolds a config the scan accepts: confident proposals with their provenance,
everything else left for review (never declared non-personal), DDL found wherever it is, the
dialect with its reason."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.globs import matches_any
from checker.policy.loader import load_pack, resolve_pack

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"

# A Rails application's schema dump (the shape `rails db:schema:dump` writes with
# `config.active_record.schema_format = :sql`: pg_dump settings, sequences, constraints, the
# schema_migrations rows), with a devise `users` table and a `patients` table. Written for this test.
RAILS_STRUCTURE = """\
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET default_table_access_method = heap;

--
-- Name: ar_internal_metadata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.patients (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    health_condition text,
    religion character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE SEQUENCE public.patients_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;

ALTER SEQUENCE public.patients_id_seq OWNED BY public.patients.id;

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    sign_in_count integer DEFAULT 0 NOT NULL,
    last_sign_in_at timestamp(6) without time zone,
    last_sign_in_ip inet,
    date_of_birth date,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

ALTER TABLE ONLY public.patients ALTER COLUMN id SET DEFAULT nextval('public.patients_id_seq'::regclass);

ALTER TABLE ONLY public.patients
    ADD CONSTRAINT patients_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);

ALTER TABLE ONLY public.patients
    ADD CONSTRAINT fk_rails_623f05c630 FOREIGN KEY (user_id) REFERENCES public.users(id);

SET search_path TO "$user", public;

INSERT INTO "schema_migrations" (version) VALUES
('20240312101500'),
('20240115093000');
"""

OUTREACH_QUERY = """\
-- Patients to invite to the new clinic, with what the invitation letter needs.
SELECT u.email, u.date_of_birth, u.last_sign_in_ip, p.health_condition, p.religion
FROM users u
JOIN patients p ON p.user_id = u.id
WHERE u.date_of_birth < DATE '2008-01-01';
"""

# What a person who knows this schema would declare (the shared taxonomy's categories).
HAND_WRITTEN = {
    "packs": ["gdpr-baseline"],
    "dialect": "postgres",
    "catalog": {
        "ddl": ["db/structure.sql"],
        "tables": {
            "users": {"columns": {"email": "user.contact.email",
                                  "encrypted_password": "user.authorization.credentials",
                                  "last_sign_in_ip": "user.device.ip_address",
                                  "date_of_birth": "user.demographic.date_of_birth"}},
            "patients": {"columns": {"health_condition": "special.health",
                                     "religion": "special.religious_beliefs"}},
        },
    },
}
TAXONOMY = {category for table in HAND_WRITTEN["catalog"]["tables"].values() for category in table["columns"].values()}
TAXONOMY_MISSING = sorted(TAXONOMY - set(load_pack(resolve_pack("gdpr-baseline", None)).categories))


def privgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(cwd)})


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")


def init(root: Path, *args: str) -> tuple[dict, str]:
    result = privgate("init", *args, cwd=root)
    assert result.returncode == 0, result.stderr
    text = (root / "privgate.yaml").read_text()
    return yaml.safe_load(text), text


def declared_columns(config: dict) -> dict[str, dict[str, str | None]]:
    return {table: entry["columns"] for table, entry in (config.get("catalog", {}).get("tables") or {}).items()}


def findings(root: Path) -> set[tuple[str, str, str, int]]:
    scanned = privgate("scan", "--format", "json", cwd=root)
    assert scanned.returncode in (0, 1), scanned.stderr  # a valid config: findings, never a config error
    return {(found["rule_id"], found["subject"], found["path"], found["line"])
            for found in json.loads(scanned.stdout)["findings"]}


@pytest.mark.skipif(bool(TAXONOMY_MISSING), reason=f"gdpr-baseline lacks the shared taxonomy: {TAXONOMY_MISSING}")
def test_init_then_scan_on_a_schema_dump_reports_what_a_hand_written_config_does(tmp_path: Path) -> None:
    files = {"db/structure.sql": RAILS_STRUCTURE, "app/queries/patient_outreach.sql": OUTREACH_QUERY}
    scaffolded, hand_written = tmp_path / "scaffolded", tmp_path / "hand_written"
    write(scaffolded, files)
    write(hand_written, files | {"privgate.yaml": yaml.safe_dump(HAND_WRITTEN)})

    config, text = init(scaffolded)

    assert config["packs"] == ["gdpr-baseline"] and config["catalog"]["ddl"] == ["db/structure.sql"]
    columns = declared_columns(config)
    for table, declared in HAND_WRITTEN["catalog"]["tables"].items():
        assert {column: columns[table].get(column) for column in declared["columns"]} == declared["columns"]
    assert re.search(r"^\s+health_condition: +special\.health +# .+", text, re.MULTILINE)  # with its provenance
    expected = findings(hand_written)
    assert {rule for rule, *_ in expected} >= {"SPC001", "SPC003"}
    assert findings(scaffolded) == expected


def test_tables_named_with_spaces_or_in_cyrillic_are_declared_and_their_declarations_hold(tmp_path: Path) -> None:
    """catalog.tables took only ASCII names without spaces: Northwind's `Order Details` and a Bulgarian schema's
    `клиенти` were left out of the scaffold ("its name cannot be spelled"), and a config declaring them was
    refused. Any name is a key now, written quoted where YAML needs it, and what it declares is what the scan
    judges with."""
    write(tmp_path, {"db/schema.sql": (
        'CREATE TABLE "Order Details" ("OrderID" int, "ShipContact" varchar(40), "ContactPhone" varchar(24));\n'
        "CREATE TABLE клиенти (id int, имейл varchar(100), телефон varchar(20));\n")})
    config, text = init(tmp_path)
    assert "cannot be spelled" not in text
    assert '"order details":' in text and "клиенти:" in text
    from checker.catalog import TABLE_KEY_PATTERN  # the config schema accepts what init writes
    schema = json.loads((REPO / "checker/schemas/config.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["catalog"]["properties"]["tables"]["propertyNames"]["pattern"] == TABLE_KEY_PATTERN
    tables = declared_columns(config)
    assert tables["клиенти"]["имейл"] == "user.contact.email"
    config["catalog"]["tables"]["order details"] = {"columns": {"shipcontact": "user.name"}}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = privgate("catalog", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    columns = {(table["name"], column["name"]): column for table in json.loads(result.stdout)["tables"]
               for column in table["columns"]}
    assert columns[("order details", "shipcontact")]["category"] == "user.name"
    assert columns[("order details", "shipcontact")]["provenance"].startswith("declared in privgate.yaml")


def test_a_sql_plus_script_of_object_types_and_their_tables_is_schema(tmp_path: Path) -> None:
    """Oracle's order-entry objects (oracle-samples/db-sample-schemas, MIT: order_entry/oc_cre.sql, shortened): a
    lone `/` ends each type, and the first table after it read as `/ CREATE TABLE ...`; a table OF a type was no
    table with columns either, with its key or without. init left such files out of catalog.ddl."""
    write(tmp_path, {"order_entry/oc_cre.sql": (
        "REM oc_cre.sql - the order-entry object types and tables\n"
        "CREATE TYPE customer_typ AS OBJECT\n    ( customer_id NUMBER(6)\n    , cust_email VARCHAR2(40)\n    ) ;\n/\n/\n"
        "CREATE TABLE customers OF customer_typ (PRIMARY KEY (customer_id));\n"),
        "warehouses/wh_cre.sql": "CREATE TYPE warehouse_typ AS OBJECT (warehouse_id NUMBER(3));\n/\n"
                                 "CREATE TABLE warehouses OF warehouse_typ;\n"})
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["order_entry/oc_cre.sql", "warehouses/wh_cre.sql"]
    assert config["dialect"] == "oracle"


def test_init_never_declares_a_column_non_personal(tmp_path: Path) -> None:
    write(tmp_path, {"db/structure.sql": RAILS_STRUCTURE, "app/queries/patient_outreach.sql": OUTREACH_QUERY})
    config, text = init(tmp_path)
    assert all(category is not None for columns in declared_columns(config).values() for category in columns.values())
    for column in ("health_condition", "religion", "created_at", "user_id", "sign_in_count"):
        listed = re.search(rf"^\s+(#\s*)?{column}:\s+(\S+)\s+# (.+)$", text, re.MULTILINE)
        assert listed, f"{column} is neither proposed nor listed for review"
        assert listed.group(1) or listed.group(2) != "null"
        assert listed.group(2) != "?" or "review" in listed.group(3)
    findings(tmp_path)  # the scaffold is a config the scan accepts (exit 0 or 1, never 2)


def test_init_proposes_the_demo_categories_the_scan_infers(tmp_path: Path) -> None:
    for folder in ("schema", "models", "warehouse_snowflake"):
        shutil.copytree(DEMO / folder, tmp_path / folder)
    result = privgate("init", "--pack", "mgt-solutions", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Next steps:" in result.stdout
    text = (tmp_path / "privgate.yaml").read_text()
    config = yaml.safe_load(text)
    assert config["packs"] == ["mgt-solutions"] and config["dialect"] == "postgres"
    assert re.search(r"^dialect: postgres +# from the SQL of \d+ files: .*TIMESTAMPTZ", text, re.MULTILINE)
    assert config["dialects"] == {"warehouse_snowflake/**": "snowflake"}  # the second warehouse
    tables = declared_columns(config)
    assert tables["companies"]["name"] == "company.name"  # the table's own group wins
    assert tables["server_logs"]["ip_address"] == "activity.ip_address"
    assert re.search(r"^\s+ip_address: +activity\.ip_address +# inferred from its type inet$", text, re.MULTILINE)
    assert "total_amount" not in tables.get("documents", {})
    assert re.search(r"^\s+# total_amount: +\? +# unknown: review$", text, re.MULTILINE)
    findings(tmp_path)


def test_ddl_is_found_wherever_it_is_and_queries_are_not_replayed(tmp_path: Path) -> None:
    ddl = {
        "db/structure.sql": RAILS_STRUCTURE,
        "warehouse/schema.sql": "CREATE TABLE orders (id INT, customer_email TEXT);\n",
        "db/migrations/V1__init.sql": "CREATE TABLE customers (id INT, email TEXT);\n",
        "db/migrations/V2__phone.sql": "ALTER TABLE customers ADD COLUMN phone TEXT;\nUPDATE customers SET phone = '';\n",
        "flyway/sql/V1__audit.sql": "CREATE TABLE audit_log (id INT, actor TEXT);\n",
        "legacy/tables.ddl": "CREATE TABLE legacy_members (member_no INT, name VARCHAR(80));\n",
        "sql/setup/create_tables.sql": "-- set up\nCREATE TABLE newsletter (email TEXT);\nCOMMENT ON TABLE newsletter IS 'x';\n",
        "schema.sql": "CREATE TABLE invoices (id INT, billing_email TEXT);\n",  # at the root: its glob is anchored
        # SQL Server's bracketed names; a mysqldump's `#` comment lines; braces inside a comment
        "mssql/create.sql": "CREATE TABLE [dbo].[Kunde] (\n  [KundeID] char(13) NOT NULL,\n  [Email] varchar(128)\n);\n",
        "forum/install/schema.sql": "# DO NOT EDIT THIS FILE\n# Table: 'phpbb_users'\nCREATE TABLE phpbb_users (user_id int, user_email varchar(100));\n",
        "auth/schema.sql": "-- dumped with `{{ index .Options \"Namespace\" }}` set to auth\nCREATE TABLE auth.users (id uuid, email text);\n",
    }
    queries = {
        "db/migrations/V3__backfill.sql": "INSERT INTO customers SELECT 1, 'a@example.com', NULL;\n",
        "reports/monthly.sql": "CREATE TABLE monthly AS SELECT count(*) AS n FROM orders;\nSELECT * FROM monthly;\n",
        "reports/schema/views.sql": "SELECT email FROM customers;\n",
        "reports/schema.sql": "SELECT billing_email FROM invoices;\n",
        "models/orders.sql": "{{ config(materialized='table') }}\nCREATE TABLE x (a INT);\nSELECT * FROM {{ ref('y') }}\n",
    }
    write(tmp_path, ddl | queries)
    config, _ = init(tmp_path)
    globs = config["catalog"]["ddl"]
    matched = {path for path in ddl | queries if matches_any(globs, path)}
    assert matched == set(ddl)
    assert {"customers", "orders", "audit_log", "legacy_members", "newsletter", "users", "kunde"} <= set(
        re.findall(r"^\s+(?:# )?(\w+):\n\s+(?:# )?\s*columns:", (tmp_path / "privgate.yaml").read_text(), re.MULTILINE))


@pytest.mark.parametrize(("files", "dialect", "reason"), [
    pytest.param({"dbt_project.yml": "name: shop\nprofile: shop\n",
                  "profiles.yml": "shop:\n  target: prod\n  outputs:\n    prod: {type: snowflake, account: x}\n",
                  "models/a.sql": "select id::int, payload::jsonb from {{ ref('b') }}\n"},
                 "snowflake", "the dbt profile in profiles.yml (type: snowflake)", id="dbt-profile"),
    pytest.param({"dbt_project.yml": "name: shop\n",
                  "target/manifest.json": '{"metadata": {"dbt_version": "1.8.0", "adapter_type": "redshift"}}',
                  "models/a.sql": "select id::int from {{ ref('b') }}\n"},
                 "redshift", "dbt's manifest target/manifest.json (adapter_type: redshift)", id="dbt-manifest"),
    pytest.param({"dbt_project.yml": "name: shop\nmodels:\n  shop:\n    +partition_expiration_days: 30\n",
                  "models/a.sql": "select 1 as n\n"},
                 "bigquery", "model configs in dbt_project.yml that only bigquery knows", id="dbt-project-configs"),
    pytest.param({"models/events.sql": "SELECT e.payload:user.id::string AS user_id FROM raw.events e, "
                                       "LATERAL FLATTEN(input => e.payload:items) f\n"
                                       "QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY 1) = 1;\n",
                  "schema/events.sql": "CREATE TABLE raw.events (payload VARIANT, loaded_at TIMESTAMP_NTZ);\n"},
                 "snowflake", "from the SQL of 2 files: ", id="snowflake-sql"),
    pytest.param({"q.sql": "CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;\n"
                           "SELECT created_at::date FROM users WHERE email ILIKE '%@example.com';\n"},
                 "postgres", "from the SQL of 1 files: ", id="postgres-sql"),
    # awslabs/amazon-redshift-utils (Apache-2.0) src/AdminViews and src/SimpleReplay, shortened: PostgreSQL's
    # catalog and casts, and Redshift's own system tables and UNLOAD
    pytest.param({"AdminViews/v_get_tbl_priv_by_user.sql": (
                      "CREATE OR REPLACE VIEW admin.v_get_tbl_priv_by_user AS SELECT c.relname::text AS tablename\n"
                      "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace;\n"),
                  "AdminScripts/top_queries.sql": ("SELECT trim(q.querytxt) AS qrytext, q.userid FROM stl_query q\n"
                                                   "JOIN svl_query_metrics_summary m ON m.query = q.query;\n"),
                  "SimpleReplay/unload_system_tables.sql": ("UNLOAD ('SELECT * FROM STL_QUERY WHERE userid>1') "
                                                            "TO '' CREDENTIALS '';\n")},
                 "redshift",
                 "from the SQL of 3 files: PG_CATALOG (2), Redshift system tables (2), UNLOAD (1), `::` casts (1)",
                 id="redshift-admin-queries"),
    pytest.param({"db/schema.sql": "CREATE TABLE `users` (`id` int unsigned NOT NULL AUTO_INCREMENT, "
                                   "`email` varchar(255)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"},
                 "mysql", "from the SQL of 1 files: ", id="mysql-sql"),
    pytest.param({"models/a.sql": "CREATE TABLE `shop.customers` (email STRING, ip STRING);\n"
                                  "SELECT * FROM `shop.customers` WHERE _PARTITIONTIME > "
                                  "TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 1 DAY);\n"},
                 "bigquery", "from the SQL of 1 files: ", id="bigquery-sql"),
    pytest.param({"db/schema.sql": "CREATE TABLE [Kunde] (\n  [KundeID] char(13) NOT NULL,\n  [Name] varchar(128),\n"
                                   "  CONSTRAINT [PK_Kunde] PRIMARY KEY CLUSTERED ([KundeID] ASC)\n);\n"},
                 "tsql", "from the SQL of 1 files: [bracketed] identifiers", id="tsql-brackets"),
    pytest.param({"install/schema.sql": "# DO NOT EDIT THIS FILE\n# Table: 'phpbb_users'\n"
                                        "CREATE TABLE phpbb_users (user_id int, user_email varchar(100));\n"},
                 "mysql", "from the SQL of 1 files: `#` comment lines", id="mysql-hash-comments"),
    pytest.param({"schema/hr.sql": "CREATE TABLE employees (employee_id NUMBER(6), first_name VARCHAR2(20), "
                                   "hire_date DATE DEFAULT SYSDATE);\n"},
                 "oracle", "from the SQL of 1 files: SYSDATE (1), VARCHAR2 (1)", id="oracle-sql"),
    # oracle-samples/db-sample-schemas (MIT) human_resources/hr_idx.sql, shortened: SQL*Plus remarks, whose
    # licence text says USE, and no Oracle type
    pytest.param({"human_resources/hr_idx.sql": "rem\nrem Header: hr_idx.sql 09-jan-01\n"
                                                "rem WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
                                                "rem\nCREATE INDEX emp_department_ix ON employees (department_id);\n"},
                 "oracle", "from the SQL of 1 files: SQL*Plus `REM` and `PROMPT` lines (4)", id="sqlplus-remarks"),
    # lerocha/chinook-database (MIT) Chinook_PostgreSql.sql, shortened: psql's `\c` is its only mark of PostgreSQL
    pytest.param({"ChinookDatabase/Chinook_PostgreSql.sql": "DROP DATABASE IF EXISTS chinook;\nCREATE DATABASE chinook;\n"
                                                            "\\c chinook;\nCREATE TABLE album (album_id INT NOT NULL, "
                                                            "title VARCHAR(160) NOT NULL);\n"},
                 "postgres", "from the SQL of 1 files: psql meta-command lines (1)", id="psql-meta-commands"),
    pytest.param({"sql/ry_20260319.sql": "create table sys_user (\n  user_id bigint(20) not null,\n  email varchar(50)\n"
                                         ");\n" + "insert into sys_user values(1, 'ry@qq.com', sysdate());\n" * 3},
                 "mysql", "from the SQL of 1 files: SYSDATE() (3)", id="mysql-sysdate-function"),
    # a trimmed MySQL installer: backticks (BigQuery's too) and no ENGINE or AUTO_INCREMENT, but `int(11)`
    pytest.param({"db/anagrafiche.sql": "CREATE TABLE `an_anagrafiche` (\n  `id` int(11) NOT NULL,\n"
                                        "  `codice_fiscale` varchar(16) COMMENT 'Codice fiscale'\n);\n"},
                 "mysql", "from the SQL of 1 files: backtick identifiers (3), INT(n) display widths (1)",
                 id="mysql-display-widths"),
    pytest.param({"models/stg.sql": "{{ config(materialized='view') }}\n{#-\n  a Jinja comment\n#}\n"
                                    "select id, first_name from {{ ref('raw_customers') }}\n"},
                 "postgres", "default: nothing in the repository says otherwise", id="jinja-comments-are-not-mysql"),
    pytest.param({"macros/find_refs.sql": "{% macro find_refs(sql) %}\n  {#-\n    REGEX Explanations\n\n"
                                          "    # from_var_1\n    - matches (from or join)\n    # from_table_1\n  #}\n"
                                          "  {%- set pattern = '(?ix)\n    # first matching group\n    (from|join)' -%}\n"
                                          "  {{ return(modules.re.findall(pattern, sql)) }}\n{% endmacro %}\n"},
                 "postgres", "default: nothing in the repository says otherwise", id="hash-lines-in-jinja"),
    # a SQL Server deployment script with no table in brackets: the database, the login, the batches
    pytest.param({"deploy/logins.sql": "USE [master]\nGO\nCREATE LOGIN [app_reader] WITH PASSWORD = N'x'\nGO\n"
                                       "ALTER ROLE [db_datareader] ADD MEMBER [app_reader]\nGO\n"},
                 "tsql", "from the SQL of 1 files: [bracketed] identifiers (4), `GO` batch separators (3), USE (1)",
                 id="tsql-batches-and-principals"),
    pytest.param({"q.sql": "SELECT tags[1], ids[i] FROM users WHERE ARRAY[1, 2] @> ids;\n"},
                 "postgres", "default: nothing in the repository says otherwise", id="array-subscripts-are-not-names"),
    pytest.param({"q.sql": "SELECT id, email FROM users;\n"},
                 "postgres", "default: nothing in the repository says otherwise", id="nothing-says"),
])
def test_dialect_comes_with_its_reason(tmp_path: Path, files: dict[str, str], dialect: str, reason: str) -> None:
    write(tmp_path, files)
    config, text = init(tmp_path)
    assert config["dialect"] == dialect
    line = next(line for line in text.splitlines() if line.startswith("dialect:"))
    assert line.startswith(f"dialect: {dialect}  # {reason}")


def test_gdpr_baseline_explains_how_to_declare_purposes(tmp_path: Path) -> None:
    write(tmp_path, {"db/structure.sql": RAILS_STRUCTURE, "app/queries/patient_outreach.sql": OUTREACH_QUERY})
    _, text = init(tmp_path)
    assert "<one of:" not in text
    assert '#     "app/queries/**": <purpose>' in text
    example = [line.removeprefix("# ") for line in text.splitlines()
               if line.startswith("#   ") and text.index("e.g. my-company.yaml") < text.index(line) < text.index("# then")]
    pack_file = tmp_path / "my-company.yaml"
    pack_file.write_text("\n".join(line[2:] for line in example) + "\n")
    pack = load_pack(pack_file)  # the example is a pack the loader accepts
    assert pack.purposes and pack.id == "my-company"


def test_init_refuses_to_overwrite_and_rejects_an_unknown_pack(tmp_path: Path) -> None:
    write(tmp_path, {"q.sql": "SELECT 1;\n"})
    init(tmp_path)
    again = privgate("init", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr and len(again.stderr.strip().splitlines()) == 1
    assert privgate("init", "--force", cwd=tmp_path).returncode == 0
    unknown = privgate("init", "--force", "--pack", "no-such-pack", cwd=tmp_path)
    assert unknown.returncode == 2 and len(unknown.stderr.strip().splitlines()) == 1
    assert "no-such-pack" in unknown.stderr


def test_annotations_of_another_pack_name_the_option_that_fixes_them(tmp_path: Path) -> None:
    shutil.copytree(DEMO / "schema", tmp_path / "schema")  # annotated with mgt-solutions categories
    result = privgate("init", cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert re.search(r"schema/\S+\.sql:\d+: unknown data category '[a-z_.]+' .*not a category of pack gdpr-baseline: "
                     r"pass --pack", result.stderr)
    assert not (tmp_path / "privgate.yaml").exists()


def test_several_schema_files_at_the_root_are_one_anchored_glob(tmp_path: Path) -> None:
    """The employees test_db keeps its three schema files at the repository root: `/*.sql`."""
    write(tmp_path, {"employees.sql": "CREATE TABLE employees (emp_no int, first_name varchar(14));\n",
                     "employees_partitioned.sql": "CREATE TABLE salaries (emp_no int, salary int);\n",
                     "reports/q.sql": "SELECT emp_no FROM employees;\n"})
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["/*.sql"]
    assert not matches_any(config["catalog"]["ddl"], "reports/q.sql")


def test_a_sample_database_in_several_dialects_gets_each_files_dialect(tmp_path: Path) -> None:
    # the shape of lerocha/chinook-database's DataSources (MIT): one schema script per database,
    # side by side; SQL Server's separates its batches with GO lines and no semicolons
    files = {
        "DataSources/Chinook_SqlServer.sql": "USE [Chinook];\nGO\nCREATE TABLE [dbo].[Customer]\n(\n"
                                              "    [CustomerId] INT NOT NULL,\n    [Email] NVARCHAR(60) NOT NULL,\n"
                                              "    CONSTRAINT [PK_Customer] PRIMARY KEY CLUSTERED ([CustomerId])\n)\nGO\n"
                                              "CREATE TABLE [dbo].[Employee]\n(\n    [EmployeeId] INT NOT NULL,\n"
                                              "    [BirthDate] DATETIME\n)\nGO\n",
        "DataSources/Chinook_SqlServer_Data.sql": "CREATE TABLE [dbo].[Invoice]\n(\n    [InvoiceId] INT NOT NULL,\n"
                                                   "    [BillingAddress] NVARCHAR(70)\n)\nGO\n",
        "DataSources/Chinook_MySql.sql": "DROP DATABASE IF EXISTS `Chinook`;\nCREATE DATABASE `Chinook`;\nUSE `Chinook`;\n"
                                          "CREATE TABLE `Customer`\n(\n    `CustomerId` INT NOT NULL,\n"
                                          "    `Email` NVARCHAR(60) NOT NULL\n);\n"
                                          "INSERT INTO `Customer` (`CustomerId`, `Email`) VALUES (1, 'it''s@example.com');\n",
        "DataSources/Chinook_Oracle.sql": "CREATE TABLE Customer\n(\n    CustomerId NUMBER NOT NULL,\n"
                                           "    Email VARCHAR2(60) NOT NULL,\n    Company VARCHAR2(80),\n"
                                           "    Phone VARCHAR2(24)\n);\n",
    }
    write(tmp_path, files)
    config, _ = init(tmp_path)
    assert all(matches_any(config["catalog"]["ddl"], path) for path in files)  # GO-separated batches are DDL too
    assert config["dialect"] == "tsql"
    assert config["dialects"] == {"DataSources/Chinook_MySql.sql": "mysql", "DataSources/Chinook_Oracle.sql": "oracle"}
    scan = privgate("scan", "--format", "json", "--no-cache", cwd=tmp_path)
    assert not [finding for finding in json.loads(scan.stdout)["findings"] if finding["family"] == "input"]


def test_the_repositorys_dialect_is_the_one_most_files_are_written_in(tmp_path: Path) -> None:
    """Dependency-Track's shape: PostgreSQL Flyway migrations, and one big generated SQL Server
    script kept as a test fixture; its thousands of [brackets] do not make the repository SQL
    Server's, nor its folder's: that file alone gets tsql."""
    mssql = "".join(f"CREATE TABLE [dbo].[T{n}] (\n    [ID] BIGINT NOT NULL,\n    [NAME] NVARCHAR(255),\n"
                    f"    [SEEN] DATETIME2 NOT NULL\n)\nGO\n" for n in range(40))
    write(tmp_path, {
        "migration/src/main/resources/db/migration/V1__init.sql":
            "CREATE TABLE project (id bigint NOT NULL, name text, created timestamptz);\n",
        "migration/src/main/resources/db/migration/V2__team.sql":
            "CREATE TABLE team (id bigint NOT NULL, name text, updated timestamptz);\n",
        "migration/src/main/resources/db/migration/V3__backfill.sql": "UPDATE team SET name = name::text;\n",
        "support/src/test/resources/v4-schema.mssql.sql": mssql,
        "support/src/test/resources/v4-schema.postgresql.sql": "CREATE TABLE t0 (id bigint, seen timestamptz);\n",
    })
    config, text = init(tmp_path)
    assert config["dialect"] == "postgres", text
    assert config["dialects"] == {"support/src/test/resources/v4-schema.mssql.sql": "tsql"}


def test_a_root_dbt_projects_own_folders_get_no_dialect_of_their_own(tmp_path: Path) -> None:
    """A Snowflake dbt project at the repository's root: its macros (PostgreSQL-looking `::` casts
    and ILIKE are Snowflake's too) are dbt's, never scanned as a second warehouse's SQL; a folder
    of scripts outside dbt's paths still gets the dialect its SQL votes for."""
    write(tmp_path, {
        "dbt_project.yml": "name: shop\nversion: '1.0'\nprofile: shop\nmacro-paths: ['dbt_macros']\n",
        "profiles.yml": "shop:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n",
        "models/orders.sql": "select id, amount::number(10,2) as amount from {{ source('raw', 'orders') }}\n",
        "dbt_macros/grants.sql": "{% macro grants() %}select oid::regclass, nextval('s') from pg_catalog.pg_class\n"
                                 "where relname ilike 'x%' returning *{% endmacro %}\n",
        "macros/casts.sql": "{% macro ids() %}select nextval('s')::bigint from pg_catalog.pg_namespace\n"
                            "where nspname ilike 'raw%'{% endmacro %}\n",
    })
    config, _ = init(tmp_path)
    assert config["dialect"] == "snowflake"
    assert not any(glob.startswith(("dbt_macros", "macros", "models")) for glob in config.get("dialects", {}))


def test_the_vars_that_enable_a_dbt_projects_models_are_offered_as_dbt_vars(tmp_path: Path) -> None:
    """tuva-health/tuva (Apache-2.0) builds its claims models only under `claims_enabled` (a model's config)
    and its data-quality folder only under `enable_data_quality` (dbt_project.yml): init names them as a
    commented `dbt_vars:` line, so the team gives them as its dbt runs do. Other config vars are not named."""
    write(tmp_path, {
        "dbt_project.yml": ("name: the_tuva_project\nversion: '1.0'\nmodels:\n  the_tuva_project:\n    data_quality:\n"
                            "      +enabled: \"{{ var('enable_data_quality', false) | as_bool }}\"\n"),
        "models/claims/eligibility.sql": ("{{ config(\n     enabled = var('claims_enabled', False) | as_bool,\n"
                                          "     tags = var('claims_tags', [])\n) }}\nselect person_id, birth_date "
                                          "from {{ source('raw', 'eligibility') }}\n"),
        "models/data_quality/checks.sql": "select 1 as ok\n",
    })
    _, text = init(tmp_path)
    [line] = [line for line in text.splitlines() if "dbt_vars" in line]
    assert line.startswith("  # dbt_vars: {claims_enabled: true, enable_data_quality: true}  # the models of ")
    assert "models/claims/" in line and "models/data_quality/" in line and "claims_tags" not in line


def test_down_migrations_are_not_replayed(tmp_path: Path) -> None:
    """diesel and sqlx put each migration's undo in a down.sql beside its up.sql, golang-migrate
    names it 1_init.down.sql, Flyway an undo U2__...: replayed with the others (down.sql sorts
    before up.sql), they bring back tables a later migration renamed and drop columns just added."""
    write(tmp_path, {
        "migrations/2019-02-26-002946_create_user/up.sql": ("CREATE TABLE user_ (id INT, email TEXT);\n"
                                                            "CREATE TABLE person_ban (person_id INT);\n"),
        "migrations/2019-02-26-002946_create_user/down.sql": "DROP TABLE user_;\n",
        "migrations/2021-03-09-171136_rename_user/up.sql": "ALTER TABLE user_ RENAME TO person;\n",
        "migrations/2021-03-09-171136_rename_user/down.sql": ("ALTER TABLE person RENAME TO user_;\n"
                                                              "CREATE TABLE user_ban (user_id INT);\n"),
        "db/1_orders.up.sql": "CREATE TABLE orders (id INT, phone TEXT);\n",
        "db/1_orders.down.sql": "DROP TABLE orders;\n",
        "migrations/2025-08-01-000061_drop_person_ban/up.sql": "DROP TABLE person_ban;\n",  # DDL all the same
        "migrations/2025-08-01-000061_drop_person_ban/down.sql": "CREATE TABLE person_ban (person_id INT);\n",
        "flyway/V2__audit.sql": "CREATE TABLE audit (actor TEXT);\n",
        "flyway/U2__audit.sql": "DROP TABLE audit;\nCREATE TABLE audit_old (actor TEXT);\n",
    })
    config, text = init(tmp_path)
    globs = config["catalog"]["ddl"]
    assert not any(matches_any(globs, path) for path in ("migrations/2019-02-26-002946_create_user/down.sql",
                                                         "db/1_orders.down.sql", "flyway/U2__audit.sql"))
    assert matches_any(globs, "migrations/2021-03-09-171136_rename_user/up.sql")
    tables = set(re.findall(r"^\s+(?:# )?(\w+):\n\s+(?:# )?\s*columns:", text, re.MULTILINE))
    assert tables == {"person", "orders", "audit"}
    assert matches_any(globs, "migrations/2025-08-01-000061_drop_person_ban/up.sql")
    assert re.search(r"^# - 4 down migrations \(such as .+\) are not in catalog.ddl", text, re.MULTILINE)


def test_a_migration_that_only_makes_views_is_a_step_of_the_schema(tmp_path: Path) -> None:
    """A Flyway or sqitch step, or a numbered step among others, that only creates views is replayed with the
    others (its views are relations queries read, with the categories of the columns they show); a view in a
    folder of reports is a query."""
    write(tmp_path, {
        "src/main/resources/db/migration/V1__customers.sql": "CREATE TABLE customers (id INT, email TEXT, phone TEXT);\n",
        "src/main/resources/db/migration/V2__contact_views.sql": (
            "CREATE VIEW customer_contacts AS SELECT id, email FROM customers;\n"),
        "sqitch.plan": "%project=crm\n\nleads 2024-01-08T10:00:00Z Marge <marge@example.com> # Leads.\n"
                       "lead_contacts [leads] 2024-01-08T10:05:00Z Marge <marge@example.com> # How to reach leads.\n",
        "deploy/leads.sql": "CREATE TABLE leads (id INT, email TEXT);\n",
        "deploy/lead_contacts.sql": "BEGIN;\nCREATE OR REPLACE VIEW lead_contacts AS SELECT id, email FROM leads;\nCOMMIT;\n",
        "reports/active_customers.sql": "CREATE VIEW active_customers AS SELECT id, email FROM customers;\n",
        # numbered steps in a folder of any name (as Lago's db/clickhouse_migrate/cloud)
        "db/clickhouse_migrate/01_events_raw.sql": "CREATE TABLE events_raw (ip_address String, user_agent String);\n",
        "db/clickhouse_migrate/02_api_logs.sql": "CREATE TABLE api_logs (client_ip String, request_body String);\n",
        "db/clickhouse_migrate/03_events_mv.sql": "CREATE MATERIALIZED VIEW events_mv AS SELECT ip_address FROM events_raw;\n",
    })
    config, _ = init(tmp_path)
    globs = config["catalog"]["ddl"]
    assert all(matches_any(globs, path) for path in ("src/main/resources/db/migration/V2__contact_views.sql",
                                                     "deploy/lead_contacts.sql", "db/clickhouse_migrate/03_events_mv.sql"))
    assert not matches_any(globs, "reports/active_customers.sql")


def test_partitions_are_declared_through_their_partitioned_table(tmp_path: Path) -> None:
    """A table partitioned by month has a partition per month with the parent's columns: init proposes the
    parent's columns once, and what is declared for the parent holds for each partition (the partition's
    own declaration first)."""
    write(tmp_path, {"db/migrations/001_page_views.sql": (
        "CREATE TABLE page_views (id bigint, visitor_ref text, ip_address inet, viewed_at timestamptz)\n"
        "    PARTITION BY RANGE (viewed_at);\n"
        "CREATE TABLE page_views_2024_01 PARTITION OF page_views FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');\n"
        "CREATE TABLE page_views_2024_02 PARTITION OF page_views FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');\n")})
    config, text = init(tmp_path)
    assert list(declared_columns(config)) == ["page_views"]
    assert "# - 2 partitions (such as page_views_2024_01) are not listed" in text
    (tmp_path / "privgate.yaml").write_text(
        "packs: [gdpr-baseline]\ncatalog:\n  ddl: [db/migrations/*.sql]\n  tables:\n"
        "    page_views: {columns: {visitor_ref: user.device.cookie_id, ip_address: null}}\n"
        "    page_views_2024_02: {columns: {ip_address: user.device.ip_address}}\n")
    tables = {table["name"]: {column["name"]: column["category"] for column in table["columns"]}
              for table in json.loads(privgate("catalog", "--format", "json", cwd=tmp_path).stdout)["tables"]}
    assert [(tables[name]["visitor_ref"], tables[name]["ip_address"]) for name in sorted(tables)] == [
        ("user.device.cookie_id", None), ("user.device.cookie_id", None), ("user.device.cookie_id", "user.device.ip_address")]


def test_ddl_in_test_folders_stays_out_beside_the_applications_schema(tmp_path: Path) -> None:
    """Dependency-Track's Flyway migrations (src/main/resources/db/migration) sit beside the tables
    Flyway's own tests and an old schema's fixtures create (src/test/resources): those set up tests
    and are not the application's schema. A repository whose only DDL is a test fixture keeps it."""
    write(tmp_path, {
        "src/main/resources/db/migration/V1__init.sql": "CREATE TABLE project (id INT, author TEXT);\n",
        "src/main/resources/db/migration/V2__users.sql": "CREATE TABLE users (id INT, email TEXT);\n",
        "src/test/resources/migration/V1__test.sql": "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n",
        "support/flyway/test/schema.sql": "CREATE TABLE c (id INT);\n",
        "testsuite/model/jpa/schema.sql": "CREATE TABLE d (id INT);\n",  # Keycloak's testsuite/ (a Maven module)
    })
    config, text = init(tmp_path)
    globs = config["catalog"]["ddl"]
    assert matches_any(globs, "src/main/resources/db/migration/V2__users.sql")
    assert not any(matches_any(globs, path) for path in ("src/test/resources/migration/V1__test.sql",
                                                         "support/flyway/test/schema.sql",
                                                         "testsuite/model/jpa/schema.sql"))
    tables = set(re.findall(r"^\s+(?:# )?(\w+):\n\s+(?:# )?\s*columns:", text, re.MULTILINE))
    assert tables == {"project", "users"}
    assert re.search(r"^# - 3 DDL files in test folders \(such as .+\) are not in catalog.ddl", text, re.MULTILINE)


def test_ddl_in_perls_t_folder_stays_out_beside_the_applications_schema(tmp_path: Path) -> None:
    """A Perl application (MusicBrainz Server's shape) keeps its schema in admin/sql and its test
    fixtures in `t/sql`, Perl's test folder beside the `*.t` tests: a fixture that creates a table
    is not the application's schema."""
    write(tmp_path, {
        "admin/sql/CreateTables.sql": "CREATE TABLE editor (id SERIAL, name TEXT, email TEXT);\n",
        "t/basic.t": "use Test::More;\nok(1);\ndone_testing;\n",
        "t/sql/controller_instrument.sql": "CREATE TABLE tmp_instrument (id INT);\n"
                                           "INSERT INTO editor (id, name) VALUES (1, 'editor');\n",
    })
    config, text = init(tmp_path)
    assert config["catalog"]["ddl"] == ["admin/sql/CreateTables.sql"]
    assert re.search(r"^# - 1 DDL files in test folders \(such as t/sql/controller_instrument.sql\)", text, re.MULTILINE)


def test_a_test_fixture_that_is_the_only_ddl_is_still_the_schema(tmp_path: Path) -> None:
    write(tmp_path, {"tests/fixtures/schema.sql": "CREATE TABLE customers (id INT, email TEXT);\n"})
    config, _ = init(tmp_path)
    assert matches_any(config["catalog"]["ddl"], "tests/fixtures/schema.sql")


@pytest.mark.parametrize(("files", "framework", "dump"), [
    ({"database/migrations/2014_10_12_000000_create_users_table.php": "<?php Schema::create('users', ...);"},
     "Laravel migrations", "php artisan schema:dump"),
    ({"shop/migrations/0001_initial.py": "from django.db import migrations\n"}, "Django migrations", "pg_dump --schema-only"),
    ({"prisma/schema.prisma": "model User { id Int @id\n email String }\n"}, "a Prisma schema", "prisma migrate diff"),
    ({"priv/repo/migrations/20240105120000_create_users.exs": "create table(:users) do\n  add :email, :string\nend\n"},
     "Ecto migrations", "mix ecto.dump"),
    ({"src/Shop/Migrations/20240105120000_InitialCreate.cs": "migrationBuilder.CreateTable(name: \"Customers\");\n"},
     "Entity Framework Core migrations", "dotnet ef migrations script"),
], ids=["laravel", "django", "prisma", "ecto", "ef-core"])
def test_a_schema_kept_only_as_code_is_named_with_how_to_dump_it(tmp_path: Path, files: dict[str, str],
                                                                 framework: str, dump: str) -> None:
    """A repository whose tables exist only as ORM migrations gives privgate no table to judge:
    init says so, names the framework and how to write the schema out as SQL, never a silent 0."""
    write(tmp_path, files)
    result = privgate("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "No table schema found" in result.stdout
    assert framework in result.stdout and dump in result.stdout


def test_a_repository_with_ddl_is_not_told_it_has_no_schema(tmp_path: Path) -> None:
    write(tmp_path, {"db/schema.sql": "CREATE TABLE users (id INT, email TEXT);\n",
                     "database/migrations/2014_10_12_000000_create_users_table.php": "<?php"})
    result = privgate("init", cwd=tmp_path)
    assert result.returncode == 0 and "No table schema found" not in result.stdout


def test_a_schema_shipped_with_its_seed_rows_is_ddl(tmp_path: Path) -> None:
    """Admin starters ship one SQL file of tables, each followed by its seed rows, one INSERT per
    row (RuoYi's sql/ry_*.sql: 20 tables, 150 INSERTs): literal rows are data, not pipeline
    queries, so the file is the schema."""
    rows = "".join(f"insert into sys_user values({n}, 'user{n}@example.com', '1588888888{n}');\n" for n in range(30))
    write(tmp_path, {"sql/ry_20260319.sql": ("drop table if exists sys_user;\ncreate table sys_user (\n"
                                             "  user_id bigint(20) not null auto_increment,\n  email varchar(50),\n"
                                             "  phonenumber varchar(11)\n) engine=innodb;\n" + rows),
                     "sql/report.sql": "insert into sys_report select user_id from sys_user;\ncreate table t (a int);\n"
                                       "insert into sys_report select 1;\n"})
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["sql/ry_20260319.sql"]
    assert set(declared_columns(config)["sys_user"]) >= {"email"}


def test_an_oracle_script_with_sqlplus_prompts_before_its_tables_is_ddl(tmp_path: Path) -> None:
    """Oracle's sample schemas (oracle-samples/db-sample-schemas, MIT: sales_history/sh_create.sql, shortened)
    announce each table with a SQL*Plus `Prompt` line, which has no `;`: the prompt is the client's, and
    the CREATE TABLE after it is still a table of the schema."""
    write(tmp_path, {"sales_history/sh_create.sql": (
        "rem\nrem sh_create.sql - Create database objects for SH schema\nrem\n"
        "Prompt ******  Creating CUSTOMERS table ....\n\n"
        "CREATE TABLE customers\n( cust_id NUMBER NOT NULL,\n  cust_first_name VARCHAR2(20) NOT NULL,\n"
        "  cust_email VARCHAR2(50)\n);\n\nPrompt ******  Creating CHANNELS table ....\n\n"
        "CREATE TABLE channels\n( channel_id NUMBER NOT NULL,\n  channel_desc VARCHAR2(20)\n);\n")})
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["sales_history/sh_create.sql"]
    assert set(declared_columns(config)["customers"]) >= {"cust_email"}


def test_an_ssdt_table_file_with_its_descriptions_is_ddl(tmp_path: Path) -> None:
    """An SSDT project (microsoft/sql-server-samples, MIT: Wide World Importers' wwi-ssdt, shortened) keeps one
    file per table: its CREATE TABLE, then an `EXECUTE sp_addextendedproperty` per description. Those
    describe the table, they query nothing: the file is DDL (14 of the project's tables were left out of
    catalog.ddl). A file of stored-procedure calls stays a query file."""
    description = ("GO\nEXECUTE sp_addextendedproperty @name = N'Description', @value = 'Full name of the customer', "
                   "@level0type = N'SCHEMA', @level0name = N'Sales', @level1type = N'TABLE', @level1name = N'Customers', "
                   "@level2type = N'COLUMN', @level2name = N'CustomerName';\n\n\n")
    write(tmp_path, {"wwi-ssdt/Sales/Tables/Customers.sql": (
        "CREATE TABLE [Sales].[Customers] (\n    [CustomerID] INT NOT NULL,\n    [CustomerName] NVARCHAR (100) NOT NULL,\n"
        "    [PhoneNumber] NVARCHAR (20) NOT NULL,\n    CONSTRAINT [PK_Sales_Customers] PRIMARY KEY CLUSTERED ([CustomerID] ASC)\n"
        ");\n\n\n" + description * 3),
        "wwi-ssdt/Sales/Tables/Orders.sql": "CREATE TABLE [Sales].[Orders] (\n    [OrderID] INT NOT NULL\n);\n",
        "jobs/nightly.sql": "EXECUTE Sales.RecalculateOrders;\nEXECUTE Sales.SendReminders @Days = 3;\n"})
    config, _ = init(tmp_path)
    globs = config["catalog"]["ddl"]
    assert matches_any(globs, "wwi-ssdt/Sales/Tables/Customers.sql") and not matches_any(globs, "jobs/nightly.sql")


def test_an_installer_with_array_constants_in_braces_is_ddl_not_a_template(tmp_path: Path) -> None:
    """lorint/AdventureWorks-for-Postgres' install.sql (MIT) passes xpath its namespaces as an array constant,
    `'{{act,http://...}}'`: the braces made it a Jinja template, and init found no table at all. A dbt model
    that writes its Jinja inside a string (`'{{ var("since") }}'`) is still a template."""
    write(tmp_path, {
        "install.sql": ("CREATE TABLE person (businessentityid int, firstname varchar(50), emailpromotion int);\n"
                        "CREATE VIEW vadditionalcontactinfo AS SELECT businessentityid, (xpath('act:number/text()', "
                        "node, '{{act,http://schemas.microsoft.com/adventure-works/ContactTypes}}'))[1] AS telephone "
                        "FROM person;\nCLUSTER person USING person_pkey;\n"),
        "models/since.sql": "select * from events where d >= '{{ var(\"since\") }}';\ncreate table x (a int);\n",
    })
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["/install.sql"]
    assert "firstname" in declared_columns(config)["person"]


def test_a_folder_named_after_a_database_gets_its_dialect(tmp_path: Path) -> None:
    """spring-petclinic ships db/mysql/schema.sql beside db/postgres/schema.sql, dbt_artifacts an
    init-scripts/sqlserver/init.sql in its dbt project: the folder's name says which SQL it holds,
    even when its own SQL casts no vote."""
    write(tmp_path, {
        "src/main/resources/db/mysql/schema.sql": ("CREATE TABLE owners (id INT(4) UNSIGNED NOT NULL AUTO_INCREMENT, "
                                                   "telephone VARCHAR(20)) engine=InnoDB;\n") * 2,
        "src/main/resources/db/postgres/schema.sql": "CREATE TABLE IF NOT EXISTS owners (id INT, telephone TEXT);\n",
        "init-scripts/sqlserver/init.sql": "CREATE DATABASE dbt;\n",
    })
    config, text = init(tmp_path)
    assert config["dialect"] == "mysql"
    assert config["dialects"] == {"src/main/resources/db/postgres/**": "postgres", "init-scripts/sqlserver/**": "tsql"}
    assert "# its folder is named postgres" in text


def test_clickhouse_migrations_beside_a_rails_structure_get_their_dialect_and_are_ddl(tmp_path: Path) -> None:
    """getlago/lago-api (AGPL-3.0, shortened) keeps ClickHouse migrations in db/clickhouse_migrate/
    beside its PostgreSQL db/structure.sql: the folder's name says ClickHouse as a word of it, their
    tables in the `default` database are DDL, and their SharedMergeTree engines, DateTime64 and
    Nullable types vote for ClickHouse over the backticks BigQuery also writes; the scan then reads
    every file without an input problem."""
    write(tmp_path, {
        "db/structure.sql": ("CREATE TABLE public.customers (\n    id uuid NOT NULL,\n    email character varying,\n"
                             "    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,\n    settings jsonb DEFAULT '{}'::jsonb,\n"
                             "    created_at timestamptz DEFAULT now()\n);\n"
                             "CREATE TABLE public.events (\n    id uuid NOT NULL,\n    properties jsonb DEFAULT '{}'::jsonb,\n"
                             "    ip inet,\n    payload jsonb DEFAULT '{}'::jsonb\n);\n"),
        "db/clickhouse_migrate/cloud/01_events_raw.sql": (
            "CREATE TABLE default.events_raw\n(\n    `organization_id` String,\n"
            "    `external_customer_id` String,\n    `timestamp` DateTime64(3),\n"
            "    `precise_total_amount_cents` Nullable(Decimal(40, 15))\n)\n"
            "ENGINE = SharedMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}')\n"
            "ORDER BY (organization_id, timestamp)\nSETTINGS index_granularity = 8192\n"),
    })
    config, text = init(tmp_path)
    assert config["dialect"] == "postgres"
    assert config["dialects"] == {"db/clickhouse_migrate/**": "clickhouse"}
    assert "# its folder is named clickhouse_migrate" in text
    assert matches_any(config["catalog"]["ddl"], "db/clickhouse_migrate/cloud/01_events_raw.sql")
    scan = privgate("scan", "--format", "json", "--no-cache", cwd=tmp_path)
    assert [finding["message"] for finding in json.loads(scan.stdout)["findings"] if finding["family"] == "input"] == []


def catalog_columns(root: Path, problems: str = "") -> dict[str, set[str]]:
    """`privgate catalog` on the scaffolded config: table -> its columns; its input problems are `problems`."""
    result = privgate("catalog", "--format", "json", cwd=root)
    assert result.returncode == (2 if problems else 0) and problems in result.stderr, result.stderr
    tables = json.loads(result.stdout)["tables"]
    return {table["name"]: {column["name"] for column in table["columns"]} for table in tables}


# The shape of MusicBrainz Server's admin/sql (GPL-2.0-or-later; tables and statements abridged and
# rewritten): the complete schema in CreateTables.sql, and beside it the dated upgrade scripts that
# built it since 2012, which ALTER its tables, rebuild them and create old versions of them.
COMPLETE_SCHEMA_WITH_UPDATES = {
    "admin/sql/CreateTables.sql": (
        "CREATE TABLE editor (id SERIAL, name VARCHAR(64), email VARCHAR(64), password VARCHAR(128));\n"
        "CREATE TABLE artist_alias (id SERIAL, artist INTEGER, name VARCHAR, locale TEXT, ended BOOLEAN);\n"
        "CREATE TABLE cover_art (id BIGINT, release INTEGER, comment TEXT, edits_pending INTEGER, filesize BIGINT);\n"
        "CREATE TABLE release (id SERIAL, gid UUID, name VARCHAR);\n"),
    "admin/sql/updates/20121015-caa-as-of-schema-15.sql": (
        "CREATE TABLE cover_art (id BIGINT, release INTEGER, comment TEXT);\n"),
    "admin/sql/updates/20130313-editor-bcrypt.sql": (
        "ALTER TABLE editor ADD COLUMN password VARCHAR(128);\nUPDATE editor SET password = 'x';\n"),
    "admin/sql/updates/20130704-ended.sql": "ALTER TABLE artist_alias ADD COLUMN ended BOOLEAN DEFAULT FALSE;\n",
    "admin/sql/updates/20130819-name-tables.sql": (
        "CREATE TABLE artist_alias2013 AS SELECT artist_alias.id, artist_alias.artist, name.name AS name,\n"
        "       artist_alias.locale FROM artist_alias JOIN artist_name name ON artist_alias.name = name.id;\n"
        "DROP TABLE artist_alias;\nALTER TABLE artist_alias2013 RENAME TO artist_alias;\n"),
    "admin/sql/updates/20241017-mbs-9253.sql": "ALTER TABLE cover_art ADD COLUMN edits_pending INTEGER;\n",
    "admin/sql/updates/20250425-mbs-13966.sql": "ALTER TABLE cover_art ADD COLUMN filesize BIGINT;\n",
}


def test_upgrade_scripts_beside_a_complete_schema_are_not_replayed_over_it(tmp_path: Path) -> None:
    """Replayed after the complete schema, the 2012 `CREATE TABLE cover_art` and the 2013 rebuild of
    artist_alias would take away columns the schema has today (cover_art.filesize, artist_alias.ended):
    the scripts only built what the schema holds, so init leaves them out and says why."""
    write(tmp_path, COMPLETE_SCHEMA_WITH_UPDATES)
    config, text = init(tmp_path)
    assert config["catalog"]["ddl"] == ["admin/sql/CreateTables.sql"]
    header = " ".join(line.lstrip("# ") for line in text.split("\npacks:")[0].splitlines())
    assert re.search(r"6 upgrade scripts in admin/sql/updates/ \(such as admin/sql/updates/20121015-caa-as-of-"
                     r"schema-15.sql\) are not in catalog.ddl: they are the history that led to the complete schema "
                     r"beside them \(admin/sql/CreateTables.sql\), which already has 3 of the 3 tables and", header)
    assert "Add them to catalog.ddl if they are newer than that schema." in header
    columns = catalog_columns(tmp_path)
    assert columns["artist_alias"] == {"id", "artist", "name", "locale", "ended"}
    assert columns["cover_art"] == {"id", "release", "comment", "edits_pending", "filesize"}


@pytest.mark.parametrize("files", [
    pytest.param({}, id="flyway-alone"),
    pytest.param({"src/main/resources/db/baseline.sql": "CREATE TABLE customer (id INT, name TEXT);\n"},
                 id="a-baseline-the-migrations-build-on"),
    pytest.param({"src/main/resources/db/baseline.sql": "CREATE TABLE customer (id INT, name TEXT, email TEXT);\n"
                                                       "CREATE TABLE orders (id INT, customer_id INT);\n"},
                 id="a-dump-older-than-the-newest-migration"),
])
def test_a_migration_history_that_is_the_schema_keeps_every_file(tmp_path: Path, files: dict[str, str]) -> None:
    """A Flyway history is the schema when nothing beside it already holds what it builds: alone, over
    a baseline it extends, or beside a dump taken before its newest migration (whose column the
    dump lacks), every migration is replayed as before."""
    write(tmp_path, {
        "src/main/resources/db/migration/V1__init.sql": "CREATE TABLE customer (id INT, name TEXT);\n",
        "src/main/resources/db/migration/V2__email.sql": "ALTER TABLE customer ADD COLUMN email TEXT;\n",
        "src/main/resources/db/migration/V3__orders.sql": "CREATE TABLE orders (id INT, customer_id INT);\n",
        "src/main/resources/db/migration/V4__phone.sql": "ALTER TABLE customer ADD COLUMN phone TEXT;\n",
        **files,
    })
    config, text = init(tmp_path)
    assert matches_any(config["catalog"]["ddl"], "src/main/resources/db/migration/V1__init.sql")
    assert "upgrade scripts" not in text
    # the dump and V1__init both create customer: the replay says which columns V1__init replaced
    replaced = "CREATE TABLE customer replaces the table of that name" if "orders" in str(files) else ""
    assert catalog_columns(tmp_path, replaced)["customer"] == {"id", "name", "email", "phone"}


def test_dbmates_migrations_beside_the_schema_it_dumps_are_left_out(tmp_path: Path) -> None:
    """dbmate writes db/schema.sql after every migration: the migrations in db/migrations are in it."""
    write(tmp_path, {
        "db/migrations/20240101120000_users.sql": ("-- migrate:up\nCREATE TABLE users (id BIGSERIAL, email TEXT);\n"
                                                   "-- migrate:down\nDROP TABLE users;\n"),
        "db/migrations/20240301090000_users_name.sql": ("-- migrate:up\nALTER TABLE users ADD COLUMN name TEXT;\n"
                                                        "-- migrate:down\nALTER TABLE users DROP COLUMN name;\n"),
        "db/schema.sql": ("SET statement_timeout = 0;\nCREATE TABLE public.users (\n    id bigint NOT NULL,\n"
                          "    email text,\n    name text\n);\nCREATE TABLE public.schema_migrations "
                          "(version character varying NOT NULL);\n"),
    })
    config, text = init(tmp_path)
    assert config["catalog"]["ddl"] == ["db/schema.sql"]
    assert "2 upgrade scripts in db/migrations/" in text


def test_a_create_and_load_script_is_the_schema_its_queries_read(tmp_path: Path) -> None:
    """awslabs/amazon-redshift-utils (Apache-2.0) Cloud-DWB-Derived-from-TPCH/3TB/ddl.sql, shortened: tables,
    then `COPY ... FROM 's3://...'` loads and `SELECT count(*)` checks, which are no pipeline queries."""
    write(tmp_path, {
        "tpch/ddl.sql": ("create table customer (c_custkey int8 not null, c_name varchar(25), c_phone char(15))\n"
                         "  distkey(c_custkey) sortkey(c_custkey);\n"
                         "create table orders (o_orderkey int8 not null, o_custkey int8 not null);\n"
                         "copy customer from 's3://redshift-downloads/TPC-H/3TB/customer/' iam_role default "
                         "delimiter '|';\n"
                         "copy orders from 's3://redshift-downloads/TPC-H/3TB/orders/' iam_role default "
                         "delimiter '|';\n"
                         "select count(*) from customer;  -- 450000000\n"
                         "select count(*) from orders;  -- 4500000000\n"),
        "tpch/queries/query_0.sql": "select c_name, c_phone from customer, orders where o_custkey = c_custkey;\n",
    })
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["tpch/ddl.sql"]


def test_tables_named_with_a_table_prefix_placeholder_are_the_schema(tmp_path: Path) -> None:
    """osTicket/osTicket (GPL-2.0) setup/inc/streams/core/install-mysql.sql, shortened: every table is named
    `%TABLE_PREFIX%...` (the installer substitutes the prefix), which the generic tokenizer splits at the `%`.
    The report queries beside it, naming the same placeholder, are no schema."""
    write(tmp_path, {
        "setup/install-mysql.sql": (
            "DROP TABLE IF EXISTS `%TABLE_PREFIX%staff`;\n"
            "CREATE TABLE `%TABLE_PREFIX%staff` (\n"
            "  `staff_id` int(11) unsigned NOT NULL auto_increment,\n"
            "  `firstname` varchar(32) default NULL,\n"
            "  `email` varchar(255) default NULL,\n"
            "  PRIMARY KEY  (`staff_id`)\n"
            ") DEFAULT CHARSET=utf8;\n"),
        "reports/staff.sql": "SELECT `email` FROM `%TABLE_PREFIX%staff` WHERE `staff_id` = 1;\n",
    })
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["setup/install-mysql.sql"]


def _versioned_upgrades(newest: str) -> dict[str, str]:
    """apache/dolphinscheduler (Apache-2.0) dolphinscheduler-dao/src/main/resources/sql, shortened: the complete
    schema beside upgrade/<version>_schema/mysql/dolphinscheduler_ddl.sql, one step per version folder."""
    return {
        "sql/dolphinscheduler_mysql.sql": (
            "CREATE TABLE `t_ds_user` (`id` int(11) NOT NULL, `user_name` varchar(64), `email` varchar(64),"
            " `phone` varchar(11));\n"
            "CREATE TABLE `t_ds_audit_log` (`id` bigint(11) NOT NULL, `user_id` int(11), `model_type` varchar(255),"
            " `model_name` varchar(255), `create_time` datetime, `detail` text, `latency` int(11));\n"),
        "sql/upgrade/3.0.0_schema/mysql/dolphinscheduler_ddl.sql": (
            "CREATE TABLE `t_ds_user` (`id` int(11) NOT NULL, `user_name` varchar(64), `email` varchar(64));\n"
            "DROP TABLE IF EXISTS `t_ds_audit_log`;\n"
            "CREATE TABLE `t_ds_audit_log` (`id` bigint(11) NOT NULL, `user_id` int(11), `model_type` varchar(255),"
            " `model_name` varchar(255), `create_time` datetime);\n"),
        "sql/upgrade/3.3.0_schema/mysql/dolphinscheduler_ddl.sql": f"ALTER TABLE `t_ds_user` ADD `{newest}` varchar(11);\n",
    }


def test_upgrade_steps_kept_in_version_folders_beside_a_complete_schema_are_not_replayed_over_it(tmp_path: Path) -> None:
    """Each step is the one file of its version folder (3.0.0_schema/mysql/): before, no folder held two steps,
    so the 3.0.0 script was replayed after the schema and silently took t_ds_audit_log's detail and latency away."""
    write(tmp_path, _versioned_upgrades(newest="phone"))
    config, _ = init(tmp_path)
    assert config["catalog"]["ddl"] == ["sql/dolphinscheduler_mysql.sql"]
    assert catalog_columns(tmp_path)["t_ds_audit_log"] >= {"detail", "latency"}


def test_upgrade_steps_in_version_folders_newer_than_the_schema_are_replayed(tmp_path: Path) -> None:
    """The newest version folder adds a column the schema lacks: the schema is older, every step is replayed."""
    write(tmp_path, _versioned_upgrades(newest="mobile"))
    config, _ = init(tmp_path)
    assert len(config["catalog"]["ddl"]) == 3
