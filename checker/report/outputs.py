"""Which reports one `privgate scan` writes where: `--format` once, `--output [FORMAT=]PATH` repeated.

`--format F` picks the report on stdout (default text); a bare `--output PATH` sends that report to
a file instead (the form before multiple outputs); `--output FORMAT=PATH` adds a report of FORMAT at
PATH (a file whose name starts with a format and `=`, e.g. `sarif=x`, is written `./sarif=x`). All of
them render the one ScanResult of the one scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checker.errors import PrivgateError
from checker.records import Record
from checker.report import FORMATS

NAMED = re.compile(r"([a-z][a-z-]*)=(.*)", re.DOTALL)


class OutputUsageError(ValueError):
    """A `--format`/`--output` combination that cannot be honoured; the CLI shows it as a usage error."""


@dataclass(frozen=True, eq=False, repr=False)
class Output(Record):
    format: str
    path: Path | None  # None: stdout


def plan_outputs(formats: tuple[str, ...], specs: tuple[str, ...]) -> list[Output]:
    """The reports to write, the stdout (or bare PATH) one first; raises OutputUsageError."""
    if len(formats) > 1:
        raise OutputUsageError(f"--format given {len(formats)} times ({', '.join(formats)}): name one, and write "
                               "the other reports with --output FORMAT=PATH")
    primary = formats[0] if formats else "text"
    named: list[Output] = []
    bare: list[Path] = []
    for spec in specs:
        match = NAMED.fullmatch(spec)
        if match is None:
            bare.append(Path(spec))
            continue
        name, path = match.groups()
        if name not in FORMATS:
            raise OutputUsageError(f"unknown report format '{name}' in --output {spec}; choose from "
                                   f"{', '.join(FORMATS)} (a file name with '=' in it: write ./{spec})")
        if not path:
            raise OutputUsageError(f"--output {spec} names no file")
        named.append(Output(name, Path(path)))
    if len(bare) > 1:
        raise OutputUsageError(f"--output names {len(bare)} files without a format ({', '.join(map(str, bare))}): "
                               "give the others as FORMAT=PATH, e.g. --output sarif=privgate.sarif")
    outputs = [Output(primary, bare[0] if bare else None), *named]
    seen: dict[Path, Output] = {}
    for output in outputs:
        if output.path is None:
            continue
        if output.path.is_dir():
            raise OutputUsageError(f"--output {output.path} is a folder: name a file in it")
        key = output.path.resolve()
        if key in seen:
            raise OutputUsageError(f"--output names {output.path} twice ({seen[key].format} and {output.format} reports)")
        seen[key] = output
    return outputs


def write_report(document: str, output: Output) -> None:
    """Write a report to its file, making the missing folders; a failure is one PrivgateError line."""
    assert output.path is not None
    blocking = next((folder for folder in output.path.parents if folder.exists()), None)
    if blocking is not None and not blocking.is_dir():
        raise PrivgateError(f"cannot write the {output.format} report to {output.path}: {blocking} is a file, "
                            "not a folder")
    try:
        output.path.parent.mkdir(parents=True, exist_ok=True)
        output.path.write_text(document, encoding="utf-8")
    except OSError as error:
        raise PrivgateError(f"cannot write the {output.format} report to {output.path}: "
                            f"{error.strerror or error}") from None
