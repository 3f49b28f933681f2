"""Bank transfers, bookings and direct debits as banking clients, club software, billing systems and
statement imports keep them.

A row that moves money (an amount: German `betrag`, Dutch `bedrag`, French `montant`, Italian
`importo`, Polish `kwota`, ISO 20022's `InstdAmt`) names the other side of the transfer by a
counterparty word before a part of its account: HBCI/FinTS clients write the payee or payer as
`empfaenger_konto`, `empfaenger_bic`, `gegenkonto_nr`, `gegenkonto_blz`, `gegenkonto_name`
(Hibiscus), SEPA's pain and camt messages `Dbtr`/`Cdtr` with their `DbtrAcct`, English schemas
`counterparty_iban`, `beneficiary_account`, `payee_name`, a statement import the account a payment
came from (`srcaccount`). The account's parts are the counterparty's bank account, its name theirs.
What the payer wrote for the payee, the remittance information (`zweck`, `zweck2`, `vzweck1`,
`verwendungszweck`, ISO 20022's `RmtInf`/`Ustrd`, Polish `tytul_przelewu`), is theirs: free text,
often naming a person, an invoice or a member number. Beside a counterparty's account, the row is a
statement line: its `description` (Dutch `omschrijving`, French `libelle`) is that text too, and a
bare `name` or `customer` the payer or payee as the bank gives it. A SEPA mandate reference
(`mandateid`, German `mandatsreferenz`, ISO 20022's `MndtId`; Spanish `mandato`, French `rum` for
référence unique de mandat beside an IBAN) identifies the debtor's authorisation to be debited.
A bank account's own row (an account number beside its bank code) keeps the customer number the
bank gives the holder (`kundennummer`, the FinTS customer ID) and its sub-account (`unterkonto`, the
FinTS sub-account feature); a bare `number` beside a bank code stays nobody's (an invoice prints the
seller's IBAN beside its own number).

A bank code or BIC alone identifies a bank, no person: with no account number in the row (a
message the bank sent to all its customers, `systemnachricht.blz`; a directory of banks), it is the
bank's. Amounts, currencies, dates, statuses, purpose codes (`purposecode`, an ISO code list) and
the transfer's own identifiers (`endtoendid`, `pmtinfid`) are no person's, and a debit text in a
person's own row (a course participant's `vzweck1`) or in a charge keyed to the person it bills, with no
bank account in the row (a club's `abrechnung (mitglied, zweck1, betrag)`), is what the organisation
writes, not a payer; a statement line keyed to the user who imported it (`id_users` beside its `IBAN`) is a
transfer still.
Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

import re

from checker.evidence import Evidence
from checker.name_words import PERSON, WHOLE_NUMBER_TYPES, Vocabulary

# the amount a row moves: what makes it a transfer, a booking or a statement line
_AMOUNTS = frozenset({"betrag", "amount", "amt", "value", "instdamt", "importo", "importe", "montant", "kwota",
                      "bedrag", "summe", "valor", "belopp", "beloeb", "beloep", "amountcents", "absamount"})
# the other side of a transfer, as each language's banking software names it
_COUNTERPARTIES = ("empfaenger", "zahlungsempfaenger", "auftraggeber", "zahlungspflichtiger", "zahler", "gegenkonto",
                   "counterparty", "counterpart", "beneficiary", "payee", "payer", "remitter", "debtor", "creditor",
                   "dbtr", "cdtr", "ultmtdbtr", "ultmtcdtr", "recipient", "beneficiaire", "contrepartie",
                   "beneficiario", "ordinante", "ordenante", "controparte", "contraparte", "kontrahent", "odbiorca",
                   "nadawca", "begunstigde", "tegenrekening", "tegenpartij", "beguenstigter", "paymentparty",
                   "sender", "receiver", "src", "source", "dst", "dest", "destination", "from", "to")
# the parts of a counterparty's account after its word (`empfaenger_konto`, `gegenkonto_blz`, `dbtr_acct`)
_ACCOUNT_PARTS = frozenset({"konto", "kontonr", "kontonummer", "ktonr", "nr", "nummer", "blz", "bankleitzahl", "bic",
                            "iban", "swift", "account", "acct", "accountno", "accountnr", "accountnumber", "acctno",
                            "bankcode", "sortcode", "routingnumber", "rekening", "rekeningnummer", "compte",
                            "cuenta", "conto", "rachunek", "nrrachunku", "numerrachunku", "agt", "bicfi"})
_ACCOUNTS_ALONE = frozenset({"gegenkonto", "tegenrekening"})  # a counter account named by the word alone
_NAME_PARTS = frozenset({"name", "naam", "nom", "nombre", "nome", "nazwa", "nm", "inhaber", "holder"})
# what the payer writes for the payee, in a row that moves money
_PURPOSES = frozenset({"zweck", "vzweck", "verwendungszweck", "verwendung", "zahlungsgrund", "rmtinf", "ustrd",
                       "remittanceinformation", "remittanceinfo", "remittance", "remittancetext",
                       "tytulprzelewu", "tytulplatnosci"})
# a statement line's text, the purpose only beside a counterparty's account
_DESCRIPTIONS = frozenset({"description", "descr", "memo", "purpose", "usage", "usagetext", "omschrijving", "libelle",
                           "concepto", "opis", "descrizione", "beschreibung", "buchungsdetails"})
# the payer or payee of a statement line, named bare
_PARTIES = frozenset({"name", "customer", "kunde", "payer", "payee", "remitter", "zahler", "auftraggeber",
                      "empfaenger", "beguenstigter", "beneficiary", "counterparty", "nadawca", "odbiorca", "kontrahent",
                      "begunstigde", "beneficiaire", "beneficiario", "ordinante", "ordenante"})
# the SEPA mandate reference: anywhere as text, and by a word other things share beside an IBAN
_MANDATES = frozenset({"mandateid", "mandatereference", "mandateref", "mandatsreferenz", "mandatsref", "mandatref",
                       "mandatid", "mndtid", "mandatereferencenumber"})
_MANDATES_BESIDE_AN_IBAN = frozenset({"mandato", "mandat", "mandate", "rum", "referenciamandato"})
# a bank account's row: its number, and the bank it is kept at
_ACCOUNT_NUMBERS = frozenset({"kontonummer", "kontonr", "konto", "ktonr", "accountnumber", "accountno", "accountnr",
                              "acctno", "account", "iban", "ibanprefix", "number", "nummer", "numero", "numerocompte",
                              "numerocuenta", "cuenta", "compte", "rekening", "rekeningnummer", "nrrachunku",
                              "numerrachunku", "contocorrente", "rib", "bankverbindung", "clabe", "cbu"})
_BANK_CODES = frozenset({"blz", "bankleitzahl", "bankcode", "sortcode", "routingnumber", "codebanque", "codigobanco",
                         "codiceabi", "kodbanku", "bic", "swift", "swiftcode", "biccode", "bicswift", "swiftbic",
                         "codigoswift", "codiceswift", "codeswift", "kodswift", "codigobic", "codicebic", "codebic",
                         "kodbic", "codigoswiftbic"})
# what names a bank account inside a longer name (`iban_cuenta_destino`, `num_cuenta_bancaria`)
_ACCOUNT_WORDS = ("iban", "konto", "account", "acct", "cuenta", "compte", "rekening", "rachun")
_IBANS = frozenset({"iban", "ibanprefix", "bic", "swift"})
_SUB_ACCOUNTS = frozenset({"unterkonto", "unterkontonummer", "unterkontomerkmal", "subaccountnumber"})
_CUSTOMER_NUMBERS = frozenset({"kundennummer", "kundennr", "kundenid", "kundenkennung", "customernumber",
                               "customerno", "customernr"})
_SUFFIX = re.compile(r"\d+$")  # `zweck2`, `vzweck1`, `name3`: one of a row's numbered lines


def _plain(name: str) -> str:
    """The name lower case and run together, without the number of its line (`vzweck1`: `vzweck`)."""
    folded = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return _SUFFIX.sub("", re.sub(r"[^a-z0-9]", "", folded))


def _counterparty_part(plain: str) -> str | None:
    """What follows a counterparty word (`empfaengerkonto`: `konto`), `""` for a counter account named alone."""
    if plain in _ACCOUNTS_ALONE:
        return ""
    for party in _COUNTERPARTIES:
        if plain.startswith(party) and len(plain) > len(party):
            return plain[len(party):]
    return None


def _counterpartys_account(plain: str) -> bool:
    part = _counterparty_part(plain)
    return part is not None and (part in _ACCOUNT_PARTS or part == "")


def _moves_money(siblings: set[str]) -> bool:
    return bool(siblings & _AMOUNTS)


def _statement_line(siblings: set[str]) -> bool:
    """A row moving money to or from a counterparty's account, or with the payer's purpose text."""
    return _moves_money(siblings) and any(_counterpartys_account(sibling) or sibling in _PURPOSES
                                          for sibling in siblings)


def _bank_account_row(siblings: set[str]) -> bool:
    """An account number beside the bank code or BIC of the bank that keeps it."""
    return bool(siblings & _BANK_CODES) and any(sibling in _ACCOUNT_NUMBERS for sibling in siblings)


def bank_transfer_detail(column: str, sql_type: str, siblings: tuple[str, ...], subjects: frozenset[str],
                         vocab: Vocabulary) -> Evidence | None:
    """A counterparty's account or name, the payer's purpose text, a mandate reference or a bank account's
    customer number in a row of a transfer, a booking or a bank account (see the module's docstring).
    `subjects`: what the table is about (table_context); in a person's own row, or in a charge keyed to a
    person with no bank account in the row, the text is what the organisation writes."""
    if sql_type in WHOLE_NUMBER_TYPES:
        return None  # `konto integer`, `mandate_id bigint`: a key to the row that holds it
    plain, others = _plain(column), {_plain(sibling) for sibling in siblings if sibling != column}
    billed = PERSON in subjects or ("@linked" in subjects and not any(
        other in _ACCOUNT_NUMBERS or _counterpartys_account(other) for other in others))
    key = _counterparty_key(plain, others) or _statement_key(plain, others, billed) or _mandate_key(plain, others) \
        or _account_row_key(plain, others)
    if key is None:
        return None
    key_name, why = key
    return Evidence(vocab.by_key[key_name], True, f"its name: {why} ('{column}')")


def _counterparty_key(plain: str, others: set[str]) -> tuple[str, str] | None:
    part = _counterparty_part(plain)
    if part is None or not (_moves_money(others) or others & _PURPOSES or others & _MANDATES):
        return None
    if part in _ACCOUNT_PARTS or part == "":
        return "user.financial.bank_account", "the account of a transfer's counterparty"
    if part in _NAME_PARTS and any(_counterpartys_account(other) for other in others):
        return "user.name", "the name of a transfer's counterparty"
    return None


def _statement_key(plain: str, others: set[str], billed: bool) -> tuple[str, str] | None:
    if billed or not _statement_line(others | {plain}):
        return None
    if plain in _PURPOSES:
        return "user.content", "the purpose the payer wrote for a transfer"
    beside_an_account = any(_counterpartys_account(other) for other in others)
    if plain in _DESCRIPTIONS and beside_an_account:
        return "user.content", "the text of a statement line beside the counterparty's account"
    if plain in _PARTIES and (beside_an_account or others & _PURPOSES):
        return "user.name", "the payer or payee of a transfer, named bare"
    return None


def _mandate_key(plain: str, others: set[str]) -> tuple[str, str] | None:
    if plain in _MANDATES or (plain in _MANDATES_BESIDE_AN_IBAN and others & _IBANS):
        return "user.financial", "the reference of a SEPA direct-debit mandate"
    return None


def _account_row_key(plain: str, others: set[str]) -> tuple[str, str] | None:
    if not _bank_account_row(others | {plain}):
        return None
    if plain in _SUB_ACCOUNTS:
        return "user.financial.bank_account", "the sub-account of a bank account"
    if plain in _CUSTOMER_NUMBERS:
        return "user", "the customer number the bank gives an account's holder"
    return None


def banks_own_code(column: str, siblings: tuple[str, ...]) -> bool:
    """A bank code or BIC in a row with no account number: the bank's (a message it sent, a directory of banks)."""
    plain = _plain(column)
    if plain not in _BANK_CODES:
        return False
    others = {_plain(sibling) for sibling in siblings if sibling != column}
    return not any(other in _ACCOUNT_NUMBERS or any(word in other for word in _ACCOUNT_WORDS)
                   or _counterpartys_account(other) for other in others)
