"""Accounting systems as Fivetran lands them (QuickBooks, Xero, NetSuite, Sage Intacct): a ledger's chart of
accounts, keys to sales-tax codes, a ledger document's lines, the card and cheque a customer paid with and the
private notes kept on transactions; the look-alikes are a billing system's customer account, a wallet, an
OAuth authorisation code, a vendor's own account number and a flag that a note is private.
"""

from __future__ import annotations

import pytest

from helpers import generic

# charts of accounts: QuickBooks', NetSuite's, Sage Intacct's and Xero's
QUICKBOOKS_ACCOUNT = ("id name fully_qualified_name description account_number account_type account_sub_type "
                      "classification sub_account parent_account_id balance balance_with_sub_accounts tax_code_id "
                      "currency_id active created_at")
NETSUITE_ACCOUNT = ("id acctnumber accttype fullname parent description department location externalid issummary "
                    "generalrate cashflowrate eliminate isinactive")
SAGE_GL_ACCOUNT = ("recordno accountno title accounttype normalbalance closingtype category status createdby "
                   "modifiedby whencreated")
XERO_ACCOUNT = "account_id code name type class"
EXPENSE_ACCOUNTS = "expense_account_id account_number name parent_id"
# look-alikes: a subscription biller's customer account (Zuora), a residents' wallet (MicroCommunity)
ZUORA_ACCOUNT = ("id account_number name notes auto_pay balance bill_cycle_day bill_to_contact_id crm_id "
                 "parent_account_id sales_rep_name vatid status")
WALLET = "acct_id acct_name acct_type amount obj_type obj_id link room_name"


@pytest.mark.parametrize(("table", "column", "siblings"), [
    ("quickbooks.account", "name", QUICKBOOKS_ACCOUNT),
    ("quickbooks.account", "fully_qualified_name", QUICKBOOKS_ACCOUNT),
    ("quickbooks.account", "description", QUICKBOOKS_ACCOUNT),
    ("netsuite.account", "fullname", NETSUITE_ACCOUNT),
    ("netsuite.account", "parent", NETSUITE_ACCOUNT),
    ("sage_intacct.gl_account", "title", SAGE_GL_ACCOUNT),
    ("xero.account", "name", XERO_ACCOUNT),
    ("netsuite.expense_accounts", "name", EXPENSE_ACCOUNTS),
], ids=["quickbooks-name", "quickbooks-qualified-name", "quickbooks-description", "netsuite-full-name",
        "netsuite-parent", "sage-title", "xero-name", "netsuite-expense-account"])
def test_a_ledger_account_is_nobodys(table: str, column: str, siblings: str) -> None:
    assert generic(table, column, "STRING", siblings) is None


def test_a_billing_systems_account_or_a_wallet_stays_a_persons() -> None:
    assert generic("zuora.account", "name", "STRING", ZUORA_ACCOUNT) == "user.name"
    assert generic("account", "acct_name", "varchar(128)", WALLET) == "user.name"


def test_who_changed_a_ledger_account_stays_a_person() -> None:
    assert generic("sage_intacct.gl_account", "createdby", "STRING", SAGE_GL_ACCOUNT) == "user.name"


QUICKBOOKS_CUSTOMER = ("id display_name given_name family_name email phone_number fully_qualified_name "
                       "print_on_check_name default_tax_code_id company_name balance")
ITALIAN_CUSTOMER = "id first_name last_name email tax_code"


def test_a_key_to_a_tax_code_is_no_tax_id() -> None:
    assert generic("quickbooks.customer", "default_tax_code_id", "STRING", QUICKBOOKS_CUSTOMER) is None
    assert generic("quickbooks.account", "tax_code_id", "STRING", QUICKBOOKS_ACCOUNT) is None
    assert generic("customer", "tax_code", "varchar(20)", ITALIAN_CUSTOMER) == "user.government_id.tax_id"


def test_a_customers_qualified_and_cheque_names_are_names() -> None:
    assert generic("quickbooks.customer", "fully_qualified_name", "STRING", QUICKBOOKS_CUSTOMER) == "user.name"
    assert generic("quickbooks.customer", "print_on_check_name", "STRING", QUICKBOOKS_CUSTOMER) == "user.name"


JOURNAL_ENTRY_LINE = ("journal_entry_id index account_id amount description posting_type customer_id vendor_id "
                      "employee_id class_id")
SUPPORT_TICKET = "id ticket_id requester_id subject description status"


def test_a_ledger_lines_description_is_what_was_booked() -> None:
    assert generic("quickbooks.journal_entry_line", "description", "STRING", JOURNAL_ENTRY_LINE) is None
    assert generic("tickets", "description", "text", SUPPORT_TICKET) == "user.content"


# a card payment and a refund by cheque or card, with the card's details flattened under its prefix
QUICKBOOKS_PAYMENT = ("id customer_id total_amount credit_card_amount credit_card_auth_code "
                      "credit_card_billing_address_street credit_card_cc_expiry_month credit_card_cc_expiry_year "
                      "credit_card_cctrans_id credit_card_name_on_account credit_card_postal_code credit_card_status "
                      "credit_card_type private_note")
QUICKBOOKS_REFUND = ("id customer_id total_amount check_payment_account_number check_payment_bank_name "
                     "check_payment_check_number check_payment_name_on_account check_payment_status")
OAUTH_CODES = "id client_id user_id auth_code redirect_uri expires_at"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("quickbooks.payment", "credit_card_cc_expiry_month", QUICKBOOKS_PAYMENT, "user.financial.credit_card"),
    ("quickbooks.payment", "credit_card_name_on_account", QUICKBOOKS_PAYMENT, "user.name"),
    ("quickbooks.payment", "credit_card_auth_code", QUICKBOOKS_PAYMENT, None),
    ("quickbooks.payment", "credit_card_cctrans_id", QUICKBOOKS_PAYMENT, None),
    ("oauth_codes", "auth_code", OAUTH_CODES, "user.authorization.credentials"),
    ("quickbooks.refund_receipt", "check_payment_account_number", QUICKBOOKS_REFUND, "user.financial.bank_account"),
    ("quickbooks.refund_receipt", "check_payment_name_on_account", QUICKBOOKS_REFUND, "user.name"),
    ("quickbooks.refund_receipt", "check_payment_check_number", QUICKBOOKS_REFUND, None),
    ("quickbooks.refund_receipt", "check_payment_bank_name", QUICKBOOKS_REFUND, None),
], ids=["card-expiry-month", "card-holder", "processors-auth-code", "processors-transaction", "oauth-code",
        "cheque-account", "cheque-holder", "cheque-number", "cheque-bank"])
def test_the_card_and_cheque_a_customer_paid_with(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "STRING", siblings) == expected


QUICKBOOKS_VENDOR = "id display_name company_name given_name family_name account_number tax_identifier"
QUICKBOOKS_BILL = "id vendor_id doc_number due_date total_amount balance private_note"
REDMINE_JOURNAL = "id journalized_id journalized_type user_id notes created_on private_notes"


def test_a_private_note_is_what_a_person_wrote() -> None:
    assert generic("quickbooks.bill", "private_note", "STRING", QUICKBOOKS_BILL) == "user.content"
    assert generic("journals", "private_notes", "boolean", REDMINE_JOURNAL) is None


def test_a_vendors_account_number_is_the_vendors() -> None:
    assert generic("quickbooks.vendor", "account_number", "STRING", QUICKBOOKS_VENDOR) is None


BILL_PAYMENT_LINE = ("bill_payment_id index amount bill_id check_id credit_card_charge_id deposit_id expense_id "
                     "journal_entry_id vendor_credit_id")
PAYCHECK_LINE = "id paycheck_id pay_code amount"


def test_a_line_keyed_to_a_bank_cheque_pays_no_wage() -> None:
    assert generic("quickbooks.bill_payment_line", "amount", "FLOAT64", BILL_PAYMENT_LINE) is None
    assert generic("paycheck_line", "amount", "numeric(12,2)", PAYCHECK_LINE) == "user"


QUICKBOOKS_ADDRESS = "id line_1 line_2 city country country_sub_division_code postal_code latitude longitude"


def test_a_country_subdivision_is_an_address_part() -> None:
    assert generic("quickbooks.address", "country_sub_division_code", "STRING", QUICKBOOKS_ADDRESS) == \
        "user.contact.address"
    assert generic("iso_3166_2", "country_subdivision_code", "char(6)", "code name country_subdivision_code") is None


ZUORA_CHARGE = "id rate_plan_id name charge_type charge_model rev_rec_code rev_rec_trigger_condition"
ACCOUNT_RECOVERY = "id user_id email rec_code created_at"


def test_a_revenue_recognition_code_is_no_recovery_code() -> None:
    assert generic("zuora.rate_plan_charge", "rev_rec_code", "STRING", ZUORA_CHARGE) is None
    assert generic("account_recovery", "rec_code", "varchar(20)", ACCOUNT_RECOVERY) == "user.authorization.credentials"


ZUORA_PAYMENT = "id account_id amount gateway soft_descriptor soft_descriptor_phone comment"
ZUORA_CONTACT = "id account_id first_name last_name work_email work_phone"


def test_a_card_statements_descriptor_is_the_merchants() -> None:
    assert generic("zuora.payment", "soft_descriptor_phone", "STRING", ZUORA_PAYMENT) is None
    assert generic("zuora.contact", "work_phone", "STRING", ZUORA_CONTACT) == "user.contact.phone_number"


QUICKBOOKS_INVOICE = ("id customer_id doc_number total_amount custom_p_o_number custom_sales_rep billing_email "
                      "private_note")
SALES_ORDER_HEADER = "SalesOrderID CustomerID SalesPersonID TerritoryID SubTotal"


def test_a_sales_rep_named_as_text_is_a_person() -> None:
    assert generic("quickbooks.invoice", "custom_sales_rep", "STRING", QUICKBOOKS_INVOICE) == "user.name"
    assert generic("Sales.SalesOrderHeader", "SalesPersonID", "int", SALES_ORDER_HEADER) is None


QUICKBOOKS_VENDOR_ROW = ("id display_name company_name given_name middle_name family_name suffix title "
                         "print_on_check_name primary_phone email web_url account_number vendor_1099")
SOLE_TRADER_VENDOR = "id display_name given_name family_name primary_phone email vendor_1099"


def test_a_vendor_with_a_company_name_calls_itself_by_it() -> None:
    assert generic("quickbooks.vendor", "display_name", "STRING", QUICKBOOKS_VENDOR_ROW) is None
    assert generic("quickbooks.vendor", "given_name", "STRING", QUICKBOOKS_VENDOR_ROW) == "user.name"
    assert generic("quickbooks.vendor", "display_name", "STRING", SOLE_TRADER_VENDOR) == "user.name"
