"""`make huge`: privgate on inputs far bigger than a repository holds, to show that time grows with
the input and memory does not. Generates (deterministically) a 50 MB SQL file of dbt-style models,
a 2 GB CSV marketing audience and a 1,000-column CSV, scans each in a fresh process and writes the
time, peak RSS and what the report says about how the input was read to bench/HUGE.md.

Sizes: HUGE_SQL_MB (50), HUGE_CSV_GB (2). Needs about 2.5 GB of free disk in the temp folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

SQL_MB = float(os.environ.get("HUGE_SQL_MB", "50"))
CSV_GB = float(os.environ.get("HUGE_CSV_GB", "2"))
PRIVGATE = [str(Path(sys.executable).parent / "privgate"), "scan", "--format", "json", "--as-of", "2026-11-24"]


def run(target: Path, cwd: Path) -> tuple[float, float, dict]:
    """Wall seconds, peak RSS in MB and the JSON report of one scan in a fresh process."""
    environment = {**os.environ, "CI": "1", "PRIVGATE_NO_CACHE": "1"}
    with tempfile.NamedTemporaryFile() as peak:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak.name, *PRIVGATE, str(target)], cwd=cwd,
                              env=environment, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode not in (0, 1):
            raise SystemExit(f"privgate failed on {target} ({done.returncode}): {done.stderr[-1500:]}")
        return elapsed, int(Path(peak.name).read_text().split()[-1]) / 1024, json.loads(done.stdout)


def huge_sql(work: Path) -> Path:
    """One file of `SQL_MB` megabytes: the bulk corpus's models one after another."""
    project = corpus.sql_project(work / "models", 300)
    models = [path.read_text() for path in sorted((project / "models").rglob("*.sql"))]
    target = project / "models" / "huge.sql"
    with target.open("w") as out:
        written, index = 0, 0
        while written < SQL_MB * 1e6:
            text = models[index % len(models)].rstrip().rstrip(";") + ";\n"
            out.write(text)
            written += len(text)
            index += 1
    for path in (project / "models").rglob("model_*.sql"):
        path.unlink()
    return target


def huge_csv(work: Path) -> Path:
    """A CSV of about `CSV_GB` gigabytes: a million generated rows, repeated."""
    csv_path, parquet_path = corpus.dataset(work / "audience", 1_000_000)
    parquet_path.unlink()
    header, _, body = csv_path.read_bytes().partition(b"\n")
    big = csv_path.with_name("growing.tmp")
    with big.open("wb") as out:
        out.write(header + b"\n")
        while out.tell() < CSV_GB * 1e9:
            out.write(body)
    return big.replace(csv_path)  # the name privgate.yaml's dataset entry expects


def wide_csv(work: Path, columns: int = 1000, rows: int = 20_000) -> Path:
    folder = work / "wide"
    folder.mkdir()
    names = [f"col_{index:04d}" for index in range(columns)]
    names[0], names[1] = "email", "signed_up_at"
    with (folder / "wide.csv").open("w") as out:
        out.write(",".join(names) + "\n")
        for row in range(rows):
            values = [f"user{row}@example.bg", "2024-01-01T00:00:00"] + [str(row * column % 97) for column in range(2, columns)]
            out.write(",".join(values) + "\n")
    (folder / "privgate.yaml").write_text(
        "packs: [mgt-solutions]\ndatasets:\n  - path: wide.csv\n    role: marketing_audience\n"
        "    timestamp: signed_up_at\n    columns:\n      email: account.email\n      signed_up_at: activity.timestamp\n")
    return folder / "wide.csv"


NOTES = """\
- SQL: the file's text is held (the limit is PRIVGATE_MAX_SQL_MB, 256 MB by default); its tokens are
  made one block of whole statements (about 1 MB) at a time, and each statement is judged as soon as
  it is read, keeping only its outline and findings. What grows with the file is its findings (and
  the report built from them), not its statements. One file is read on one core; the per-file time
  bound (PRIVGATE_FILE_TIMEOUT, 300 s by default) would report the unread rest as an input problem.
- CSV: streamed in 1 MB blocks regrouped into frames of 262,144 rows; every row is checked, only the
  columns the checks need are decoded, and peak memory is the same at 1 M and 25 M rows (about
  250 MB of it is Great Expectations itself).
- 1,000 columns: the content detectors sample the first rows of every column; the row checks
  decode only the columns the dataset entry maps.
"""


def input_problems(report: dict) -> str:
    problems = [finding["message"] for finding in report["findings"] if finding["family"] == "input"]
    return f"; input problems: {'; '.join(problems)}" if problems else ""


def how_read(report: dict) -> str:
    evidence = {line for finding in report["findings"] for line in finding.get("evidence", [])
                if "stream" in line or "sample" in line}
    return "; ".join(sorted(evidence)[:2]) or "-"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="privgate-huge-"))
    rows = ["| input | size | privgate | peak RSS | how it was read (from the report) |", "|---|---|---|---|---|"]
    try:
        print(f"SQL file of {SQL_MB:g} MB ...", flush=True)
        target = huge_sql(work)
        seconds, peak, report = run(target, target.parents[1])
        rows.append(f"| one SQL file, {report['summary']['statements']:,} statements | {target.stat().st_size / 1e6:.0f} MB "
                    f"| {seconds:.0f} s | {peak:.0f} MB | statement blocks of about 1 MB, one at a time{input_problems(report)} |")
        print(rows[-1], flush=True)
        target.unlink()
        print(f"CSV of {CSV_GB:g} GB ...", flush=True)
        target = huge_csv(work)
        seconds, peak, report = run(target, target.parent)
        rows.append(f"| CSV marketing audience, {report['findings'][0]['message'].split(' of ')[1].split(' rows')[0]} rows "
                    f"| {target.stat().st_size / 1e9:.1f} GB | {seconds:.0f} s | {peak:.0f} MB | {how_read(report)} |")
        print(rows[-1], flush=True)
        target.unlink()
        print("CSV with 1,000 columns ...", flush=True)
        target = wide_csv(work)
        seconds, peak, report = run(target, target.parent)
        rows.append(f"| CSV with 1,000 columns, 20,000 rows | {target.stat().st_size / 1e6:.0f} MB | {seconds:.1f} s "
                    f"| {peak:.0f} MB | {how_read(report)} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table = "\n".join(rows)
    print("\n" + table)
    (HERE / "HUGE.md").write_text(
        f"# privgate on huge inputs\n\nMeasured by `make huge` on {date.today().isoformat()} ({os.cpu_count()} cores); "
        f"one fresh process per input, file cache off, peak RSS from GNU time.\n\n{table}\n\n{NOTES}", "utf-8")
    print(f"wrote {HERE / 'HUGE.md'}")


if __name__ == "__main__":
    main()
