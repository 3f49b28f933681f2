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

