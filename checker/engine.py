"""The scan: load the project, read every file into facts (in parallel for big scans), run every
rule family over the facts for every pack in force, and return sorted findings."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checker.catalog import Catalog, Table, add_definitions, build_catalog
from checker.config import Config
from checker.errors import ConfigError
from checker.facts import Grant, InputProblem, Statement, StatementOutline
from checker.findings import Finding
from checker.results import ScanResult
from checker.globs import match_path
from checker.judging import FileJudge, JudgedFile, from_bytes, judge, to_bytes
from checker.policy.loader import load_pack, resolve_pack
from checker.policy.model import Pack
from checker.readers.ddl import replay
from checker.readers.sql import read_sql_file

if TYPE_CHECKING:
    from checker.datasets.spec import Dataset, DatasetSpec
    from checker.readers.dbt import DbtModel, DbtProject
from checker.rules import RULES_BY_ID
from checker.rules.base import Context, with_severity
from checker.rules.input import BY_PROBLEM_KIND

PARALLEL_THRESHOLD = 64  # below this, starting worker processes costs more than it saves
FILE_CACHE_THRESHOLD = 64  # below this, hashing the project for the file cache costs more than it saves
SKIPPED_FOLDERS = {".git", ".venv", "venv", "node_modules", "__pycache__", "target", "dbt_packages", ".tox"}


@dataclass
class Project:
    config: Config
    packs: tuple[Pack, ...]
    catalog: Catalog
    problems: list[InputProblem] = field(default_factory=list)  # DDL files that could not be replayed
    live: list[Statement] = field(default_factory=list)  # facts read from a live database (its grants)
    datasets: list[DatasetSpec] = field(default_factory=list)  # the config's dataset entries
    db_url: str | None = None
    dbt: DbtProject | None = None  # the dbt project in the repository, if any


def load_project(config: Config, pack_refs: Iterable[str] = (), db_url: str | None = None) -> Project:
    """Packs (from the command line if given, else the config) and the catalog, all validated."""
    refs = list(pack_refs) or config.packs
    if not refs:
        where = config.source or "the command line"
        raise ConfigError(f"no rule pack in force: list `packs:` in {where} or pass --pack NAME")
    packs = tuple(_load_configured_pack(ref, index, config, from_config=not pack_refs) for index, ref in enumerate(refs))
    for rule_id in config.severity:
        if rule_id not in RULES_BY_ID:
            line, column = config.lines.position(("severity", rule_id))
            raise ConfigError(f"severity: unknown rule id '{rule_id}'", config.source, line, column)
    catalog = build_catalog(config.catalog, list(packs), config.source, config.lines)
    problems: list[InputProblem] = []
    if config.catalog.get("ddl"):
        ddl_files = _files_matching(config.root, config.catalog["ddl"])
        definitions, problems = replay(ddl_files, config.dialect_for)
        add_definitions(catalog, definitions, list(packs))
        problems = [problem for problem in problems if not config.wants(problem.path)]  # the SQL scan reports those
    if config.catalog.get("fides"):
        from checker.readers.fides import read_fides

        definitions, fides_problems = read_fides(_files_matching(config.root, config.catalog["fides"]), list(packs))
        add_definitions(catalog, definitions, list(packs))
        problems += fides_problems
    dbt = _read_dbt(config, catalog, packs)
    live = _read_database(db_url, catalog, packs) if db_url else []
    specs = _dataset_specs(config, packs) if config.datasets else []
    return Project(config, packs, catalog, problems, live, specs, db_url, dbt)


def _dataset_specs(config: Config, packs: tuple[Pack, ...]) -> list[DatasetSpec]:
    from checker.datasets.spec import read_specs

    return read_specs(config, packs)


def _read_dbt(config: Config, catalog: Catalog, packs: tuple[Pack, ...]) -> DbtProject | None:
    """A dbt project's sources and models join the catalog: declared columns from its schema files,
    then each model's output columns with the categories of the columns they come from, upstream
    models first (lineage across models)."""
    folder = config.catalog.get("dbt")
    if not folder and not (config.root / "dbt_project.yml").is_file():
        return None
    from checker.readers.dbt import load_dbt_project  # jinja2 loads only for dbt projects

    dbt = load_dbt_project(config.root, folder)
    if dbt is None:
        return None
    add_definitions(catalog, dbt.definitions, list(packs))
    for model in _upstream_first(dbt, config.root):
        facts = read_sql_file(config.root / model.relative, model.relative, config, catalog, date.today(), dbt)
        outputs = [output for statement in facts.statements for output in statement.outputs]
        if not outputs:
            continue
        table = catalog.table(model.name.lower())
        if table is None:
            table = catalog.tables[model.name.lower()] = Table(model.name.lower(), {})
        for output in outputs:
            name = output.name.lower()
            if name in table.columns and name not in table.inferred:
                continue  # declared in a schema file
            category = next((found for source in output.sources if (found := catalog.category(source))), None)
            table.columns[name] = category
            if category:
                table.inferred.add(name)
    return dbt


def _upstream_first(dbt: DbtProject, root: Path) -> list[DbtModel]:
    """Models ordered so that every model comes after the models it refs (cycles broken by path)."""
    by_name = {model.name.lower(): model for model in dbt.models.values()}
    refs: dict[str, list[str]] = {}
    for model in dbt.models.values():
        try:
            text = (root / model.relative).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        refs[model.name.lower()] = [name.lower() for name in dbt.refs_of(model.compiled or text)]
    ordered: list[DbtModel] = []
    state: dict[str, int] = {}

    def visit(name: str) -> None:
        if state.get(name) or name not in by_name:
            return
        state[name] = 1
        for upstream in refs.get(name, []):
            visit(upstream)
        state[name] = 2
        ordered.append(by_name[name])

    for name in sorted(by_name):
        visit(name)
    return ordered


def _read_database(url: str, catalog: Catalog, packs: tuple[Pack, ...]) -> list[Statement]:
    """Merge a live database's tables into the catalog; its grants become one statement of facts."""
    from checker.readers.live import read_database, redact

    schema = read_database(url)
    add_definitions(catalog, schema.tables, list(packs))
    where = redact(url)
    statement = Statement(path=where, line=1, column=1, kind="grant", sql="grants of the live database",
                          dialect=url.split("://", 1)[0].lower(), normalized=f"grants of {where}")
    statement.grants = [Grant(role, table, columns, "SELECT") for role, table, columns in schema.grants]
    return [statement]


def _files_matching(root: Path, globs: list[str]) -> list[tuple[Path, str]]:
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
        for name in files:
            relative = _relative(Path(folder) / name, root)
            if any(match_path(glob, relative) for glob in globs):
                found.append((Path(folder) / name, relative))
    return found


def _load_configured_pack(reference: str, index: int, config: Config, from_config: bool) -> Pack:
    """A pack named in the config; a missing one is reported at its line in the config."""
    try:
        return load_pack(resolve_pack(reference, config.root))
    except ConfigError as error:
        if error.path or not from_config or config.source is None:
            raise
        line, column = config.lines.position(("packs", index))
        raise ConfigError(f"packs[{index}]: {error.message}", config.source, line, column) from None


def collect_files(project: Project, paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """SQL files to scan: folders are walked with the config's include/exclude globs; files named
    explicitly are scanned unless excluded or a dataset's (see collect_datasets). Paths are reported
    relative to the project root."""
    found: dict[str, Path] = {}
    config = project.config
    for path in paths:
        if path.is_file():
            relative = _relative(path, config.root)
            dataset = any(spec.path and match_path(spec.path, relative) for spec in project.datasets)
            if not dataset and not any(match_path(glob, relative) for glob in config.exclude):
                found[relative] = path
            continue
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
            where = _relative(Path(folder), config.root)  # once per folder: resolving is a syscall per part
            for name in files:
                relative = name if where == "." else f"{where}/{name}"
                if config.wants(relative) and not (project.dbt is not None and project.dbt.skips(relative)):
                    found[relative] = Path(folder) / name
    return [(found[relative], relative) for relative in sorted(found)]


def covers_project(project: Project, paths: Iterable[Path]) -> bool:
    """Whether the scanned paths include the project root (a whole-project scan)."""
    return any(path.is_dir() and project.config.root.is_relative_to(path.resolve()) for path in paths)


def collect_datasets(project: Project, paths: Iterable[Path], changed: set[str] | None = None) -> list[Dataset]:
    """The datasets a scan of `paths` covers: files matching a `datasets:` glob under the paths, and
    the tables when the scan covers the whole project (never in pull-request mode unless the config
    changed, and never for a few files named on the command line)."""
    if not project.datasets:
        return []
    from checker.datasets.spec import select_datasets

    config = project.config
    globs = [spec.path for spec in project.datasets if spec.path]
    found: dict[str, Path] = {}
    paths = list(paths)
    for path in paths:
        walked = [(path.parent, [], [path.name])] if path.is_file() else os.walk(path)
        for folder, subfolders, names in walked:
            subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
            for name in names:
                relative = _relative(Path(folder) / name, config.root)
                if any(match_path(glob, relative) for glob in globs) \
                        and not any(match_path(glob, relative) for glob in config.exclude):
                    found[relative] = Path(folder) / name
    files = [(found[relative], relative) for relative in sorted(found)]
    whole = covers_project(project, paths)
    if changed is not None:
        files = [(path, relative) for path, relative in files if relative in changed]
        config_changed = config.source is not None and _relative(Path(config.source), config.root) in changed
        whole = whole and config_changed
    return select_datasets(project.datasets, config, files, whole, project.db_url)


def scan(project: Project, files: list[tuple[Path, str]], as_of: date,
         progress: Callable[[int, int], None] | None = None, changed: set[str] | None = None,
         datasets: list[Dataset] | None = None, whole_project: bool = False) -> ScanResult:
    """Read all files into facts, then evaluate every rule for every pack; then the tables of the
    catalog the scan covers (all of them for a whole-project scan, else those defined in the scanned
    files); then check the datasets.

    With `changed` (pull-request mode), only statements of changed files count, plus statements
    that touch a table a changed file creates or alters; the whole project is still read.
    """
    judged = _read_all(project, files, as_of, progress)
    result = ScanResult(files=len(files))
    scanned = {relative for _, relative in files} if changed is None else set(changed)
    tables = _table_statements(project, judged, scanned, whole_project and changed is None)
    purged = {outline.purge_table.lower() for item in judged for outline, _ in item.statements if outline.purge_table}
    if tables and not whole_project:
        purged |= _purges_elsewhere(project, tables, {relative for _, relative in files}, as_of)
    context = Context(project.catalog, project.config, project.packs, frozenset(purged))
    counts = _changed_statement_filter(judged, changed, project.config) if changed is not None else None
    findings: set[Finding] = {_problem_finding(problem) for problem in project.problems}
    for item in judged:
        if counts is not None and item.path not in changed and not any(counts(outline) for outline, _ in item.statements):
            continue
        result.statements += len(item.statements)
        result.unreadable += any(p.kind == "unreadable" for p in item.problems)
        findings.update(_problem_finding(problem) for problem in item.problems)
        for outline, judgement in item.statements:
            if counts is not None and not counts(outline):
                continue
            result.flows.extend(judgement.flows)
            findings.update(judgement.findings)
            result.suppressed.extend(judgement.suppressed)
    for statement in [*project.live, *tables]:
        judgement = judge(statement, context, with_flows=False)
        findings.update(judgement.findings)
        result.suppressed.extend(judgement.suppressed)
    if datasets:
        from checker.dataset_judging import check_datasets  # Great Expectations loads only here

        findings.update(check_datasets(datasets, project.packs, project.catalog, project.config, as_of, progress))
        result.datasets = len(datasets)
    result.findings = sorted(_apply_severity(findings, project.config), key=Finding.sort_key)
    result.suppressed.sort(key=lambda item: item.finding.sort_key())
    return result


def _table_statements(project: Project, judged: list[JudgedFile], scanned: set[str], everything: bool) -> list[Statement]:
    """One statement of kind "table" per catalog table the scan covers, at the line that defines it;
    a `-- privgate: ignore[...]` on the CREATE statement applies to it."""
    suppressions = {(item.path, table): list(outline.suppressions) for item in judged
                    for outline, _ in item.statements for table in outline.defines}
    statements = []
    for table in project.catalog.tables.values():
        if table.origin is None:
            continue
        path, line = table.origin
        live = "://" in path
        if not (everything or live or path in scanned):
            continue
        where = path
        if live:
            from checker.readers.live import redact

            where = redact(path)
        statements.append(Statement(
            path=where, line=line, column=1, kind="table", sql=f"table {table.name}", dialect=project.config.dialect,
            normalized=f"table {table.name}", defines=(table.name,),
            suppressions=list(suppressions.get((path, table.name), suppressions.get((path, table.name.split(".")[-1]), [])))))
    return sorted(statements, key=lambda item: (item.path, item.line, item.sql))


def _purges_elsewhere(project: Project, tables: list[Statement], read: set[str], as_of: date) -> set[str]:
    """Tables that purge statements in files this (partial) scan did not read delete from: only files
    that mention a deletion and one of the tables are read."""
    names = {statement.defines[0].split(".")[-1] for statement in tables}
    found: set[str] = set()
    for path, relative in collect_files(project, [project.config.root]):
        if relative in read:
            continue
        try:
            text = path.read_text("utf-8", errors="replace").lower()
        except OSError:
            continue
        if ("delete" in text or "truncate" in text or "drop partition" in text) and any(name in text for name in names):
            facts = read_sql_file(path, relative, project.config, project.catalog, as_of, project.dbt)
            found |= {s.purge_table.lower() for s in facts.statements if s.purge_table}
    return found


def _changed_statement_filter(judged: list[JudgedFile], changed: set[str],
                              config: Config) -> Callable[[StatementOutline], bool]:
    """Statements of changed files, and statements touching tables that changed files define."""
    config_changed = config.source is not None and _relative(Path(config.source), config.root) in changed
    tables = {table for item in judged if item.path in changed
              for outline, _ in item.statements for table in outline.defines}
    short_names = {table.split(".")[-1] for table in tables}

    def counts(outline: StatementOutline) -> bool:
        if config_changed or outline.path in changed:
            return True
        return any(table.split(".")[-1] in short_names for table in outline.touches)

    return counts


def _read_all(project: Project, files: list[tuple[Path, str]], as_of: date,
              progress: Callable[[int, int], None] | None) -> list[JudgedFile]:
    """Read and judge every file, in order. Big scans take unchanged files from the file cache and
    read the others on every core."""
    store = None
    if len(files) >= FILE_CACHE_THRESHOLD:
        from checker.file_cache import FileCache

        store = FileCache.open(project, as_of)
    results: list[JudgedFile | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    if store is not None:
        for index, (path, relative) in enumerate(files):
            keys[index] = key = store.key(path, relative)
            results[index] = store.lookup(key) if key is not None else None
    missing = [index for index, judged in enumerate(results) if judged is None]
    done = len(files) - len(missing)
    if progress and done:
        progress(done, len(files))

    def finished(index: int, judged: JudgedFile, data: bytes | None) -> None:
        nonlocal done
        results[index] = judged
        key = keys[index]
        if store is not None and key is not None and not judged.timed_out:
            store.remember(key, data if data is not None else to_bytes(judged))
        done += 1
        if progress:
            progress(done, len(files))

    jobs = min(os.cpu_count() or 1, 8)
    if len(missing) < PARALLEL_THRESHOLD or jobs < 2:
        for index in missing:
            finished(index, _read_and_judge(project, as_of, files[index]), None)
    else:
        from concurrent.futures import ProcessPoolExecutor  # only big scans pay for the import

        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(project, as_of)) as pool:
            chunk = max(1, len(missing) // (jobs * 8))
            for index, data in zip(missing, pool.map(_read_in_worker, [files[i] for i in missing], chunksize=chunk)):
                finished(index, from_bytes(data), data)
    if store is not None:
        store.close()
    return [judged for judged in results if judged is not None]


def _read_and_judge(project: Project, as_of: date, item: tuple[Path, str]) -> JudgedFile:
    judge_each = FileJudge(Context(project.catalog, project.config, project.packs))
    facts = read_sql_file(item[0], item[1], project.config, project.catalog, as_of, project.dbt, judge_each.each)
    return judge_each.result(facts)


_WORKER: tuple[Project, date] | None = None


def _init_worker(project: Project, as_of: date) -> None:
    global _WORKER
    _WORKER = (project, as_of)


def _read_in_worker(item: tuple[Path, str]) -> bytes:
    """A file read and judged in a worker, pickled once: the main process keeps the bytes for the
    file cache and unpickles them for the scan."""
    assert _WORKER is not None
    return to_bytes(_read_and_judge(*_WORKER, item))


def _problem_finding(problem: InputProblem) -> Finding:
    rule = BY_PROBLEM_KIND[problem.kind]
    return Finding(rule.id, rule.family, rule.severity, problem.path, problem.line, problem.column,
                   problem.message)


def _apply_severity(findings: Iterable[Finding], config: Config) -> list[Finding]:
    adjusted = []
    for finding in findings:
        severity = config.severity.get(finding.rule_id)
        if severity == "off" and finding.family != "input":  # input problems can never be silenced
            continue
        adjusted.append(with_severity(finding, severity) if severity and severity != "off" else finding)
    return adjusted


def _relative(path: Path, root: Path) -> str:
    absolute = path.resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        try:
            return absolute.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return absolute.as_posix()


def progress_printer() -> Callable[[int, int], None] | None:
    """A progress line on an interactive terminal; None in CI logs and pipes."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        if total >= 200 and (done % 50 == 0 or done == total):
            end = "\n" if done == total else ""
            sys.stderr.write(f"\rscanning {done}/{total} files")
            sys.stderr.write(end)
            sys.stderr.flush()

    return show
