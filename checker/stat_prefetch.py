"""The purge index's stats taken on the other core while a console run imports its modules.

A one-file scan that judges tables checks every other SQL file of the project for a change since
the purge index was written (checker.file_cache.PurgeIndex): one `stat` per file, about 12 ms for
5,000 files on a small VM, the main cost a big repository adds. git parallelises the same lstat
calls (`core.preloadIndex`); Python threads cannot (each stat's return waits for the GIL), so a
console run forks a child before importing the scan's modules (~120 ms of work to overlap): the
child reads the last purge index of the project, stats its files and hands back which changed and
what the unchanged ones purge; the index takes that answer instead of stat'ing and looping again.

A stamp the child took is as trusted as one taken later in the scan (a file edited while the scan
runs is a race every scan has); a file changed within RACY_NS before the child started counts as
changed. Only where `fork` exists, with the cache on, and when the project's last index (found from
the working folder up) listed at least MIN_FILES files: below that, forking costs more than it saves.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker import cache
from checker.cache_keys import RACY_NS

KIND = "purge-lists"  # per project root: which purge index it last wrote, and how many files it lists
MIN_FILES = 500
_END = b"\n"  # the child's answer is one JSON line: without its end it is incomplete


@dataclass
class _Child:
    pid: int
    reader: int
    root: str


@dataclass(frozen=True)
class Answer:
    """What the child found: the files that changed (or are too recent to trust) and, for each
    unchanged file that purges something, the tables it purges."""

    files: int  # how many files the index it read listed
    changed: list[str]
    purging: dict[str, list[str]]


_child: _Child | None = None


def remember(root: str, index_kind: str, environment: str, files: int) -> None:
    """Note which purge index `root` last wrote (for the next console run's child)."""
    cache.write(KIND, cache.key("root", root), {"root": root, "kind": index_kind, "environment": environment,
                                                "files": files})


def start(folder: Path | None = None) -> None:
    """Fork the child when the project holding `folder` (the working folder) last wrote a purge
    index of enough files; the parent goes on at once."""
    global _child
    discard()  # an earlier child nobody asked: replaced
    if not hasattr(os, "fork") or cache.folder() is None:
        return
    pointer = _pointer(folder or Path.cwd())
    if pointer is None:
        return
    started = time.time_ns()
    try:
        reader, writer = os.pipe()
    except OSError:
        return
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return
    if pid == 0:  # the child: answer, then leave without running the parent's exit handlers
        try:
            _detach()  # never hold the caller's terminal or pipes open past the parent
            os.close(reader)
            view = memoryview(_answer(pointer, started - RACY_NS))
            while view:
                view = view[os.write(writer, view):]
        finally:
            os._exit(0)
    os.close(writer)
    _child = _Child(pid, reader, pointer["root"])
    atexit.register(discard)


def discard() -> None:
    """Stop and reap a child nobody asked for (its scan judged no table), at the latest at exit."""
    global _child
    child, _child = _child, None
    if child is None:
        return
    try:
        os.kill(child.pid, signal.SIGKILL)
    except OSError:
        pass
    _collect(child)


def take(root: str, environment: str) -> Answer | None:
    """The child's answer for the purge index `environment` of `root` (waiting for the child), or
    None when no child ran for it or its answer is incomplete."""
    global _child
    child, _child = _child, None
    if child is None:
        return None
    raw = _collect(child)
    if child.root != root or not raw.endswith(_END):
        return None
    try:
        found = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(found, dict) or found.get("environment") != environment:
        return None
    return Answer(found["files"], found["changed"], found["purging"])


def _detach() -> None:
    """Point the child's standard streams at the null device."""
    null = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(null, stream)
    os.close(null)


def _collect(child: _Child) -> bytes:
    """Everything the child wrote, once it has finished (then reaped)."""
    chunks = []
    try:
        while chunk := os.read(child.reader, 1 << 16):
            chunks.append(chunk)
    except OSError:
        chunks = []
    finally:
        os.close(child.reader)
        try:
            os.waitpid(child.pid, 0)
        except ChildProcessError:
            pass
    return b"".join(chunks)


def _pointer(folder: Path) -> dict[str, Any] | None:
    """The last purge index noted for the project holding `folder`, when it lists enough files."""
    for candidate in (folder, *folder.parents):
        entry = cache.read(KIND, cache.key("root", str(candidate)))
        if entry is None:
            continue
        valid = isinstance(entry, dict) and all(isinstance(entry.get(field), str) for field in ("root", "kind", "environment"))
        return entry if valid and isinstance(entry.get("files"), int) and entry["files"] >= MIN_FILES else None
    return None


def _answer(pointer: dict[str, Any], trusted_before: int) -> bytes:
    """The child's work: the index's files stat'ed as the purge index itself would, as one JSON line."""
    from checker.file_cache import split_by_stamp, stamps_under  # in the child only: it imports SQLite

    index = cache.read(pointer["kind"], pointer["environment"])
    files = index.get("files") if isinstance(index, dict) else None
    if not isinstance(files, dict):
        return b""
    listed = list(files)
    changed, purging = split_by_stamp(files, listed, stamps_under(pointer["root"], listed, trusted_before))
    answer = {"environment": pointer["environment"], "files": len(files), "changed": changed, "purging": purging}
    return json.dumps(answer, separators=(",", ":")).encode("utf-8") + _END
