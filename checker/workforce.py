"""HR, payroll and workforce systems: the tables of one employee's (or candidate's) details that such
systems keep beside the employee's own row (OrangeHRM's `hs_hr_emp_skill` and `hs_hr_emp_us_tax`, Odoo's
`hr_employee_skill`, IceHrm's `EmployeeLanguages`, Workday's `military_service` and `worker_leave_status`):
qualifications, military service, tax withholding, leave and the requests for it, expense claims and the end
of employment. Each answers whether a column of such a table is the person's own attribute rather than the
table's bookkeeping; checker.classify decides the category.
"""

from __future__ import annotations

from functools import cache

from checker.name_translations import translation_table
from checker.name_words import KEY_WORDS, PERSON, Vocabulary, name_words, singular_word
from checker.table_context import TableContext

# what a person has or is qualified in, listed once and linked to each person who has it: a table named
# for a person and one of these (`emp_skill`, `employee_languages`, `user_certifications`) says which the
# person has (not a licence: its own number and dates are the document; not a location or a project)
QUALIFICATIONS = frozenset({"skill", "language", "certification", "certificate", "qualification", "competency",
                            "competence", "membership", "accreditation", "hobby"})
_CODE_WORDS = frozenset({"code", "cd"})


def qualification_key(words: list[str], context: TableContext) -> bool:
    """`hs_hr_emp_skill.skill_id`, `hs_hr_emp_language.lang_id`, Odoo's `hr_employee_skill.skill_id`: in a
    table of a person's own rows named for a qualification, keyed to the person, the key into the list of
    them is the person's skill or language, as `education_id` is their education; a key to something
    else there (`skill_level_id`, `skill_type_id`) or the list itself (`ohrm_skill.id`) is none."""
    head = singular_word(context.words[-1]) if context.words else ""
    if not context.persons_own or head not in QUALIFICATIONS or len(words) != 2:
        return False
    named, mark = words
    return (mark in KEY_WORDS or mark in _CODE_WORDS) and _names(named, head)


def _names(word: str, noun: str) -> bool:
    """The noun, or its clipped form of three letters or more (`lang` for language, `cert`)."""
    word = singular_word(word)
    return word == noun or (len(word) >= 3 and noun.startswith(word))


# a table of a person's service in the armed forces (Workday's `military_service`, a state's `military_service`
# record keyed to a person's file, `member_military`), named so or with a word for one row of such a record
_MILITARY = frozenset({"military"})
_SERVICE_RECORD_HEADS = frozenset({"military", "service", "history", "record", "detail", "info", "information",
                                   "status", "episode"})
# what such a record says of the person: the branch they served in (`service`, `branch`), their rank and pay
# grade, their status, the type of their discharge; and what was written about it
MILITARY_PARTICULARS = frozenset({"service", "branch", "rank", "grade", "status", "type", "discharge", "component",
                                  "unit", "character"})
_WRITTEN = frozenset({"note", "notes", "comment", "comments", "remark", "remarks"})


def military_service_detail(words: list[str], sql_type: str, table_words: tuple[str, ...],
                            siblings: tuple[str, ...], vocab: Vocabulary) -> str | None:
    """`military_service.rank`, `.discharge_type`, `.status_id`, `member_military.last_pay_grade`: in a record of a
    person's military service, keyed to the person (or to their personal file), the branch, rank, grade, status
    and discharge type are the person's (`user`), the notes on it what was written about them (`user.content`);
    its dates, its own key and the key to the person are none, as is a list of branches or ranks."""
    if (not words or not _MILITARY & set(table_words) or singular_word(table_words[-1]) not in _SERVICE_RECORD_HEADS
            or sql_type in vocab.date_types or not _keyed_to_someone(table_words, siblings, vocab)):
        return None
    stem = _without_key_marks(words)
    if not stem or len(stem) < len(words) and set(stem) <= set(table_words):
        return None  # `military_service_id`: the row's own key
    if stem[-1] in _WRITTEN and sql_type in vocab.text_types | {""}:
        return "user.content"
    return "user" if stem[-1] in MILITARY_PARTICULARS else None


def _without_key_marks(words: list[str]) -> list[str]:
    """The words before a trailing key or code word (`status_id` -> status, `discharge_type_cd` -> discharge, type)."""
    end = len(words)
    while end > 0 and (words[end - 1] in KEY_WORDS or words[end - 1] in _CODE_WORDS):
        end -= 1
    return words[:end]


def _keyed_to_someone(table_words: tuple[str, ...], siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a row holds a key to another table than its own and its particulars' lists (`personal_info_common_id`,
    `MemberId`, not `status_id`): a record of someone's, not a list of values."""
    for sibling in siblings:
        found = name_words(sibling, vocab)
        stem = _without_key_marks(found)
        if (len(stem) < len(found) and stem and stem != list(table_words) and stem != [table_words[-1]]
                and stem[-1] not in MILITARY_PARTICULARS):
            return True
    return False


# a person's own record of how their pay is taxed (OrangeHRM's `hs_hr_emp_us_tax`, an `employee_tax_profiles`
# table of W-4 elections): named for the tax, keyed to the person
_TAX_TABLES = frozenset({"tax", "taxes", "withholding", "withholdings", "w4"})
# what such a record elects or declares: how the person files, what they claim, where they are taxed
_TAX_ELECTIONS = frozenset({"filing", "exemption", "exemptions", "exempt", "allowance", "allowances", "withholding",
                            "jurisdiction", "residency"})
_QUALIFIED_LAST = frozenset({"status", "state"})  # a filing status, the state taxed in, when named as such


def tax_withholding_detail(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`hs_hr_emp_us_tax.tax_federal_status`, `.tax_work_state`, `employee_tax_profiles.federal_allowances`: in a
    table of a person's own tax withholding, keyed to the person, the filing status, the allowances or exemptions
    claimed and the states the person is taxed in are their financial particulars; a bare `status` or `state`
    there (the record's own), its dates and keys are none, as are tax tables keyed to nobody (brackets, rates)."""
    if (not context.persons_own or not _TAX_TABLES & set(context.words) or sql_type in vocab.date_types
            or not words or words[-1] in KEY_WORDS):
        return False
    return bool(_TAX_ELECTIONS & set(words)) or (len(words) > 1 and words[-1] in _QUALIFIED_LAST)


# a row of a person's leave under another head noun (Workday's `worker_leave_status`, `leave_history`,
# `absence_requests`): a record of that leave, not a list of leave kinds or a holiday calendar
_RECORD_HEADS = frozenset({"status", "history", "request", "record", "detail", "event", "entry"})


def leave_record(context: TableContext, vocab: Vocabulary) -> bool:
    """Whether a table's name says its rows record a person's leave: a leave word before a record's head noun
    (`worker_leave_status`, `employee_absence_history`); the table's head itself is checked by the caller."""
    words = context.words
    return (len(words) > 1 and singular_word(words[-1]) in _RECORD_HEADS
            and any(word in vocab.leave_tables for word in words[:-1]))


# what a request for time away says, beside its dates and kind: why the person asks, or why it was refused
_LEAVE_TEXTS = ("description", "reason", "detail", "details", "explanation")


def leave_request_text(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`llx_holiday.description`, Frappe HRMS's leave application `description`, Sentrifugo's leave request
    `reason`: in a table of a person's leave linked to them, the text of the request is what the person wrote of
    why they are away (an illness, a family matter) or what their manager answered; a table of public holidays is
    linked to nobody."""
    if not words or words[-1] not in _leave_texts() or "@linked" not in context.subjects:
        return False
    return (sql_type in vocab.text_types or not sql_type) and bool(
        context.nouns & vocab.leave_tables or leave_record(context, vocab))


@cache
def _leave_texts() -> frozenset[str]:
    """The words of a leave request's text and their forms in the languages the vocabulary reads."""
    table = translation_table()
    return frozenset(_LEAVE_TEXTS) | {form for word in _LEAVE_TEXTS for form in table.get(word, ()) if len(form) > 3}


# a table of the expenses an employee claims back from their employer (Dolibarr's `llx_expensereport`, Odoo's
# `hr_expense_sheet`, Frappe HRMS's `Expense Claim`)
_EXPENSE_CLAIMS = frozenset({"expensereport", "expense_report", "expense_claim", "expense_sheet"})


def expense_claim_text(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                       vocab: Vocabulary) -> bool:
    """`llx_expensereport.note_private`, `detail_refuse`, `detail_cancel`: in a table of expense claims keyed to
    the user who filed one (its `fk_user_author` is the claimant, no stamp), a note, description, reason or
    detail is what the employee wrote of their expenses or what their manager answered on refusing them."""
    if not words or not context.nouns & _EXPENSE_CLAIMS or not (sql_type in vocab.text_types or not sql_type):
        return False
    if not {words[0], words[-1]} & (_leave_texts() | _WRITTEN):
        return False
    return any(_keys_a_person(name_words(sibling, vocab), vocab) for sibling in siblings)


def _keys_a_person(words: list[str], vocab: Vocabulary) -> bool:
    """`fk_user_author`, `employee_id`: a key to the row of a user or an employee, whatever part they played."""
    return (len(words) > 1 and bool(set(words) & KEY_WORDS)
            and any(word in vocab.person_words for word in words if word not in KEY_WORDS))


# how a person's employment ended: a table of it (OrangeHRM's `ohrm_emp_termination`, an `employee_separations`
# table) or a column that names it (Odoo's `hr_employee.departure_reason_id`)
_LEAVING = frozenset({"termination", "separation", "dismissal", "resignation", "departure", "offboarding"})
_LEFT_JOB = frozenset({"resignation", "departure"})  # in a column's name too (not a dismissed finding's `dismissal_reason`)


def reason_for_leaving(words: list[str], context: TableContext) -> bool:
    """`ohrm_emp_termination.reason_id`, `employee_separations.reason_code`, `hr_employee.departure_reason_id`:
    the key or code of why a person's employment ended (rule 2: the code is the data), in a table of their own
    termination keyed to them or in their own row; a list of the reasons keyed to nobody is none."""
    stem = _without_key_marks(words)
    if not stem or stem[-1] != "reason" or len(stem) == len(words):
        return False  # a reason written out (`employees.departure_reason` text) is what was written: content
    if context.persons_own and _LEAVING & {singular_word(word) for word in context.words}:
        return True
    return bool(_LEFT_JOB & set(stem)) and bool(context.subjects & {PERSON, "@linked"})


# a time clock's or timesheet's rows of a person's working time (OrangeHRM's `ohrm_attendance_record`, TimeTrex's
# `punch`, a `timesheet_entries` table), keyed to the person
_TIME_RECORDS = frozenset({"attendance", "punch", "timesheet", "timecard", "clock"})


def note_on_working_time(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`ohrm_attendance_record.punch_in_note`, `punch.note`: the note a person leaves when they clock in or out,
    or on their timesheet, in a row of their working time linked to them: what they wrote (not a note in a
    list of shifts or a time clock device's own table keyed to nobody)."""
    return (bool(words) and words[-1] in _WRITTEN and sql_type in vocab.text_types and "@linked" in context.subjects
            and bool(_TIME_RECORDS & {singular_word(word) for word in context.words}))


def position_held(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`users.position varchar`, `fs_foodsaver.position`: in a table of people, a bare position written as text is
    the post the person holds (a job title, rule 9); as a number, or in a table of notes, tasks or columns (a
    diff's or a card's position), it places a row."""
    return words == ["position"] and sql_type in vocab.text_types and PERSON in context.subjects

