"""HR, payroll and workforce systems: the tables of one employee's (or candidate's) details that such
systems keep beside the employee's own row (OrangeHRM's `hs_hr_emp_skill`, Odoo's `hr_employee_skill`,
IceHrm's `EmployeeLanguages`, Workday's `military_service`). Each answers whether a column of such a table
is the person's own attribute rather than the table's bookkeeping; checker.classify decides the category.
"""

from __future__ import annotations

from checker.name_words import KEY_WORDS, singular_word
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

