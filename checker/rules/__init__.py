"""The registry: every rule privgate knows, in a plain list the engine iterates."""

from __future__ import annotations

from checker.rules import (
    access,
    children,
    consent,
    dataset_rows,
    input,
    purpose,
    recipients,
    schema_tables,
    retention,
    special_category,
    suppression,
    transfer,
)
from checker.rules.base import Rule

ALL_RULES: tuple[Rule, ...] = (
    *purpose.RULES,
    *consent.RULES,
    *retention.RULES,
    *transfer.RULES,
    *recipients.RULES,
    *access.RULES,
    *children.RULES,
    *special_category.RULES,
    *schema_tables.RULES,
    *dataset_rows.RULES,
    *input.RULES,
    *suppression.RULES,
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL_RULES}
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(rule.family for rule in ALL_RULES))
