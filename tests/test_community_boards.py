"""Korean, Japanese and Indonesian PHP community and membership schemas (GNUBOARD, gnuboard4, EC-CUBE, school
and village systems): a board's posts named by their writer, the handphone (`hp`) and a bare `birth` kept as text."""

from __future__ import annotations

from checker.classify import evidence

POST = ("wr_id", "wr_num", "wr_parent", "ca_name", "wr_subject", "wr_content", "wr_hit", "mb_id", "wr_password",
        "wr_name", "wr_email", "wr_homepage", "wr_datetime", "wr_ip")
# an event's or a shop's row with a website of its own: a company's
ORGANIZER = ("id", "name", "email", "website", "description")
MEMBER = ("mb_no", "mb_id", "mb_password", "mb_name", "mb_email", "mb_hp", "mb_birth", "mb_level")
CHARACTER = ("id", "user_id", "character_name", "hp", "mp", "attack", "defense")
CAR = ("id", "owner_id", "model", "hp", "torque")


def key(table: str, column: str, column_type: str, siblings: tuple[str, ...]) -> str | None:
    found = evidence(table, column, column_type, siblings)
    return found.kind.key if found else None


def test_a_posts_writer_and_text_are_personal_and_its_homepage_the_writers() -> None:
    assert key("g5_write_free", "wr_name", "varchar(255)", POST) == "user.name"
    assert key("g5_write_free", "wr_email", "varchar(255)", POST) == "user.contact.email"
    assert key("g5_write_free", "wr_ip", "varchar(255)", POST) == "user.device.ip_address"
    assert key("g5_write_free", "wr_homepage", "varchar(255)", POST) == "user"
    assert key("g5_write_free", "wr_content", "text", POST) == "user.content"
    assert key("g5_write_free", "ca_name", "varchar(255)", POST) is None  # the category it is filed under


def test_a_website_of_its_own_without_anything_written_names_a_company() -> None:
    assert key("organizers", "email", "varchar(255)", ORGANIZER) is None
    assert key("organizers", "website", "varchar(255)", ORGANIZER) is None


def test_a_handphone_beside_a_members_particulars_is_their_mobile() -> None:
    assert key("g5_member", "mb_hp", "varchar(255)", MEMBER) == "user.contact.phone_number"
    assert key("mstr_employee", "emp_hp", "varchar(15)", ("id_pk_employee", "emp_nama", "emp_hp", "emp_alamat",
                                                           "emp_kode_pos")) == "user.contact.phone_number"


def test_hit_points_and_horsepower_are_no_phone() -> None:
    assert key("characters", "hp", "int", CHARACTER) is None
    assert key("cars", "hp", "varchar(10)", CAR) is None  # no particular of a person beside it


def test_a_bare_birth_kept_as_text_in_a_members_row_is_the_birth_date() -> None:
    assert key("g5_member", "mb_birth", "varchar(255)", MEMBER) == "user.demographic.date_of_birth"
    assert key("regions", "birth", "varchar(255)", ("id", "name", "birth", "death")) is None


def test_a_numbered_spare_field_of_a_members_row_is_theirs_and_of_a_boards_settings_is_none() -> None:
    member = (*MEMBER, "mb_1", "mb_2")
    assert key("g5_member", "mb_1", "varchar(255)", member) == "user"
    board = ("bo_table", "bo_subject", "bo_skin", "bo_admin", "bo_read_level", "bo_1", "bo_2")
    assert key("g5_board", "bo_1", "varchar(255)", board) is None


def test_a_documents_writer_named_in_words_makes_its_homepage_theirs() -> None:
    documents = ("document_srl", "module_srl", "title", "content", "member_srl", "user_id", "user_name", "nick_name",
                 "email_address", "homepage", "ipaddress", "regdate")
    assert key("xe_documents", "homepage", "varchar(250)", documents) == "user"
    assert key("xe_documents", "email_address", "varchar(250)", documents) == "user.contact.email"
    assert key("xe_documents", "title", "varchar(250)", documents) == "user.content"


def test_a_bare_name_beside_a_mobile_and_a_birth_date_is_the_persons() -> None:
    history = ("ch_id", "mb_id", "ch_name", "ch_hp", "ch_birth", "ch_type", "ch_datetime")
    assert key("g5_member_cert_history", "ch_name", "varchar(255)", history) == "user.name"
    pets = ("id", "owner_id", "name", "species", "birth_date")  # a pet has a birth date, no mobile
    assert key("pets", "name", "varchar(255)", pets) is None
