"""Judging statements: every rule of every pack on one statement, its inline suppressions applied,
and the data flows it adds to the data map. Scan workers judge each statement as soon as the reader
hands it over and keep only its outline, so rules run on every core and a huge file's memory does
not grow with its statements; the main process judges only the catalog's table statements."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.dataflows import Flow, statement_flows
from checker.facts import FileFacts, InputProblem, Statement, StatementOutline
from checker.findings import Finding
from checker.rules import ALL_RULES
from checker.rules.base import Context
from checker.suppressions import Suppressed, apply_suppressions


@dataclass
class Judgement:
    """What one statement yields: findings kept, findings an inline exception suppressed, flows."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)


@dataclass
class JudgedFile:
    """A file's input problems and, per statement in order, its outline and judgement."""

    path: str
    problems: list[InputProblem]
    timed_out: bool
    statements: list[tuple[StatementOutline, Judgement]]


def judge(statement: Statement, context: Context, with_flows: bool = True) -> Judgement:
    """Run every rule of every pack in `context` on `statement`."""
    found = [finding for pack in context.packs for rule in ALL_RULES if rule.check is not None
             for finding in rule.check(statement, pack, context)]
    kept, suppressed = apply_suppressions(statement, list(dict.fromkeys(found)))
    flows = statement_flows(statement, context.catalog, context.packs) if with_flows else []
    return Judgement(kept, suppressed, flows)


class FileJudge:
    """Collects the judgements of one file's statements as the reader hands them over (`each`).
    A file's statements never depend on other files' facts: only table statements look at
    `Context.purged`."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.judged: list[tuple[StatementOutline, Judgement]] = []

    def each(self, statement: Statement) -> None:
        self.judged.append((statement.outline(), judge(statement, self.context)))

    def result(self, facts: FileFacts) -> JudgedFile:
        return JudgedFile(facts.path, facts.problems, facts.timed_out, self.judged)


def to_bytes(judged: JudgedFile) -> bytes:
    """`judged` pickled: how workers hand files back, and what the file cache stores."""
    import pickle  # big scans only

    return pickle.dumps(judged, protocol=pickle.HIGHEST_PROTOCOL)


def from_bytes(data: bytes) -> JudgedFile:
    """A JudgedFile from a worker of this process (trusted; cache entries use file_cache's unpickler)."""
    import pickle

    return pickle.loads(data)
