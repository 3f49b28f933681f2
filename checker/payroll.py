"""Payroll: what a person is paid and what is deducted from it, wherever an application keeps it. A payroll
result row keyed to a worker (Imakante's `ls_result (idrab, zaplata, avans, sum_pensii ...)`, a salary slip's
gross and net pay, each contribution and the income tax withheld), the rate a field-service company pays its
technician (OpenSTAManager's `in_tariffe (idtecnico, costo_ore_tecnico)`), the part of a salary paid into one
account (OrangeHRM's `hs_hr_emp_directdebit (salary_id, dd_amount)`) and the commissions an affiliate earns are
a person's pay (rule 3); a product's price, an invoice's amount, a rate table or a type's default rate, keyed to
no worker, are not. Each function answers whether a column is such a figure; checker.classify decides the
category.
"""

from __future__ import annotations

from functools import lru_cache

from checker.name_translations import translation_table
from checker.name_words import FRACTION_TYPES, KEY_WORDS, PERSON, Vocabulary, name_words, singular_word
from checker.table_context import TableContext

# people a business pays for their work, as a row's key names them (`idtecnico`, `employee_id`, Imakante's
# `idrab` for rabotnik), in English and as the translation table spells them in other languages
_WORKERS = ("employee", "worker", "staff", "technician", "contractor", "freelancer")
_CLIPPED_WORKERS = ("employee", "worker", "technician")  # nouns a key shortens (`emp_id`, `idrab`, `id_tecn`)
# the word for a person's pay as a payroll result names it (`zaplata`, `gross_salary`, `net_pay`)
_PAY = ("salary", "wage", "pay")
# the document a person's pay is paid out with, after a pay word (`pay_stub`, `salary_slip`, `pay_check`) or run
# together with it (`payslip`, `paystub`, `paycheck`)
_PAY_DOCUMENTS = frozenset({"stub", "slip", "check", "cheque", "payslip", "paystub", "paycheck", "paycheque"})
_CHEQUES = frozenset({"check", "cheque"})  # a pay document only after a pay word (`pay_check`) or run together
_GROSS_AND_NET = ("gross_pay", "net_pay")  # `bruttolohn`, `nettogehalt`, `salaire_net`: whole names
# what something costs or is priced at: the figure a worker's rate is named by (`prezzo_ore_tecnico`,
# `costo_km_tecnico`, `employee_cost`, `staff_rate`)
_PRICES = ("price", "cost", "rate", "tariff", "fee")
# a fraction, a share or a measure rather than money: a contribution rate, days and hours worked, kilometres
_NOT_MONEY = frozenset({"pct", "percent", "percentage", "procent", "prct", "ratio", "coef", "coefficient", "factor",
                        "rate", "day", "days", "hour", "hours", "qty", "quantity", "unit", "units", "count", "cnt",
                        "num", "number", "km", "kms", "mileage", "distance", "weight", "lat", "lng", "latitude",
                        "longitude"})
_TIME_UNITS = ("hours", "days")  # the end of a run-together measure (`weeklyhours`, `workingdays`)
_KEY_MARKS = frozenset({"id", "fk"})  # a key named run together with its table (`idtecnico`, `idrab`)
# numbers with a fractional part, and Oracle's NUMBER: money in a payroll row (whole numbers there count days,
# months, years)
FRACTIONS = FRACTION_TYPES | {"number"}


@lru_cache(maxsize=None)
def _forms(terms: tuple[str, ...]) -> frozenset[str]:
    """The English terms and their forms in the other languages (`technician` -> tecnico, techniker ...)."""
    table = translation_table()
    return frozenset(terms) | {form for term in terms for form in table.get(term, ()) if "_" not in form}


@lru_cache(maxsize=None)
def _forms_whole(terms: tuple[str, ...]) -> frozenset[str]:
    """The English terms and all their forms, compound names included (`net_pay` -> nettolohn, salaire_net)."""
    table = translation_table()
    return frozenset(terms) | {form for term in terms for form in table.get(term, ())}


def workers() -> frozenset[str]:
    """The nouns of people paid for their work, in every language the translation table knows."""
    return _forms(_WORKERS)


def names_a_worker(word: str, vocab: Vocabulary) -> bool:
    """`tecnico`, `employee`, or a clipping of an employee's, worker's or technician's noun of three letters or
    more that is no other word (`rab` for rabotnik, `tecn`, the person word `emp`); not of a staff's noun
    (`per` is no clipping of personale)."""
    word = singular_word(word)
    if word in workers():
        return True
    return (len(word) >= 3 and (word not in vocab.lexicon or word in vocab.person_words)
            and any(noun.startswith(word) and len(noun) > len(word) for noun in _forms(_CLIPPED_WORKERS)))


def worker_key(name: str, vocab: Vocabulary, siblings: tuple[str, ...] = ()) -> str | None:
    """The worker a key names (`idtecnico` -> tecnico, `employee_id`, `id_rab`, `idrab` -> rab), or None; a bare
    worker noun only beside a detail the row copies from the worker's row (Frappe's link `employee` beside
    `employee_name`), not alone (Dolibarr's `llx_user.employee` is a flag)."""
    words = name_words(name, vocab)
    if len(words) == 1 and words[0] in workers():
        copied = any(found[:1] == words and len(found) > 1 for found in (name_words(s, vocab) for s in siblings))
        return words[0] if copied else None
    if len(words) == 2 and (words[0] in _KEY_MARKS or words[1] in KEY_WORDS):
        owner = words[1] if words[0] in _KEY_MARKS else words[0]
        return owner if names_a_worker(owner, vocab) else None
    if len(words) == 1:
        token = words[0]
        for mark in _KEY_MARKS:
            if token.startswith(mark) and len(token) > len(mark) + 2 and names_a_worker(token[len(mark):], vocab):
                return token[len(mark):]
    return None


def _names_pay(words: list[str], vocab: Vocabulary) -> bool:
    """`zaplata`, `basic_salary`, `net_pay`, `bruttolohn`: a name whose last word is a person's pay, or a
    gross or net pay written as one word."""
    return bool(words) and (words[-1] in _forms(_PAY) or "_".join(words) in _forms_whole(_GROSS_AND_NET))


def _money(words: list[str], sql_type: str) -> bool:
    """A fractional figure that is no key, share or measure."""
    return (sql_type in FRACTIONS and bool(words) and words[-1] not in KEY_WORDS
            and not _NOT_MONEY & set(words) and not words[-1].endswith(_TIME_UNITS))


def payroll_figure(words: list[str], sql_type: str, siblings: tuple[str, ...], context: TableContext,
                   vocab: Vocabulary) -> bool:
    """`ls_result.sum_pensii`, `.avans`, `.zaplata`, a salary slip's `total_deduction`: in a row keyed to a worker
    that holds their pay named as such (a sibling or the column itself ends in salary, wage or pay, or the table is
    named for pay: a `payroll`, a `Gehaltsabrechnung`), every money
    figure is part of that person's pay: gross and net, advance, holiday and sick pay, each contribution, the tax
    withheld, taxable and insurable income. A row without a worker's key (a month's parameters: the minimum wage,
    the contribution rates) or without a pay figure (an expense report, an invoice) is not a payroll result;
    shares, days and hours in it are not money."""
    if not _money(words, sql_type):
        return False
    sibling_words = [name_words(sibling, vocab) for sibling in siblings]
    return (any(worker_key(sibling, vocab, siblings) for sibling in siblings)
            and ("@pay" in context.subjects or _names_pay(words, vocab)
                 or any(_names_pay(found, vocab) for found in sibling_words)))


def part_of_a_salary(words: list[str], sql_type: str, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """`hs_hr_emp_directdebit.dd_amount` beside `salary_id`, TimeTrex's `pay_stub_entry.amount` beside `pay_stub_id`:
    in a row keyed to a person's salary or pay slip, its money figure is part of that pay (what is paid into one
    account, one line of the slip); a key to a pay period, a salary structure or grade is no one's pay."""
    if not _money(words, sql_type):
        return False
    return any(_keys_pay(found) for found in (name_words(sibling, vocab) for sibling in siblings))


def _keys_pay(found: list[str]) -> bool:
    """`salary_id`, `pay_stub_id`, `salary_slip_id`, `paycheck_id`: a key to a person's salary or pay slip."""
    if len(found) < 2 or found[-1] not in KEY_WORDS:
        return False
    stem = found[:-1]
    if len(stem) == 1:  # a bare `check_id` is a bank cheque's (QuickBooks' bill payment lines), no paycheck
        return stem[0] in _forms(_PAY) or stem[0] in _PAY_DOCUMENTS - _CHEQUES
    return len(stem) == 2 and stem[0] in _forms(_PAY) and stem[1] in _PAY_DOCUMENTS


def workers_rate(words: list[str], sql_type: str, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """`in_interventi_tecnici.prezzo_ore_unitario_tecnico`, `in_tariffe.costo_km_tecnico`, `employee_cost`: a
    price, cost or rate qualified by the worker, in a row keyed to that worker, is what the worker is paid per
    hour, kilometre or call-out; the same figure unqualified is the customer's price, and a type's default rate
    (`in_tipiintervento.costo_orario_tecnico`, keyed to no worker) is nobody's."""
    if sql_type not in FRACTIONS or len(words) < 2 or words[-1] in KEY_WORDS:
        return False
    qualifiers = [word for word in words if word in workers()]
    if not qualifiers or not _forms(_PRICES) & set(words):
        return False
    keyed = {worker_key(sibling, vocab, siblings) for sibling in siblings} - {None}
    return any(_same_worker(qualifier, key) for qualifier in qualifiers for key in keyed)


def _same_worker(word: str, key: str) -> bool:
    """`tecnico` and the `tecnico` of `idtecnico`, `employee` and the `emp` of `emp_id`."""
    word, key = singular_word(word), singular_word(key)
    return word == key or word.startswith(key)


# people who promote a business for a commission (an affiliate programme's members, pH7Builder's `ph7_affiliates`,
# AffiliateWP's affiliates), and what they are owed and paid
_AFFILIATES = frozenset({"affiliate"})
_OWED_AND_PAID = frozenset({"amount", "payment", "payments", "paid", "payout", "payouts", "balance", "commission",
                            "commissions", "earning", "earnings", "owed", "due", "unpaid"})


def affiliates_earnings(words: list[str], sql_type: str, context: TableContext) -> bool:
    """`ph7_affiliates.amount`, `.totalPayment`, `.lastPayment`: in an affiliate's own row, kept with their name,
    the money owed and paid to them is the commission they earn (pay, rule 3); an affiliate code's sales figures in
    a table of codes tied to nobody (Hi.Events' `affiliates.sales_volume`) are not a person's."""
    return (PERSON in context.subjects and bool(context.words) and singular_word(context.words[-1]) in _AFFILIATES
            and _money(words, sql_type) and bool(_OWED_AND_PAID & set(words)))


def pay_figure(words: list[str], sql_type: str, siblings: tuple[str, ...], context: TableContext,
               vocab: Vocabulary) -> str | None:
    """Why a column is a person's pay, when one of this module's rules says it is."""
    if affiliates_earnings(words, sql_type, context):
        return f"what an affiliate is owed or paid ('{'_'.join(words)}')"
    if workers_rate(words, sql_type, siblings, vocab):
        return f"the rate a worker is paid ('{'_'.join(words)}'), in a row keyed to the worker"
    if payroll_figure(words, sql_type, siblings, context, vocab):
        return f"a figure of a worker's payroll result ('{'_'.join(words)}')"
    if part_of_a_salary(words, sql_type, siblings, vocab):
        return f"part of a person's salary or pay slip ('{'_'.join(words)}')"
    return None
