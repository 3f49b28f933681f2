"""Whether the text report is coloured, decided once per run from the conventions users set:
NO_COLOR (no-color.org) always wins; FORCE_COLOR (force-color.org) or CLICOLOR_FORCE (bixense.com/
clicolors) colour even a pipe; CLICOLOR=0 or TERM=dumb turn colour off on a terminal; else colour
exactly when the output is a terminal. A report written to a file (`--output`) is never coloured.

Hand-written: click and rich each read only some of these variables (click none of them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

OFF_VALUES = ("", "0", "false", "no")  # a variable set to one of these asks for nothing


def _on(environ: Mapping[str, str], name: str) -> bool:
    return environ.get(name, "").strip().lower() not in OFF_VALUES


def wanted(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """True when a report written to `stream` should carry ANSI colours."""
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR", ""):  # any non-empty value, "0" included, as no-color.org says
        return False
    if _on(environ, "FORCE_COLOR") or _on(environ, "CLICOLOR_FORCE"):
        return True
    if environ.get("CLICOLOR", "").strip() == "0" or environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False
