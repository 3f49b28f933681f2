"""`--format html`: one self-contained page for people (no scripts, no external files).

Summary, findings by family with the policy quote and the evidence, and the data map: which
personal data categories flow to which purposes and locations.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from itertools import groupby

from checker import __version__
from checker.dataflows import summarise
from checker.results import ScanResult
from checker.locations import EEA_COUNTRIES

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;color:#1d2330;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #e3e6ec;padding-bottom:.3rem}
.meta{color:#5b6475}.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.card{border:1px solid #e3e6ec;border-radius:8px;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e3e6ec}
th{background:#f5f6f8}.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;border-radius:4px;padding:.1rem .4rem}
.error{background:#fde2e1;color:#a4161a}.warning{background:#fff3cd;color:#7a5a00}.info{background:#e1ecfd;color:#1d4ed8}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #b8c0cc;color:#3c4454}
ul.evidence{margin:.3rem 0;padding-left:1.1rem;color:#5b6475;font-size:.9em}code{font-size:.92em}
.outside{color:#a4161a;font-weight:600}
"""


def render(result: ScanResult, colour: bool = False) -> str:
    severities = Counter(finding.severity for finding in result.findings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>privgate report: {len(result.findings)} findings</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>privgate report</h1>",
        f'<p class="meta">privgate {escape(__version__)} &middot; {result.files} files, '
        f"{result.statements} statements scanned &middot; {escape(result.coverage.describe())}</p>",
        '<div class="cards">',
        *(f'<div class="card" id="count-{key}"><b>{severities.get(key, 0)}</b>{key}s</div>'
          for key in ("error", "warning", "info")),
        f'<div class="card"><b>{len(result.suppressed)}</b>suppressed with a reason</div>',
        f'<div class="card"><b>{result.baselined}</b>accepted by the baseline</div>',
        "</div>",
    ]
    parts += _findings(result)
    parts += _data_map(result)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _findings(result: ScanResult) -> list[str]:
    if not result.findings:
        return ["<h2>Findings</h2>", "<p>No findings: every promise checked holds.</p>"]
    out = []
    by_family = sorted(result.findings, key=lambda f: (f.family, f.sort_key()))
    for family, findings in groupby(by_family, key=lambda f: f.family):
        items = list(findings)
        out.append(f'<h2 id="family-{escape(family)}">{escape(family.replace("_", " ").capitalize())} '
                   f"({len(items)})</h2>")
        out.append("<table><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Finding</th></tr></thead><tbody>")
        for finding in items:
            quote = ""
            if finding.citation:
                quote = (f"<blockquote>{escape(finding.citation.quote)}<br><small>{escape(finding.citation.policy)}"
                         f" &sect; {escape(finding.citation.section)}</small></blockquote>")
            evidence = "".join(f"<li>{escape(item)}</li>" for item in finding.evidence)
            out.append(
                f'<tr class="finding"><td><span class="sev {finding.severity}">{finding.severity}</span></td>'
                f"<td><code>{escape(finding.rule_id)}</code></td>"
                f"<td><code>{escape(finding.path)}:{finding.line}:{finding.column}</code></td>"
                f"<td>{escape(finding.message)}{quote}"
                f'{f"<ul class=evidence>{evidence}</ul>" if evidence else ""}</td></tr>')
        out.append("</tbody></table>")
    return out


def _data_map(result: ScanResult) -> list[str]:
    out = ["<h2 id=\"data-map\">Data map</h2>",
           "<p>Personal data categories the code processes, for which purpose, and where the rows end up.</p>"]
    flows = summarise(result.flows)
    if not flows:
        return out + ["<p>No personal data found in the scanned code.</p>"]
    by_category: dict[str, list] = defaultdict(list)
    for flow, count in flows:
        by_category[flow.category].append((flow, count))
    out.append("<table><thead><tr><th>Category</th><th>Purpose</th><th>Destination</th><th>Country</th>"
               "<th>Statements</th></tr></thead><tbody>")
    for category, entries in sorted(by_category.items()):
        for flow, count in entries:
            inside = flow.country in EEA_COUNTRIES or flow.country == "EU"
            country = escape(flow.country) if inside else f'<span class="outside">{escape(flow.country)}</span>'
            out.append(f"<tr><td><code>{escape(category)}</code></td><td>{escape(flow.purpose)}</td>"
                       f"<td><code>{escape(flow.destination)}</code></td><td>{country}</td><td>{count}</td></tr>")
    out.append("</tbody></table>")
    return out
