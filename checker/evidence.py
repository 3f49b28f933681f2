"""What a column's name or type says it holds: a kind of the shared taxonomy, with how sure and why."""

from __future__ import annotations

from dataclasses import dataclass

from checker.name_words import Kind


@dataclass(frozen=True)
class Evidence:
    """What a name or type says: the kind, whether it decides (else a PUR005 suggestion), and why."""

    kind: Kind
    confident: bool
    reason: str  # "its name: token 'email'", "its type inet", "the name contains 'email'"
    by_type: bool = False
    plain: str | None = None  # the generic key to take when no pack has the kind's concept (a person's language)
