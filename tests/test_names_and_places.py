"""A person's name in parts, codes and records: family-tree software's table of names (GEDCOM's name
pieces, the name written whole and as sorted), a name's phonetic code, a record's GEDCOM text; each
beside a look-alike that stays nobody's (a place's phonetic code, a sort order, a cited source)."""

from __future__ import annotations

import pytest

from helpers import generic

WT_NAME = "n_file n_id n_num n_type n_sort n_full n_surname n_surn n_givn n_soundex_givn_std n_soundex_surn_dm"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("wt_name", "n_givn", "varchar(255)", WT_NAME, "user.name"),
    ("wt_name", "n_surn", "varchar(255)", WT_NAME, "user.name"),
    ("wt_name", "n_full", "varchar(255)", WT_NAME, "user.name"),
    ("wt_name", "n_sort", "varchar(255)", WT_NAME, "user.name"),
    ("wt_name", "n_soundex_surn_dm", "varchar(255)", WT_NAME, "user.name"),
    ("wt_name", "n_type", "varchar(15)", WT_NAME, None),
    ("wt_name", "n_num", "integer", WT_NAME, None),
    ("product_names", "sort", "integer", "id product_id name locale", None),
], ids=["given_name_tag", "surname_tag", "full", "sort", "soundex_of_surname", "name_type", "name_number",
        "sort_order_of_product_names"])
def test_a_table_of_peoples_names_holds_the_name_in_every_part(
        table: str, column: str, column_type: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("employee_soundex", "last_name_soundex", "soundex_id employee_id first_name_soundex", "user.name"),
    ("family_members", "first_name_metaphone", "id first_name last_name", "user.name"),
    ("wt_places", "p_std_soundex", "p_id p_place p_parent_id p_file p_dm_soundex", None),
    ("checksums", "soundex", "id value", None),
], ids=["surname_soundex", "first_name_metaphone", "place_soundex", "bare_soundex"])
def test_a_phonetic_code_of_a_name_is_the_name(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(20)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("wt_individuals", "i_gedcom", "text", "i_id i_file i_rin i_sex", "user"),
    ("wt_change", "new_gedcom", "text", "change_id change_time status gedcom_id xref old_gedcom user_id", "user"),
    ("pgv_media", "m_gedrec", "text", "m_id m_media m_ext m_titl m_file m_gedfile", "user"),
    ("wt_sources", "s_gedcom", "text", "s_id s_file s_name", None),
    ("wt_change", "gedcom_id", "integer", "change_id change_time status xref old_gedcom new_gedcom user_id", None),
], ids=["individual", "pending_change", "phpgedview_media", "cited_source", "key_to_the_tree"])
def test_a_records_gedcom_text_is_about_its_people(
        table: str, column: str, column_type: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected
