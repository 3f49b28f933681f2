"""The dbt project as checker.readers.dbt read it, kept in privgate's cache while none of the files
and folders it read changed: a pre-commit run in a project of thousands of models takes it from one
entry after a `stat` of each of those files and folders, instead of listing, sorting and naming every
model, parsing its schema files and hashing the result again.

What the entry is checked against (size, modification and change time, inode of each): the folders
and files of the model, snapshot and macro paths and of `dbt_packages/` (a file added, removed or
renamed changes its folder's times), `dbt_project.yml`, `target/` and its manifest, the folders the
search for nested dbt projects walks, and installed dbt's own macro files; a stamp within RACY_NS of
the run is not trusted (as git treats a racily clean file), and then nothing is stored. The entry
also holds the project's fingerprint (checker.cache_keys.digest_of) and a digest of those stamps,
which the classified catalog's key uses instead of hashing the project and stat'ing its models again.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import cache

if TYPE_CHECKING:
    from checker.readers.dbt import DbtProject

KIND = "dbt-projects"
ENTRIES_KEPT = 16  # one per project root (worktrees, checkouts)
MODULES = ("checker.readers.dbt", "checker.readers.ddl")  # besides the catalog's: the classes an entry holds
_NOT_NESTED = {".git", ".venv", "venv", "node_modules", "target", "dbt_packages", "logs", "__pycache__"}


def load(root: Path, folder: str | None, given_vars: dict[str, Any] | None = None) -> DbtProject | None:
    """load_dbt_project(root, folder, given_vars), from the cache while every file and folder it read is
    unchanged."""
    from checker.readers.dbt import load_dbt_project

    entry = _entry(root, folder, given_vars or {}) if cache.folder() is not None else None
    stored = _stored(entry) if entry else None
    if stored is not None:
        return stored
    started = time.time_ns()
    project = load_dbt_project(root, folder, given_vars)
    if entry and project is not None:
        _store(entry, project, started)
    return project


def _entry(root: Path, folder: str | None, given_vars: dict[str, Any]) -> str | None:
    from checker.readers.dbt_core import core_macro_files

    try:
        base = str(((root / folder) if folder else root).resolve())
    except OSError:
        return None
    return cache.key(KIND, cache.code_stamp(), str(root), folder or "", base, repr(core_macro_files()),
                     json.dumps(given_vars, sort_keys=True, default=repr))


def _stored(entry: str) -> DbtProject | None:
    """The stored project, when every stamp it was stored with still holds."""
    from checker.cache_keys import ALLOWED_MODULES, restricted_loads
    from checker.readers.dbt import DbtProject

    data = cache.read_bytes(KIND, f"{entry}.pickle")
    if data is None:
        return None
    try:
        stamps, project = restricted_loads(io.BytesIO(data), ALLOWED_MODULES + MODULES)
    except Exception:  # a truncated, damaged or foreign entry only costs the work again
        return None
    if not isinstance(project, DbtProject) or not isinstance(stamps, dict):
        return None
    paths = list(stamps)
    if _stamps(paths) != [stamps[path] for path in paths]:
        return None
    return project


def _store(entry: str, project: DbtProject, started: int) -> None:
    """Keep the project with the stamps of what it was read from, when all of them can be trusted
    (none changed within RACY_NS before the project was read, or since)."""
    from checker.cache_keys import RACY_NS, digest_of

    paths = inputs(project)
    found = _stamps(paths) if paths is not None else []
    if paths is None or any(stamp != MISSING and stamp[1] >= started - RACY_NS for stamp in found):
        return
    stamps = dict(zip(paths, found))
    project._inputs = cache.key(*(f"{path}\0{stamp}" for path, stamp in stamps.items()))
    project._digest = digest_of(project)
    if project._digest is None:
        return
    try:
        data = pickle.dumps((stamps, project), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return
    if cache.write_bytes(KIND, f"{entry}.pickle", data):
        cache.prune(KIND, ENTRIES_KEPT)


MISSING = "missing"  # the stamp of a path that does not exist: its appearing changes a stamped folder's times


def _stamps(paths: list[str]) -> list[Any]:
    """(size, latest of modification and change time, modification time, inode) of each path, or MISSING."""
    found: list[Any] = []
    for path in paths:
        try:
            status = os.stat(path)
        except OSError:
            found.append(MISSING)
            continue
        found.append((status.st_size, max(status.st_mtime_ns, status.st_ctime_ns), status.st_mtime_ns, status.st_ino))
    return found


def inputs(project: DbtProject) -> list[str] | None:
    """Every file and folder load_dbt_project read or listed for `project` (absolute paths), with
    the folders between the project and each path it lists (one that appears changes their times);
    None when dbt_project.yml cannot be read again."""
    base = str(project.root)
    paths = {base: None, f"{base}/dbt_project.yml": None, f"{base}/target": None, f"{base}/target/manifest.json": None}
    trees = _listed_paths(project)
    if trees is None:
        return None
    trees += [*project.model_paths, "dbt_packages"]
    trees += [path.strip("/")[len(project.prefix):] for path, what in project.not_sql_why.items()
              if what == "dbt macros"]
    for tree in trees:
        parts = Path(tree).parts
        paths.update((os.path.join(base, *parts[:end]), None) for end in range(1, len(parts)))
        paths[os.path.join(base, tree)] = None
        for folder, subfolders, files in os.walk(os.path.join(base, tree)):
            subfolders.sort()
            paths[folder] = None
            paths.update((os.path.join(folder, name), None) for name in sorted(files))
    for folder, subfolders, _ in os.walk(base):  # where nested dbt projects are looked for: their folders only
        subfolders[:] = sorted(name for name in subfolders if name not in _NOT_NESTED and not name.startswith("."))
        paths[folder] = None
    paths.update((path, None) for path in project.macro_files)  # installed dbt's own macros among them
    return list(paths)


def _listed_paths(project: DbtProject) -> list[str] | None:
    """The snapshot and seed paths dbt_project.yml names (read from it again: the project keeps neither)."""
    from checker.readers.dbt import DbtError, _project_settings

    try:
        settings = _project_settings(project.root / "dbt_project.yml")
    except DbtError:  # it was read a moment ago: a file that changed since is not stored
        return None
    return [str(path) for key, default in (("snapshot-paths", "snapshots"), ("seed-paths", "seeds"))
            for path in settings.get(key) or [default]]
