"""Accounting systems' ledgers and documents as data teams receive them (Fivetran's QuickBooks, Xero, NetSuite
and Sage Intacct schemas, the source tables of fivetran/dbt_quickbooks and its kin).

A chart of accounts lists the ledger accounts a business books to: QuickBooks' `account (account_type,
account_sub_type, classification, sub_account, fully_qualified_name)`, NetSuite's `account (accttype, acctnumber,
issummary, generalrate, cashflowrate)` and its `expense_accounts` and `income_accounts`, Sage Intacct's
`gl_account (accountno, accounttype, normalbalance, closingtype, title)`, Xero's `account (code, type, class)`
whose class is ASSET, EQUITY, EXPENSE, LIABILITY or REVENUE. Its name, title, description and parent are the
ledger's ("Accounts Receivable", "Office Supplies"), no person's, where an `account` of a CRM or a billing system
(Zuora's, Recurly's) is a customer's: a ledger account is known by its ledger's words (a classification, a
normal balance, sub-accounts, a summary flag, the rate types a consolidation translates it at) or by its table's
name (`gl_account`, `ledger_account`, `expense_accounts`). Who created or changed it stays a person.

A tax code is the code of a sales-tax rate (QuickBooks' TaxCode: TAX, NON, a VAT rate's code): a key into the
list of them (`tax_code_id`, a customer's `default_tax_code_id`) numbers the list's rows, no taxpayer's number.

Revenue recognition (`rev_rec_code`, NetSuite's `revrecschedule`) is how a charge's revenue is booked over time.

A line of a ledger document (a journal entry's, a deposit's: `journal_entry_line (journal_entry_id, amount,
description)`) describes what was booked ("Office rent March", a product sold): the business's text, as a
charge's description is, even where the line names the customer it was booked to.
Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

import re

from checker.name_words import KEY_WORDS, tokens

# a ledger's words among an account's columns, run together lower case: how it classifies and rolls up the account
# (an account's type alone is no mark: a wallet's `acct_type`, a bank account's checking or savings)
_LEDGER_MARKS = frozenset({"classification", "accountsubtype", "subaccount", "balancewithsubaccounts",
                           "normalbalance", "issummary", "isbalancesheet", "isleftside", "generalrate",
                           "generalratetype", "cashflowrate", "closingtype", "closingaccountno"})
# a ledger's kinds of account named before `account` in a table's name (Sage Intacct's `gl_account`)
_LEDGER_KINDS = frozenset({"gl", "ledger", "nominal", "expense", "income", "revenue"})
_ACCOUNT_NOUNS = frozenset({"account", "accounts"})
_XERO_CLASS = frozenset({"class", "type"})  # Xero's account: its class (ASSET, ...) beside its type


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def chart_of_accounts(table: str, siblings: tuple[str, ...]) -> bool:
    """A table of a ledger's accounts (see the module's docstring): named for accounts, with a ledger's word among
    its columns or a ledger's kind of account in its name."""
    words = tokens(table.rsplit(".", 1)[-1])
    if not words or words[-1] not in _ACCOUNT_NOUNS:
        return False
    if len(words) > 1 and words[-2] in _LEDGER_KINDS:
        return True
    plain = {_plain(sibling) for sibling in siblings}
    return bool(plain & _LEDGER_MARKS) or _XERO_CLASS <= plain and "code" in plain


def tax_code_key(column: str) -> bool:
    """A key into the list of sales-tax codes (`tax_code_id`, `default_tax_code_id`, `deposit_tax_code_id`)."""
    words = tokens(column)
    return len(words) > 2 and words[-1] in KEY_WORDS and words[-3:-1] == ["tax", "code"]


def revenue_recognition(column: str) -> bool:
    """A revenue recognition rule's field, `rev_rec` as billing systems abbreviate it (Zuora's `rev_rec_code`,
    `rev_rec_trigger_condition`, NetSuite's `revrecschedule`): how a charge's revenue is booked over time, where a
    `rec_code` elsewhere is a recovery code, a credential."""
    words = tokens(column)
    return any(word.startswith("revrec") for word in words) or any(
        pair == ("rev", "rec") for pair in zip(words, words[1:]))


_LINE_NOUNS = frozenset({"line", "lines"})
_AMOUNTS = frozenset({"amount", "line_amount"})


def ledger_line_description(table: str, column: str, siblings: tuple[str, ...]) -> bool:
    """A line's `description` beside its amount and the key of the document it is a line of (`journal_entry_id` in
    `journal_entry_line`): what was booked (see the module's docstring)."""
    words = tokens(table.rsplit(".", 1)[-1])
    if tokens(column) != ["description"] or len(words) < 2 or words[-1] not in _LINE_NOUNS:
        return False
    document_key = "_".join(words[:-1]) + "_id"
    lowered = {sibling.lower() for sibling in siblings}
    return document_key in lowered and bool(lowered & _AMOUNTS)
