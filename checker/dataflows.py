"""The data map: which personal data categories flow to which purposes and locations, from the code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from checker.catalog import Catalog
from checker.facts import Statement
from checker.locations import Location
from checker.policy.model import Pack, personal_in

WAREHOUSE = "warehouse"


@dataclass(frozen=True, order=True)
class Flow:
    """Personal data of `category` processed for `purpose` and kept or sent to `destination`."""

    category: str
    purpose: str  # "undeclared" when the statement states none
    destination: str  # "warehouse", a table, bucket, stage or URL
    country: str  # ISO code, "EU", or "unknown"


def statement_flows(statement: Statement, catalog: Catalog, packs: tuple[Pack, ...]) -> list[Flow]:
    """The flows one statement makes: reads stay in the warehouse unless the rows move elsewhere."""
    categories = sorted({category for read in statement.reads
                         if (category := _personal(catalog.category(read.column), packs))})
    if not categories:
        return []
    purpose = statement.purpose or "undeclared"
    destination, country = WAREHOUSE, _country(catalog.default_location)
    if statement.movement is not None:
        movement = statement.movement
        location = (catalog.locate_table(movement.destination) if movement.is_table
                    else catalog.locate_destination(movement.destination, movement.region))
        destination, country = movement.destination, location.country or "unknown"
        moved = {category for output in statement.outputs for ref in output.sources
                 if (category := _personal(catalog.category(ref), packs))}
        categories = sorted(moved) or categories
    return [Flow(category, purpose, destination, country) for category in categories]


def summarise(flows: list[Flow]) -> list[tuple[Flow, int]]:
    """Distinct flows with the number of statements that make them, in a stable order."""
    return sorted(Counter(flows).items())


def _personal(category: str | None, packs: tuple[Pack, ...]) -> str | None:
    if category is None:
        return None
    return category if personal_in(packs, category) else None


def _country(location: Location | None) -> str:
    return location.country if location is not None and location.country else "unknown"
