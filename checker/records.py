"""Equality, hash and repr shared by privgate's frozen value classes instead of generated for each.

`@dataclass` writes and compiles an `__eq__`, a `__hash__` and a `__repr__` for every class it
decorates: for a frozen class, three of the six functions it compiles. Every run creates some 80
classes, and compiling their methods was the largest part of a pre-commit scan's own start-up. The
frozen classes are therefore declared `@dataclass(frozen=True, eq=False, repr=False)` on `Record`,
which compares, hashes and shows them from their fields as the generated methods do: same class and
equal compared fields; the hash of those fields; `Name(field=value, ...)` without `repr=False` fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any

Values = Callable[[Any], tuple[Any, ...]]


class Record:
    """Base of a frozen dataclass declared with `eq=False, repr=False`."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = _methods(self.__class__)[0]
        return compared(self) == compared(other)

    def __hash__(self) -> int:
        return hash(_methods(self.__class__)[1](self))

    def __repr__(self) -> str:
        shown = _methods(self.__class__)[2]
        return f"{self.__class__.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"


_CLASSES: dict[type, tuple[Values, Values, tuple[str, ...]]] = {}


def _methods(cls: type) -> tuple[Values, Values, tuple[str, ...]]:
    """The class's compared values, hashed values and shown fields, worked out on first use."""
    found = _CLASSES.get(cls)
    if found is None:
        declared = fields(cls)
        compared = _values([field.name for field in declared if field.compare])
        hashed = _values([field.name for field in declared if (field.compare if field.hash is None else field.hash)])
        found = _CLASSES[cls] = (compared, hashed, tuple(field.name for field in declared if field.repr))
    return found


def _values(names: list[str]) -> Values:
    """A function giving an object's values of `names` as a tuple (attrgetter: C speed, for sets and dicts)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        single = attrgetter(names[0])
        return lambda item: (single(item),)
    return lambda item: ()


class MutableRecord(Record):
    """Base of a mutable dataclass declared with `eq=False, repr=False`: equal by its fields and
    unhashable, as @dataclass makes a class with `eq=True` that is not frozen."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]
