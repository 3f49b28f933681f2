"""Input problems: files or statements privgate could not read, parse or resolve. Never a pass.
The readers record each problem with its kind; the rule that declares that kind reports it."""

from __future__ import annotations

from checker.facts import InputProblem
from checker.findings import Finding
from checker.rules.base import Position, Rule, RuleDoc, no_clauses

UNPARSABLE = Rule(
    id="INP001",
    name="unparsable-sql",
    family="input",
    severity="error",
    subject="input",
    problem_kind="unparsable",
    clauses=no_clauses,
    summary="A SQL statement cannot be tokenised or parsed in the configured dialect.",
    doc=RuleDoc(
        what="The statement (or the rest of the file after an unterminated string) is not valid SQL for the "
             "dialect configured for the file; the other statements and files are still scanned. For a dbt model, "
             "the model's Jinja could not be rendered as dbt renders it (offline, in a sandbox): the message names "
             "the macro that failed and the line is the model's line that called it. Install the project's packages "
             "in dbt_packages/ (`dbt deps`), declare the columns of relations that macros introspect in schema "
             "files, or run `dbt compile` before privgate so target/manifest.json has the compiled SQL.",
        why="A statement privgate cannot read could hide any violation, so it never counts as a pass.",
        failing="-- privgate: purpose=user_account\nSELECT (email FROM accounts",
        passing="-- privgate: purpose=user_account\nSELECT (email) FROM accounts",
    ),
)

UNREADABLE = Rule(
    id="INP002",
    name="unreadable-file",
    family="input",
    severity="error",
    subject="input",
    problem_kind="unreadable",
    clauses=no_clauses,
    summary="A file cannot be read: permissions, binary content or an encoding other than UTF-8.",
    doc=RuleDoc(
        what="The file could not be opened or is not UTF-8 text.",
        why="An unreadable file could hide any violation, so it never counts as a pass.",
        failing="(a file saved as Latin-1 with an accented name in a comment)",
        passing="(the same file saved as UTF-8)",
    ),
)

UNRESOLVED = Rule(
    id="INP003",
    name="unresolved-columns",
    family="input",
    severity="error",
    subject="input",
    problem_kind="unresolved",
    clauses=no_clauses,
    summary="A statement parses, but its columns cannot be traced to tables (e.g. an alias used twice).",
    doc=RuleDoc(
        what="sqlglot's qualifier could not resolve which table each column of the statement comes from. A dbt "
             "`ref` or `source` that names nothing the project defines is INP005, not this rule.",
        why="Without column lineage the statement's data categories are unknown, so it cannot pass.",
        failing="SELECT a.id\nFROM accounts a\nJOIN tickets a ON a.id = a.account_id",
        passing="SELECT a.id\nFROM accounts a\nJOIN tickets t ON a.id = t.account_id",
    ),
)

UNREADABLE_DATASET = Rule(
    id="INP004",
    name="unreadable-dataset",
    family="input",
    severity="error",
    subject="input",
    problem_kind="unreadable_dataset",  # met by checker.dataset_judging while reading a dataset
    clauses=no_clauses,
    summary="A dataset file or table cannot be read, or lacks a column its privgate.yaml entry names.",
    doc=RuleDoc(
        what="A CSV, Parquet or JSON-lines file that does not parse (ragged rows, bad encoding), a table the "
             "database does not have, or a column named in the dataset's entry (timestamp, consent, country ...) "
             "that the dataset lacks. The other datasets and files are still scanned.",
        why="Rows privgate cannot read could hold any violation, so the dataset never counts as a pass.",
        failing="email,marketing_email\nana@example.bg,true,one cell too many\n",
        passing="email,marketing_email\nana@example.bg,true\n",
        dataset={"role": "dataset", "columns": {"email": "account.email", "marketing_email": "consent.marketing_email"}},
    ),
)

MISSING_DBT_NODE = Rule(
    id="INP005",
    name="missing-dbt-node",
    family="input",
    severity="error",
    subject="input",
    problem_kind="missing_node",  # met by checker.readers.sql while reading a dbt model's rendered SQL
    clauses=no_clauses,
    summary="A dbt model's `ref` or `source` names nothing the project or its installed packages define.",
    doc=RuleDoc(
        what="A `ref` naming no model, seed or snapshot of the project or of its packages in dbt_packages/ (or "
             "a package that is not installed, a version the model does not declare, a model that is disabled "
             "under the project's vars), or a `source` no schema file declares: dbt would not compile the model. "
             "One finding per model, at the line of its first such call, naming them all; the scan's summary "
             "lists each once with the models that call it. Install the package that defines it (`dbt deps`), "
             "or accept INP005 (`accept:` with a reason) where the project using this one supplies it: columns "
             "privgate cannot place for other reasons stay INP003.",
        why="privgate reads the relation as columns unknown, so the model's lineage through it is not seen and "
            "it cannot pass.",
        failing="-- models/customers.sql; the project defines no model, seed or snapshot int_orders\n"
                "select customer_id, order_total\nfrom {{ ref('int_orders') }}",
        passing="-- models/customers.sql; models/int_orders.sql defines it\n"
                "select customer_id, order_total\nfrom {{ ref('int_orders') }}",
    ),
)

RULES = (UNPARSABLE, UNREADABLE, UNRESOLVED, UNREADABLE_DATASET, MISSING_DBT_NODE)


def rule_for_problem(kind: str) -> Rule:
    """The input rule that declares this kind of reader problem."""
    found = next((rule for rule in RULES if rule.problem_kind == kind), None)
    if found is None:
        raise ValueError(f"no input rule reports problems of kind '{kind}'")
    return found


def problem_finding(problem: InputProblem) -> Finding:
    """The finding of the input rule that reports this problem, where the reader met it."""
    rule = rule_for_problem(problem.kind)
    return rule.finding_at(Position(problem.path, problem.line, problem.column), problem.message,
                           pack=None, citation=None)
