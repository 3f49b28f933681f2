"""Findings: one violation each, with the evidence a reviewer needs and the clause it protects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.cache import sha256
from checker.policy.model import Citation
from checker.printable import unsurrogate
from checker.records import Record

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, eq=False, repr=False)
class Finding(Record):
    rule_id: str
    family: str
    severity: str
    path: str
    line: int
    column: int
    message: str
    subject: str | None = None
    category: str | None = None
    purpose: str | None = None
    citation: Citation | None = None
    pack: str | None = None
    evidence: tuple[str, ...] = field(default=())
    anchor: str | None = field(default=None, repr=False)  # digest of the normalized statement
    logical_location: str | None = None  # `crm.public.accounts`: what a finding outside any file is about

    def __post_init__(self) -> None:
        """A file name that is not UTF-8 is shown (and fingerprinted) with its bytes escaped, in every format."""
        for name in ("path", "message", "subject"):
            value = getattr(self, name)
            if value is not None and not value.isascii():
                object.__setattr__(self, name, unsurrogate(value))
        if any(not item.isascii() for item in self.evidence):
            object.__setattr__(self, "evidence", tuple(unsurrogate(item) for item in self.evidence))

    @property
    def fingerprint(self) -> str:
        """Stable across moved lines and reformatting: the statement's normalized text, not its position."""
        parts = (self.rule_id, self.path, self.subject or "", self.category or "", self.purpose or "",
                 self.pack or "", self.anchor or self.message)
        return sha256("|".join(parts).encode("utf-8")).hexdigest()

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.line, self.column, self.rule_id, self.subject or "", self.pack or "", self.message)

    def at_least(self, threshold: str) -> bool:
        return SEVERITY_RANK[self.severity] >= SEVERITY_RANK[threshold]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "family": self.family,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "subject": self.subject,
            "category": self.category,
            "purpose": self.purpose,
            "citation": self.citation.to_dict() if self.citation else None,
            "pack": self.pack,
            "evidence": list(self.evidence),
            "logical_location": self.logical_location,
        }
