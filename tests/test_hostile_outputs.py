"""Hostile names and values against privgate's outputs: every report is safe for its reader (a
terminal, a GitHub runner, an XML parser), values are masked wherever they show, git never takes a
ref for an option, directive and pack parsing stay linear, and a long line read in blocks keeps its
columns (line ends and separators are inputs of the corpus, tests/hostile/location.yaml)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.datasets.masking import looks_like_value, mask, masked_names
from checker.policy.loader import load_pack
from checker.readers.directives import purpose_of, suppression_of
from checker.report.text import render as render_text
from helpers import DEFAULT_AS_OF, project_settings, scan_snippet, write_project

MARKETING = "-- privgate: purpose=marketing\nSELECT a.email FROM accounts a;\n"  # CON001 on line 2
OSC_TITLE = "\x1b]0;owned\x07"  # sets the terminal's title
CSI_RED = "\x1b[31m"
HOSTILE_NAMES = {
    "osc_csi": f"{OSC_TITLE}{CSI_RED}red.sql",
    "stop_commands": "a\n::stop-commands::x.sql",  # the file name of the issue, literally
    "forged_error": "b\r\n::error file=forged.sql::not a finding.sql",
    "command_at_margin": "::warning file=x.sql::fake.sql",
    "bidi_override": "invoice\u202eloc.sql",
    "bell_and_nul_like": "c\x07d\x7fe\x9bf.sql",
    "markup": "<img src=x onerror=alert(1)>.sql",
}
FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html")


def scan(folder: Path, *args: str) -> tuple[int, str, str]:
    """`privgate scan` in-process from `folder`: exit code, stdout, stderr."""
    with contextlib.chdir(folder):
        run = CliRunner().invoke(main, ["scan", ".", "--no-cache", "--as-of", DEFAULT_AS_OF.isoformat(), *args])
    if run.exception is not None and not isinstance(run.exception, SystemExit):
        raise run.exception
    return run.exit_code, run.stdout, run.stderr


def hostile_project(folder: Path, names: dict[str, str]) -> Path:
    write_project(folder, project_settings())
    for name in names.values():
        (folder / name).write_text(MARKETING, "utf-8")
    (folder / "plain.sql").write_text(MARKETING, "utf-8")
    return folder


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each format of one scan over files with hostile names, on stdout and as an --output file."""
    folder = hostile_project(tmp_path_factory.mktemp("hostile_names"), HOSTILE_NAMES)
    documents: dict[str, str] = {}
    for output_format in FORMATS:
        code, stdout, stderr = scan(folder, "--format", output_format,
                                    "--output", f"{output_format}=reports/out.{output_format}")
        assert code == 1, stderr
        written = (folder / "reports" / f"out.{output_format}").read_text("utf-8")
        assert written == stdout or output_format in {"junit", "html", "sarif"}  # these carry the render time
        documents[output_format] = stdout
    return documents


@pytest.mark.parametrize("output_format", ["text", "github", "markdown", "junit"])
def test_terminal_escapes_in_file_names_are_shown_escaped(reports: dict[str, str], output_format: str) -> None:
    document = reports[output_format]
    assert "\x1b" not in document and "\x07" not in document and "\x9b" not in document
    assert "\u202e" not in document
    assert "\\x1b]0;owned\\x07\\x1b[31mred.sql" in document
    assert "invoice\\u202eloc.sql" in document


def test_terminal_escapes_are_escaped_on_a_terminal_too(tmp_path: Path) -> None:
    result = scan_snippet(tmp_path, MARKETING, path=f"{OSC_TITLE}x.sql")
    output = render_text(result, colour=True)  # what the CLI prints when stdout is a terminal
    assert "\x1b[1m" in output  # the report's own colours
    assert "\x1b]" not in output and "\x07" not in output and "\\x1b]0;owned\\x07x.sql" in output


@pytest.mark.parametrize("output_format", ["text", "github", "junit", "markdown"])
def test_no_file_name_starts_a_workflow_command_line(reports: dict[str, str], output_format: str) -> None:
    lines = reports[output_format].splitlines()
    commands = [line for line in lines if line.startswith("::")]
    if output_format == "github":  # one command per finding and the coverage notice, each privgate's own
        assert len(commands) == len(lines) == len(HOSTILE_NAMES) + 2
        assert all(line.split(" ", 1)[0] in {"::error", "::notice"} for line in commands)
        assert not any("::stop-commands::" in line.split("::", 2)[1] for line in commands)
    else:
        assert commands == []
    assert not any(line.lstrip().startswith("::stop-commands") for line in lines)


def test_a_file_named_like_a_command_is_shown_as_a_relative_path(reports: dict[str, str]) -> None:
    assert "./::warning file=x.sql::fake.sql" in reports["text"].splitlines()


def test_junit_is_well_formed_and_holds_only_xml_characters(reports: dict[str, str]) -> None:
    document = reports["junit"]
    root = ElementTree.fromstring(document.encode("utf-8"))
    classnames = {case.get("classname") for case in root.iter("testcase")}
    assert "a\\n::stop-commands::x.sql" in classnames
    allowed = {"\t", "\n", "\r"}
    assert not [char for char in document if (ord(char) < 0x20 and char not in allowed) or char in "\ufffe\uffff"]


def test_markup_in_a_file_name_stays_text(reports: dict[str, str]) -> None:
    assert "<img" not in reports["html"] and "&lt;img src=x onerror=alert(1)&gt;.sql" in reports["html"]
    markdown = [line for line in reports["markdown"].splitlines() if "<img" in line]
    assert markdown and all(" `<img src=x onerror=alert(1)>.sql:2:1` " in line for line in markdown)  # a code span


def test_an_error_naming_a_hostile_path_is_one_line_on_stderr(tmp_path: Path) -> None:
    with contextlib.chdir(tmp_path):
        run = CliRunner().invoke(main, ["scan", "missing\n::error title=forged::boom\x1b]0;x\x07.sql"])
    assert run.exit_code == 2
    assert run.stderr == "privgate: error: path does not exist: missing\\n::error title=forged::boom\\x1b]0;x\\x07.sql\n"


def test_json_reports_keep_the_exact_names(reports: dict[str, str]) -> None:
    paths = {finding["path"] for finding in json.loads(reports["json"])["findings"]}
    assert set(HOSTILE_NAMES.values()) <= paths  # JSON escapes control characters itself


NOT_UTF8 = b"caf\xe9 \xff.sql"  # a Latin-1 file name, as an old archive leaves it


@pytest.fixture(scope="module")
def latin1_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("latin1")
    write_project(folder, project_settings())
    (folder / os.fsdecode(NOT_UTF8)).write_bytes(MARKETING.encode())
    return folder


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_file_name_that_is_not_utf8_is_shown_with_its_bytes_escaped(latin1_project: Path,
                                                                      output_format: str) -> None:
    code, stdout, stderr = scan(latin1_project, "--format", output_format,
                                "--output", f"{output_format}=out/report")
    assert code == 1, stderr
    written = (latin1_project / "out" / "report").read_bytes()
    written.decode("utf-8")  # strictly UTF-8
    shown = {"sarif": "caf%5Cxe9%20%5Cxff.sql", "json": "caf\\\\xe9 \\\\xff.sql",
             "gitlab": "caf\\\\xe9 \\\\xff.sql"}.get(output_format, "caf\\xe9 \\xff.sql")
    assert shown in stdout


def test_a_baseline_of_a_file_that_is_not_utf8_accepts_its_finding(latin1_project: Path) -> None:
    with contextlib.chdir(latin1_project):
        run = CliRunner().invoke(main, ["baseline", ".", "--no-cache", "--as-of", DEFAULT_AS_OF.isoformat(),
                                        "--output", "baseline.json"])
    assert run.exit_code == 0, run.output
    entries = json.loads((latin1_project / "baseline.json").read_text("utf-8"))["findings"]
    assert [entry["path"] for entry in entries] == ["caf\\xe9 \\xff.sql"]
    code, stdout, _ = scan(latin1_project, "--baseline", "baseline.json")
    assert code == 0 and "1 accepted by the baseline" in stdout


# --- values pass the masker -------------------------------------------------------------------

def test_handles_are_masked() -> None:
    assert mask("@ivan_petrov") == "@iv*******ov"
    assert mask("@ana") == "@***"
    assert mask("ivan.petrov@example.bg") == "iv***@example.bg"


@pytest.mark.parametrize(("name", "value"), [
    ("ivan.petrov@example.bg", True), ("@ivan_petrov", True), ("8501011234", True), ("+359 88 123 4567", True),
    ("85.12.3.4", True), ("2024-03-01", True),
    ("email", False), ("address_line_2", False), ("utm_campaign_2024", False), ("created_at", False),
])
def test_a_column_name_that_is_a_value_is_told_apart(name: str, value: bool) -> None:
    assert looks_like_value(name) is value


def test_masked_names_masks_every_spelling() -> None:
    text = "no column consent in the dataset; it has Ivan.Petrov@example.bg, 8501011234, true"
    assert masked_names(text, ["ivan.petrov@example.bg", "8501011234", "true"]) == \
        "no column consent in the dataset; it has Iv***@example.bg, 85******34, true"


HEADERLESS = "ivan.petrov@example.bg,8501011234,true\nana.georgieva@example.bg,9002023456,false\n"


@pytest.mark.parametrize("entry", [
    {"role": "marketing_audience", "consent": "marketing_email"},  # a missing column: the error lists the "columns"
    {"role": "marketing_audience"},                                 # a detector finding on a "column"
], ids=["input_error", "detector_finding"])
def test_a_csv_without_a_header_row_never_shows_its_first_row(tmp_path: Path, entry: dict) -> None:
    settings = project_settings()
    settings["datasets"] = [{"path": "exports/audience.csv", **entry}]
    write_project(tmp_path, settings, {"exports/audience.csv": HEADERLESS})
    for output_format in FORMATS:
        code, stdout, stderr = scan(tmp_path, "--format", output_format)
        assert code in (1, 2), stderr
        assert output_format != "text" or "iv***@example.bg" in stdout
        for value in ("ivan.petrov", "8501011234", "ana.georgieva", "9002023456"):
            assert value not in stdout + stderr, (output_format, value)


# --- arguments are arguments ------------------------------------------------------------------

def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=folder, check=True,
                   capture_output=True)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    write_project(tmp_path, project_settings(), {"models/old.sql": MARKETING})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "initial")
    return tmp_path


@pytest.mark.parametrize("ref", ["--output=written.txt", "-p", "--no-index", "-"])
def test_a_ref_that_looks_like_an_option_is_a_usage_error(repository: Path, ref: str) -> None:
    code, stdout, stderr = scan(repository, f"--changed-since={ref}")
    assert code == 2 and "a git ref cannot start with '-'" in stderr
    assert not (repository / "written.txt").exists()


def test_a_changed_file_with_a_newline_in_its_name_is_judged(repository: Path) -> None:
    (repository / "models" / "new\nquery.sql").write_text(MARKETING, "utf-8")
    code, stdout, _ = scan(repository, "--changed-since", "HEAD", "--format", "json")
    assert code == 1 and [f["path"] for f in json.loads(stdout)["findings"]] == ["models/new\nquery.sql"]


# --- bounded parsing --------------------------------------------------------------------------

@pytest.mark.parametrize("comment", [
    " privgate: purpose=marketing" + " " * 200_000 + "x",
    " privgate:" + " " * 200_000,
    " " * 200_000 + "privgate: ignore[CON001] reason=" + " " * 200_000 + "x",
    " privgate: " + "ignore[ " * 40_000,
    " privgate: " + "purpose " * 40_000,
    " privgate: ignore[CON001] reason=\"" + " " * 200_000,
], ids=["spaces_after_purpose", "spaces_only", "spaces_around_reason", "unclosed_ignores", "purposes_without_value",
        "unclosed_reason"])
def test_directives_parse_in_linear_time(comment: str) -> None:
    started = time.perf_counter()
    purpose_of(comment)
    suppression_of(comment)
    assert time.perf_counter() - started < 1.0


def test_directives_still_read_purpose_and_reason() -> None:
    assert purpose_of(" privgate: purpose=marketing   ") == "marketing"
    found = suppression_of("privgate:   ignore[con001, CON002]  reason=\"DPIA-42 approved\"  ")
    assert found is not None and found.rule_ids == ("CON001", "CON002") and found.reason == "DPIA-42 approved"


def test_a_diamond_of_extends_loads_each_pack_once(tmp_path: Path) -> None:
    depth = 20  # every level extends both packs of the next: 2^20 loads without memoising
    for level in range(depth + 1):
        for side in "ab":
            pack = {"id": f"level-{level}-{side}", "title": f"Level {level} {side}", "policy": "policy.txt",
                    "categories": {f"level{level}{side}": {"name": f"Level {level} {side}"}}, "purposes": {}}
            if level < depth:
                pack["extends"] = [f"level-{level + 1}-a.yaml", f"level-{level + 1}-b.yaml"]
            (tmp_path / f"level-{level}-{side}.yaml").write_text(yaml.safe_dump(pack), "utf-8")
    started = time.perf_counter()
    pack = load_pack(tmp_path / "level-0-a.yaml")
    assert time.perf_counter() - started < 5.0
    assert len(pack.categories) == 2 * depth + 1


# --- lines ------------------------------------------------------------------------------------

def test_columns_stay_right_when_one_long_line_is_read_in_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge one-line file is tokenized a block at a time inside the line: each statement keeps its
    own line and column (the corpus checks the same with real block sizes)."""
    import checker.readers.sql as reader

    monkeypatch.setattr(reader, "BLOCK_CHARS", 64)
    padding = "SELECT 1; /* " + "x" * 40 + " */ "
    text = "-- privgate: purpose=marketing\n" + padding * 5 + "SELECT a.email FROM accounts a; " + padding \
        + "SELECT a.email FROM accounts a;\n"
    write_project(tmp_path, project_settings())
    (tmp_path / "q.sql").write_text(text, "utf-8")
    code, stdout, _ = scan(tmp_path, "--format", "json")
    line = text.split("\n")[1]
    expected = [(2, line.index("SELECT a.email") + 1), (2, line.rindex("SELECT a.email") + 1)]
    assert [(f["line"], f["column"]) for f in json.loads(stdout)["findings"]] == expected
