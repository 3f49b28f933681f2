"""checker.records.Record gives frozen value classes the equality, hash and repr @dataclass would
generate for them; the classes on every scan's path use it instead of compiling their own."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from checker.facts import ColumnRef
from checker.policy.model import Citation
from checker.records import MutableRecord, Record


@dataclass(frozen=True, eq=False, repr=False)
class Shared(Record):
    table: str
    column: str | None = None
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@dataclass(frozen=True)
class Generated:
    table: str
    column: str | None = None
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@pytest.mark.parametrize("first, second", [
    (("crm.accounts", "email"), ("crm.accounts", "email")),
    (("crm.accounts", "email", "a"), ("crm.accounts", "email", "b")),  # `note` is not compared
    (("crm.accounts", "email"), ("crm.accounts", "phone")),
    (("crm.accounts", None, "", "x"), ("crm.accounts", None, "", "y")),
])
def test_equality_and_hash_are_those_a_dataclass_generates(first: tuple, second: tuple) -> None:
    assert (Shared(*first) == Shared(*second)) == (Generated(*first) == Generated(*second))
    assert (hash(Shared(*first)) == hash(Shared(*second))) == (hash(Generated(*first)) == hash(Generated(*second)))
    assert Shared(*first) != Generated(*first)  # another class is never equal, as with dataclasses


def test_repr_names_the_shown_fields_as_a_dataclass_does() -> None:
    shared, generated = Shared("crm.accounts", "email", "why", "hidden"), Generated("crm.accounts", "email", "why", "hidden")
    assert repr(shared) == repr(generated).replace("Generated", "Shared")
    assert "hidden" not in repr(shared)


def test_record_classes_stay_frozen_dataclasses_that_pickle() -> None:
    reference = ColumnRef("crm.accounts", "email")
    with pytest.raises(dataclasses.FrozenInstanceError):
        reference.column = "phone"  # type: ignore[misc]
    assert dataclasses.replace(reference, column="phone") == ColumnRef("crm.accounts", "phone")
    assert pickle.loads(pickle.dumps(reference)) == reference
    assert {reference, ColumnRef("crm.accounts", "email")} == {reference}
    citation = Citation("Privacy policy", "4", "We keep it for one year.")
    assert citation == dataclasses.replace(citation, title="Another title")  # `title` is for people, not compared


@dataclass(eq=False, repr=False)
class SharedMutable(MutableRecord):
    table: str
    columns: list[str] = field(default_factory=list)


@dataclass
class GeneratedMutable:
    table: str
    columns: list[str] = field(default_factory=list)


def test_a_mutable_record_is_equal_by_its_fields_and_unhashable_as_a_dataclass() -> None:
    assert SharedMutable("crm.accounts", ["email"]) == SharedMutable("crm.accounts", ["email"])
    assert SharedMutable("crm.accounts", ["email"]) != SharedMutable("crm.accounts", ["phone"])
    assert repr(SharedMutable("crm.accounts")) == repr(GeneratedMutable("crm.accounts")).replace("Generated", "Shared")
    for value in (SharedMutable("crm.accounts"), GeneratedMutable("crm.accounts")):
        with pytest.raises(TypeError):
            hash(value)
