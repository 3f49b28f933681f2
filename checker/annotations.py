"""`privgate catalog --write-annotations FILE`: the categories privgate inferred, written for review
in the form the project declares its own (one writer per form):

- `privgate`: a privgate.yaml `catalog: tables:` fragment to merge into the config;
- `dbt`: a dbt schema file (`version: 2`, `models:` and `sources:`, `meta: {privgate: <category>}`);
- `fides`: a Fides dataset manifest whose `data_categories` are fideslang keys where one means the
  category (the pack category's `is:` key, else the taxonomy key checker.readers.fides reads back
  as that category), else the pack category itself.

Only inferred columns (lineage, content, type, name) are written as proposals, each with its
provenance as a comment. Suggestions privgate did not adopt and columns it could not classify are
comments for review: a scaffold never declares a column non-personal on a person's behalf.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checker.catalog import INFERRED, TABLE_KEY, UNKNOWN, Table, canonical_name
from checker.errors import PrivgateError
from checker.policy.model import personal_in

if TYPE_CHECKING:
    from checker.policy.model import Pack
    from checker.project import Project

FORMS = ("privgate", "dbt", "fides")
HEADER = ("# Proposals of `privgate catalog --write-annotations`, for review. Active entries are categories\n"
          "# privgate inferred (the comment says from what); commented entries are suggestions it did not\n"
          "# adopt and columns it could not classify. Nothing here declares a column non-personal.\n")
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.$-]*$")
_YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"}


@dataclass(frozen=True)
class Proposal:
    column: str
    category: str | None  # the inferred category, or a suggestion's (inactive)
    note: str  # provenance, or why it is only a comment
    active: bool


def choose_form(file: Path, project: Project, chosen: str | None) -> str:
    """The explicit choice, else from FILE's name (`*.fides.yml`, a YAML file under `models/`,
    `*privgate.yaml`), else dbt for a dbt project and privgate otherwise."""
    if chosen:
        return chosen
    name = file.name.lower()
    if name.endswith((".fides.yml", ".fides.yaml")):
        return "fides"
    if name.endswith(("privgate.yaml", "privgate.yml")):
        return "privgate"
    if name.endswith((".yml", ".yaml")) and "models" in file.parts[:-1]:
        return "dbt"
    return "dbt" if project.dbt is not None else "privgate"


def proposals(table: Table) -> list[Proposal]:
    """The table's inferred columns (active) and the columns a person should look at (comments)."""
    found = []
    for column, category in table.columns.items():
        rank = table.ranks.get(column, UNKNOWN)
        provenance = table.provenance.get(column, "not declared")
        if rank in INFERRED and category is not None:
            found.append(Proposal(column, category, provenance, True))
        elif column in table.suggestions:
            guess, reason = table.suggestions[column]
            found.append(Proposal(column, guess, f"suggestion not adopted: {reason}", False))
        elif rank == UNKNOWN and column in table.marked_personal:
            found.append(Proposal(column, None, f"marked personal without a category ({provenance}): give its category", False))
        elif rank == UNKNOWN:
            found.append(Proposal(column, None, f"no category found ({provenance}): review", False))
    return found


def write_annotations(project: Project, form: str) -> str:
    writer = {"privgate": privgate_fragment, "dbt": dbt_schema_file, "fides": fides_manifest}.get(form)
    if writer is None:
        raise PrivgateError(f"unknown annotations format '{form}' (one of {', '.join(FORMS)})")
    return writer(project)


# -- privgate.yaml ------------------------------------------------------------------------------
def privgate_fragment(project: Project) -> str:
    config_keys = {canonical_name(key): key for key in (project.config.catalog.get("tables") or {})}
    blocks = []
    for table in _tables(project):
        found = proposals(table)
        key = config_keys.get(table.name, table.name)
        if not found:
            continue
        lines = [f"{_scalar(key)}:", "  columns:"]
        for proposal in found:
            value = _scalar(proposal.category) if proposal.category else "?"
            line = f"    {_scalar(proposal.column)}: {value}  # {_comment(proposal.note)}"
            lines.append(line if proposal.active else _commented(line))
        usable = any(proposal.active for proposal in found) and TABLE_KEY.match(key)
        blocks.append((bool(usable), _indented(lines if usable else [_commented(line) for line in lines], "    ")))
    return HEADER + "catalog:\n" + _section("  tables:", blocks, "{}")


# -- dbt schema file ----------------------------------------------------------------------------
def dbt_schema_file(project: Project) -> str:
    """Models for the dbt project's models, sources for every other table (the dbt source that
    already names it, else a source per schema)."""
    dbt = project.dbt
    models = {model.name.lower() for model in dbt.models.values()} if dbt else set()
    sources = {canonical_name(relation): (source, name, relation) for (source, name), relation in (dbt.sources if dbt else {}).items()}
    model_blocks: list[tuple[bool, str]] = []
    source_tables: dict[tuple[str, str], list[tuple[bool, str]]] = {}
    for table in _tables(project):
        found = proposals(table)
        if not found:
            continue
        if table.name in models:
            model_blocks.append(_dbt_entry(table.name, found, "  "))
            continue
        if table.name in sources:
            source, name, relation = sources[table.name]
            schema, identifier = relation.rsplit(".", 1) if "." in relation else (project.catalog.schema_of(table), relation)
        else:
            schema, identifier = project.catalog.schema_of(table), table.name.split(".")[-1]
            source, name = schema, identifier
        entry = _dbt_entry(name, found, "      ", identifier if identifier != name.lower() else None)
        source_tables.setdefault((source, schema.split(".")[-1]), []).append(entry)
    source_blocks = []
    for (source, schema), entries in source_tables.items():
        usable = any(active for active, _ in entries)
        head = [f"  - name: {_scalar(source)}", f"    schema: {_scalar(schema)}", "    tables:"]
        text = "".join(f"{line if usable else _commented(line)}\n" for line in head)
        source_blocks.append((usable, text + "".join(block for _, block in entries)))
    return (HEADER + "# Merge each entry into the schema file that describes the model or source.\nversion: 2\n"
            + _section("models:", model_blocks, "[]") + _section("sources:", source_blocks, "[]"))


def _dbt_entry(name: str, found: list[Proposal], indent: str, identifier: str | None = None) -> tuple[bool, str]:
    """One model or source table (whether it has an active proposal, its text); commented out
    entirely when it has none."""
    lines = [f"- name: {_scalar(name)}"] + ([f"  identifier: {_scalar(identifier)}"] if identifier else []) + ["  columns:"]
    for proposal in found:
        column = [f"    - name: {_scalar(proposal.column)}"]
        if proposal.category:
            column.append(f"      meta: {{privgate: {_scalar(proposal.category)}}}")
        column[-1] += f"  # {_comment(proposal.note)}"
        lines += column if proposal.active else [_commented(line) for line in column]
    active = any(proposal.active for proposal in found)
    return active, _indented(lines if active else [_commented(line) for line in lines], indent)


# -- Fides dataset manifest ---------------------------------------------------------------------
def fides_manifest(project: Project) -> str:
    key = re.sub(r"[^A-Za-z0-9_]+", "_", project.database or project.config.root.name).strip("_") or "privgate"
    collections = []
    for table in _tables(project):
        found = proposals(table)
        if not found:
            continue
        lines = [f"- name: {_scalar(table.name)}", "  fields:"]
        for proposal in found:
            field = [f"    - name: {_scalar(proposal.column)}"]
            if proposal.category:
                fides_key = fideslang_key(proposal.category, table.name, list(project.packs))
                field.append(f"      data_categories: [{_scalar(fides_key)}]")
            field[-1] += f"  # {_comment(proposal.note)}"
            lines += field if proposal.active else [_commented(line) for line in field]
        active = any(proposal.active for proposal in found)
        collections.append((active, _indented(lines if active else [_commented(line) for line in lines], "      ")))
    return (HEADER + "dataset:\n" f"  - fides_key: {key}\n    name: {key}\n"
            "    description: Categories privgate inferred, for review\n" + _section("    collections:", collections, "[]"))


def fideslang_key(category: str, table: str, packs: list[Pack]) -> str:
    """The fideslang key that checker.readers.fides reads back as `category` in `table`: the
    category itself when it is a fideslang key, the pack's `is:` key, else the taxonomy key that
    spells the category (`device.id` -> `user.device.device_id`), the shallowest first; a category
    with no such key (or not personal data) stays the pack's own id."""
    from checker.readers.fides import pack_category, taxonomy

    known = taxonomy()
    if category in known and "replaced_by" not in known[category]:
        return category
    declared = next((key for pack in packs if (key := getattr(pack.categories.get(category), "is_", None))), None)
    if declared:
        return declared
    if not personal_in(packs, category):
        return category  # fideslang's user.* keys are personal data
    spelled = category.replace(".", "_")
    ranked = sorted((key for key, entry in known.items() if "replaced_by" not in entry),
                    key=lambda key: (not key.endswith(spelled), key.count(".")))
    return next((key for key in ranked if pack_category(key, table, packs) == category), category)


# -- shared -------------------------------------------------------------------------------------
def _tables(project: Project) -> list[Table]:
    return sorted(project.catalog.tables.values(), key=lambda table: table.name)


def _scalar(value: str) -> str:
    """A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are YAML)."""
    return value if _PLAIN.match(value) and value.lower() not in _YAML_WORDS else json.dumps(value, ensure_ascii=False)


def _commented(line: str) -> str:
    """The line as a comment at its own indentation (a line that is one already stays)."""
    body = line.lstrip(" ")
    return line if body.startswith("#") else f"{line[:len(line) - len(body)]}# {body}"


def _indented(lines: list[str], indent: str) -> str:
    return "".join(f"{indent}{line}\n" for line in lines)


def _section(heading: str, blocks: list[tuple[bool, str]], empty: str) -> str:
    """`heading` with its blocks, active ones first; `heading empty` (`[]`, `{}`) when every block
    is only a comment, so the document stays valid."""
    ordered = [text for active, text in blocks if active] + [text for active, text in blocks if not active]
    valued = any(active for active, _ in blocks)
    return heading + ("\n" if valued else f" {empty}\n") + "".join(ordered)


def _comment(text: str) -> str:
    return " ".join(text.split())
