"""Errors that end up as one clear line for the user: file, location, message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PrivgateError(Exception):
    """A usage, configuration or input error the user can fix.

    Rendered as `path:line:column: message`, the way compilers and linters report.
    """

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        location = ""
        if self.path:
            location = self.path
            if self.line:
                location += f":{self.line}"
                if self.column:
                    location += f":{self.column}"
            location += ": "
        return f"{location}{self.message}"


class ConfigError(PrivgateError):
    """An invalid project config or rule pack: exit code 2."""
