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


SCHEMA_RULES = {"RET005", "TRF004", "SPC003", "CHD002", "CON006", "PUR005"}  # judged on tables: see test_schema_rules


def scan(project: Path, *, with_schema_rules: bool = False) -> subprocess.CompletedProcess[str]:
    """The JSON scan; the tests of the catalog look at query findings only unless asked."""
    run = subprocess.run([sys.executable, "-m", "checker", "scan", "--format", "json"], cwd=project,
                         capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    if run.stdout.startswith("{") and not with_schema_rules:
        document = json.loads(run.stdout)
        document["findings"] = [f for f in document["findings"] if f["rule_id"] not in SCHEMA_RULES]
        run.stdout = json.dumps(document)
    return run


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
    assert "migrations/001.sql:2: unknown data category 'account.e_mail'" in unknown.stderr  # the COMMENT's line


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


def test_schema_rules_read_storage_and_retention_clauses(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": ("packs: [mgt-solutions]\ndialect: bigquery\ndialects: {\"ch/**\": clickhouse, \"sf/**\": snowflake}\n"
                          "catalog:\n  ddl: [\"**/*.sql\"]\n  tables:\n    kept_elsewhere: {retention: 6 months, columns: {ip: activity.ip_address}}\n"),
        "bq/datasets.sql": (
            "CREATE SCHEMA us_logs OPTIONS(location='US');\n"
            "CREATE TABLE us_logs.hits (ip STRING OPTIONS(description='privgate: activity.ip_address'))\n"
            "OPTIONS(partition_expiration_days=30);\n"
            "CREATE TABLE eu_hits (ip STRING OPTIONS(description='privgate: activity.ip_address'))\n"
            "OPTIONS(partition_expiration_days=400);\n"),
        "ch/logs.sql": ("CREATE TABLE ch_hits (ip String COMMENT 'privgate: activity.ip_address', ts DateTime)\n"
                        "ENGINE = MergeTree ORDER BY ts TTL ts + INTERVAL 90 DAY;\n"),
        "sf/logs.sql": ("CREATE TABLE sf_hits (ip TEXT COMMENT 'privgate: activity.ip_address')\n"
                        "DATA_RETENTION_TIME_IN_DAYS = 30;\n"
                        "CREATE TABLE kept_elsewhere (ip TEXT);\n"),
    })
    findings = json.loads(scan(tmp_path, with_schema_rules=True).stdout)["findings"]
    assert sorted((f["rule_id"], f["path"], f["line"], f["subject"]) for f in findings) == [
        ("RET005", "bq/datasets.sql", 4, "eu_hits.ip"),          # 400 days > 1 year
        ("RET005", "sf/logs.sql", 1, "sf_hits.ip"),              # Time Travel deletes nothing
        ("TRF004", "bq/datasets.sql", 2, "us_logs.hits"),        # a US dataset
    ]                                                            # ch_hits: TTL 90 days; kept_elsewhere: declared
    time_travel = next(f for f in findings if f["path"] == "sf/logs.sql")
    assert any("Time Travel" in line for line in time_travel["evidence"])


def test_types_classify_and_partial_names_only_suggest(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ncatalog:\n  ddl: [\"migrations/*.sql\"]\n",
        "migrations/001.sql": "CREATE TABLE visits (id bigint, client inet, email_info text, total numeric);\n",
        "migrations/002.sql": "CREATE TABLE invoices (id bigint, total numeric);\n",  # no personal data: silent
    })
    findings = json.loads(scan(tmp_path, with_schema_rules=True).stdout)["findings"]
    suggestions = [f for f in findings if f["rule_id"] == "PUR005"]
    assert [(f["severity"], f["subject"]) for f in suggestions] == [("info", "visits")]
    assert "email_info as account.email" in suggestions[0]["message"]
    retention = [f for f in findings if f["rule_id"] == "RET005"]
    assert [f["subject"] for f in retention] == ["visits.client"]  # inet: an IP address, so activity retention applies


DUMPS = REPO / "fixtures" / "ddl_dumps"


def replay_files(*names: str, dialect: str = "postgres", folder: Path = DUMPS) -> tuple[dict, list]:
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(folder / name, name) for name in names], lambda relative: dialect)
    return tables, problems


def test_pg_dump_schema_replays_around_functions_copy_data_and_meta_commands() -> None:
    tables, problems = replay_files("shop_pg_dump.sql")
    assert problems == []
    assert {name: (table.line, list(table.columns)) for name, table in tables.items()} == {
        "public.customers": (46, ["id", "email", "full_name", "created_at", "updated_at"]),
        "public.orders": (68, ["id", "customer_id", "shipping_address", "total"]),
        "public.order_events": (82, ["order_id", "status", "ip_address"]),
    }
    assert tables["public.customers"].columns["email"] == "account.email"
    assert tables["public.order_events"].types["ip_address"] == "inet"


def test_mysqldump_with_a_virtual_generated_column_keeps_every_table() -> None:
    tables, problems = replay_files("shop_mysqldump.sql", dialect="mysql")
    assert problems == []
    assert {name: (table.line, list(table.columns)) for name, table in tables.items()} == {
        "customers": (19, ["id", "email", "first_name", "last_name", "full_name"]),  # full_name: VIRTUAL
        "newsletter_signups": (45, ["customer_id", "signed_up_at", "source_ip"]),
    }


def test_one_garbage_statement_is_a_problem_at_its_line_and_the_tables_around_it_stay() -> None:
    tables, problems = replay_files("one_bad_statement.sql")
    assert {name: (table.line, list(table.columns)) for name, table in tables.items()} == {
        "patients": (2, ["id", "email", "date_of_birth"]),
        "appointments": (10, ["patient_id", "starts_at", "phone"]),
    }
    assert [(p.path, p.line, p.column, p.kind) for p in problems] == [("one_bad_statement.sql", 8, 1, "unparsable")]
    assert problems[0].message.startswith("cannot parse DDL statement `CREATE TABLE visits WITH COLUMNS")
    assert "\n" not in problems[0].message


def test_statements_sqlglot_keeps_as_commands_are_problems_only_when_they_can_change_a_table(tmp_path: Path) -> None:
    (tmp_path / "dump.sql").write_text(
        "\\connect shop\n"
        "CREATE TABLE accounts (id int, email text);\n"
        "ALTER TABLE accounts OWNER TO shop;\n"                          # ownership: columns unchanged
        "ALTER TABLE ONLY accounts ENABLE ROW LEVEL SECURITY;\n"
        "CREATE POLICY own_rows ON accounts USING (id = 1);\n"           # not about columns
        "ALTER TABLE accounts SET SCHEMA archive;\n"                     # 6: moves the table
        "CREATE FOREIGN TABLE remote_leads (email text) SERVER crm;\n"  # 7: a table sqlglot cannot read
        "CREATE TABLE packed (notes text COMPRESSION lz4);\n"           # 8: parse error
        "COPY accounts (id, email) FROM stdin;\n"
        "1\tit's; not SQL\n"
        "\\.\n"
        "CREATE TABLE later (id int, phone text);\n"                    # 12: read after the data block
        "COPY later (id, phone) FROM stdin;\n"                           # 13: no `\.` ends it
        "1\t+359 2 000 000\n"
        "CREATE TABLE lost (id int);\n")
    tables, problems = replay_files("dump.sql", folder=tmp_path)
    assert sorted(tables) == ["archive.accounts", "later"]  # SET SCHEMA, a command to sqlglot, is read
    assert tables["later"].line == 12
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (7, "cannot parse DDL statement `CREATE FOREIGN TABLE remote_leads (email text) SERVER crm`"),
        (8, "cannot parse DDL statement `CREATE TABLE packed (notes text COMPRESSION lz4)`"),
        (13, "COPY ... FROM stdin data has no `\\.` line ending it"),
    ]


def test_scan_classifies_the_tables_of_a_dump_and_reports_its_bad_statement(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": ("packs: [mgt-solutions]\ninclude: [\"models/**/*.sql\"]\n"  # schema/ is read as DDL only
                          "catalog: {ddl: [\"schema/*.sql\"]}\n"),
        "schema/shop_pg_dump.sql": (DUMPS / "shop_pg_dump.sql").read_text(),
        "schema/one_bad_statement.sql": (DUMPS / "one_bad_statement.sql").read_text(),
        "models/monitoring.sql": ("-- privgate: purpose=monitoring\n"
                                  "SELECT email FROM public.customers;\n"
                                  "SELECT email, date_of_birth FROM patients;\n"),
    })
    result = scan(tmp_path, with_schema_rules=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert sorted((f["rule_id"], f["path"], f["line"], f["subject"]) for f in findings if f["rule_id"] != "PUR005") == [
        ("CHD003", "schema/one_bad_statement.sql", 2, "patients.date_of_birth"),  # mgt-solutions states no age policy
        ("INP001", "schema/one_bad_statement.sql", 8, None),
        ("PUR001", "models/monitoring.sql", 2, "customers.email"),       # annotated in the dump
        ("PUR001", "models/monitoring.sql", 3, "patients.date_of_birth"),  # by its name: the generic user.demographic.date_of_birth
        ("PUR001", "models/monitoring.sql", 3, "patients.email"),        # classified by its name
        ("RET005", "schema/shop_pg_dump.sql", 82, "order_events.ip_address"),  # inet, after the function
    ]


def test_a_scanned_dump_or_installer_reads_past_its_client_commands(tmp_path: Path) -> None:
    """The SQL scan skips what the DDL replay skips: psql meta-commands, COPY data rows and the mysql
    client's `source file` (the employees test_db installer): no INP001 for lines that are no SQL, and
    a column alias named `source` is still SQL. PostgreSQL's CLUSTER orders a table's rows on disk and
    reads none (AdventureWorks for Postgres: 68 INP001)."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ncatalog: {ddl: [\"db/*.sql\"]}\n",
        "db/shop.sql": ("\\connect shop\nCREATE TABLE customers (id int, email text);\n"
                        "COPY customers (id, email) FROM stdin;\n1\tana@example.com\n\\.\n"
                        "CLUSTER customers USING customers_pkey;\n"),
        "db/employees.sql": ("CREATE TABLE employees (emp_no int, first_name varchar(14), birth_date date);\n"
                             "SELECT 'LOADING employees' as 'INFO';\nsource load_employees.dump ;\n"
                             "SELECT emp_no,\n  source\nFROM employees;\n"),
    })
    result = scan(tmp_path, with_schema_rules=True)
    report = json.loads(result.stdout)
    assert [f["rule_id"] for f in report["findings"] if f["rule_id"].startswith("INP")] == [], result.stdout
    assert report["summary"]["coverage"]["not_checked"] == 0
    assert report["summary"]["tables"] == 2
    # ... and psql's `\copy` is the COPY it runs on the client's side: a load (AdventureWorks for Postgres
    # loads its 67 CSV files so), or an export to a client file, judged as COPY's (never skipped in silence);
    # the file name may be unquoted, and `\copy ... FROM stdin` reads the data lines after it
    write(tmp_path, {"db/export.sql": ("\\copy customers FROM 'customers.csv' DELIMITER E'\\t' CSV;\n"
                                       "\\copy customers (id, email) from stdin\n2\tbo@example.com\n\\.\n"
                                       "\\copy (SELECT email FROM customers) TO 'emails.csv' CSV\n"
                                       "\\copy customers to customers_backup.csv csv header\n")})
    result = scan(tmp_path, with_schema_rules=True)
    findings = json.loads(result.stdout)["findings"]
    assert [f for f in findings if f["rule_id"].startswith("INP")] == []
    exports = [(f["path"], f["line"]) for f in findings if f["rule_id"] == "TRF002"]
    assert exports == [("db/export.sql", 5), ("db/export.sql", 6)]


def test_an_oracle_scripts_sql_plus_commands_are_client_lines(tmp_path: Path) -> None:
    """lerocha/chinook-database's Chinook_Oracle.sql (MIT) connects as the schema's owner with
    SQL*Plus before creating its tables; SQL*Plus's PROMPT, SET, a lone `/` and EXIT are no SQL
    either. Oracle's own CONNECT BY stays a clause of its query."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: oracle\ncatalog: {ddl: [\"db/*.sql\"]}\n",
        "db/chinook_oracle.sql": ("CREATE USER c##chinook IDENTIFIED BY p4ssw0rd;\nGRANT connect, resource TO c##chinook;\n"
                                  "CONNECT c##chinook/p4ssw0rd\nSET DEFINE OFF\nPROMPT creating tables\n"
                                  "CREATE TABLE Customer (CustomerId NUMBER NOT NULL, Email VARCHAR2(60) NOT NULL);\n"
                                  "CREATE TABLE Employee (EmployeeId NUMBER, ReportsTo NUMBER, BirthDate DATE);\n/\n"
                                  "SELECT EmployeeId FROM Employee\nSTART WITH ReportsTo IS NULL\n"
                                  "CONNECT BY PRIOR EmployeeId = ReportsTo;\nEXIT;\n"),
    })
    result = scan(tmp_path, with_schema_rules=True)
    report = json.loads(result.stdout)
    assert [f["rule_id"] for f in report["findings"] if f["rule_id"].startswith("INP")] == [], result.stdout
    assert report["summary"]["tables"] == 2 and report["summary"]["coverage"]["not_checked"] == 0


def test_oracle_sample_schema_installers_are_read_past_their_sql_plus_commands(tmp_path: Path) -> None:
    """oracle-samples/db-sample-schemas (MIT), order_entry and product_media, shortened: the installers
    ACCEPT passwords, CONNECT ... AS SYSDBA, DISCONNECT, set COLUMN's NEW_VALUE, run scripts named
    without .sql (`@@oc_comnt`, `@&vscript`), HOST a loader over two lines joined by a hyphen, DESCRIBE
    a table with no `;`, end a comment with a lone `.`, and load 30 languages of product descriptions
    with INSERTs whose every line ends in SQL*Plus's continuation hyphen: each was an INP001 (8,640 in
    order_entry's oe_p_*.sql alone)."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: oracle\ncatalog: {ddl: [\"db/*.sql\"]}\n",
        "db/oe_main.sql": ("rem oe_main.sql - main script for the OE schema\nSET ECHO OFF\nSET TAB OFF\nSET NUMWIDTH 10\n"
                           "ACCEPT pass PROMPT 'Enter a password for the user OE: ' HIDE\n"
                           "CONNECT sys/&pass_sys@&connect_string AS SYSDBA;\n"
                           "COLUMN property_value NEW_VALUE var_default_tablespace\n"
                           "CONNECT OE/&pass_oe@&connect_string\n@@oc_comnt\n@&vscript\n"
                           "HOST sqlldr pm/&pm_pass -\n  control=&ctl_file data=&dat_file log=&log_file\n"
                           "CREATE TABLE product_descriptions (product_id NUMBER(6), language_id VARCHAR2(3),\n"
                           "  translated_name NVARCHAR2(50));\nDESCRIBE product_descriptions\n"
                           "SELECT translated_name FROM product_descriptions;\n"
                           "COMMENT ON COLUMN product_descriptions.language_id IS\n'Primary key column.';\n.\n"
                           "set define off\nINSERT INTO product_descriptions VALUES(1726-\n,'AR'-\n,UNISTR(-\n"
                           "'\\0634\\0627\\0634\\0629 LCD 11/PM'-\n));\ndisconnect\n"),
    })
    result = scan(tmp_path, with_schema_rules=True)
    report = json.loads(result.stdout)
    assert [f["rule_id"] for f in report["findings"] if f["rule_id"].startswith("INP")] == [], result.stdout
    assert report["summary"]["tables"] == 1 and report["summary"]["coverage"]["not_checked"] == 0


def test_a_hyphen_ends_a_line_as_sql_plus_continuation_only_in_sql_plus_scripts() -> None:
    """SQL*Plus joins a line ending with a hyphen to the next; elsewhere the hyphen is a minus sign
    (`price -` / `discount`), and a `--` comment line stays a comment in both."""
    from checker.facts import FileFacts
    from checker.readers.sql import without_client_lines

    query = "SELECT price -\n  discount AS net -- ----\nFROM orders;\n"
    assert without_client_lines(query, "q.sql", FileFacts("q.sql")) == query
    script = "SET DEFINE OFF\nINSERT INTO prices VALUES(1726-\n,'AR' -- --\n);\n"
    assert without_client_lines(script, "q.sql", FileFacts("q.sql")).split("\n")[1:3] == [
        "INSERT INTO prices VALUES(1726 ", ",'AR' -- --"]


def test_oracle_constraint_states_and_partition_lists_keep_their_tables(tmp_path: Path) -> None:
    """Oracle writes whether a constraint is checked after it (`NOT NULL ENABLE`, SQL Developer's export of
    every column; `DISABLE NOVALIDATE`, oracle-samples/db-sample-schemas (MIT) order_entry/oe_cre.sql) and a
    range partitioned table's partitions after its columns (sales_history/sh_create.sql's costs, shortened),
    and switches a constraint off for a load with ALTER TABLE ... MODIFY CONSTRAINT: none changes a
    column, and each table was lost to INP001 (each MODIFY CONSTRAINT an INP001 of its own). Columns
    named enable and disable stay; MODIFY of a column still changes it."""
    write(tmp_path, {"db/oe.sql": (
        'CREATE TABLE "OE"."CUSTOMERS" ("CUSTOMER_ID" NUMBER(6,0) NOT NULL ENABLE,\n'
        '  "CUST_EMAIL" VARCHAR2(50), CONSTRAINT "CUSTOMERS_PK" PRIMARY KEY ("CUSTOMER_ID") USING INDEX ENABLE);\n'
        "CREATE TABLE inventories (product_id NUMBER(6), warehouse_id NUMBER(3),\n"
        "  CONSTRAINT inventory_pk PRIMARY KEY (product_id, warehouse_id) DISABLE NOVALIDATE);\n"
        "ALTER TABLE inventories ADD ( CONSTRAINT inventories_warehouses_fk FOREIGN KEY (warehouse_id)\n"
        "  REFERENCES warehouses (warehouse_id) ON DELETE CASCADE enable novalidate ) ;\n"
        "CREATE TABLE costs (prod_id NUMBER NOT NULL, time_id DATE NOT NULL, unit_cost NUMBER(10,2))\n"
        " PARTITION BY RANGE (time_id)\n"
        "  ( PARTITION costs_q1_2019 VALUES LESS THAN (TO_DATE('2019-04-01','YYYY-MM-DD')) COMPRESS,\n"
        "    PARTITION costs_max VALUES LESS THAN (MAXVALUE));\n"
        "CREATE TABLE feature_flags (enable NUMBER(1), disable NUMBER(1));\n"
        # sales_history/sh_populate.sql: constraints off for the load, on after it
        "ALTER TABLE costs\n   MODIFY CONSTRAINT costs_promo_fk DISABLE NOVALIDATE;\n"
        "ALTER TABLE costs MODIFY CONSTRAINT costs_promo_fk ENABLE NOVALIDATE;\n"
        "ALTER TABLE costs MODIFY (unit_cost NUMBER(12,2));\n")})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/oe.sql", "db/oe.sql")], lambda _: "oracle")
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "oe.customers": ["customer_id", "cust_email"], "inventories": ["product_id", "warehouse_id"],
        "costs": ["prod_id", "time_id", "unit_cost"], "feature_flags": ["enable", "disable"]}
    assert tables["costs"].types["unit_cost"] == "decimal(12, 2)"  # as sqlglot writes NUMBER(12,2)


def test_an_h2_schema_keeps_its_tables(tmp_path: Path) -> None:
    """spring-projects/spring-petclinic (Apache-2.0) src/main/resources/db/h2/schema.sql, shortened: H2
    writes IF EXISTS after the dropped table's name and has a case-blind VARCHAR_IGNORECASE; the DROPs
    and the owners table were INP001s. A later DROP still drops the table."""
    write(tmp_path, {"db/h2/schema.sql": (
        "DROP TABLE vets IF EXISTS;\nDROP TABLE owners IF EXISTS;\n\n"
        "CREATE TABLE vets (\n  id         INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
        "  first_name VARCHAR(30),\n  last_name  VARCHAR(30)\n);\n"
        "CREATE TABLE owners (\n  id         INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
        "  first_name VARCHAR(30),\n  last_name  VARCHAR_IGNORECASE(30),\n  telephone  VARCHAR(20)\n);\n"
        "DROP TABLE vets IF EXISTS;\n")})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/h2/schema.sql", "db/h2/schema.sql")], lambda _: "mysql")
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "owners": ["id", "first_name", "last_name", "telephone"]}


def test_sql_server_constraints_switched_on_and_off_keep_the_tables_columns(tmp_path: Path) -> None:
    """Microsoft's Northwind installer (microsoft/sql-server-samples, MIT: northwind-pubs/instnwnd.sql, shortened)
    switches every table's constraints off for its data (`NOCHECK CONSTRAINT ALL`) and on after; SSMS's
    generated scripts write `WITH CHECK CHECK CONSTRAINT fk` after each foreign key. None changes a column,
    and each was an INP001; adding a column beside them still adds it."""
    write(tmp_path, {"db/instnwnd.sql": (
        'CREATE TABLE "Categories" ("CategoryID" "int" IDENTITY (1, 1) NOT NULL, "CategoryName" nvarchar (15) NOT NULL)\n'
        "GO\nALTER TABLE \"Categories\" NOCHECK CONSTRAINT ALL\ngo\n"
        "ALTER TABLE \"Categories\" CHECK CONSTRAINT ALL\ngo\n"
        "ALTER TABLE [Categories] WITH CHECK CHECK CONSTRAINT [FK_Categories_Parent]\nGO\n"
        "ALTER TABLE [Categories] ADD [Description] ntext NULL\nGO\n")})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/instnwnd.sql", "db/instnwnd.sql")], lambda _: "tsql")
    assert problems == []
    assert list(tables["categories"].columns) == ["categoryid", "categoryname", "description"]


def test_sql_server_statements_without_semicolons_are_each_replayed(tmp_path: Path) -> None:
    """T-SQL needs no `;` between statements, and legacy scripts write one per line: sqlglot read a batch of
    two CREATE TABLEs as one opaque command, and the second table was lost without a word. Each statement
    starts at a line whose first word starts one; `IF <condition>` and the statement it runs, `UPDATE`
    and its `SET`, a view's SELECT and a procedure's body stay one statement each."""
    write(tmp_path, {"db/install.sql": (
        "IF OBJECT_ID('dbo.Regions', 'U') IS NOT NULL DROP TABLE dbo.Regions\n"
        "if exists (select * from sysobjects where id = object_id('dbo.Customers') and sysstat & 0xf = 3)\n"
        '\tdrop table "dbo"."Customers"\n'
        'CREATE TABLE "Customers" ("CustomerID" nchar (5) NOT NULL, "ContactName" nvarchar (30) NULL)\n'
        'CREATE TABLE "Shippers" ("ShipperID" "int" NOT NULL, "Phone" nvarchar (24) NULL)\n'
        "ALTER TABLE Shippers ADD CompanyName nvarchar (40) NULL\nGO\n"
        'INSERT "Shippers"("ShipperID","Phone") VALUES(1,\'(503) 555-9831\')\n'
        "UPDATE Shippers\nSET Phone = NULL\nWHERE ShipperID = 2\n"
        "CREATE TABLE Regions (RegionID int)\nGO\n"
        "create view \"Customer List\" AS\nSELECT ContactName FROM Customers\nUNION\nSELECT Phone FROM Shippers\nGO\n"
        "CREATE PROCEDURE purge_shippers AS\nDELETE FROM Shippers\nCREATE TABLE #gone (id int)\nGO\n")})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/install.sql", "db/install.sql")], lambda _: "tsql")
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items() if not name.startswith("#")} == {
        "customers": ["customerid", "contactname"], "shippers": ["shipperid", "phone", "companyname"],
        "regions": ["regionid"], "customer list": ["contactname"]}


def test_sqlite_columns_of_no_type_conflict_clauses_and_full_text_tables_are_read(tmp_path: Path) -> None:
    """SQLite lets a column have no type (`CREATE TABLE t (a, email)`: sqlglot reads them as bare names, and they
    were left out of the table without a word), a constraint say what a conflicting INSERT does (`UNIQUE ON
    CONFLICT REPLACE`: an INP001, the table lost) and a full-text index be a table of its own (`CREATE VIRTUAL
    TABLE ... USING fts5(...)`, as calibre, Zotero and Android apps keep their search: an INP001). Each is read
    now; a virtual table of another module is still a problem, its columns being the module's to say."""
    write(tmp_path, {"db/schema.sql": (
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, display_name, email);\n"
        'CREATE TABLE IF NOT EXISTS "users" ("id" INTEGER PRIMARY KEY, "email" TEXT UNIQUE ON CONFLICT REPLACE,\n'
        '  "last_ip" TEXT COLLATE NOCASE NOT NULL ON CONFLICT IGNORE);\n'
        "CREATE VIRTUAL TABLE notes_fts USING fts5(title, body UNINDEXED, content=notes, tokenize='porter unicode61');\n"
        "CREATE VIRTUAL TABLE IF NOT EXISTS places_index USING rtree(id, min_lat, max_lat);\n"
        "CREATE VIRTUAL TABLE embeddings USING vec0(embedding float[384]);\n"
        "INSERT INTO users (email) VALUES ('a@example.org') ON CONFLICT DO NOTHING;\n")})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/schema.sql", "db/schema.sql")], lambda _: "sqlite")
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "contacts": ["id", "display_name", "email"], "users": ["id", "email", "last_ip"],
        "notes_fts": ["title", "body"], "places_index": ["id", "min_lat", "max_lat"]}
    assert tables["notes_fts"].types == {"title": "text", "body": "text"}
    assert [problem.line for problem in problems] == [6]


def test_tables_created_of_a_type_have_its_attributes_as_columns(tmp_path: Path) -> None:
    """Oracle's order-entry schema (oracle-samples/db-sample-schemas, MIT: order_entry/oc_cre.sql, shortened)
    creates object tables from object types (`CREATE TABLE categories_tab OF category_typ`), as PostgreSQL's
    typed tables do from composite types: sqlglot parses neither, and each table was an INP001 with no
    columns. A type's methods are not columns; a table of a type no replayed file defines is a problem that
    says so, also for a file the SQL scan reads."""
    write(tmp_path, {"db/oc_cre.sql": (
        "CREATE TYPE customer_typ\n OID '82A4AF6A4CD1656DE034080020E0EE3D'\n AS OBJECT\n"
        "    ( customer_id NUMBER(6)\n    , cust_first_name VARCHAR2(20)\n    , cust_email VARCHAR2(40)\n"
        "    , MEMBER FUNCTION full_name RETURN VARCHAR2\n    ) NOT FINAL;\n/\n"
        "CREATE TABLE customers OF customer_typ (PRIMARY KEY (customer_id));\n"
        "CREATE TABLE orphans OF missing_typ;\n"),
        "db/pg.sql": "CREATE TYPE person_t AS (name text, email text);\nCREATE TABLE people OF person_t (PRIMARY KEY (name));\n"})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/oc_cre.sql", "db/oc_cre.sql")], lambda _: "oracle")
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "customers": ["customer_id", "cust_first_name", "cust_email"]}
    assert [(problem.line, problem.message) for problem in problems] == [
        (11, "table orphans is created OF type missing_typ, which no replayed DDL file defines (add the file that "
             "creates the type to catalog.ddl): its columns are unknown")]
    tables, problems, _ = replay([(tmp_path / "db/pg.sql", "db/pg.sql")], lambda _: "postgres")
    assert problems == [] and list(tables["people"].columns) == ["name", "email"]


def test_columns_named_like_sql_plus_commands_stay_columns(tmp_path: Path) -> None:
    """EC-CUBE's dtb_deliv has a `remark text` column and AI apps keep a `prompt text`: SQL*Plus reads
    REMARK and PROMPT only between statements, so inside a CREATE TABLE they are columns, never a
    line dropped without a word; between statements they are still client lines."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: sqlite\ncatalog: {ddl: [\"db/*.sql\"]}\n",
        "db/schema.sql": ("REM delivery methods\nPROMPT creating dtb_deliv\n"
                          "CREATE TABLE dtb_deliv (\n    deliv_id INTEGER NOT NULL,\n    name text,\n"
                          "    remark text,\n    prompt text, -- what the buyer is asked\n"
                          "    rank INTEGER\n);\nREMARK done\n"),
    })
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/schema.sql", "db/schema.sql")], lambda _: "sqlite")
    assert list(tables["dtb_deliv"].columns) == ["deliv_id", "name", "remark", "prompt", "rank"]
    assert problems == []


def test_mysql_stored_programs_between_delimiter_lines_are_read(tmp_path: Path) -> None:
    """Sakila's schema: triggers under `DELIMITER ;;`, procedures under `DELIMITER //`. Each stored
    program is a statement and the SQL of its body is judged as a PL/pgSQL body's is (the procedure's
    read of the e-mails, at its line), where each was an INP001 "not parsed" and the scan exited 2; a
    trigger's NEW row is the row being written, no read; the tables after them still enter the catalog;
    mysqldump's versioned-comment wrappers stay comments."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: mysql\ncatalog: {ddl: [\"db/*.sql\"]}\n",
        "db/sakila.sql": ("CREATE TABLE film (film_id int, title varchar(128));\n"
                          "DELIMITER ;;\n"
                          "CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN\n"
                          "    INSERT INTO film_text (film_id, title) VALUES (new.film_id, new.title);\n"
                          "  END;;\n"
                          "/*!50003 SET @saved_cs_client = @@character_set_client */ ;;\n"
                          "DELIMITER ;\n"
                          "DELIMITER //\n"
                          "CREATE PROCEDURE rewards_report (IN min_amount DECIMAL(10,2))\n"
                          "BEGIN\n  DECLARE last_month_start DATE;\n  SELECT email FROM customer WHERE active = 1;\nEND //\n"
                          "DELIMITER ;\n"
                          "CREATE TABLE customer (customer_id int, email varchar(50));\n"),
    })
    result = scan(tmp_path, with_schema_rules=True)
    report = json.loads(result.stdout)
    found = [(f["rule_id"], f["line"]) for f in report["findings"]]
    assert found == [("PUR002", 12)], found
    assert "customer.email" in report["findings"][0]["message"]
    assert report["summary"]["tables"] == 2 and result.returncode == 0


def test_plain_statements_between_delimiter_lines_are_read_as_sql(tmp_path: Path) -> None:
    """The MySQL Employees sample's objects.sql drops its functions under `delimiter //` before
    defining them (`drop function if exists emp_dept_id //`): such a statement is no stored program.
    Each was an INP001 saying it was procedural code, and a table created there was lost; the rest is read
    as SQL ended by the delimiter, and the function's `RETURN (SELECT ...)` reads the names. The DDL replay
    does not read stored programs: there the function stays one problem at its line."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: mysql\ncatalog: {ddl: [\"db/*.sql\"]}\n",
        "db/objects.sql": ("use employees;\n\n"
                           "delimiter //\n"
                           "drop function if exists emp_name //\n"
                           "drop procedure if exists show_departments //\n"
                           "CREATE TABLE IF NOT EXISTS employees (emp_no int, first_name varchar(14),\n"
                           "  last_name varchar(16)) //\n"
                           "create function emp_name (employee_id int)\nRETURNS varchar(32)\nREADS SQL DATA\n"
                           "BEGIN\n  RETURN (SELECT concat(first_name, ' ', last_name) FROM employees\n"
                           "    WHERE emp_no = employee_id);\nEND //\n"
                           "delimiter ;\n"),
    })
    result = scan(tmp_path, with_schema_rules=True)
    report = json.loads(result.stdout)
    found = [(f["rule_id"], f["line"]) for f in report["findings"]]
    assert found == [("PUR002", 12)], found  # the RETURN (SELECT ...) of the function that starts at line 8
    assert "employees.first_name" in report["findings"][0]["message"]
    assert report["summary"]["tables"] == 1
    tables, problems = replay_files("db/objects.sql", dialect="mysql", folder=tmp_path)
    assert list(tables["employees.employees"].columns) == ["emp_no", "first_name", "last_name"]  # after `use employees`
    assert [(problem.line, problem.kind) for problem in problems] == [(8, "unparsable")]


def test_a_create_table_whose_options_defeat_sqlglot_keeps_its_columns_or_says_so(tmp_path: Path) -> None:
    """PrestaShop and QloApps ship their schema with install-time placeholders after each column
    list (`ENGINE=ENGINE_TYPE ... COLLATION`): the columns are read all the same. Options privgate
    would read (a TTL) behind such syntax are not guessed at: that table is a problem, reported by
    the scan even though the scan reads the file as SQL too."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: mysql\ncatalog: {ddl: [\"install/*.sql\"]}\n",
        "install/db_structure.sql": (
            "CREATE TABLE `PREFIX_customer` (\n  `id_customer` int(10) unsigned NOT NULL,\n"
            "  `email` varchar(255) NOT NULL,\n  PRIMARY KEY (`id_customer`)\n"
            ") ENGINE=ENGINE_TYPE DEFAULT CHARSET=utf8 COLLATION;\n"
            "CREATE TABLE `PREFIX_visits` (`ip` varchar(45)) ENGINE=ENGINE_TYPE TTL 30 DAY COLLATION;\n"),
    })
    tables, problems = replay_files("install/db_structure.sql", folder=tmp_path, dialect="mysql")
    assert sorted(tables) == ["prefix_customer"] and list(tables["prefix_customer"].columns) == ["id_customer", "email"]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (6, "cannot parse DDL statement `CREATE TABLE `PREFIX_visits` (`ip` varchar(45)) ENGINE=ENGINE_TYPE TTL 30 DAY...`")]
    findings = json.loads(scan(tmp_path, with_schema_rules=True).stdout)["findings"]
    assert [(f["rule_id"], f["path"], f["line"]) for f in findings if f["rule_id"].startswith("INP")] == [
        ("INP001", "install/db_structure.sql", 6)]


def test_migrations_replay_in_the_order_their_tool_applies_them(tmp_path: Path) -> None:
    """Flyway and golang-migrate number migrations without padding: V10 comes after V9, as the
    tool applies them, so the column V10 renames is renamed, not added back by V2 afterwards."""
    write(tmp_path, {
        "db/V1__init.sql": "CREATE TABLE customers (id INT);\n",
        "db/V2__email.sql": "ALTER TABLE customers ADD COLUMN email TEXT;\n",
        "db/V10__rename.sql": "ALTER TABLE customers RENAME COLUMN email TO contact_email;\n",
    })
    tables, problems = replay_files("db/V10__rename.sql", "db/V1__init.sql", "db/V2__email.sql", folder=tmp_path)
    assert problems == []
    assert list(tables["customers"].columns) == ["id", "contact_email"]


def test_an_unnumbered_initial_schema_replays_before_the_numbered_upgrades_beside_it(tmp_path: Path) -> None:
    """opensourcepos (MIT) keeps `initial_schema.sql` beside its upgrade scripts `3.0.2_to_3.1.1.sql`,
    `3.2.1_to_3.3.0.sql` ...; replayed last, it created its tables again over the upgraded ones (12 INP003,
    and the catalog lost the columns the upgrades add). A file that says it is the first step comes first."""
    write(tmp_path, {
        "sqlscripts/initial_schema.sql": "CREATE TABLE ospos_customers (person_id int, account_number varchar(255));\n",
        "sqlscripts/3.0.2_to_3.1.1.sql": "ALTER TABLE ospos_customers ADD COLUMN sales_tax_code varchar(32);\n",
        "sqlscripts/3.2.1_to_3.3.0.sql": "ALTER TABLE ospos_customers ADD COLUMN tax_id varchar(32);\n"
                                         "ALTER TABLE ospos_customers CONVERT TO CHARACTER SET utf8 COLLATE utf8_general_ci;\n",
    })
    names = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.sql"))
    tables, problems = replay_files(*names, folder=tmp_path, dialect="mysql")
    assert problems == []
    assert list(tables["ospos_customers"].columns) == ["person_id", "account_number", "sales_tax_code", "tax_id"]


def test_flyway_versions_and_repeatable_migrations_replay_as_flyway_applies_them(tmp_path: Path) -> None:
    """Flyway reads `V2_1__` and `V1.1__` as versions 2.1 and 1.1 (after 2 and 1, before 10) and applies
    its repeatable `R__` migrations after every versioned one, so the view sees the renamed column."""
    write(tmp_path, {
        "src/main/resources/db/migration/V1__create_customers.sql": "CREATE TABLE customers (id INT, email TEXT);\n",
        "src/main/resources/db/migration/V1.1__add_phone.sql": "ALTER TABLE customers ADD COLUMN phone TEXT;\n",
        "src/main/resources/db/migration/V2__add_birth_date.sql": "ALTER TABLE customers ADD COLUMN birth_date DATE;\n",
        "src/main/resources/db/migration/V2_1__rename_email.sql":
            "ALTER TABLE customers RENAME COLUMN email TO contact_email;\n",
        "src/main/resources/db/migration/R__customer_contacts.sql":
            "CREATE OR REPLACE VIEW customer_contacts AS SELECT id, contact_email, phone FROM customers;\n",
    })
    names = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.sql"))
    tables, problems = replay_files(*names, folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "customers": ["id", "phone", "birth_date", "contact_email"],
        "customer_contacts": ["id", "contact_email", "phone"]}


SQITCH_PLAN = """%syntax-version=1.0.0
%project=flipr

appschema 2024-01-08T10:00:00Z Marge <marge@example.com> # Add schema for all flipr objects.
users [appschema] 2024-01-08T10:05:00Z Marge <marge@example.com> # Creates table to track our users.
user_contacts [users] 2024-01-08T10:09:00Z Marge <marge@example.com> # A view of how to reach users.
@v1.0.0 2024-01-09T09:00:00Z Marge <marge@example.com> # Tag v1.0.0.

add_email_to_users [users] 2024-02-01T10:00:00Z Marge <marge@example.com> # Users give an e-mail address.
user_contacts [user_contacts@v1.0.0 add_email_to_users] 2024-02-01T10:05:00Z Marge <marge@example.com> # With it.
"""


def test_sqitch_deploy_scripts_replay_in_the_order_of_the_plan(tmp_path: Path) -> None:
    """sqitch names each script after its change and applies them in the order of `sqitch.plan` (a reworked
    change's earlier script kept as `<change>@<tag>.sql`); its `revert/` scripts undo them. In path order,
    `add_email_to_users` would alter a table `users` creates later, and `revert/` would drop it."""
    write(tmp_path, {
        "sqitch.plan": SQITCH_PLAN,
        "deploy/appschema.sql": "CREATE SCHEMA flipr;\n",
        "deploy/users.sql": "BEGIN;\nCREATE TABLE flipr.users (nickname TEXT PRIMARY KEY, password TEXT NOT NULL);\nCOMMIT;\n",
        "deploy/user_contacts@v1.0.0.sql": "CREATE VIEW flipr.user_contacts AS SELECT nickname FROM flipr.users;\n",
        "deploy/add_email_to_users.sql": "ALTER TABLE flipr.users ADD COLUMN email TEXT;\n",
        "deploy/user_contacts.sql": ("DROP VIEW flipr.user_contacts;\n"
                                     "CREATE VIEW flipr.user_contacts AS SELECT nickname, email FROM flipr.users;\n"),
        "revert/users.sql": "DROP TABLE flipr.users;\n",
        "revert/add_email_to_users.sql": "ALTER TABLE flipr.users DROP COLUMN email;\n",
        "verify/users.sql": "SELECT nickname, password FROM flipr.users WHERE FALSE;\n",
    })
    deployed = sorted(str(path.relative_to(tmp_path)) for path in (tmp_path / "deploy").iterdir())
    tables, problems = replay_files(*deployed, folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "flipr.users": ["nickname", "password", "email"], "flipr.user_contacts": ["nickname", "email"]}
    subprocess.run([sys.executable, "-m", "checker", "init"], cwd=tmp_path, capture_output=True, check=True,
                   env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    config = (tmp_path / "privgate.yaml").read_text()
    assert "deploy/users.sql" in config and "revert/" not in config.partition("catalog:")[2].partition("tables:")[0]
    assert "email:" in config.partition("flipr.users:")[2]


def test_liquibase_sql_changelogs_replay_in_the_order_the_master_changelog_includes_them(tmp_path: Path) -> None:
    """Spring Boot's Liquibase master changelog includes formatted SQL files one by one (by classpath path or
    beside itself, through a nested XML changelog too, here one beside the master), named for what they do:
    Liquibase applies them in the order of the includes; path order would add the e-mail column before the
    table exists, then replace it."""
    changelog = "src/main/resources/db/changelog"
    write(tmp_path, {
        f"{changelog}/db.changelog-master.yaml": (
            "databaseChangeLog:\n  - include:\n      file: db/changelog/changes/create-customers.sql\n"
            "  - include:\n      file: changes/add-email-to-customers.sql\n      relativeToChangelogFile: true\n"
            "  - include:\n      file: classpath:db/changelog/db.changelog-1.1.xml\n"),
        f"{changelog}/db.changelog-1.1.xml": ('<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
                                              '    <include file="changes/contacts-view.sql" relativeToChangelogFile="true"/>\n'
                                              "</databaseChangeLog>\n"),
        f"{changelog}/changes/create-customers.sql": (
            "--liquibase formatted sql\n\n--changeset shop:1\nCREATE TABLE customers (id bigint, full_name text);\n"
            "--rollback DROP TABLE customers;\n"),
        f"{changelog}/changes/add-email-to-customers.sql": (
            "--liquibase formatted sql\n\n--changeset shop:2\nALTER TABLE customers ADD COLUMN email text;\n"
            "--rollback ALTER TABLE customers DROP COLUMN email;\n"),
        f"{changelog}/changes/contacts-view.sql": (
            "--liquibase formatted sql\n\n--changeset shop:3 runOnChange:true\n"
            "CREATE OR REPLACE VIEW customer_contacts AS SELECT id, email FROM customers;\n"),
    })
    names = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.sql"))
    tables, problems = replay_files(*names, folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "customers": ["id", "full_name", "email"], "customer_contacts": ["id", "email"]}


def test_a_liquibase_include_commented_out_or_outside_the_project_orders_nothing(tmp_path: Path) -> None:
    """JHipster's master.xml keeps includes commented out (an old step, a generator's needle); Liquibase
    skips them, and so does the replay. An include that resolves outside the project is not read."""
    project, changelog = tmp_path / "shop", "src/main/resources/config/liquibase"
    write(project, {
        f"{changelog}/master.xml": (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
            '    <!-- <include file="config/liquibase/changelog/b_add_email.sql"/> -->\n'
            '    <include file="../../../../../../outside/changelog.xml"/>\n'
            '    <include file="config/liquibase/changelog/c_create_customers.sql"/>\n'
            '    <include file="config/liquibase/changelog/b_add_email.sql"/>\n'
            "    <!-- jhipster-needle-liquibase-add-changelog -->\n"
            "</databaseChangeLog>\n"),
        f"{changelog}/changelog/c_create_customers.sql": "CREATE TABLE customers (id bigint, full_name text);\n",
        f"{changelog}/changelog/b_add_email.sql": "ALTER TABLE customers ADD COLUMN email text;\n",
    })
    write(tmp_path, {"outside/changelog.xml": (
        '<databaseChangeLog><include file="../shop/src/main/resources/config/liquibase/changelog/b_add_email.sql"'
        ' relativeToChangelogFile="true"/></databaseChangeLog>\n')})
    names = sorted(str(path.relative_to(project)) for path in project.rglob("*.sql"))
    tables, problems = replay_files(*names, folder=project)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {"customers": ["id", "full_name", "email"]}


def test_the_down_half_of_a_migration_file_is_not_replayed(tmp_path: Path) -> None:
    """dbmate, goose and sql-migrate keep a migration and its undo in one file: replaying the undo
    would drop the table the migration creates."""
    write(tmp_path, {
        "db/migrations/20240101_users.sql": ("-- migrate:up\nCREATE TABLE users (id INT, email TEXT);\n\n"
                                             "-- migrate:down\nDROP TABLE users;\n"),
        "db/migrations/20240102_phone.sql": ("-- +goose Up\n-- +goose StatementBegin\nALTER TABLE users ADD COLUMN "
                                             "phone TEXT;\n-- +goose StatementEnd\n-- +goose Down\n"
                                             "ALTER TABLE users DROP COLUMN phone;\n"),
        "db/migrations/20240103_visits.sql": ("-- +migrate Up\nCREATE TABLE visits (ip TEXT);\n"
                                              "-- +migrate Down\nDROP TABLE visits;\n"),
    })
    names = ["db/migrations/20240101_users.sql", "db/migrations/20240102_phone.sql", "db/migrations/20240103_visits.sql"]
    tables, problems = replay_files(*names, folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "users": ["id", "email", "phone"], "visits": ["ip"]}


def test_a_renamed_table_keeps_its_columns_under_its_new_name(tmp_path: Path) -> None:
    """Migrations rename tables (lemmy's `ALTER TABLE user_ RENAME TO person`, MySQL's RENAME
    TABLE): the catalog holds the table by its new name, never the old one beside an empty new one."""
    write(tmp_path, {
        "pg.sql": ("CREATE TABLE shop.user_ (id INT, email TEXT, actor_id TEXT);\nALTER TABLE shop.user_ RENAME TO person;\n"
                   "ALTER TABLE shop.person RENAME actor_id TO ap_id;\n"  # COLUMN left out: still a column
                   "ALTER TABLE shop.person ALTER COLUMN email TYPE varchar(320);\n"),
        "my.sql": ("CREATE TABLE `members` (`id` int, `phone` varchar(20));\nCREATE TABLE logins (ip varchar(45));\n"
                   "RENAME TABLE `members` TO `customers`, logins TO login_events;\n"),
    })
    tables, problems = replay_files("pg.sql", folder=tmp_path)
    assert problems == [] and list(tables) == ["shop.person"]
    assert list(tables["shop.person"].columns) == ["id", "email", "ap_id"]
    assert tables["shop.person"].types["email"] == "varchar(320)"
    tables, problems = replay_files("my.sql", folder=tmp_path, dialect="mysql")
    assert problems == [] and {name: list(table.columns) for name, table in tables.items()} == {
        "customers": ["id", "phone"], "login_events": ["ip"]}


def test_constraint_only_alter_actions_sqlglot_cannot_read_lose_no_columns(tmp_path: Path) -> None:
    """PostgreSQL migrations rename constraints and (PostgreSQL 18) name NOT NULL constraints:
    sqlglot reads neither, but neither changes a column, so the statement is no input problem and
    the ADD COLUMN beside them still counts (found on lemmy's migrations, 118 statements)."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE person (id INT);\n"
        "ALTER TABLE person RENAME CONSTRAINT user__pkey TO person__pkey;\n"
        "ALTER TABLE person\n    ADD COLUMN banned boolean DEFAULT FALSE,\n"
        "    ADD CONSTRAINT user__banned_not_null NOT NULL banned,\n    ADD COLUMN bio text;\n"
        "ALTER TABLE person ADD CONSTRAINT person_id_not_null NOT NULL id;\n")})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    assert problems == []
    assert list(tables["person"].columns) == ["id", "banned", "bio"]


def test_named_not_null_constraints_in_create_table_are_constraints_not_columns(tmp_path: Path) -> None:
    """pg_dump 18 writes a table's NOT NULL columns as `CONSTRAINT name NOT NULL col` table elements
    (lemmy's migrations/2025-08-01-000016_smoosh-tables-together/down.sql, AGPL-3.0, shortened):
    sqlglot cannot parse them, yet the table keeps every column and gains none, wherever the
    constraints stand in the list."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE comment_saved (\n    id serial,\n    comment_id int NOT NULL,\n    person_id int,\n"
        "    published timestamptz DEFAULT now() NOT NULL,\n"
        "    CONSTRAINT comment_saved_user_id_not_null NOT NULL person_id,\n    PRIMARY KEY (person_id, comment_id)\n);\n"
        "CREATE TABLE community_person_ban (\n    CONSTRAINT ban_person_not_null NOT NULL person_id,\n"
        "    NOT NULL community_id NO INHERIT,\n    person_id int,\n    community_id int,\n"
        "    CONSTRAINT ban_expires_not_null NOT NULL expires,\n    expires timestamptz\n);\n")})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    assert problems == []
    assert list(tables["comment_saved"].columns) == ["id", "comment_id", "person_id", "published"]
    assert list(tables["community_person_ban"].columns) == ["person_id", "community_id", "expires"]
    assert tables["community_person_ban"].types["expires"] == "timestamptz"


def test_a_table_created_from_a_query_has_the_querys_columns_or_says_which_it_cannot_name(tmp_path: Path) -> None:
    """lemmy merges its vote and save tables with `CREATE TABLE comment_actions AS SELECT ...` over a
    UNION ALL (migrations/2025-08-01-000016_smoosh-tables-together, AGPL-3.0, shortened): the table
    has the query's columns, typed where its sources are; `SELECT *` and `t.*` take a replayed
    table's columns, a column list renames the first ones, and what cannot be named (a `*` over a
    table the replay never saw, an expression without an alias) is an input problem at its line."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE comment_like (person_id int, comment_id int, score smallint, published timestamptz);\n"
        "CREATE TABLE comment_saved (person_id int, comment_id int, published timestamptz);\n"
        "CREATE TABLE comment_actions AS\nSELECT\n    max(liked) AS liked,\n    max(saved) AS saved,\n"
        "    person_id,\n    comment_id,\n    max(like_score) = 1 AS vote_is_upvote\n"
        "FROM (\n    SELECT person_id, comment_id, score AS like_score, published AS liked,\n"
        "        NULL::timestamptz AS saved\n    FROM comment_like\n    UNION ALL\n"
        "    SELECT person_id, comment_id, NULL::int, NULL::timestamptz, published\n    FROM comment_saved)\n"
        "GROUP BY person_id, comment_id;\n"
        "DROP TABLE comment_saved, comment_like;\n"
        "CREATE TABLE person (id int, name text);\n"
        "CREATE TABLE person_copy AS SELECT p.* FROM person p;\n"
        "CREATE TABLE person_named (person_id, person_name) AS TABLE person;\n"
        "CREATE TABLE mixed AS SELECT p.*, v.*, upper(p.name) FROM person p JOIN visits v ON v.person_id = p.id;\n")})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    actions = tables["comment_actions"]
    assert list(actions.columns) == ["liked", "saved", "person_id", "comment_id", "vote_is_upvote"]
    assert actions.types == {"liked": "timestamptz", "saved": "timestamptz", "person_id": "int",
                             "comment_id": "int", "vote_is_upvote": "boolean"}
    assert list(tables["person_copy"].columns) == ["id", "name"] and tables["person_copy"].types["name"] == "text"
    assert list(tables["person_named"].columns) == ["person_id", "person_name"]
    assert list(tables["mixed"].columns) == ["id", "name"]
    assert [(problem.line, problem.kind, problem.message) for problem in problems] == [
        (22, "unresolved", "cannot name every column of table mixed "
                           "from its query: `v.*`: the columns of table visits are unknown; "
                           "`UPPER(p.name)` has no column name (give it an alias)")]


def test_mysql_floating_point_columns_marked_unsigned_keep_their_table(tmp_path: Path) -> None:
    """MySQL accepts the (deprecated) UNSIGNED on FLOAT and REAL, as location and rating columns of
    PHP applications use it; sqlglot does not, and the whole table would otherwise be lost."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE IF NOT EXISTS listings (\n  id int(10) unsigned NOT NULL AUTO_INCREMENT,\n"
        "  latitude float(10,6) unsigned NOT NULL DEFAULT '0',\n  votes FLOAT UNSIGNED,\n"
        "  score REAL unsigned,\n  price decimal(9,2) unsigned,\n  PRIMARY KEY (id)\n) ENGINE=InnoDB;\n")})
    tables, problems = replay_files("m.sql", dialect="mysql", folder=tmp_path)
    assert problems == []
    assert list(tables["listings"].columns) == ["id", "latitude", "votes", "score", "price"]


def test_postgres_18_virtual_columns_and_temporal_keys_keep_their_tables(tmp_path: Path) -> None:
    """PostgreSQL 18's virtual generated columns and temporal keys (devrimgunduz/pagila, PostgreSQL
    licence: `film.length_hours ... GENERATED ALWAYS AS (round(length / 60.0, 2)) VIRTUAL`, and the
    temporal setup's `PRIMARY KEY (film_id, valid_at WITHOUT OVERLAPS)`, `FOREIGN KEY (film_id, PERIOD
    valid_at) REFERENCES ...`, `UPDATE ... FOR PORTION OF valid_at FROM ... TO ...`): sqlglot 30 refused
    each, and pagila lost its film table to one INP001. A column named `period` stays a column."""
    write(tmp_path, {"pagila.sql": (
        "CREATE TABLE film (\n    film_id integer NOT NULL,\n    length smallint,\n"
        "    length_hours numeric(4,2) GENERATED ALWAYS AS (round(length / 60.0, 2)) VIRTUAL\n);\n"
        "CREATE TABLE film_price_history (\n    film_id integer NOT NULL REFERENCES film (film_id),\n"
        "    rental_rate numeric(4,2) NOT NULL,\n    valid_at daterange NOT NULL,\n"
        "    PRIMARY KEY (film_id, valid_at WITHOUT OVERLAPS)\n);\n"
        "CREATE TABLE store_film_price_override (\n    store_id integer NOT NULL,\n    film_id integer NOT NULL,\n"
        "    valid_at daterange NOT NULL,\n    PRIMARY KEY (store_id, film_id, valid_at WITHOUT OVERLAPS),\n"
        "    FOREIGN KEY (film_id, PERIOD valid_at) REFERENCES film_price_history (film_id, PERIOD valid_at)\n);\n"
        "UPDATE film_price_history\nFOR PORTION OF valid_at FROM '2024-07-01' TO '2024-08-01'\n"
        "SET rental_rate = 0.49\nWHERE film_id = 1;\n"
        "DELETE FROM film_price_history\nFOR PORTION OF valid_at FROM '2023-06-01' TO '2023-07-01'\nWHERE film_id = 2;\n"
        "CREATE TABLE payroll (id int, period date, amount numeric, FOREIGN KEY (id) REFERENCES film (film_id));\n")})
    tables, problems = replay_files("pagila.sql", folder=tmp_path)
    assert problems == []
    assert list(tables["film"].columns) == ["film_id", "length", "length_hours"]
    assert list(tables["film_price_history"].columns) == ["film_id", "rental_rate", "valid_at"]
    assert list(tables["store_film_price_override"].columns) == ["store_id", "film_id", "valid_at"]
    assert list(tables["payroll"].columns) == ["id", "period", "amount"]


def test_sql_server_rowguidcol_columns_keep_their_table(tmp_path: Path) -> None:
    """SQL Server's ROWGUIDCOL marks the column that is a table's row GUID (Microsoft's AdventureWorks
    script, instawdb.sql, writes it in 29 tables, Person.Person and Person.Address among them); sqlglot
    does not know it, and the whole table was lost to one INP001 for a marker that says nothing of what
    the column holds."""
    write(tmp_path, {"aw.sql": (
        "CREATE TABLE [Person].[Address](\n"
        "    [AddressID] [int] IDENTITY (1, 1) NOT FOR REPLICATION NOT NULL,\n"
        "    [City] [nvarchar](30) NOT NULL,\n"
        "    [rowguid] uniqueidentifier ROWGUIDCOL NOT NULL CONSTRAINT [DF_Address_rowguid] DEFAULT (NEWID()),\n"
        "    [ModifiedDate] [datetime] NOT NULL CONSTRAINT [DF_Address_ModifiedDate] DEFAULT (GETDATE())\n"
        ") ON [PRIMARY];\nGO\n"
        "CREATE TABLE legacy (id int, rowguidcol int);\nGO\n")})  # a column of that name stays
    tables, problems = replay_files("aw.sql", dialect="tsql", folder=tmp_path)
    assert problems == []
    assert list(tables["person.address"].columns) == ["addressid", "city", "rowguid", "modifieddate"]
    assert list(tables["legacy"].columns) == ["id", "rowguidcol"]


def test_a_unique_column_with_a_named_default_after_it_keeps_its_table(tmp_path: Path) -> None:
    """`rowguid uniqueidentifier NOT NULL UNIQUE CONSTRAINT [DF_Document_rowguid] DEFAULT (NEWID())`
    (AdventureWorks' Production.Document; SQL Server and MySQL accept a column's UNIQUE before a named
    constraint): sqlglot reads the CONSTRAINT as UNIQUE's index name and the table was lost to one INP001."""
    write(tmp_path, {"aw.sql": (
        "CREATE TABLE [Production].[Document](\n    [DocumentNode] [hierarchyid] NOT NULL,\n"
        "    [rowguid] uniqueidentifier ROWGUIDCOL NOT NULL UNIQUE CONSTRAINT [DF_Document_rowguid] DEFAULT (NEWID()),\n"
        "    [Title] [nvarchar](50) NOT NULL\n) ON [PRIMARY];\nGO\n"),
        "my.sql": "CREATE TABLE accounts (id int, email varchar(80) UNIQUE NONCLUSTERED CONSTRAINT df_email DEFAULT '', "
                  "code int UNIQUE CONSTRAINT ck_code CHECK (code > 0));\n"})
    tables, problems = replay_files("aw.sql", dialect="tsql", folder=tmp_path)
    assert problems == []
    assert list(tables["production.document"].columns) == ["documentnode", "rowguid", "title"]
    for dialect in ("tsql", "mysql"):
        tables, problems = replay_files("my.sql", dialect=dialect, folder=tmp_path)
        assert (problems, list(tables["accounts"].columns)) == ([], ["id", "email", "code"])


def test_sql_server_index_storage_options_keep_their_table(tmp_path: Path) -> None:
    """How SQL Server stores a key says nothing of what the table holds: an unnamed `PRIMARY KEY
    CLUSTERED (id)` (hand-written T-SQL), and a memory-optimized table's hash index (`PRIMARY KEY
    NONCLUSTERED HASH (CartID) WITH (BUCKET_COUNT = 1024)`, In-Memory OLTP as WideWorldImporters and
    Microsoft's samples write it). sqlglot refused each, and the whole table was lost to one INP001; an
    inline `INDEX IX_Patients_Name NONCLUSTERED (FullName)` became a column named `index`."""
    write(tmp_path, {"t.sql": (
        "CREATE TABLE [Website].[Cart](\n    [CartID] [int] IDENTITY(1,1) NOT NULL,\n"
        "    [CustomerEmail] [nvarchar](256) NOT NULL,\n"
        " PRIMARY KEY NONCLUSTERED HASH ([CartID]) WITH ( BUCKET_COUNT = 1024)\n"
        ")WITH ( MEMORY_OPTIMIZED = ON , DURABILITY = SCHEMA_ONLY )\nGO\n"
        "CREATE TABLE dbo.Patients (PatientID int NOT NULL, FullName nvarchar(100),\n"
        "    INDEX IX_Patients_Name NONCLUSTERED HASH (FullName) WITH (BUCKET_COUNT = 64),\n"
        "    PRIMARY KEY CLUSTERED (PatientID));\nGO\n"
        "CREATE TABLE dbo.Visits (VisitID int NOT NULL PRIMARY KEY NONCLUSTERED HASH WITH (BUCKET_COUNT = 64),\n"
        "    PatientID int, UNIQUE NONCLUSTERED (PatientID, VisitID)) WITH (MEMORY_OPTIMIZED = ON);\nGO\n")})
    tables, problems = replay_files("t.sql", dialect="tsql", folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "website.cart": ["cartid", "customeremail"], "dbo.patients": ["patientid", "fullname"],
        "dbo.visits": ["visitid", "patientid"]}


def test_sql_server_scripts_saved_as_utf16_are_read(tmp_path: Path) -> None:
    """SQL Server Management Studio saves scripts as UTF-16 with a byte-order mark ("Unicode"), and
    Microsoft ships AdventureWorks' instawdb.sql so (CRLF line ends too): its tables were left out of
    the catalog without a word, and a scan called the script a binary file (INP002)."""
    script = ("CREATE TABLE [Person].[EmailAddress](\n    [BusinessEntityID] [int] NOT NULL,\n"
              "    [EmailAddress] [nvarchar](50) NULL\n) ON [PRIMARY];\nGO\n\nSELECT nope FROM (;\nGO\n")
    for name, encoding in (("le.sql", "utf-16"), ("be.sql", "utf-16-be")):
        data = script.replace("\n", "\r\n").encode(encoding)
        (tmp_path / name).write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
        tables, problems = replay_files(name, dialect="tsql", folder=tmp_path)
        assert list(tables["person.emailaddress"].columns) == ["businessentityid", "emailaddress"]
        assert [(problem.line, problem.kind) for problem in problems] == [(7, "unparsable")]  # its line, as written
    catalog = subprocess.run([sys.executable, "-m", "checker", "catalog", "le.sql", "--pack", "gdpr-baseline",
                              "--format", "json"], cwd=tmp_path, capture_output=True, text=True,
                             env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert [table["name"] for table in json.loads(catalog.stdout)["tables"]] == ["person.emailaddress"]
    result = subprocess.run([sys.executable, "-m", "checker", "scan", "le.sql", "--pack", "gdpr-baseline",
                             "--format", "json"], cwd=tmp_path, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert [(f["rule_id"], f["line"]) for f in json.loads(result.stdout)["findings"] if f["rule_id"].startswith("INP")] \
        == [("INP001", 7)]


def test_mysql_change_and_modify_column_rename_and_retype_it(tmp_path: Path) -> None:
    """`CHANGE old new <definition>` renames a column (its declaration kept), `MODIFY` retypes one;
    neither was followed before, so a renamed column kept its old name without a word."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE patient (id int, fname varchar(20), dob date COMMENT 'privgate: user.demographic.date_of_birth');\n"
        "ALTER TABLE patient CHANGE fname first_name varchar(50);\n"
        "ALTER TABLE patient CHANGE COLUMN dob birth_date datetime NOT NULL;\n"
        "ALTER TABLE patient MODIFY COLUMN first_name varchar(80), MODIFY note text;\n")})
    tables, problems = replay_files("m.sql", dialect="mysql", folder=tmp_path)
    patient = tables["patient"]
    assert problems == []
    assert list(patient.columns) == ["id", "first_name", "birth_date", "note"]
    assert patient.columns["birth_date"] == "user.demographic.date_of_birth"
    assert patient.types == {"id": "int", "first_name": "varchar(80)", "birth_date": "datetime", "note": "text"}


@pytest.mark.parametrize(("dialect", "statements", "columns"), [
    ("oracle", "ALTER TABLE patient ADD (email VARCHAR2(320), phone VARCHAR2(40));",
     ["id", "fname", "dob", "email", "phone"]),
    ("oracle", "ALTER TABLE patient DROP (fname, dob) CASCADE CONSTRAINTS;", ["id"]),
    ("tsql", "EXEC sp_rename N'[dbo].[patient].[fname]', N'FirstName', N'COLUMN';", ["id", "firstname", "dob"]),
    ("tsql", "EXEC sp_rename 'patient.dob', 'BirthDate', 'COLUMN';", ["id", "fname", "birthdate"]),
    ("oracle", "ALTER TABLE patient MODIFY (fname VARCHAR2(80) NOT NULL, dob DATE);\n"
               "ALTER TABLE patient MODIFY fname CONSTRAINT fname_nn NOT NULL;", ["id", "fname", "dob"]),
    ("mysql", "ALTER TABLE patient ADD COLUMN (email varchar(320), phone varchar(40));",
     ["id", "fname", "dob", "email", "phone"]),
], ids=["oracle-add-list", "oracle-drop-list", "ef-core-sp-rename", "sp-rename", "oracle-modify", "mysql-add-list"])
def test_column_changes_sqlglot_keeps_as_text_or_procedure_calls_are_replayed(
        tmp_path: Path, dialect: str, statements: str, columns: list[str]) -> None:
    """Oracle's parenthesised ADD, DROP and MODIFY lists, MySQL's ADD COLUMN list and SQL Server's
    sp_rename (Entity Framework migrations rename columns with it) change the table; before, the
    replay left it as it was (silently, or with an input problem for a statement that loses nothing)."""
    write(tmp_path, {"m.sql": f"CREATE TABLE patient (id int, fname varchar(20), dob date);\n{statements}\n"})
    tables, problems = replay_files("m.sql", dialect=dialect, folder=tmp_path)
    assert problems == []
    assert sorted(tables["patient"].columns) == sorted(columns)


def test_sql_servers_extended_property_descriptions_describe_the_columns(tmp_path: Path) -> None:
    """SSMS, SSDT projects (Microsoft's Wide World Importers) and modelling tools keep a column's description
    as an extended property, named or positional; it is the column's comment for the classifier. Another
    property (a masking hint) or a table's own description describes no column."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE [Application].[People] ([PersonID] int NOT NULL, [Detail] nvarchar(50) NULL,\n"
        "  [Contact] nvarchar(50) NULL, [Handle] nvarchar(50) NULL);\nGO\n"
        "EXECUTE sp_addextendedproperty @name = N'Description', @value = N'Person''s e-mail address',\n"
        "  @level0type = N'SCHEMA', @level0name = N'Application', @level1type = N'TABLE', @level1name = N'People',\n"
        "  @level2type = N'COLUMN', @level2name = N'Detail';\nGO\n"
        "EXEC sys.sp_addextendedproperty N'MS_Description', N'Mobile phone number', N'SCHEMA', N'Application',\n"
        "  N'TABLE', N'People', N'COLUMN', N'Contact'\nGO\n"
        "EXEC sys.sp_addextendedproperty N'Sensitivity', N'Confidential', N'SCHEMA', N'Application',\n"
        "  N'TABLE', N'People', N'COLUMN', N'Handle'\nGO\n"
        "EXEC sys.sp_addextendedproperty N'MS_Description', N'People known to the application', N'SCHEMA',\n"
        "  N'Application', N'TABLE', N'People'\nGO\n")})
    tables, problems = replay_files("m.sql", dialect="tsql", folder=tmp_path)
    assert problems == []
    assert tables["application.people"].descriptions == {"detail": "Person's e-mail address",
                                                         "contact": "Mobile phone number"}


def test_an_alter_table_action_the_replay_cannot_read_is_a_problem_not_silence(tmp_path: Path) -> None:
    write(tmp_path, {"m.sql": "CREATE TABLE patient (id int, fname varchar(20));\n"
                              "ALTER TABLE patient DROP (fname) KEEP INDEX;\n"})
    tables, problems = replay_files("m.sql", dialect="oracle", folder=tmp_path)
    assert [(problem.line, problem.message) for problem in problems] == [
        (2, "cannot read the ALTER TABLE action `DROP (fname) KEEP INDEX`: the table's columns may differ from the "
            "replay's")]


@pytest.mark.parametrize(("dialect", "statement", "columns"), [
    ("postgres", "CREATE TABLE users_backup (LIKE users INCLUDING ALL);", ["id", "email"]),
    ("postgres", "CREATE TABLE users_backup (archived_at timestamptz) INHERITS (users);", ["id", "email", "archived_at"]),
    ("postgres", "CREATE TABLE users_backup (LIKE users, archived_at timestamptz);", ["id", "email", "archived_at"]),
    ("mysql", "CREATE TABLE users_backup LIKE users;", ["id", "email"]),
    ("snowflake", "CREATE TABLE users_backup CLONE users;", ["id", "email"]),
    ("bigquery", "CREATE TABLE users_backup COPY users;", ["id", "email"]),
    ("tsql", "SELECT * INTO users_backup FROM users;", ["id", "email"]),
], ids=["pg-like", "pg-inherits", "pg-like-and-more", "mysql-like", "snowflake-clone", "bigquery-copy", "select-into"])
def test_a_copy_of_a_table_takes_its_columns_and_their_declarations(
        tmp_path: Path, dialect: str, statement: str, columns: list[str]) -> None:
    """A backup made with LIKE, INHERITS, CLONE, COPY or SELECT INTO holds what its original holds;
    before, the copy was missing or had no columns, without a word."""
    write(tmp_path, {"m.sql": "CREATE TABLE users (id int, email varchar(320));\n"
                              "COMMENT ON COLUMN users.email IS 'privgate: user.contact.email';\n" + statement + "\n"})
    tables, problems = replay_files("m.sql", dialect=dialect, folder=tmp_path)
    assert problems == []
    assert list(tables["users_backup"].columns) == columns
    if dialect != "tsql":  # SELECT INTO is a query: lineage, not the replay, carries the declaration
        assert tables["users_backup"].columns["email"] == "user.contact.email"
        assert tables["users_backup"].types["email"] == "varchar(320)"


def test_a_copy_of_a_table_the_replay_never_saw_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, {"m.sql": "CREATE TABLE users_backup LIKE users;\n",
                     "t.sql": "CREATE TABLE users (id int);\nSELECT * INTO #scratch FROM users;\n"})
    _, problems = replay_files("m.sql", dialect="mysql", folder=tmp_path)
    assert [(problem.line, problem.message) for problem in problems] == [
        (1, "cannot name the columns table users_backup takes from users (LIKE users): the replay does not know "
            "users (replay the file that creates it first, or list it under catalog.ddl)")]
    tables, problems = replay_files("t.sql", dialect="tsql", folder=tmp_path)  # a temporary table is no table
    assert list(tables) == ["users"] and problems == []


def test_a_partition_has_its_parents_columns_as_they_change(tmp_path: Path) -> None:
    """PostgreSQL's declarative partitions (`PARTITION OF`) have no column list of their own: each holds
    a share of the parent's rows in the parent's columns, and a column added to or renamed in the parent
    is added or renamed in every partition. A query of one partition reads the visitors' e-mails."""
    write(tmp_path, {
        "migrations/001_page_views.sql": (
            "CREATE TABLE page_views (id bigint, visitor_email text, viewed_at timestamptz) PARTITION BY RANGE (viewed_at);\n"
            "CREATE TABLE page_views_2024_01 PARTITION OF page_views\n"
            "    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');\n"
            "CREATE TABLE page_views_default PARTITION OF page_views (PRIMARY KEY (id)) DEFAULT;\n"),
        "migrations/002_ip.sql": ("ALTER TABLE page_views ADD COLUMN ip_address inet;\n"
                                  "ALTER TABLE page_views RENAME COLUMN visitor_email TO email;\n"),
        "migrations/003_archive.sql": "CREATE TABLE audit_2024 PARTITION OF audit_log FOR VALUES IN (2024);\n",
    })
    tables, problems = replay_files("migrations/001_page_views.sql", "migrations/002_ip.sql", folder=tmp_path)
    assert problems == []
    assert {name: (list(table.columns), table.types.get("ip_address")) for name, table in tables.items()} == {
        name: (["id", "viewed_at", "ip_address", "email"], "inet")
        for name in ("page_views", "page_views_2024_01", "page_views_default")}
    _, problems = replay_files("migrations/003_archive.sql", folder=tmp_path)
    assert [(problem.line, problem.message.split(":")[0]) for problem in problems] == [
        (1, "cannot name the columns table audit_2024 takes from audit_log (PARTITION OF audit_log)")]


def test_a_partition_pg_dump_writes_as_a_table_is_attached_to_its_parent(tmp_path: Path) -> None:
    """pg_dump (and Rails' structure.sql) writes each partition as a table with its own column list, then
    `ALTER TABLE ONLY parent ATTACH PARTITION child ...`: the child is a partition of the parent as if
    created with PARTITION OF; a detached one is a table of its own again."""
    write(tmp_path, {"db/structure.sql": (
        "CREATE TABLE public.page_views (\n    id bigint NOT NULL,\n    visitor_email text,\n"
        "    viewed_at timestamp without time zone NOT NULL\n)\nPARTITION BY RANGE (viewed_at);\n"
        "CREATE TABLE public.page_views_2023_12 (id bigint NOT NULL, visitor_email text, viewed_at timestamp NOT NULL);\n"
        "CREATE TABLE public.page_views_2024_01 (id bigint NOT NULL, visitor_email text, viewed_at timestamp NOT NULL);\n"
        "CREATE TABLE public.page_views_default (id bigint NOT NULL, visitor_email text, viewed_at timestamp NOT NULL);\n"
        "ALTER TABLE ONLY public.page_views ATTACH PARTITION public.page_views_2023_12 "
        "FOR VALUES FROM ('2023-12-01 00:00:00') TO ('2024-01-01 00:00:00');\n"
        "ALTER TABLE ONLY public.page_views ATTACH PARTITION public.page_views_2024_01 "
        "FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2024-02-01 00:00:00');\n"
        "ALTER TABLE ONLY public.page_views ATTACH PARTITION public.page_views_default DEFAULT;\n"
        "ALTER TABLE public.page_views DETACH PARTITION public.page_views_2023_12;\n")})
    tables, problems = replay_files("db/structure.sql", folder=tmp_path)
    assert problems == []
    assert {name: table.partition_of for name, table in tables.items()} == {
        "public.page_views": None, "public.page_views_2023_12": None,
        "public.page_views_2024_01": "public.page_views", "public.page_views_default": "public.page_views"}


def test_a_table_moved_to_another_schema_keeps_its_columns_there(tmp_path: Path) -> None:
    """PostgreSQL's `ALTER TABLE ... SET SCHEMA` moves the table (before: an unparsable-DDL error and
    the table left where it was); a temporary table's `ON COMMIT` clause no longer defeats the parser."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE public.users (id int, email text);\n"
        "ALTER TABLE IF EXISTS public.users SET SCHEMA archive;\n"
        "ALTER TABLE never_seen SET SCHEMA archive;\n"
        "CREATE TEMP TABLE recent ON COMMIT DROP AS SELECT * FROM archive.users;\n"
        "CREATE TEMPORARY TABLE scratch (note text) ON COMMIT DELETE ROWS;\n")})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {"archive.users": ["id", "email"]}


def test_temporary_tables_last_until_the_end_of_their_file(tmp_path: Path) -> None:
    """A temporary table in a migration (PostgreSQL's TEMP, LOCAL TEMP, SQL Server's `#t`) is gone when the
    tool's session ends: it helps the file's own statements and is no table of the schema, nor does it
    replace the table of that name it hides for the session. Oracle's GLOBAL TEMPORARY table stays: every
    session sees it, only its rows go at the end of theirs."""
    write(tmp_path, {
        "db/migrations/001_customers.sql": "CREATE TABLE customers (id bigint, email text, phone text);\n",
        "db/migrations/002_dedupe_contacts.sql": (
            "CREATE TEMP TABLE duplicate_contacts AS SELECT email, min(id) AS keep_id FROM customers GROUP BY email;\n"
            "CREATE LOCAL TEMPORARY TABLE customers (id bigint) ON COMMIT DROP;\n"
            "CREATE TABLE contact_merges AS SELECT email, keep_id FROM duplicate_contacts;\n"),
        "db/migrations/003_more.sql": "ALTER TABLE duplicate_contacts ADD COLUMN merged_at timestamptz;\n",
        "sql/Staging.sql": "CREATE TABLE #Staging (Email nvarchar(200))\nGO\n",
        "oracle/basket.sql": "CREATE GLOBAL TEMPORARY TABLE session_basket (customer_email VARCHAR2(200)) "
                             "ON COMMIT PRESERVE ROWS;\n",
    })
    tables, problems = replay_files("db/migrations/001_customers.sql", "db/migrations/002_dedupe_contacts.sql",
                                    folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "customers": ["id", "email", "phone"], "contact_merges": ["email", "keep_id"]}
    assert replay_files("sql/Staging.sql", dialect="tsql", folder=tmp_path)[0] == {}
    assert list(replay_files("oracle/basket.sql", dialect="oracle", folder=tmp_path)[0]) == ["session_basket"]
    write(tmp_path, {"privgate.yaml": "packs: [gdpr-baseline]\ncatalog:\n  ddl: [db/migrations/001_customers.sql]\n",
                     "etl/dedupe.sql": ("CREATE TEMP TABLE staging_contacts (email text, phone text);\n"
                                        "INSERT INTO staging_contacts SELECT email, phone FROM customers;\n")})
    document = json.loads(scan(tmp_path).stdout)  # a temporary table is not a table left out of catalog.ddl
    assert document["summary"]["tables_outside_catalog"] == []


VIEWS = (
    "CREATE TABLE person (id int, email varchar(320), note text);\n"
    "COMMENT ON COLUMN person.note IS 'privgate: user.contact.address';\n"
    "CREATE TABLE comment (id int, creator_id int, content text);\n"
    "CREATE VIEW person_view AS SELECT p.id, p.email AS contact, p.note FROM person p;\n"
    "CREATE MATERIALIZED VIEW comment_stats (author, reach) AS\n"
    "    SELECT v.contact, count(*) FROM comment c JOIN person_view v ON v.id = c.creator_id GROUP BY v.contact\n"
    "    WITH NO DATA;\n"
    "ALTER MATERIALIZED VIEW comment_stats RENAME TO author_stats;\n"
    "CREATE TABLE person_archive AS SELECT * FROM person_view;\n"
    "CREATE VIEW dropped_view AS SELECT id FROM comment;\nDROP VIEW dropped_view;\n"
    "CREATE OR REPLACE VIEW broken_view AS SELECT x.* FROM unknown_table x;\n")


def test_views_are_relations_with_the_columns_of_their_query(tmp_path: Path) -> None:
    """A view or a materialized view over personal columns holds the same data: the replay makes it a
    relation with its query's columns (renamed by its column list, typed where its sources are), a
    table made from a view has the view's columns, and DROP VIEW and ALTER MATERIALIZED VIEW RENAME
    change it as they do a table; what a view's query cannot name is reported as for a table.
    pg_dump's `WITH NO DATA` after a materialized view's query (getlago/lago-api's db/structure.sql)
    says when it is filled, not what it holds."""
    write(tmp_path, {"m.sql": VIEWS})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    assert {name: (table.kind, list(table.columns)) for name, table in tables.items() if table.kind != "table"
            or name == "person_archive"} == {
        "person_view": ("view", ["id", "contact", "note"]),
        "author_stats": ("materialized view", ["author", "reach"]),
        "person_archive": ("table", ["id", "contact", "note"]),
        "broken_view": ("view", [])}
    assert tables["person_view"].types == {"id": "int", "contact": "varchar(320)", "note": "text"}
    assert tables["person_archive"].types["contact"] == "varchar(320)"
    assert [(problem.line, problem.message) for problem in problems] == [
        (12, "cannot name every column of view broken_view from its query: "
             "`x.*`: the columns of table unknown_table are unknown")]


def test_a_views_columns_carry_the_categories_of_the_columns_they_come_from(tmp_path: Path) -> None:
    """Lineage through DDL: `person_view.contact` is `person.email` under another name, and
    `author_stats.author` is that contact through a second view; a declared column keeps its
    category downstream, and what the name alone says is replaced by where the data comes from."""
    from checker.config import load_config
    from checker.project import load_project

    write(tmp_path, {"m.sql": VIEWS, "privgate.yaml": "packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [m.sql]}\n"})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    view, stats, archive = (catalog.tables[name] for name in ("person_view", "author_stats", "person_archive"))
    assert view.columns["contact"] == stats.columns["author"] == archive.columns["contact"] == "user.contact.email"
    assert view.provenance["contact"] == "lineage from person.email"
    assert stats.provenance["author"] == "lineage from person_view.contact"
    assert view.columns["note"] == "user.contact.address" and stats.columns["reach"] is None
    assert view.origin == ("m.sql", 4)


def test_renamed_and_dropped_columns_take_their_types_along_and_indexes_are_no_tables(tmp_path: Path) -> None:
    """lemmy renames its columns (`published` to `voted_at`) and its indexes (`ALTER INDEX user__pkey
    RENAME TO person__pkey`): a renamed column keeps its type and comment, a dropped one leaves none
    behind, and a renamed index is not a table without columns in the catalog."""
    write(tmp_path, {"m.sql": (
        "CREATE TABLE user_ (id int PRIMARY KEY, published timestamptz, bio text);\n"
        "COMMENT ON COLUMN user_.bio IS 'What the user says about themselves';\n"
        "ALTER TABLE user_ RENAME COLUMN published TO published_at;\nALTER TABLE user_ RENAME bio TO about;\n"
        "ALTER INDEX user__pkey RENAME TO person__pkey;\nALTER VIEW user_view RENAME TO person_view;\n"
        "ALTER TABLE user_ DROP COLUMN about;\nALTER TABLE user_ ADD COLUMN about varchar(300);\n")})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    assert problems == [] and list(tables) == ["user_"]
    assert tables["user_"].types == {"id": "int", "published_at": "timestamptz", "about": "varchar(300)"}
    assert tables["user_"].descriptions == {}


def test_a_create_table_that_replaces_a_table_and_loses_columns_says_so(tmp_path: Path) -> None:
    """MusicBrainz Server's 2012 upgrade script creates cover_art as it was then; replayed after
    today's schema, it took away cover_art.filesize without a word. A database refuses a CREATE
    TABLE of a table it has (or ignores it, IF NOT EXISTS): the replay still follows the newer
    file, but names the columns lost. A table dropped first, or replaced on purpose, is no news."""
    files = {
        "admin/sql/CreateTables.sql": ("CREATE TABLE cover_art (id BIGINT, release INTEGER, filesize BIGINT);\n"
                                       "CREATE TABLE editor (id SERIAL, email TEXT);\n"),
        "admin/sql/updates/20121015-caa.sql": ("CREATE TABLE cover_art (id BIGINT, release INTEGER);\n"
                                               "DROP TABLE editor;\nCREATE TABLE editor (id SERIAL);\n"
                                               "CREATE OR REPLACE TABLE release (id INT);\n"
                                               "CREATE OR REPLACE TABLE release (gid TEXT);\n"),
    }
    from checker.readers.ddl import replay

    write(tmp_path, files)
    tables, problems, _ = replay([(tmp_path / relative, relative) for relative in files], lambda _: "postgres")
    assert set(tables["cover_art"].columns) == {"id", "release"} and set(tables["release"].columns) == {"gid"}
    assert [(problem.path, problem.line, problem.kind) for problem in problems] == \
        [("admin/sql/updates/20121015-caa.sql", 1, "unresolved")]
    assert problems[0].message.startswith("CREATE TABLE cover_art replaces the table of that name from "
                                          "admin/sql/CreateTables.sql:1, which a database would keep: its columns "
                                          "filesize are not in the catalog")

    write(tmp_path, {"privgate.yaml": "packs: [gdpr-baseline]\ncatalog:\n  ddl: [admin/sql/**/*.sql]\n"})
    findings = json.loads(scan(tmp_path).stdout)["findings"]
    found = [(finding["rule_id"], finding["path"], finding["line"]) for finding in findings
             if finding["rule_id"].startswith("INP")]
    assert found == [("INP003", "admin/sql/updates/20121015-caa.sql", 1)]  # scanned, and the scan says it too


def test_a_files_search_path_names_the_schema_its_tables_are_created_in(tmp_path: Path) -> None:
    """MusicBrainz Server (GPL-2.0+, admin/sql/json_dump and sitemaps/CreateTables.sql, shortened) creates a
    `control` table in two schemas, each file after its own `SET search_path`; a file without one starts
    from the default again, as psql runs each file in a new session."""
    write(tmp_path, {
        "json_dump/CreateTables.sql": ("SET search_path = json_dump, public;\n"
                                       "CREATE TABLE control (last_processed_replication_sequence INTEGER,\n"
                                       "                      full_json_dump_replication_sequence INTEGER);\n"
                                       "COMMENT ON COLUMN control.full_json_dump_replication_sequence\n"
                                       "    IS 'privgate: none';\n"),
        "sitemaps/CreateTables.sql": ("SET search_path = 'sitemaps';\n"
                                      "CREATE TABLE control (building_overall_sitemaps BOOLEAN NOT NULL);\n"
                                      "ALTER TABLE control ADD COLUMN note TEXT;\n"
                                      "CREATE VIEW building AS SELECT building_overall_sitemaps FROM control;\n"),
        "z_main.sql": "CREATE TABLE control (id int);\nSET search_path TO DEFAULT;\nCREATE TABLE editor (id int);\n",
    })
    tables, problems = replay_files("json_dump/CreateTables.sql", "sitemaps/CreateTables.sql", "z_main.sql",
                                    folder=tmp_path)
    assert problems == []  # no table replaced another
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "json_dump.control": ["last_processed_replication_sequence", "full_json_dump_replication_sequence"],
        "sitemaps.control": ["building_overall_sitemaps", "note"],
        "sitemaps.building": ["building_overall_sitemaps"],
        "control": ["id"],
        "editor": ["id"],
    }
    assert tables["json_dump.control"].columns["full_json_dump_replication_sequence"] == "none"
    assert tables["sitemaps.building"].types == {"building_overall_sitemaps": "boolean"}


def test_pg_dump_snowflake_and_mysql_session_schemas_are_followed(tmp_path: Path) -> None:
    """pg_dump before 10.3 writes `SET search_path = crm, pg_catalog` and unqualified names, later ones
    `set_config('search_path', '', false)` and qualified names; Snowflake's `USE SCHEMA`, MySQL's `USE`
    (a database is a schema) and `RENAME TABLE` name tables in the schema in use; T-SQL's `USE` picks a
    database, which the catalog's schema.table names do not carry."""
    write(tmp_path, {
        "old_dump.sql": ("SET search_path = crm, pg_catalog;\n"
                         "CREATE TABLE people (id integer, email text);\n"
                         "CREATE VIEW mailing AS WITH people AS (SELECT 1 AS k)\n"
                         "    SELECT p.email FROM crm.people p, people;\n"
                         "ALTER TABLE ONLY people ADD CONSTRAINT people_pkey PRIMARY KEY (id);\n"
                         "SET search_path = public, pg_catalog;\n"
                         "CREATE TABLE accounts (id integer);\n"),
        "new_dump.sql": ("SELECT pg_catalog.set_config('search_path', '', false);\n"
                         "CREATE TABLE billing.invoices (id integer, iban text);\n"),
        "snowflake.sql": "USE SCHEMA analytics.crm;\nCREATE TABLE leads (email VARCHAR);\n",
        "mysql.sql": "USE `shop`;\nCREATE TABLE customer (email varchar(80));\nRENAME TABLE customer TO customers;\n",
        "tsql.sql": "USE WideWorldImporters;\nCREATE TABLE Sales.Customers (CustomerName nvarchar(100));\n",
    })
    dialects = {"snowflake.sql": "snowflake", "mysql.sql": "mysql", "tsql.sql": "tsql"}
    from checker.readers.ddl import replay

    names = ("old_dump.sql", "new_dump.sql", "snowflake.sql", "mysql.sql", "tsql.sql")
    files = [(tmp_path / name, name) for name in names]
    tables, problems, _ = replay(files, lambda relative: dialects.get(relative, "postgres"))
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "crm.people": ["id", "email"],
        "crm.mailing": ["email"],  # the CTE `people` is not a table
        "accounts": ["id"],        # public: the default schema adds nothing
        "billing.invoices": ["id", "iban"],
        "analytics.crm.leads": ["email"],
        "shop.customers": ["email"],
        "sales.customers": ["customername"],
    }


def test_queries_read_the_table_of_the_schema_their_file_sets(tmp_path: Path) -> None:
    """Two schemas with a table of the same name: a query after `SET search_path` reads that schema's,
    and the replay loses neither."""
    write(tmp_path, {
        "privgate.yaml": "packs: [mgt-solutions]\ninclude: [\"queries/*.sql\"]\ncatalog: {ddl: [\"schema/*.sql\"]}\n",
        "schema/crm.sql": "SET search_path = crm;\nCREATE TABLE contacts (id int, email text);\n",
        "schema/support.sql": "SET search_path = support;\nCREATE TABLE contacts (id int, phone text);\n",
        "queries/export.sql": ("-- privgate: purpose=monitoring\n"
                               "SET search_path = support, public;\n"
                               "SELECT phone FROM contacts;\n"
                               "SELECT email FROM crm.contacts;\n"),
        "queries/z_adhoc.sql": "SELECT phone FROM contacts;\n",  # a new session: the search path is public
    })
    result = scan(tmp_path)
    assert "Traceback" not in result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert sorted((f["rule_id"], f["path"], f["line"], f["subject"]) for f in findings) == [
        ("INP003", "queries/z_adhoc.sql", 1, None),
        ("PUR001", "queries/export.sql", 3, "support.contacts.phone"),
        ("PUR001", "queries/export.sql", 4, "crm.contacts.email"),
    ]
    unresolved = next(f for f in findings if f["rule_id"] == "INP003")["message"]
    assert unresolved.endswith("contacts is a table in schemas crm and support, and the search path (public) names "
                               "neither: qualify the name, or say which schema with `SET search_path` in the file or "
                               "`search_path:` in the config")


@pytest.mark.parametrize(("statement", "dialect", "path"), [
    ("SET search_path TO crm, \"$user\", public", "postgres", ("crm", "public")),
    ("SET LOCAL search_path = 'wikidocs', musicbrainz", "postgres", ("wikidocs", "musicbrainz")),
    ("SET search_path TO DEFAULT", "postgres", ()),
    ("SET SCHEMA 'crm'", "postgres", ("crm",)),
    ("SELECT pg_catalog.set_config('search_path', 'crm, public', false)", "postgres", ("crm", "public")),
    ("SET search_path = 'crm,main'", "duckdb", ("crm", "main")),
    ("ALTER SESSION SET CURRENT_SCHEMA = hr", "oracle", ("hr",)),
    ("USE SCHEMA analytics.crm", "snowflake", ("analytics.crm",)),
    ("USE WAREHOUSE loading", "snowflake", None),
    ("USE SCHEMA {{ schema_name }}", "snowflake", None),  # a schemachange placeholder: reported as Jinja
    ("SET search_path TO {{ schema }}", "postgres", None),
    ("USE analytics", "snowflake", None),  # a database
    ("USE [WideWorldImporters]", "tsql", None),
    ("USE `shop`", "mysql", ("shop",)),
    ("SET statement_timeout = 0", "postgres", None),
    ("SELECT set_config('application_name', 'x', false)", "postgres", None),
])
def test_the_statements_that_set_a_sessions_schema(statement: str, dialect: str, path: tuple[str, ...] | None) -> None:
    from sqlglot.dialects.dialect import Dialect

    from checker.readers.sql_session import session_path

    assert session_path(Dialect.get_or_raise(dialect).tokenize(statement), dialect) == path


def test_a_table_altered_before_its_file_creates_it_stays_in_the_files_schema(tmp_path: Path) -> None:
    """MusicBrainz Server's caa/CreateEditFKConstraints.sql sorts before caa/CreateTables.sql: its ALTER
    TABLE cover_art, after `SET search_path = 'cover_art_archive'`, means the archive's table."""
    write(tmp_path, {
        "caa/CreateEditFKConstraints.sql": ("SET search_path = 'cover_art_archive';\n"
                                            "ALTER TABLE cover_art ADD CONSTRAINT cover_art_fk_edit\n"
                                            "    FOREIGN KEY (edit) REFERENCES musicbrainz.edit(id);\n"),
        "caa/CreateTables.sql": ("SET search_path = 'cover_art_archive';\n"
                                 "CREATE TABLE cover_art (id BIGINT NOT NULL, release INTEGER, comment TEXT);\n"),
    })
    tables, problems = replay_files("caa/CreateEditFKConstraints.sql", "caa/CreateTables.sql", folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "cover_art_archive.cover_art": ["id", "release", "comment"]}


def test_a_config_table_named_without_the_schema_its_ddl_sets_is_reported(tmp_path: Path) -> None:
    """A config reviewed when the replay ignored `SET search_path` declares `contacts`; the DDL's table is
    `crm.contacts`, so the declaration applies to nothing the scan reads: said at the config's line."""
    write(tmp_path, {
        "privgate.yaml": ("packs: [mgt-solutions]\ninclude: [\"queries/*.sql\"]\ncatalog:\n  ddl: [\"schema/*.sql\"]\n"
                          "  tables:\n    contacts:\n      columns: {email: account.email}\n"),
        "schema/crm.sql": "SET search_path = crm;\nCREATE TABLE contacts (id int, email text);\n",
        "queries/q.sql": "SELECT 1;\n",
    })
    findings = json.loads(scan(tmp_path).stdout)["findings"]
    assert [(f["rule_id"], f["path"], f["line"], f["message"]) for f in findings] == [
        ("INP003", "privgate.yaml", 6, "catalog.tables.contacts: no DDL, dbt project or database defines a table "
         "contacts in the default schema, but crm.contacts is: name the table with its schema, or its declarations "
         "apply to no table privgate reads")]


SUPABASE_MIGRATION = (  # cut from tutur3u/platform's apps/database/supabase/migrations (MIT licence)
    "CREATE TABLE public.finance_invoice_products (invoice_id uuid, product_name text, payer text);\n"
    "ALTER TABLE finance_invoice_products\nADD PRIMARY KEY USING INDEX finance_invoice_products_pkey;\n"
    "COMMENT ON COLUMN public.finance_invoice_products.payer IS\n"
    "  'The customer''s e-mail '\n  'address.';\n"
    "COMMENT ON FUNCTION public.get_balance_trend(\n  uuid,\n  timestamp with time zone,\n  boolean\n) IS 'x';\n"
    "COMMENT ON FUNCTION public.get_wallet_transactions(uuid, uuid[]) IS 'x';\n"
    "COMMENT ON TRIGGER notify_on_task_assigned ON public.task_assignees IS 'Creates notifications';\n"
    "COMMENT ON CONSTRAINT notifications_type_check ON public.notifications IS 'Validates types';\n"
    "COMMENT ON FUNCTION public.get_user_tasks IS\n  'Consolidated RPC that returns tasks, '\n  'in a single query.';\n"
    "NOTIFY pgrst, 'reload config';\n")


def test_supabase_migrations_comment_on_functions_and_notify_postgrest_without_a_problem(tmp_path: Path) -> None:
    """What Supabase migrations write beside their tables: comments on functions (signatures with arrays
    and `timestamp with time zone`), triggers and constraints, string constants continued on the next
    line, `NOTIFY pgrst` and a primary key made from an index. Before, each was an unparsable-SQL or
    unparsable-DDL error, and a column comment continued on a second line was lost."""
    write(tmp_path, {"m.sql": SUPABASE_MIGRATION})
    tables, problems = replay_files("m.sql", folder=tmp_path)
    assert problems == []
    table = tables["public.finance_invoice_products"]
    assert list(table.columns) == ["invoice_id", "product_name", "payer"]
    assert table.descriptions["payer"] == "The customer's e-mail address."
    run = subprocess.run([sys.executable, "-m", "checker", "scan", "m.sql", "--pack", "gdpr-baseline", "--format",
                          "json", "--no-cache"], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(tmp_path)})
    report = json.loads(run.stdout)
    assert [finding for finding in report["findings"] if finding["family"] == "input"] == []
    assert (report["summary"]["coverage"]["percent"], report["summary"]["coverage"]["checked"]) == (100.0, 9)


EF_IDEMPOTENT_SCRIPT = (  # the form `dotnet ef migrations script --idempotent` writes (EF Core, MIT licence)
    "IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL\nBEGIN\n"
    "    CREATE TABLE [__EFMigrationsHistory] ([MigrationId] nvarchar(150) NOT NULL);\nEND;\nGO\n\n"
    "BEGIN TRANSACTION;\nGO\n\n"
    "IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20180113022553_InitialCreate')\n"
    "BEGIN\n    CREATE TABLE [Customers] (\n        [Id] int NOT NULL IDENTITY,\n"
    "        [PhoneNumber] nvarchar(max) NULL,\n        CONSTRAINT [PK_Customers] PRIMARY KEY ([Id])\n    );\nEND;\nGO\n\n"
    "IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20180201000000_Birth')\n"
    "BEGIN\n    ALTER TABLE [Customers] ADD [BirthDate] datetime2 NULL;\nEND;\nGO\n\n"
    "IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20180201000000_Birth')\n"
    "BEGIN\n    EXEC sp_rename N'[Customers].[PhoneNumber]', N'Phone', N'COLUMN';\nEND;\nGO\n\n"
    "CREATE TABLE [Orders] ([Id] int NOT NULL, [Note] nvarchar(max) NULL)\nGO\nCOMMIT;\nGO 2\n")


def test_sql_server_batches_and_if_blocks_of_an_entity_framework_script_are_replayed(tmp_path: Path) -> None:
    """SQL Server scripts end batches with `GO` lines and wrap statements in `IF ... BEGIN ... END` (Entity
    Framework's idempotent scripts wrap every step so). Before, sqlglot read everything after a `GO` as the
    text of a `GO` command and the replay never looked inside an IF: only the first table reached the catalog,
    without a word."""
    write(tmp_path, {"script.sql": EF_IDEMPOTENT_SCRIPT})
    tables, problems = replay_files("script.sql", dialect="tsql", folder=tmp_path)
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "__efmigrationshistory": ["migrationid"], "customers": ["id", "birthdate", "phone"], "orders": ["id", "note"]}
    assert (tables["customers"].line, tables["orders"].line) == (12, 32)


def test_mariadb_system_versioned_tables_keep_their_columns(tmp_path: Path) -> None:
    """MariaDB's system-versioned tables, as the MariaDB Knowledge Base's "System-Versioned Tables" page writes them
    (CC BY-SA 3.0 / GFDL): a column left out of the history (`WITHOUT SYSTEM VERSIONING`) was an INP001 and the table
    lost, and a history partitioned by SYSTEM_TIME made the table an opaque command. Both are read now; a
    statement sqlglot cannot read for another reason still is a problem."""
    write(tmp_path, {"db/schema.sql": (
        "CREATE TABLE `customer` (`id` int(11) NOT NULL, `email` varchar(255) NOT NULL,\n"
        "  `notes` text WITHOUT SYSTEM VERSIONING, PRIMARY KEY (`id`)) ENGINE=InnoDB WITH SYSTEM VERSIONING;\n"
        "CREATE TABLE `orders` (`id` int(11) NOT NULL, `customer_id` int(11) NOT NULL, `shipping_name` varchar(100))\n"
        "  WITH SYSTEM VERSIONING PARTITION BY SYSTEM_TIME INTERVAL 1 MONTH (PARTITION p_hist HISTORY,"
        " PARTITION p_cur CURRENT);\n"
        "CREATE TABLE `invoice` (`id` int(11) NOT NULL, `amount` decimal(10,2) WITHOUT SYSTEM);\n")})
    from checker.readers.ddl import replay

    tables, problems, _ = replay([(tmp_path / "db/schema.sql", "db/schema.sql")], lambda _: "mysql")
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "customer": ["id", "email", "notes"], "orders": ["id", "customer_id", "shipping_name"]}
    assert [problem.line for problem in problems] == [5]
