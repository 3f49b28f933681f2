"""`--format junit`: JUnit XML, one test case per file and rule, for CI test-report views.

Each finding is a line of the failure text, followed by its policy clause and one `evidence:` line
per item."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from itertools import groupby

from checker.results import ScanResult
from checker.rules import RULES_BY_ID

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def render(result: ScanResult, colour: bool = False) -> str:
    suite = ElementTree.Element("testsuite", name="privgate")
    properties = ElementTree.SubElement(suite, "properties")
    for key, value in result.coverage.to_dict().items():
        ElementTree.SubElement(properties, "property", name=f"coverage.{key}", value=str(value))
    failures = tests = 0
    ordered = sorted(result.findings, key=lambda f: (f.path, f.rule_id, f.line, f.column))
    for (path, rule_id), group in groupby(ordered, key=lambda f: (f.path, f.rule_id)):
        findings = list(group)
        tests += 1
        case = ElementTree.SubElement(suite, "testcase", classname=path, name=f"{rule_id} {RULES_BY_ID[rule_id].name}")
        lines = []
        for finding in findings:
            line = f"{finding.path}:{finding.line}:{finding.column}: {finding.severity}: {finding.message}"
            if finding.citation:
                line += f"\n    policy: {finding.citation.policy} § {finding.citation.section}: \"{finding.citation.quote}\""
            line += "".join(f"\n    evidence: {item}" for item in finding.evidence)
            lines.append(NOT_XML.sub("\ufffd", line))
        if any(f.severity in ("error", "warning") for f in findings):
            failures += 1
            failure = ElementTree.SubElement(case, "failure", type=rule_id,
                                             message=f"{len(findings)} finding(s) of {rule_id}")
            failure.text = "\n".join(lines)
        else:
            ElementTree.SubElement(case, "system-out").text = "\n".join(lines)
    if tests == 0:
        tests = 1
        ElementTree.SubElement(suite, "testcase", classname="privgate", name="scan")
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    ElementTree.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(suite, encoding="unicode") + "\n"
