"""Path globs with `**` as users write them in config files (gitignore-like, relative paths)."""

from __future__ import annotations

import re
from functools import cache


@cache
def _compile(glob: str) -> re.Pattern[str]:
    pattern = ""
    index = 0
    while index < len(glob):
        char = glob[index]
        if glob.startswith("**/", index):
            pattern += "(?:.*/)?"
            index += 3
            continue
        if glob.startswith("**", index):
            pattern += ".*"
            index += 2
            continue
        pattern += {"*": "[^/]*", "?": "[^/]"}.get(char, re.escape(char))
        index += 1
    return re.compile(pattern + r"\Z")


def match_path(glob: str, path: str) -> bool:
    """True when the relative POSIX `path` matches `glob`; a glob ending in `/` or naming a
    folder also matches everything below it."""
    glob = glob.removeprefix("./")
    if glob.endswith("/"):
        glob += "**"
    return bool(_compile(glob).match(path) or _compile(glob.rstrip("/") + "/**").match(path))
