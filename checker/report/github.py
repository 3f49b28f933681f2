"""`--format github`: GitHub Actions workflow commands, shown inline on the pull request.

One command per line: the message, the policy clause and each evidence item become lines of the
annotation only through the `%0A` escape, so no value (a newline, `::error` in a file name or a
data sample) can ever start a workflow command of its own; other control characters (a
terminal escape in a file name) are shown as visible escapes in the log.
"""

from __future__ import annotations

from checker.printable import escape_controls as printable
from checker.results import ScanResult, nothing_read_described
from checker.rules import RULES_BY_ID

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(result: ScanResult, colour: bool = False) -> str:
    lines = []
    for finding in result.findings:
        title = f"{finding.rule_id} {RULES_BY_ID[finding.rule_id].name}"
        message = printable(finding.message)
        if finding.citation:
            message += (f"\nPolicy: {printable(finding.citation.shown)} § {printable(finding.citation.section)}: "
                        f"\"{printable(' '.join(finding.citation.quote.split()))}\"")
        message += "".join(f"\nEvidence: {printable(item)}" for item in finding.evidence)
        properties = ",".join(f"{key}={_property(value)}" for key, value in (
            ("file", printable(finding.path)), ("line", str(finding.line)), ("col", str(finding.column)), ("title", title)))
        lines.append(f"::{COMMANDS[finding.severity]} {properties}::{_data(message)}")
    lines.append(f"::notice title=privgate coverage::{_data(f'{len(result.findings)} findings; ' + result.coverage.describe())}")
    if result.read_nothing:
        command = "error" if result.empty_gate else "warning"
        lines.append(f"::{command} title=privgate read nothing::{_data(printable(nothing_read_described(result)))}")
    return "".join(line + "\n" for line in lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
