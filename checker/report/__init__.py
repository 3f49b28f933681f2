"""Reporters: one module per output format behind one signature, picked by name. Only the chosen
format's module is imported (a pre-commit run that prints text never loads the HTML or JUnit code)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.results import ScanResult

FORMAT_MODULES = {
    "text": "text",
    "json": "json_format",
    "html": "html",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "gitlab": "gitlab",
    "markdown": "markdown",
    "github-output": "github_output",
}
FORMATS = tuple(FORMAT_MODULES)


def reporter(output_format: str) -> Callable[[ScanResult, bool], str]:
    """The render function of `output_format` (one of FORMATS): (result, colour) -> document."""
    return import_module(f"checker.report.{FORMAT_MODULES[output_format]}").render
