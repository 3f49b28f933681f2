"""`--format junit`: JUnit XML, one test case per file and rule, for CI test-report views.

The common (Ant / Jenkins / GitLab) schema: `<testsuites>` holding one `<testsuite>` with `tests`,
`failures`, `errors`, `skipped`, `time` and `timestamp`. A test case is red only when the run is:
- `<error>`: an input problem nobody accepted (privgate could not read the file or statement:
  the run exits 2), counted in `errors`;
- `<failure>`: findings at or above the run's fail threshold (`--fail-on`, else the config's);
- otherwise the case passes and its findings (warnings under `--fail-on error`, notes) are its
  `<system-out>`, so a job that passes never shows red tests.
Each finding is a line of the text, followed by its policy clause and one `evidence:` line per item.
ElementTree builds and escapes the XML; characters XML 1.0 cannot hold (control characters but tab
and line ends, lone surrogates, U+FFFE/U+FFFF) are first written as visible escapes (`\x1b`), in
the text and in the attributes alike.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import datetime, timezone
from itertools import groupby

from checker.findings import Finding
from checker.printable import escape_controls as printable, escaped, unsurrogate
from checker.results import ScanResult, nothing_read_described
from checker.rules import RULES_BY_ID

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # characters XML 1.0 cannot hold


def render(result: ScanResult, colour: bool = False) -> str:
    run = result.run
    started = run.started or datetime.now(timezone.utc)  # a result built without the CLI: rendered now
    timing = {"time": f"{run.seconds:.3f}", "timestamp": started.isoformat(timespec="seconds")}
    suites = ElementTree.Element("testsuites", name="privgate")
    suite = ElementTree.SubElement(suites, "testsuite", name="privgate")
    properties = ElementTree.SubElement(suite, "properties")
    ElementTree.SubElement(properties, "property", name="fail-on", value=run.fail_on)
    for key, value in result.coverage.to_dict().items():
        ElementTree.SubElement(properties, "property", name=f"coverage.{key}", value="n/a" if value is None else str(value))
    counts = {"tests": 0, "failures": 0, "errors": 0}
    ordered = sorted(result.findings, key=lambda f: (f.path, f.rule_id, f.line, f.column))
    for (path, rule_id), group in groupby(ordered, key=lambda f: (f.path, f.rule_id)):
        findings = list(group)
        counts["tests"] += 1
        case = ElementTree.SubElement(suite, "testcase", classname=_xml(printable(path)), name=f"{rule_id} {RULES_BY_ID[rule_id].name}")
        text = "\n".join(_line(finding) for finding in findings)
        outcome = _outcome(findings, run.fail_on)
        if outcome == "pass":
            ElementTree.SubElement(case, "system-out").text = text
            continue
        counts[outcome + "s"] += 1
        noun = "input problem(s)" if outcome == "error" else "finding(s)"
        element = ElementTree.SubElement(case, outcome, type=rule_id, message=f"{len(findings)} {noun} of {rule_id}")
        element.text = text
    skipped = 0
    if counts["tests"] == 0:
        counts["tests"] = 1
        case = ElementTree.SubElement(suite, "testcase", classname="privgate", name="scan")
        if result.read_nothing:  # a passing case would say the project was checked: it was not
            outcome = "error" if result.empty_gate else "skipped"
            ElementTree.SubElement(case, outcome, message=_xml(printable(nothing_read_described(result))))
            counts["errors"] += outcome == "error"
            skipped += outcome == "skipped"
    for element in (suites, suite):
        for key, value in counts.items():
            element.set(key, str(value))
        element.attrib.update(timing)
    suite.set("skipped", str(skipped))
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"


def _outcome(findings: list[Finding], fail_on: str) -> str:
    """`error` for an unaccepted input problem, `failure` at or above the threshold, else `pass`."""
    if any(f.family == "input" and f.severity == "error" for f in findings):
        return "error"
    if any(f.at_least(fail_on) for f in findings):
        return "failure"
    return "pass"


def _line(finding: Finding) -> str:
    """The finding as lines of text; its values (a file name with a newline) cannot add lines of their own."""
    line = f"{printable(finding.path)}:{finding.line}:{finding.column}: {finding.severity}: {printable(finding.message)}"
    if finding.citation:
        line += (f"\n    policy: {printable(finding.citation.shown)} § {printable(finding.citation.section)}: "
                 f"\"{printable(' '.join(finding.citation.quote.split()))}\"")
    line += "".join(f"\n    evidence: {printable(item)}" for item in finding.evidence)
    return _xml(line)


def _xml(text: str) -> str:
    """`text` with every character XML 1.0 cannot hold as a visible escape."""
    return NOT_XML.sub(lambda match: escaped(match[0]), unsurrogate(text))
