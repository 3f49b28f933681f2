"""Bank transfers, bookings and direct debits: the counterparty's account and name, the purpose the payer
wrote, the SEPA mandate reference and a bank account's customer number, as online-banking clients
(Hibiscus), club software (JVerein), billing systems' statement imports (LMS's `cashimport`) and
ISO 20022 messages name them; the look-alikes are a transfer's own codes and identifiers, a bank code
with no account (a bank's message, a directory of banks) and a person's row where the club writes the text.
"""

from __future__ import annotations

import pytest

from helpers import generic

# Hibiscus (HBCI/FinTS): a SEPA transfer, a batch booking, an account's transaction, a debit it collects
SEPA_TRANSFER = ("id konto_id empfaenger_konto empfaenger_name empfaenger_bic betrag zweck termin ausgefuehrt "
                 "endtoendid pmtinfid purposecode")
BATCH_BOOKING = "id sueberweisung_id gegenkonto_nr gegenkonto_blz gegenkonto_name betrag zweck zweck2 zweck3 typ warnung"
TRANSACTION = ("id konto_id empfaenger_konto empfaenger_blz empfaenger_name betrag zweck zweck2 datum valuta saldo "
               "primanota art customerref kommentar gvcode endtoendid mandateid creditorid purposecode")
ACCOUNT = "id kontonummer unterkonto blz name bezeichnung kundennummer waehrung saldo kommentar iban bic"
# JVerein: a club's booking of an incoming payment, a manual payment, and a course participant it debits
CLUB_BOOKING = "id umsatzid konto name betrag zweck zweck2 datum art kommentar buchungsart"
COURSE_PARTICIPANT = "id name vzweck1 vzweck2 blz konto betrag geburtsdatum geschlecht eingabedatum"
# LMS: a bank statement's line imported to match payments to customers
CASH_IMPORT = "id date value customer description customerid hash closed sourceid srcaccount operdate extid"
# English schemas: a payments API's transfer, a bank statement line
STATEMENT_LINE = "id bank_account_id counterparty_name counterparty_iban counterparty_bic amount_cents description"
SETTINGS = "id name value description"
# a message the bank sent to all its customers, a directory of banks
BANK_MESSAGE = "id blz nachricht datum gelesen"
BANK_DIRECTORY = "id blz bic name ort"
SPANISH_BANKS = "id sede_id codigo nombre descripcion codigo_swift es_activo"
INTERNATIONAL_TRANSFER = "id_transf_int id_cuenta_origen banco_destino codigo_swift pais_destino iban_cuenta_destino"
# FacturaScripts' customer accounts, Dolibarr's third party's bank details (RIB)
CUSTOMER_ACCOUNT = "codcliente codcuenta descripcion fmandato iban mandato principal swift"
THIRD_PARTY_RIB = "rowid fk_soc label bank code_banque code_guichet number cle_rib bic iban_prefix proprio rum"
ROOMS = "id rum vaning antal_platser"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("aueberweisung", "empfaenger_konto", SEPA_TRANSFER, "user.financial.bank_account"),
    ("aueberweisung", "empfaenger_bic", SEPA_TRANSFER, "user.financial.bank_account"),
    ("sueberweisungbuchung", "gegenkonto_nr", BATCH_BOOKING, "user.financial.bank_account"),
    ("sueberweisungbuchung", "gegenkonto_blz", BATCH_BOOKING, "user.financial.bank_account"),
    ("sueberweisungbuchung", "gegenkonto_name", BATCH_BOOKING, "user.name"),
    ("transactions", "counterparty_iban", STATEMENT_LINE, "user.financial.bank_account"),
    ("cashimport", "srcaccount", CASH_IMPORT, "user.financial.bank_account"),
    ("aueberweisung", "endtoendid", SEPA_TRANSFER, None),
    ("aueberweisung", "pmtinfid", SEPA_TRANSFER, None),
], ids=["sepa-payee-account", "sepa-payee-bic", "batch-counter-account", "batch-counter-bank-code",
        "batch-counter-name", "english-counterparty-iban", "imported-payers-account", "end-to-end-id",
        "payment-information-id"])
def test_a_transfers_counterparty_is_a_persons_account(table: str, column: str, siblings: str,
                                                        expected: str | None) -> None:
    assert generic(table, column, "varchar(40)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("umsatz", "zweck", TRANSACTION, "user.content"),
    ("sueberweisungbuchung", "zweck3", BATCH_BOOKING, "user.content"),
    ("buchung", "zweck2", CLUB_BOOKING, "user.content"),
    ("buchung", "name", CLUB_BOOKING, "user.name"),
    ("cashimport", "description", CASH_IMPORT, "user.content"),
    ("cashimport", "customer", CASH_IMPORT, "user.name"),
    ("transactions", "description", STATEMENT_LINE, "user.content"),
    ("umsatz", "purposecode", TRANSACTION, None),
    ("kursteilnehmer", "vzweck1", COURSE_PARTICIPANT, None),
    ("settings", "description", SETTINGS, None),
    ("settings", "name", SETTINGS, None),
], ids=["transaction-purpose", "booking-third-purpose-line", "club-booking-purpose", "club-booking-payer",
        "imported-remittance-text", "imported-payer-name", "statement-line-description", "iso-purpose-code",
        "debit-text-in-a-persons-row", "settings-description", "settings-name"])
def test_the_purpose_a_payer_wrote_is_their_text(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(140)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("umsatz", "mandateid", "varchar(100)", TRANSACTION, "user.financial"),
    ("cuentasbcocli", "mandato", "varchar(35)", CUSTOMER_ACCOUNT, "user.financial"),
    ("llx_societe_rib", "rum", "varchar(32)", THIRD_PARTY_RIB, "user.financial"),
    ("payments", "mandate_id", "bigint", "id mandate_id amount", None),
    ("lokal", "rum", "varchar(32)", ROOMS, None),
], ids=["mandate-reference", "spanish-mandate-beside-iban", "french-rum-beside-iban", "mandate-key",
        "swedish-room"])
def test_a_sepa_mandate_reference_is_the_debtors(table: str, column: str, column_type: str, siblings: str,
                                                  expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("konto", "kundennummer", ACCOUNT, "user"),
    ("konto", "unterkonto", ACCOUNT, "user.financial.bank_account"),
    ("invoices", "number", "id number customer_id amount iban bic", None),
    ("systemnachricht", "blz", BANK_MESSAGE, None),
    ("bankleitzahlen", "bic", BANK_DIRECTORY, None),
    ("konto", "blz", ACCOUNT, "user.financial.bank_account"),
    ("bancos", "codigo_swift", SPANISH_BANKS, None),
    ("adherents", "bic", "id nom prenom email rib bic", "user.financial.bank_account"),
    ("clienti", "codice_abi", "id nome cognome codice_fiscale codice_iban codice_abi codice_cab",
     "user.financial.bank_account"),
], ids=["bank-customer-number", "sub-account", "invoice-number-beside-sellers-iban", "bank-message-bank-code",
        "bank-directory-bic", "account-bank-code", "spanish-bank-directory-swift", "french-bic-beside-rib",
        "italian-bank-code-beside-iban"])
def test_a_bank_code_is_personal_only_beside_an_account(table: str, column: str, siblings: str,
                                                        expected: str | None) -> None:
    assert generic(table, column, "varchar(30)", siblings) == expected


def test_a_charge_billed_to_a_member_carries_the_clubs_text() -> None:
    """JVerein's `abrechnung`: what the club debits a member for, keyed to the member, is the club's text;
    the same purpose lines in a booking of an incoming payment are the payer's."""
    billed = "id mitglied datum zweck1 zweck2 betrag"
    assert generic("abrechnung", "zweck1", "varchar(27)", billed) is None
    assert generic("buchung", "zweck", "varchar(35)", CLUB_BOOKING) == "user.content"


def test_a_statement_line_keyed_to_the_user_who_imported_it_is_a_transfer() -> None:
    """A Sparkasse CSV export loaded into a person's finance app: the row is keyed to its user, and the
    payee's IBAN beside it makes it a transfer, whose purpose and payee are the other party's."""
    imported = "id id_users Auftragskonto Buchungstag Buchungstext Verwendungszweck Beguenstigter IBAN BIC Betrag"
    assert generic("sskm", "Verwendungszweck", "varchar(300)", imported) == "user.content"
    assert generic("sskm", "Beguenstigter", "varchar(100)", imported) == "user.name"
