"""`--format text`: findings grouped by file, the clause they protect, the evidence, and a summary line.

Every text taken from the scan (file and table names, messages, values) has its control characters
escaped (`checker.printable`), on a terminal and in an `--output` file alike: a name cannot drive
the terminal or start a line of its own, and no line begins with `::` (a GitHub runner would run it
as a workflow command).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import groupby
from textwrap import wrap

import click

from checker.printable import escape_controls as printable
from checker.results import (ScanResult, columns_described, left_out_described, missing_nodes_described,
                             outside_catalog_described)

COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
EVIDENCE_WIDTH = 100  # wrap evidence at spaces; a long path or URL stays whole on its own line


def render(result: ScanResult, colour: bool = False) -> str:
    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if colour else text  # type: ignore[arg-type]

    lines: list[str] = []
    for path, findings in groupby(result.findings, key=lambda finding: finding.path):
        lines.append(style(_heading(path), bold=True, underline=True))
        for finding in findings:
            severity = style(finding.severity, fg=COLOURS[finding.severity], bold=True)
            rule = style(finding.rule_id, bold=True)
            lines.append(f"  {finding.line}:{finding.column}  {severity}  {rule} {printable(finding.message)}")
            if finding.citation:
                quote = " ".join(finding.citation.quote.split())
                quote = quote if len(quote) <= 160 else quote[:157] + "..."
                policy, section = printable(finding.citation.shown), printable(finding.citation.section)
                lines.append(style(f"      policy: {policy} § {section}: \"{printable(quote)}\"", dim=True))
            lines += [style(line, dim=True) for line in _evidence(finding.evidence)]
        lines.append("")
    accepted = [item for item in result.suppressed if item.kind == "external"]
    if accepted:
        lines.append(style("Accepted input problems (not checked)", bold=True, underline=True))
        lines += [f"  {printable(item.finding.path)}:{item.finding.line}  {item.finding.rule_id} "
                  f"{printable(item.finding.message)}\n" + style(f"      accepted: {printable(item.reason)}", dim=True) for item in accepted]
        lines.append("")
    lines.append(_summary(result, style))
    return "\n".join(lines) + "\n"


def _evidence(evidence: tuple[str, ...]) -> list[str]:
    """One `evidence:` line per item under the policy line, wrapped between words with a hanging indent."""
    lines: list[str] = []
    for item in evidence:
        lines += wrap(printable(item), EVIDENCE_WIDTH, initial_indent="      evidence: ", subsequent_indent=" " * 16,
                      break_long_words=False, break_on_hyphens=False)  # a blank item adds nothing
    return lines


def _heading(path: str) -> str:
    """A file's heading, the one line that starts at the margin: never a workflow command (`./::error`)."""
    shown = printable(path)
    return f"./{shown}" if shown.startswith("::") else shown


def _summary(result: ScanResult, style: Callable[..., str]) -> str:
    counts = Counter(finding.severity for finding in result.findings)
    scanned = f"{result.files} file{'s' * (result.files != 1)}, {result.statements} statements"
    if result.changelog_changes:
        scanned += f", {result.changelog_changes} changelog changes"
    if result.tables:
        scanned += f", {result.tables} table{'s' * (result.tables != 1)} ({columns_described(result)})"
    if result.datasets:
        scanned += f", {result.datasets} dataset{'s' * (result.datasets != 1)}"
    notes = _accepted(result) + f"; {result.coverage.describe()}"
    if result.outside_catalog:
        notes += f"; {outside_catalog_described(result)}"
    if result.missing_nodes:
        notes += f"; {printable(missing_nodes_described(result))}"
    if result.read_nothing:
        notes += f"; {printable(left_out_described(result))}"
    if not result.findings and result.read_nothing:
        return style(f"Nothing checked ({scanned}{notes}).", fg="red" if result.empty_gate else "yellow", bold=True)
    if not result.findings:
        return style(f"No findings ({scanned}{notes}).", fg="green", bold=True)
    parts = [f"{counts[key]} {key}{'s' * (counts[key] != 1)}" for key in ("error", "warning", "info") if counts[key]]
    families = Counter(finding.family for finding in result.findings)
    by_family = ", ".join(f"{family} {count}" for family, count in sorted(families.items()))
    unreadable = f"; {result.unreadable} unreadable file{'s' * (result.unreadable != 1)}" if result.unreadable else ""
    return style(f"Found {', '.join(parts)} in {scanned} ({by_family}){unreadable}{notes}.", bold=True)


def _accepted(result: ScanResult) -> str:
    """What the baseline, inline suppressions and the config's severities accepted: never silent."""
    notes = ""
    if result.baselined:
        notes += f"; {result.baselined} accepted by the baseline"
    if result.suppressed:
        notes += f"; {len(result.suppressed)} suppressed with a reason"
    if result.turned_off:
        inputs = (f", {result.inputs_turned_off} of them input problems: not checked"
                  if result.inputs_turned_off else "")
        notes += f"; {result.turned_off} turned off in the config{inputs}"
    return notes
