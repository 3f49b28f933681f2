"""What a table's own columns say about its rows, however the application prefixes them."""

from __future__ import annotations

import pytest

from helpers import generic


@pytest.mark.parametrize(("table", "columns"), [
    ("club_roster", "roster_id roster_name roster_birth_date roster_sex photo"),
    ("tweb_desa_pamong", "pamong_id pamong_nama pamong_tanggallahir pamong_sex foto"),  # OpenSID's village officials
], ids=["roster", "pamong"])
def test_columns_carrying_the_tables_own_noun_still_say_its_rows_are_people(table: str, columns: str) -> None:
    """A birth date and a sex, each behind the table's own noun (`roster_birth_date`), make the rows
    people's, as they do without it: the row's name and photo are then the person's."""
    found = [generic(table, column, "", columns) for column in columns.split()]
    assert found == [None, "user.name", "user.demographic.date_of_birth", "user.demographic.gender", "user"]
