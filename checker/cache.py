"""privgate's cache folder: entries keyed by content hash that spare a process work done before
(parsing YAML, validating it against its schema, reading and judging an unchanged SQL file).

The folder is platformdirs' user cache folder: `$XDG_CACHE_HOME/privgate` (else
`~/.cache/privgate`) on Linux, `~/Library/Caches/privgate` on macOS, `%LOCALAPPDATA%\\privgate\\Cache`
on Windows; `--no-cache` or PRIVGATE_NO_CACHE=1 turns it off. Entries are written atomically, each
kind keeps a bounded number of entries, and every failure only costs speed: a read-only home or a
race with another process falls back to doing the work.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from checker import __version__

try:  # CPython's own SHA-256 (every digest on the pre-commit path): importing hashlib starts OpenSSL, ~3 ms
    from _sha256 import sha256
except ImportError:  # other interpreters, or Python 3.12+ (_sha2)
    from hashlib import sha256

ENTRIES_KEPT = 300  # per kind of entry; the oldest are removed first
_disabled = False


def disable() -> None:
    """Neither read nor write the cache for the rest of this process."""
    global _disabled
    _disabled = True


def folder() -> Path | None:
    """The cache folder, or None when caching is off."""
    if _disabled or os.environ.get("PRIVGATE_NO_CACHE", "").strip() not in ("", "0"):
        return None
    settings = (os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"), os.environ.get("LOCALAPPDATA"))
    if settings not in _folders:  # every cache read asks; platformdirs is asked once per environment
        from platformdirs import user_cache_dir  # ~5 ms: imported only when the cache is on

        _folders[settings] = Path(user_cache_dir("privgate", appauthor=False))
    return _folders[settings]


_folders: dict[tuple[str | None, ...], Path] = {}


def key(*parts: str | bytes) -> str:
    """A content hash of `parts` that also changes with privgate's version."""
    digest = sha256(__version__.encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
    return digest.hexdigest()


_code_stamp: str | None = None


def code_stamp() -> str:
    """privgate's code as it is on disk (each module's and data file's path, size and modification
    time: the name hints and schemas decide as much as the code), so an edited checkout never reuses
    an entry a different version of the code wrote."""
    global _code_stamp
    if _code_stamp is None:
        package = Path(__file__).parent
        found = []
        for folder, subfolders, files in os.walk(package):  # os.walk: about half of rglob's time, on every run
            subfolders[:] = [name for name in subfolders if name != "__pycache__"]
            relative = os.path.relpath(folder, package)
            wanted = [name for name in files if name.endswith(".py")
                      or (relative in ("data", "schemas") and name.endswith(".json"))]
            found += [Path(relative, name) if relative != "." else Path(name) for name in wanted]
        parts = []
        for module in sorted(found):
            try:
                status = (package / module).stat()
            except OSError:
                continue
            parts.append(f"{module}:{status.st_size}:{status.st_mtime_ns}")
        _code_stamp = key(*parts)
    return _code_stamp


def read(kind: str, name: str) -> Any | None:
    """The JSON entry `kind/name`, or None when it is missing, unreadable or caching is off."""
    raw = read_bytes(kind, f"{name}.json")
    try:
        return json.loads(raw) if raw is not None else None
    except (ValueError, RecursionError):  # a damaged entry only costs the work again
        return None


def write(kind: str, name: str, value: Any) -> None:
    """Store `value` as the JSON entry `kind/name` and keep at most ENTRIES_KEPT entries of `kind`."""
    try:
        data = json.dumps(value, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError):
        return
    if write_bytes(kind, f"{name}.json", data):
        prune(kind, ENTRIES_KEPT)


def read_bytes(kind: str, file_name: str) -> bytes | None:
    base = folder()
    if base is None:
        return None
    from checker.safe_read import read_bytes as read_regular  # a FIFO or device planted in the cache never blocks

    try:
        return read_regular(base / kind / file_name)
    except OSError:
        return None


def write_bytes(kind: str, file_name: str, data: bytes) -> bool:
    """Write an entry atomically (best effort); True when it was written."""
    base = folder()
    if base is None:
        return False
    target = base / kind / file_name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{file_name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        temporary.replace(target)
        return True
    except OSError:
        return False


def prune(kind: str, keep: int) -> None:
    """Remove the oldest entries of `kind` beyond the `keep` most recently written."""
    base = folder()
    if base is None:
        return
    try:
        entries = [(entry.stat().st_mtime_ns, entry) for entry in (base / kind).iterdir()]
    except OSError:
        return
    if len(entries) <= keep:
        return
    entries.sort(key=lambda item: item[0])
    for _, stale in entries[: len(entries) - keep]:
        try:
            stale.unlink()
        except OSError:
            pass
