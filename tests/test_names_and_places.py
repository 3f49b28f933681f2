"""A person's name in parts, codes and records: family-tree software's table of names (GEDCOM's name
pieces, the name written whole and as sorted), a name's phonetic code, a record's GEDCOM text; each
beside a look-alike that stays nobody's (a place's phonetic code, a sort order, a cited source)."""

from __future__ import annotations

import pytest

from helpers import generic
from checker.table_context import table_context

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


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # a family tree's gazetteer: each place nests in the one above it (a town in its county)
    ("wt_place_location", "id parent_id place latitude longitude", [None, None, None, None, None]),
    # an address with a parent of a type beside it belongs to an owner of any kind: a customer, a seller
    ("addresses", "id street city parent_id parent_type",
     [None, "user.contact.address", "user.contact.address.city", None, None]),
], ids=["gazetteer", "polymorphic_owner"])
def test_places_that_nest_in_one_another_are_nobodys_address(table: str, columns: str,
                                                            expected: list[str | None]) -> None:
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("referring", "thing"), [
    (["fs_event"], True),  # foodsharing's event locations: where its events take place
    (["meetings", "webinars"], True),
    (["customers"], False),  # OMOP's `location` of `person`: where people live
    (["fs_event", "customers"], False),
], ids=["events", "meetings_and_webinars", "customers", "events_and_customers"])
def test_an_address_book_only_gatherings_point_at_holds_their_venues(referring: list[str], thing: bool) -> None:
    assert table_context("fs_location", ["id", "name", "lat", "lon", "zip", "city", "street"], referring).thing is thing


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # the council Web-delib runs for: its name, address, phone and logo are the authority's
    ("collectivites", "id nom adresse CP ville telephone logo", [None, None, None, None, None, None, None]),
    # a member's row with a first name keeps its address though a logo (their shop's) sits beside it
    ("mitglieder", "id vorname name strasse ort logo",
     [None, "user.name", "user.name", "user.contact.address", "user.contact.address.city", None]),
], ids=["local_authority", "member_with_first_name"])
def test_a_row_with_a_logo_is_an_organisations(table: str, columns: str, expected: list[str | None]) -> None:
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("sys_post", "post_code", "post_id post_name post_sort status remark", None),  # RuoYi: a job post's code
    ("sys_user_address", "post_code", "user_id street city", "user.contact.address.postal_code"),
    ("personal_information_ethnicity", "ethnicity_code", "id personal_information_id", "special.ethnic_origin"),
], ids=["job_posts_code", "users_postcode", "persons_coded_ethnicity"])
def test_a_code_named_for_the_tables_own_noun_is_the_rows_code(table: str, column: str, siblings: str,
                                                                expected: str | None) -> None:
    assert generic(table, column, "varchar(64)", siblings) == expected


@pytest.mark.parametrize(("column", "expected"), [
    ("mail_traitement", None),  # whether the user is e-mailed when a draft is processed
    ("traitement", "special.health"),  # a person's treatment, as a yes or no
], ids=["mailed_when_processed", "treatment"])
def test_a_yes_or_no_of_being_notified_is_a_setting(column: str, expected: str | None) -> None:
    siblings = "id login nom prenom email date_naissance mail_refus mail_insertion"
    assert generic("users", column, "boolean", siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    # RuoYi: the department's leader, by name
    ("sys_dept", "leader", "varchar(20)", "dept_id parent_id dept_name order_num phone email status", "user.name"),
    ("teams", "team_leader", "varchar(50)", "id name description", "user.name"),
    ("sys_dept", "leader_id", "bigint", "dept_id parent_id dept_name order_num phone email status", None),
    ("raft_groups", "leader", "varchar(20)", "id term commit_index", None),  # a consensus group's leader is a node
], ids=["department_leader", "team_leader", "key_to_the_leader", "cluster_leader"])
def test_the_leader_of_a_department_or_team_is_a_person(table: str, column: str, column_type: str, siblings: str,
                                                        expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "columns", "column", "expected"), [
    # foodsharing's foodsavers: `name` beside `nachname` is the given name
    ("fs_foodsaver", "id email passwd name nachname geschlecht geb_datum", "name", "user.name"),
    ("kunden", "id name nachname strasse plz", "name", "user.name"),
    # a business's contact person's surname says nothing of the business's own name
    ("service_antenne", "id name contact_lastname contact_email", "name", None),
    ("products", "id name price", "name", None),
], ids=["foodsaver", "customer", "contact_persons_surname", "product"])
def test_a_bare_name_beside_a_surname_is_the_persons(table: str, columns: str, column: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(120)", columns) == expected


@pytest.mark.parametrize(("column", "column_type", "expected"), [
    ("last_pass", "datetime", None),  # when the password was last set
    ("passwd", "varchar(255)", "user.authorization.credentials"),
], ids=["date_of_the_password", "password"])
def test_a_date_is_no_secret(column: str, column_type: str, expected: str | None) -> None:
    assert generic("users", column, column_type, "id email first_name last_name") == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("OH_PATIENT", "PAT_SNAME", "PAT_ID PAT_FNAME PAT_NAME PAT_AGE PAT_SEX", "user.name"),  # Open Hospital
    ("Shift", "SName", "EmployeeID StartTime EndTime", None),  # a shift's name
], ids=["surname_beside_first_name", "shift_name"])
def test_an_sname_beside_a_first_name_is_the_surname(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(30)", siblings) == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # foodsharing's public fridges: a place listed with its own name and description
    ("fs_fairteiler", "id bezirk_id name picture status desc anschrift plz ort lat lon add_date",
     [None, None, None, None, None, None, None, None, None, None, None, None]),
    # an address book without a description of its rows stays people's
    ("kontakte", "id name anschrift plz ort", [None, "user.name", "user.contact.address",
                                               "user.contact.address.postal_code", "user.contact.address.city"]),
    # a row with a first name is a person's, described or not
    ("profiles", "id vorname name beschreibung anschrift",
     [None, "user.name", "user.name", "user.content", "user.contact.address"]),
], ids=["public_fridge", "address_book", "described_person"])
def test_a_place_listed_with_a_description_of_its_own_is_nobodys_address(table: str, columns: str,
                                                                         expected: list[str | None]) -> None:
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("fs_mailbox_member", "mailbox_id foodsaver_id", "user.name"),  # foodsharing: the member's From name
    ("email_templates", "id subject body", None),  # the template's own name
], ids=["members_from_name", "templates_name"])
def test_the_name_a_persons_mails_go_out_under_is_theirs(table: str, siblings: str, expected: str | None) -> None:
    assert generic(table, "email_name", "varchar(100)", siblings) == expected


@pytest.mark.parametrize(("column", "column_type", "expected"), [
    ("photo_public", "tinyint(4)", None),  # foodsharing: whether the foodsaver's photo is shown
    ("email_public", "tinyint", None),
    ("email_public", "varchar(100)", "user.contact.email"),  # the address shown on the profile
], ids=["photo_shown", "email_shown", "public_address"])
def test_whether_a_field_is_shown_is_a_setting(column: str, column_type: str, expected: str | None) -> None:
    assert generic("fs_foodsaver", column, column_type, "id name nachname photo email geschlecht geb_datum") == expected
