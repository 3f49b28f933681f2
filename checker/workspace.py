"""Which project each scanned path belongs to, and where report paths are relative to.

Every file is judged by its nearest privgate.yaml (or pyproject.toml with [tool.privgate]): the
scanned paths are grouped by that config, and each group is loaded and scanned as its own
project. A folder walk stops at a subfolder with a config of its own; that folder is scanned as
the next group. Report paths are relative to the repository root (git's top level when there is
one), so annotations land in monorepos.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from checker.config import Config, config_in, discover, from_dict, load_config
from checker.errors import PrivgateError
from checker.records import MutableRecord
from checker.results import ScanResult

if TYPE_CHECKING:
    from collections.abc import Iterator

    from checker.project import Project


@dataclass(eq=False, repr=False)
class Group(MutableRecord):
    """Paths judged under one config."""

    config: Config
    paths: list[Path] = field(default_factory=list)


def group_paths(paths: list[Path], config_file: Path | None, packs_given: bool) -> list[Group]:
    """One group per nearest config, in the order the paths were given; `--config` makes one group."""
    if config_file is not None:
        if not config_file.is_file():
            raise PrivgateError(f"config file not found: {config_file}")
        return [Group(load_config(config_file), list(paths))]
    groups: dict[str, Group] = {}
    nearest: dict[Path, Path | None] = {}  # folder -> its config: pre-commit passes many files of few folders
    projects: dict[Path, Path | None] = {}  # folder -> the dbt project it is in, for a scan without a config
    for path in paths or [Path.cwd()]:
        folder = path.resolve() if path.is_dir() else path.resolve().parent
        if folder not in nearest:
            nearest[folder] = discover(folder)
        found = nearest[folder]
        below = _configs_below(path) if found is None and path.is_dir() and not packs_given else []
        for config_file in below:  # a monorepo scanned from a folder above its projects
            groups.setdefault(str(config_file), Group(load_config(config_file))).paths.append(config_file.parent)
        if below:
            continue
        key = str(found) if found else str(packs_only_root(path, projects))  # a config file's path, or a folder
        if key not in groups:
            groups[key] = Group(_config(found, path, packs_given))
        if paths:
            groups[key].paths.append(path)
    for group in groups.values():
        _scanned_ddl(group)
    return list(groups.values())


def packs_only_root(path: Path, memo: dict[Path, Path | None] | None = None) -> Path:
    """The folder a scan without a config judges from (`--pack` alone): the dbt project the path is
    in (a dbt_project.yml at or above it), else the folder privgate runs in when the path is inside
    it, else the path's own folder; so `privgate scan ../analytics --pack NAME` renders that dbt
    project's models and replays DDL met outside the current folder."""
    folder = path.resolve() if path.is_dir() else path.resolve().parent
    project = _dbt_project_at_or_above(folder, {} if memo is None else memo)
    if project is not None:
        return project
    here = Path.cwd().resolve()
    return here if folder == here or here in folder.parents else folder


def _dbt_project_at_or_above(folder: Path, memo: dict[Path, Path | None]) -> Path | None:
    """The nearest folder at or above `folder` with a dbt_project.yml; `memo` keeps the answer per
    folder for one call of the caller (a pre-commit run passes many files of few folders)."""
    if folder not in memo:
        found = folder if (folder / "dbt_project.yml").is_file() else None
        memo[folder] = found or (None if folder.parent == folder else _dbt_project_at_or_above(folder.parent, memo))
    return memo[folder]


def _scanned_ddl(group: Group) -> None:
    """With no config file (`--pack` alone) nothing names the DDL, so the SQL the scan covers is
    replayed into the catalog: a schema dump scanned as it is gets its tables judged. A file named on
    the command line is replayed as it is; in a folder, the files `privgate init` would name as DDL
    (schema files and migration steps, not a teardown script, a down migration or a test's setup)."""
    config = group.config
    if config.source is not None or config.catalog.get("ddl"):
        return
    from checker.readers.liquibase_changes import is_changelog_file
    from checker.scaffold import dbt_adapter_dialect, ddl_globs, survey  # only without a config: a warm scan imports no scaffold

    globs = []
    for path in group.paths or [config.root]:
        try:
            relative = path.resolve().relative_to(config.root).as_posix()
        except ValueError:
            continue  # outside the folder privgate runs in: not replayed
        if path.is_file():
            if path.suffix.lower() == ".sql" or config.wants(relative) or is_changelog_file(path):  # not a data file
                globs.append(f"/{relative}")
            continue
        found = survey(path)
        prefix = "" if relative == "." else f"{relative}/"
        if relative == "." and found.dbt_folder not in (None, ".") and not config.catalog.get("dbt"):
            # a dbt project in a folder of the repository (cal-itp/data-infra's warehouse/), as init names it:
            # its models are rendered, not failed as Jinja outside a dbt project; its adapter names the dialect
            config.catalog = {**config.catalog, "dbt": found.dbt_folder}
            config.dialect = dbt_adapter_dialect(path / found.dbt_folder) or config.dialect
        globs += [glob if not prefix else prefix + glob.lstrip("/")
                  for glob in ddl_globs(found.ddl_files, found.sql_files)]
        # a second warehouse's folder (lago-api's db/clickhouse_migrate/ beside its PostgreSQL structure.sql)
        # is read in its own dialect, as the `dialects:` init writes would have it
        config.dialect_paths += [(prefix + glob, dialect) for glob, (dialect, _) in found.dialect_paths.items()
                                 if dialect != config.dialect]
    config.catalog = {**config.catalog, "ddl": globs}


@dataclass(eq=False, repr=False)
class Planned(MutableRecord):
    """A project to judge: its paths, and the files of those paths it owns (relative -> absolute)."""

    project: Project
    paths: list[Path] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    tables_from: set[str] = field(default_factory=set)  # files whose catalog tables are judged (dbt schema files)
    whole: bool = False  # its config was named: the whole project is judged again
    left_out: Counter[tuple[str, str]] = field(default_factory=Counter)  # SQL files its folder walks did not read


def plan_projects(paths: list[Path], config_file: Path | None, packs: tuple[str, ...],
                  db_url: str | None, not_judged: dict[Path, str] | None = None) -> list[Planned]:
    """Every project the paths reach, loaded once (the database with the first), with its files:
    a folder walk that meets a project of its own hands that folder to it, and a file reached both
    by name and by a walk is judged once. Files named explicitly are routed by kind
    (checker.routing); with `not_judged`, the files that are not judged are listed there with the
    reason, and a file that is not SQL outside every project is one of them instead of an error."""
    from checker.engine import collect_files, load_progress_printer
    from checker.project import load_project
    from checker.routing import OUTSIDE, Routed, named_like_sql, route

    targets = paths or ([] if db_url else [Path.cwd()])  # --db alone scans only the database
    missing = [str(path) for path in targets if not path.exists()]
    if missing:
        raise PrivgateError(f"path does not exist: {', '.join(missing)}")
    if not_judged is not None and config_file is None and not packs:
        outside = [path for path in targets if path.is_file() and not named_like_sql(path) and discover(path) is None]
        not_judged.update((path, OUTSIDE) for path in outside)
        targets = [path for path in targets if path not in outside]
        if not targets and paths:
            return []
    queue = group_paths(targets, config_file, bool(packs))
    planned: dict[str, Planned] = {}
    while queue:
        group = queue.pop(0)
        key = str(group.config.root)
        if key not in planned:
            planned[key] = Planned(load_project(group.config, packs, db_url if not planned else None,
                                                load_progress_printer()))
        plan = planned[key]
        nested: list[Path] | None = None if config_file else []
        folders = [path for path in group.paths if not path.is_file()]
        plan.files.update((relative, path) for path, relative in collect_files(plan.project, folders, nested,
                                                                                 plan.left_out))
        routed = Routed()
        route(plan.project, [path for path in group.paths if path.is_file()], routed)
        plan.files.update(routed.files)
        plan.tables_from |= routed.tables_from
        plan.whole = plan.whole or routed.whole
        if not_judged is not None:
            not_judged.update(routed.not_judged)
        plan.paths += group.paths
        queue += [nested_group(folder) for folder in nested or []]
    return list(planned.values())


def _configs_below(folder: Path) -> list[Path]:
    """The topmost configs under `folder` (a walk stops at the first config on each branch)."""
    import os

    from checker.project import SKIPPED_FOLDERS

    found = []
    for current, subfolders, files in os.walk(folder):
        config_file = config_in(Path(current), set(files))
        if config_file is not None:
            found.append(config_file)
            subfolders[:] = []
            continue
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
    return found


def nested_group(folder: Path) -> Group:
    """The group of a project folder a walk met inside another project."""
    found = config_in(folder)
    if found is None:
        raise PrivgateError(f"no privgate.yaml in {folder}")
    return Group(load_config(found), [folder])


def _config(found: Path | None, start: Path, packs_given: bool) -> Config:
    if found is not None:
        return load_config(found)
    if packs_given:
        root = packs_only_root(start)
        from checker.scaffold import dbt_adapter_dialect

        # as `privgate init` decides: a dbt project's adapter (profile, manifest, model configs), else the SQL's votes
        dialect = (dbt_adapter_dialect(root) if (root / "dbt_project.yml").is_file() else None) or _sql_dialect(start)
        return from_dict({"dialect": dialect}, root, None) if dialect else Config(root=root)
    raise PrivgateError(f"no privgate.yaml (or [tool.privgate] in pyproject.toml) found from {start} upward; "
                        "create one or pass --pack NAME")


def _sql_dialect(start: Path) -> str | None:
    """For a scan without a config: the dialect the scanned SQL votes for (a SQL Server dump read as
    T-SQL), from the file itself or a sample of the folder's SQL files, as `privgate init` decides."""
    import itertools
    import os

    from checker.project import SKIPPED_FOLDERS
    from checker.scaffold import SAMPLE_FILES, voted_dialect

    if start.is_file():
        return voted_dialect([start]) if start.suffix.lower() == ".sql" else None

    def sql_files() -> Iterator[Path]:
        for current, subfolders, files in os.walk(start):
            subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
            yield from (Path(current) / name for name in sorted(files) if name.lower().endswith(".sql"))

    return voted_dialect(list(itertools.islice(sql_files(), SAMPLE_FILES))) if start.is_dir() else None


def report_root(project_roots: list[Path]) -> Path:
    """Git's top level above the first project, else the folder every project is in."""
    first = project_roots[0]
    for folder in [first, *first.parents]:
        if (folder / ".git").exists():
            return folder
    if len(project_roots) == 1:
        return first
    import os

    return Path(os.path.commonpath([str(root) for root in project_roots]))


def rebased(result: ScanResult, project_root: Path, root: Path, logical_prefix: str | None) -> ScanResult:
    """`result` with its file paths relative to `root` instead of the project's folder. Absolute
    paths and logical database locations (`db/<name>/...`) stay as they are."""
    try:
        prefix = project_root.relative_to(root).as_posix()
    except ValueError:
        prefix = project_root.as_posix()
    if prefix in ("", "."):
        return result

    def move(path: str) -> str:
        if path.startswith("/") or (logical_prefix and path.startswith(logical_prefix)):
            return path
        return f"{prefix}/{path}"

    findings = [replace(finding, path=move(finding.path)) for finding in result.findings]
    suppressed = [replace(item, finding=replace(item.finding, path=move(item.finding.path)))
                  for item in result.suppressed]
    missing = [(node, move(model)) for node, model in result.missing_nodes]
    return replace(result, findings=findings, suppressed=suppressed, missing_nodes=missing)


def merged(results: list[ScanResult]) -> ScanResult:
    """One result for several projects' scans, findings in report order."""
    if len(results) == 1:
        return results[0]
    total = ScanResult()
    for result in results:
        for name in (item.name for item in fields(ScanResult) if item.name != "run"):  # lists joined, counts added
            value = getattr(result, name)
            setattr(total, name, getattr(total, name) + value)
    total.findings.sort(key=lambda finding: finding.sort_key())
    total.suppressed.sort(key=lambda item: item.finding.sort_key())
    return total
