"""`--format html`: one self-contained page for people (no scripts, no external files), rendered
from the Jinja2 template `templates/report.html.j2` with autoescaping on.

Summary, findings by family with the policy quote and the evidence, and the data map: which
personal data categories flow to which purposes and locations.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__
from checker.dataflows import summarise
from checker.locations import EEA_COUNTRIES
from checker.printable import escape_controls
from checker.results import ScanResult

if TYPE_CHECKING:
    from jinja2 import Template

TEMPLATES = Path(__file__).with_name("templates")


@cache
def _template() -> Template:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined  # only an HTML report loads Jinja2

    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=True, undefined=StrictUndefined,
                              finalize=_visible)
    return environment.get_template("report.html.j2")


def _visible(value: object) -> object:
    """Every value the page shows with its control characters as visible escapes (HTML escaping
    does not touch ESC, BEL or bidi overrides), keeping its line breaks."""
    return "\n".join(escape_controls(line) for line in value.split("\n")) if isinstance(value, str) else value


def render(result: ScanResult, colour: bool = False) -> str:
    by_family = sorted(result.findings, key=lambda f: (f.family, f.sort_key()))
    families = [(family, family.replace("_", " ").capitalize(), list(items))
                for family, items in groupby(by_family, key=lambda f: f.family)]
    return _template().render(
        result=result, findings=result.findings, version=__version__, coverage=result.coverage.describe(),
        severities=Counter(finding.severity for finding in result.findings), families=families,
        flows=_flows(result))


def _flows(result: ScanResult) -> list[tuple[object, int, bool]]:
    """(flow, statements, inside the EU/EEA) by category, in category order."""
    by_category: dict[str, list] = defaultdict(list)
    for flow, count in summarise(result.flows):
        by_category[flow.category].append((flow, count, flow.country in EEA_COUNTRIES or flow.country == "EU"))
    return [entry for _, entries in sorted(by_category.items()) for entry in entries]
