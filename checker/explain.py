"""Rule documentation for `privgate rules list` and `privgate explain`, from the rules' own data."""

from __future__ import annotations

import textwrap

from checker.policy.model import Pack
from checker.rules import ALL_RULES
from checker.rules.base import Rule


def rules_table() -> str:
    width = max(len(rule.name) for rule in ALL_RULES)
    lines = [f"{'ID':<7} {'NAME':<{width}} {'FAMILY':<10} {'SEVERITY':<8} SUMMARY"]
    for rule in ALL_RULES:
        lines.append(f"{rule.id:<7} {rule.name:<{width}} {rule.family:<10} {rule.severity:<8} {rule.summary}")
    return "\n".join(lines) + "\n"


def explain(rule: Rule, packs: list[Pack]) -> str:
    """The four documented sections, plus the clauses of the packs in force this rule protects."""
    doc = rule.doc
    out = [
        f"{rule.id} {rule.name} ({rule.family}, default severity {rule.severity})",
        "",
        rule.summary,
        "",
        "What it checks",
        _indent(doc.what),
        "",
        "Why",
        _indent(doc.why),
    ]
    quotes = [(pack, citation) for pack in packs for citation in (rule.clauses(pack) if rule.clauses else [])]
    for pack, citation in quotes[:6]:
        out.append(f"    {pack.id}: {citation.shown} § {citation.section}: \"{citation.quote}\"")
    if len(quotes) > 6:
        out.append(_indent(f"... and {len(quotes) - 6} more clauses"))
    out += ["", "Failing example", _code(doc.failing), "", "Passing example", _code(doc.passing), ""]
    return "\n".join(out)


def _indent(text: str) -> str:
    return textwrap.fill(text, width=96, initial_indent="    ", subsequent_indent="    ")


def _code(sql: str) -> str:
    return "\n".join(f"    {line}" for line in sql.strip().splitlines())
