"""Legacy schemas that put a short code of the table before each of its columns' names (Open Hospital's
`OH_LABORATORY (LAB_SEX)`, Oracle's `sh.customers (cust_first_name)`): the name is read after the code;
and those that put it after (Galette's `galette_adherents (nom_adh)`): the name is read before it."""

from __future__ import annotations

import pytest

from checker.column_codes import column_ending
from checker.name_words import vocabulary
from checker.table_context import table_context, table_words
from helpers import generic

LABORATORY = "LAB_ID LAB_EXA_ID_A LAB_DATE LAB_RES LAB_NOTE LAB_PAT_ID LAB_PAT_NAME LAB_AGE LAB_SEX LAB_MATERIAL"


@pytest.mark.parametrize(("table", "columns", "code"), [
    ("OH_LABORATORY", LABORATORY, ("lab",)),  # laboratory
    ("OH_SESSION_AUDIT", "SEA_ID SEA_US_ID_A SEA_LOGIN SEA_LOGOUT", ("sea",)),  # session audit
    ("sh.customers", "cust_id cust_first_name cust_last_name cust_email cust_city", ("cust",)),
    ("phpbb_users", "user_id user_email user_agent user_lang", ()),  # the table's own word carries meaning
    ("orders", "order_id order_date order_status order_total", ()),
    ("orders", "id billing_name billing_city billing_email billing_phone", ()),  # the name shortens no `billing`
    ("patients", "pat_id pat_name pat_birth_date email phone city zip notes", ()),  # a code of a few columns only
    # an abbreviation the name spells, before known column words: the Q&A's code, as `mb_` is the member's
    ("g5_qa_content", "qa_id qa_name qa_email qa_subject qa_content qa_ip qa_datetime", ("qa",)),
    ("g5_qa_content", "qa_id qa_wrz qa_blorp qa_zint qa_content", ()),  # no known words after it
], ids=["laboratory", "session_audit", "customers", "phpbb_users", "orders", "billing", "few", "qa", "qa_unknown"])
def test_a_code_most_columns_start_with_is_one_when_it_clips_the_tables_name(
        table: str, columns: str, code: tuple[str, ...]) -> None:
    assert table_context(table, columns.split()).tag == code


def test_a_column_is_read_after_its_tables_code() -> None:
    """Open Hospital's laboratory exams carry the patient's sex and age as the exam was made (`LAB_SEX`,
    `LAB_AGE`), read as `sex` and `age`; the exam's own key and date stay nobody's."""
    found = {column: generic("OH_LABORATORY", column, "varchar(50)", LABORATORY)
             for column in ("LAB_SEX", "LAB_AGE", "LAB_ID", "LAB_DATE")}
    assert found == {"LAB_SEX": "user.demographic.gender", "LAB_AGE": "user.demographic.age",
                     "LAB_ID": None, "LAB_DATE": None}


def test_a_key_named_by_the_code_alone_keeps_its_name() -> None:
    """OpenPNE's `c_session.sess_id` is the session's id as the table names it, a secret: not a bare `id`."""
    assert generic("c_session", "sess_id", "varchar(32)", "sess_id sess_data sess_time") \
        == "user.authorization.credentials"


@pytest.mark.parametrize(("column_type", "expected"), [
    ("datetime", None),  # when the user logged in
    ("varchar(50)", "user.account.username"),  # the login itself
])
def test_a_login_kept_as_a_time_is_when_someone_logged_in(column_type: str, expected: str | None) -> None:
    assert generic("session_audit", "login", column_type, "id user_id login logout") == expected


DICOM = ("DM_PAT_ID DM_FILE_ID DM_FILE_NOME DM_FILE_PAT_NAME DM_FILE_PAT_SEX DM_FILE_PAT_BIRTHDATE DM_FILE_ST_UID "
         "DM_FILE_ST_DATE DM_FILE_SER_NUMBER DM_CREATED_BY")


def test_a_word_most_columns_share_after_the_code_is_read_past_too() -> None:
    """Open Hospital's DICOM images: every column is the file's (`DM_FILE_PAT_SEX`), so the patient's sex,
    name and birth date are read as `pat_sex`, `pat_name`, `pat_birthdate`; the study's date stays nobody's."""
    assert table_context("OH_DICOM", DICOM.split()).tag == ("dm", "file")
    found = {column: generic("OH_DICOM", column, "varchar(255)", DICOM)
             for column in ("DM_FILE_PAT_SEX", "DM_FILE_PAT_NAME", "DM_FILE_PAT_BIRTHDATE", "DM_FILE_ST_DATE")}
    assert found == {"DM_FILE_PAT_SEX": "user.demographic.gender", "DM_FILE_PAT_NAME": "user.name",
                     "DM_FILE_PAT_BIRTHDATE": "user.demographic.date_of_birth", "DM_FILE_ST_DATE": None}


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("OH_BILLS", "BLL_PAT_NAME", "BLL_ID BLL_DATE BLL_PAT_ID BLL_PAT_NAME BLL_AMOUNT BLL_BALANCE", "user.name"),
    ("lab_orders", "pat_name", "id order_date pat_id test_code", "user.name"),
    # no patient's name: the test ordered for them, in a record of care (tests/test_clinical_records.py)
    ("lab_orders", "test_name", "id order_date pat_id test_code", "special.health"),
], ids=["bills", "lab_orders", "test_name"])
def test_pat_is_the_patient_a_name_belongs_to(table: str, column: str, siblings: str, expected: str | None) -> None:
    """`pat` is the patient as hospital systems clip it (`pat_name`, `pat_id`), as `cust` is the customer."""
    assert generic(table, column, "varchar(100)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "expected"), [
    ("OH_PATIENT", "PAT_FATH_NAME", "user.name"),
    ("OH_PATIENT", "PAT_MOTH_NAME", "user.name"),
    ("students", "fath_name", "user.name"),
    ("students", "moth_name", "user.name"),
    ("light_trap_catches", "moth", None),  # the insect, named bare
], ids=["PAT_FATH_NAME", "PAT_MOTH_NAME", "fath_name", "moth_name", "moth"])
def test_a_parent_clipped_owns_the_name_after_it(table: str, column: str, expected: str | None) -> None:
    """`fath_name`, `moth_name`: the father's and the mother's name, as school and hospital systems clip them."""
    siblings = {"OH_PATIENT": "PAT_ID PAT_FNAME PAT_SNAME PAT_SEX PAT_MOTH_NAME PAT_FATH_NAME",
                "students": "id name fath_name moth_name class_id",
                "light_trap_catches": "id trap_id moth wingspan count"}[table]
    assert generic(table, column, "varchar(50)", siblings) == expected


ADHERENTS = ("id_adh nom_adh prenom_adh ddn_adh sexe_adh adresse_adh cp_adh ville_adh tel_adh email_adh "
             "login_adh mdp_adh date_crea_adh activite_adh")


@pytest.mark.parametrize(("table", "columns", "ending"), [
    ("galette_adherents", ADHERENTS, "adh"),  # adhérents, as French puts the owner after the noun
    ("clientes", "id_cli nombre_cli apellido_cli email_cli telefono_cli", "cli"),
    ("user_settings", "id user_id email_setting sms_setting push_setting", ""),  # a word: settings, not addresses
    ("accounts", "id created_at updated_at deleted_at", ""),
    ("members", "id first_name last_name email phone", ""),  # no code: most columns share no ending
], ids=["adherents", "clientes", "settings", "timestamps", "no_code"])
def test_a_code_most_columns_end_with_is_one_when_it_clips_the_tables_name(
        table: str, columns: str, ending: str) -> None:
    assert column_ending(table_words(table, vocabulary()), columns.split(), vocabulary()) == ending


def test_a_column_is_read_before_its_tables_ending_code() -> None:
    """Galette, a French association's membership manager, ends each member's column with `_adh`: the
    member's name, birth date, address, e-mail and password are read as `nom`, `ddn`, `adresse`,
    `email`, `mdp`; when the row was created stays nobody's."""
    found = {column: generic("galette_adherents", column, "varchar(255)", ADHERENTS)
             for column in ("nom_adh", "ddn_adh", "adresse_adh", "email_adh", "mdp_adh", "date_crea_adh")}
    assert found == {"nom_adh": "user.name", "ddn_adh": "user.demographic.date_of_birth",
                     "adresse_adh": "user.contact.address", "email_adh": "user.contact.email",
                     "mdp_adh": "user.authorization.credentials", "date_crea_adh": None}


def test_a_settings_column_ending_in_a_word_is_no_address() -> None:
    assert generic("user_settings", "email_setting", "varchar(20)",
                   "id user_id email_setting sms_setting push_setting") is None
