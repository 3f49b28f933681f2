"""Keys and entries of privgate's cache without its SQLite store: a canonical hash of privgate's own
objects (config, packs, catalog, dbt project) and the unpickler that loads an entry with privgate's
own classes only. The classified catalog's cache (a pre-commit run) needs these and not the file
cache's database."""

from __future__ import annotations

import dataclasses
import io
import pickle
from datetime import date
from enum import Enum
from pathlib import Path, PurePath
from typing import Any

from checker import cache
from checker.safe_read import read_bytes

ALLOWED_MODULES = ("checker.facts", "checker.findings", "checker.dataflows", "checker.suppressions",
                   "checker.policy.model", "checker.judging", "checker.durations", "checker.catalog",
                   "checker.locations")


RACY_NS = 2_000_000_000  # a time stamp this close to the scan may hide a later change in the same clock tick


def stamps(paths: list[str]) -> tuple[list[tuple[str, int, int, int, int]], tuple[str, ...]]:
    """Files a key may name by their stat instead of their bytes: (path, size, mtime, ctime, inode)
    of each file whose time stamps are older than RACY_NS (git's rule for racily clean files; the
    change time cannot be set back by tar or rsync, so a rewrite with the same size and modification
    time still changes it), and the files too fresh to trust, whose bytes the key must read."""
    import os
    import time

    now = time.time_ns()
    stated: list[tuple[str, int, int, int, int]] = []
    fresh: list[str] = []
    for path in paths:
        try:
            status = os.stat(path)
        except OSError:
            fresh.append(path)  # reading it fails the key, as before
            continue
        if now - max(status.st_mtime_ns, status.st_ctime_ns) < RACY_NS:
            fresh.append(path)
        else:
            stated.append((path, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino))
    return stated, tuple(fresh)


class _Unfingerprintable(Exception):
    """A value whose content cannot be hashed reliably: the scan runs without the cache entry."""


def fingerprint(parts: tuple[Any, ...], files: tuple[str, ...] = ()) -> str | None:
    """A hash of `parts`, the contents of `files` and privgate's own code (checker.cache.code_stamp);
    None when some part cannot be hashed."""
    text: list[str] = []
    try:
        for part in parts:
            _canonical(part, text)
        digest = cache.sha256("".join(text).encode("utf-8", "surrogatepass"))
        for file in files:
            digest.update(read_bytes(file))  # a macro file that is a FIFO fails here, not hangs
        digest.update(cache.code_stamp().encode())
    except (_Unfingerprintable, OSError, RecursionError):
        return None
    return digest.hexdigest()


_SCALARS = (bool, int, float, str, bytes)
_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's public fields (private ones are derived state)


def digest_of(value: Any) -> str | None:
    """The hash of a dataclass's public fields, canonically; None when some part cannot be hashed."""
    text: list[str] = []
    try:
        _fields(value, text)
    except (_Unfingerprintable, RecursionError):
        return None
    return cache.sha256("".join(text).encode("utf-8", "surrogatepass")).hexdigest()


def _fields(value: Any, text: list[str]) -> None:
    kind = type(value)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value) if not f.name.startswith("_"))
    _canonical({name: getattr(value, name) for name in names}, text)


def _canonical(value: Any, text: list[str]) -> None:
    """`value` written canonically into `text`: sets and dicts in sorted order, dataclasses field by field."""
    kind = type(value)
    if value is None or kind in _SCALARS or isinstance(value, _SCALARS):
        text.append(f"{kind.__name__}:{value!r};")
    elif kind is tuple or kind is list or isinstance(value, (list, tuple)):
        text.append(f"[{len(value)}")
        for item in value:
            _canonical(item, text)
        text.append("]")
    elif isinstance(value, dict):
        text.append(f"{{{len(value)}")
        for item_key, item in sorted(value.items(), key=lambda pair: repr(pair[0])):
            _canonical(item_key, text)
            _canonical(item, text)
        text.append("}")
    elif isinstance(value, (set, frozenset)):
        text.append(f"<{len(value)}")
        for item in sorted(value, key=repr):
            _canonical(item, text)
        text.append(">")
    elif isinstance(value, (PurePath, date, Enum)):
        text.append(f"{kind.__name__}:{value};")
    elif dataclasses.is_dataclass(value) or kind.__module__.startswith("checker."):
        text.append(f"@{kind.__qualname__}(")
        if hasattr(value, "_digest"):  # a big object (a dbt project) by its fields' hash, kept by its loader
            digest = value._digest or digest_of(value)
            if digest is None:
                raise _Unfingerprintable(kind.__name__)
            text.append(f"#{digest};")
        elif dataclasses.is_dataclass(value):
            _fields(value, text)
        else:
            _canonical(vars(value), text)
        text.append(")")
    else:
        raise _Unfingerprintable(kind.__name__)


def restricted_loads(stream: io.BytesIO, modules: tuple[str, ...] = ALLOWED_MODULES) -> Any:
    """A cache entry unpickled with privgate's own classes only (the dataclasses and enums of `modules`)."""
    unpickler = _RestrictedUnpickler(stream)
    unpickler.modules = modules
    return unpickler.load()


class _RestrictedUnpickler(pickle.Unpickler):
    """Builds only privgate's fact and finding classes (and dates and paths); anything else is refused."""

    allowed: dict[tuple[str, str], type] = {("datetime", "date"): date, ("pathlib", "PosixPath"): Path,
                                            ("pathlib", "WindowsPath"): Path}
    modules: tuple[str, ...] = ALLOWED_MODULES

    def find_class(self, module: str, name: str) -> Any:
        found = self.allowed.get((module, name))
        if found is not None and (module in self.modules or module in ("datetime", "pathlib")):
            return found
        if module in self.modules:
            found = getattr(__import__(module, fromlist=[name]), name, None)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, Enum)):
                self.allowed[(module, name)] = found
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")
