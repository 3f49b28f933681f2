"""Judging a subject: the rules that declare it (statement or table) for the packs in force, then its
inline suppressions applied and judged, and for a statement the data flows it adds to the data map.
Scan workers judge each statement as soon as the reader hands it over and keep only its outline, so
rules run on every core and a huge file's memory does not grow with its statements; the main
process judges the catalog's tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from checker.dataflows import Flow, statement_flows
from checker.facts import FileFacts, InputProblem, Statement, StatementOutline, Suppression
from checker.findings import Finding
from checker.records import MutableRecord
from checker.rules import ALL_RULES
from checker.rules.base import Context, Position, Rule, statement_position
from checker.rules.input import problem_finding
from checker.rules.subjects import SuppressionSubject, TableSubject
from checker.suppressions import Suppressed, match_suppressions


def _judging(subject: str) -> tuple[Rule, ...]:
    return tuple(rule for rule in ALL_RULES if rule.subject == subject and rule.check is not None)


STATEMENT_RULES = _judging("statement")
TABLE_RULES = _judging("table")
SUPPRESSION_RULES = _judging("suppression")
TABLE_IDS = frozenset(rule.id for rule in TABLE_RULES)
STATEMENT_IDS = frozenset(rule.id for rule in ALL_RULES) - TABLE_IDS  # incl. what readers report (INP003)


@dataclass(eq=False, repr=False)
class Judgement(MutableRecord):
    """What one statement (or table) yields: findings kept, findings an inline exception suppressed, flows."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class JudgedFile(MutableRecord):
    """A file's input problems and, per statement in order, its outline and judgement."""

    path: str
    problems: list[InputProblem]
    timed_out: bool
    statements: list[tuple[StatementOutline, Judgement]]
    missing_nodes: tuple[str, ...] = ()  # a dbt model's refs and sources naming nothing the project defines


def judge(statement: Statement, context: Context, with_flows: bool = True) -> Judgement:
    """Run every statement rule on `statement`: once per pack in `context`, or once with all of them."""
    found = [finding for rule in STATEMENT_RULES for finding in _statement_findings(rule, statement, context)]
    judgement = _suppress(found, statement.suppressions, statement_position(statement), STATEMENT_IDS)
    if with_flows:
        judgement.flows = statement_flows(statement, context.catalog, context.packs)
    return judgement


def judge_table(table: TableSubject, context: Context) -> Judgement:
    """Run every table rule of every pack in `context` on a table of the catalog; a rule that fails
    unexpectedly on it is an input finding for the table, and the other tables are still judged."""
    try:
        found = [finding for rule in TABLE_RULES for pack in context.packs for finding in rule.check(table, pack, context)]
    except Exception as error:  # noqa: BLE001 - one bad input never stops the scan
        return Judgement([problem_finding(failure_problem(table.path, table.line, f"table {table.table.name}", error))])
    return _suppress(found, table.suppressions, table.position, TABLE_IDS, primary=False)


def failure_problem(path: str, line: int, what: str, error: BaseException) -> InputProblem:
    """An unexpected error while reading or judging one input, as that input's problem: its exception
    type only (no traceback, no message that might quote the input)."""
    if isinstance(error, MemoryError):
        return InputProblem(path, line or 1, 1, f"privgate ran out of memory on this {what} (a file read in a worker "
                            "may take PRIVGATE_FILE_MEMORY_MB); it was not checked, the rest of the scan was",
                            "unreadable")
    return InputProblem(path, line or 1, 1, f"privgate failed on this {what} ({type(error).__name__}); it was not "
                        "checked, the rest of the scan was", "unreadable")


def _statement_findings(rule: Rule, statement: Statement, context: Context) -> Iterable[Finding]:
    if rule.all_packs:
        return rule.check(statement, context.packs, context)
    return (finding for pack in context.packs for finding in rule.check(statement, pack, context))


def _suppress(found: list[Finding], suppressions: Sequence[Suppression], position: Position,
              judged: frozenset[str], primary: bool = True) -> Judgement:
    """The findings kept and suppressed, plus what the suppression rules say about the suppressions.
    A CREATE TABLE's comments apply to the statement and to its table: each reports as unused only
    the rule ids it is judged by, and only the statement reports a missing reason."""
    if not suppressions:
        return Judgement(list(dict.fromkeys(found)))
    matched = match_suppressions(list(dict.fromkeys(found)), suppressions)
    about = SuppressionSubject(tuple(suppressions), matched.used, position, judged, primary)
    kept = matched.kept + [finding for rule in SUPPRESSION_RULES for finding in rule.check(about)]
    return Judgement(kept, matched.suppressed)


class FileJudge:
    """Collects the judgements of one file's statements as the reader hands them over (`each`).
    A file's statements never depend on other files' facts: only table rules look at `Context.purged`."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.judged: list[tuple[StatementOutline, Judgement]] = []

    def each(self, statement: Statement) -> None:
        self.judged.append((statement.outline(), judge(statement, self.context)))

    def result(self, facts: FileFacts) -> JudgedFile:
        return JudgedFile(facts.path, facts.problems, facts.timed_out, self.judged, facts.missing_nodes)

    def failed(self, relative: str, error: BaseException) -> JudgedFile:
        """The file's statements judged before an unexpected error, and the error as its input problem
        (at the last statement read, else the first line)."""
        line = max((outline.line for outline, _ in self.judged), default=1)
        return JudgedFile(relative, [failure_problem(relative, line, "file", error)], False, self.judged)


def to_bytes(judged: JudgedFile) -> bytes:
    """`judged` pickled: how workers hand files back, and what the file cache stores."""
    import pickle  # big scans only

    return pickle.dumps(judged, protocol=pickle.HIGHEST_PROTOCOL)


def from_bytes(data: bytes) -> JudgedFile:
    """A JudgedFile from a worker of this process (trusted; cache entries use file_cache's unpickler)."""
    import pickle

    return pickle.loads(data)
