"""Dataset checks: the same rows give the same findings as CSV, Parquet, JSON lines, SQLite and
DuckDB tables; broken datasets are input errors; examples are masked; GE adaptations still hold;
checker/datasets counts without knowing a rule, and the rules judge counts without reading a row."""

from __future__ import annotations

import ast
import json
import re
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import yaml

from checker.engine import ScanResult, collect_datasets, load_project, scan
from checker.config import load_config
from helpers import DEFAULT_AS_OF, base_project, scan_dataset_snippet, scan_project

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"
AUDIENCE = DEMO / "data" / "marketing" / "newsletter_audience_2026-11.csv"
AUDIENCE_ENTRY = {"role": "marketing_audience",
                  "columns": {"email": "account.email", "full_name": "account.name",
                              "marketing_email": "consent.marketing_email", "withdrawn_at": "consent.withdrawal",
                              "signed_up_at": None},
                  "timestamp": "signed_up_at"}


def _counts(result: ScanResult) -> list[tuple[str, str]]:
    """(rule, "failing of rows") per finding: the part every input format must agree on."""
    return sorted((f.rule_id, re.search(r"(\d+) of (\d+) rows", f.message).group(0)) for f in result.findings)


def _project(folder: Path, datasets: list[dict]) -> ScanResult:
    return scan_project(folder, {**base_project(), "datasets": datasets})


def test_csv_parquet_and_json_lines_agree(tmp_path: Path) -> None:
    table = pacsv.read_csv(AUDIENCE, convert_options=pacsv.ConvertOptions(strings_can_be_null=True))
    pq.write_table(table, tmp_path / "audience.parquet")
    with (tmp_path / "audience.jsonl").open("w") as stream:
        for row in table.to_pylist():
            stream.write(json.dumps({key: (str(value) if value is not None else None) for key, value in row.items()}) + "\n")
    (tmp_path / "audience.csv").write_bytes(AUDIENCE.read_bytes())
    results = {fmt: _project(tmp_path, [{"path": f"audience.{fmt}", **AUDIENCE_ENTRY}]) for fmt in ("csv", "parquet", "jsonl")}
    expected = [("CON004", "3 of 8 rows"), ("CON005", "2 of 8 rows")]
    assert {fmt: _counts(result) for fmt, result in results.items()} == {fmt: expected for fmt in results}


def _load_rows(connection, table: str) -> None:
    rows = pacsv.read_csv(AUDIENCE, convert_options=pacsv.ConvertOptions(strings_can_be_null=True)).to_pylist()
    connection.execute(f"CREATE TABLE {table} (email TEXT, full_name TEXT, marketing_email TEXT, withdrawn_at TEXT, signed_up_at TEXT)")
    connection.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)",
                           [tuple(None if v is None else str(v) for v in row.values()) for row in rows])


def test_sqlite_and_duckdb_tables_agree_with_the_file(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    with sqlite3.connect(tmp_path / "crm.sqlite") as connection:
        _load_rows(connection, "audience")
    connection.close()
    duck = duckdb.connect(str(tmp_path / "crm.duckdb"))
    _load_rows(duck, "audience")
    duck.close()
    entries = [{"table": "audience", "database": name, **AUDIENCE_ENTRY} for name in ("crm.sqlite", "crm.duckdb")]
    result = _project(tmp_path, entries)
    lines = {f.line for f in result.findings}
    assert len(lines) == 2  # one config entry each
    for line in lines:
        at_line = ScanResult(findings=[f for f in result.findings if f.line == line])
        assert _counts(at_line) == [("CON004", "3 of 8 rows"), ("CON005", "2 of 8 rows")]


def test_duckdb_adaptation_still_needed_and_possible() -> None:
    """Fails when GE changes the persisted-connection list the DuckDB adaptation extends."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine

    from checker.datasets.gx_compat import keep_connections

    assert isinstance(engine._PERSISTED_CONNECTION_DIALECTS, tuple)
    keep_connections()
    assert "duckdb" in engine._PERSISTED_CONNECTION_DIALECTS


def test_a_broken_dataset_is_an_input_error_and_the_others_are_still_checked(tmp_path: Path) -> None:
    (tmp_path / "a_broken.csv").write_text("email,marketing_email\nana@example.bg,true,extra\n")
    (tmp_path / "b_audience.csv").write_bytes(AUDIENCE.read_bytes())
    result = _project(tmp_path, [{"path": "*.csv", **{**AUDIENCE_ENTRY, "timestamp": None}} | {"timestamp": "signed_up_at"}])
    by_path = {(f.path, f.rule_id) for f in result.findings}
    assert ("a_broken.csv", "INP004") in by_path
    assert ("b_audience.csv", "CON004") in by_path


def test_a_column_named_in_the_config_but_missing_names_the_config_line(tmp_path: Path) -> None:
    (tmp_path / "audience.csv").write_bytes(AUDIENCE.read_bytes())
    result = _project(tmp_path, [{"path": "audience.csv", **AUDIENCE_ENTRY, "country": "destination"}])
    [problem] = [f for f in result.findings if f.rule_id == "INP004"]
    assert "no column destination" in problem.message and "privgate.yaml:" in problem.message


def test_cli_exits_2_on_an_unreadable_dataset(tmp_path: Path) -> None:
    settings = base_project() | {"datasets": [{"path": "x.csv", "role": "dataset"}]}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings))
    (tmp_path / "x.csv").write_bytes(b"a,b\n1,2,3\n")
    run = subprocess.run([sys.executable, "-m", "checker", "scan", "."], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 2, run.stdout + run.stderr
    assert "x.csv" in run.stdout and "1:1  error  INP004" in run.stdout and "Traceback" not in run.stderr


def test_a_table_without_a_database_is_a_configuration_error(tmp_path: Path) -> None:
    settings = base_project() | {"datasets": [{"table": "audience", "role": "marketing_audience"}]}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings))
    run = subprocess.run([sys.executable, "-m", "checker", "scan", "."], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 2
    assert "privgate.yaml:" in run.stderr and "needs a database" in run.stderr


def test_a_dataset_with_no_consent_column_fails_as_a_whole(tmp_path: Path) -> None:
    result = scan_dataset_snippet(tmp_path, "email\nana@example.bg\nivo@example.bg\n",
                                  {"role": "marketing_audience", "columns": {"email": "account.email"}})
    assert _counts(result) == [("CON004", "2 of 2 rows")]


def test_withdrawal_after_the_send_date_is_allowed(tmp_path: Path) -> None:
    text = ("email,marketing_email,withdrawn_at,sent_at\n"
            "ana@example.bg,true,2026-11-10,2026-11-01\n"  # withdrew after the mail went out
            "ivo@example.bg,true,2026-10-01,2026-11-01\n")  # withdrew before it
    entry = {"role": "marketing_audience", "sent_at": "sent_at",
             "columns": {"email": "account.email", "marketing_email": "consent.marketing_email",
                         "withdrawn_at": "consent.withdrawal", "sent_at": None}}
    assert _counts(scan_dataset_snippet(tmp_path, text, entry)) == [("CON005", "1 of 2 rows")]


def test_only_the_sql_path_runs_without_datasets(tmp_path: Path) -> None:
    """Scanning one SQL file of a project with datasets checks no dataset (pre-commit stays fast)."""
    (tmp_path / "audience.csv").write_bytes(AUDIENCE.read_bytes())
    (tmp_path / "q.sql").write_text("SELECT 1;\n")
    settings = base_project() | {"datasets": [{"path": "audience.csv", **AUDIENCE_ENTRY}]}
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump(settings))
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    assert collect_datasets(project, [tmp_path / "q.sql"]) == []
    assert [d.label for d in collect_datasets(project, [tmp_path / "audience.csv"])] == ["audience.csv"]


def _personal_values_in_demo_data() -> set[str]:
    """Every cell of the demo's dataset files that a detector recognises, plus the health answers."""
    from checker.datasets.detectors import identify

    values = {"migraine", "back pain"}
    for path in (DEMO / "data").rglob("*"):
        if path.suffix in {".csv", ".jsonl"}:
            for cell in re.split(r'[,\n"{}:]+|": "', path.read_text("utf-8")):
                if identify(cell.strip()):
                    values.add(cell.strip())
    return values


@pytest.mark.parametrize("output_format", ["text", "json", "html", "sarif", "junit", "github", "gitlab"])
def test_no_full_personal_value_in_any_output_format(output_format: str) -> None:
    run = subprocess.run([sys.executable, "-m", "checker", "scan", str(DEMO), "--as-of", "2026-11-24",
                          "--format", output_format], capture_output=True, text=True, cwd=REPO,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 1, run.stderr[-2000:]
    values = _personal_values_in_demo_data()
    assert len(values) >= 15
    leaked = sorted(value for value in values if value in run.stdout or value in run.stderr)
    assert leaked == []
    if output_format in {"json", "html", "sarif"}:  # the formats that carry evidence show the masked examples
        assert "***@example.bg" in run.stdout


def test_a_pre_commit_run_in_a_project_with_datasets_imports_no_heavy_library() -> None:
    """The demo has datasets, a dbt project and DDL; a few SQL files still never load GE, pandas or pyarrow."""
    probe = (
        "import sys\nfrom click.testing import CliRunner\nfrom checker.cli import main\n"
        f"result = CliRunner().invoke(main, ['scan', {str(DEMO / 'models/marketing/promo_audience.sql')!r}, "
        f"{str(DEMO / 'schema/004_wellbeing_and_leads.sql')!r}])\n"
        "assert result.exit_code == 1, result.output\n"
        "print(','.join(m for m in ('great_expectations', 'pandas', 'numpy', 'pyarrow', 'sqlalchemy') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=DEMO,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == ""


STREAM_MEASURE = """
import resource, sys
from datetime import date
from datetime import datetime, timezone
from pathlib import Path
from checker.config import load_config
from checker.engine import collect_datasets, load_project, scan
folder = Path(sys.argv[1])
project = load_project(load_config(folder / "privgate.yaml"))
result = scan(project, [], date(2026, 11, 24), datasets=collect_datasets(project, [folder]))
for finding in result.findings:
    print(finding.rule_id, finding.message.split(" (")[0], "|", finding.evidence[-1])
print("peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _audience_csv(folder: Path, rows: int) -> tuple[list[str], int]:
    """A marketing audience of `rows` rows (every 10th without consent), scanned in a fresh process."""
    folder.mkdir()
    with (folder / "audience.csv").open("w") as out:
        out.write("email,marketing_email,signed_up_at\n")
        for index in range(rows):
            out.write(f"user{index}@example.bg,{'false' if index % 10 == 0 else 'true'},2026-0{1 + index % 9}-15T10:00:00\n")
    entry = {"path": "audience.csv", "role": "marketing_audience", "timestamp": "signed_up_at",
             "columns": {"email": "account.email", "marketing_email": "consent.marketing_email", "signed_up_at": None}}
    (folder / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"], "datasets": [entry]}))
    run = subprocess.run([sys.executable, "-c", STREAM_MEASURE, str(folder)], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "PRIVGATE_NO_CACHE": "1"})
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    return lines[:-1], int(lines[-1].split()[1])


def test_a_csv_ten_times_longer_costs_no_more_memory(tmp_path: Path) -> None:
    """Streaming: 600,000 and 3,000,000 rows peak at the same memory (8 MB pyarrow blocks used to
    add about 90 MB per million rows), the counts are exact, and the report says it streamed."""
    small, small_mb = _audience_csv(tmp_path / "small", 600_000)
    big, big_mb = _audience_csv(tmp_path / "big", 3_000_000)
    assert [line.split(" |")[0] for line in small] == ["CON004 60,000 of 600,000 rows"]
    assert [line.split(" |")[0] for line in big] == ["CON004 300,000 of 3,000,000 rows"]
    assert "streamed in batches" in big[0]
    print(f"peak RSS: {small_mb} MB for 600,000 rows, {big_mb} MB for 3,000,000 rows")
    assert big_mb - small_mb < 60


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports (at any depth: inside functions and TYPE_CHECKING blocks too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_dataset_readers_know_no_rule_and_no_engine() -> None:
    """checker/datasets only reads and counts: the rules judge, the engine orchestrates."""
    files = sorted((REPO / "checker" / "datasets").glob("*.py"))
    assert len(files) >= 10
    offending = {path.name: sorted(name for name in _imported_modules(path)
                                   if name.split(".")[:2] in (["checker", "rules"], ["checker", "engine"]))
                 for path in files}
    assert {name: modules for name, modules in offending.items() if modules} == {}


def test_the_import_walk_sees_imports_inside_functions(tmp_path: Path) -> None:
    (tmp_path / "late.py").write_text("def f():\n    from checker.rules.base import Rule\n    import checker.engine\n")
    assert {"checker.rules.base", "checker.engine"} <= _imported_modules(tmp_path / "late.py")



def _facts(folder: Path, entry: dict, header: list[str]):
    """What the dataset rules see of a file `audience.csv` with `header`, under the rule-case project."""
    from checker.dataset_judging import dataset_columns
    from checker.datasets.places import place_of
    from checker.datasets.spec import read_specs, select_datasets
    from checker.rules.dataset_rows import DatasetFacts

    settings = base_project() | {"datasets": [{"path": "audience.csv", **entry}]}
    (folder / "privgate.yaml").write_text(yaml.safe_dump(settings))
    (folder / "audience.csv").write_text(",".join(header) + "\n")
    project = load_project(load_config(folder / "privgate.yaml"))
    specs = read_specs(project.config, project.packs)
    [dataset] = select_datasets(specs, project.config, [(folder / "audience.csv", "audience.csv")], True, None)
    columns = dataset_columns(dataset, header, project.catalog, project.packs)
    return DatasetFacts(dataset, place_of(dataset, project.config), columns, project.packs, DEFAULT_AS_OF)


def test_consent_rules_plan_their_predicates_and_judge_the_counts_without_reading_a_row(tmp_path: Path) -> None:
    from checker.datasets.predicates import NOT_CONSENTED, WITHDRAWN_BY, Counted, RowCount
    from checker.rules.dataset_rows import ROWS_AFTER_WITHDRAWAL, ROWS_WITHOUT_CONSENT

    facts = _facts(tmp_path, AUDIENCE_ENTRY, ["email", "full_name", "marketing_email", "withdrawn_at", "signed_up_at"])
    [consent] = ROWS_WITHOUT_CONSENT.plan(facts)
    [withdrawal] = ROWS_AFTER_WITHDRAWAL.plan(facts)
    assert (consent.kind, consent.column) == (NOT_CONSENTED, "marketing_email")
    assert (withdrawal.kind, withdrawal.column) == (WITHDRAWN_BY, "withdrawn_at")
    assert withdrawal.cutoff is not None and withdrawal.cutoff.date() > DEFAULT_AS_OF  # the whole as-of day counts

    counted = Counted(rows=8, method="counted by a test", counts={consent.key: RowCount(3),
                                                                  withdrawal.key: RowCount(0, ("2026-03-01",))})
    [finding] = ROWS_WITHOUT_CONSENT.judge(facts, counted)
    assert finding.message == "3 of 8 rows (37.5%) are used for 'marketing' without consent (marketing_email is not true)"
    assert (finding.path, finding.line, finding.column) == ("audience.csv", 1, len("email,full_name,") + 1)
    assert finding.citation is not None and finding.evidence == ("counted by a test; 8 rows",)
    assert ROWS_AFTER_WITHDRAWAL.judge(facts, counted) == []  # no failing rows, no finding
    assert ROWS_WITHOUT_CONSENT.judge(facts, Counted(rows=8, method="")) == []  # nothing counted, nothing judged


def test_undeclared_personal_data_is_judged_from_the_detector_verdict(tmp_path: Path) -> None:
    from checker.datasets.detectors import classify_sample
    from checker.datasets.predicates import Counted
    from checker.rules.dataset_rows import IDENTIFIERS_IN_ANONYMISED, UNDECLARED_PERSONAL_DATA

    facts = _facts(tmp_path, {"role": "dataset", "columns": {"ticket_id": None, "callback": None}},
                   ["ticket_id", "callback"])
    verdict = classify_sample(["+359 888 123 456", "0887 654 321", "printer"])
    assert UNDECLARED_PERSONAL_DATA.plan(facts) == []
    [finding] = UNDECLARED_PERSONAL_DATA.judge(facts, Counted(rows=0, method="", verdicts={"callback": verdict}))
    assert finding.message == ("undeclared personal data? callback holds values that look like phone numbers but "
                               "no personal category is declared (2 of 3 sampled values, 66.7%)")
    assert finding.subject == "audience.csv:callback"
    assert IDENTIFIERS_IN_ANONYMISED.judge(facts, Counted(rows=0, method="", verdicts={"callback": verdict})) == []


def test_every_dataset_rule_declares_its_subject_and_the_clauses_it_enforces() -> None:
    from checker.policy.loader import load_pack, resolve_pack
    from checker.rules.dataset_rows import RULES

    project = load_project(load_config(DEMO / "privgate.yaml"))
    children = {"CHD004"}  # MGT's policy states no age policy; BeConnected's does
    beconnected = load_pack(resolve_pack("beconnected", None))
    for rule in RULES:
        assert rule.subject == "dataset" and rule.clauses is not None, rule.id
        packs = [beconnected] if rule.id in children else project.packs
        assert any(rule.clauses(pack) for pack in packs), f"{rule.id} enforces no clause of its packs"


def test_counting_needs_no_rule_and_hands_back_masked_examples(tmp_path: Path) -> None:
    """The reading side on its own: two asks with the same condition are counted once and both get
    the count; content examples and detector examples come back masked."""
    from checker.datasets.counting import count_rows, read_header
    from checker.datasets.predicates import OLDER_THAN, PRESENT, RowPredicate
    from checker.datasets.spec import Dataset, DatasetSpec

    (tmp_path / "stats.csv").write_text("region,contact,updated_at\n"
                                        "Sofia,ivan.petrov@example.bg,2024-01-02\n"
                                        "Varna,,2026-11-01\n"
                                        "Ruse,maria.georgieva@example.bg,2026-11-02\n")
    dataset = Dataset(DatasetSpec(index=0, role="dataset", path="stats.csv"), "stats.csv",
                      path=tmp_path / "stats.csv", relative="stats.csv")
    header = read_header(dataset)
    cutoff = datetime(2025, 1, 1, tzinfo=timezone.utc)
    counted = count_rows(dataset, header, [RowPredicate("first", PRESENT, "contact"),
                                           RowPredicate("second", PRESENT, "contact"),
                                           RowPredicate("old", OLDER_THAN, "updated_at", cutoff=cutoff)])
    assert counted.rows == 3 and "streamed" in counted.method
    assert counted.counts["first"] == counted.counts["second"]
    assert (counted.counts["first"].failing, counted.counts["first"].examples) == (2, ("iv***@example.bg", "ma***@example.bg"))
    assert (counted.counts["old"].failing, counted.counts["old"].examples) == (1, ("2024-01-02",))
    assert counted.verdicts["contact"].examples == ("iv***@example.bg", "ma***@example.bg")
    assert "region" not in counted.verdicts


NESTED_ROWS = [{"id": index, "payload": {"user": {"contact": f"customer{index}@example.bg"}, "visits": index},
                "tags": ["vip", f"reader{index}@mail.bg"]} for index in range(6)]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_e_mails_inside_nested_values_are_found_and_masked(tmp_path: Path, fmt: str) -> None:
    """JSON-lines objects and Parquet struct and list columns: the detectors look inside, name the
    field, and no report format shows a full address."""
    import pyarrow as pa

    from checker.report import FORMATS, reporter

    if fmt == "parquet":
        pq.write_table(pa.Table.from_pylist(NESTED_ROWS), tmp_path / "events.parquet")
    else:
        (tmp_path / "events.jsonl").write_text("".join(json.dumps(row) + "\n" for row in NESTED_ROWS))
    result = _project(tmp_path, [{"path": f"events.{fmt}", "role": "dataset"}])
    messages = sorted(f.message for f in result.findings if f.rule_id == "PUR004")
    assert [message.split(" but ")[0] for message in messages] == [
        "undeclared personal data? payload holds values that look like e-mail addresses at user.contact",
        "undeclared personal data? tags holds values that look like e-mail addresses in its list items"]
    for output_format in FORMATS:
        document = reporter(output_format)(result, False)
        assert "customer0@example.bg" not in document and "reader1@mail.bg" not in document, output_format


def test_a_csv_with_too_many_columns_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The column count is taken from the header line (CSV), the footer (Parquet) or the first block's
    keys (JSON lines) before pyarrow builds a column for each."""
    import pyarrow as pa

    from checker.datasets import files

    monkeypatch.setattr(files, "MAX_COLUMNS", 50)
    (tmp_path / "wide.csv").write_text(",".join(f"c{i}" for i in range(60)) + "\n" + ",".join("1" * 60) + "\n")
    (tmp_path / "wide.jsonl").write_text(json.dumps({f"c{i}": i for i in range(60)}) + "\n")
    pq.write_table(pa.table({f"c{i}": [i] for i in range(60)}), tmp_path / "wide.parquet")
    (tmp_path / "narrow.csv").write_text("id,ref\n1,ivan.petrov@example.bg\n2,maria.georgieva@example.bg\n")
    result = _project(tmp_path, [{"path": name, "role": "dataset"}
                                 for name in ("wide.csv", "wide.jsonl", "wide.parquet", "narrow.csv")])
    refused = sorted((f.path, f.message) for f in result.findings if f.rule_id == "INP004")
    assert refused == [(f"wide.{fmt}", f"wide.{fmt}: cannot read dataset: 60 columns (the limit is 50, "
                        "PRIVGATE_MAX_DATASET_COLUMNS)") for fmt in ("csv", "jsonl", "parquet")]
    assert [f.path for f in result.findings if f.rule_id == "PUR004"] == ["narrow.csv"]


def test_json_nested_deeper_than_the_bound_is_refused_at_its_line(tmp_path: Path) -> None:
    """Found without parsing every line: only a line with more brackets than the bound is scanned,
    and brackets inside strings do not count."""
    from checker.datasets import files

    deep = "[" * (files.MAX_DEPTH + 1) + "]" * (files.MAX_DEPTH + 1)
    lines = [json.dumps({"id": 1, "note": "[" * 1000}),  # brackets in a string: not nesting
             json.dumps({"id": 2, "note": "ok"}), '{"id": 3, "tags": ' + deep + "}"]
    (tmp_path / "events.jsonl").write_text("\n".join(lines) + "\n")
    result = _project(tmp_path, [{"path": "events.jsonl", "role": "dataset"}])
    [finding] = [f for f in result.findings if f.rule_id == "INP004"]
    assert finding.message == f"events.jsonl: cannot read dataset: a value nested more than {files.MAX_DEPTH} levels deep"
    (tmp_path / "events.jsonl").write_text("\n".join(lines[:2]) + "\n")
    assert [f for f in _project(tmp_path, [{"path": "events.jsonl", "role": "dataset"}]).findings
            if f.rule_id == "INP004"] == []


@pytest.mark.parametrize(
    ("path", "subject"),
    [("customers.csv", "customers"), ("exports/customers.csv.gz", "customers"),
     ("s3://lake/patients/dt=2026-11-01/*.parquet", "patients"), ("data/*.csv", "data")],
)
def test_a_file_dataset_is_about_what_its_name_says(path: str, subject: str) -> None:
    from checker.datasets.spec import Dataset, DatasetSpec, subject_of

    assert subject_of(Dataset(DatasetSpec(index=0, role="dataset", path=path), path, location=path)) == subject


def test_a_bare_name_column_is_a_persons_name_in_a_customers_file_not_in_a_products_file(tmp_path: Path) -> None:
    """The file's name is the table context of its columns' names, as a table's name is for DDL."""
    from checker.dataset_judging import dataset_columns
    from checker.datasets.spec import read_specs, select_datasets

    categories = {}
    for stem in ("customers", "products"):
        folder = tmp_path / stem
        folder.mkdir()
        (folder / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"],
                                                              "datasets": [{"path": f"{stem}.csv"}]}))
        (folder / f"{stem}.csv").write_text("id,name\n1,Ana Petrova\n")
        project = load_project(load_config(folder / "privgate.yaml"))
        [dataset] = select_datasets(read_specs(project.config, project.packs), project.config,
                                    [(folder / f"{stem}.csv", f"{stem}.csv")], True, None)
        categories[stem] = dataset_columns(dataset, ["id", "name"], project.catalog, project.packs).categories
    assert categories["customers"].get("name") == "user.name"
    assert categories["products"].get("name") is None
