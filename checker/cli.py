"""The `privgate` command: scan, rules list, explain. Exit codes: 0 clean, 1 findings at or above
the threshold, 2 usage, configuration or unreadable input."""

from __future__ import annotations

import gc
import functools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from checker.engine import Project
    from checker.results import ScanResult
    from checker.policy.model import Pack

from checker import __version__
from checker.config import SAMPLE_ROWS_VARIABLE, discover, load_config
from checker.errors import PrivgateError
from checker.printable import escape_controls
from checker.report import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _print_version(context: click.Context, parameter: click.Parameter, value: bool) -> None:
    """privgate's version and the versions of the libraries its results depend on, read from the
    installed distributions' metadata (Great Expectations is never imported for this)."""
    if not value or context.resilient_parsing:
        return
    from importlib.metadata import PackageNotFoundError, version

    def installed(distribution: str) -> str:
        try:
            return version(distribution)
        except PackageNotFoundError:
            return "not installed"

    click.echo(f"privgate {__version__}\nsqlglot {installed('sqlglot')}\n"
               f"great-expectations {installed('great-expectations')} (extra privgate[data])")
    context.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show privgate's version and those of sqlglot and Great Expectations, then exit.")
def main() -> None:
    """privgate: check SQL, schemas and datasets against your privacy policy's promises."""


def _no_cache(context: click.Context, parameter: click.Parameter, value: bool) -> None:
    if value:
        from checker import cache

        cache.disable()


def _sample(context: click.Context, parameter: click.Parameter, value: int | None) -> None:
    if value is not None:
        os.environ[SAMPLE_ROWS_VARIABLE] = str(value)
        context.meta[SAMPLE_META] = value


SAMPLE_META = "privgate.sample"  # `--sample` was given: it needs `--db`


def _outside_packs(context: click.Context, parameter: click.Parameter, value: bool) -> None:
    if value:
        from checker.config import OUTSIDE_PACKS_VARIABLE

        os.environ[OUTSIDE_PACKS_VARIABLE] = "1"  # scan workers inherit it


def _export_expectations(context: click.Context, parameter: click.Parameter, value: Path | None) -> None:
    if value is not None:
        from checker.datasets.export import EXPORT_VARIABLE

        os.environ[EXPORT_VARIABLE] = str(value.resolve())  # dataset workers inherit it


def _dbt_vars(context: click.Context, parameter: click.Parameter, value: str | None) -> None:
    if value is not None:
        from checker.dbt_vars import VARS_VARIABLE, parsed
        from checker.errors import ConfigError

        try:
            parsed(value)
        except ConfigError as error:
            raise click.BadParameter(str(error).removeprefix("--vars: "), context, parameter) from None
        os.environ[VARS_VARIABLE] = value  # scan workers inherit it


def _project_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options every command that scans a project shares (`--sample` only with `--db`)."""

    original = command

    @functools.wraps(original)
    def checked(*args: Any, **kwargs: Any) -> None:
        if click.get_current_context().meta.get(SAMPLE_META) and not kwargs.get("db_url"):
            raise click.UsageError("--sample reads rows of a live database: give the database with --db URL "
                                   "(or PRIVGATE_DB_URL)")
        original(*args, **kwargs)

    command = checked
    for option in reversed([
        click.argument("paths", nargs=-1, type=click.Path(path_type=Path)),
        click.option("--pack", "packs", multiple=True, metavar="NAME|FILE",
                     help="Rule pack in force (repeatable); overrides the config's packs."),
        click.option("--config", "config_file", type=click.Path(path_type=Path),
                     help="privgate.yaml or pyproject.toml to use instead of discovery."),
        click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]),
                     help="The date 'today' means for every age computation (YYYY-MM-DD)."),
        click.option("--allow-outside-packs", is_flag=True, expose_value=False, callback=_outside_packs,
                     help="Let a config's packs (and the packs they extend) lie outside the project folder "
                          "(also PRIVGATE_ALLOW_OUTSIDE_PACKS=1)."),
        click.option("--no-cache", is_flag=True, expose_value=False, callback=_no_cache,
                     help="Neither read nor write privgate's cache folder (also PRIVGATE_NO_CACHE=1)."),
        click.option("--vars", metavar="YAML", expose_value=False, callback=_dbt_vars,
                     help="Vars for the dbt project, as `dbt run --vars` takes them (e.g. '{claims_enabled: true}'); "
                          "they win over dbt_project.yml's and the config's `catalog: dbt_vars:`."),
        click.option("--db", "db_url", metavar="URL", envvar="PRIVGATE_DB_URL",
                     help="Also read a live PostgreSQL database (read-only): its tables and grants. "
                          "Prefer the PRIVGATE_DB_URL variable to keep the password out of shell history."),
        click.option("--sample", type=click.IntRange(1, 100000), metavar="ROWS", expose_value=False, callback=_sample,
                     help="With --db: also read at most ROWS rows of each table's undeclared columns (read-only, "
                          "10 s in all) and classify them by their content, as the config's `catalog: sample:` "
                          f"does (also {SAMPLE_ROWS_VARIABLE})."),
    ]):
        command = option(command)
    return command


@main.command()
@_project_options
@click.option("--format", "output_formats", type=click.Choice(FORMATS), multiple=True,
              help="Format of the report on stdout (or in a bare --output FILE); default text. Once: write "
                   "more formats from the same scan with --output FORMAT=PATH.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), help="Lowest severity that fails the run (default from config, else error).")
@click.option("-o", "--output", "outputs", multiple=True, metavar="[FORMAT=]PATH",
              help="FORMAT=PATH: also write a FORMAT report to PATH (repeatable, e.g. -o sarif=privgate.sarif "
                   "-o junit=reports/junit.xml; missing folders are made). A bare PATH: write the --format "
                   "report there instead of stdout.")
@click.option("--statistics", is_flag=True, help="Print one line per rule with its count instead of the findings, and the named files not judged.")
@click.option("--baseline", "baseline_file", type=click.Path(path_type=Path, dir_okay=False), help="Report only findings not accepted by this baseline (see `privgate baseline`).")
@click.option("--changed-since", metavar="REF", help="Pull-request mode: report only what files changed since the git REF affect.")
@click.option("--export-expectations", type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
              expose_value=False, callback=_export_expectations,
              help="Write the Great Expectations suite run on each dataset to DIR (one JSON per dataset, GE's "
                   "own format) to run in your own GE checkpoints.")
@click.option("--min-coverage", type=click.FloatRange(0, 100), metavar="PCT",
              help="Exit 2 when less than PCT percent of the statements and datasets found could be read "
                   "(default from config `min_coverage`).")
def scan(paths: tuple[Path, ...], packs: tuple[str, ...], config_file: Path | None, as_of: datetime | None,
         db_url: str | None, output_formats: tuple[str, ...], fail_on: str | None, outputs: tuple[str, ...],
         statistics: bool, baseline_file: Path | None, changed_since: str | None, min_coverage: float | None) -> None:
    """Scan PATHS (files or folders; default: the current folder) for policy violations."""
    from checker.report import reporter
    from checker.report.outputs import OutputUsageError, plan_outputs, write_report
    from checker.results import nothing_read_described

    try:
        planned = plan_outputs(output_formats, outputs)  # before the scan: a wrong option costs no scan
    except OutputUsageError as error:
        raise click.UsageError(str(error)) from None
    try:
        projects, result, failed = _run_scan(paths, packs, config_file, as_of, changed_since, db_url, baseline_file,
                                             fail_on)
        for position, report in enumerate(planned):  # every report from the one result
            colour = False
            if position == 0 and statistics:
                counts = Counter(finding.rule_id for finding in result.findings)
                document = "".join(f"{count:5d}  {rule_id}\n" for rule_id, count in sorted(counts.items()))
                document += _not_judged_note(result.not_judged)
                if result.read_nothing and not result.not_judged:  # the lines above say why otherwise
                    document += f"{0:5d}  checked: {escape_controls(nothing_read_described(result))}\n"
            else:
                from checker.report.colour import wanted

                colour = report.path is None and wanted(sys.stdout)  # a report file is never coloured
                document = reporter(report.format)(result, colour)
            if report.path is None:
                click.echo(document, nl=False, color=colour or None)  # forced colour: click must not strip it
            else:
                write_report(document, report)
    except PrivgateError as error:
        _fail(error)
    floors = [min_coverage] if min_coverage is not None else \
        [project.config.min_coverage for project in projects if project.config.min_coverage is not None]
    if result.empty_gate:
        click.echo(f"privgate: error: {escape_controls(nothing_read_described(result))} (scan the folders that hold "
                   f"the project's SQL, or widen `include`){_schema_as_code(paths)}", err=True)
        sys.exit(EXIT_ERROR)
    percent = result.coverage.percent
    if floors and percent is not None and percent < max(floors):
        click.echo(f"privgate: {result.coverage.describe()} is below the minimum of {max(floors):g}% "
                   "(--min-coverage or min_coverage in the config)", err=True)
        sys.exit(EXIT_ERROR)
    if result.unaccepted_inputs():
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


def _schema_as_code(paths: tuple[Path, ...]) -> str:
    """For a scan that read nothing: where the scanned folders keep their schema as a framework's code
    (Rails migrations, Django models ...), and how to write it out as SQL privgate reads; else ""."""
    from checker.scaffold import survey

    for folder in [path for path in paths or (Path("."),) if path.is_dir()]:
        schemas = survey(folder).orm_schemas
        if schemas:
            what, dump = schemas[0]
            return f"; this repository keeps its schema in {what}: write it out as SQL with {dump} and scan that"
    return ""


def _not_judged_note(not_judged: list[tuple[str, str]]) -> str:
    """`--statistics`: the files named on the command line that no rule reads, counted by reason."""
    by_reason: dict[str, list[str]] = {}
    for path, why in not_judged:
        by_reason.setdefault(why, []).append(path)
    lines = []
    for why, files in sorted(by_reason.items()):
        shown = ", ".join(map(escape_controls, files[:5])) + (f", ... ({len(files) - 5} more)" if len(files) > 5 else "")
        lines.append(f"{len(files):5d}  files not judged: {why}: {shown}\n")
    return "".join(lines)


@main.command()
@_project_options
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), default="privgate-baseline.json",
              show_default=True, help="Where to write the baseline.")
def baseline(paths: tuple[Path, ...], packs: tuple[str, ...], config_file: Path | None, as_of: datetime | None,
             db_url: str | None, output: Path) -> None:
    """Record today's findings so that `scan --baseline FILE` fails only on new ones."""
    from checker.baseline import render_baseline

    try:
        _, result, _ = _run_scan(paths, packs, config_file, as_of, None, db_url)
    except PrivgateError as error:
        _fail(error)
    _emit(render_baseline(result.findings), output)
    inputs = sum(1 for finding in result.findings if finding.family == "input")
    click.echo(f"privgate: {len(result.findings)} findings recorded in {output}"
               + (f" ({inputs} input problems among them: privgate could not read those files or statements, "
                  "so nothing in them is checked until they are fixed)" if inputs else ""), err=True)


@main.command()
@_project_options
@click.option("--format", "output_format", type=click.Choice(["markdown", "csv"]), default="markdown", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to a file instead of stdout.")
def ropa(paths: tuple[Path, ...], packs: tuple[str, ...], config_file: Path | None, as_of: datetime | None,
         db_url: str | None, output_format: str, output: Path | None) -> None:
    """Write the record of processing activities (GDPR Art. 30) derived from the packs and the code."""
    from checker.ropa import build_records, render_csv, render_markdown, undeclared

    try:
        projects, result, _ = _run_scan(paths, packs, config_file, as_of, None, db_url)
    except PrivgateError as error:
        _fail(error)
    packs_in_force = tuple({pack.id: pack for project in projects for pack in project.packs}.values())
    records = build_records(packs_in_force, result.flows)
    document = render_markdown(records, undeclared(result.flows)) if output_format == "markdown" else render_csv(records)
    _emit(document, output)


@main.command()
@_project_options
@click.option("--format", "output_format", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to a file instead of stdout.")
@click.option("--write-annotations", "annotations_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the inferred categories for review: a privgate.yaml fragment, a dbt schema file "
                   "or a Fides manifest (by the file's name or --annotations-format).")
@click.option("--annotations-format", type=click.Choice(["privgate", "dbt", "fides"]),
              help="Form of --write-annotations (default: *.fides.yml -> fides, a YAML file under models/ -> dbt, "
                   "else dbt for a dbt project and privgate otherwise).")
def catalog(paths: tuple[Path, ...], packs: tuple[str, ...], config_file: Path | None, as_of: datetime | None,
            db_url: str | None, output_format: str, output: Path | None, annotations_file: Path | None,
            annotations_format: str | None) -> None:
    """Print the catalog scans judge with: every table and column, its category, how sure and why."""
    from checker.annotations import choose_form, write_annotations
    from checker.inventory import RENDERERS, build_inventory, load_projects, problems_of

    try:
        projects, root = load_projects(paths, packs, config_file, db_url)
        inventory = build_inventory(projects, root)
        if annotations_file is not None:
            if len(projects) > 1:
                raise PrivgateError(f"--write-annotations needs one project, found {len(projects)}: name one folder")
            form = choose_form(annotations_file, projects[0], annotations_format)
            annotations_file.write_text(write_annotations(projects[0], form), encoding="utf-8")
    except (PrivgateError, OSError) as error:
        _fail(error if isinstance(error, PrivgateError) else PrivgateError(f"cannot write: {error}"))
    _emit(RENDERERS[output_format](inventory), output)
    problems = problems_of(projects, inventory)
    for line in problems:
        click.echo(f"privgate: error: {escape_controls(line)}", err=True)
    sys.exit(EXIT_ERROR if problems else EXIT_CLEAN)


@main.command()
@click.argument("root", type=click.Path(path_type=Path, file_okay=False), default=".")
@click.option("--pack", "pack_ref", default="gdpr-baseline", show_default=True, metavar="NAME|FILE",
              help="The rule pack of your company's policy (gdpr-baseline if it has none yet).")
@click.option("--force", is_flag=True, help="Overwrite an existing privgate.yaml.")
def init(root: Path, pack_ref: str, force: bool) -> None:
    """Scaffold a privgate.yaml for the repository at ROOT and print the next steps."""
    import yaml

    from checker.policy.loader import load_pack, resolve_pack
    from checker.scaffold import pack_reference, propose, render, survey
    from checker.validation import validate
    from checker.yamlio import LineMap

    target = root / "privgate.yaml"
    try:
        if not root.is_dir():
            raise PrivgateError(f"not a folder: {root}")
        if target.exists() and not force:
            raise PrivgateError(f"{target} exists; pass --force to overwrite it")
        pack_path = resolve_pack(pack_ref, root)
        pack = load_pack(pack_path)
        found = survey(root.resolve())
        try:
            proposal = propose(found, pack, pack_reference(pack_path, root))
        except PrivgateError as error:
            if "unknown data category" in error.message:  # an annotation of another pack's categories
                error.message += f" (not a category of pack {pack.id}: pass --pack with the pack that declares it)"
            raise
        text = render(found, proposal, pack)
        validate(yaml.safe_load(text), "config", str(target), LineMap())  # never write a config the scan rejects
    except PrivgateError as error:
        _fail(error)
    target.write_text(text, encoding="utf-8")
    left = sum(1 for columns in proposal.tables.values() for column in columns if not column.category)
    changelogs = sum(1 for relative in found.ddl_files if relative not in found.sql_files)  # Liquibase masters
    schema = f"{len(found.ddl_files) - changelogs} of them DDL" + (
        f", and {changelogs} Liquibase changelog{'s' * (changelogs != 1)} (with those it includes)" if changelogs else "")
    click.echo(f"Wrote {target}: {len(found.sql_files)} SQL files, {schema}, "
               f"dialect {found.dialect}, {len(proposal.tables)} tables, {proposal.proposed} columns with a "
               f"proposed category, {left} left for review.")
    if not found.ddl_files and found.dbt_folder is None:
        click.echo("No table schema found: privgate reads SQL DDL, dbt projects and live databases (`privgate scan --db "
                   "URL`), not a framework's schema as code.")
        for what, dump in found.orm_schemas:
            click.echo(f"  This repository keeps it in {what}: write it out as SQL with {dump}, commit it, and run "
                       "`privgate init --force`.")
    click.echo("Next steps:\n"
               "  1. Review the proposed categories, declare the commented columns and set the purposes of your\n"
               "     query folders in privgate.yaml.\n"
               "  2. Run `privgate scan` and fix or suppress (with a reason) what it reports.\n"
               "  3. Accept legacy findings once with `privgate baseline`, then gate pull requests with\n"
               "     `privgate scan --baseline privgate-baseline.json --changed-since origin/main`.\n"
               "  4. Add the pre-commit hook (see the README).")


def _run_scan(paths: tuple[Path, ...], packs: tuple[str, ...], config_file: Path | None,
              as_of: datetime | None, changed_since: str | None, db_url: str | None = None,
              baseline_file: Path | None = None, fail_on: str | None = None) -> tuple[list[Project], ScanResult, bool]:
    """Scan every group of paths under its nearest config (the database with the first group);
    returns the projects, one result with paths relative to the repository root, and whether it
    fails (findings at or above --fail-on, else each project's own `fail_on`)."""
    if _console_run:  # the purge index's stats, on the other core while the scan's modules import
        from checker import stat_prefetch

        stat_prefetch.start()
    with _imports():
        from checker.engine import collect_datasets, covers_project, progress_printer
        from checker.engine import scan as run_scan
        from checker.findings import SEVERITY_RANK
        from checker.results import RunInfo
        from checker.workspace import merged, plan_projects, rebased, report_root

    started, clock = datetime.now(timezone.utc), perf_counter()
    today = as_of.date() if as_of else date.today()
    runs: list[tuple[Project, ScanResult]] = []
    not_judged: dict[Path, str] = {}
    left_out: Counter[tuple[Path | str, str]] = Counter()  # (a folder, or a glob of the config, why) -> SQL files
    walked = False
    for plan in plan_projects(list(paths), config_file, packs, db_url, not_judged):
        project = plan.project
        changed = None
        if changed_since:
            from checker.changes import changed_since as git_changes

            changed = git_changes(project.config.root, changed_since)
        walked = walked or (changed is None and any(path.is_dir() for path in plan.paths))
        left_out.update({(project.config.root / where if where.endswith("/") else where, why): count
                         for (where, why), count in plan.left_out.items()})
        files = [(plan.files[relative], relative) for relative in sorted(plan.files)]
        datasets = collect_datasets(project, plan.paths, changed)
        whole = covers_project(project, plan.paths) or plan.whole
        runs.append((project, run_scan(project, files, today, progress_printer(), changed, datasets, whole,
                                       plan.tables_from)))
    root = report_root([project.config.root for project, _ in runs]) if runs else Path.cwd()
    results = [rebased(result, project.config.root, root, f"db/{project.database}/" if project.database else None)
               for project, result in runs]
    if baseline_file is not None:
        from checker.baseline import load_baseline, without_baselined

        accepted = load_baseline(baseline_file)
        for result in results:
            result.findings, result.baselined = without_baselined(result.findings, accepted)
    failed = any(result.failed(fail_on or project.config.fail_on) for (project, _), result in zip(runs, results))
    total = merged(results)
    thresholds = [fail_on or project.config.fail_on for project, _ in runs]
    total.run = RunInfo(root, min(thresholds, key=SEVERITY_RANK.__getitem__) if thresholds else "error", started,
                        round(perf_counter() - clock, 3), walked)
    total.not_judged = sorted((_shown(path, root), why) for path, why in not_judged.items())
    total.left_out = sorted(((_shown(where, root) + "/" if isinstance(where, Path) else where, why, count)
                             for (where, why), count in left_out.items()), key=lambda item: (-item[2], item[0]))
    return [project for project, _ in runs], total, failed


@contextmanager
def _imports() -> Iterator[None]:
    """Import the scan's modules (sqlglot's among them) with the garbage collector paused, then, in a
    console run, freeze what they made (gc.freeze): modules, classes and functions live as long as the
    process, and collecting them again and again while they are made and afterwards cost ~9% of a
    pre-commit run's instructions (more of its time on a busy machine). Forked scan workers then share
    those pages instead of copying them."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _console_run:
            gc.freeze()
        if collecting:
            gc.enable()


_console_run = False  # set by `run`: a test calling `main` in-process keeps its collector as it is


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _emit(document: str, output: Path | None, colour: bool = False) -> None:
    if output:
        output.write_text(document, encoding="utf-8")
    else:
        click.echo(document, nl=False, color=colour or None)  # forced colour: click must not strip it


@main.group()
def rules() -> None:
    """Rule documentation."""


@rules.command("list")
def rules_list() -> None:
    """List every rule with its id, name, family and default severity."""
    from checker.explain import rules_table

    click.echo(rules_table(), nl=False)


@rules.command("coverage")
@click.argument("packs", nargs=-1)
def rules_coverage(packs: tuple[str, ...]) -> None:
    """Every clause of each PACK's policy (default: all bundled packs): enforced by which rules, partly
    checked (by which rules, and what is not checked), or left out and why."""
    from checker.coverage import coverage_table

    click.echo(coverage_table(_load_packs(packs)), nl=False)


@rules.command("diff")
@click.argument("first")
@click.argument("second")
def rules_diff(first: str, second: str) -> None:
    """What packs FIRST and SECOND allow differently (e.g. before and after a policy change)."""
    from checker.coverage import diff_packs

    loaded = _load_packs((first, second))
    click.echo(diff_packs(loaded[0], loaded[1]), nl=False)


def _load_packs(refs: tuple[str, ...]) -> list[Pack]:
    from checker.policy.loader import bundled_pack_names, load_pack, resolve_pack

    try:
        return [load_pack(resolve_pack(ref, Path.cwd())) for ref in (refs or bundled_pack_names())]
    except PrivgateError as error:
        _fail(error)
    return []


@main.group()
def pack() -> None:
    """Write the rule pack for your own privacy policy."""


@pack.command("new")
@click.argument("name")
@click.option("--extends", "extends", multiple=True, default=("gdpr-baseline",), show_default=True,
              metavar="PACK", help="Packs it builds on (repeat the option for several).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write it (default: NAME.yaml in this folder).")
@click.option("--title", default=None, help="The policy's title, as findings will show it.")
@click.option("--policy", default=None, help="The document findings cite (file name, URL or name).")
@click.option("--schema", default=None, metavar="PATH|URL",
              help="The JSON Schema reference for editors (default: the installed schema, relative to the pack).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def pack_new(name: str, extends: tuple[str, ...], output: Path | None, title: str | None, policy: str | None,
             schema: str | None, force: bool) -> None:
    """Scaffold the pack NAME: the schema reference editors read, a title, the policy it cites and
    commented examples of one entry per family."""
    from checker.pack_tools import write_new

    try:
        target = write_new(name, extends, output, title, policy, schema, force)
    except PrivgateError as error:
        _fail(error)
    click.echo(f"wrote {target}; fill it in, then run `privgate pack check {target}`")


@pack.command("check")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def pack_check(file: Path) -> None:
    """Validate the pack FILE (schema, references, the packs it extends) and print its coverage."""
    from checker.pack_tools import check

    try:
        click.echo(check(file), nl=False)
    except PrivgateError as error:
        _fail(error)


@main.command()
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, metavar="NAME|FILE", help="Show the clauses of these packs.")
def explain(rule_id: str, packs: tuple[str, ...]) -> None:
    """Explain RULE_ID: what it checks, why, the policy clauses, a failing and a passing example."""
    from checker.explain import explain as render
    from checker.policy.loader import bundled_pack_names, load_pack, resolve_pack
    from checker.rules import RULES_BY_ID

    rule = RULES_BY_ID.get(rule_id.upper())
    if rule is None:
        _fail(PrivgateError(f"unknown rule '{rule_id}'; `privgate rules list` shows them all"))
    try:
        refs = list(packs) or _configured_packs() or bundled_pack_names()
        loaded = [load_pack(resolve_pack(ref, Path.cwd())) for ref in refs]
    except PrivgateError as error:
        _fail(error)
    click.echo(render(rule, loaded))


def _configured_packs() -> list[str]:
    found = discover(Path.cwd())
    try:
        return load_config(found).packs if found else []
    except PrivgateError:
        return []


def _fail(error: PrivgateError) -> None:
    from checker.redaction import redact

    click.echo(f"privgate: error: {escape_controls(redact(str(error)))}", err=True)  # one line, whatever a name holds
    sys.exit(EXIT_ERROR)


def run() -> None:
    """Console entry point: any unexpected error is one line and exit 2, never a traceback."""
    global _console_run
    _console_run = True
    try:
        main()
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if os.environ.get("PRIVGATE_DEBUG"):
            raise
        from checker.redaction import redact

        click.echo(f"privgate: internal error: {type(error).__name__}: {escape_controls(redact(str(error)))} "
                   "(set PRIVGATE_DEBUG=1 for the traceback)", err=True)
        sys.exit(EXIT_ERROR)
