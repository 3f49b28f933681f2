"""The record of processing activities (GDPR Art. 30), derived from the packs, the catalog and the code.

One record per purpose of each pack: legal basis, the categories the policy allows and the ones the
code actually processes, data subjects, recipients, transfers (the rule and the destinations seen in
the code) and retention. Rendered as Markdown for people and CSV for spreadsheets.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from checker.dataflows import WAREHOUSE, Flow
from checker.policy.model import Pack, covers

COLUMNS = ("pack", "purpose", "name", "legal_basis", "categories_allowed", "categories_in_code", "data_subjects",
           "recipients", "not_shared_with", "transfers", "retention", "statements", "policy_section")


@dataclass(frozen=True)
class Record:
    pack: str
    purpose: str
    name: str
    legal_basis: str
    categories_allowed: tuple[str, ...]
    categories_in_code: tuple[str, ...]
    data_subjects: tuple[str, ...]
    recipients: tuple[str, ...]
    not_shared_with: tuple[str, ...]
    transfers: tuple[str, ...]
    retention: tuple[str, ...]
    statements: int
    policy_section: str


def build_records(packs: tuple[Pack, ...], flows: list[Flow]) -> list[Record]:
    records = []
    for pack in packs:
        for purpose in pack.purposes.values():
            used = [flow for flow in flows if flow.purpose == purpose.id]
            in_code = tuple(sorted({flow.category for flow in used}))
            relevant = set(purpose.categories) | set(in_code)
            records.append(Record(
                pack=pack.id,
                purpose=purpose.id,
                name=purpose.name,
                legal_basis=purpose.legal_basis.replace("_", " "),
                categories_allowed=purpose.categories,
                categories_in_code=in_code,
                data_subjects=pack.data_subjects,
                recipients=recipients(pack, purpose.id),
                not_shared_with=tuple(r.name for r in pack.recipients
                                      if not r.allowed and (not r.purposes or purpose.id in r.purposes)),
                transfers=_transfers(pack, purpose.id, used),
                retention=tuple(
                    f"{rule.category}: {'at most ' + str(rule.max) if rule.max else 'at least ' + str(rule.min)}"
                    f" from {rule.clock.replace('_', ' ')}"
                    for rule in pack.retention
                    if any(covers(rule.category, c) or covers(c, rule.category) for c in relevant)
                ),
                statements=len(used),
                policy_section=purpose.citation.section,
            ))
    return records


def recipients(pack: Pack, purpose: str) -> tuple[str, ...]:
    """The recipients the policy allows for a purpose (Art. 30(1)(d)), with their kind and the categories
    they may receive (when fewer than the purpose's); those in third countries the policy names (Art. 30(1)(e)) say so."""
    abroad = [entry for entry in (pack.transfer.recipients_abroad if pack.transfer else ()) if purpose in entry.purposes]
    abroad_ids = {entry.id for entry in abroad}
    found, named = [], set()
    for entry in pack.recipients:
        if entry.allowed and (not entry.purposes or purpose in entry.purposes):
            named.add(entry.id)
            details = "; ".join(part for part in (
                "" if entry.kind == "any" else entry.kind.replace("_", " "),
                "third country" if entry.id in abroad_ids else "",
                f"only {', '.join(entry.categories)}" if entry.categories and purpose in pack.purposes
                and set(entry.categories) != set(pack.purposes[purpose].categories) else "") if part)
            found.append(f"{entry.name} ({details})" if details else entry.name)
    found.extend(f"{entry.name} (third country)" for entry in abroad if entry.id not in named)
    return tuple(found)


def _transfers(pack: Pack, purpose: str, used: list[Flow]) -> tuple[str, ...]:
    rule = pack.transfer
    found = []
    if rule is not None:
        allowed = "EU/EEA" + (f" and {', '.join(sorted(rule.adequacy_countries))}" if rule.adequacy_countries else "")
        found.append(f"policy: {allowed if rule.allowed == 'eea' else 'none outside ' + (pack.home_country or 'the home country')}")
        found.extend(f"policy allows: {entry.name} (third country)" for entry in rule.recipients_abroad
                     if purpose in entry.purposes)
    destinations = sorted({(flow.destination, flow.country) for flow in used if flow.destination != WAREHOUSE})
    found.extend(f"code: {destination} ({country})" for destination, country in destinations)
    return tuple(found)


def undeclared(flows: list[Flow]) -> list[str]:
    """Personal data categories processed by statements that state no purpose: gaps in the record."""
    return sorted({flow.category for flow in flows if flow.purpose == "undeclared"})


def render_markdown(records: list[Record], gaps: list[str] = ()) -> str:  # type: ignore[assignment]
    lines = ["# Record of processing activities", "",
             "Derived by privgate from the rule packs, the catalog and the queries in this repository "
             "(GDPR Art. 30(1)).", ""]
    for record in records:
        lines += [
            f"## {record.name} (`{record.purpose}`, pack `{record.pack}`)",
            "",
            f"- **Legal basis:** {record.legal_basis} (policy section: {record.policy_section})",
            f"- **Categories allowed by the policy:** {', '.join(record.categories_allowed) or 'none'}",
            f"- **Categories processed in the code:** {', '.join(record.categories_in_code) or 'none found'}"
            f" ({record.statements} statements)",
            f"- **Data subjects:** {'; '.join(record.data_subjects) or 'not stated in the pack'}",
            f"- **Recipients:** {'; '.join(record.recipients) or 'none named'}",
            *([f"- **Not shared with:** {'; '.join(record.not_shared_with)}"] if record.not_shared_with else []),
            f"- **Transfers:** {'; '.join(record.transfers) or 'none'}",
            f"- **Retention:** {'; '.join(record.retention) or 'not stated in the policy'}",
            "",
        ]
    if gaps:
        lines += ["## Processing without a declared purpose", "",
                  f"Statements read {', '.join(gaps)} without stating a purpose; "
                  "`privgate scan` reports them as PUR002.", ""]
    return "\n".join(lines)


def render_csv(records: list[Record]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for record in records:
        row = [getattr(record, column) for column in COLUMNS]
        writer.writerow(["; ".join(value) if isinstance(value, tuple) else value for value in row])
    return buffer.getvalue()
