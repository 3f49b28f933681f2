"""Path globs as users write them in config files, with gitignore semantics over relative POSIX paths.

- `*` and `?` stay within one folder; `[abc]`, `[a-z]`, `[!abc]` / `[^abc]` and `[[:digit:]]` match one
  character; a backslash escapes the next character.
- A glob without a slash (other than a trailing one) matches at any depth: `*.tmp`, `staging`.
  A glob with a slash is anchored to the project root; a leading `/` anchors a slash-less one: `/schema.sql`.
- `**` as a whole path segment matches any number of folders: `**/x.sql`, `models/**/*.sql`, `exports/**`.
- A trailing `/` matches folders only: `generated/` takes every file below any folder of that name.
- A glob that matches a folder matches every file below it.
- In a list, `!glob` takes back what an earlier glob matched, and the last matching glob decides. As
  in git, a file below a folder the list matches cannot be taken back: write `generated/*` and
  `!generated/keep.sql`, not `generated/` and `!generated/keep.sql`.

Hand-written rather than pathspec: pathspec translates globs into backtracking regular expressions,
and `*a*a*a*a*a*a*a*a*a*a*a*az` against a 40-character name ran past 60 s there. This matcher walks
path segments with a set of reachable positions (`**` adds every later one) and matches one
segment with a regular expression whose stars cannot backtrack (atomic groups, as in CPython's
fnmatch), so its time stays within the glob's length times the path's.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from checker.records import Record

_DEEP = "**"  # a whole segment: any number of folders
_POSIX_CLASSES = {  # ASCII, as git's wildmatch reads them
    "alnum": "A-Za-z0-9", "alpha": "A-Za-z", "digit": "0-9", "lower": "a-z", "upper": "A-Z",
    "space": " \\t\\n\\r\\f\\v", "blank": " \\t", "xdigit": "0-9A-Fa-f", "cntrl": "\\x00-\\x1f\\x7f",
    "punct": re.escape(string.punctuation), "print": "\\x20-\\x7e", "graph": "\\x21-\\x7e",
}


@dataclass(frozen=True, eq=False, repr=False)
class Glob(Record):
    """One parsed glob: its segments (a compiled segment pattern, or _DEEP), whether it takes back
    (`!`) and whether it matches folders only (trailing `/`)."""

    segments: tuple[re.Pattern[str] | str, ...]
    negated: bool = False
    folders_only: bool = False

    def ends(self, parts: list[str]) -> set[int]:
        """Every k for which this glob matches the path made of parts[:k]."""
        reach = {0}
        last = len(self.segments) - 1
        for index, segment in enumerate(self.segments):
            if not reach:
                return reach
            if isinstance(segment, str):  # _DEEP
                # a trailing `/**` needs something inside; elsewhere `**` may stand for no folder at all
                start = min(reach) + (1 if index == last and index > 0 else 0)
                reach = set(range(start, len(parts) + 1))
            else:
                reach = {at + 1 for at in reach if at < len(parts) and segment.fullmatch(parts[at])}
        return reach


def _segment(text: str) -> re.Pattern[str]:
    """One path segment's glob as a regular expression that cannot backtrack across stars: the
    pieces between stars are fixed-length, so each middle piece is taken at its first occurrence in
    an atomic group (as CPython's fnmatch does), and the work stays within len(text) * len(name)."""
    pieces: list[list[str]] = [[]]
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            pieces[-1].append(re.escape(text[index + 1]))
            index += 2
        elif char == "*":
            pieces.append([])  # `**` inside a segment is one star: an empty piece between them
            index += 1
        elif char == "?":
            pieces[-1].append(".")
            index += 1
        elif char == "[" and (parsed := _bracket(text, index)) is not None:
            pieces[-1].append(parsed[0])
            index = parsed[1]
        else:
            pieces[-1].append(re.escape(char))
            index += 1
    joined = ["".join(piece) for piece in pieces]
    if len(joined) == 1:  # no star
        return re.compile(joined[0], re.DOTALL)
    first, *middle, last = joined
    pattern = first + "".join(f"(?>.*?{piece})" for piece in middle if piece) + f".*{last}"
    return re.compile(pattern, re.DOTALL)


def _bracket(text: str, start: int) -> tuple[str, int] | None:
    """The class opening at text[start] as a regex class, and the index after it; None when it never
    closes (then `[` is a literal character). `[!...]` and `[^...]` negate, `[[:digit:]]` names a class."""
    index = start + 1
    negated = index < len(text) and text[index] in "!^"
    index += negated
    items: list[str] = []
    first = True
    while index < len(text):
        char = text[index]
        if char == "]" and not first:
            body = "".join(items)
            if not body:  # a reversed range only: matches nothing, or anything when negated
                return ("." if negated else "(?!)"), index + 1
            return f"[{'^' if negated else ''}{body}]", index + 1
        first = False
        if text.startswith("[:", index):
            close = text.find(":]", index + 2)
            if close != -1 and text[index + 2:close] in _POSIX_CLASSES:
                items.append(_POSIX_CLASSES[text[index + 2:close]])
                index = close + 2
                continue
        if char == "\\" and index + 1 < len(text):
            index += 1
            char = text[index]
        if index + 2 < len(text) and text[index + 1] == "-" and text[index + 2] != "]":
            high_at = index + 2
            if text[high_at] == "\\" and high_at + 1 < len(text):
                high_at += 1
            if char <= text[high_at]:
                items.append(f"{_in_class(char)}-{_in_class(text[high_at])}")
            index = high_at + 1
            continue
        items.append(_in_class(char))
        index += 1
    return None


def _in_class(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


@lru_cache(maxsize=4096)
def parse(glob: str) -> Glob | None:
    """The parsed glob; None for one that can match nothing (empty, or only `/`)."""
    text = glob.strip()
    negated = text.startswith("!")
    if negated:
        text = text[1:]
    elif text.startswith("\\!"):
        text = text[1:]
    text = text.removeprefix("./")
    folders_only = text.endswith("/") and not text.endswith("\\/")
    text = text.rstrip("/") if folders_only else text
    anchored = "/" in text
    text = text.lstrip("/")
    if not text:
        return None
    segments: list[re.Pattern[str] | str] = [] if anchored else [_DEEP]
    for part in text.split("/"):
        if part == _DEEP:
            if not segments or segments[-1] != _DEEP:
                segments.append(_DEEP)
        elif part:
            segments.append(_segment(part))
    return Glob(tuple(segments), negated, folders_only)


@lru_cache(maxsize=1024)
def _parsed(globs: tuple[str, ...]) -> tuple[tuple[Glob, ...], bool]:
    """The globs that can match, and whether any of them takes back (`!`)."""
    parsed = tuple(found for glob in globs if (found := parse(glob)) is not None)
    return parsed, any(glob.negated for glob in parsed)


def matches_any(globs: Iterable[str], path: str) -> bool:
    """True when the list of globs takes the relative POSIX `path` (a file): the last glob matching
    it or a folder above it decides, and a folder taken takes every file below it."""
    parsed, negating = _parsed(tuple(globs))
    parts = path.split("/")
    if "" in parts or parts[0] == ".":
        parts = [part for part in path.removeprefix("./").split("/") if part]
    if not parsed or not parts:
        return False
    files_at = len(parts)
    if not negating:  # no glob takes back: any match of the file or of a folder above it decides
        return any(0 < depth and (depth < files_at or not glob.folders_only)
                   for glob in parsed for depth in glob.ends(parts))
    ends = [glob.ends(parts) for glob in parsed]
    for depth in range(1, files_at + 1):  # folders first: a folder taken takes all below it, as in git
        decision = False
        for glob, reached in zip(parsed, ends):
            if depth in reached and (depth < files_at or not glob.folders_only):
                decision = not glob.negated
        if decision:
            return True
    return False


def match_path(glob: str, path: str) -> bool:
    """True when one glob takes the relative POSIX `path` (see matches_any)."""
    return matches_any((glob,), path)
