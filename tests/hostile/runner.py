"""The hostile corpus runner (issue 20, item 9): builds each input of tests/hostile/*.yaml as a small
project, runs `privgate scan` on it in a forked child under a memory cap and a time limit, and
classifies what came out as ok, leak, injection, hang, resource, crash, silent or wrong location.

A forked child starts with privgate already imported (a few milliseconds instead of a second of
interpreter start-up), so every input is isolated from the test process and from the others: a hang,
a SIGSEGV or an allocation storm is that input's outcome, never the test run's. An input with its own
`env:` runs in a fresh interpreter instead, since privgate reads some settings when it is imported.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

from helpers import DEFAULT_AS_OF, project_settings, write_project

HERE = Path(__file__).parent
REPO = HERE.parents[1]
CLASSES = ("leak", "injection", "hang", "resource", "crash", "silent", "wrong location")
OUTCOMES = ("ok", *CLASSES)
OTHER = "-- privgate: purpose=analytics\nSELECT t.id, t.notes\nFROM tickets t;\n"  # PUR001 on line 2
FORMATS = ("text", "sarif", "junit", "github", "gitlab", "markdown", "html")  # besides json on stdout
TIME_LIMIT = 30.0  # seconds per input, unless the input says otherwise
MEMORY_HEADROOM = 2048 << 20  # address space a child may add to what the test process already maps
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_URI = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_GITHUB_COMMAND = re.compile(r"::(error|warning|notice)( [^:\n]*)?::")


@dataclass
class Entry:
    """One hostile input: what to build, how to run privgate on it and what must come out."""

    id: str
    cls: str
    what: str
    files: dict[str, Any] = field(default_factory=dict)
    config: dict[str, Any] | None = None
    raw_config: Any = None
    paths: list[str] = field(default_factory=lambda: ["."])
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    stderr: str | None = None
    exit: list[int] = field(default_factory=lambda: [0, 1, 2])
    other: bool = True
    formats: bool = True
    time_limit: float = TIME_LIMIT
    memory_mb: float | None = None  # peak memory the scan may add to the warm process it was forked from
    xfail: str | None = None
    skip_as_root: str | None = None


@dataclass
class Run:
    """What one privgate run left behind."""

    status: int | None  # the exit code, or None when the time limit ended it
    signal: int | None
    stdout: str
    stderr: str
    outputs: dict[str, str]
    seconds: float
    max_rss_mb: float
    added_mb: float = 0.0  # peak resident memory beyond the warm parent's (forked children)


def load_corpus() -> list[Entry]:
    """Every entry of tests/hostile/*.yaml, in file order."""
    entries: list[Entry] = []
    for path in sorted(HERE.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text("utf-8")) or []:
            raw = dict(raw)
            raw["cls"] = raw.pop("class")
            entry = Entry(**raw)
            if entry.cls not in CLASSES:
                raise ValueError(f"{path.name}: {entry.id}: unknown class {entry.cls!r}")
            entries.append(entry)
    ids = [entry.id for entry in entries]
    duplicates = {name for name in ids if ids.count(name) > 1}
    if duplicates:
        raise ValueError(f"duplicate corpus ids: {sorted(duplicates)}")
    return entries


# --- building ----------------------------------------------------------------------------------

def _expand(text: str, places: dict[str, str]) -> str:
    for name, value in places.items():
        text = text.replace("{" + name + "}", value)
    return text


def _content(spec: Any, places: dict[str, str]) -> bytes:
    """A file's bytes from its corpus spec: text, or a mapping of parts (see tests/hostile/README.md)."""
    if isinstance(spec, str):
        return _expand(spec, places).encode("utf-8")
    if "latin1" in spec:
        return spec["latin1"].encode("latin-1")
    if "generate" in spec:
        return GENERATORS[spec["generate"]](**{k: v for k, v in spec.items() if k != "generate"})
    head = _content(spec.get("head", ""), places)
    body = _content(spec.get("body", ""), places) * int(spec.get("repeat", 1))
    return head + body + _content(spec.get("tail", ""), places)


def _manifest(mb: int) -> bytes:
    """A dbt manifest of about `mb` megabytes: many small models of many small columns (what costs
    memory once parsed: a dict per column)."""
    node = {"resource_type": "model", "package_name": "shop", "original_file_path": "models/m.sql",
            "depends_on": {"macros": [], "nodes": ["model.shop.a", "model.shop.b"]}, "tags": [],
            "columns": {f"c{i}": {"name": f"c{i}", "description": "", "meta": {}, "tags": [], "data_type": None}
                        for i in range(12)}, "config": {"meta": {}, "enabled": True}, "meta": {}}
    one = json.dumps(node)
    count = mb * 1_000_000 // len(one)
    body = ",".join(f'"model.shop.m{i}": {one}' for i in range(count))
    return f'{{"metadata": {{"dbt_schema_version": "v12"}}, "nodes": {{{body}}}, "sources": {{}}}}'.encode()


def _deep_json_line(depth: int) -> bytes:
    return b'{"a": ' * depth + b"1" + b"}" * depth + b"\n"


def _wide_csv(columns: int) -> bytes:
    return (",".join(f"c{i}" for i in range(columns)) + "\n" + ",".join("1" for _ in range(columns)) + "\n").encode()


def _long_sum(terms: int) -> bytes:
    return b"-- privgate: purpose=analytics\nSELECT " + b"+".join(b"a" for _ in range(terms)) + b" FROM tickets;\n"


GENERATORS = {"manifest": _manifest, "deep_json_line": _deep_json_line, "wide_csv": _wide_csv,
              "long_sum": _long_sum}


def build(entry: Entry, folder: Path) -> tuple[Path, list[str]]:
    """The project of `entry` under `folder`/project; returns it and the privgate arguments."""
    project, outside, out = folder / "project", folder / "outside", folder / "out"
    outside.mkdir(parents=True)
    out.mkdir()
    (outside / "secret.txt").write_text("root:x:0:0:outside-secret:/root:/bin/bash\n")
    places = {"outside": str(outside), "project": str(project), "out": str(out)}
    settings = project_settings(json.loads(_expand(json.dumps(entry.config), places)) if entry.config else None)
    write_project(project, settings)
    if entry.raw_config is not None:
        (project / "privgate.yaml").write_bytes(_content(entry.raw_config, places))
    files = ({"other.sql": OTHER} if entry.other else {}) | entry.files
    for relative, spec in files.items():
        target = project / os.fsdecode(_expand(relative, places).encode("utf-8", "surrogateescape"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_file() and not target.is_symlink():
            target.unlink()  # privgate.yaml replaced by the input's own
        if isinstance(spec, dict) and "fifo" in spec:
            os.mkfifo(target)
        elif isinstance(spec, dict) and "symlink" in spec:
            target.symlink_to(_expand(spec["symlink"], places))
        elif isinstance(spec, dict) and "folder" in spec:
            target.mkdir(exist_ok=True)
            target.chmod(int(spec.get("mode", 0o755)))
        elif isinstance(spec, dict) and "socket" in spec:
            with socket.socket(socket.AF_UNIX) as listening:
                listening.bind(str(target))
        else:
            target.write_bytes(_content(spec, places))
    arguments = ["scan", *[_expand(p, places) for p in entry.paths], "--no-cache",
                 "--as-of", DEFAULT_AS_OF.isoformat(), *[_expand(a, places) for a in entry.args]]
    if entry.formats:
        arguments += ["--format", "json"]
        for output_format in FORMATS:
            arguments += ["--output", f"{output_format}={out}/report.{output_format}"]
    return project, arguments


# --- running -----------------------------------------------------------------------------------

def _resident_mb(field: str = "VmRSS") -> float:
    status = Path("/proc/self/status").read_text()
    return int(re.search(field + r":\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


def _address_space() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmSize:\s+(\d+)", status).group(1)) * 1024  # type: ignore[union-attr]


def _child(project: Path, arguments: list[str], folder: Path, cap: int) -> None:
    """In the forked child: the memory cap, fresh stdio onto files, then privgate's console entry point."""
    code = 70
    try:
        import faulthandler

        faulthandler.disable()  # pytest's handler writes to the test run's stderr: a crash is this input's outcome
        _few_arenas()
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        os.setsid()
        for number, name in ((1, "stdout"), (2, "stderr")):
            handle = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(handle, number)
            os.close(handle)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        sys.stdin = io.TextIOWrapper(os.fdopen(0, "rb", closefd=False))
        sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), encoding="utf-8", errors="surrogateescape")
        sys.stderr = io.TextIOWrapper(os.fdopen(2, "wb", closefd=False), encoding="utf-8", errors="backslashreplace")
        for number in (signal.SIGALRM, signal.SIGTERM, signal.SIGINT):
            signal.signal(number, signal.SIG_DFL)
        os.chdir(project)
        sys.argv = ["privgate", *arguments]
        from checker.cli import run

        resident = _resident_mb()

        code = 0
        try:
            run()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
    except BaseException:  # noqa: BLE001 - the child reports everything and never returns into pytest
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            if "resident" in locals():  # the peak beyond what the child started with, for `memory_mb`
                (folder / "memory").write_text(f"{_resident_mb('VmHWM') - resident:.1f}")
        finally:
            os._exit(code)  # noqa: B012


def _few_arenas() -> None:
    """glibc gives each thread its own 64 MB malloc arena of address space: with the thread pools of
    pyarrow and Great Expectations that alone would eat the cap (MALLOC_ARENA_MAX, set after start)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass


def _fresh(project: Path, arguments: list[str], folder: Path, cap: int, env: dict[str, str]) -> subprocess.Popen:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        os.setsid()

    with open(folder / "stdout", "wb") as stdout, open(folder / "stderr", "wb") as stderr:
        return subprocess.Popen([sys.executable, "-m", "checker", *arguments], cwd=project, stdout=stdout,
                                stderr=stderr, stdin=subprocess.DEVNULL, preexec_fn=limit,
                                env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(REPO)])),
                                     "MALLOC_ARENA_MAX": "2", **env})


def run_entries(entries: list[Entry], base: Path, workers: int = 2) -> dict[str, tuple[str, str, Run]]:
    """Each entry's (outcome, detail, run), at most `workers` children at a time."""
    _warm()

    cap = _address_space() + MEMORY_HEADROOM
    waiting = list(entries)
    running: dict[int, tuple[Entry, Path, float, subprocess.Popen | None]] = {}
    results: dict[str, tuple[str, str, Run]] = {}
    while waiting or running:
        while waiting and len(running) < workers:
            entry = waiting.pop(0)
            folder = base / entry.id
            folder.mkdir(parents=True)
            try:
                project, arguments = build(entry, folder)
            except Exception as error:  # noqa: BLE001 - a corpus entry that cannot be built fails its own test
                results[entry.id] = ("build error", f"{type(error).__name__}: {error}",
                                     Run(None, None, "", "", {}, 0.0, 0.0))
                continue
            if entry.env:
                process = _fresh(project, arguments, folder, cap, entry.env)
                running[process.pid] = (entry, folder, time.monotonic(), process)
            else:
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    _child(project, arguments, folder, cap)
                running[pid] = (entry, folder, time.monotonic(), None)
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid == 0:
            now = time.monotonic()
            for child, (entry, _, started, _) in running.items():
                if now - started > entry.time_limit and not (base / entry.id / "timed-out").exists():
                    (base / entry.id / "timed-out").touch()
                    _kill(child)
            time.sleep(0.01)
            continue
        if pid not in running:
            continue
        entry, folder, started, process = running.pop(pid)
        if process is not None:
            process.returncode = os.waitstatus_to_exitcode(status)
        timed_out = (folder / "timed-out").exists()
        _kill(pid, group_only=True)  # anything the child started and left behind
        code = os.waitstatus_to_exitcode(status)
        run = Run(None if timed_out else (code if code >= 0 else None), -code if code < 0 and not timed_out else None,
                  _read(folder / "stdout"), _read(folder / "stderr"),
                  {name: _read(folder / "out" / f"report.{name}") for name in FORMATS
                   if (folder / "out" / f"report.{name}").exists()},
                  time.monotonic() - started, usage.ru_maxrss / 1024,
                  float(_read(folder / "memory") or 0))
        results[entry.id] = (*classify(entry, run), run)
    return results


def _warm() -> None:
    """Import privgate and the dataset stack (Great Expectations, pandas, pyarrow: seconds each) once,
    before forking, so that every child starts warm; nothing is run, so no thread exists yet."""
    import importlib

    import checker.cli  # noqa: F401
    import checker.dataset_judging  # noqa: F401
    import checker.engine  # noqa: F401

    for name in ("great_expectations", "pandas", "pyarrow.csv", "pyarrow.json", "pyarrow.parquet"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def _kill(pid: int, group_only: bool = False) -> None:
    """SIGKILL to the child's process group (it made one with setsid), or to the child itself while it
    is not yet reaped (before its setsid)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        if group_only:
            return
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape") if path.exists() else ""


# --- classifying -------------------------------------------------------------------------------

def classify(entry: Entry, run: Run) -> tuple[str, str]:
    """The outcome of one run and a line saying why."""
    if run.status is None and run.signal is None:
        return "hang", f"still running after {entry.time_limit:g} s"
    if "MemoryError" in run.stderr or "Cannot allocate memory" in run.stderr or "bad_alloc" in run.stderr:
        return "resource", f"ran out of its memory cap: {_last_line(run.stderr)}"
    if run.signal is not None:
        return "crash", f"killed by signal {signal.Signals(run.signal).name}"
    if entry.memory_mb is not None and run.added_mb > entry.memory_mb:
        return "resource", f"took {run.added_mb:.0f} MB, more than the {entry.memory_mb:g} MB allowed"
    if "Traceback" in run.stderr or "internal error" in run.stderr or run.status not in (0, 1, 2):
        return "crash", f"exit {run.status}: {_last_line(run.stderr)}"
    documents = {"stdout": run.stdout, "stderr": run.stderr, **run.outputs}
    for secret in entry.secrets:
        for spelling in {secret, quote(secret, safe=""), quote(secret)}:
            for name, document in documents.items():
                if spelling in document:
                    return "leak", f"{spelling!r} in {name}"
    injected = _injection(run, documents)
    if injected:
        return "injection", injected
    if entry.stderr is not None and entry.stderr not in run.stderr:
        return "silent", f"stderr lacks {entry.stderr!r}: {_last_line(run.stderr)}"
    if run.status not in entry.exit:
        return "silent", f"exit {run.status}, expected one of {entry.exit}: {_last_line(run.stderr)}"
    expected = list(entry.findings)
    if entry.other:
        expected.append({"path": "other.sql", "rule": "PUR001", "line": 2})
    if not expected:
        return "ok", ""
    try:
        findings = json.loads(run.stdout)["findings"]
    except (json.JSONDecodeError, KeyError, TypeError):
        return "silent", f"no JSON report (exit {run.status}): {_last_line(run.stderr)}"
    for wanted in expected:
        found = [f for f in findings if f["path"] == wanted["path"] and f["rule_id"] == wanted["rule"]]
        if not found:
            seen = sorted({(f["path"], f["rule_id"]) for f in findings})
            return "silent", f"no {wanted['rule']} for {wanted['path']!r} (findings: {seen[:6]})"
        if "message" in wanted and not any(wanted["message"] in f["message"] for f in found):
            return "silent", f"{wanted['rule']} for {wanted['path']!r} does not say {wanted['message']!r}: " \
                             f"{found[0]['message'][:200]!r}"
        if "line" in wanted and not any(f["line"] == wanted["line"] for f in found):
            return "wrong location", f"{wanted['rule']} for {wanted['path']!r} on line(s) " \
                                     f"{sorted(f['line'] for f in found)}, expected {wanted['line']}"
        if "column" in wanted and not any(f["column"] == wanted["column"] for f in found):
            return "wrong location", f"{wanted['rule']} for {wanted['path']!r} at column(s) " \
                                     f"{sorted(f['column'] for f in found)}, expected {wanted['column']}"
    return "ok", ""


def _injection(run: Run, documents: dict[str, str]) -> str | None:
    for name, document in documents.items():
        if name in ("stdout", "gitlab", "sarif", "html"):
            continue  # JSON escapes control characters itself; HTML is checked for markup below
        match = _CONTROLS.search(document)
        if match:
            return f"raw control character {match.group(0)!r} in {name}"
        for line in document.splitlines():
            if line.lstrip().startswith("::") and (name != "github" or not _GITHUB_COMMAND.match(line)):
                return f"a line of {name} starts a workflow command: {line[:80]!r}"
            if name == "github" and "::stop-commands" in line.split("::", 2)[1]:
                return f"a github command carries stop-commands: {line[:80]!r}"
    junit = documents.get("junit")
    if junit:
        match = _XML_FORBIDDEN.search(junit)
        if match:
            return f"JUnit holds {match.group(0)!r}, which XML forbids"
        try:
            ElementTree.fromstring(junit.encode("utf-8", "surrogateescape"))
        except ElementTree.ParseError as error:
            return f"JUnit is not well-formed XML: {error}"
    sarif = documents.get("sarif")
    if sarif:
        for uri in re.findall(r'"uri":\s*"((?:[^"\\]|\\.)*)"', sarif):
            decoded = json.loads(f'"{uri}"')
            if not _URI.fullmatch(decoded):
                return f"SARIF URI not encoded: {decoded[:80]!r}"
    html = documents.get("html")
    if html and re.search(r"<[^>]*onerror=", html, re.IGNORECASE):
        return "markup from an input reached the HTML report"
    return None


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""
