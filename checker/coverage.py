"""`privgate rules coverage` and `privgate rules diff`: what a pack enforces, and how two packs differ."""

from __future__ import annotations

from checker.policy.model import Pack


LABELS = {"enforced": "enforced", "partial": "partial", "left_out": "left out"}


def coverage_table(packs: list[Pack]) -> str:
    """Every clause each pack claims: enforced (by which rules), partial (by which rules, and what they
    do not check) or left out (and why)."""
    lines: list[str] = []
    for pack in packs:
        counts = {status: sum(clause.status == status for clause in pack.clauses) for status in LABELS}
        lines.append(f"{pack.id} ({pack.title}, {pack.policy}): "
                     + ", ".join(f"{counts[status]} {label}" for status, label in LABELS.items())
                     + (f"; extends {', '.join(pack.extends)}" if pack.extends else ""))
        width = max((len(clause.id) for clause in pack.clauses), default=10)
        for clause in pack.clauses:
            if clause.status == "enforced":
                detail = ", ".join(clause.rules)
            elif clause.status == "partial":
                detail = f"{', '.join(clause.rules)}; {clause.reason}"
            else:
                detail = clause.reason
            lines.append(f"  {clause.id:<{width}}  {LABELS[clause.status]:<8}  {detail}")
            lines.append(f"  {'':<{width}}  {'':<8}  § {clause.section}: \"{_short(clause.quote)}\"")
        lines.append("")
    return "\n".join(lines)


def diff_packs(first: Pack, second: Pack) -> str:
    """What the two packs allow differently: purposes, retention, consent, access, transfers and recipients."""
    out = [f"--- {first.id}", f"+++ {second.id}"]
    for purpose in sorted(set(first.purposes) | set(second.purposes)):
        a, b = first.purposes.get(purpose), second.purposes.get(purpose)
        if a is None or b is None:
            out.append(f"{'+' if a is None else '-'} purpose {purpose}")
            continue
        for category in sorted(set(a.categories) - set(b.categories)):
            out.append(f"- purpose {purpose} may use {category}")
        for category in sorted(set(b.categories) - set(a.categories)):
            out.append(f"+ purpose {purpose} may use {category}")
        if a.legal_basis != b.legal_basis:
            out.append(f"~ purpose {purpose}: legal basis {a.legal_basis} -> {b.legal_basis}")
    out += _set_diff("retention", _retention(first), _retention(second))
    out += _set_diff("consent", _consent(first), _consent(second))
    out += _set_diff("access", _access(first), _access(second))
    out += _set_diff("transfer", _transfer(first), _transfer(second))
    out += _set_diff("recipients", _recipients(first), _recipients(second))
    if len(out) == 2:
        out.append("no differences in what the packs allow")
    return "\n".join(out) + "\n"


def _set_diff(label: str, before: set[str], after: set[str]) -> list[str]:
    return ([f"- {label}: {item}" for item in sorted(before - after)]
            + [f"+ {label}: {item}" for item in sorted(after - before)])


def _retention(pack: Pack) -> set[str]:
    return {f"{r.category} {' '.join(f'{name} {bound}' for name, bound in (('min', r.min), ('max', r.max)) if bound)} "
            f"from {r.clock}" for r in pack.retention}


def _consent(pack: Pack) -> set[str]:
    return {f"{', '.join(r.purposes)} {r.mode} ({r.consent_category or '-'}, withdrawal {r.withdrawal_category or '-'}"
            f"{', objection ' + r.objection_category if r.objection_category else ''})"
            for r in pack.consent}


def _access(pack: Pack) -> set[str]:
    return {f"{r.category} readable by {', '.join(sorted(r.roles))}" for r in pack.access}


def _recipients(pack: Pack) -> set[str]:
    return {f"{'' if r.allowed else 'not to '}{r.id} ({r.kind})"
            + (f" for {', '.join(r.purposes)}" if r.purposes else "")
            + (f", only {', '.join(r.categories)}" if r.categories else "") for r in pack.recipients}


def _transfer(pack: Pack) -> set[str]:
    if pack.transfer is None:
        return set()
    abroad = {f"{r.name} abroad, for {', '.join(r.purposes)}" for r in pack.transfer.recipients_abroad}
    if pack.transfer.allowed == "home_country":
        return {f"only within {pack.home_country}"} | abroad
    return {"EU/EEA"} | {f"adequacy country {code}" for code in pack.transfer.adequacy_countries} | abroad


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
