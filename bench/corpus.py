"""Deterministic benchmark corpora: SQL projects of dbt-style models in three dialects with their
schema, and a dataset of N rows as CSV and Parquet. Nothing is downloaded; the same seed gives the
same bytes."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

DIALECTS = {"postgres": "models", "snowflake": "warehouse_snowflake", "bigquery": "warehouse_bigquery"}
PURPOSES = ["analytics", "marketing", "customer_service", "reporting"]
TABLE_COLUMNS = {
    "accounts": {"id": None, "company_id": None, "full_name": "account.name", "email": "account.email",
                 "preferred_language": "account.language", "country": "account.country", "created_at": None,
                 "last_login_at": "account.login"},
    "companies": {"id": None, "name": "company.name", "tax_id": "company.tax_id", "revenue_eur": "company.revenue"},
    "consents": {"account_id": None, "marketing_email": "consent.marketing_email", "withdrawn_at": "consent.withdrawal"},
    "server_logs": {"id": None, "account_id": None, "ip_address": "activity.ip_address", "logged_at": "activity.timestamp",
                    "request_path": "activity.log"},
    "support_tickets": {"id": None, "account_id": None, "subject": "customer_service.issue", "status": None,
                        "created_at": None},
    "documents": {"id": None, "company_id": None, "document_number": "transaction.document_number",
                  "issued_on": "transaction.issue_date", "total_amount": "transaction.amount"},
}

TEMPLATES = [
    """-- {name}: {purpose} model
with recent as (
    select a.id, a.{col1}, a.country, a.created_at
    from accounts a
    where a.created_at >= {since}
),
tickets as (
    select t.account_id, count(*) as ticket_count, max(t.created_at) as last_ticket_at
    from support_tickets t
    where t.status <> 'spam'
    group by t.account_id
)
select r.id, r.{col1}, r.country, coalesce(k.ticket_count, 0) as ticket_count,
       row_number() over (partition by r.country order by k.last_ticket_at desc) as rank_in_country
from recent r
left join tickets k on k.account_id = r.id
""",
    """-- {name}: revenue by company and month
select c.name as company_name,
       date_trunc('month', d.issued_on) as month,
       sum(d.total_amount) as revenue,
       sum(sum(d.total_amount)) over (partition by c.id order by date_trunc('month', d.issued_on)) as running_revenue
from documents d
join companies c on c.id = d.company_id
where d.issued_on >= {since}
group by c.id, c.name, date_trunc('month', d.issued_on)
""",
    """-- {name}: activity per account
select l.account_id,
       count(distinct l.ip_address) as distinct_ips,
       min(l.logged_at) as first_seen,
       max(l.logged_at) as last_seen
from server_logs l
join accounts a on a.id = l.account_id
where l.logged_at >= {since} and l.request_path like '/app/%'
group by l.account_id
having count(*) > {threshold}
""",
    """-- {name}: consented audience
select a.email, a.preferred_language
from accounts a
join consents c on c.account_id = a.id
where c.marketing_email and c.withdrawn_at is null and a.country in ('BG', 'DE', 'RO')
""",
]
SINCE = {"postgres": "now() - interval '90 days'", "snowflake": "dateadd(day, -90, current_date)",
         "bigquery": "date_sub(current_date(), interval 90 day)"}


def sql_project(root: Path, files: int, seed: int = 20261128) -> Path:
    """`files` SQL models spread over three dialect folders, with privgate.yaml and sqlfluff configs."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    config = {"packs": ["mgt-solutions"], "dialect": "postgres",
              "dialects": {"warehouse_snowflake/**": "snowflake", "warehouse_bigquery/**": "bigquery"},
              "purposes": {"paths": {f"{folder}/{purpose}/**": purpose for folder in DIALECTS.values() for purpose in PURPOSES}},
              "catalog": {"default_location": {"country": "DE"},
                          "tables": {name: {"columns": columns} for name, columns in TABLE_COLUMNS.items()}}}
    (root / "privgate.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    (root / ".sqlfluff").write_text("[sqlfluff]\ndialect = postgres\nmax_line_length = 120\n")
    dialects = list(DIALECTS)
    for index in range(files):
        dialect = dialects[index % 3]
        folder = root / DIALECTS[dialect] / PURPOSES[index % len(PURPOSES)]
        folder.mkdir(parents=True, exist_ok=True)
        if dialect != "postgres" and not (root / DIALECTS[dialect] / ".sqlfluff").exists():
            (root / DIALECTS[dialect] / ".sqlfluff").write_text(f"[sqlfluff]\ndialect = {dialect}\n")
        template = TEMPLATES[rng.randrange(len(TEMPLATES))]
        text = template.format(name=f"model_{index:05d}", purpose=PURPOSES[index % len(PURPOSES)],
                               col1=rng.choice(["email", "full_name", "preferred_language"]),
                               since=SINCE[dialect], threshold=rng.randint(1, 50))
        (folder / f"model_{index:05d}.sql").write_text(text)
    return root


def dataset(root: Path, rows: int, seed: int = 20261128) -> tuple[Path, Path]:
    """A marketing-audience dataset of `rows` rows as CSV and Parquet, with privgate.yaml entries."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    root.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    ids = np.arange(rows)
    signed_up = np.datetime64("2023-01-01T00:00:00") + rng.integers(0, 4 * 365 * 86400, rows).astype("timedelta64[s]")
    withdrawn = np.where(rng.random(rows) < 0.03,
                         (np.datetime64("2026-01-01T00:00:00") + rng.integers(0, 300 * 86400, rows).astype("timedelta64[s]")).astype(str),
                         "")
    countries = rng.choice(np.array(["BG", "DE", "RO", "FR", "US", "IN", "NO"]), rows, p=[.4, .2, .15, .1, .08, .04, .03])
    table = pa.table({
        "email": pa.array([f"user{i}@example.bg" for i in ids]),
        "full_name": pa.array([f"Customer {i}" for i in ids]),
        "marketing_email": pa.array(np.where(rng.random(rows) < 0.9, "true", "false")),
        "withdrawn_at": pa.array(withdrawn),
        "signed_up_at": pa.array(signed_up.astype(str)),
        "destination_country": pa.array(countries),
        "health_note": pa.array(np.where(rng.random(rows) < 0.01, "asthma", "")),
    })
    csv_path, parquet_path = root / "audience.csv", root / "audience.parquet"
    pacsv.write_csv(table, csv_path)
    pq.write_table(table, parquet_path)
    entry = {"role": "marketing_audience", "timestamp": "signed_up_at", "country": "destination_country",
             "columns": {"email": "account.email", "full_name": "account.name", "marketing_email": "consent.marketing_email",
                         "withdrawn_at": "consent.withdrawal", "signed_up_at": "activity.timestamp",
                         "destination_country": None, "health_note": "special.health"}}
    config = {"packs": ["mgt-solutions"], "datasets": [{"path": "audience.*", **entry}]}
    (root / "privgate.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return csv_path, parquet_path


DBT_SOURCES = """version: 2
sources:
  - name: crm
    tables:
      - name: accounts
        columns:
          - {name: id, meta: {privgate: none}}
          - {name: email, meta: {privgate: account.email}}
          - {name: full_name, meta: {privgate: account.name}}
          - {name: country, meta: {privgate: account.country}}
          - {name: created_at}
      - name: consents
        columns:
          - {name: account_id}
          - {name: marketing_email, meta: {privgate: consent.marketing_email}}
          - {name: withdrawn_at, meta: {privgate: consent.withdrawal}}
  - name: web
    tables:
      - name: events
        columns:
          - {name: id}
          - {name: account_id}
          - {name: ip_address, meta: {privgate: activity.ip_address}}
          - {name: url}
          - {name: logged_at}
"""
DBT_STAGING = [
    "select id as account_id, email, full_name, country, created_at\nfrom {{{{ source('crm', 'accounts') }}}}\n"
    "where created_at >= '{since}'\n",
    "select id as event_id, account_id, ip_address, url, logged_at\nfrom {{{{ source('web', 'events') }}}}\n",
    "select account_id, marketing_email, withdrawn_at\nfrom {{{{ source('crm', 'consents') }}}}\n",
]
DBT_INTERMEDIATE = (
    "with accounts as (\n    select * from {{{{ ref('{accounts}') }}}}\n),\nevents as (\n"
    "    select * from {{{{ ref('{events}') }}}}\n)\n"
    "select accounts.account_id, accounts.email, accounts.country, count(events.event_id) as visits,\n"
    "       max(events.logged_at) as last_seen\nfrom accounts\nleft join events on events.account_id = accounts.account_id\n"
    "group by 1, 2, 3\n")
DBT_MART = (
    "-- {name}\nwith activity as (\n    select * from {{{{ ref('{intermediate}') }}}}\n)\n"
    "select account_id, email, visits\nfrom activity\nwhere visits > {threshold}\n")


def dbt_project(root: Path, models: int, seed: int = 20261201) -> Path:
    """A dbt project of `models` models shaped like real ones: staging models over three sources,
    intermediate models joining two staging models through CTEs of `select *`, marts on top."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"],
                                                        "catalog": {"default_location": {"country": "DE"}}}))
    (root / "dbt_project.yml").write_text("name: shop\nmodel-paths: [models]\nmodels:\n  shop:\n    marts:\n"
                                          "      +meta: {purpose: analytics}\n")
    (root / "models").mkdir(exist_ok=True)
    (root / "models" / "sources.yml").write_text(DBT_SOURCES)
    third = max(1, models // 3)
    staging = [f"stg_{index:05d}" for index in range(third)]
    for index, name in enumerate(staging):
        folder = root / "models" / "staging"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.sql").write_text(DBT_STAGING[index % 2 if index % 7 else 2].format(since="2025-01-01"))
    accounts = [name for index, name in enumerate(staging) if index % 7 and index % 2 == 0] or staging[:1]
    events = [name for index, name in enumerate(staging) if index % 7 and index % 2 == 1] or staging[:1]
    intermediate = [f"int_{index:05d}" for index in range(third)]
    for name in intermediate:
        folder = root / "models" / "intermediate"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.sql").write_text(DBT_INTERMEDIATE.format(accounts=rng.choice(accounts),
                                                                    events=rng.choice(events)))
    for index in range(models - 2 * third):
        folder = root / "models" / "marts"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"mart_{index:05d}"
        (folder / f"{name}.sql").write_text(DBT_MART.format(name=name, intermediate=rng.choice(intermediate),
                                                            threshold=rng.randint(1, 20)))
    marts = [f"mart_{index:05d}" for index in range(models - 2 * third)]
    if marts:  # one schema file documents every mart, as dbt projects do
        (root / "models" / "marts" / "_marts.yml").write_text(yaml.safe_dump({"version": 2, "models": [
            {"name": name, "description": f"{name} for the analytics team", "meta": {"owner": "analytics"},
             "columns": [{"name": "account_id"}, {"name": "email", "meta": {"privgate": "account.email"}},
                         {"name": "visits"}]} for name in marts]}, sort_keys=False))
    return root


DDL_FILES = {"001_accounts.sql": ["companies", "accounts", "consents"],
             "002_activity.sql": ["server_logs", "support_tickets", "documents"]}


def _ddl(tables: list[str]) -> str:
    """CREATE TABLE statements for TABLE_COLUMNS' tables, categories in COMMENT ON COLUMN."""
    text = ""
    for table in tables:
        columns = TABLE_COLUMNS[table]
        text += f"CREATE TABLE {table} (\n" + ",\n".join(
            f"    {column} {'timestamptz' if column.endswith('_at') else 'text'}" for column in columns) + "\n);\n"
        text += "".join(f"COMMENT ON COLUMN {table}.{column} IS 'privgate: {category}';\n"
                        for column, category in columns.items() if category)
    return text


PURGE_JOB = """-- nightly purge
DELETE FROM server_logs WHERE logged_at < now() - interval '{days} days';
"""


def ddl_project(root: Path, files: int, seed: int = 20261128) -> Path:
    """`sql_project` whose catalog comes from DDL files (`catalog.ddl`) instead of the config, with
    a nightly purge job among the models every 500 files: a pre-commit run staging a DDL file must
    find the purges of the tables it defines."""
    sql_project(root, files, seed)
    config = yaml.safe_load((root / "privgate.yaml").read_text())
    del config["catalog"]["tables"]
    config["catalog"]["ddl"] = ["schema/*.sql"]
    (root / "privgate.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    (root / "schema").mkdir(exist_ok=True)
    for name, tables in DDL_FILES.items():
        (root / "schema" / name).write_text(_ddl(tables))
    (root / "jobs").mkdir(exist_ok=True)
    for index in range(max(1, files // 500)):
        (root / "jobs" / f"purge_{index:03d}.sql").write_text(PURGE_JOB.format(days=30 + index))
    return root
