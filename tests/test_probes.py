"""Policy probes (issue #17): every clause a pack says its rules check has a violating and a compliant
project, generated from data in tests/probes/<pack>/<clause>.yaml (tests/probes/README.md).

For each probe the violating project (or each of a list of them) must raise every rule of its
`expect`, each finding of those rules citing the clause (the pack's policy, the clause's section, and
its quote); the compliant project must raise none of the clause's `rules:`. Neither may have an input finding (a probe that is not read
shows nothing). `partial` rows need a probe too: it shows the part the rules do check (violating
fails, compliant passes); their findings need not cite the clause, and the row's `reason` says what
is not checked or which sentence the findings cite instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.policy.loader import bundled_pack_names, load_pack, resolve_pack
from checker.policy.model import Clause, Pack
from helpers import describe_findings, run_case

PROBES = Path(__file__).parent / "probes"
CHECKED = ("enforced", "partial")  # statuses whose rows need a probe
FILE_KEYS = {"clause", "base", "violating", "compliant", "xfail"}
SIDE_KEYS = {"config", "sql", "path", "ddl", "files", "dataset", "scan", "as_of", "dialect", "expect", "xfail"}
INPUTS = ("sql", "ddl", "files", "dataset")
SIDES = ("violating", "compliant")


def _packs() -> dict[str, Pack]:
    return {name: load_pack(resolve_pack(name, None)) for name in bundled_pack_names()}


PACKS = _packs()


def _checked_clauses() -> dict[tuple[str, str], Clause]:
    return {(pack_id, clause.id): clause for pack_id, pack in PACKS.items()
            for clause in pack.clauses if clause.status in CHECKED}


def _probe_files() -> list[Path]:
    return sorted(path for path in PROBES.glob("*/*.yaml") if not path.name.startswith("_"))


def projects(probe: dict[str, Any], side: str) -> list[dict[str, Any]]:
    """A side is one project, or a list of projects (each violation on its own, so none hides another)."""
    value = probe.get(side) or {}
    return [item or {} for item in value] if isinstance(value, list) else [value]


def _validate(probe: dict[str, Any], path: Path) -> None:
    """A malformed probe fails collection with its file and what is wrong."""
    where = path.relative_to(PROBES).as_posix()
    problems = [f"unknown key {key!r}" for key in probe if key not in FILE_KEYS]
    problems += [f"missing {key!r}" for key in ("clause", *SIDES) if key not in probe]
    pack = PACKS.get(path.parent.name)
    clause = next((c for c in pack.clauses if c.id == probe.get("clause")), None) if pack else None
    if pack is None:
        problems.append(f"folder {path.parent.name!r} is no bundled pack")
    elif clause is None:
        problems.append(f"clause {probe.get('clause')!r} is no row of {pack.id}'s clauses:")
    elif clause.status not in CHECKED:
        problems.append(f"clause {clause.id!r} is {clause.status}: only enforced or partial rows have probes")
    if probe.get("clause") != path.stem:
        problems.append(f"the file must be named after its clause ({probe.get('clause')}.yaml)")
    for side in SIDES:
        for case in projects(probe, side):
            problems += [f"{side}: unknown key {key!r}" for key in case if key not in SIDE_KEYS]
            if not any(key in case for key in INPUTS):
                problems.append(f"{side}: no input (one of {', '.join(INPUTS)})")
            if not isinstance(case.get("expect"), list):
                problems.append(f"{side}: `expect` must be a list of rule ids")
    for case in projects(probe, "violating") if clause is not None else []:
        expected = case.get("expect") or []
        if not expected:
            problems.append("violating: `expect` names no rule")
        problems += [f"violating: {rule} is not one of the clause's rules {list(clause.rules)}"
                     for rule in expected if rule not in clause.rules]
    if any(case.get("expect") not in ([], None) for case in projects(probe, "compliant")):
        problems.append("compliant: `expect` must be [] (none of the clause's rules may be found)")
    if problems:
        raise ValueError(f"tests/probes/{where}: {'; '.join(problems)}")


def _load_probes() -> list[tuple[Path, dict[str, Any]]]:
    probes = []
    for path in _probe_files():
        probe = yaml.safe_load(path.read_text("utf-8")) or {}
        _validate(probe, path)
        probes.append((path, probe))
    return probes


PROBE_LIST = _load_probes()


def _base(path: Path, probe: dict[str, Any]) -> dict[str, Any]:
    return yaml.safe_load((path.parent / probe.get("base", "_project.yaml")).read_text("utf-8"))


def _params() -> list[Any]:
    """Two params per probe file, `<pack>-<clause>-violating|compliant`; an `xfail: reason` at the top
    (both sides) or inside one side marks a known product bug: that side must fail (strict)."""
    params = []
    for path, probe in PROBE_LIST:
        for side in SIDES:
            cases = projects(probe, side)
            for number, case in enumerate(cases, start=1):
                reason = case.get("xfail") or probe.get("xfail")
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                suffix = f"-{number}" if isinstance(probe[side], list) else ""
                params.append(pytest.param(path, probe, side, case, marks=marks,
                                           id=f"{path.parent.name}-{probe['clause']}-{side}{suffix}"))
    return params


def quote_matches(clause_quote: str, cited: str) -> bool:
    """The clause's quote is the cited quote, or an excerpt of it: its parts between `...` appear in
    the cited quote in order (whitespace and typographic quotes aside)."""
    def plain(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()

    position = 0
    text = plain(cited)
    for part in re.split(r"\.\.\.|…", plain(clause_quote)):
        part = part.strip(" ,;")
        if not part:
            continue
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def cites(finding: dict[str, Any], pack: Pack, clause: Clause) -> bool:
    """The finding cites the clause: the pack's policy, the clause's section, its quote. A clause that
    quotes the pack's general statement of purposes ("we use your data for the following purposes:")
    is also cited by a finding that cites one of the purposes that statement introduces."""
    cited = finding.get("citation")
    if not cited or cited["policy"] != pack.policy:
        return False
    if cited["section"] == clause.section and quote_matches(clause.quote, cited["quote"]):
        return True
    general = pack.citation
    return general is not None and (general.section, general.quote) == (clause.section, clause.quote) \
        and any((purpose.citation.section, purpose.citation.quote) == (cited["section"], cited["quote"])
                for purpose in pack.purposes.values())


@pytest.mark.parametrize(("path", "probe", "side", "project"), _params())
def test_probe(path: Path, probe: dict[str, Any], side: str, project: dict[str, Any], tmp_path: Path) -> None:
    pack = PACKS[path.parent.name]
    clause = next(c for c in pack.clauses if c.id == probe["clause"])
    case = {key: value for key, value in project.items() if key != "xfail"}
    _, report = run_case(tmp_path, case, _base(path, probe))
    findings = report["findings"]
    details = describe_findings(findings, citations=True)
    unread = [f for f in findings if f["family"] == "input"]
    assert not unread, f"the {side} project was not fully read:\n{describe_findings(unread)}"
    wanted = f"{pack.policy} § {clause.section}: \"{clause.quote}\""
    if side == "compliant":
        raised = [f for f in findings if f["rule_id"] in clause.rules]
        assert not raised, (f"the compliant project raises the clause's rules {list(clause.rules)}:\n"
                            f"{describe_findings(raised, citations=True)}")
        return
    for rule_id in case["expect"]:
        of_rule = [f for f in findings if f["rule_id"] == rule_id]
        assert of_rule, f"{rule_id} not raised by the violating project; findings:\n{details}"
        wrong = [f for f in of_rule if not cites(f, pack, clause)]
        if clause.status == "enforced":  # a partial row's reason may say its findings cite another sentence
            assert not wrong, (f"{rule_id} is raised but does not cite the clause {wanted}; it cites:\n"
                               f"{describe_findings(wrong, citations=True)}")


def test_every_checked_clause_has_a_probe() -> None:
    probed = {(path.parent.name, probe["clause"]) for path, probe in PROBE_LIST}
    missing = sorted(f"{pack}/{clause_id} ({clause.status})"
                     for (pack, clause_id), clause in _checked_clauses().items() if (pack, clause_id) not in probed)
    assert missing == [], "clauses marked enforced or partial without a probe in tests/probes/<pack>/<clause>.yaml"


def test_every_pack_with_checked_clauses_has_a_probe_project() -> None:
    packs = {pack for pack, _ in _checked_clauses()}
    assert sorted(pack for pack in packs if not (PROBES / pack / "_project.yaml").is_file()) == []


def test_a_finding_cites_the_clause_by_policy_section_and_quote() -> None:
    pack = PACKS["mgt-solutions"]
    by_id = {clause.id: clause for clause in pack.clauses}

    def finding(policy: str, section: str, quote: str) -> dict[str, Any]:
        return {"citation": {"policy": policy, "section": section, "quote": quote}}

    logs = by_id["server-logs-one-year"]
    assert cites(finding(pack.policy, logs.section, logs.quote), pack, logs)
    assert not cites(finding("Regulation (EU) 2016/679 (GDPR)", logs.section, logs.quote), pack, logs)
    assert not cites(finding(pack.policy, "Activity data", "Who has access to this type of data?"), pack, logs)
    reporting = pack.purposes["reporting"].citation
    assert cites(finding(pack.policy, reporting.section, reporting.quote), pack, by_id["purpose-matrix"])
    assert not cites(finding(pack.policy, reporting.section, reporting.quote), pack, logs)


def test_quote_matching_takes_excerpts_in_order_only() -> None:
    sentence = "Any transfer of personal data to a third country shall take place only if the conditions are met"
    assert quote_matches("Any transfer ... to a third country ... only if", sentence)
    assert not quote_matches("only if ... Any transfer", sentence)
    assert not quote_matches("Any transfer of special data", sentence)


def test_a_probe_naming_a_left_out_clause_is_rejected() -> None:
    probe = {"clause": "security-safeguards", "violating": {"sql": "SELECT 1", "expect": ["PUR001"]},
             "compliant": {"sql": "SELECT 1", "expect": []}}
    with pytest.raises(ValueError, match="is left_out: only enforced or partial rows have probes"):
        _validate(probe, PROBES / "mgt-solutions" / "security-safeguards.yaml")


def test_coverage_shows_partial_rows_apart() -> None:
    from checker.coverage import coverage_table

    table = coverage_table([PACKS["go-bg"]])
    header = table.splitlines()[0]
    counts = {status: sum(c.status == status for c in PACKS["go-bg"].clauses) for status in CHECKED + ("left_out",)}
    assert header.startswith(f"go-bg ({PACKS['go-bg'].title}, {PACKS['go-bg'].policy}): {counts['enforced']} enforced, "
                             f"{counts['partial']} partial, {counts['left_out']} left out")
    assert re.search(r"^  national-identifiers-for-the-agreement +partial +PUR001, PUR006, PUR007; PUR001 \(queries",
                     table, re.M)
    assert re.search(r"^  profiling +left out +Automated decision-making", table, re.M)


def test_a_partial_clause_needs_a_reason(tmp_path: Path) -> None:
    from checker.errors import ConfigError

    pack = {"id": "tiny", "title": "Tiny", "policy": "tiny.txt", "categories": {"person": {"name": "Person"}},
            "purposes": {}, "clauses": [{"id": "c", "section": "S", "quote": "q", "status": "partial",
                                         "rules": ["PUR001"]}]}
    (tmp_path / "tiny.yaml").write_text(yaml.safe_dump(pack), "utf-8")
    with pytest.raises(ConfigError, match="reason"):
        load_pack(tmp_path / "tiny.yaml")
