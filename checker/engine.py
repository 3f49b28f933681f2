"""The scan: load the project, read every file into facts (in parallel for big scans), run every
rule family over the facts for every pack in force, and return sorted findings."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checker.catalog import canonical_name, column_counts
from checker.config import Config, config_in
from checker.facts import InputProblem, StatementOutline
from checker.findings import Finding
from checker.results import ScanResult
from checker.suppressions import Suppressed
from checker.globs import match_path, matches_any
from checker.progress import Progress, on_terminal
from checker.judging import FileJudge, JudgedFile, failure_problem, from_bytes, judge, judge_table, to_bytes
from checker.project import SKIPPED_FOLDERS, Project, load_project, relative_to as _relative
from checker.isolation import FILE_MEMORY_MB, Failure, run_isolated
from checker.readers import sql as sql_reader
from checker.readers.ddl import is_down_migration
from checker.readers.sql import MAX_SQL_BYTES, read_sql_file
from checker.safe_read import read_script

if TYPE_CHECKING:
    from checker.datasets.spec import Dataset
    from checker.file_cache import PurgeIndex
from checker.rules.base import Context, with_severity
from checker.rules.input import UNREADABLE_DATASET, problem_finding as _problem_finding
from checker.rules.subjects import TableSubject

PARALLEL_THRESHOLD = 64  # below this, starting worker processes costs more than it saves
IN_PROCESS_BYTES = 4096  # a small scan reads bigger files (and dbt models) in a worker that can be stopped
FILE_CACHE_THRESHOLD = 64  # below this, hashing the project for the file cache costs more than it saves
__all__ = ["Project", "ScanResult", "collect_datasets", "collect_files", "covers_project", "load_project", "scan"]


def walk(folder: Path, project_root: Path, nested: list[Path] | None = None,
         unlisted: list[Path] | None = None) -> Iterator[tuple[str, list[str]]]:
    """Folders under `folder` (sorted, without tool and hidden folders) and their file names. A
    folder with a config of its own is another project: when `nested` is given, the walk does not
    enter it and adds it there. Folders that cannot be listed (permission denied) go to `unlisted`."""
    def cannot_list(error: OSError) -> None:
        if unlisted is not None and error.filename:
            unlisted.append(Path(error.filename))

    for current, subfolders, files in os.walk(folder, onerror=cannot_list):
        if nested is not None and files and Path(current) != project_root and Path(current) != folder \
                and config_in(Path(current), set(files)) is not None:
            subfolders[:] = []
            if nested is not None and Path(current) not in nested:
                nested.append(Path(current))
            continue
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
        yield current, files


def collect_files(project: Project, paths: Iterable[Path], nested: list[Path] | None = None,
                  left_out: Counter[tuple[str, str]] | None = None) -> list[tuple[Path, str]]:
    """SQL files to scan: folders are walked with the config's include/exclude globs; files named
    explicitly are scanned unless excluded or a dataset's (see collect_datasets). Paths are relative
    to the project root. Folders of other projects met on the way are added to `nested`; `*.sql`
    files a walk leaves out are counted in `left_out` by (folder or glob, why)."""
    found: dict[str, Path] = {}
    config = project.config
    for path in paths:
        if path.is_file():
            relative = _relative(path, config.root)
            dataset = any(spec.path and match_path(spec.path, relative) for spec in project.datasets)
            jinja = project.dbt is not None and project.dbt.skips(relative)  # a dbt macro staged for a commit
            if not dataset and not jinja and not matches_any(config.exclude, relative):
                found[relative] = path
            continue
        unlisted: list[Path] = []
        for folder, files in walk(path, config.root, nested, unlisted):
            where = _relative(Path(folder), config.root)  # once per folder: resolving is a syscall per part
            for name in files:
                relative = name if where == "." else f"{where}/{name}"
                if config.wants(relative) and not (project.dbt is not None and project.dbt.skips(relative)):
                    found[relative] = Path(folder) / name
                elif left_out is not None and name.lower().endswith(".sql"):
                    left_out[_left_out_as(project, relative)] += 1
        for folder in unlisted:  # never skipped silently: the reader reports it as an input finding
            relative = _relative(folder, config.root)
            if not any(match_path(glob, relative) or match_path(glob, relative + "/x") for glob in config.exclude):
                found[relative] = folder
    return [(found[relative], relative) for relative in sorted(found)]


def _left_out_as(project: Project, relative: str) -> tuple[str, str]:
    """Where and why a walk leaves out a `*.sql` file: a dbt folder of no queries (macros, a nested
    dbt project), an `exclude` glob, or no `include` glob."""
    config = project.config
    skipped = project.dbt.skipped_as(relative) if project.dbt is not None else None
    if skipped is not None:
        return skipped
    if not matches_any(config.include, relative):
        return "*.sql outside `include`", "matched by no `include` glob"
    return next((glob for glob in config.exclude if match_path(glob, relative)), "exclude"), "an `exclude` glob"


def covers_project(project: Project, paths: Iterable[Path]) -> bool:
    """Whether the scanned paths include the project root (a whole-project scan)."""
    return any(path.is_dir() and project.config.root.is_relative_to(path.resolve()) for path in paths)


def collect_datasets(project: Project, paths: Iterable[Path], changed: set[str] | None = None) -> list[Dataset]:
    """The datasets a scan of `paths` covers: files matching a `datasets:` glob under the paths, and
    the tables when the scan covers the whole project (never in pull-request mode unless the config
    changed, and never for a few files named on the command line)."""
    if not project.datasets:
        return []
    from checker.datasets.spec import dataset_globs, select_datasets

    config = project.config
    globs = dataset_globs(project.datasets)
    found: dict[str, Path] = {}
    paths = list(paths)
    for path in paths:
        walked = [(str(path.parent), [path.name])] if path.is_file() else walk(path, config.root)
        for folder, names in walked:
            where = _relative(Path(folder), config.root)  # the folder resolved, never the file: a symlinked
            for name in names:                             # dataset keeps its own name (its reader judges the target)
                relative = name if where == "." else f"{where}/{name}"
                if any(match_path(glob, relative) for glob in globs) and not matches_any(config.exclude, relative):
                    found[relative] = Path(folder) / name
    files = [(found[relative], relative) for relative in sorted(found)]
    whole = covers_project(project, paths)
    if changed is not None:
        files = [(path, relative) for path, relative in files if relative in changed]
        config_changed = config.source is not None and _relative(Path(config.source), config.root) in changed
        whole = whole and config_changed
    return select_datasets(project.datasets, config, files, whole, project.db_url)


def scan(project: Project, files: list[tuple[Path, str]], as_of: date,
         progress: Progress | None = None, changed: set[str] | None = None,
         datasets: list[Dataset] | None = None, whole_project: bool = False,
         tables_from: Iterable[str] = ()) -> ScanResult:
    """Read all files into facts, then evaluate every rule for every pack; then the tables of the
    catalog the scan covers (all of them for a whole-project scan, else those defined in the scanned
    files); then check the datasets.

    With `changed` (pull-request mode), only statements of changed files count, plus statements
    that touch a table a changed file creates or alters; the whole project is still read.
    `tables_from` names more files whose tables count as scanned (a changed dbt schema file).
    """
    judged = _read_all(project, files, as_of, progress)
    result = ScanResult(files=len(files))
    scanned = ({relative for _, relative in files} if changed is None else set(changed)) | set(tables_from)
    tables = _table_subjects(project, judged, scanned, whole_project and changed is None)
    result.tables = len(tables)
    result.changelog_changes = sum(count for changelog, count in project.changelog_changes.items()
                                   if (whole_project and changed is None) or changelog in scanned)
    result.columns, result.personal_columns, result.uncategorised_columns = column_counts(
        (subject.table for subject in tables), project.packs)
    dataset_tables = {canonical_name(spec.table) for spec in project.datasets if spec.table}  # their rows are checked
    catalog_ddl = list(project.config.catalog.get("ddl") or [])  # a table they create and later drop is no news
    result.outside_catalog = sorted({(outline.path, outline.line, table) for item in judged
                                     for outline, _ in item.statements for table in outline.schema_tables
                                     if project.catalog.table(table) is None and canonical_name(table) not in dataset_tables
                                     and not matches_any(catalog_ddl, outline.path)
                                     and not is_down_migration(outline.path)})  # undoes a migration
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
        if project.dbt is not None and project.dbt.model_at(item.path) is not None:
            result.models += 1
            result.models_unread += bool(item.problems)
            result.missing_nodes += [(node, item.path) for node in item.missing_nodes]
        findings.update(_problem_finding(problem) for problem in item.problems)
        for outline, judgement in item.statements:
            if counts is not None and not counts(outline):
                continue
            result.flows.extend(judgement.flows)
            findings.update(judgement.findings)
            result.suppressed.extend(judgement.suppressed)
    judgements = [judge(statement, context, with_flows=False) for statement in project.live]
    judgements += [judge_table(table, context) for table in tables]
    for judgement in judgements:
        findings.update(judgement.findings)
        result.suppressed.extend(judgement.suppressed)
    if datasets:
        from checker.datasets.extra import require_data_extra

        require_data_extra("checking the datasets of `datasets:`", project.config.source)
        from checker.dataset_judging import check_datasets  # Great Expectations loads only here

        checked = partial(progress, "datasets checked") if progress else None
        findings.update(check_datasets(datasets, project.packs, project.catalog, project.config, as_of, checked))
        result.datasets = len(datasets)
    result.input_problems = sum(1 for finding in findings if finding.family == "input")
    if project.config.accepted_inputs:
        findings = _accepting(findings, project.config, result)
    result.unreadable_datasets = sum(1 for finding in findings if finding.rule_id == UNREADABLE_DATASET.id)
    if project.database:
        findings = {_at_logical_location(finding, project.database) for finding in findings}
    result.findings = sorted(_apply_severity(findings, project.config, result), key=Finding.sort_key)
    result.suppressed.sort(key=lambda item: item.finding.sort_key())
    return result


def _table_subjects(project: Project, judged: list[JudgedFile], scanned: set[str], everything: bool) -> list[TableSubject]:
    """Each catalog table the scan covers, at the line that defines it; a `-- privgate: ignore[...]`
    on the CREATE statement applies to it."""
    suppressions = {(item.path, table): tuple(outline.suppressions) for item in judged
                    for outline, _ in item.statements for table in outline.defines}
    tables = []
    for table in project.catalog.tables.values():
        if table.origin is None:
            continue
        path, line = table.origin
        if not (everything or table.name in project.live_tables or path in scanned):
            continue
        tables.append(TableSubject(table, path, line, suppressions.get(
            (path, table.name), suppressions.get((path, table.name.split(".")[-1]), ()))))
    return sorted(tables, key=lambda item: (item.path, item.line, item.table.name))


def _purges_elsewhere(project: Project, tables: list[TableSubject], read: set[str], as_of: date) -> set[str]:
    """Tables that purge statements in files this (partial) scan did not read delete from. With the
    cache on, each file's purges come from the purge index (checker.file_cache.PurgeIndex: a stat of
    each file, and no walk while no folder changed), so only new or edited files that mention a
    deletion are read; without it, only files that mention a deletion and one of the tables are read."""
    from checker.file_cache import PurgeIndex

    names = {subject.table.name.split(".")[-1] for subject in tables}
    index = PurgeIndex.open(project)
    unchanged = index.unchanged_purges(str(project.config.root), read) if index is not None else None
    found, listed = unchanged if unchanged is not None else (set(), None)
    deferred: list[tuple[Path, str, str | None]] = []  # big files, read in a worker that can be stopped
    for file, relative in listed if listed is not None else _sql_files_of(project, index):
        if relative in read:
            if index is not None and relative not in index.known:
                index.remember(relative, None, [])  # new and staged: the next scan reads it
            continue
        stamp = index.stamp(file) if index is not None else None
        known = index.tables_of(relative, stamp) if index is not None and stamp is not None else None
        if known is not None:
            found.update(known)
            continue
        path = Path(file)
        try:
            text = read_script(path, MAX_SQL_BYTES, errors="replace").lower()  # a UTF-16 script's DELETEs too
        except OSError:
            continue
        if not ("delete" in text or "truncate" in text or "drop partition" in text):
            if index is not None:
                index.remember(relative, stamp, [])
            continue
        if index is None and not any(name in text for name in names):
            continue
        if _needs_isolation(project, (path, relative)):
            deferred.append((path, relative, stamp))
            continue
        purged = _purges_of(project, as_of, (path, relative))
        found.update(purged)
        if index is not None:
            index.remember(relative, stamp, purged)
    items = [(path, relative) for path, relative, _ in deferred]
    for at, outcome in run_isolated(_purges_in_worker, items, jobs=min(os.cpu_count() or 1, 8),
                                    seconds=sql_reader.FILE_SECONDS, initializer=_init_worker,
                                    initargs=(project, as_of)) if items else ():
        if isinstance(outcome, Failure):
            continue  # the file is not scanned here: whatever it purges is not known, as for a broken file
        found.update(outcome)
        if index is not None:
            index.remember(deferred[at][1], deferred[at][2], outcome)
    if index is not None:
        index.seen |= read  # the scanned files are not gone: the next scan may not have them in hand
        index.close()
    return found


def _sql_files_of(project: Project, index: PurgeIndex | None = None) -> Iterator[tuple[str, str]]:
    """The project's SQL files as collect_files finds them walking the root (nested projects'
    included), as (path, relative) strings: no Path per file, so a 5,000-file walk stays cheap. The
    index, if any, is told each folder walked."""
    config, dbt = project.config, project.dbt
    root = str(config.root)
    for folder, files in walk(config.root, config.root):
        where = os.path.relpath(folder, root).replace(os.sep, "/")
        if index is not None:
            index.walking(root, where)
        for name in files:
            relative = name if where == "." else f"{where}/{name}"
            if config.wants(relative) and not (dbt is not None and dbt.skips(relative)):
                yield f"{folder}/{name}", relative


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
              progress: Progress | None) -> list[JudgedFile]:
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
        progress("files read", done, len(files))

    def finished(index: int, judged: JudgedFile, data: bytes | None) -> None:
        nonlocal done
        results[index] = judged
        key = keys[index]
        if store is not None and key is not None and not judged.timed_out:
            store.remember(key, data if data is not None else to_bytes(judged))
        done += 1
        if progress:
            progress("files read", done, len(files))

    jobs = min(os.cpu_count() or 1, 8)
    if len(missing) < PARALLEL_THRESHOLD or jobs < 2:
        isolated = [index for index in missing if _needs_isolation(project, files[index])]
        outside = set(isolated)
        for index in missing:
            if index not in outside:
                finished(index, _read_and_judge(project, as_of, files[index]), None)
        batch = 1
    else:
        isolated, batch = missing, max(1, len(missing) // (jobs * 8))
    if isolated:
        seconds = sql_reader.FILE_SECONDS
        for at, outcome in run_isolated(_read_in_worker, [files[index] for index in isolated], jobs=jobs,
                                        seconds=seconds, initializer=_init_worker, initargs=(project, as_of),
                                        batch=batch, memory_mb=FILE_MEMORY_MB):
            index = isolated[at]
            if isinstance(outcome, Failure):
                finished(index, _lost_file(files[index][1], outcome, seconds), None)
            else:
                finished(index, from_bytes(outcome), outcome)
    if store is not None:
        store.close()
    return [judged for judged in results if judged is not None]


def _needs_isolation(project: Project, item: tuple[Path, str]) -> bool:
    """Whether a file of a small scan is read in a worker process that can be stopped: a dbt model
    (its rendered SQL may be any size) or a file over IN_PROCESS_BYTES. A small file is read in this
    process, bounded by the alarm alone: its compiled parsing and qualifying cannot run long (the
    worst statement known, 4 KB of `a+a+...`, holds compiled code 0.4 s), and a one-file pre-commit
    scan pays no process start."""
    if project.dbt is not None and project.dbt.model_at(item[1]) is not None:
        return True
    try:
        return os.stat(item[0]).st_size > IN_PROCESS_BYTES
    except OSError:
        return False  # the reader reports what cannot be read


def _lost_file(relative: str, failure: Failure, seconds: float) -> JudgedFile:
    """A file whose worker was stopped at the deadline or died, as that file's input problem (not
    cached: the next scan tries again)."""
    if failure.kind == "timeout":
        problem = InputProblem(relative, 1, 1, f"gave up after {seconds:g} s inside one statement (stopped from "
                               "outside: compiled parser code cannot be interrupted); the file was not analysed "
                               "(split it, or simplify its statements; PRIVGATE_FILE_TIMEOUT)", "unparsable")
    elif failure.kind == "memory":  # the same line as a MemoryError the reader's own guard caught
        problem = failure_problem(relative, 1, "file", MemoryError())
    else:
        problem = InputProblem(relative, 1, 1, f"privgate's reader died on this file ({failure.detail}); it was not "
                               "checked, the rest of the scan was", "unreadable")
    return JudgedFile(relative, [problem], True, [])


def _read_and_judge(project: Project, as_of: date, item: tuple[Path, str]) -> JudgedFile:
    judge_each = FileJudge(Context(project.catalog, project.config, project.packs))
    try:
        facts = read_sql_file(item[0], item[1], project.config, project.catalog, as_of, project.dbt, judge_each.each)
    except Exception as error:  # noqa: BLE001 - one bad file never stops the scan: an input finding for it
        return judge_each.failed(item[1], error)
    return judge_each.result(facts)


_WORKER: tuple[Project, date] | None = None


def _init_worker(project: Project, as_of: date) -> None:
    global _WORKER
    _WORKER = (project, as_of)


def _purges_of(project: Project, as_of: date, item: tuple[Path, str]) -> list[str]:
    """The tables a file's statements purge (delete from), lower case."""
    facts = read_sql_file(item[0], item[1], project.config, project.catalog, as_of, project.dbt)
    return sorted({s.purge_table.lower() for s in facts.statements if s.purge_table})


def _purges_in_worker(item: tuple[Path, str]) -> list[str]:
    assert _WORKER is not None
    return _purges_of(*_WORKER, item)


def _read_in_worker(item: tuple[Path, str]) -> bytes:
    """A file read and judged in a worker, pickled once: the main process keeps the bytes for the
    file cache and unpickles them for the scan."""
    assert _WORKER is not None
    return to_bytes(_read_and_judge(*_WORKER, item))


def _accepting(findings: set[Finding], config: Config, result: ScanResult) -> set[Finding]:
    """Input problems the config's `accept:` entries accept move to the suppressed findings, with
    the entry's reason and where it is (they still count as not checked in the coverage)."""
    kept = set()
    for finding in findings:
        index = next((index for index, entry in enumerate(config.accepted_inputs)
                      if finding.family == "input" and entry.get("rule", finding.rule_id) == finding.rule_id
                      and match_path(entry["path"], finding.path)), None)
        if index is None:
            kept.add(finding)
            continue
        line, _ = config.lines.position(("accept", index))
        where = f"{Path(config.source).name}:{line}" if config.source and line else "the config"
        result.suppressed.append(Suppressed(finding, f"{config.accepted_inputs[index]['reason']} (accepted in {where})",
                                            "external"))
    return kept


def _at_logical_location(finding: Finding, database: str) -> Finding:
    """A finding at a live table's location (`db/crm/public/accounts`) names it as a logical location too."""
    if not finding.path.startswith(f"db/{database}/"):
        return finding
    return replace(finding, logical_location=".".join(finding.path.split("/")[1:]))


def _apply_severity(findings: Iterable[Finding], config: Config, result: ScanResult) -> list[Finding]:
    """Per-rule severity overrides; findings turned off are counted in the result (an input problem
    turned off is accepted, never hidden: the summary says how many)."""
    adjusted = []
    for finding in findings:
        severity = config.severity.get(finding.rule_id)
        if severity == "off":
            result.turned_off += 1
            result.inputs_turned_off += finding.family == "input"
            continue
        adjusted.append(with_severity(finding, severity) if severity else finding)
    return adjusted


def load_progress_printer() -> Progress | None:
    """The load phase's progress (dbt models read for lineage, DDL replayed): see checker.progress."""
    return on_terminal()


def progress_printer() -> Progress | None:
    """The scan's progress (files read, datasets checked): see checker.progress."""
    return on_terminal()
