"""Load rule packs from YAML: schema validation, then cross-reference checks, then the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from checker.durations import Duration
from checker.errors import ConfigError
from checker.policy.model import (
    AccessRule,
    Category,
    ChildrenRule,
    Citation,
    ConsentRule,
    Pack,
    Clause,
    Purpose,
    Recipient,
    RecipientAbroad,
    RetentionRule,
    TransferRule,
    inherit,
    lineage_of,
)
from checker.rules import RULES_BY_ID
from checker.validation import validate
from checker.yamlio import LineMap, load_yaml_file

BUNDLED_PACKS = Path(__file__).resolve().parents[1] / "packs"  # rules/ of the repository, shipped in the wheel


def resolve_pack(reference: str, base: Path | None) -> Path:
    """A pack given by path (relative to `base`) or by name of a file in the bundled `rules/`."""
    candidates = []
    as_path = Path(reference)
    if base is not None and not as_path.is_absolute():
        candidates.append(base / as_path)
    candidates.append(as_path)
    name = reference if reference.endswith((".yaml", ".yml")) else f"{reference}.yaml"
    candidates.append(BUNDLED_PACKS / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    available = ", ".join(sorted(p.stem for p in BUNDLED_PACKS.glob("*.yaml"))) or "none"
    raise ConfigError(f"rule pack '{reference}' not found (bundled packs: {available})")


def bundled_pack_names() -> list[str]:
    return sorted(path.stem for path in BUNDLED_PACKS.glob("*.yaml"))


def load_pack(path: Path, _chain: tuple[Path, ...] = (), inside: Path | None = None,
              _loaded: dict[Path, Pack] | None = None) -> Pack:
    """Parse, validate and build a pack and the packs it extends; problems raise ConfigError with
    file and line. With `inside` (a project root), the pack and every pack it extends must be in
    that folder or bundled with privgate (checker.config.check_pack_path). Each pack is loaded once
    per call, however often the `extends` graph reaches it (a diamond of depth n would otherwise
    load its bottom 2^n times)."""
    source = str(path)
    if inside is not None:
        from checker.config import check_pack_path

        check_pack_path(path, inside, BUNDLED_PACKS)
    resolved = path.resolve()
    if resolved in _chain:
        raise ConfigError(f"pack extends itself through {' -> '.join(p.name for p in _chain)}", source)
    loaded = {} if _loaded is None else _loaded
    if resolved in loaded:
        return loaded[resolved]
    data, lines = load_yaml_file(path)
    validate(data, "pack", source, lines)
    bases = []
    for index, reference in enumerate(data.get("extends", [])):
        try:
            bases.append(load_pack(resolve_pack(reference, path.parent), _chain + (resolved,), inside, loaded))
        except ConfigError as error:
            if error.path:
                raise
            line, column = lines.position(("extends", index))
            raise ConfigError(error.message, source, line, column) from None
    inherited = {category for base in bases for category in base.categories}
    inherited_roles = {role for base in bases for role in base.roles}
    inherited_purposes = {purpose for base in bases for purpose in base.purposes}
    _check_references(data, source, lines, inherited, inherited_roles, inherited_purposes)
    pack = _build(data, source)
    for base in bases:
        pack = inherit(pack, base)
    loaded[resolved] = pack
    return pack


def _build(data: dict[str, Any], source: str) -> Pack:
    policy = data["policy"]

    def cited(entry: dict[str, Any]) -> Citation:
        """A citation, shown with the pack's title when it quotes the pack's own policy."""
        own = "policy" not in entry or entry["policy"] == policy
        return Citation(entry.get("policy", policy), entry["section"], entry["quote"].strip(),
                        data["title"] if own else entry["policy"])

    def citation(entry: dict[str, Any]) -> Citation:
        return cited(entry["citation"])

    def citations(entry: dict[str, Any]) -> dict[str, Citation]:
        """An entry's `citations:`: the sentence of each requirement it states."""
        return {requirement: cited(value) for requirement, value in entry.get("citations", {}).items()}

    transfer = data.get("transfer")
    return Pack(
        id=data["id"],
        title=data["title"],
        policy=policy,
        source=source,
        home_country=data.get("home_country"),
        citation=citation(data) if "citation" in data else None,
        categories=_categories(data["categories"], citation, citations),
        roles={key: value["name"] for key, value in data.get("roles", {}).items()},
        purposes={
            key: Purpose(key, value["name"], value["legal_basis"], tuple(value["categories"]), citation(value),
                         citations(value))
            for key, value in data["purposes"].items()
        },
        retention=[
            RetentionRule(
                category=entry["category"],
                clock=entry["clock"],
                citation=citation(entry),
                max=Duration.parse(entry["max"]) if "max" in entry else None,
                min=Duration.parse(entry["min"]) if "min" in entry else None,
                citations=citations(entry),
            )
            for entry in data.get("retention", [])
        ],
        transfer=TransferRule(
            allowed=transfer["allowed"],
            adequacy_countries=frozenset(transfer.get("adequacy_countries", [])),
            citation=citation(transfer),
            recipients_abroad=tuple(
                RecipientAbroad(entry["id"], entry["name"], tuple(entry["purposes"]), citation(entry))
                for entry in transfer.get("recipients_abroad", [])),
        ) if transfer else None,
        consent=[
            ConsentRule(
                purposes=tuple(entry["purposes"]),
                mode=entry["mode"],
                consent_category=entry.get("consent_category"),
                withdrawal_category=entry.get("withdrawal_category"),
                citation=citation(entry),
                objection_category=entry.get("objection_category"),
                citations=citations(entry),
            )
            for entry in data.get("consent", [])
        ],
        access=[
            AccessRule(entry["category"], tuple(entry["roles"]), citation(entry))
            for entry in data.get("access", [])
        ],
        data_subjects=tuple(data.get("data_subjects", [])),
        recipients=[
            Recipient(entry["name"], tuple(entry.get("purposes", [])), citation(entry), entry["id"],
                      entry.get("kind", "any"), tuple(entry.get("categories", [])), entry.get("allowed", True))
            for entry in data.get("recipients", [])
        ],
        children=[
            ChildrenRule(tuple(entry["purposes"]), entry["min_age"], entry.get("birth_date_category"),
                         entry.get("age_category"), entry.get("guardian_consent_category"), citation(entry))
            for entry in data.get("children", [])
        ],
        citations=citations(data),
        clauses=[
            Clause(entry["id"], entry["section"], entry["quote"].strip(), entry["status"],
                   tuple(entry.get("rules", [])), entry.get("reason", ""))
            for entry in data.get("clauses", [])
        ],
        extends=tuple(data.get("extends", [])),
    )


def _categories(entries: dict[str, Any], citation: Callable[[dict[str, Any]], Citation],
                citations: Callable[[dict[str, Any]], dict[str, Citation]]) -> dict[str, Category]:
    """Categories; `personal` is inherited from the parent unless a category sets it."""
    categories: dict[str, Category] = {}
    for key in sorted(entries, key=lambda name: name.count(".")):
        value = entries[key]
        parent = categories.get(key.rsplit(".", 1)[0]) if "." in key else None
        personal = value.get("personal", parent.personal if parent else True)
        categories[key] = Category(key, value["name"], personal, value.get("description", ""), value.get("is"),
                                   citation(value) if "citation" in value else None, citations(value))
    return {key: categories[key] for key in entries}


def _check_references(data: dict[str, Any], source: str, lines: LineMap, inherited: set[str],
                      inherited_roles: set[str], inherited_purposes: set[str]) -> None:
    """Every category, purpose, role and rule id the pack names must exist (here or in a base pack)."""
    categories = set(data["categories"]) | inherited
    purposes = set(data["purposes"]) | inherited_purposes
    roles = set(data.get("roles", {})) | inherited_roles
    for index, clause in enumerate(data.get("clauses", [])):
        for position, rule_id in enumerate(clause.get("rules", [])):
            if rule_id not in RULES_BY_ID:
                line, column = lines.position(("clauses", index, "rules", position))
                raise ConfigError(f"clauses[{index}].rules: unknown rule id '{rule_id}'", source, line, column)

    def fail(path: tuple[str | int, ...], message: str) -> None:
        line, column = lines.position(path)
        raise ConfigError(message, source, line, column)

    for category in sorted(categories):
        parent = lineage_of(category)[1:2]
        if parent and parent[0] not in categories:
            fail(("categories", category), f"category '{category}' has no parent category '{parent[0]}'")
    references: list[tuple[tuple[str | int, ...], str, set[str]]] = []
    for category, entry in data["categories"].items():
        generic = entry.get("is")
        if generic is not None and (generic not in categories or generic == category):
            fail(("categories", category, "is"),
                 f"category '{category}': unknown generic category '{generic}' in `is` (a key of the shared "
                 f"taxonomy such as user.contact.email, declared in gdpr-baseline)")
    for purpose, entry in data["purposes"].items():
        for index, category in enumerate(entry["categories"]):
            references.append((("purposes", purpose, "categories", index), category, categories))
    for section, keys in (("retention", ("category",)), ("access", ("category",)),
                          ("consent", ("consent_category", "withdrawal_category", "objection_category")),
                          ("children", ("birth_date_category", "age_category", "guardian_consent_category"))):
        for index, entry in enumerate(data.get(section, [])):
            for key in keys:
                if key in entry:
                    references.append(((section, index, key), entry[key], categories))
    for index, entry in enumerate(data.get("recipients", [])):
        for position, category in enumerate(entry.get("categories", [])):
            references.append((("recipients", index, "categories", position), category, categories))
        for position, purpose in enumerate(entry.get("purposes", [])):
            references.append((("recipients", index, "purposes", position), purpose, purposes))
    for section in ("consent", "children"):
        for index, entry in enumerate(data.get(section, [])):
            for position, purpose in enumerate(entry["purposes"]):
                references.append(((section, index, "purposes", position), purpose, purposes))
    for index, entry in enumerate(data.get("access", [])):
        for position, role in enumerate(entry["roles"]):
            references.append((("access", index, "roles", position), role, roles))
    _check_citations(data, fail)
    kinds = {id(categories): "category", id(purposes): "purpose", id(roles): "role"}
    for path, name, declared in references:
        if name not in declared:
            fail(path, f"unknown {kinds[id(declared)]} '{name}' (declare it in the pack first)")


def _check_citations(data: dict[str, Any], fail: Callable[[tuple[str | int, ...], str], None]) -> None:
    """A citation per requirement needs that requirement: a `max` citation a maximum, an `objection`
    citation an objection category, a `personal` citation a personal category; a legal period's maximum
    is not below its minimum."""
    for index, entry in enumerate(data.get("retention", [])):
        for bound in entry.get("citations", {}):
            if bound not in entry:
                fail(("retention", index, "citations", bound), f"retention[{index}]: a citation for `{bound}` but no "
                     f"`{bound}` period")
        if "max" in entry and "min" in entry and Duration.parse(entry["min"]).exceeds(Duration.parse(entry["max"])):
            fail(("retention", index, "max"), f"retention[{index}]: max {entry['max']} is shorter than min {entry['min']}")
    for key, entry in data["categories"].items():
        if "personal" in entry.get("citations", {}) and not _own_personal(data["categories"], key):
            fail(("categories", key, "citations", "personal"), f"category '{key}': a citation for `personal` but "
                 f"the category is not personal data (personal: false)")
    for index, entry in enumerate(data.get("consent", [])):
        for requirement in entry.get("citations", {}):
            if requirement != "consent" and f"{requirement}_category" not in entry:
                fail(("consent", index, "citations", requirement), f"consent[{index}]: a citation for `{requirement}` "
                     f"but no `{requirement}_category`")


def _own_personal(entries: dict[str, Any], key: str) -> bool:
    """Whether a category of this pack is personal data: its own `personal`, else its nearest ancestor's."""
    return next((entries[candidate]["personal"] for candidate in lineage_of(key)
                 if "personal" in entries.get(candidate, {})), True)
