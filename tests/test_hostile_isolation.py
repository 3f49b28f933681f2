"""One bad input never stops the scan (issue 20, item 6): work that can run long inside compiled code
or crash in native code runs in a worker process the scan can stop (checker/isolation.py); a file or
dataset stopped at its deadline, or whose worker died, is an input finding for it, and every other
input is still judged and reported."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from checker import engine
from checker.isolation import Failure, run_isolated
from checker.readers import sql as sql_reader
from helpers import cli_scan, project_settings, write_project

VIOLATION = "-- privgate: purpose=analytics\nSELECT t.id, t.notes\nFROM tickets t;\n"  # PUR001 on line 2
CLEAN = "-- privgate: purpose=analytics\nSELECT t.id\nFROM tickets t;\n"
# 20,000 terms: sqlglot's compiled qualify runs for minutes without returning to Python (no alarm fires)
ENDLESS = "-- privgate: purpose=analytics\nSELECT " + "+".join(["t.id"] * 20_000) + " AS total\nFROM tickets t;\n"
DEEP_JSON = b'{"id": 1, "tags": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}\n"  # SIGSEGV in pyarrow's reader
AUDIENCE = "ref,signed_up_at\nivan.petrov@example.bg,2026-01-05\nmaria.georgieva@example.bg,2026-02-11\n"


def _at(report: dict[str, Any], path: str) -> list[tuple[str, int, str]]:
    return sorted((f["rule_id"], f["line"], f["message"]) for f in report["findings"] if f["path"].endswith(path))


def _datasets(*names: str) -> dict[str, Any]:
    return {"datasets": [{"path": name, "role": "dataset"} for name in names]}


def test_a_project_of_hostile_inputs_reports_each_and_still_the_other_violations(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The acceptance scan: a FIFO, a `/dev/zero` symlink, a manifest with a list where a mapping
    belongs and a dataset that crashes pyarrow, beside a file with a real violation. The depth check
    is switched off, so the dataset really reaches pyarrow and kills its worker."""
    from checker.datasets import files

    monkeypatch.setattr(files, "_check_nesting", lambda *args: None)
    write_project(tmp_path, project_settings(_datasets("data/events.jsonl", "data/audience.csv")), {
        "dbt_project.yml": "name: shop\nmodel-paths: [models]\n",
        "models/analytics/ticket_notes.sql": VIOLATION,
        "target/manifest.json": json.dumps({"metadata": {}, "nodes": ["model.shop.ticket_notes"]}),
        "queries/notes.sql": VIOLATION,
        "queries/clean.sql": CLEAN,
        "data/events.jsonl": DEEP_JSON,
        "data/audience.csv": AUDIENCE,
    })
    os.mkfifo(tmp_path / "queries" / "pipe.sql")
    (tmp_path / "queries" / "zero.sql").symlink_to("/dev/zero")

    started = time.monotonic()
    code, report = cli_scan(tmp_path)

    assert time.monotonic() - started < 120
    assert code == 2  # input problems
    assert [rule for rule, _, _ in _at(report, "queries/notes.sql")] == ["PUR001"]
    assert [rule for rule, _, _ in _at(report, "models/analytics/ticket_notes.sql")] == ["PUR001"]
    assert _at(report, "queries/clean.sql") == []
    [(rule, _, message)] = _at(report, "queries/pipe.sql")
    assert rule == "INP002" and "FIFO" in message
    [(rule, _, message)] = _at(report, "queries/zero.sql")
    assert rule == "INP002" and "character device" in message
    [(rule, _, message)] = _at(report, "target/manifest.json")
    assert rule == "INP001" and "nodes" in message
    [(rule, _, message)] = _at(report, "data/events.jsonl")
    assert rule == "INP004" and "died on this dataset (killed by SIGSEGV)" in message
    [(rule, _, message)] = _at(report, "data/audience.csv")
    assert rule == "PUR004" and "ref holds values that look like e-mail addresses" in message


def test_a_nested_json_value_is_refused_before_pyarrow_sees_it(tmp_path: Path) -> None:
    write_project(tmp_path, project_settings(_datasets("events.jsonl")), {"events.jsonl": DEEP_JSON})
    code, report = cli_scan(tmp_path)
    assert code == 2
    [(rule, _, message)] = _at(report, "events.jsonl")
    assert rule == "INP004" and "a value nested more than 256 levels deep" in message


def test_a_statement_that_holds_compiled_code_past_the_deadline_is_stopped(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """PRIVGATE_FILE_TIMEOUT holds where the alarm cannot fire: the file's worker is killed at the
    deadline, the file is an INP001 finding, and the other files of the scan are judged. (The alarm
    is switched off, as it is while compiled code runs, so that only the kill can end the file.)"""
    monkeypatch.setattr(sql_reader, "FILE_SECONDS", 2.0)
    monkeypatch.setattr(sql_reader, "deadline", lambda seconds: contextlib.nullcontext())
    write_project(tmp_path, project_settings(), {"queries/endless.sql": ENDLESS, "queries/notes.sql": VIOLATION})
    started = time.monotonic()
    code, report = cli_scan(tmp_path)
    assert time.monotonic() - started < 30  # not the minutes the statement takes
    assert code == 2
    [(rule, line, message)] = _at(report, "queries/endless.sql")
    assert (rule, line) == ("INP001", 1) and message.startswith("gave up after 2 s inside one statement")
    assert [rule for rule, _, _ in _at(report, "queries/notes.sql")] == ["PUR001"]


def test_a_worker_that_dies_in_a_big_scan_costs_only_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed by a signal (a native crash, the OOM killer) breaks no pool: the file in work is
    an input finding, the files queued behind it go to a fresh worker."""
    files = {f"queries/q{index:03d}.sql": VIOLATION for index in range(engine.PARALLEL_THRESHOLD + 6)}
    write_project(tmp_path, project_settings(), files)
    real = engine._read_and_judge

    def crashing(project: Any, as_of: Any, item: tuple[Path, str]) -> Any:
        if item[1].endswith(("q010.sql", "q011.sql")):
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(project, as_of, item)

    monkeypatch.setattr(engine, "_read_and_judge", crashing)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    code, report = cli_scan(tmp_path)
    assert code == 2
    for name in files:
        [(rule, _, message)] = _at(report, name)
        if name.endswith(("q010.sql", "q011.sql")):
            assert rule == "INP002" and "died on this file (killed by SIGSEGV)" in message
        else:
            assert rule == "PUR001"


def test_a_one_file_scan_of_a_small_file_starts_no_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pre-commit path: a small file is read here, bounded by the alarm; only bigger files (and
    dbt models, whose rendered SQL may be of any size) pay for a worker."""
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a worker process was started")

    write_project(tmp_path, project_settings(), {"queries/notes.sql": VIOLATION})
    monkeypatch.setattr(engine, "run_isolated", refused)
    code, report = cli_scan(tmp_path, ["queries/notes.sql"])
    assert code == 1 and [rule for rule, _, _ in _at(report, "queries/notes.sql")] == ["PUR001"]
    big = VIOLATION + "-- " + "x" * engine.IN_PROCESS_BYTES + "\n"
    (tmp_path / "queries" / "notes.sql").write_text(big)
    with pytest.raises(AssertionError, match="a worker process was started"):
        cli_scan(tmp_path, ["queries/notes.sql"])


def _answer(item: str) -> str:
    if item == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if item == "hang":
        time.sleep(60)
    if item == "exit":
        os._exit(3)
    if item == "raise":
        raise KeyError(item)
    if item == "greedy":
        return len(bytearray(512 * 1024 * 1024))
    return item.upper()


def test_run_isolated_gives_every_item_an_outcome() -> None:
    items = ["a", "crash", "b", "hang", "exit", "raise", "c", "d"]
    started = time.monotonic()
    outcomes = dict(run_isolated(_answer, items, jobs=2, seconds=1.0, batch=3))
    assert time.monotonic() - started < 20
    assert {items[index]: outcome for index, outcome in outcomes.items()} == {
        "a": "A", "b": "B", "c": "C", "d": "D",
        "crash": Failure("crash", "killed by SIGSEGV"),
        "hang": Failure("timeout", "ran past 1 s"),
        "exit": Failure("crash", "exited with code 3"),
        "raise": Failure("crash", "failed (KeyError)"),
    }


def test_an_item_past_the_memory_bound_costs_only_that_item() -> None:
    """With a memory bound, an item that needs more is a "memory" outcome and the same worker goes on."""
    items = ["a", "greedy", "b", "c"]
    outcomes = dict(run_isolated(_answer, items, jobs=1, seconds=None, memory_mb=128))
    assert {items[index]: outcome for index, outcome in outcomes.items()} == {
        "a": "A", "b": "B", "c": "C", "greedy": Failure("memory", "needed more than 128 MB")}


def test_a_file_past_the_memory_bound_is_its_own_input_finding(tmp_path: Path) -> None:
    """PRIVGATE_FILE_MEMORY_MB bounds a file read in a worker: the file is one INP002 line, the other
    files of the scan are judged (a bound of 1 MB fails any worker's parse)."""
    wide = "-- privgate: purpose=analytics\nSELECT " + ", ".join(f"t.c{index}" for index in range(1500)) + "\nFROM t;\n"
    write_project(tmp_path, project_settings(), {"queries/wide.sql": wide, "queries/notes.sql": VIOLATION})
    result = subprocess.run([sys.executable, "-m", "checker", "scan", ".", "--format", "json", "--no-cache"],
                            cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PRIVGATE_FILE_MEMORY_MB": "1"})
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    [(rule, line, message)] = _at(report, "queries/wide.sql")
    assert (rule, line) == ("INP002", 1) and message.startswith("privgate ran out of memory on this file")
    assert [rule for rule, _, _ in _at(report, "queries/notes.sql")] == ["PUR001"]


def _broken_start() -> None:
    os._exit(1)


def test_run_isolated_stops_when_workers_cannot_start() -> None:
    outcomes = list(run_isolated(_answer, ["a", "b"], jobs=1, seconds=None, initializer=_broken_start))
    assert sorted(index for index, _ in outcomes) == [0, 1]
    assert all(isinstance(outcome, Failure) and "could not start" in outcome.detail for _, outcome in outcomes)


def test_a_caller_that_stops_early_leaves_no_worker_running() -> None:
    import multiprocessing

    before = set(multiprocessing.active_children())  # idle workers of earlier tests may still be exiting
    outcomes = run_isolated(_answer, ["a", "hang"], jobs=2, seconds=None)
    assert next(outcomes) == (0, "A")
    started = set(multiprocessing.active_children()) - before
    assert started
    outcomes.close()
    deadline = time.monotonic() + 5  # the busy one is killed at once; the idle one exits when told to
    while any(child.is_alive() for child in started) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [child for child in started if child.is_alive()] == []


def test_purge_jobs_of_a_partial_scan_are_read_in_workers_when_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-file scan staging a DDL file looks for the purges of its tables in the files not staged:
    a big job file is read in a worker too (its DELETE still counts), and one that never finishes
    costs the scan nothing but that knowledge."""
    from checker.config import load_config
    from helpers import DEFAULT_AS_OF

    ddl = ("CREATE TABLE server_logs (id bigint, ip_address inet, logged_at timestamptz);\n"
           "COMMENT ON COLUMN server_logs.ip_address IS 'privgate: activity.ip_address';\n")
    purge = "DELETE FROM server_logs WHERE logged_at < now() - interval '30 days';\n"
    padding = "".join(f"-- retention job, step {index}\n" for index in range(300))
    write_project(tmp_path, project_settings({"catalog": {"ddl": ["schema/*.sql"]}}),
                  {"schema/logs.sql": ddl, "jobs/purge.sql": padding + purge})
    assert (tmp_path / "jobs" / "purge.sql").stat().st_size > engine.IN_PROCESS_BYTES
    started: list[int] = []
    real = engine.run_isolated

    def counted(work: Any, items: Any, **options: Any) -> Any:
        started.append(len(items))
        return real(work, items, **options)

    monkeypatch.setattr(engine, "run_isolated", counted)

    def retention_findings() -> list[str]:
        project = engine.load_project(load_config(tmp_path / "privgate.yaml"))
        result = engine.scan(project, engine.collect_files(project, [tmp_path / "schema" / "logs.sql"]), DEFAULT_AS_OF)
        return [f.rule_id for f in result.findings if f.rule_id.startswith("RET")]

    assert retention_findings() == [] and started == [1]
    monkeypatch.setattr(sql_reader, "FILE_SECONDS", 1.0)
    monkeypatch.setattr(sql_reader, "deadline", lambda seconds: contextlib.nullcontext())
    (tmp_path / "jobs" / "purge.sql").write_text(padding + purge + ENDLESS)
    begun = time.monotonic()
    assert "RET005" in retention_findings()  # the purge is not known: the table has no purge job
    assert time.monotonic() - begun < 30
