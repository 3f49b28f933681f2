"""From the packs and a dataset's description to the row checks it needs. Pure: no pandas, no GE.

Each check names the rows that break a promise (`kind` below); checker.datasets.expectations turns
it into Great Expectations expectations for a file batch or a database table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from checker.catalog import Catalog
from checker.classify import category_from_name
from checker.locations import EEA_COUNTRIES, EU_MULTI_REGION
from checker.policy.model import Citation, Pack, covers
from checker.rules.dataset_rows import (
    IDENTIFIERS_IN_ANONYMISED,
    ROWS_AFTER_WITHDRAWAL,
    ROWS_OUTSIDE_ALLOWED_COUNTRIES,
    ROWS_PAST_RETENTION,
    ROWS_WITHOUT_CONSENT,
    SPECIAL_CATEGORY_ROWS,
)
from checker.rules.base import Rule, category_label
from checker.rules.special_category import ARTICLE_9_BASES, SPECIAL
from checker.datasets.spec import DatasetSpec

# Row kinds: which rows a check counts as failing.
OLDER_THAN = "older_than"  # the timestamp is before `cutoff`
NOT_CONSENTED = "not_consented"  # the consent value is not true (or missing)
WITHDRAWN_BY = "withdrawn_by"  # a withdrawal date before `cutoff`, or a withdrawal flag that is true
WITHDRAWN_BEFORE_SEND = "withdrawn_before_send"  # withdrawal date on or before the row's `other` (send) date
OUTSIDE = "outside"  # a value not in `allowed`
PRESENT = "present"  # any non-null value
ALL_ROWS = "all_rows"  # every row (the column the promise needs is missing)

DIRECT_IDENTIFIERS = {"email", "name", "phone", "ip_address", "egn", "lnch", "national_id", "iban", "address",
                      "id", "card"}


@dataclass(frozen=True)
class RowCheck:
    rule: Rule
    pack: Pack
    kind: str
    column: str | None  # the dataset's column (lower case); None for ALL_ROWS
    citation: Citation | None
    message: str  # "{failing} of {rows} rows ..." is prefixed by the runner
    category: str | None = None
    purpose: str | None = None
    cutoff: datetime | None = None
    allowed: tuple[str, ...] = ()
    other: str | None = None
    evidence: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DatasetColumns:
    """A dataset's columns (lower case) and what each holds, declared or inferred."""

    names: tuple[str, ...]
    categories: dict[str, str | None]
    inferred: frozenset[str]

    def holding(self, wanted: str) -> str | None:
        """The first column whose category is `wanted` or below it."""
        return next((name for name in self.names if (c := self.categories.get(name)) and covers(wanted, c)), None)


def dataset_columns(spec: DatasetSpec, names: list[str], catalog: Catalog, packs: tuple[Pack, ...]) -> DatasetColumns:
    """Declared categories win (the entry's `columns`, then its catalog table); names fill the rest."""
    lowered = tuple(name.lower() for name in names)
    borrowed = catalog.table(spec.catalog_table or spec.table or "")
    categories: dict[str, str | None] = {}
    inferred: set[str] = set()
    for name in lowered:
        if name in spec.columns:
            categories[name] = spec.columns[name]
        elif borrowed is not None and name in borrowed.columns:
            categories[name] = borrowed.columns[name]
            if name in borrowed.inferred:
                inferred.add(name)
        else:
            table = spec.catalog_table or spec.table or spec.role
            guess = next((found for pack in packs if (found := category_from_name(table, name, pack))), None)
            if guess is not None:
                categories[name] = guess
                inferred.add(name)
    return DatasetColumns(lowered, categories, frozenset(inferred))


def plan_checks(spec: DatasetSpec, columns: DatasetColumns, pack: Pack, as_of: date) -> list[RowCheck]:
    return [*_retention(spec, columns, pack, as_of), *_consent(spec, columns, pack, as_of),
            *_transfer(spec, columns, pack), *_special(spec, columns, pack), *_anonymised(spec, columns, pack)]


def end_of_day(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=timezone.utc)


def _retention(spec: DatasetSpec, columns: DatasetColumns, pack: Pack, as_of: date) -> list[RowCheck]:
    checks = []
    for clock, column in spec.timestamps.items():
        rules = [(category, rule) for name in columns.names if (category := columns.categories.get(name))
                 and pack.knows(category) and pack.is_personal(category)
                 for rule in pack.retention_for(category) if rule.clock == clock and rule.max]
        if not rules:
            continue
        category, rule = min(rules, key=lambda item: item[1].max.days)  # type: ignore[union-attr]
        cutoff = datetime.combine(as_of, time(), tzinfo=timezone.utc) - timedelta(days=round(rule.max.days))  # type: ignore[union-attr]
        checks.append(RowCheck(
            ROWS_PAST_RETENTION, pack, OLDER_THAN, column, rule.citation,
            f"are older than the {rule.max} the policy allows for {category_label(pack, rule.category)} "
            f"({column} before {cutoff.date().isoformat()})",
            category=category, cutoff=cutoff,
            evidence=(f"maximum for {rule.category}: {rule.max}, counted from {clock.replace('_', ' ')} ({column})",),
        ))
    return checks


def _consent(spec: DatasetSpec, columns: DatasetColumns, pack: Pack, as_of: date) -> list[RowCheck]:
    if spec.purpose is None:
        return []
    checks = []
    for rule in pack.consent_rules_for(spec.purpose):
        given = spec.consent or (columns.holding(rule.consent_category) if rule.consent_category else None)
        withdrawn = spec.withdrawn or (columns.holding(rule.withdrawal_category) if rule.withdrawal_category else None)
        common = dict(citation=rule.citation, purpose=spec.purpose)
        if rule.mode == "opt_in" and given is None:
            checks.append(RowCheck(
                ROWS_WITHOUT_CONSENT, pack, ALL_ROWS, None,
                message=f"are used for '{spec.purpose}' but the dataset has no consent column "
                        f"({rule.consent_category}), so none of them shows consent",
                category=rule.consent_category, evidence=("declare it with `consent: COLUMN`",), **common))
        elif rule.mode == "opt_in":
            checks.append(RowCheck(
                ROWS_WITHOUT_CONSENT, pack, NOT_CONSENTED, given,
                message=f"are used for '{spec.purpose}' without consent ({given} is not true)",
                category=rule.consent_category, **common))
        if withdrawn is not None and spec.sent_at:
            checks.append(RowCheck(
                ROWS_AFTER_WITHDRAWAL, pack, WITHDRAWN_BEFORE_SEND, withdrawn, other=spec.sent_at,
                message=f"are sent for '{spec.purpose}' on or after the subject withdrew "
                        f"({withdrawn} on or before {spec.sent_at})",
                category=rule.withdrawal_category, **common))
        elif withdrawn is not None:
            checks.append(RowCheck(
                ROWS_AFTER_WITHDRAWAL, pack, WITHDRAWN_BY, withdrawn, cutoff=end_of_day(as_of),
                message=f"are used for '{spec.purpose}' although the subject withdrew or unsubscribed "
                        f"({withdrawn} set on or before {as_of.isoformat()})",
                category=rule.withdrawal_category, **common))
    return checks


def allowed_countries(pack: Pack) -> tuple[str, ...] | None:
    """The country codes the pack allows personal data in; None when it has no transfer rule."""
    rule = pack.transfer
    if rule is None:
        return None
    if rule.allowed == "home_country":
        return (pack.home_country,) if pack.home_country else ()
    return tuple(sorted(EEA_COUNTRIES | rule.adequacy_countries | {EU_MULTI_REGION}))


def _transfer(spec: DatasetSpec, columns: DatasetColumns, pack: Pack) -> list[RowCheck]:
    allowed = allowed_countries(pack)
    personal = any((c := columns.categories.get(name)) and pack.knows(c) and pack.is_personal(c)
                   for name in columns.names)
    if spec.country is None or allowed is None or pack.transfer is None or not personal:
        return []
    scope = f"{pack.home_country} only" if pack.transfer.allowed == "home_country" else "EU/EEA and adequacy countries"
    return [RowCheck(
        ROWS_OUTSIDE_ALLOWED_COUNTRIES, pack, OUTSIDE, spec.country, pack.transfer.citation,
        f"go to countries the policy does not allow ({spec.country} outside {scope})",
        allowed=allowed, evidence=(f"allowed: {', '.join(allowed)}",))]


def _special(spec: DatasetSpec, columns: DatasetColumns, pack: Pack) -> list[RowCheck]:
    purpose = pack.purposes.get(spec.purpose or "")
    if purpose is not None and purpose.legal_basis in ARTICLE_9_BASES:
        return []
    checks = []
    for name in columns.names:
        category = columns.categories.get(name)
        if category and pack.knows(category) and covers(SPECIAL, category):
            basis = purpose.legal_basis.replace("_", " ") if purpose else "no declared purpose"
            checks.append(RowCheck(
                SPECIAL_CATEGORY_ROWS, pack, PRESENT, name, purpose.citation if purpose else pack.citation,
                f"hold {category_label(pack, category)} in {name}, a special category, without an "
                f"Art. 9(2) ground ({basis})", category=category, purpose=spec.purpose))
    return checks


def _anonymised(spec: DatasetSpec, columns: DatasetColumns, pack: Pack) -> list[RowCheck]:
    if spec.role != "anonymised_statistics":
        return []
    checks = []
    for name in columns.names:
        category = columns.categories.get(name)
        if category and pack.knows(category) and pack.is_personal(category) \
                and category.split(".")[-1] in DIRECT_IDENTIFIERS:
            how = "named like" if name in columns.inferred else "declared as"
            checks.append(RowCheck(
                IDENTIFIERS_IN_ANONYMISED, pack, PRESENT, name, pack.citation,
                f"of an anonymised output carry {name}, {how} {category_label(pack, category)}",
                category=category, purpose=spec.purpose))
    return checks
