"""Bounds on one input's work: a deadline inside the process, and worker processes that can be stopped.

A SIGALRM deadline (`deadline`) fires only between Python bytecodes: compiled code (sqlglot's mypyc
build, pyarrow) runs on until it returns, and a crash in native code (a 1M-deep JSON value in
pyarrow's reader) ends the whole process. `run_isolated` therefore runs work in worker processes
that the parent watches: a worker past an item's deadline is killed, a worker that dies is
replaced, and that item's outcome is a `Failure` (never an exception), so the rest of the work goes
on. Workers are forked where the platform allows (no re-import, the parent's state inherited).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from checker.records import Record

FILE_SECONDS = float(os.environ.get("PRIVGATE_FILE_TIMEOUT", "300"))  # no file may hold the scan longer
# Memory one SQL or dbt file may take in its worker, above what the worker inherited: a file past it is
# that file's input finding (MemoryError in the worker), not the kernel's out-of-memory killer picking a
# process, possibly the scan itself. 0: no bound.
FILE_MEMORY_MB = int(os.environ.get("PRIVGATE_FILE_MEMORY_MB", "2048"))
KILL_GRACE = 1.0  # seconds a worker is given past the deadline to answer by its own alarm before it is killed

Item = TypeVar("Item")


class OutOfTime(BaseException):
    """A BaseException, so that the readers' guards against library errors do not swallow it."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise OutOfTime in this thread after `seconds` (where the platform has SIGALRM and this is the
    main thread of its process, as in the CLI and its worker processes); otherwise no bound. It
    cannot interrupt compiled code: work that may run long there belongs in `run_isolated`."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    armed = [True]

    def expire(signum: int, frame: object) -> None:
        if armed[0]:
            raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    # The alarm repeats every 50 ms after the deadline: an exception raised while a finalizer (__del__,
    # a weakref callback) runs is swallowed by Python, so a single alarm could be lost.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True, eq=False, repr=False)
class Failure(Record):
    """Why a worker gave no result for an item: it ran past the deadline and was killed ("timeout"),
    needed more than its memory bound ("memory"), or died ("crash": a signal such as SIGSEGV, the
    kernel's out-of-memory killer, an exit)."""

    kind: str
    detail: str  # "ran past 300 s", "needed more than 2048 MB", "killed by SIGSEGV", "exited with code 1"


@dataclass
class _Worker(Generic[Item]):
    process: Any
    connection: Any  # answers from the worker
    orders: Any  # item indexes to the worker
    ready: bool = False  # its initializer has run
    assigned: deque[int] = field(default_factory=deque)  # item indexes sent, in order; the first is in work
    since: float = 0.0  # when the item in work started (the previous answer, or the send)


def run_isolated(work: Callable[[Item], Any], items: Sequence[Item], *, jobs: int, seconds: float | None,
                 initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
                 batch: int = 1, memory_mb: int = 0) -> Iterator[tuple[int, Any]]:
    """(index, result) for every item, in the order they finish: `work(item)` run in up to `jobs`
    worker processes (`batch` items sent at a time), or a `Failure` for an item whose worker ran
    more than `seconds` on it (then killed) or died on it. A replacement worker takes the place of a
    lost one and the items queued behind the lost item are sent again. With `memory_mb`, a worker's
    address space may grow that much past what it started with, and an item that needs more is a
    "memory" `Failure` (the worker goes on with the next). `work` and `initializer` must be
    module-level functions (they are pickled where workers are spawned, not forked)."""
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pending = deque(range(len(items)))
    workers: list[_Worker[Item]] = []
    failed_starts = 0

    def start() -> _Worker[Item]:
        for stream in (sys.stdout, sys.stderr):  # a forked child flushes what it inherited: nothing, then
            if stream is not None:
                stream.flush()
        # one-way pipes, not the socket pair of a duplex Pipe: a scan opens no socket
        answers, answering = context.Pipe(duplex=False)
        taking, orders = context.Pipe(duplex=False)
        process = context.Process(target=_serve, args=(taking, answering, work, items, initializer, initargs,
                                                       memory_mb), daemon=True)
        process.start()
        answering.close()
        taking.close()
        return _Worker(process, answers, orders)

    def retire(worker: _Worker[Item]) -> None:
        workers.remove(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.connection.close()
        worker.orders.close()
        pending.extendleft(reversed(worker.assigned))  # those not reached go first to another worker

    try:
        for _ in range(max(1, min(jobs, len(items)))):
            workers.append(start())
        while pending or any(worker.assigned for worker in workers):
            now = time.monotonic()
            for worker in workers:
                if worker.ready and not worker.assigned and pending:
                    chunk = [pending.popleft() for _ in range(min(batch, len(pending)))]
                    worker.assigned.extend(chunk)
                    try:
                        worker.orders.send(chunk)
                    except OSError:  # it died while idle: its sentinel says so below
                        pass
                    worker.since = now
            limits = [worker.since + seconds + KILL_GRACE for worker in workers if worker.assigned and seconds]
            timeout = max(0.0, min(limits) - now) if limits else None
            ready = set(wait([w.connection for w in workers] + [w.process.sentinel for w in workers], timeout))
            now = time.monotonic()
            for worker in list(workers):
                lost: Failure | None = None
                if worker.connection in ready or worker.process.sentinel in ready:
                    try:
                        while worker.connection.poll():
                            message = worker.connection.recv()
                            if message is None:
                                worker.ready, failed_starts = True, 0
                                continue
                            index = worker.assigned.popleft()
                            worker.since = now
                            yield index, message
                    except (EOFError, OSError):
                        lost = _died(worker.process)
                    if lost is None and worker.process.sentinel in ready:
                        lost = _died(worker.process)
                elif worker.assigned and seconds and now >= worker.since + seconds + KILL_GRACE:
                    lost = Failure("timeout", f"ran past {seconds:g} s")
                if lost is None:
                    continue
                index = worker.assigned.popleft() if worker.assigned else None
                if not worker.ready:
                    failed_starts += 1
                retire(worker)
                if index is not None and worker.ready:
                    yield index, lost
                if failed_starts >= 3:  # workers die before taking any work: nothing left can be read
                    for rest in [*pending, *(i for w in workers for i in w.assigned)]:
                        yield rest, Failure("crash", f"worker processes could not start ({lost.detail})")
                    pending.clear()
                    for other in list(workers):
                        other.assigned.clear()
                        retire(other)
                    return
                if pending:
                    workers.append(start())
    finally:
        for worker in workers:  # idle ones told to stop, not waited for (multiprocessing reaps them); busy ones
            if worker.assigned:  # (the caller stopped early) killed
                worker.process.kill()
                worker.process.join()
            else:
                try:
                    worker.orders.send(None)
                except OSError:
                    pass
            worker.connection.close()
            worker.orders.close()


def _died(process: Any) -> Failure:
    process.join(timeout=1)
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return Failure("crash", f"killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else ""))
    return Failure("crash", f"exited with code {code}")


def _serve(orders: Any, connection: Any, work: Callable[[Any], Any], items: Sequence[Any],
           initializer: Callable[..., None] | None, initargs: tuple[Any, ...], memory_mb: int = 0) -> None:
    """A worker: run the initializer, say so, then answer each batch of item indexes, one message per
    item, until told to stop. Ctrl-C is the parent's to handle, and a crash is reported by the
    parent as the item's outcome (no fault handler's dump on stderr)."""
    import faulthandler

    faulthandler.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
    if memory_mb:
        _bound_memory(memory_mb)
    connection.send(None)
    while True:
        try:
            chunk = orders.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for index in chunk:
            try:
                answer = work(items[index])
            except MemoryError:
                answer = Failure("memory", f"needed more than {memory_mb} MB")
            except Exception as error:  # noqa: BLE001 - the work's own guard failed: still one item's outcome
                answer = Failure("crash", f"failed ({type(error).__name__})")
            connection.send(answer)


def _bound_memory(megabytes: int) -> None:
    """Let this process's address space grow `megabytes` past its present size (a forked worker
    starts with its parent's mappings), where the platform has RLIMIT_AS; a lower limit already set
    (by whoever started privgate) stays."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            present = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = present + megabytes * 1024 * 1024
        if soft == resource.RLIM_INFINITY or wanted < soft:
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ImportError, OSError, ValueError):  # not Linux: no bound, as before
        pass
