"""Progress of a long phase (dbt models read for lineage, DDL files replayed, files read, datasets
checked) as click's progress bar on stderr, only on an interactive terminal: never in CI logs
(`CI` set), pipes or files, so never inside a report, whatever the format.

A phase that ends within SHOW_AFTER seconds shows nothing (a pre-commit run on a few files stays
silent); a longer one shows its bar from then on, with the count and an estimate of the time left.
"""

from __future__ import annotations

import atexit
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

Progress = Callable[[str, int, int], None]  # (what, done, total) of the current phase
SHOW_AFTER = 0.5  # seconds a phase runs before its bar appears


def on_terminal(stream: TextIO | None = None, environ: Mapping[str, str] | None = None) -> Progress | None:
    """A progress printer to `stream` (default stderr) when it is an interactive terminal and no CI
    system runs us; None otherwise, and callers then report nothing."""
    stream = sys.stderr if stream is None else stream
    environ = os.environ if environ is None else environ
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    if not interactive or environ.get("CI", "").strip().lower() not in ("", "0", "false"):
        return None
    return Bars(stream)


class Bars:
    """One click progress bar per phase; a new phase (another `what`, or a count that starts over)
    closes the previous bar."""

    def __init__(self, stream: TextIO, show_after: float = SHOW_AFTER) -> None:
        self.stream = stream
        self.show_after = show_after
        self.what: str | None = None
        self.started = 0.0
        self.done = 0
        self.bar: ProgressBar[int] | None = None
        atexit.register(self.close)  # a run that stops mid-phase still gives the cursor back

    def __call__(self, what: str, done: int, total: int) -> None:
        if what != self.what or done < self.done:
            self.close()
            self.what, self.started, self.done = what, time.monotonic(), 0
        if self.bar is None:
            if done >= total or time.monotonic() - self.started < self.show_after:
                self.done = done
                return
            import click

            self.bar = click.progressbar(length=total, label=what, file=self.stream, show_pos=True,
                                         update_min_steps=max(1, total // 500))
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done
        if done >= total:
            self.close()

    def close(self) -> None:
        """End the current bar on its own line."""
        if self.bar is not None:
            self.bar.render_finish()
            self.bar = None
        self.what = None
