"""Payroll: what a person is paid and what is deducted from it. A payroll result keyed to a worker (a Bulgarian
payroll's monthly result, a salary slip, a Swiss `loehne` row), the rate a field-service company pays its
technician, the part of a salary paid into one account and a pay figure named before a currency or a pay group;
the look-alikes are a month's payroll parameters, an expense report, an invoice, a customer's price and a type's
default rate.
"""

from __future__ import annotations

import pytest

from helpers import generic

# a Bulgarian payroll's monthly result per worker (idrab: the worker, rabotnik), Latin transliteration
BG_RESULT = ("id id_period idrab id_otdel m_rab day_used avans zaplata sum_otpuska sum_bol_rab sum_pensii sum_zoo "
             "sum_dod sum_end")
# the month's parameters of the same payroll: the minimum wage and the contribution rates, keyed to nobody
BG_MONTH = "id id_period pmonth pyear min_rab_zaplata max_os_prag p_pensii1 p_zo coef"
SLIP = ("name employee employee_name currency exchange_rate payment_days hour_rate gross_pay total_deduction net_pay "
        "rounded_total total_income_tax")
LOEHNE = "id mitarbeiter_id datum bruttolohn ahv_iv_eo alv pensionskasse quellensteuer nettolohn"
EXPENSES = "id employee_id expense_amount advance_amount"
INVOICES = "id customer_id salary_note amount tax total"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("ls_result", "zaplata", "decimal(10,2)", BG_RESULT, "user"),
    ("ls_result", "avans", "decimal(10,2)", BG_RESULT, "user"),
    ("ls_result", "sum_pensii", "decimal(6,2)", BG_RESULT, "user"),
    ("ls_result", "sum_dod", "decimal(6,2)", BG_RESULT, "user"),
    ("ls_result", "day_used", "tinyint(3)", BG_RESULT, None),
    ("ls_monthpar", "p_pensii1", "decimal(6,2)", BG_MONTH, None),
    ("ls_monthpar", "max_os_prag", "decimal(10,2)", BG_MONTH, None),
    ("tabSalary Slip", "total_deduction", "decimal(21,9)", SLIP, "user"),
    ("tabSalary Slip", "total_income_tax", "decimal(21,9)", SLIP, "user"),
    ("tabSalary Slip", "exchange_rate", "decimal(21,9)", SLIP, None),
    ("tabSalary Slip", "payment_days", "decimal(21,9)", SLIP, None),
    ("loehne", "pensionskasse", "numeric", LOEHNE, "user"),
    ("loehne", "quellensteuer", "numeric", LOEHNE, "user"),
    ("expenses", "expense_amount", "decimal(10,2)", EXPENSES, None),
    ("invoices", "amount", "decimal(10,2)", INVOICES, None),
], ids=["bg-salary", "bg-advance", "bg-pension-contribution", "bg-income-tax", "bg-days-used",
        "bg-month-contribution-rate", "bg-month-insurable-ceiling", "slip-total-deduction", "slip-income-tax",
        "slip-exchange-rate", "slip-payment-days", "loehne-pension-fund", "loehne-withholding-tax",
        "expense-report-amount", "invoice-amount"])
def test_a_payroll_results_money_is_the_workers_pay(table: str, column: str, column_type: str, siblings: str,
                                                   expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


def test_a_flag_named_for_employees_keys_no_payroll_row() -> None:
    # Frappe's link `employee` beside the `employee_name` it copies keys the slip to the worker; Dolibarr's
    # `llx_user.employee` alone is a flag (1 if the user is an employee), no key to a worker's row
    assert generic("tabSalary Slip", "rounded_total", "decimal(21,9)", SLIP) == "user"
    siblings = "rowid login employee salary discount_limit"
    assert generic("llx_user", "discount_limit", "double(24,8)", siblings) is None


INTERVENTION_TECHNICIANS = ("id idintervento idtecnico orario_inizio km prezzo_ore_unitario prezzo_km_unitario "
                            "prezzo_ore_unitario_tecnico prezzo_km_unitario_tecnico")
RATE_CARD = "id idtecnico idtipointervento costo_ore costo_km costo_ore_tecnico costo_km_tecnico"
INTERVENTION_TYPES = "idtipointervento descrizione costo_orario costo_km costo_orario_tecnico costo_km_tecnico"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("in_interventi_tecnici", "prezzo_ore_unitario_tecnico", INTERVENTION_TECHNICIANS, "user"),
    ("in_interventi_tecnici", "prezzo_km_unitario_tecnico", INTERVENTION_TECHNICIANS, "user"),
    ("in_interventi_tecnici", "prezzo_ore_unitario", INTERVENTION_TECHNICIANS, None),
    ("in_tariffe", "costo_km_tecnico", RATE_CARD, "user"),
    ("in_tariffe", "costo_km", RATE_CARD, None),
    ("in_tipiintervento", "costo_orario_tecnico", INTERVENTION_TYPES, None),
], ids=["intervention-technicians-hourly", "intervention-technicians-per-km", "intervention-customers-price",
        "rate-card-technicians", "rate-card-customers", "type-default-keyed-to-nobody"])
def test_a_rate_qualified_by_the_worker_it_is_keyed_to_is_their_pay(table: str, column: str, siblings: str,
                                                                  expected: str | None) -> None:
    assert generic(table, column, "float(12,4)", siblings) == expected


def test_the_part_of_a_salary_paid_into_an_account_is_pay() -> None:
    direct_debit = "id salary_id dd_routing_num dd_account dd_amount dd_account_type dd_transaction_type"
    assert generic("hs_hr_emp_directdebit", "dd_amount", "decimal(11,2)", direct_debit) == "user"
    structure_line = "id salary_structure_id component amount"
    assert generic("salary_structure_details", "amount", "decimal(11,2)", structure_line) is None


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("pay_stub_entry", "ytd_amount", "id pay_stub_id rate units ytd_units amount ytd_amount", "user"),
    ("pay_stub_entry", "ytd_units", "id pay_stub_id rate units ytd_units amount ytd_amount", None),
    ("overtime_totals", "ytd_amount", "id pay_period_id branch_id ytd_amount", None),
], ids=["pay-stub-line-year-to-date", "pay-stub-line-units", "pay-periods-total"])
def test_a_line_of_a_pay_slip_is_part_of_the_persons_pay(table: str, column: str, siblings: str,
                                                          expected: str | None) -> None:
    assert generic(table, column, "numeric(9,2)", siblings) == expected


@pytest.mark.parametrize(("column", "expected"), [
    ("annual_currency_summary_primary_compensation_basis", "user"),
    ("pay_group_frequency_primary_compensation_basis", "user"),
    ("pay_group_frequency_currency", None),
], ids=["compensation-basis-after-currency", "compensation-basis-after-pay-group", "pay-groups-currency"])
def test_a_pay_figure_named_last_is_pay_whatever_comes_before(column: str, expected: str | None) -> None:
    siblings = "worker_id worker_code first_name last_name hire_date"
    assert generic("worker_history", column, "numeric", siblings) == expected


@pytest.mark.parametrize(("column", "expected"), [("tjm", "user"), ("thm", "user"), ("weeklyhours", None)],
                         ids=["daily-rate", "hourly-rate", "weekly-hours"])
def test_french_daily_and_hourly_rates_in_a_users_row_are_pay(column: str, expected: str | None) -> None:
    siblings = "rowid login lastname firstname email salary weeklyhours thm tjm"
    assert generic("llx_user", column, "double(24,8)", siblings) == expected


AFFILIATES = ("profileId username firstName lastName email birthDate bankAccount amount totalPayment lastPayment "
              "lastPaymentDate")
AFFILIATE_CODES = "id code event_id discount_amount sales_volume unique_visitors created_at"  # codes, no one's row
CUSTOMERS = "id first_name last_name email birth_date bank_account total_payment"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("ph7_affiliates", "amount", AFFILIATES, "user"),
    ("ph7_affiliates", "totalPayment", AFFILIATES, "user"),
    ("affiliates", "discount_amount", AFFILIATE_CODES, None),
    ("customers", "total_payment", CUSTOMERS, None),
], ids=["affiliates-amount-owed", "affiliates-total-paid", "affiliate-codes-discount", "customers-total-paid"])
def test_what_an_affiliate_is_owed_and_paid_is_their_pay(table: str, column: str, siblings: str,
                                                        expected: str | None) -> None:
    assert generic(table, column, "decimal(8,2)", siblings) == expected


@pytest.mark.parametrize(("table", "column_type", "siblings", "expected"), [
    ("users", "varchar(255)", "id first_name last_name position phone email", "user"),
    ("fs_foodsaver", "varchar(255)", "id name nachname geschlecht geb_datum email handy position", "user"),
    ("users", "integer", "id username email position", None),
    ("notes", "text", "id author_id note position", None),
], ids=["users-job-title", "foodsharing-job-title", "users-sort-order", "notes-diff-position"])
def test_a_position_written_in_a_persons_row_is_the_post_they_hold(table: str, column_type: str, siblings: str,
                                                                    expected: str | None) -> None:
    assert generic(table, "position", column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("Payroll", "deductions", "id month year basic allowances deductions net employeeId", "user"),
    ("Gehaltsabrechnung", "Abzuege", "AbrechnungsID EmpID Zahlungsdatum Bonus Abzuege", "user"),
    ("hr_payslip_line", "total", "id slip_id salary_rule_id employee_id name code rate amount quantity total", "user"),
    ("hr_payslip_line", "quantity", "id slip_id salary_rule_id employee_id name code rate amount quantity total", None),
    ("sale_order_line", "price_subtotal", "id order_id employee_id price_unit price_subtotal discount", None),
], ids=["payroll-deductions", "gehaltsabrechnung-deductions", "payslip-line-total", "payslip-line-quantity",
        "sale-line-by-an-employee"])
def test_a_table_named_for_pay_and_keyed_to_a_worker_holds_their_pay(table: str, column: str, siblings: str,
                                                                      expected: str | None) -> None:
    assert generic(table, column, "decimal(10,2)", siblings) == expected
