"""The rule-pack model: what a privacy policy promises, as typed data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.durations import Duration
from checker.records import MutableRecord, Record


@dataclass(frozen=True, eq=False, repr=False)
class Citation(Record):
    """The clause of the source policy a rule protects."""

    policy: str
    section: str
    quote: str
    title: str = field(default="", compare=False)  # the policy's title (the pack's `title:`), for people

    @property
    def shown(self) -> str:
        """The policy as a person names it: its title, else the document cited."""
        return self.title or self.policy

    def to_dict(self) -> dict[str, str]:
        return {"policy": self.policy, "title": self.shown, "section": self.section, "quote": self.quote}


Citations = dict[str, Citation]  # requirement -> the sentence stating it (`citations:` of a pack entry)


@dataclass(frozen=True, eq=False, repr=False)
class Category(Record):
    id: str
    name: str
    personal: bool
    description: str = ""
    generic: str | None = None  # the shared-taxonomy key it specialises (`is: user.contact.email`)
    citation: Citation | None = None  # the clause that singles the category out (Art. 8 for ages)
    citations: Citations = field(default_factory=dict, compare=False, hash=False)  # `personal`: what makes it personal


@dataclass(frozen=True, eq=False, repr=False)
class Purpose(Record):
    id: str
    name: str
    legal_basis: str
    categories: tuple[str, ...]
    citation: Citation
    citations: Citations = field(default_factory=dict, compare=False, hash=False)  # `transfer`: its sharing clause


@dataclass(frozen=True, eq=False, repr=False)
class RetentionRule(Record):
    category: str
    clock: str
    citation: Citation
    max: Duration | None = None
    min: Duration | None = None
    citations: Citations = field(default_factory=dict, compare=False, hash=False)  # `max`, `min`

    def cite(self, bound: str) -> Citation:
        """The sentence stating the maximum (`max`) or the minimum (`min`), else the rule's citation."""
        return self.citations.get(bound, self.citation)


@dataclass(frozen=True, eq=False, repr=False)
class RecipientAbroad(Record):
    """A recipient outside the allowed regions that the policy names, for some purposes only."""

    id: str
    name: str
    purposes: tuple[str, ...]
    citation: Citation


@dataclass(frozen=True, eq=False, repr=False)
class TransferRule(Record):
    allowed: str  # "eea" or "home_country"
    adequacy_countries: frozenset[str]
    citation: Citation
    recipients_abroad: tuple[RecipientAbroad, ...] = ()


CONSENT_REQUIREMENTS = ("consent", "withdrawal", "objection")


@dataclass(frozen=True, eq=False, repr=False)
class ConsentRule(Record):
    purposes: tuple[str, ...]
    mode: str  # "opt_in" or "opt_out"
    consent_category: str | None
    withdrawal_category: str | None
    citation: Citation
    objection_category: str | None = None  # an objection to direct marketing, recorded apart from withdrawal
    citations: Citations = field(default_factory=dict, compare=False, hash=False)  # consent, withdrawal, objection

    def category_of(self, requirement: str) -> str | None:
        """The category recording `consent`, `withdrawal` or `objection`."""
        return {"consent": self.consent_category, "withdrawal": self.withdrawal_category,
                "objection": self.objection_category}[requirement]

    def exclusions(self) -> list[tuple[str, str]]:
        """(requirement, category) of what must exclude a subject: a withdrawal, an objection."""
        return [(requirement, category) for requirement in ("withdrawal", "objection")
                if (category := self.category_of(requirement))]


@dataclass(frozen=True, eq=False, repr=False)
class ChildrenRule(Record):
    """Purposes that may only process subjects of `min_age` or older, unless a guardian consented."""

    purposes: tuple[str, ...]
    min_age: int
    birth_date_category: str | None
    age_category: str | None
    guardian_consent_category: str | None
    citation: Citation


@dataclass(frozen=True, eq=False, repr=False)
class AccessRule(Record):
    category: str
    roles: tuple[str, ...]
    citation: Citation


RECIPIENT_KINDS = ("partner", "processor", "authority", "third_party", "any")


@dataclass(frozen=True, eq=False, repr=False)
class Recipient(Record):
    """A recipient the policy names (allowed for its purposes and categories), or a kind of recipient
    it forbids (`allowed: false`, e.g. "NO third parties"); `kind: any` matches every recipient."""

    name: str
    purposes: tuple[str, ...]  # empty: any purpose
    citation: Citation
    id: str = ""
    kind: str = "any"  # one of RECIPIENT_KINDS
    categories: tuple[str, ...] = ()  # empty: any category
    allowed: bool = True


@dataclass(frozen=True, eq=False, repr=False)
class Clause(Record):
    """A clause of the source policy and how the pack treats it."""

    id: str
    section: str
    quote: str
    status: str  # "enforced", "partial" (rules check part of it; `reason` says what not) or "left_out"
    rules: tuple[str, ...]
    reason: str


@dataclass(eq=False, repr=False)
class Pack(MutableRecord):
    """One rule pack: the machine-checkable promises of one privacy policy."""

    id: str
    title: str
    policy: str
    source: str
    home_country: str | None = None
    citation: Citation | None = None  # the policy's general statement of purposes, for pack-wide rules
    categories: dict[str, Category] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    purposes: dict[str, Purpose] = field(default_factory=dict)
    retention: list[RetentionRule] = field(default_factory=list)
    transfer: TransferRule | None = None
    consent: list[ConsentRule] = field(default_factory=list)
    access: list[AccessRule] = field(default_factory=list)
    data_subjects: tuple[str, ...] = ()
    recipients: list[Recipient] = field(default_factory=list)
    children: list[ChildrenRule] = field(default_factory=list)
    citations: Citations = field(default_factory=dict)  # pack-wide requirements (`anonymisation`)
    clauses: list[Clause] = field(default_factory=list)  # this pack's own clauses, not inherited ones
    extends: tuple[str, ...] = ()

    def is_personal(self, category: str) -> bool:
        """Whether the nearest declared category (itself or an ancestor) is personal data."""
        for candidate in lineage_of(category):
            if candidate in self.categories:
                return self.categories[candidate].personal
        return True

    def knows(self, category: str) -> bool:
        """True when the category or one of its ancestors is declared in this pack."""
        return any(candidate in self.categories for candidate in lineage_of(category))

    def specialising(self, key: str) -> list[str]:
        """The personal categories that say they are the generic `key` (`is: key`), sorted."""
        return sorted(category.id for category in self.categories.values()
                      if category.generic == key and self.is_personal(category.id))

    def purpose_allows(self, purpose: Purpose, category: str) -> bool:
        return any(covers(allowed, category) for allowed in purpose.categories)

    def consent_rules_for(self, purpose: str) -> list[ConsentRule]:
        return [rule for rule in self.consent if purpose in rule.purposes]

    def category_citation(self, category: str | None, *, inherited: bool = False) -> Citation | None:
        """The citation of the category itself (or, with `inherited`, of its nearest ancestor with one)."""
        for candidate in lineage_of(category)[: None if inherited else 1] if category else []:
            known = self.categories.get(candidate)
            if known is not None and known.citation is not None:
                return known.citation
        return None

    def personal_citation(self, categories: Iterable[str]) -> Citation | None:
        """The sentence that makes these personal categories personal data (a category's `personal` citation,
        or its nearest ancestor's), when they all share one; None when any has none or they differ."""
        found = {next((cited for candidate in lineage_of(category)
                       if (known := self.categories.get(candidate)) and (cited := known.citations.get("personal"))),
                      None) for category in categories}
        return found.pop() if len(found) == 1 else None

    def consent_citation(self, rule: ConsentRule, requirement: str) -> Citation:
        """The sentence stating a consent requirement (`consent`, `withdrawal`, `objection`): the rule's
        own `citations`, else the citation of the category recording it, else the rule's citation."""
        return rule.citations.get(requirement) or self.category_citation(rule.category_of(requirement)) \
            or rule.citation

    def transfer_citation(self, purpose: str | None) -> Citation | None:
        """The policy's own sharing clause for the purpose's data, else the pack's transfer clause."""
        found = self.purposes.get(purpose or "")
        if found is not None and "transfer" in found.citations:
            return found.citations["transfer"]
        return self.transfer.citation if self.transfer else None

    def requirement_citation(self, requirement: str) -> Citation | None:
        """A pack-wide requirement's sentence (`anonymisation`), else the policy's general statement."""
        return self.citations.get(requirement) or self.citation

    def retention_for(self, category: str) -> list[RetentionRule]:
        return [rule for rule in self.retention if covers(rule.category, category)]

    def access_for(self, category: str) -> list[AccessRule]:
        return [rule for rule in self.access if covers(rule.category, category)]


def personal_in(packs: Iterable[Pack], category: str) -> bool:
    """Whether a pack in force knows the category and calls it personal data."""
    return any(pack.knows(category) and pack.is_personal(category) for pack in packs)


def covers(general: str, specific: str) -> bool:
    """`account` covers `account.email`; a category covers itself."""
    return specific == general or specific.startswith(general + ".")


def lineage_of(category: str) -> list[str]:
    """`a.b.c` -> [`a.b.c`, `a.b`, `a`]: the category and its ancestors, nearest first."""
    parts = category.split(".")
    return [".".join(parts[:size]) for size in range(len(parts), 0, -1)]


def inherit(pack: Pack, base: Pack) -> Pack:
    """`pack` on top of `base`: the pack's own categories, roles and purposes win; rules add up;
    a transfer rule of its own replaces the base's."""
    pack.categories = {**base.categories, **pack.categories}
    pack.roles = {**base.roles, **pack.roles}
    pack.purposes = {**base.purposes, **pack.purposes}
    pack.retention = base.retention + pack.retention
    pack.consent = base.consent + pack.consent
    pack.access = base.access + pack.access
    pack.recipients = base.recipients + pack.recipients
    pack.children = base.children + pack.children
    pack.transfer = pack.transfer or base.transfer
    pack.home_country = pack.home_country or base.home_country
    pack.citation = pack.citation or base.citation
    pack.citations = {**base.citations, **pack.citations}
    pack.data_subjects = pack.data_subjects or base.data_subjects
    return pack
