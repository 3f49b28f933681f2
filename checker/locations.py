"""Where a destination is: cloud regions, configured locations, and whether a country is allowed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache

from checker.records import Record

EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
EEA_COUNTRIES = EU_COUNTRIES | {"IS", "LI", "NO"}
EU_MULTI_REGION = "EU"  # BigQuery / GCS "EU" multi-region: somewhere inside the EU


@dataclass(frozen=True, eq=False, repr=False)
class Location(Record):
    country: str | None  # ISO 3166-1 alpha-2, "EU" for the EU multi-region, None when unknown
    region: str | None
    source: str  # how it was found: "statement", "config: <glob>", "default location", "unknown"
    recipient: str | None = None  # who receives it: a pack `recipients:` (or recipients_abroad) id, or a
    # `catalog.recipients` id; None: the controller's own storage


@dataclass(frozen=True, eq=False, repr=False)
class LocationRule(Record):
    """A configured location: a glob over destinations (URLs, stages) or table names."""

    match: str
    country: str | None
    region: str | None
    recipient: str | None = None


@cache
def _regions() -> dict[str, str]:
    from importlib import resources  # with its tempfile and shutil imports: only when a location is judged

    text = resources.files("checker.data").joinpath("cloud_regions.json").read_text("utf-8")
    table = json.loads(text)
    return {key.lower(): value for provider, regions in table.items() if not provider.startswith("_")
            for key, value in regions.items()}


def country_of_region(region: str) -> str | None:
    """`aws:eu-central-1`, `eu-central-1`, `europe-west3`, `westeurope`, `EU` -> a country code."""
    name = region.strip().lower()
    if ":" in name:
        name = name.split(":", 1)[1]
    return _regions().get(name)


def locate(destination: str, rules: list[LocationRule], default: Location | None,
           statement_region: str | None = None) -> Location:
    """A region named by the statement wins, then the first matching rule; local paths are where
    the warehouse is (`default`); anything else is unknown. The recipient comes from the matching
    rule even when the statement names the region (UNLOAD ... REGION): who receives the data does
    not change with where the bucket is."""
    rule = matching_rule(destination, rules)
    recipient = rule.recipient if rule else None
    if statement_region:
        return Location(country_of_region(statement_region), statement_region, "statement", recipient)
    if rule is not None:
        country = rule.country or (country_of_region(rule.region) if rule.region else None)
        return Location(country, rule.region, f"config: {rule.match}", recipient)
    if _is_local(destination) and default is not None:
        return Location(default.country, default.region, "default location")
    return Location(None, None, "unknown")


def matching_rule(destination: str, rules: list[LocationRule]) -> LocationRule | None:
    """The first configured location whose glob matches the destination (a bucket glob matches
    the bucket itself too)."""
    lowered = destination.lower()
    for rule in rules:
        pattern = rule.match.lower()
        if fnmatchcase(lowered, pattern) or fnmatchcase(lowered, pattern.rstrip("*").rstrip("/") + "/*"):
            return rule
    return None


def _is_local(destination: str) -> bool:
    return "://" not in destination and not destination.startswith("@")


def is_allowed(location: Location, allowed: str, home_country: str | None,
               adequacy: frozenset[str]) -> bool | None:
    """Whether the pack allows data at `location`; None when the location is unknown."""
    if location.country is None:
        return None
    if allowed == "home_country":
        return location.country == home_country
    return location.country in EEA_COUNTRIES or location.country == EU_MULTI_REGION or location.country in adequacy
