"""Dataset files read with pyarrow in bounded batches: CSV and JSON lines are streamed block by
block, Parquet row group by row group, and only the columns a check needs are decoded."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from checker.datasets.masking import without_quoted_values
from checker.errors import PrivgateError

# pyarrow's CSV reader keeps buffers that scale with its block size (8 MB blocks peaked at 470 MB on a
# 1 GB file, 1 MB blocks stay near 140 MB at any size), so files are read in small blocks and the
# blocks regrouped into frames of FRAME_ROWS rows for validation.
BLOCK_BYTES = 1 << 20
FRAME_ROWS = 262_144
# Bounds taken before pyarrow sees a file: its JSON reader recurses per nesting level (a value nested
# 100,000 deep ends the process with SIGSEGV), and every column costs it builders and buffers (a CSV of
# 100,000 columns took 1.1 GB and 29 s to sample).
MAX_DEPTH = 256  # JSON nesting depth
MAX_COLUMNS = int(os.environ.get("PRIVGATE_MAX_DATASET_COLUMNS", "10000"))
HEADER_BYTES = 16 << 20  # a CSV's first line (its header) must end within this
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class DatasetReadError(PrivgateError):
    """A dataset file that cannot be read; carries the line when the reader names one."""


def column_names(path: Path, fmt: str) -> list[str]:
    """The dataset's columns in file order."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            metadata = pq.read_metadata(path)
            _check_columns(path, metadata.num_columns)
            return list(pq.ParquetFile(path).schema_arrow.names)
        if fmt != "jsonl":
            _check_columns(path, _csv_header_width(path))
        first = next(_raw_batches(path, fmt, None), None)
        return list(first.schema.names) if first is not None else []
    except (pa.ArrowException, OSError, ValueError) as error:
        raise _read_error(error, path) from None


def batches(path: Path, fmt: str, columns: list[str] | None, rows_at_least: int = FRAME_ROWS) -> Iterator[pa.Table]:
    """The file's rows in tables of at least `rows_at_least` rows (the last may be shorter), restricted
    to `columns` (original names); text stays text."""
    try:
        group: list[pa.RecordBatch] = []
        rows = 0
        for batch in _raw_batches(path, fmt, columns):
            group.append(batch)
            rows += batch.num_rows
            if rows >= rows_at_least:
                yield pa.Table.from_batches(group)
                group, rows = [], 0
        if group:
            yield pa.Table.from_batches(group)
    except (pa.ArrowException, OSError, ValueError) as error:
        raise _read_error(error, path) from None


def _raw_batches(path: Path, fmt: str, columns: list[str] | None) -> Iterator[pa.RecordBatch]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        yield from pq.ParquetFile(path).iter_batches(batch_size=FRAME_ROWS, columns=columns)
    elif fmt == "jsonl":
        yield from _jsonl_batches(path, columns)
    else:
        yield from _csv_batches(path, columns)


def _csv_batches(path: Path, columns: list[str] | None) -> Iterator[pa.RecordBatch]:
    from pyarrow import csv

    options = csv.ReadOptions(block_size=BLOCK_BYTES)
    names = csv.open_csv(path, read_options=options).schema.names
    as_text = csv.ConvertOptions(column_types={name: pa.string() for name in names},
                                 include_columns=columns, strings_can_be_null=True)
    reader = csv.open_csv(path, read_options=options, convert_options=as_text)
    yield from reader


def _jsonl_batches(path: Path, columns: list[str] | None) -> Iterator[pa.RecordBatch]:
    import io

    from pyarrow import json

    with path.open("rb") as stream:
        rest = b""
        lines_before = 0
        while True:
            block = stream.read(BLOCK_BYTES)
            data = rest + block
            if not block:
                rest, chunk = b"", data
            else:
                cut = data.rfind(b"\n") + 1
                rest, chunk = data[cut:], data[:cut]
            if chunk.strip():
                try:
                    chunk.decode("utf-8")
                except UnicodeDecodeError as error:
                    line = lines_before + chunk[: error.start].count(b"\n") + 1
                    raise DatasetReadError(f"cannot read dataset: not UTF-8 text (byte 0x{chunk[error.start]:02x})",
                                           str(path), line) from None
                _check_nesting(chunk, path, lines_before)
                if not lines_before:
                    _check_keys(chunk, path)
                table = json.read_json(io.BytesIO(chunk))
                _check_columns(path, table.num_columns)
                if columns is not None:
                    table = table.select([name for name in columns if name in table.schema.names])
                yield from table.to_batches()
            lines_before += chunk.count(b"\n")
            if not block:
                return


def _check_columns(path: Path, count: int) -> None:
    if count > MAX_COLUMNS:
        raise DatasetReadError(f"cannot read dataset: {count:,} columns (the limit is {MAX_COLUMNS:,}, "
                               "PRIVGATE_MAX_DATASET_COLUMNS)", str(path), 1)


def _check_keys(chunk: bytes, path: Path) -> None:
    """Refuse a first block of JSON lines whose objects have more than MAX_COLUMNS distinct keys
    before pyarrow builds a column for each (later blocks are checked by the columns they gave)."""
    if chunk.count(b":") <= MAX_COLUMNS:  # every key is followed by a colon
        return
    from checker.safe_read import load_json

    keys: set[str] = set()
    for line in chunk.splitlines():
        try:
            value = load_json(line) if line.strip() else None
        except ValueError:
            return  # not JSON: pyarrow's reader names the line
        if isinstance(value, dict):
            keys.update(value)
            _check_columns(path, len(keys))


def _csv_header_width(path: Path) -> int:
    """The number of fields of a CSV's first record, read from at most HEADER_BYTES."""
    import csv
    import io

    from checker.safe_read import open_regular

    with open_regular(path, None) as stream:
        head = stream.read(HEADER_BYTES)
    if len(head) == HEADER_BYTES and b"\n" not in head:
        raise DatasetReadError(f"cannot read dataset: its first line is longer than {HEADER_BYTES >> 20} MB",
                               str(path), 1)
    first = next(csv.reader(io.StringIO(head.decode("utf-8", "replace"), newline="")), [])
    return len(first)


def _check_nesting(chunk: bytes, path: Path, lines_before: int) -> None:
    """Refuse a block of JSON lines with a value nested deeper than MAX_DEPTH. Vectorised: a line
    whose brackets number at most MAX_DEPTH cannot be deeper (the common case); only the other lines
    are scanned exactly, strings skipped."""
    import numpy as np

    data = np.frombuffer(chunk, np.uint8)
    opening = (data == ord("[")) | (data == ord("{"))
    if int(opening.sum()) <= MAX_DEPTH:
        return
    ends = np.flatnonzero(data == ord("\n"))
    starts = np.concatenate(([0], ends + 1))[: len(ends) + (not chunk.endswith(b"\n"))]
    per_line = np.add.reduceat(opening.astype(np.int32), starts) if len(starts) else np.array([], np.int32)
    for number in np.flatnonzero(per_line > MAX_DEPTH):
        start = int(starts[number])
        end = chunk.find(b"\n", start)
        depth = 0
        for token in _JSON_TOKENS.finditer(chunk, start, len(chunk) if end == -1 else end):
            mark = token.group()
            if mark in (b"[", b"{"):
                depth += 1
                if depth > MAX_DEPTH:
                    raise DatasetReadError(f"cannot read dataset: a value nested more than {MAX_DEPTH} levels deep",
                                           str(path), lines_before + int(number) + 1)
            elif mark in (b"]", b"}"):
                depth -= 1


def _read_error(error: Exception, path: Path) -> DatasetReadError:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    row = re.search(r"Row #(\d+)", text)
    return DatasetReadError(f"cannot read dataset: {without_quoted_values(text)}", str(path),
                            int(row.group(1)) if row else None)
