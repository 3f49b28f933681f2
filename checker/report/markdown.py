"""`--format markdown`: a short Markdown summary for people, e.g. a GitHub job's step summary.

GitHub shows at most 10 error and 10 warning annotations per step, so a real run's other findings
are invisible on the pull request; this summary carries the counts by severity and by rule, the
coverage and the top findings (the most severe first, with the policy clause and evidence, each
rule linked to its docs). Every text taken from the scan is escaped: a value in a finding cannot
add a heading, a link or HTML to the page.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape

from checker.findings import SEVERITY_RANK, Finding
from checker.printable import escape_controls
from checker.report.rule_docs import help_uri
from checker.results import (ScanResult, columns_described, missing_nodes_described, nothing_read_described,
                             outside_catalog_described)
from checker.rules import RULES_BY_ID

TOP = 20  # findings shown in full; the counts cover the rest
SEVERITIES = ("error", "warning", "info")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")  # mid-line: the only syntax that can start there


def render(result: ScanResult, colour: bool = False) -> str:
    counts = Counter(finding.severity for finding in result.findings)
    headline = ", ".join(f"{counts[key]} {key}{'s' * (counts[key] != 1)}" for key in SEVERITIES)
    scanned = f"{result.files} files, {result.statements} statements"
    if result.changelog_changes:
        scanned += f", {result.changelog_changes} changelog changes"
    if result.tables:
        scanned += f", {result.tables} tables ({columns_described(result)})"
    if result.datasets:
        scanned += f", {result.datasets} datasets"
    title = headline if result.findings else "nothing checked" if result.read_nothing else "no findings"
    lines = [f"### privgate: {title}", "",
             f"Scanned {scanned}; **{_text(result.coverage.describe())}**"
             + (f"; **{_text(outside_catalog_described(result))}**" if result.outside_catalog else "")
             + (f"; **{_text(missing_nodes_described(result))}**" if result.missing_nodes else "")
             + (f"; **{_text(nothing_read_described(result))}**" if result.read_nothing else "")
             + "; the run fails on "
             f"{result.run.fail_on}s and above.", "",
             "| severity | findings |", "|---|---:|",
             *(f"| {key} | {counts[key]} |" for key in SEVERITIES),
             f"| suppressed with a reason | {len(result.suppressed)} |",
             f"| accepted by the baseline | {result.baselined} |"]
    if result.turned_off:
        lines.append(f"| turned off in the config | {result.turned_off} |")
    if result.findings:
        lines += ["", *_by_rule(result.findings), "", *_top(result.findings)]
    return "\n".join(lines) + "\n"


def _by_rule(findings: list[Finding]) -> list[str]:
    counts = Counter(finding.rule_id for finding in findings)
    rows = [f"| [{rule_id}]({help_uri(rule_id)}) | {RULES_BY_ID[rule_id].name} | {count} |"
            for rule_id, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return ["| rule | name | findings |", "|---|---|---:|", *rows]


def _top(findings: list[Finding]) -> list[str]:
    ordered = sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.sort_key()))
    shown = ordered[:TOP]
    title = "Findings" if len(shown) == len(findings) else f"Top {len(shown)} of {len(findings)} findings"
    lines = [f"#### {title}", ""]
    for finding in shown:
        lines.append(f"- **{finding.severity}** [{finding.rule_id}]({help_uri(finding.rule_id)}) "
                     f"`{_code(finding.path)}:{finding.line}:{finding.column}` {_text(finding.message)}")
        if finding.citation:
            lines.append(f"  - policy: {_text(finding.citation.shown)} § {_text(finding.citation.section)}: "
                         f"\"{_text(finding.citation.quote)}\"")
        lines += [f"  - evidence: {_text(item)}" for item in finding.evidence]
    if len(shown) < len(findings):
        lines += ["", f"{len(findings) - len(shown)} more findings: see the annotations, the SARIF or JSON "
                      "report, or run `privgate scan` locally."]
    return lines


def _text(value: str) -> str:
    """`value` as literal text on one line: HTML and Markdown syntax and control characters escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", escape(escape_controls(" ".join(value.split())), quote=False))


def _code(value: str) -> str:
    """`value` inside a code span: backticks cannot end it early, newlines cannot break the line."""
    return escape_controls(" ".join(value.split())).replace("`", "'")
