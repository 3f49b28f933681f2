"""Dataset files read with pyarrow in bounded batches: CSV and JSON lines are streamed block by
block, Parquet row group by row group, and only the columns a check needs are decoded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from checker.errors import PrivgateError

# pyarrow's CSV reader keeps buffers that scale with its block size (8 MB blocks peaked at 470 MB on a
# 1 GB file, 1 MB blocks stay near 140 MB at any size), so files are read in small blocks and the
# blocks regrouped into frames of FRAME_ROWS rows for validation.
BLOCK_BYTES = 1 << 20
FRAME_ROWS = 262_144


class DatasetReadError(PrivgateError):
    """A dataset file that cannot be read; carries the line when the reader names one."""


def column_names(path: Path, fmt: str) -> list[str]:
    """The dataset's columns in file order."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(path).schema_arrow.names)
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
                table = json.read_json(io.BytesIO(chunk))
                if columns is not None:
                    table = table.select([name for name in columns if name in table.schema.names])
                yield from table.to_batches()
            lines_before += chunk.count(b"\n")
            if not block:
                return


def _read_error(error: Exception, path: Path) -> DatasetReadError:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    row = re.search(r"Row #(\d+)", text)
    return DatasetReadError(f"cannot read dataset: {text}", str(path), int(row.group(1)) if row else None)
