"""Free text in a row about one person: the explanation written for a decision on a person's case (an insurance
claim adjusted, a card dispute answered) is what someone wrote about them; the explanation of a quiz question, of
a recommendation or of a module of the application is nobody's."""

from __future__ import annotations

import pytest

from helpers import generic

# openIMIS's claims, keyed to the insuree; Stripe's disputes, keyed to the charge's customer
CLAIM = "ClaimID InsureeID ClaimCode DateClaimed ClaimAdminId Claimed Approved RejectionReason"
DISPUTE = "id charge_id customer_id amount status evidence_customer_name evidence_customer_email_address"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("tblClaim", "Explanation", CLAIM, "user.content"),
    ("dispute", "evidence_refund_refusal_explanation", DISPUTE, "user.content"),
    ("sinistres", "explication", "id assure_id date_sinistre montant", "user.content"),  # a French insurer's claims
    ("aanvraag", "toelichting", "id persoon_id datum status", "user.content"),  # a Dutch application for a benefit
    ("quiz_questions", "explanation", "id topic_id question_text answer_text published", None),
    ("recommendations", "confidence_explanation", "id project_id category summary status", None),
    ("is_modulos", "explanation", "id app ativo", None),
], ids=["claim", "dispute", "french-claim", "dutch-application", "quiz-question", "recommendation", "module"])
def test_an_explanation_written_about_a_person_is_content(table: str, column: str, siblings: str,
                                                           expected: str | None) -> None:
    """An explanation in a table keyed to a person is what a caseworker or the person wrote about their case, as a
    justification is; a quiz question's, a recommendation's or a module's explanation, keyed to nobody, is not."""
    assert generic(table, column, "text", siblings) == expected


# Dolibarr's leave requests, Sentrifugo's and IceHrm's, keyed to the employee; the look-alikes list public holidays
# and a company's leave settings, keyed to nobody
HOLIDAY = "rowid fk_user fk_user_create fk_type date_create date_debut date_fin statut fk_validator"
LEAVE_REQUEST = "id user_id leavetypeid leaveday from_date to_date leavestatus rep_mang_id no_of_days createdby"
EMPLOYEE_LEAVES = "id employee leave_type leave_period date_start date_end status attachment"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("llx_holiday", "description", HOLIDAY, "user.content"),
    ("main_leaverequest", "reason", LEAVE_REQUEST, "user.content"),
    ("EmployeeLeaves", "details", EMPLOYEE_LEAVES, "user.content"),
    ("ohrm_holiday", "description", "id date recurring length operational_country_id", None),
    ("main_leavemanagement", "description", "id cal_startmonth weekend_startday department_id hours_day", None),
], ids=["dolibarr-leave", "sentrifugo-leave", "icehrm-leave", "public-holiday", "leave-settings"])
def test_the_text_of_a_request_for_leave_is_what_the_person_wrote(table: str, column: str, siblings: str,
                                                                   expected: str | None) -> None:
    """The description, reason or details of a person's leave request says why they are away (an illness, a family
    matter): what they or their manager wrote; a public holiday's or a leave policy's description is nobody's."""
    assert generic(table, column, "varchar(255)", siblings) == expected


# Dolibarr's expense reports, keyed to the employee who filed one by its author's key; an HR app's expense claims
EXPENSE_REPORT = "rowid ref total_ttc date_debut date_fin fk_user_author fk_user_validator fk_user_refuse date_refuse"
EXPENSE_CLAIM = "id employee_id category_id amount claim_date receipt_path status approved_by"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("llx_expensereport", "note_private", EXPENSE_REPORT, "user.content"),
    ("llx_expensereport", "detail_refuse", EXPENSE_REPORT, "user.content"),
    ("expense_claims", "description", EXPENSE_CLAIM, "user.content"),
    ("expense_claims", "rejection_reason", EXPENSE_CLAIM, "user.content"),
    ("er_items", "description", "id er_id expense_date vendor payment_type amount vat", None),
    ("expense_categories", "description", "id name max_limit requires_receipt is_active", None),
    ("expense_reports", "description", "id expense_date category amount_ht vat_rate status file_path", None),
], ids=["dolibarr-note", "dolibarr-refusal", "claim-description", "claim-rejection", "line-item", "category",
        "keyed-to-nobody"])
def test_the_text_of_an_expense_claim_is_what_the_employee_or_manager_wrote(table: str, column: str, siblings: str,
                                                                            expected: str | None) -> None:
    """A note, description or reason on an expense claim keyed to the employee who filed it (an author's key is the
    claimant, no stamp) is what they wrote of their expenses, or what their manager answered; a line item's or an
    expense category's description, and a claim keyed to nobody, are not."""
    assert generic(table, column, "varchar(255)", siblings) == expected
