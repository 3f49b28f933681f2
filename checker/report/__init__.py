"""Reporters: one module per output format behind one signature, picked from a table."""

from __future__ import annotations

from collections.abc import Callable

from checker.engine import ScanResult
from checker.report import github, gitlab, html, json_format, junit, sarif, text

Reporter = Callable[[ScanResult, bool], str]  # (result, colour) -> document

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_format.render,
    "html": html.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "gitlab": gitlab.render,
}
