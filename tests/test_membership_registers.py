"""Membership registers of associations (churches, clubs, unions, non-profits: ChurchCRM, CiviCRM, JVerein):
people, families and households, the places where the association meets."""

from __future__ import annotations

import pytest

from checker.classify import evidence

PLACE = ["location_id", "location_name", "location_address", "location_city", "location_phone", "location_email"]


@pytest.mark.parametrize(("table", "referrers", "expected"), [
    ("locations", ("church_location_person", "events_event"), None),       # a church's site and who serves there
    ("family", ("family_member",), "user.contact.address"),                 # a family's home is its members'
    ("locations", ("persons",), "user.contact.address"),                    # people keyed to it: their address book
], ids=["church-site", "family", "people"])
def test_a_places_own_people_leave_its_address_the_places(table: str, referrers: tuple[str, ...],
                                                          expected: str | None) -> None:
    """An address book that only a table of the place's people points at (`church_location_person`, the place's
    noun before a person's) is the place's: its address and contacts are no person's; a group of people (a family)
    and an address book a table of people points at stay personal."""
    columns = [column.replace("location_", "") if table != "locations" else column for column in PLACE]
    column = "location_address" if table == "locations" else "address"
    found = evidence(table, column, "varchar(45)", columns, referrers=referrers)
    assert (found.kind.key if found else None) == expected


@pytest.mark.parametrize(("column", "column_type", "expected"), [
    ("usr_FailedLogins", "utinyint(3)", None),                       # how many failed logins
    ("usr_failedlogins", "utinyint(3)", None),                       # read run together
    ("usr_UserName", "varchar(50)", "user.account.username"),
])
def test_logins_named_in_the_plural_as_a_whole_number_count_them(column: str, column_type: str,
                                                                 expected: str | None) -> None:
    """ChurchCRM's `user_usr.usr_FailedLogins`: logins in the plural, as a whole number, are a count of them."""
    found = evidence("user_usr", column, column_type, ["usr_per_ID", "usr_Password", column, "usr_UserName"])
    assert (found.kind.key if found else None) == expected
