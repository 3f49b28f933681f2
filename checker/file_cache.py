"""Judged SQL files kept in privgate's cache by content: in an unchanged project, a file whose bytes
did not change is neither read nor judged again (the way ruff and mypy skip unchanged files).

The key covers privgate's version and code (each module's size and modification time, so an edited
checkout never reuses stale entries), the file's bytes and path, the date the scan judges as of, and
a fingerprint of everything else reading and judging depend on: config, catalog, packs and the dbt
project (its macro files' contents included). Entries live in one SQLite file (one transaction per
scan, however many files) as pickles of privgate's own fact and finding classes, loaded by an
unpickler that refuses every other class, so an entry cannot run code. The engine uses it for big
scans only: for a few files, hashing the project costs more than it saves.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import cache, stat_prefetch
from checker.cache_keys import RACY_NS, fingerprint, restricted_loads
from checker.safe_read import read_bytes

if TYPE_CHECKING:
    from checker.engine import Project
    from checker.judging import JudgedFile

DATABASE = "files.sqlite3"
ENTRIES_KEPT = 50_000


class FileCache:
    """One scan's view of the cache: look up every file first, store what was judged afresh at the end."""

    def __init__(self, project_key: str, connection: sqlite3.Connection) -> None:
        self.project_key = project_key
        self.connection = connection
        self.fresh: list[tuple[str, bytes]] = []
        self.used: list[str] = []

    @classmethod
    def open(cls, project: Project, as_of: date) -> FileCache | None:
        """The cache for this project, or None when caching is off or unavailable."""
        base = cache.folder()
        project_key = project_fingerprint(project, as_of) if base is not None else None
        connection = _connect(base) if base is not None and project_key is not None else None
        return cls(project_key, connection) if connection is not None and project_key is not None else None

    def key(self, path: Path, relative: str) -> str | None:
        """The entry key of a file; None when it cannot be read or is over the reader's size limit
        (the reader reports either itself)."""
        from checker.readers.sql import MAX_SQL_BYTES

        try:
            return cache.key(self.project_key, relative, read_bytes(path, MAX_SQL_BYTES))
        except OSError:
            return None

    def lookup(self, key: str) -> JudgedFile | None:
        try:
            row = self.connection.execute("SELECT data FROM entries WHERE key = ?", (key,)).fetchone()
            judged = restricted_loads(io.BytesIO(row[0])) if row else None
        except Exception:  # a corrupt, truncated or foreign entry only costs speed
            return None
        if judged is not None:
            self.used.append(key)
        return judged

    def remember(self, key: str, data: bytes) -> None:
        """Keep a pickled JudgedFile (stored by `close`)."""
        self.fresh.append((key, data))

    def close(self) -> None:
        """Store the fresh entries, mark the used ones, drop the least recently used beyond ENTRIES_KEPT."""
        now = time.time()
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                                            [(key, data, now) for key, data in self.fresh])
                self.connection.executemany("UPDATE entries SET used = ? WHERE key = ?",
                                            [(now, key) for key in self.used])
                count = self.connection.execute("SELECT count(*) FROM entries").fetchone()[0]
                if count > ENTRIES_KEPT:
                    self.connection.execute("DELETE FROM entries WHERE key IN (SELECT key FROM entries "
                                            "ORDER BY used LIMIT ?)", (count - ENTRIES_KEPT,))
        except sqlite3.Error:
            pass
        finally:
            self.connection.close()


def _connect(base: Path) -> sqlite3.Connection | None:
    """The cache's SQLite file, created if new; a corrupt file is started afresh once."""
    for _ in range(2):
        try:
            base.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(base / DATABASE, timeout=10)
            connection.execute("CREATE TABLE IF NOT EXISTS entries "
                               "(key TEXT PRIMARY KEY, data BLOB NOT NULL, used REAL NOT NULL)")
            return connection
        except sqlite3.DatabaseError:
            (base / DATABASE).unlink(missing_ok=True)
        except (sqlite3.Error, OSError):
            return None
    return None


def project_fingerprint(project: Project, as_of: date) -> str | None:
    """A hash of what reading and judging a file depends on besides the file; None when some part
    cannot be hashed."""
    macros = project.dbt.macro_files if project.dbt is not None else ()
    return fingerprint((project.config, project.catalog, project.packs, project.dbt, as_of), macros)


class ModelCache:
    """What lineage found for each dbt model (its output columns' categories), kept in the same
    SQLite file as JSON, keyed by the model's text, its upstream models' keys and a fingerprint of
    everything else lineage depends on (config, the catalog before lineage, the dbt project and
    its macros, privgate's code): a pre-commit run in a big project renders only what changed."""

    def __init__(self, environment: str, connection: sqlite3.Connection) -> None:
        self.environment = environment
        self.store = FileCache(environment, connection)

    @classmethod
    def open(cls, parts: tuple[Any, ...], macro_files: tuple[str, ...]) -> ModelCache | None:
        base = cache.folder()
        environment = fingerprint(parts, macro_files) if base is not None else None
        connection = _connect(base) if base is not None and environment is not None else None
        return cls(environment, connection) if connection is not None and environment is not None else None

    def key(self, relative: str, text: str, upstream: list[str]) -> str:
        return "lineage:" + cache.key(self.environment, relative, text, *upstream)

    def lookup_all(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        """The entries of these keys that are in the cache (a few queries for thousands of models)."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            try:
                rows = self.store.connection.execute(
                    f"SELECT key, data FROM entries WHERE key IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            except sqlite3.Error:
                return found
            for key, data in rows:
                try:
                    entry = json.loads(data)
                except (ValueError, RecursionError):
                    continue
                if isinstance(entry, dict) and isinstance(entry.get("columns"), list):
                    found[key] = entry
                    self.store.used.append(key)
        return found

    def remember(self, key: str, found: dict[str, Any]) -> None:
        self.store.remember(key, json.dumps(found).encode("utf-8"))

    def close(self) -> None:
        self.store.close()


class PurgeIndex:
    """Which tables each SQL file of a project purges (its DELETE targets, as the catalog names them),
    checked by each file's size and modification time: a scan of a few files learns where the tables
    it judges are purged from a stat of each other file instead of reading it. The folders walked
    are kept with their modification times too: while none changed, no file was added, removed or
    renamed, and the index's own list of files replaces the walk. A stamp within RACY_NS of the scan
    is not trusted (as git treats a racily clean file): that file or folder is looked at again.

    The index of an environment (privgate's code, the config, the dbt project, and the catalog's
    table names and search path: what resolving a DELETE target depends on; not the columns, so
    editing a DDL file keeps the index unless it adds or removes a table) is one JSON entry of
    privgate's cache, rewritten only when a file or folder changed, appeared or went."""

    KIND = "purges"

    def __init__(self, environment: str) -> None:
        self.environment = environment
        self.started = time.time_ns()
        stored = cache.read(self.KIND, environment)
        files, folders = (stored.get("files"), stored.get("folders")) if isinstance(stored, dict) else (None, None)
        self.known: dict[str, str] = files if isinstance(files, dict) else {}
        self.folders: dict[str, str] = folders if isinstance(folders, dict) else {}
        self.walked: dict[str, str] | None = None  # folder -> stamp, when this scan walked
        self.root: str | None = None
        self.fresh: dict[str, str] = {}
        self.seen: set[str] = set()

    @classmethod
    def open(cls, project: Project) -> PurgeIndex | None:
        """The index of this project, or None when caching is off or the project cannot be hashed."""
        if cache.folder() is None:
            return None
        catalog = project.catalog
        macros = project.dbt.macro_files if project.dbt is not None else ()
        environment = fingerprint((project.config, sorted(catalog.tables), catalog.search_path, catalog.home_schema,
                                   project.dbt), macros)
        return cls(environment) if environment is not None else None

    def stamp(self, path: str) -> str | None:
        """A file's or folder's size and modification time; None when missing or too recent to trust."""
        try:
            status = os.stat(path)
        except OSError:
            return None
        if status.st_mtime_ns >= self.started - RACY_NS:
            return None
        return f"{status.st_size}:{status.st_mtime_ns}"

    def folders_unmoved(self, root: str) -> bool:
        """Whether every folder the index walked is as it was, so that no file was added, removed or
        renamed and the index's own list of files may replace the walk."""
        if not self.folders or not self.known:
            return False
        return all(self.stamp(root if folder == "." else f"{root}/{folder}") == stamp
                   for folder, stamp in self.folders.items())

    def unchanged_purges(self, root: str, skip: set[str]) -> tuple[set[str], list[tuple[str, str]]] | None:
        """When no folder moved: the tables the unchanged listed files purge, and the (path, relative)
        of the listed files that changed or are too recent to trust (to be read). One stat per file:
        this is what a one-file scan of a 5,000-file repository pays, unless a console run's child
        paid it on the other core while privgate imported (checker.stat_prefetch)."""
        self.root = root
        if not self.folders_unmoved(root):
            return None
        self.seen.update(self.known)
        answer = stat_prefetch.take(root, self.environment)
        if answer is not None and answer.files == len(self.known) and all(
                relative in self.known for relative in (*answer.changed, *answer.purging)):  # the same index
            changed, purging = answer.changed, answer.purging
        else:
            listed = list(self.known)
            changed, purging = split_by_stamp(self.known, listed, stamps_under(root, listed, self.started - RACY_NS))
        found = {table for relative, tables in purging.items() if relative not in skip for table in tables}
        return found, [(f"{root}/{relative}", relative) for relative in changed if relative not in skip]

    def walking(self, root: str, folder: str) -> None:
        """The scan walked this folder (relative to the root)."""
        self.root = root
        if self.walked is None:
            self.walked = {}
        stamp = self.stamp(root if folder == "." else f"{root}/{folder}")
        self.walked[folder] = stamp or ""  # a racy folder is stored as never matching

    def tables_of(self, relative: str, stamp: str) -> list[str] | None:
        """The tables the file purges, when the index has it at this stamp."""
        self.seen.add(relative)
        return _purged(self.known.get(relative), stamp) if stamp else None

    def remember(self, relative: str, stamp: str | None, tables: list[str]) -> None:
        """What the file purges; a file without a stamp to trust is listed to be read next time."""
        self.fresh[relative] = (stamp or "") + "|" + "\n".join(tables)

    def close(self) -> None:
        """Store the index when a file or folder changed, appeared or went (a warm scan writes nothing)."""
        kept = {path: entry for path, entry in self.known.items() if path in self.seen}
        folders = self.walked if self.walked is not None else self.folders
        if not self.fresh and len(kept) == len(self.known) and folders == self.folders:
            return
        files = {**kept, **self.fresh}
        cache.write(self.KIND, self.environment, {"files": files, "folders": folders})
        if self.root is not None and len(files) >= stat_prefetch.MIN_FILES:
            stat_prefetch.remember(self.root, self.KIND, self.environment, len(files))


def stamps_under(root: str, relatives: list[str], trusted_before: int) -> list[str | None]:
    """`PurgeIndex.stamp()` of many files under `root`, each looked up from the root's open folder
    rather than by its whole path (12 ms instead of 13.5 ms for 5,000 files here; two threads were
    slower, each stat's return waiting for the other's hold on the GIL): None for a file missing or
    changed at or after `trusted_before`."""
    by_folder = os.stat in os.supports_dir_fd  # not on Windows
    try:
        folder = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if by_folder else None
    except OSError:
        folder = None
    found: list[str | None] = []
    try:
        for relative in relatives:
            try:
                status = os.stat(relative, dir_fd=folder) if folder is not None else os.stat(f"{root}/{relative}")
            except OSError:
                found.append(None)
                continue
            found.append(f"{status.st_size}:{status.st_mtime_ns}" if status.st_mtime_ns < trusted_before else None)
    finally:
        if folder is not None:
            os.close(folder)
    return found


def split_by_stamp(known: dict[str, Any], relatives: list[str], stamps: list[str | None]
                   ) -> tuple[list[str], dict[str, list[str]]]:
    """The listed files that changed or are too recent to trust, and what each unchanged file that
    purges something purges, from their index entries and current stamps."""
    changed: list[str] = []
    purging: dict[str, list[str]] = {}
    for relative, stamp in zip(relatives, stamps):
        tables = _purged(known.get(relative), stamp) if stamp else None
        if tables is None:
            changed.append(relative)
        elif tables:
            purging[relative] = tables
    return changed, purging


def _purged(entry: object, stamp: str) -> list[str] | None:
    """The tables an index entry (`stamp|table\ntable`) lists, when it was written at `stamp`."""
    if not isinstance(entry, str) or not entry.startswith(stamp + "|"):
        return None
    tables = entry[len(stamp) + 1:]
    return tables.split("\n") if tables else []
