"""Card payment records: the card a customer paid with, as osCommerce-style carts (A2Billing's
`cc_payments`), Magento's order payments and Shopify's transactions write it; the look-alikes are a
`cc_` that is a carbon copy and a prepaid calling card that logs in.
"""

from __future__ import annotations

import pytest

from helpers import generic

OSCOMMERCE_ORDERS = ("orders_id customers_id customers_name customers_email_address payment_method cc_type cc_owner "
                     "cc_number cc_expires orders_status date_purchased currency")
MAGENTO_PAYMENT = ("entity_id parent_id method cc_type cc_owner cc_exp_month cc_exp_year cc_last4 cc_number_enc "
                   "cc_ss_issue cc_status cc_trans_id cc_avs_status cc_approval")
MAIL_QUEUE = "id subject to_email cc_name cc_email cc_type body"
CALLING_CARD = ("id creationdate firstusedate expirationdate enableexpire username useralias uipass credit lastname "
                "firstname email")
STORED_CARDS = "id customer_id cardholder card_number expirationdate"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("orders", "cc_owner", OSCOMMERCE_ORDERS, "user.name"),
    ("orders", "cc_type", OSCOMMERCE_ORDERS, "user.financial.credit_card"),
    ("orders", "cc_expires", OSCOMMERCE_ORDERS, "user.financial.credit_card"),
    ("sales_flat_order_payment", "cc_exp_month", MAGENTO_PAYMENT, "user.financial.credit_card"),
    ("sales_flat_order_payment", "cc_last4", MAGENTO_PAYMENT, "user.financial.credit_card"),
    ("sales_flat_order_payment", "cc_ss_issue", MAGENTO_PAYMENT, "user.financial.credit_card"),
    ("sales_flat_order_payment", "cc_trans_id", MAGENTO_PAYMENT, None),
    ("sales_flat_order_payment", "cc_avs_status", MAGENTO_PAYMENT, None),
    ("mail_queue", "cc_type", MAIL_QUEUE, None),
    ("mail_queue", "cc_name", MAIL_QUEUE, None),
], ids=["oscommerce-owner", "oscommerce-type", "oscommerce-expires", "magento-exp-month", "magento-last4",
        "magento-issue", "processors-transaction", "processors-avs-result", "carbon-copy-type", "carbon-copy-name"])
def test_cc_names_the_card_beside_its_number(table: str, column: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(64)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "expected"), [
    ("cc_epayment_log", "credit_card_type", "user.financial.credit_card"),
    ("transaction", "payment_credit_card_company", "user.financial.credit_card"),
    ("transaction", "credit_card_approval_code", None),
])
def test_a_cards_part_named_in_full_is_the_cards(table: str, column: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(20)", "id amount currency status") == expected


def test_a_calling_card_that_logs_in_lapses_no_payment_cards_expiry() -> None:
    assert generic("cc_card", "expirationdate", "timestamp", CALLING_CARD) is None
    assert generic("customer_cards", "expirationdate", "date", STORED_CARDS) == "user.financial.credit_card"


ZEN_CART_PAYPAL = ("paypal_ipn_id order_id txn_type payment_status mc_currency first_name last_name payer_business_name "
                   "address_street payer_email payer_id payer_status business receiver_email receiver_id txn_id mc_gross "
                   "mc_fee memo residence_country")
MARKETPLACE_PAYOUT = "id seller_id receiver_email amount currency status"


@pytest.mark.parametrize(("column", "expected"), [
    ("payer_id", "user"),
    ("payer_business_name", "user"),
    ("memo", "user.content"),
    ("residence_country", "user.contact.address.country"),
    ("receiver_email", None),
    ("business", None),
    ("txn_id", None),
])
def test_a_paypal_notification_keeps_the_payer_beside_the_merchant(column: str, expected: str | None) -> None:
    assert generic("paypal", column, "varchar(127)", ZEN_CART_PAYPAL) == expected


def test_a_receiver_outside_a_paypal_notification_is_left_to_its_name() -> None:
    assert generic("payouts", "receiver_email", "varchar(127)", MARKETPLACE_PAYOUT) == "user.contact.email"


@pytest.mark.parametrize(("column", "column_type", "siblings", "expected"), [
    ("paymentPayerID", "varchar(50)", "gibbonPaymentID gibbonPersonID type status amount gateway paymentToken "
                                      "paymentTransactionID paymentReceiptID", "user"),
    ("payer_id", "int(11)", "id session_id payer_id pay_total transaction_id", None),
    ("payer_id", "varchar(50)", "id payer_id plan_id", None),
], ids=["gateway-payer-id", "insurers-key", "no-gateway-transaction"])
def test_the_payer_id_a_payment_gateway_returns_is_the_payers(column: str, column_type: str, siblings: str,
                                                              expected: str | None) -> None:
    """Gibbon's online payments keep PayPal's PayerID beside the gateway's transaction ID; OpenEMR's
    `payer_id` is a key to an insurer."""
    assert generic("payments", column, column_type, siblings) == expected
