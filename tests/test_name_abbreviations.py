"""Names as schemas shorten them. A number's name (`tax_no`, `steuer_nr`, `burger_service_nr`)
reads as the whole term, in every language whose number word the vocabulary knows; a bare number
or a number of a thing stays nobody's. A shortened word is not taken apart into pieces it is not
made of (`instr`)."""

from __future__ import annotations

import pytest

from helpers import generic
from checker.classify import evidence
from checker.name_words import abbreviated_numbers, name_words, vocabulary


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("customers", "tax_no", "name email", "user.government_id.tax_id"),
    ("employees", "social_security_nr", "first_name last_name", "user.government_id.national_identification_number"),
    ("customers", "bank_account_num", "name email", "user.financial.bank_account"),
    ("kunden", "steuer_nr", "vorname nachname", "user.government_id.tax_id"),
    ("mitarbeiter", "sozialversicherungs_nr", "vorname nachname", "user.government_id.national_identification_number"),
    ("personen", "burger_service_nr", "voornamen geslachtsnaam", "user.government_id.national_identification_number"),
    ("orders", "order_no", "customer_id total", None),
    ("invoices", "no", "customer_id total", None),
], ids=["tax_no", "social_security_nr", "bank_account_num", "steuer_nr", "sozialversicherungs_nr", "burger_service_nr",
        "order_no", "no"])
def test_a_shortened_number_reads_as_its_whole_term(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "", siblings) == expected


def test_only_a_number_of_something_has_short_forms() -> None:
    assert abbreviated_numbers("tax_number") == ["tax_no", "tax_nr", "tax_num", "tax_nbr", "taxno", "taxnr", "taxnum", "taxnbr"]
    assert abbreviated_numbers("steuernummer") == ["steuernr"]
    assert abbreviated_numbers("number") == abbreviated_numbers("nummer") == abbreviated_numbers("email") == []


def test_a_number_inside_a_compound_is_shortened_too() -> None:
    assert abbreviated_numbers("huisnummertoevoeging") == ["huisnrtoevoeging"]
    assert abbreviated_numbers("hausnummer_zusatz") == ["hausnr_zusatz", "hausnrzusatz"]
    assert abbreviated_numbers("nummer_toevoeging") == abbreviated_numbers("tax_number_type") == []


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("lo3_adres", "huis_nr_toevoeging", "straat_naam huis_nr postcode", "user.contact.address"),
    ("adressen", "huisnrtoevoeging", "straat huisnr postcode", "user.contact.address"),
    ("adressen", "hausnr_zusatz", "strasse hausnr plz", "user.contact.address"),
    ("orders", "nr_toevoeging", "customer_id total", None),
], ids=["huis_nr_toevoeging", "huisnrtoevoeging", "hausnr_zusatz", "nr_toevoeging"])
def test_a_compound_with_a_shortened_number_inside_reads_as_its_whole_term(
        table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "", siblings) == expected


@pytest.mark.parametrize(("column", "words"), [
    ("misfire_instr", ["misfire", "instr"]),  # Quartz's qrtz_triggers: an instruction, not `in` + `str` (a street)
    ("titleofcourtesy", ["title", "courtesy"]),  # a connector between words still joins them
    ("placeofbirth", ["place", "birth"]),
])
def test_a_shortened_word_is_not_split_into_a_connector_and_an_abbreviation(column: str, words: list[str]) -> None:
    assert name_words(column, vocabulary()) == words


def test_a_shortened_word_suggests_nothing_it_does_not_say() -> None:
    assert evidence("qrtz_triggers", "misfire_instr", "smallint", ["sched_name", "trigger_name", "misfire_instr"]) is None


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("patients", "bdate", "fname lname sex", "user.demographic.date_of_birth"),
    ("members", "bday", "first_name last_name email", "user.demographic.date_of_birth"),
    ("invoices", "bdate", "invoice_no customer_id total", None),  # a bill's date
    ("patients", "tele", "fname lname addr city", "user.contact.phone_number"),
    ("hospital", "tele", "name addr city fax email", None),  # the hospital's switchboard
    ("patients", "btype", "fname lname sex", "special.health"),
    ("patients", "mar_stat", "fname lname sex", "user"),
    ("patients", "taxcode", "fname lname addr city", "user.government_id.tax_id"),  # Italy's codice fiscale
    ("products", "tax_code", "name price sku", None),  # the code of the product's tax rate
], ids=["bdate", "bday", "bill_date", "tele", "hospital_tele", "btype", "mar_stat", "taxcode",
        "product_tax_code"])
def test_a_clipped_word_reads_as_the_word_it_clips_in_a_persons_row(
        table: str, column: str, siblings: str, expected: str | None) -> None:
    """The clippings schemas write (`bdate`, `bday`, `tele`, `btype`, `mar_stat`, a person's `taxcode`)
    read as the whole term, in a person's row; in a thing's row they are the thing's."""
    assert generic(table, column, "", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("hs_hr_employee", "emp_dri_lice_num", "emp_number emp_lastname emp_firstname emp_birthday",
     "user.government_id.driver_license_number"),  # OrangeHRM: driver license number
    ("patients", "mar_stat", "fname lname sex", "user"),  # marital status
    ("tblHF", "AccCode", "HFCode HFName LegalForm Phone", None),  # one clipped word: an accounting code
    ("tblFromPhone", "DocName", "DocType DocStatus LandingDate", None),  # a document's name
], ids=["dri_lice_num", "mar_stat", "AccCode", "DocName"])
def test_a_term_clipped_throughout_reads_as_the_term(table: str, column: str, siblings: str,
                                                    expected: str | None) -> None:
    """A name whose words are each clipped to their first letters, two at least, reads as the term they
    clip; one clipped word beside a whole one may clip another term (`acc`: access, account, accounting)."""
    assert generic(table, column, "varchar(50)", siblings) == expected
