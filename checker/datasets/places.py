"""Where a dataset's findings point: a file's header line (each column at its cell), or the
privgate.yaml entry of a table."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checker.records import Record

if TYPE_CHECKING:  # the dataset rules (imported on every scan) need places, not the specs
    from checker.config import Config
    from checker.datasets.spec import Dataset


@dataclass(frozen=True, eq=False, repr=False)
class Place(Record):
    """The file (line 1, the header cell) or the config entry of a table."""

    path: str
    line: int
    columns: dict[str, int]  # lower-case column -> position in the header line

    def column(self, name: str | None) -> int:
        return self.columns.get(name or "", 1)


def place_of(dataset: Dataset, config: Config) -> Place:
    if dataset.path is None:
        line, _ = config.lines.position(("datasets", dataset.spec.index))
        source = Path(config.source) if config.source else None
        path = source.resolve().relative_to(config.root).as_posix() if source else "privgate.yaml"
        return Place(path, line or 1, {})
    columns: dict[str, int] = {}
    if dataset.format == "csv":
        from checker.safe_read import open_regular

        try:
            with io.TextIOWrapper(open_regular(dataset.path, None), encoding="utf-8", errors="replace") as stream:
                header = stream.readline(1 << 20)
        except OSError:
            header = ""
        offset = 1
        for cell in header.rstrip("\r\n").split(","):
            columns.setdefault(cell.strip().strip('"').lower(), offset)
            offset += len(cell) + 1
    return Place(dataset.relative or dataset.label, 1, columns)


def message_prefix(dataset: Dataset, place: Place) -> str:
    """Findings on a table point at its config entry, so their message names the table."""
    return "" if place.path == dataset.label else f"{dataset.label}: "
