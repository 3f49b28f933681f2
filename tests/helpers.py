"""Building small privgate projects in a temporary folder and scanning them, for the data-driven tests.

`write_project` and `cli_scan` drive the real `privgate scan` command; `build_case_project` and
`run_case` build and scan one rule case or policy probe with them (tests/cases, tests/probes), so
those runners do not depend on the engine's internals. `scan_snippet` and `scan_dataset_snippet`
call the engine directly for the tests that want `ScanResult` objects.
"""

from __future__ import annotations

import contextlib
import functools
import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checker.config import load_config
from checker.engine import ScanResult, collect_datasets, collect_files, load_project, scan

CASES = Path(__file__).parent / "cases"
DDL_FILE = "schema/ddl.sql"
DEFAULT_AS_OF = date(2026, 11, 24)


def base_project() -> dict[str, Any]:
    return yaml.safe_load((CASES / "_project.yaml").read_text("utf-8"))


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Merge `override` into a copy of `base` key by key (nested mappings merge, the rest replace)."""
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def project_settings(config: dict[str, Any] | None = None, *, dialect: str | None = None,
                     base: dict[str, Any] | None = None) -> dict[str, Any]:
    """`base` (default tests/cases/_project.yaml) with `config` merged over it; `config.replace:
    [dotted.key]` first drops those keys of the base, and pack files of tests/cases/ become absolute paths."""
    override = dict(config or {})
    base = copy.deepcopy(base) if base is not None else base_project()
    for dotted in override.pop("replace", []):
        *parents, last = dotted.split(".")
        node = base
        for key in parents:
            node = node.setdefault(key, {})
        node.pop(last, None)
    settings = merge(base, override)
    if dialect:
        settings["dialect"] = dialect
    settings["packs"] = [_absolute_pack(ref) for ref in settings.get("packs", [])]
    return settings


def write_project(folder: Path, settings: dict[str, Any], files: dict[str, str | bytes] | None = None) -> None:
    """privgate.yaml from `settings`, and each of `files` (relative path -> text or bytes) under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {**settings, "packs": [_pack_inside(folder, ref) for ref in settings.get("packs", [])]} \
        if "packs" in settings else settings
    (folder / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), "utf-8")
    for relative, content in (files or {}).items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, "utf-8")


def cli_scan(folder: Path, paths: list[str] | None = None, *,
             as_of: date = DEFAULT_AS_OF) -> tuple[int, dict[str, Any]]:
    """Run `privgate scan <paths> --format json` in-process from `folder` (default: the whole folder);
    return the exit code and the parsed JSON report. A run that prints no report fails with its output."""
    from click.testing import CliRunner

    from checker.cli import main

    targets = [str(folder / path) for path in (paths or ["."])]
    with contextlib.chdir(folder):
        run = CliRunner().invoke(main, ["scan", *targets, "--format", "json", "--as-of", as_of.isoformat(),
                                        "--no-cache"])
    if run.exception is not None and not isinstance(run.exception, SystemExit):
        raise run.exception
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"privgate scan exited {run.exit_code} without a JSON report:\n{run.output}") from None
    return run.exit_code, report


def scan_project(folder: Path, settings: dict[str, Any]) -> ScanResult:
    """privgate.yaml from `settings` in `folder`, then a scan of the whole project: its files and datasets."""
    (folder / "privgate.yaml").write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    project = load_project(load_config(folder / "privgate.yaml"))
    return scan(project, collect_files(project, [folder]), DEFAULT_AS_OF, datasets=collect_datasets(project, [folder]))


def scan_snippet(folder: Path, sql: str, *, config: dict[str, Any] | None = None, path: str = "query.sql",
                 dialect: str | None = None, as_of: date = DEFAULT_AS_OF) -> ScanResult:
    """Write the project config and one SQL file under `folder`, then scan that file."""
    write_project(folder, project_settings(config, dialect=dialect), {path: sql})
    project = load_project(load_config(folder / "privgate.yaml"))
    return scan(project, collect_files(project, [folder / path]), as_of)


def file_content(value: str | dict[str, str]) -> str | bytes:
    """A `files:` value: text (written as UTF-8), {latin1: text} or {bytes_hex: "ff00..."}."""
    if isinstance(value, str):
        return value
    [(form, payload)] = value.items()
    if form == "latin1":
        return payload.encode("latin-1")
    if form == "bytes_hex":
        return bytes.fromhex(payload)
    raise ValueError(f"a files: value is text, {{latin1: text}} or {{bytes_hex: hex}}, not {form!r}")


def build_case_project(folder: Path, case: dict[str, Any], base: dict[str, Any] | None = None) -> None:
    """Write a rule case's (or probe's) privgate.yaml, `base` (default tests/cases/_project.yaml) with
    its `config` merged over it, and its input files under `folder` (tests/cases/README.md)."""
    settings = project_settings(case.get("config"), dialect=case.get("dialect"), base=base)
    files: dict[str, str | bytes] = {}
    if "sql" in case:
        files[case.get("path", "query.sql")] = case["sql"]
    if "ddl" in case:
        files[DDL_FILE] = case["ddl"]
        catalog = settings.setdefault("catalog", {})
        catalog["ddl"] = [*catalog.get("ddl", []), "schema/*.sql"]
    for relative, value in (case.get("files") or {}).items():
        files[relative] = file_content(value)
    if "dataset" in case:
        dataset = case["dataset"]
        files[dataset["file"]] = dataset["text"]
        settings["datasets"] = [*settings.get("datasets", []), {"path": dataset["file"], **dataset["entry"]}]
    write_project(folder, settings, files)


def run_case(folder: Path, case: dict[str, Any], base: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    """Build the case's project under `folder` and scan it (`scan` paths, `as_of` date): exit code, JSON report."""
    build_case_project(folder, case, base)
    as_of = date.fromisoformat(str(case.get("as_of", DEFAULT_AS_OF)))  # YAML reads 2026-11-24 as a date
    return cli_scan(folder, case.get("scan"), as_of=as_of)


def describe_findings(findings: list[dict[str, Any]], *, citations: bool = False) -> str:
    """One line per finding (rule, place, message; with `citations`, the section and quote it cites)."""
    lines = []
    for finding in findings:
        lines.append(f"  {finding['rule_id']} {finding['path']}:{finding['line']}:{finding['column']} {finding['message']}")
        cited = finding.get("citation")
        if citations:
            lines.append(f"      cites {cited['policy']} § {cited['section']}: \"{cited['quote']}\"" if cited
                         else "      cites nothing")
    return "\n".join(lines) or "  none"


def _pack_inside(folder: Path, ref: str) -> str:
    """A pack file of tests/cases/ copied into the project (a config's packs stay inside its project)."""
    source = Path(ref)
    if not (source.is_absolute() and source.is_relative_to(CASES)):
        return ref
    target = folder / ".privgate-packs" / source.name
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(source.read_bytes())
    return target.relative_to(folder).as_posix()


def _absolute_pack(ref: str) -> str:
    local = CASES / ref
    return str(local) if local.is_file() else ref


def scan_dataset_snippet(folder: Path, text: str, dataset: dict[str, Any], *, name: str = "sample.csv",
                         config: dict[str, Any] | None = None, as_of: date = DEFAULT_AS_OF) -> ScanResult:
    """Write the rule-case project with one dataset entry and its file under `folder`, then scan the folder."""
    settings = project_settings(config)
    settings["datasets"] = [{"path": name, **dataset}]
    write_project(folder, settings, {name: text})
    project = load_project(load_config(folder / "privgate.yaml"))
    return scan(project, collect_files(project, [folder]), as_of, datasets=collect_datasets(project, [folder]))


def project_relative(report: dict, folder: Path, repository: Path) -> dict:
    """Reports name files relative to the repository root (git's top level); expected.yaml names
    them relative to the fixture project."""
    prefix = folder.resolve().relative_to(repository).as_posix() + "/"
    for finding in report["findings"]:
        assert finding["path"].startswith(prefix), finding["path"]
        finding["path"] = finding["path"][len(prefix):]
    return report


# A dbt sources file for the `crm.accounts` table the dbt test projects read (id, email).
CRM_SOURCES = """\
version: 2
sources:
  - name: crm
    schema: public
    tables:
      - name: accounts
        columns:
          - {name: id, meta: {privgate: none}}
          - {name: email, meta: {privgate: account.email}}
"""


@functools.cache
def baseline_pack() -> Any:
    """gdpr-baseline, loaded once per test process."""
    from checker.policy.loader import load_pack, resolve_pack

    return load_pack(resolve_pack("gdpr-baseline", None))


def generic(table: str, column: str, column_type: str = "", siblings: str = "") -> str | None:
    """The category a confident inference gives with gdpr-baseline alone (None: not classified);
    `siblings`: the table's other columns, space-separated."""
    from checker.classify import infer

    found = infer(table, column, column_type, [baseline_pack()], siblings=[column, *siblings.split()])
    return found.category if found and found.confident else None
