"""Reading files privgate did not write: only regular files, with a size bound taken before reading.

A FIFO blocks `read()` forever and a character device (`/dev/zero`) never ends, yet both report
`st_size == 0`; so every file is opened without blocking, checked with `fstat` on the open
descriptor (no race with a rename), refused unless it is a regular file, and read to at most its
bound. A refusal is a `RefusedFile`, an `OSError` whose `strerror` is the one-line reason, so the
readers' existing `except OSError` turns it into an input finding for that path.
"""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import stat
from pathlib import Path
from typing import IO, Any

MB = 1_000_000
DOCUMENT_BYTES = int(float(os.environ.get("PRIVGATE_MAX_DOCUMENT_MB", "256")) * MB)  # YAML, JSON, TOML, baselines

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


class RefusedFile(OSError):
    """A path privgate will not read: not a regular file, too large, or outside where it may read."""

    def __init__(self, reason: str) -> None:
        super().__init__(errno.EINVAL, reason)

    def __str__(self) -> str:
        return str(self.strerror)


def describe(mode: int) -> str:
    """What a non-regular file is, for a message."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_regular(path: Path | str, limit: int | None = DOCUMENT_BYTES) -> IO[bytes]:
    """A binary file object for `path`, refused unless it is a regular file of at most `limit` bytes
    (symlinks are followed; what they point at must be regular too). The caller closes it."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise RefusedFile(f"not a regular file ({describe(status.st_mode)}); privgate reads only regular files")
        if limit is not None and status.st_size > limit:
            raise RefusedFile(f"file too large ({status.st_size / MB:,.1f} MB; the limit is {limit / MB:,.1f} MB)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return io.open(descriptor, "rb", closefd=True)
    except BaseException:
        os.close(descriptor)
        raise


def check_regular(path: Path | str, limit: int | None = None) -> None:
    """Refuse `path` unless it is a regular file (of at most `limit` bytes), before a library that
    opens paths itself (pyarrow) would block on a FIFO or read a device forever."""
    open_regular(path, limit).close()


def read_bytes(path: Path | str, limit: int | None = DOCUMENT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (a file that grows while read is cut at
    the bound and refused)."""
    with open_regular(path, limit) as stream:
        data = stream.read() if limit is None else stream.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise RefusedFile(f"file too large (over the limit of {limit / MB:,.1f} MB)")
    return data


def read_text(path: Path | str, limit: int | None = DOCUMENT_BYTES, encoding: str = "utf-8",
              errors: str = "strict") -> str:
    """`read_bytes` decoded; a decoding problem raises UnicodeDecodeError as `Path.read_text` does."""
    return read_bytes(path, limit).decode(encoding, errors)


UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def script_encoding(head: bytes) -> str:
    """The encoding of a script that starts with `head` (its first two bytes are enough): UTF-16 when it
    starts with that byte-order mark (SQL Server Management Studio's "Unicode", in which Microsoft ships
    AdventureWorks' instawdb.sql), else UTF-8 with or without its mark."""
    return "utf-16" if head[:2] in UTF16_MARKS else "utf-8-sig"


def decode_script(raw: bytes, errors: str = "strict") -> str:
    """A script's bytes as text (`script_encoding`); a decoding problem raises UnicodeDecodeError unless
    `errors` says otherwise."""
    return raw.decode(script_encoding(raw), errors)


def read_script(path: Path | str, limit: int | None = DOCUMENT_BYTES, errors: str = "strict") -> str:
    """`read_bytes` decoded as a script (`decode_script`)."""
    return decode_script(read_bytes(path, limit), errors)


def symlink_target(path: Path | str) -> str:
    """` to a FIFO` (what a symlink points at) when that is not a regular file; else empty."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return " to nothing that can be read"
    return "" if stat.S_ISREG(mode) else f" to {describe(mode)}"


def is_inside(path: Path, root: Path) -> bool:
    """Whether `path`, with every symlink resolved, is `root` or below it."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


def load_json(data: bytes | str) -> Any:
    """JSON whose nesting is bounded by the interpreter's recursion limit: a document nested deeper
    (a 1M-deep list) raises ValueError instead of exhausting the stack."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("nested too deeply") from None
