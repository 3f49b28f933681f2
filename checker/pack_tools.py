"""`privgate pack new` and `privgate pack check`: write the rule pack for a company's own policy.

`new` scaffolds a valid, nearly empty pack: the JSON Schema reference editors read
(`# yaml-language-server: $schema=...`), a title, the policy it cites, and commented examples of one
entry per family. `check` loads it as a scan would (schema, references, the packs it extends) and
shows its coverage with the table of `privgate rules coverage`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from checker.errors import ConfigError

SCHEMA_FILE = Path(__file__).resolve().parent / "schemas" / "pack.schema.json"
NAME = re.compile(r"^[a-z][a-z0-9_-]*$")

PLACEHOLDER = "TODO"

TEMPLATE = """\
# yaml-language-server: $schema={schema}
# The rule pack for: {title}.
# Each promise of the policy that data code can break, as data privgate checks. Read the policy
# sentence by sentence; for each checkable promise add an entry (commented examples below, one per
# family) citing the sentence, and a `clauses:` row saying which rules enforce it. Replace every TODO,
# then run `privgate pack check {shown}`.
id: {name}
title: {title_yaml}
policy: {policy_yaml}  # the document findings cite: a file name, a URL or the policy's name
extends: [{extends}]  # inherits the shared categories (user.contact.email ...) and the GDPR's rules
# home_country: BG  # ISO code of the controller's country (for `transfer: {{allowed: home_country}}`)
citation:  # the sentence that introduces the purposes: findings of pack-wide rules cite it
  section: "TODO: the heading of the policy's list of purposes"
  quote: "TODO: the sentence that introduces the purposes"

categories:
  # Each kind of personal data the policy names; `is:` maps it onto the shared taxonomy.
  customer:
    name: Customer data
    citation: {{section: "TODO: heading", quote: "TODO: the sentence that lists the customer data"}}
  customer.email: {{name: E-mail address, is: user.contact.email}}
  # consent:
  #   name: Consent records
  #   personal: false
  #   citation: {{section: Newsletter, quote: "only to customers who ticked the newsletter box"}}
  # consent.newsletter: {{name: Newsletter box ticked}}

purposes:
  # Purpose family (PUR001-PUR005): a query for a purpose may only read the categories listed here.
  orders:
    name: Taking and delivering orders
    legal_basis: contract
    categories: [customer]
    citation: {{section: "TODO: heading", quote: "TODO: the sentence that states this purpose"}}

# Retention family (RET001-RET005): purges must cut at most `max` after the clock starts.
# retention:
#   - category: customer
#     max: 3 years
#     clock: last_activity
#     citation: {{section: How long we keep it, quote: "We delete customer accounts 3 years after the last order."}}

# Transfer family (TRF001-TRF004): where exports and tables may be (inherited from gdpr-baseline:
# the EU/EEA, citing GDPR Art. 44; give your policy's own sentence here).
# transfer:
#   allowed: eea
#   citation: {{section: Where your data is, quote: "We store your data only in data centres in the European Union."}}

# Consent family (CON001-CON006): queries for these purposes must test consent and withdrawal.
# consent:
#   - purposes: [newsletter]
#     mode: opt_in
#     consent_category: consent.newsletter
#     withdrawal_category: consent.unsubscribed
#     citation: {{section: Newsletter, quote: "We send the newsletter only to customers who ticked the newsletter box"}}

# Recipients family (REC001-REC003): who may receive exports; `allowed: false` forbids a kind.
# recipients:
#   - id: courier
#     name: our courier
#     kind: processor
#     purposes: [orders]
#     citation: {{section: Who receives your data, quote: "We share your name and address only with our courier"}}

# Coverage: one row per sentence of the policy, enforced by rules or left out with the reason.
clauses: []
  # - id: delete-after-three-years
  #   section: How long we keep it
  #   quote: "We delete customer accounts 3 years after the last order."
  #   status: enforced
  #   rules: [RET001, RET003]
"""


def scaffold(name: str, extends: tuple[str, ...], output: Path | None, title: str | None = None,
             policy: str | None = None, schema: str | None = None) -> str:
    """The text of a new pack called `name`; `output` is where it will be written (the schema path
    is relative to its folder)."""
    if not NAME.match(name):
        raise ConfigError(f"pack name '{name}' must be lower case letters, digits, '-' or '_', starting with a letter")
    title = title or f"{name.replace('-', ' ').replace('_', ' ').capitalize()} privacy policy"
    return TEMPLATE.format(
        schema=schema or schema_reference(output), title=title, name=name, shown=output or f"{name}.yaml",
        title_yaml=_quoted(title), policy_yaml=_quoted(policy or f"{title} (add the date or version you read)"),
        extends=", ".join(extends))


def schema_reference(output: Path | None) -> str:
    """Where the editor finds the pack schema: the file installed with privgate, relative to the pack's
    folder (so it matches the installed version and works offline); absolute when no relative path exists."""
    folder = (output.parent if output else Path.cwd()).resolve()
    try:
        return Path(os.path.relpath(SCHEMA_FILE, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return SCHEMA_FILE.as_uri()


def write_new(name: str, extends: tuple[str, ...], output: Path | None, title: str | None = None,
              policy: str | None = None, schema: str | None = None, force: bool = False) -> Path:
    """Scaffold the pack into `output` (default `<name>.yaml` here), never over an existing file unless forced."""
    target = output or Path(f"{name}.yaml")
    if target.exists() and not force:
        raise ConfigError(f"{target} already exists (use --force to overwrite it)")
    text = scaffold(name, extends, target, title, policy, schema)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot write {target}: {error.strerror}") from None
    return target


def check(path: Path) -> str:
    """Load the pack as a scan does (schema, references, the packs it extends; errors name file and
    line) and return its coverage table."""
    from checker.coverage import coverage_table
    from checker.policy.loader import load_pack

    if not path.is_file():
        raise ConfigError(f"{path}: no such pack file")
    pack = load_pack(path)
    _no_placeholders(path)
    transfer = "none" if pack.transfer is None else pack.transfer.allowed
    summary = (f"{path}: valid pack '{pack.title}': {len(pack.purposes)} purposes, {len(pack.retention)} retention "
               f"rules, transfer {transfer}, {len(pack.consent)} consent rules, {len(pack.recipients)} recipients")
    return summary + "\n" + coverage_table([pack])


def _no_placeholders(path: Path) -> None:
    """A scaffold's TODO left in a value (comments aside) is an error at its line: a pack citing
    "TODO" would put it in every finding."""
    from checker.yamlio import load_yaml_file

    data, lines = load_yaml_file(path)
    for where, value in _strings(data, ()):
        if PLACEHOLDER in value:
            line, column = lines.position(where)
            raise ConfigError(f"{'.'.join(str(part) for part in where)}: placeholder left ({_short(value)}): "
                              f"replace it with the policy's own words", str(path), line, column)


def _strings(node: object, where: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], str]]:
    if isinstance(node, dict):
        return [found for key, value in node.items() for found in _strings(value, (*where, key))]
    if isinstance(node, list):
        return [found for index, value in enumerate(node) for found in _strings(value, (*where, index))]
    return [(where, node)] if isinstance(node, str) else []


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
