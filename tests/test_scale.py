"""Pre-commit cost follows the staged files, not the repository: the DDL replay comes from the cache
while no DDL file changed, the purges of the tables a staged DDL file defines come from the purge
index instead of reading every other file, and the catalog's DDL walk enters only the folders its
globs name. Every shortcut gives the answer the full work gives, and a change to an input undoes it."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from checker import engine, project as project_module
from checker.catalog import Catalog
from checker.config import load_config
from checker.readers import ddl
from checker.report import json_format
from helpers import CRM_SOURCES

AS_OF = date(2026, 11, 24)
CONFIG = """\
packs: [mgt-solutions]
dialect: postgres
purposes:
  paths:
    models/analytics/**: analytics
catalog:
  ddl: ["schema/*.sql"]
"""
ACCOUNTS = """\
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    country char(2)
);
COMMENT ON COLUMN accounts.email IS 'privgate: account.email';
COMMENT ON COLUMN accounts.country IS 'privgate: account.country';
"""
SERVER_LOGS = """\
CREATE TABLE server_logs (
    id bigint PRIMARY KEY,
    account_id bigint,
    ip_address inet,
    logged_at timestamptz
);
COMMENT ON COLUMN server_logs.ip_address IS 'privgate: activity.ip_address';
"""
PURGE = "-- nightly\nDELETE FROM server_logs WHERE logged_at < now() - interval '30 days';\n"
MODEL = "select a.id, a.country from accounts a;\n"
STAGED = "schema/002_server_logs.sql"


_clock = [0]


def settle(*paths: Path) -> None:
    """Date files and folders back, as in a checkout nobody touched for minutes: a time stamp taken
    within the same moment as a scan is never trusted (see file_cache.RACY_NS). Each call is a later
    moment than the one before, so an edit always shows."""
    _clock[0] += 1
    moment = time.time() - 600 + _clock[0]
    for path in paths:
        for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.utime(item, (moment, moment))


@pytest.fixture()
def repository(tmp_path: Path) -> Path:
    """A repository whose tables come from DDL files, with a purge job and a few dozen models."""
    root = tmp_path / "repo"
    for relative, text in {"privgate.yaml": CONFIG, "schema/001_accounts.sql": ACCOUNTS, STAGED: SERVER_LOGS,
                           "jobs/retention/purge_server_logs.sql": PURGE}.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
    for index in range(40):
        (root / "models" / "analytics" / f"model_{index:03d}.sql").parent.mkdir(parents=True, exist_ok=True)
        (root / "models" / "analytics" / f"model_{index:03d}.sql").write_text(MODEL)
    settle(root)
    return root


class Counter:
    """Counts DDL replays and the files read by the scan (the staged file included)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.replays = 0
        self.read: list[str] = []
        replay, read_sql_file = ddl.replay, engine.read_sql_file

        def counting_replay(*args, **kwargs):
            self.replays += 1
            return replay(*args, **kwargs)

        def counting_read(path, relative, *rest):
            self.read.append(relative)
            return read_sql_file(path, relative, *rest)

        monkeypatch.setattr(ddl, "replay", counting_replay)
        monkeypatch.setattr(engine, "read_sql_file", counting_read)

    def reset(self) -> None:
        self.replays, self.read = 0, []


def precommit(root: Path, staged: str = STAGED) -> dict[str, list[tuple[str, str, int]]]:
    """A one-file scan as the pre-commit hook runs it: rule ids, paths and lines of its findings."""
    loaded = engine.load_project(load_config(root / "privgate.yaml"))
    result = engine.scan(loaded, engine.collect_files(loaded, [root / staged]), AS_OF)
    rendered = json_format.render(result)
    assert rendered  # every format renders what the shortcuts produced
    return {"findings": sorted((f.rule_id, f.path, f.line) for f in result.findings)}


def without_retention(findings: dict[str, list[tuple[str, str, int]]]) -> bool:
    return ("RET005", STAGED, 1) in findings["findings"]


def test_a_warm_one_file_scan_replays_no_ddl_and_reads_only_the_staged_file(
        cache_home: Path, repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch)
    cold = precommit(repository)
    assert counter.replays == 1
    assert "jobs/retention/purge_server_logs.sql" in counter.read  # the first run builds the purge index
    assert not without_retention(cold)  # the purge job deletes from server_logs
    counter.reset()
    warm = precommit(repository)
    assert warm == cold
    assert counter.replays == 0
    assert counter.read == [STAGED]


def test_editing_a_ddl_file_replays_the_ddl_again(cache_home: Path, repository: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch)
    before = precommit(repository, "models/analytics/model_000.sql")
    assert before["findings"] == []  # the country of an account is fine for analytics
    accounts = repository / "schema" / "001_accounts.sql"
    accounts.write_text(ACCOUNTS.replace("'privgate: account.country'", "'privgate: special.health'"))
    settle(accounts)
    counter.reset()
    after = precommit(repository, "models/analytics/model_000.sql")
    assert counter.replays == 1
    assert [rule for rule, _, _ in after["findings"]] != []  # health data read for analytics now
    counter.reset()
    assert precommit(repository, "models/analytics/model_000.sql") == after
    assert counter.replays == 0


def test_the_purge_index_follows_edits_new_files_and_deleted_files(cache_home: Path, repository: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch)
    assert not without_retention(precommit(repository))
    job = repository / "jobs" / "retention" / "purge_server_logs.sql"
    job.write_text("-- nightly, disabled\nSELECT count(*) FROM server_logs;\n")
    settle(job)
    counter.reset()
    assert without_retention(precommit(repository))  # nothing deletes from server_logs any more
    assert "jobs/retention/purge_server_logs.sql" not in counter.read  # no deletion in it: not parsed
    (repository / "jobs" / "retention" / "purge_again.sql").write_text(PURGE)
    settle(repository / "jobs" / "retention")
    counter.reset()
    assert not without_retention(precommit(repository))
    assert counter.read == [STAGED, "jobs/retention/purge_again.sql"]
    (repository / "jobs" / "retention" / "purge_again.sql").unlink()
    settle(repository / "jobs" / "retention")
    assert without_retention(precommit(repository))


def test_a_warm_scan_walks_no_folder_until_one_changes(cache_home: Path, repository: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    precommit(repository)
    walked: list[str] = []
    walk = engine.walk

    def recording(folder, *args, **kwargs):
        walked.append(str(folder))
        return walk(folder, *args, **kwargs)

    monkeypatch.setattr(engine, "walk", recording)
    precommit(repository)
    assert walked == []  # every folder as the index saw it: its list of files stands
    (repository / "models" / "analytics" / "cleanup.sql").write_text(PURGE)
    settle(repository / "models" / "analytics" / "cleanup.sql")
    (repository / "jobs" / "retention" / "purge_server_logs.sql").write_text("SELECT 1;\n")
    settle(repository / "jobs" / "retention" / "purge_server_logs.sql")
    assert not without_retention(precommit(repository))  # the new file in models/analytics purges it
    assert walked == [str(repository)]


def test_a_file_edited_in_the_same_moment_as_a_scan_is_read_again(cache_home: Path, repository: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    job = repository / "jobs" / "retention" / "purge_server_logs.sql"
    counter = Counter(monkeypatch)
    assert not without_retention(precommit(repository))
    job.write_text(PURGE.replace("DELETE FROM", "SELECT * IN"))  # same size, and no settle: edited just now
    counter.reset()
    assert without_retention(precommit(repository))
    job.write_text(PURGE)  # within the same second again: the stamp is never trusted, so never stale
    assert not without_retention(precommit(repository))
    job.write_text(PURGE.replace("DELETE FROM", "SELECT * IN"))
    assert without_retention(precommit(repository))


def test_a_ddl_edit_that_keeps_the_tables_keeps_the_purge_index(cache_home: Path, repository: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch)
    precommit(repository)
    staged = repository / STAGED
    staged.write_text(SERVER_LOGS.replace("logged_at timestamptz", "logged_at timestamptz,\n    url text"))
    settle(staged)
    counter.reset()
    assert not without_retention(precommit(repository))
    assert counter.replays == 1 and counter.read == [STAGED]
    staged.write_text(SERVER_LOGS + "CREATE TABLE server_logs_archive (ip_address inet);\n")
    settle(staged)
    counter.reset()
    precommit(repository)  # a new table: DELETE targets may resolve differently, the index starts afresh
    assert "jobs/retention/purge_server_logs.sql" in counter.read


@pytest.fixture()
def prefetching(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A console run's stat child for repositories of any size; returns how many listed files the
    scan stat'ed itself (none when it took the child's answer)."""
    from checker import file_cache, stat_prefetch

    monkeypatch.setattr(stat_prefetch, "MIN_FILES", 10)
    stat_ed = [0]
    stamps_under = file_cache.stamps_under

    def counting(root, relatives, trusted_before):
        stat_ed[0] += len(relatives)
        return stamps_under(root, relatives, trusted_before)

    monkeypatch.setattr(file_cache, "stamps_under", counting)
    return stat_ed


def test_a_console_run_takes_the_stats_from_its_child_and_sees_every_edit(repository: Path,
                                                                         prefetching: list[int]) -> None:
    from checker import stat_prefetch

    assert not without_retention(precommit(repository))  # writes the index and its list
    job = repository / "jobs" / "retention" / "purge_server_logs.sql"
    for text, purged in (("-- nightly, disabled\nSELECT count(*) FROM server_logs;\n", False), (PURGE, True)):
        job.write_text(text)
        settle(job)
        prefetching[0] = 0
        stat_prefetch.start(repository / "models")  # as `privgate` does before importing the scan
        assert without_retention(precommit(repository)) is not purged
        assert prefetching[0] == 0  # the child's answer, not a stat of each file here


def test_an_answer_for_another_index_is_not_taken(repository: Path, prefetching: list[int]) -> None:
    from checker import stat_prefetch

    precommit(repository)
    stat_prefetch.start(repository)
    config = repository / "privgate.yaml"
    config.write_text(CONFIG + "fail_on: warning\n")  # a new environment: a new index, its files read afresh
    settle(config)
    assert not without_retention(precommit(repository))
    stat_prefetch.start(repository)
    assert not without_retention(precommit(repository))
    assert prefetching[0] == 0 and stat_prefetch._child is None


@pytest.mark.parametrize("how", ["environment", "flag"])
def test_without_the_cache_every_scan_does_the_full_work(repository: Path, monkeypatch: pytest.MonkeyPatch,
                                                         how: str) -> None:
    if how == "flag":  # what --no-cache does
        from checker import cache

        monkeypatch.delenv("PRIVGATE_NO_CACHE", raising=False)
        monkeypatch.setattr(cache, "_disabled", True)
    counter = Counter(monkeypatch)
    first = precommit(repository)
    second = precommit(repository)
    assert first == second and not without_retention(first)
    assert counter.replays == 2
    assert counter.read.count("jobs/retention/purge_server_logs.sql") == 2


def test_the_ddl_walk_enters_only_the_folders_its_globs_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for relative in ("schema/001.sql", "schema/old/002.sql", "warehouse/bq/schema/003.sql", "models/a.sql",
                     "node_modules/x/schema/004.sql", "single.sql"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("CREATE TABLE t (a int);\n")
    walked: list[str] = []
    walk = os.walk

    def recording(top, *args, **kwargs):
        walked.append(Path(top).relative_to(tmp_path).as_posix())
        return walk(top, *args, **kwargs)

    monkeypatch.setattr(project_module.os, "walk", recording)
    found = project_module.files_matching(tmp_path, ["schema/**/*.sql", "warehouse/*/schema/*.sql", "/single.sql"])
    assert [relative for _, relative in found] == ["schema/001.sql", "schema/old/002.sql", "single.sql",
                                                   "warehouse/bq/schema/003.sql"]
    assert sorted(walked) == ["schema", "warehouse"]
    walked.clear()
    assert [relative for _, relative in project_module.files_matching(tmp_path, ["single.sql"])] == ["single.sql"]
    assert walked == ["."]  # no slash: gitignore matches it at any depth, so the root is walked
    walked.clear()
    found = project_module.files_matching(tmp_path, ["**/schema/*.sql"])
    assert walked == ["."]  # a glob starting with a wildcard can match anywhere
    assert [relative for _, relative in found] == ["schema/001.sql", "warehouse/bq/schema/003.sql"]


def test_a_table_named_without_its_schema_is_found_through_an_index_that_follows_new_tables() -> None:
    catalog = Catalog(search_path=("public",))
    catalog.add_table("crm.accounts")
    assert catalog.table("accounts") is catalog.tables["crm.accounts"]
    assert catalog.table("leads") is None
    catalog.add_table("crm.leads")
    assert catalog.table("leads") is catalog.tables["crm.leads"]  # a miss before does not stick
    catalog.add_table("billing.accounts")
    assert catalog.table("accounts") is None  # two schemas have one: ambiguous
    rebuilt = Catalog(tables=dict(catalog.tables), search_path=("public",))  # built without add_table
    assert rebuilt.table("leads") is catalog.tables["crm.leads"] and rebuilt.table("accounts") is None


DBT_PROJECT = "name: shop\nmodel-paths: [models]\n"
DBT_SOURCES = CRM_SOURCES
DBT_MARTS = """\
version: 2
models:
  - name: support_view
    meta: {purpose: customer_service}
  - name: mailing
    meta: {purpose: marketing}
"""


@pytest.fixture()
def dbt_repository(tmp_path: Path) -> Path:
    root = tmp_path / "shop"
    for relative, text in {"privgate.yaml": "packs: [mgt-solutions]\n", "dbt_project.yml": DBT_PROJECT,
                           "models/sources.yml": DBT_SOURCES, "models/marts/schema.yml": DBT_MARTS,
                           "models/marts/support_view.sql": "select email from {{ source('crm', 'accounts') }}\n",
                           "models/marts/mailing.sql": "select email from {{ source('crm', 'accounts') }}\n",
                           "models/other/mailing.sql": "select id from {{ source('crm', 'accounts') }}\n"}.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
    return root


def test_each_schema_entry_reaches_every_model_of_its_name(dbt_repository: Path) -> None:
    from checker.readers.dbt import load_dbt_project

    dbt = load_dbt_project(dbt_repository, None)
    assert dbt is not None
    purposes = {relative: model.purpose for relative, model in dbt.models.items()}
    assert purposes == {"models/marts/support_view.sql": "customer_service", "models/marts/mailing.sql": "marketing",
                        "models/other/mailing.sql": "marketing"}  # dbt matches schema entries by name


def test_a_warm_load_parses_no_dbt_yaml_until_a_file_changes(cache_home: Path, dbt_repository: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from checker import yamlio
    from checker.readers import dbt

    parsed: list[str] = []
    load = yamlio.load_yaml

    def counting(text, *args, **kwargs):
        parsed.append(text.split("\n", 1)[0])
        return load(text, *args, **kwargs)

    monkeypatch.setattr(yamlio, "load_yaml", counting)  # dbt YAML goes through the bounded, cached loader
    cold = dbt.load_dbt_project(dbt_repository, None)
    assert len(parsed) == 3  # dbt_project.yml and two schema files
    parsed.clear()
    assert dbt.load_dbt_project(dbt_repository, None) == cold
    assert parsed == []
    schema = dbt_repository / "models" / "marts" / "schema.yml"
    schema.write_text(DBT_MARTS.replace("purpose: marketing", "purpose: analytics"))
    warm = dbt.load_dbt_project(dbt_repository, None)
    assert parsed == ["version: 2"]
    assert warm is not None and warm.models["models/marts/mailing.sql"].purpose == "analytics"


def test_a_model_template_is_compiled_once_per_process(dbt_repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.readers.dbt import load_dbt_project, render
    from checker.readers.dbt_render import library

    dbt = load_dbt_project(dbt_repository, None)
    assert dbt is not None
    environment = library(dbt.macro_sources).environment
    compiled: list[str | None] = []
    compile_ = environment.compile

    def counting(source, name=None, filename=None, *args, **kwargs):
        compiled.append(filename)
        return compile_(source, name, filename, *args, **kwargs)

    monkeypatch.setattr(environment, "compile", counting)
    model = dbt.models["models/marts/mailing.sql"]
    text = (dbt_repository / model.relative).read_text()
    first = render(dbt, model, text)
    assert render(dbt, model, text) == first == "select email from public.accounts\n"
    assert compiled.count(model.relative) <= 1  # none when an earlier test of this process compiled it
    before = compiled.count(model.relative)
    edited = text.replace("select email", "select email, id")
    assert render(dbt, model, edited) == "select email, id from public.accounts\n"
    assert render(dbt, model, edited) == "select email, id from public.accounts\n"
    assert compiled.count(model.relative) == before + 1  # new text: compiled anew, once



def test_a_child_nobody_asked_is_stopped_and_reaped(repository: Path, prefetching: list[int]) -> None:
    from checker import stat_prefetch

    precommit(repository)
    stat_prefetch.start(repository)
    child = stat_prefetch._child
    assert child is not None
    stat_prefetch.discard()  # what the exit handler does when the scan judged no table
    assert stat_prefetch._child is None
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)  # reaped: no zombie left behind


def test_a_purge_job_saved_as_utf16_still_purges(cache_home: Path, repository: Path) -> None:
    """SQL Server Management Studio saves scripts as UTF-16 with a byte-order mark: the purge job's
    DELETE is found in such a file as in a UTF-8 one."""
    purge = repository / "jobs" / "retention" / "purge_server_logs.sql"
    purge.write_bytes(purge.read_text().encode("utf-16"))
    settle(repository)
    assert not without_retention(precommit(repository))
