"""The SQL readers' building blocks, as tables of SQL and the facts they must give."""

from __future__ import annotations

import gc
import logging
from datetime import date
from pathlib import Path

import pytest
import sqlglot

from checker.locations import Location, LocationRule, country_of_region, is_allowed, locate
from checker.readers.sql_exports import find_export
from checker.readers.sql_grants import read_grants
from checker.readers.sql_time import cutoff_age, purge_age_limits

logging.getLogger("sqlglot").setLevel(logging.ERROR)
AS_OF = date(2026, 11, 24)

CUTOFFS = [
    ("postgres", "now() - interval '2 years'", "2 years"),
    ("postgres", "CURRENT_TIMESTAMP - INTERVAL '90 days'", "90 days"),
    ("postgres", "current_date - interval '1 year 6 months'", "18 months"),
    ("postgres", "CURRENT_DATE - 365", "365 days"),
    ("postgres", "now() - '13 months'::interval", "13 months"),
    ("postgres", "now() - INTERVAL '90' DAY", "90 days"),
    ("postgres", "(now() - interval '2 weeks')", "2 weeks"),
    ("postgres", "date_trunc('day', now()) - interval '1 year'", "1 year"),
    ("redshift", "GETDATE() - INTERVAL '13 months'", "13 months"),
    ("redshift", "sysdate - interval '400 days'", "400 days"),
    ("snowflake", "DATEADD(year, -2, CURRENT_DATE)", "2 years"),
    ("snowflake", "DATEADD('day', -90, CURRENT_TIMESTAMP())", "90 days"),
    ("snowflake", "TIMESTAMPADD(month, -13, CURRENT_TIMESTAMP)", "13 months"),
    ("bigquery", "DATE_SUB(CURRENT_DATE(), INTERVAL 2 YEAR)", "2 years"),
    ("bigquery", "TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY)", "90 days"),
    ("bigquery", "DATETIME_SUB(CURRENT_DATETIME(), INTERVAL 400 DAY)", "400 days"),
    ("mysql", "NOW() - INTERVAL 2 YEAR", "2 years"),
    ("mysql", "DATE_SUB(NOW(), INTERVAL 1 YEAR)", "1 year"),
    ("mysql", "CURDATE() - INTERVAL 30 DAY", "30 days"),
    ("duckdb", "now() - interval 2 year", "2 years"),
    ("postgres", "DATE '2024-11-24'", "2 years"),  # whole calendar years back from --as-of 2026-11-24
    ("postgres", "CAST('2025-11-24' AS DATE)", "1 year"),
    ("postgres", "DATE '2026-01-01'", "327 days"),
    ("postgres", "now() + interval '2 weeks'", None),
    ("postgres", "now()", "0 days"),
    ("postgres", "created_at", None),
    ("postgres", "'not a date'", None),
]


@pytest.mark.parametrize(("dialect", "sql", "expected"), CUTOFFS, ids=[f"{d}:{s}" for d, s, _ in CUTOFFS])
def test_cutoff_age(dialect: str, sql: str, expected: str | None) -> None:
    age = cutoff_age(sqlglot.parse_one(sql, read=dialect), AS_OF)
    assert (str(age) if age is not None else None) == expected


PURGES = [
    ("ts < now() - interval '1 year'", [("ts", "1 year")]),
    ("ts <= now() - interval '1 year'", [("ts", "1 year")]),
    ("now() - interval '3 years' > ts", [("ts", "3 years")]),
    ("NOT (ts >= now() - interval '400 days')", [("ts", "400 days")]),
    ("ts < now() - interval '1 year' AND ts < now() - interval '2 years'", [("ts", "2 years")]),
    ("ts < now() - interval '1 year' OR ts < now() - interval '2 years'", [("ts", "1 year")]),
    ("status = 'closed' AND ts < now() - interval '2 years'", [("ts", "2 years")]),
    ("ts < now() - interval '1 year' AND ended < now() - interval '2 years'", [("ts", "1 year"), ("ended", "2 years")]),
    ("ts > now() - interval '1 year'", []),
    ("id = 42", []),
]


@pytest.mark.parametrize(("condition", "expected"), PURGES, ids=[c for c, _ in PURGES])
def test_purge_age_limits(condition: str, expected: list[tuple[str, str]]) -> None:
    limits = purge_age_limits(sqlglot.parse_one(condition, read="postgres"), AS_OF)
    assert [(limit.column.name, str(limit.age)) for limit in limits] == expected


EXPORTS = [
    ("postgres", "COPY (SELECT email FROM accounts) TO 's3://x/y.csv'", ("copy_to", "s3://x/y.csv", None, True)),
    ("postgres", "COPY accounts TO '/tmp/a.csv'", ("copy_to", "/tmp/a.csv", None, False)),
    ("duckdb", "COPY (SELECT 1) TO 's3://x/y.parquet' (FORMAT PARQUET)", ("copy_to", "s3://x/y.parquet", None, True)),
    ("redshift", "UNLOAD ('select email from accounts where name = ''x''') TO 's3://b/p_' "
                 "IAM_ROLE 'arn:aws:iam::1:role/x' REGION 'us-east-1'", ("unload", "s3://b/p_", "us-east-1", True)),
    ("redshift", "UNLOAD ('select 1') TO 's3://b/p_' IAM_ROLE default", ("unload", "s3://b/p_", None, True)),
    ("bigquery", "EXPORT DATA OPTIONS(uri='gs://b/x-*.csv', format='CSV') AS SELECT email FROM accounts",
     ("export_data", "gs://b/x-*.csv", None, True)),
    ("snowflake", "COPY INTO @us_stage/out/ FROM (SELECT email FROM accounts)",
     ("copy_into_location", "@us_stage/out/", None, True)),
    ("snowflake", "COPY INTO 's3://b/x' FROM accounts", ("copy_into_location", "s3://b/x", None, False)),
    ("databricks", "CREATE TABLE x LOCATION 's3://b/x' AS SELECT email FROM accounts",
     ("external_table", "s3://b/x", None, True)),
]


@pytest.mark.parametrize(("dialect", "sql", "expected"), EXPORTS, ids=[f"{d}:{s[:40]}" for d, s, _ in EXPORTS])
def test_find_export(dialect: str, sql: str, expected: tuple) -> None:
    export = find_export(sqlglot.parse_one(sql, read=dialect), dialect)
    assert export is not None
    assert (export.kind, export.destination, export.region, export.query is not None) == expected


@pytest.mark.parametrize(("dialect", "sql"), [
    ("postgres", "COPY accounts FROM '/tmp/a.csv'"),
    ("snowflake", "COPY INTO accounts FROM @stage/x"),
    ("postgres", "SELECT email FROM accounts"),
    ("postgres", "INSERT INTO a SELECT * FROM b"),
    ("postgres", "CREATE TABLE a (id INT)"),
    ("hive", "CREATE EXTERNAL TABLE x (a INT) LOCATION 's3://b/x'"),  # where it stores data: TRF004
])
def test_not_an_export(dialect: str, sql: str) -> None:
    assert find_export(sqlglot.parse_one(sql, read=dialect), dialect) is None


GRANTS = [
    ("postgres", "GRANT SELECT ON accounts TO marketing_ro", [("SELECT", ("accounts",), None, (), ("marketing_ro",))]),
    ("postgres", "GRANT SELECT (email, name) ON accounts TO a, b",
     [("SELECT", ("accounts",), None, ("email", "name"), ("a", "b"))]),
    ("postgres", "GRANT ALL PRIVILEGES ON accounts, devices TO x",
     [("ALL PRIVILEGES", ("accounts", "devices"), None, (), ("x",))]),
    ("postgres", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst",
     [("SELECT", (), "public", (), ("analyst",))]),
    ("snowflake", "GRANT SELECT ON TABLE accounts TO ROLE marketing", [("SELECT", ("accounts",), None, (), ("marketing",))]),
    ("mysql", "GRANT SELECT ON shop.accounts TO 'bob'@'%'", [("SELECT", ("shop.accounts",), None, (), ("bob",))]),
    ("postgres", "GRANT INSERT, UPDATE ON accounts TO x", []),
    ("postgres", "GRANT USAGE ON SCHEMA public TO x", []),
    ("postgres", "GRANT marketing_ro TO alice", []),
]


@pytest.mark.parametrize(("dialect", "sql", "expected"), GRANTS, ids=[s for _, s, _ in GRANTS])
def test_read_grants(dialect: str, sql: str, expected: list) -> None:
    grants = read_grants(sqlglot.parse_one(sql, read=dialect), dialect)
    assert [(g.privilege, g.tables, g.schema, g.columns, g.roles) for g in grants] == expected


@pytest.mark.parametrize(("region", "country"), [
    ("eu-central-1", "DE"), ("aws:eu-west-1", "IE"), ("europe-west3", "DE"), ("EU", "EU"), ("US", "US"),
    ("westeurope", "NL"), ("us-east-1", "US"), ("mars-north-1", None),
])
def test_country_of_region(region: str, country: str | None) -> None:
    assert country_of_region(region) == country


RULES = [LocationRule("s3://eu-bucket/*", None, "eu-central-1"), LocationRule("@us_stage*", "US", None),
         LocationRule("analytics_us.*", "US", None)]
HOME = Location("DE", None, "default location")


@pytest.mark.parametrize(("destination", "region", "country", "source"), [
    ("s3://eu-bucket/a/b.csv", None, "DE", "config: s3://eu-bucket/*"),
    ("@us_stage/out/", None, "US", "config: @us_stage*"),
    ("analytics_us.accounts", None, "US", "config: analytics_us.*"),
    ("s3://eu-bucket/a.csv", "us-west-2", "US", "statement"),
    ("/var/exports/a.csv", None, "DE", "default location"),
    ("s3://elsewhere/a.csv", None, None, "unknown"),
])
def test_locate(destination: str, region: str | None, country: str | None, source: str) -> None:
    location = locate(destination, RULES, HOME, region)
    assert (location.country, location.source) == (country, source)


@pytest.mark.parametrize(("country", "allowed", "adequacy", "expected"), [
    ("DE", "eea", (), True), ("NO", "eea", (), True), ("EU", "eea", (), True), ("US", "eea", (), False),
    ("GB", "eea", ("GB",), True), ("BG", "home_country", (), True), ("DE", "home_country", (), False),
    ("EU", "home_country", (), False), (None, "eea", (), None),
])
def test_is_allowed(country: str | None, allowed: str, adequacy: tuple, expected: bool | None) -> None:
    assert is_allowed(Location(country, None, "test"), allowed, "BG", frozenset(adequacy)) is expected


def test_huge_files_are_read_in_blocks_with_the_same_facts(tmp_path, monkeypatch) -> None:
    """A file bigger than a block is tokenized block by block; statements, lines, purposes,
    suppressions and problems are exactly those of a one-block read."""
    from checker import engine
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF, base_project

    import yaml
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    parts = []
    for index in range(40):
        parts.append(
            f"-- privgate: purpose={'marketing' if index % 2 else 'analytics'}\n"
            f"SELECT a.email, 'semi;colon {index}' AS note\nFROM accounts a /* a ; in a comment */\n"
            f"WHERE a.id > {index};  -- privgate: ignore[PUR001] reviewed\n")
        if index == 17:
            parts.append("SELECT (email FROM accounts;\n")  # a broken statement in the middle
    (tmp_path / "big.sql").write_text("".join(parts))
    from checker.config import load_config
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))

    def read() -> tuple:
        facts = reader.read_sql_file(tmp_path / "big.sql", "big.sql", project.config, project.catalog, DEFAULT_AS_OF)
        return ([(s.line, s.column, s.end_line, s.purpose, s.normalized, s.sql, tuple(map(str, s.suppressions)))
                 for s in facts.statements], [(p.line, p.message) for p in facts.problems])

    whole = read()
    monkeypatch.setattr(reader, "BLOCK_CHARS", 300)
    assert read() == whole
    assert len(whole[0]) == 40 and whole[1][0][0] == 73


def test_a_file_that_takes_too_long_is_reported_not_waited_for(tmp_path, monkeypatch) -> None:
    """A per-file time bound: the statements read so far count, the rest is an input problem."""
    from checker.config import load_config
    from checker import engine
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF, base_project

    import yaml
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    (tmp_path / "slow.sql").write_text("SELECT a.email FROM accounts a;\n" * 20_000)
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    monkeypatch.setattr(reader, "FILE_SECONDS", 0.5)
    monkeypatch.setattr(reader, "BLOCK_CHARS", 4096)  # blocks of ~130 statements: the first is read well in time
    # The collector is paused while the file is read: hypothesis (loaded in this test process, never in
    # the CLI) runs a callback on every collection, and an alarm landing there is swallowed by Python;
    # the alarm repeats, and a repeat can land in pytest's own report of the swallowed one.
    gc.disable()
    try:
        facts = reader.read_sql_file(tmp_path / "slow.sql", "slow.sql", project.config, project.catalog, DEFAULT_AS_OF)
    finally:
        gc.enable()
    [problem] = facts.problems
    assert "gave up after 0.5 s" in problem.message
    assert 0 < len(facts.statements) < 20_000 and problem.line == facts.statements[-1].end_line + 1


def test_a_file_over_the_size_limit_is_an_input_problem_not_read(tmp_path, monkeypatch) -> None:
    """A data dump named on the command line must not be pulled into memory as SQL text."""
    from checker.config import load_config
    from checker import engine
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF, base_project

    import yaml
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    (tmp_path / "dump.sql").write_text("SELECT a.email FROM accounts a;\n" * 50_000)
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    monkeypatch.setattr(reader, "MAX_SQL_BYTES", 1_000_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    facts = reader.read_sql_file(tmp_path / "dump.sql", "dump.sql", project.config, project.catalog, DEFAULT_AS_OF)
    assert [(p.kind, p.line, p.message) for p in facts.problems] == [
        ("unreadable", 1, "file too large to read as SQL (1.6 MB; the limit is 1.0 MB, PRIVGATE_MAX_SQL_MB)")]
    assert facts.statements == []


def test_dropping_functions_indexes_and_types_is_read_whatever_its_form(tmp_path) -> None:
    """PostgreSQL migrations drop functions by signature and indexes in lists, forms sqlglot cannot
    parse: they read and delete no rows, so they are statements read, not input problems; a DROP
    TABLE sqlglot cannot parse still is one (found on lemmy's migrations, 74 statements)."""
    from checker.config import load_config
    from checker import engine
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF, base_project

    import yaml
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    (tmp_path / "down.sql").write_text(
        "DROP FUNCTION IF EXISTS diesel_manage_updated_at (_tbl regclass);\n"
        "DROP FUNCTION comment_aggregates_comment, comment_aggregates_score;\n"
        "DROP INDEX idx_post_saved_person_id, idx_comment_saved_person_id;\n"
        "DROP TYPE sort_type_enum, listing_type_enum;\n"
        "DROP TABLE accounts IF EXISTS CASCADE RESTRICT;\n")
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    facts = reader.read_sql_file(tmp_path / "down.sql", "down.sql", project.config, project.catalog, DEFAULT_AS_OF)
    assert [(statement.line, statement.kind) for statement in facts.statements] == [
        (1, "drop"), (2, "drop"), (3, "drop"), (4, "drop")]
    assert [problem.line for problem in facts.problems] == [5]


def test_a_subquerys_column_comes_from_its_own_table_the_catalog_does_not_know(tmp_path) -> None:
    """lemmy's mod_remove_comment_view (migrations/2019-04-11-144915_create_mod_views, AGPL-3.0,
    shortened) reads `name` in a scalar subquery over `user_ u, comment c`; user_ was renamed since,
    so the catalog does not know it. SQL looks in a subquery's own tables first, and `comment` has
    no `name`: it is user_'s, not an unresolvable column, and the statement's other reads count.
    Between two unknown tables privgate still cannot tell."""
    from checker import engine
    from checker.config import load_config
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF

    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [schema.sql]}\n")
    (tmp_path / "schema.sql").write_text(
        "CREATE TABLE comment (id int, creator_id int, content text);\n"
        "CREATE TABLE mod_remove_comment (id int, comment_id int, reason text);\n")
    (tmp_path / "view.sql").write_text(
        "CREATE VIEW mod_remove_comment_view AS\nSELECT\n    mrc.*,\n"
        "    (SELECT name FROM user_ u, comment c\n        WHERE mrc.comment_id = c.id AND u.id = c.creator_id) AS comment_user_name,\n"
        "    (SELECT content FROM comment c WHERE mrc.comment_id = c.id) AS comment_content\n"
        "FROM mod_remove_comment mrc;\n"
        "SELECT (SELECT name FROM users u, visits v WHERE u.id = v.user_id AND v.comment_id = c.id) FROM comment c;\n")
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    facts = reader.read_sql_file(tmp_path / "view.sql", "view.sql", project.config, project.catalog, DEFAULT_AS_OF)
    assert [(problem.line, problem.kind) for problem in facts.problems] == [(8, "unresolved")]  # two unknown tables
    view = facts.statements[0]
    assert {str(read.column) for read in view.reads} >= {"comment.content", "mod_remove_comment.reason"}


def test_a_create_table_with_named_not_null_constraints_is_read_not_an_input_problem(tmp_path) -> None:
    """lemmy's down.sql files recreate tables as pg_dump 18 writes them, with `CONSTRAINT name NOT
    NULL col` elements (migrations/2025-08-01-000016_smoosh-tables-together/down.sql, AGPL-3.0,
    shortened): a scanned file reads the statement and what follows it."""
    from checker import engine
    from checker.config import load_config
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF

    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\ndialect: postgres\n")
    (tmp_path / "down.sql").write_text(
        "CREATE TABLE person_post_aggregates (\n    person_id int NOT NULL,\n    post_id int,\n"
        "    CONSTRAINT person_post_aggregates_post_id_not_null NOT NULL post_id,\n"
        "    CONSTRAINT person_post_aggregates_person_id_not_null NOT NULL person_id\n);\n"
        "CREATE TABLE broken (id int, CONSTRAINT c NOT NULL id extra);\n")
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    facts = reader.read_sql_file(tmp_path / "down.sql", "down.sql", project.config, project.catalog, DEFAULT_AS_OF)
    assert [(statement.line, statement.kind, statement.schema_tables) for statement in facts.statements] == [
        (1, "create", ("person_post_aggregates",))]
    assert [problem.line for problem in facts.problems] == [7]


def test_a_materialized_view_created_with_no_data_is_read(tmp_path) -> None:
    """pg_dump ends a materialized view with `WITH NO DATA` and indexes a partitioned table `ON ONLY`
    it (getlago/lago-api's db/structure.sql, AGPL-3.0, shortened), which sqlglot cannot parse: the
    statements, and the columns the view's query reads, are read all the same."""
    from checker import engine
    from checker.config import load_config
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF

    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [structure.sql]}\n")
    (tmp_path / "structure.sql").write_text(
        "CREATE TABLE public.events (id uuid, transaction_id varchar, properties jsonb, created_at timestamp);\n"
        "CREATE MATERIALIZED VIEW public.last_hour_events_mv AS\n SELECT events.transaction_id, events.properties\n"
        "   FROM public.events\n  WHERE (events.created_at >= (now() - '01:00:00'::interval))\n  WITH NO DATA;\n"
        "CREATE INDEX index_events_on_transaction_id ON ONLY public.events USING btree (transaction_id);\n")
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    assert list(project.catalog.tables["last_hour_events_mv"].columns) == ["transaction_id", "properties"]
    facts = reader.read_sql_file(tmp_path / "structure.sql", "structure.sql", project.config, project.catalog,
                                 DEFAULT_AS_OF)
    assert facts.problems == []
    assert [statement.kind for statement in facts.statements] == ["create", "create", "create"]
    view = facts.statements[1]
    assert view.kind == "create" and {str(read.column) for read in view.reads} >= {"events.properties"}


def test_lines_after_a_positional_parameter_are_the_files(tmp_path) -> None:
    """sqlglot's PostgreSQL tokenizer takes `$1` for the start of a dollar-quoted string and counts the
    lines it searched for the closing tag: before, every statement and problem after a parameter (a
    PREPARE, a LANGUAGE sql body as Supabase migrations write them) sat lines too low, past the file's end."""
    facts = _read_in_project(tmp_path, "postgres", (
        "PREPARE by_id (int) AS\n  SELECT email FROM accounts WHERE id = $1;\n"
        "CREATE FUNCTION account_email(p_id int) RETURNS text LANGUAGE sql AS $$\n"
        "  SELECT email FROM accounts\n  WHERE id = $1\n$$;\n"
        "SELECT email FROM accounts;\n"
        "SELECT FROM WHERE;\n"))
    assert [(statement.line, statement.column, statement.sql) for statement in facts.statements][-2:] == [
        (4, 3, "SELECT email FROM accounts"), (7, 1, "SELECT email FROM accounts;")]
    assert [(problem.line, problem.column) for problem in facts.problems] == [(8, 17)]


def test_statements_inside_tsql_control_flow_are_judged_as_statements(tmp_path) -> None:
    """T-SQL runs statements inside `IF ... BEGIN ... END`, `ELSE` and `BEGIN TRY ... END CATCH`; before,
    the piece that opened the block was judged as one `ifblock` statement that read and wrote nothing, so an
    export inside it passed with full coverage. Each statement is now judged at its own line."""
    facts = _read_in_project(tmp_path, "tsql", (
        "IF NOT EXISTS (SELECT 1 FROM accounts WHERE id = 0)\nBEGIN\n"
        "    INSERT INTO outbox (address) SELECT email FROM accounts;  -- privgate: ignore[PUR001] reason=\"a test\"\nEND\n"
        "ELSE BEGIN\n    INSERT INTO outbox (address) SELECT email FROM accounts;\nEND;\n"
        "BEGIN TRY\n    DELETE FROM accounts WHERE id = 1;\nEND TRY\nBEGIN CATCH\n    PRINT 'failed';\nEND CATCH;\n"
        "BEGIN TRANSACTION;\n"))
    assert facts.problems == []
    judged = [(statement.line, statement.kind) for statement in facts.statements]
    assert judged == [(3, "insert"), (6, "insert"), (7, "end"), (9, "delete"), (12, "print"), (13, "end"),
                      (14, "transaction")]  # a closing END is a statement about no rows, as it was
    assert [statement.suppressions != [] for statement in facts.statements[:2]] == [True, False]


def test_tsql_statements_without_semicolons_are_each_judged(tmp_path) -> None:
    """Northwind's installer (microsoft/sql-server-samples, MIT: northwind-pubs/instnwnd.sql, shortened) writes
    its rows as one `INSERT` per line with no `;`, ten to a batch: each batch was one INP001 (241 in the
    file, coverage 40%). Each line's statement is now judged at its own line; a line that continues the
    statement before it (`SET` after `UPDATE`, `SELECT` after `INSERT INTO t (a)`, `ON DELETE`, the
    permissions of a GRANT) stays in it. Wide World Importers' scripts (same repository) showed what such
    statements hid: sqlcmd's `:r` and `:setvar` lines, procedure calls with OUTPUT parameters, a PRINT after an
    IF and a WHILE loop are read as a database runs them."""
    facts = _read_in_project(tmp_path, "tsql", (
        'INSERT "Categories"("CategoryID","CategoryName") VALUES(1,\'Beverages\')\n'
        'INSERT "Categories"("CategoryID","CategoryName") VALUES(2,\'Condiments\')\n'
        "UPDATE accounts\nSET email = NULL\nWHERE id = 1\n"
        "INSERT INTO outbox (address)\nSELECT email FROM accounts\n"
        "SELECT email FROM accounts WITH (NOLOCK)\n"
        "GRANT SELECT, INSERT,\nUPDATE ON accounts TO reporting\n"
        "EXEC sp_purge 1\nEXEC sp_purge 2\ngo\n"
        ":r .\\pds400-ins-orders.sql\n:setvar DatabaseName \"WWI\"\n"
        "EXEC [DataLoadSimulation].[GetRandomCity]\n  @CityID = @myCityID OUTPUT\n, @CityName = @myCityName OUTPUT\n"
        "IF @myCityName IS NOT NULL\n    PRINT 'City: ' + @myCityName\n"
        "WHILE @myCityID < 3\nBEGIN\n    DELETE FROM accounts WHERE id = @myCityID;\nEND\n"))
    assert facts.problems == []
    assert [(statement.line, statement.kind) for statement in facts.statements] == [
        (1, "insert"), (2, "insert"), (3, "update"), (6, "insert"), (8, "select"), (9, "grant"), (11, "execute"),
        (12, "execute"), (16, "execute"), (20, "print"), (23, "delete"), (24, "end")]


def test_sqlite_numbered_parameters_are_parameters(tmp_path) -> None:
    """Anki's queries (ankitects/anki, AGPL-3.0: rslib/src/storage/card/fix_ivl.sql, shortened) bind their values
    as SQLite's numbered parameters (`mod = ?1`): each file was an INP001 (14 of Anki's 17). A `?` apart from a
    number stays what it was."""
    facts = _read_in_project(tmp_path, "sqlite", (
        "UPDATE cards\nSET ivl = min(max(round(ivl), 0), 2147483647),\n  mod = ?1,\n  usn = ?2\n"
        "WHERE ivl != min(max(round(ivl), 0), 2147483647);\n"
        "SELECT id FROM cards WHERE due > ? LIMIT 1;\n"))
    assert facts.problems == []
    assert [(statement.line, statement.kind) for statement in facts.statements] == [(1, "update"), (6, "select")]


def test_tsql_compound_assignments_are_read_as_the_assignments_they_abbreviate(tmp_path) -> None:
    """Wide World Importers' stored procedures (microsoft/sql-server-samples, MIT: wwi-ssdt, shortened) build
    SQL with `SET @SQL += N';'` and move stock with `UPDATE ... SET sih.QuantityOnHand -= sit.TotalQuantity`:
    each was an INP001 (1,954 in the project). The target is read as well as written; `>=` and `<=` stay
    comparisons. A procedure's THROW and RETURN of a status read no rows (28 more INP001)."""
    facts = _read_in_project(tmp_path, "tsql", (
        "DECLARE @SQL nvarchar(max) = N'';\nSET @SQL += N';';\n"
        "UPDATE sih\nSET sih.QuantityOnHand -= sit.TotalQuantity,\n    sih.LastEditedWhen = SYSDATETIME()\n"
        "FROM Warehouse.StockItemHoldings AS sih\nINNER JOIN #StockItemTotals AS sit ON sih.StockItemID = sit.StockItemID\n"
        "WHERE sit.TotalQuantity >= 1 AND sih.QuantityOnHand <= 1000;\n"
        "THROW 51000, N'Unable to apply row level security', 1;\nRETURN 0;\n"))
    assert facts.problems == []
    assert [(statement.line, statement.kind) for statement in facts.statements] == [
        (1, "declare"), (2, "set"), (3, "update"), (9, "throw"), (10, "return")]
    from sqlglot.dialects.dialect import Dialect

    from checker.readers.sql import parseable

    tsql, text = Dialect.get_or_raise("tsql"), "UPDATE sih SET sih.QuantityOnHand -= sit.TotalQuantity FROM t AS sih"
    assert tsql.parser().parse(parseable(tsql.tokenize(text)), text)[0].sql("tsql") == (
        "UPDATE sih SET sih.QuantityOnHand = sih.QuantityOnHand - sit.TotalQuantity FROM t AS sih")


def test_tsql_unique_column_order_and_data_masks_keep_the_table(tmp_path) -> None:
    """Wide World Importers' SSDT tables (microsoft/sql-server-samples, MIT, shortened): a UNIQUE constraint's
    columns with their sort order (`UNIQUE NONCLUSTERED ([CountryName] ASC)`) and a dynamically masked
    column (`MASKED WITH (FUNCTION = 'default()')`) lost 16 tables to INP001; a column-level UNIQUE before a
    column named Desc stays as it was."""
    from sqlglot.dialects.dialect import Dialect

    from checker.readers.sql import parseable

    tsql = Dialect.get_or_raise("tsql")
    text = ("CREATE TABLE [Application].[Countries] ([CountryID] INT NOT NULL, [CountryName] NVARCHAR (60) NOT NULL,\n"
            "  [Code] NVARCHAR (3) UNIQUE, [Desc] NVARCHAR (20),\n"
            "  [FormalName] NVARCHAR (60) MASKED WITH (FUNCTION = 'default()') NULL,\n"
            "  CONSTRAINT [PK_Application_Countries] PRIMARY KEY CLUSTERED ([CountryID] ASC),\n"
            "  CONSTRAINT [UQ_Application_Countries_CountryName] UNIQUE NONCLUSTERED ([CountryName] ASC));")
    created = tsql.parser().parse(parseable(tsql.tokenize(text)), text)[0]
    assert [column.name for column in created.find_all(sqlglot.exp.ColumnDef)] == [
        "CountryID", "CountryName", "Code", "Desc", "FormalName"]


def _read_in_project(folder: Path, dialect: str, text: str):
    """The facts of one SQL file `m.sql` read in a project of the test packs with this dialect."""
    import yaml

    from checker import engine
    from checker.config import load_config
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF, base_project

    (folder / "privgate.yaml").write_text(yaml.safe_dump({**base_project(), "dialect": dialect}))
    (folder / "m.sql").write_text(text)
    project = engine.load_project(load_config(folder / "privgate.yaml"))
    return reader.read_sql_file(folder / "m.sql", "m.sql", project.config, project.catalog, DEFAULT_AS_OF)


def test_a_select_that_returns_no_row_reads_no_ones_data(tmp_path) -> None:
    """sqitch's verify scripts (`SELECT nickname, password FROM flipr.users WHERE FALSE`, as in
    sqitchers/sqitch-intro) and tools probing a table's shape (`WHERE 1 = 0`, `LIMIT 0`) check that
    columns exist and read no row; a condition on the rows that happens to name FALSE still reads."""
    from checker import engine
    from checker.config import load_config
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF

    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [schema.sql]}\n")
    (tmp_path / "schema.sql").write_text(
        "CREATE TABLE users (nickname text, password text, email text, active boolean);\n")
    (tmp_path / "verify.sql").write_text(
        "BEGIN;\nSELECT nickname, password FROM users WHERE FALSE;\nSELECT email FROM users WHERE 1 = 0;\n"
        "SELECT * FROM users LIMIT 0;\nROLLBACK;\n"
        "SELECT email FROM users WHERE active = FALSE;\nSELECT nickname FROM users WHERE 1 = 1 LIMIT 10;\n")
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    facts = reader.read_sql_file(tmp_path / "verify.sql", "verify.sql", project.config, project.catalog, DEFAULT_AS_OF)
    assert [(statement.line, sorted(str(read.column) for read in statement.reads)) for statement in facts.statements
            if statement.kind == "select"] == [
        (2, []), (3, []), (4, []), (6, ["users.active", "users.email"]), (7, ["users.nickname"])]


@pytest.mark.parametrize(("dialect", "text", "expected"), [
    # MySQL's export to a server file is PostgreSQL's COPY (SELECT ...) TO: the e-mails leave for /tmp/out.csv
    ("mysql", "SELECT email FROM accounts INTO OUTFILE '/tmp/out.csv' FIELDS TERMINATED BY ',' "
              "OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n';",
     [("copy", ("copy_to", "/tmp/out.csv"), ["accounts.email"])]),
    ("mysql", "SELECT email INTO DUMPFILE '/tmp/one.txt' FROM accounts WHERE id = 1;",
     [("copy", ("copy_to", "/tmp/one.txt"), ["accounts.email", "accounts.id"])]),
    # loads from a file into a table (PostgreSQL's COPY t FROM 'file'): no row leaves, nothing unreadable
    ("mysql", "LOAD DATA LOCAL INFILE '/tmp/in.csv' INTO TABLE accounts FIELDS TERMINATED BY ',' IGNORE 1 LINES;",
     [("copy", None, [])]),
    ("tsql", "BULK INSERT dbo.accounts FROM 'C:\\data\\accounts.csv' WITH (FIELDTERMINATOR = ',');",
     [("copy", None, [])]),
    # a variable, not a file: still a plain query
    ("mysql", "SELECT email INTO @first FROM accounts LIMIT 1;", [("select", None, ["accounts.email"])]),
])
def test_statements_between_a_table_and_a_server_file(tmp_path, dialect: str, text: str, expected: list) -> None:
    facts = _read_in_project(tmp_path, dialect, text)
    assert facts.problems == []
    assert [(statement.kind,
             (statement.movement.kind, statement.movement.destination) if statement.movement else None,
             sorted(str(read.column) for read in statement.reads)) for statement in facts.statements] == expected


def test_the_sql_of_mysql_stored_programs_is_read(tmp_path) -> None:
    """MySQL stored programs between DELIMITER lines (Sakila's and the Employees sample's): each is a statement,
    and the statements of its body after BEGIN, THEN, ELSE, DO, REPEAT, a trigger's FOR EACH ROW and in a
    `RETURN (SELECT ...)` are read with their lines; `SELECT ... INTO variable` reads, the variable is no table;
    a prepared statement's EXECUTE is dynamic SQL, said to be not analysed."""
    facts = _read_in_project(tmp_path, "mysql", (
        "DELIMITER //\n"
        "CREATE PROCEDURE mail_active(IN since DATE)\n"
        "BEGIN\n"
        "  DECLARE n INT DEFAULT 0;\n"
        "  SELECT count(*) INTO n FROM accounts;\n"
        "  WHILE n > 0 DO\n"
        "    UPDATE accounts SET name = name WHERE id = n;\n"
        "    SET n = n - 1;\n"
        "  END WHILE;\n"
        "  IF n = 0 THEN SELECT email FROM accounts; ELSE DELETE FROM accounts WHERE id = 0; END IF;\n"
        "  SET @q = 'SELECT 1';\n"
        "  PREPARE stmt FROM @q;\n"
        "  EXECUTE stmt;\n"
        "END //\n"
        "CREATE FUNCTION name_of(i INT) RETURNS VARCHAR(64) READS SQL DATA\n"
        "BEGIN\n  RETURN (SELECT name FROM accounts WHERE id = i);\nEND //\n"
        "CREATE TRIGGER log_account AFTER INSERT ON accounts FOR EACH ROW\n"
        "  INSERT INTO audit_log (account_id) VALUES (NEW.id) //\n"
        "DELIMITER ;\n"))
    assert [(problem.line, problem.message.split(":")[0]) for problem in facts.problems] == [
        (13, "dynamic SQL (EXECUTE) in a procedural body is not analysed")]
    read = [(statement.line, statement.kind, sorted(str(r.column) for r in statement.reads))
            for statement in facts.statements]
    assert read == [
        (2, "create", []), (5, "select", []), (7, "update", []),
        (10, "select", ["accounts.email"]), (10, "delete", []),
        (15, "create", []), (17, "subquery", ["accounts.id", "accounts.name"]),
        (19, "create", []), (20, "insert", [])], read


def test_the_sql_of_oracle_plsql_units_is_read(tmp_path) -> None:
    """Oracle PL/SQL units ended by SQL*Plus's lone `/` (jOOQ/sakila's Oracle scripts, BSD-2-Clause): each is a
    statement and the SQL of its body is read as a MySQL stored program's is; a trigger's `:NEW.col` is the row
    being written. Each statement of a trigger's body was an INP001 ("no statement starts with ':'")."""
    facts = _read_in_project(tmp_path, "oracle", (
        "CREATE TABLE audit_log (account_id NUMBER);\n"
        "CREATE OR REPLACE TRIGGER accounts_before_insert\n"
        "BEFORE INSERT ON accounts FOR EACH ROW\n"
        "BEGIN\n"
        "  IF (:NEW.id IS NULL) THEN\n"
        "    SELECT accounts_sequence.nextval INTO :NEW.id FROM DUAL;\n"
        "  END IF;\n"
        "  :NEW.name := upper(:NEW.name);\n"
        "  INSERT INTO audit_log (account_id) VALUES (:NEW.id);\n"
        "END;\n"
        "/\n"
        "CREATE OR REPLACE PROCEDURE mail_all IS\n"
        "BEGIN\n"
        "  FOR r IN (SELECT email FROM accounts) LOOP\n"
        "    NULL;\n"
        "  END LOOP;\n"
        "END;\n"
        "/\n"
        "SELECT name FROM accounts;\n"))
    assert facts.problems == []
    read = [(statement.line, statement.kind, sorted(str(r.column) for r in statement.reads))
            for statement in facts.statements]
    assert read == [
        (1, "create", []), (19, "select", ["accounts.name"]),
        (2, "create", []), (6, "select", []), (9, "insert", []),
        (12, "create", []), (14, "subquery", ["accounts.email"])], read


@pytest.mark.parametrize(("dialect", "text"), [
    ("postgres", "SELECT email FROM accounts INTO OUTFILE '/tmp/out.csv';"),
    ("postgres", "LOAD DATA INFILE '/tmp/in.csv' INTO TABLE accounts;"),
    ("mysql", "BULK INSERT accounts FROM '/tmp/in.csv';"),
])
def test_a_server_file_statement_of_another_dialect_stays_unparsable(tmp_path, dialect: str, text: str) -> None:
    """MySQL's and SQL Server's file statements are no SQL elsewhere: in a PostgreSQL project they are
    what the database would refuse, an input problem, not an export or a load."""
    facts = _read_in_project(tmp_path, dialect, text)
    assert [problem.message.split(":")[0] for problem in facts.problems] == ["cannot parse SQL"]


def test_pgtap_assertions_named_is_are_function_calls(tmp_path) -> None:
    """pgTAP tests (Supabase's supabase/tests/database, as usebasejump/basejump's, MIT) assert with a function
    named `is`, which sqlglot reads as the keyword: `SELECT is(have, want, description)` was an unparsable
    statement; it is a call whose arguments read the tables they name. The keyword stays a keyword."""
    from checker import engine
    from checker.config import load_config
    from checker.readers import sql as reader
    from helpers import DEFAULT_AS_OF

    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [schema.sql]}\n")
    (tmp_path / "schema.sql").write_text("CREATE TABLE accounts (id uuid, slug text, primary_owner_email text);\n")
    (tmp_path / "accounts_test.sql").write_text(
        "SELECT plan(2);\n"
        "SELECT is(\n    (SELECT count(*)::int FROM accounts WHERE primary_owner_email <> 'test2@example.com'),\n"
        "    0,\n    'Non members should receive no results from accounts'\n);\n"
        "SELECT primary_owner_email IS NOT NULL, is_active FROM accounts, (SELECT TRUE AS is_active) flags;\n")
    project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
    facts = reader.read_sql_file(tmp_path / "accounts_test.sql", "accounts_test.sql", project.config, project.catalog,
                                 DEFAULT_AS_OF)
    assert facts.problems == []
    assert [sorted({str(read.column) for read in statement.reads}) for statement in facts.statements] == [
        [], ["accounts.primary_owner_email"], ["accounts.primary_owner_email"]]


@pytest.mark.parametrize(("text", "line", "word"), [
    ("SELECT email FROM accounts;\nSELEC broken;\n", 2, "SELEC"),  # sqlglot: the column `selec` aliased `broken`
    ("SELECT 1;\n\n  accounts;\n", 3, "accounts"),
    ("UPDATE accounts SET email = NULL;\nemail = 'x';\n", 2, "email"),
])
def test_an_expression_alone_is_no_statement(tmp_path, text: str, line: int, word: str) -> None:
    """A misspelt keyword makes sqlglot read a statement as a bare expression, which no database runs: it is
    an input problem at its first word, not a statement counted as checked."""
    facts = _read_in_project(tmp_path, "postgres", text)
    assert [(problem.line, problem.message) for problem in facts.problems] == [
        (line, f"cannot parse SQL: no statement starts with {word!r} (a misspelt keyword?)")]


@pytest.mark.parametrize(("dialect", "text"), [
    ("mysql", "FLUSH LOGS;"), ("mysql", "UNLOCK TABLES;"), ("postgres", "CHECKPOINT;"), ("postgres", "DISCARD ALL;"),
    ("postgres", "RAISE NOTICE;"), ("tsql", "PRINT 1;"),
])
def test_statements_sqlglot_reads_as_expressions_are_statements(tmp_path, dialect: str, text: str) -> None:
    facts = _read_in_project(tmp_path, dialect, text)
    assert facts.problems == []


def test_numbered_parameters_are_read_as_the_parameters_they_are(tmp_path) -> None:
    """ankitects/anki (AGPL-3.0) rslib/src/storage/deck/alloc_id.sql and tag/update.sql, shortened: rusqlite
    binds SQLite's numbered parameters (`?1`); before, sqlglot saw `?` then a number and each such query
    was an INP001, its reads lost. `? 1`, a placeholder then a separate number, is no SQLite spelling."""
    facts = _read_in_project(tmp_path, "sqlite", (
        "SELECT CASE WHEN ?1 IN (SELECT id FROM decks) THEN (SELECT max(id) + 1 FROM decks) ELSE ?1 END;\n"
        "UPDATE tags SET tag = ?1, usn = ? WHERE tag = ?1;\n"
        "SELECT name FROM decks WHERE id = ? 1;\n"))
    assert [(statement.line, statement.kind) for statement in facts.statements] == [(1, "select"), (2, "update")]
    assert [problem.line for problem in facts.problems] == [3]


def test_a_prepared_statement_run_outside_a_stored_program_is_reported_where_it_runs(tmp_path) -> None:
    """conductor-oss/conductor (Apache-2.0) mysql-persistence/.../V3__queue_add_priority.sql, shortened: the
    ALTER TABLE that adds queue_message.priority is text PREPAREd from a variable and EXECUTEd. Before, the
    EXECUTE passed as read and only the DEALLOCATE was an INP001 (an unparsable statement that hides nothing)."""
    facts = _read_in_project(tmp_path, "mysql", (
        "SET @preparedStatement = CONCAT('ALTER TABLE ', 'queue_message', ' ADD priority TINYINT DEFAULT 0');\n"
        "PREPARE addColumnIfNotExist FROM @preparedStatement;\n"
        "EXECUTE addColumnIfNotExist;\n"
        "DEALLOCATE PREPARE addColumnIfNotExist;\n"))
    assert [(problem.line, problem.message.split(":")[0]) for problem in facts.problems] == [
        (3, "dynamic SQL (EXECUTE of a prepared statement) is not analysed")]
    assert [statement.line for statement in facts.statements] == [1, 2, 4]


def test_a_postgres_prepared_statement_is_read_where_it_is_prepared(tmp_path) -> None:
    """PostgreSQL's `PREPARE name AS <statement>` holds the statement itself: its EXECUTE is no dynamic SQL."""
    facts = _read_in_project(tmp_path, "postgres", (
        "PREPARE by_id (int) AS SELECT email FROM accounts WHERE id = $1;\nEXECUTE by_id(1);\nDEALLOCATE by_id;\n"))
    assert facts.problems == []
