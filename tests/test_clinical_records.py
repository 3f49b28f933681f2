"""Clinical record tables of hospital and health information systems (Open Hospital, OpenEMR, OpenMRS, GNU Health,
care2x): what a table of a patient's care holds of their health, and what is only its bookkeeping."""

from __future__ import annotations

import pytest

from helpers import generic

# a medical history as Open Hospital keeps it (`OH_PATIENTHISTORY`, its column code left out) and as web clinics do
HISTORY = "id patient_id fam_cancer fam_hyper phy_smoke phy_preg_n pat_note active created_by created_date"
HISTORY_COPY = "id patient_id first_name last_name birth_date email status valid_from"  # a copy of a patient's rows


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # the anamnesis a clinician takes: every answer of its checklist, yes or no, count or text, is the patient's health
    ("patient_history", "fam_hyper", "tinyint(1)", HISTORY, "special.health"),
    ("patient_history", "phy_smoke", "tinyint(1)", HISTORY, "special.health"),
    ("patient_history", "phy_preg_n", "int", HISTORY, "special.health"),
    ("patient_history", "pat_note", "varchar(100)", HISTORY, "special.health"),
    ("medical_histories", "cardiovascular", "tinyint(1)", "id patient_id hypertension smoke_often", "special.health"),
    ("MedicalHistory", "hasHighBloodPressure", "boolean", "id patientId underMed createdAt", "special.health"),
    # ... not the row's own state, key, stamp or time
    ("patient_history", "active", "tinyint(1)", HISTORY, None),
    ("MedicalHistory", "isDeleted", "boolean", "id patientId underMed createdAt", None),
    ("patient_history", "patient_id", "int", HISTORY, None),
    ("patient_history", "created_date", "datetime", HISTORY, None),
    ("patient_history", "created_by", "varchar(50)", HISTORY, "user.account.username"),
    # a history of a patient's row that holds their own details is a copy of it: its flags say nothing of health
    ("patient_history", "fam_hyper", "tinyint(1)", HISTORY_COPY, None),
    ("patient_history", "first_name", "varchar(50)", HISTORY_COPY, "user.name"),
    # ... and a history of anything else is no anamnesis
    ("contact_history", "is_active", "boolean", "id contact_id email", None),
    ("order_history", "fam_hyper", "tinyint(1)", "id order_id status", None),
])
def test_a_medical_history_holds_the_patients_answers(table: str, column: str, column_type: str, siblings: str,
                                                      key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key
