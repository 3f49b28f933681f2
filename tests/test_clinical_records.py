"""Clinical record tables of hospital and health information systems (Open Hospital, OpenEMR, OpenMRS, GNU Health,
care2x): what a table of a patient's care holds of their health, and what is only its bookkeeping."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from checker.config import load_config
from checker.engine import load_project
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


# Open Hospital marks each column with its table's code (`PEX_` of `OH_PATIENTEXAMINATION`); its key to the patient
# is `PEX_PAT_ID`
EXAMINATION = "PEX_ID PEX_DATE PEX_PAT_ID PEX_HEIGHT PEX_AP_MIN PEX_HR PEX_AUSC PEX_NOTE PEX_LOCK PEX_ACTIVE"
THERAPY = "THR_ID THR_PAT_ID THR_STARTDATE THR_QTY THR_FREQINDAY THR_NOTE THR_NOTIFY"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # an examination, a laboratory exam, a vaccination or a therapy keyed to a patient: what was measured or given
    ("OH_PATIENTEXAMINATION", "PEX_AP_MIN", "int", EXAMINATION, "special.health"),
    ("OH_PATIENTEXAMINATION", "PEX_AUSC", "varchar(50)", EXAMINATION, "special.health"),
    ("OH_THERAPIES", "THR_FREQINDAY", "int(11)", THERAPY, "special.health"),
    ("laboratory", "material", "varchar(25)", "id exam_id patient_id result note", "special.health"),
    ("patient_vaccine", "vaccine_id", "varchar(10)", "id patient_id vaccine_date", "special.health"),
    ("opd", "disease_id", "varchar(10)", "id patient_id visit_date note", "special.health"),
    # ... not its keys, its optimistic lock, how long a visit was booked for, a progressive number
    ("OH_PATIENTEXAMINATION", "PEX_PAT_ID", "int", EXAMINATION, None),
    ("OH_PATIENTEXAMINATION", "PEX_LOCK", "int", EXAMINATION, None),
    ("visits", "duration", "int(11)", "id patient_id visit_date note ward_id", None),
    ("admission", "yprog", "int", "id patient_id admission_date note", None),
    # a school's examination (its `subject_id` is a course's) and a laboratory that is a room are nobody's care
    ("examination", "marks", "int", "id student_id subject_id grade", None),
    ("examinations", "max_marks", "int", "id exam_name subject_id class_id", None),
    ("laboratory", "material", "varchar(25)", "id name building capacity", None),
])
def test_care_recorded_for_a_patient_is_health_data(table: str, column: str, column_type: str, siblings: str,
                                                    key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a key into the catalogue of what was ordered is the procedure (rule 2), and a specimen's source the body site
    ("procedure_order", "procedure_type_id", "bigint(20)", "procedure_order_id patient_id encounter_id", "special.health"),
    ("test_order", "specimen_source", "int", "order_id laterality clinical_history", "special.health"),
    # ... not the kind of a visit, nor where the patient was admitted from
    ("encounter", "visit_type_id", "int", "encounter_id patient_id encounter_datetime", None),
    ("admissions", "admission_source", "varchar(50)", "id patient_id admitted_at", None),
])
def test_a_key_into_a_catalogue_of_care_is_what_it_names(table: str, column: str, column_type: str, siblings: str,
                                                         key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key



# Open Hospital's DICOM images (`OH_DICOM`, its column code left out): the study a patient's image belongs to
DICOM = "id pat_id file_name accession_number study_uid study_date study_description series_uid modality thumbnail"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # an imaging study of a patient says what was examined and how
    ("dicom", "study_description", "varchar(255)", DICOM, "special.health"),
    ("dicom", "modality", "varchar(255)", DICOM, "special.health"),
    ("dicom", "thumbnail", "varbinary", DICOM, "special.health"),
    # ... its UIDs, accession number and dates number and time the study
    ("dicom", "study_uid", "varchar(255)", DICOM, None),
    ("dicom", "accession_number", "varchar(255)", DICOM, None),
    ("dicom", "study_date", "varchar(255)", DICOM, None),
    # the anamnesis in a patient's row is their medical history
    ("patients", "anamnesis", "varchar(255)", "id first_name last_name birth_date", "special.health"),
    ("patients", "anamnesis_date", "date", "id first_name last_name birth_date", None),
])
def test_an_imaging_study_and_an_anamnesis_of_a_patient_are_health_data(table: str, column: str, column_type: str,
                                                                        siblings: str, key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


def test_a_key_into_a_list_of_wards_or_of_admission_kinds_places_the_care(tmp_path: Path) -> None:
    """Open Hospital names each key after the list's own key column (`ADM_WRD_ID_A` ends in `WRD_ID_A`, the first
    column of `OH_WARD`): in a record of care, a key into a list of wards or of the kinds of admissions and discharges
    says where and how care happened, while a key into a list of diseases or of delivery kinds is what the patient
    has or had (rule 2)."""
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "tables.sql").write_text(textwrap.dedent("""
        CREATE TABLE OH_PATIENT (PAT_ID INT, PAT_FNAME VARCHAR(50), PAT_BDATE DATE, PAT_SEX CHAR(1));
        CREATE TABLE OH_WARD (WRD_ID_A CHAR(1), WRD_NAME VARCHAR(50), WRD_NBEDS INT);
        CREATE TABLE OH_ADMISSIONTYPE (ADMT_ID_A VARCHAR(10), ADMT_DESC VARCHAR(50));
        CREATE TABLE OH_DISCHARGETYPE (DIST_ID_A VARCHAR(10), DIST_DESC VARCHAR(50));
        CREATE TABLE OH_DISEASE (DIS_ID_A VARCHAR(10), DIS_DESC VARCHAR(160));
        CREATE TABLE OH_DELIVERYTYPE (DLT_ID_A CHAR(1), DLT_DESC VARCHAR(50));
        CREATE TABLE OH_ADMISSION (ADM_ID INT, ADM_PAT_ID INT, ADM_WRD_ID_A CHAR(1), ADM_ADMT_ID_A_ADM VARCHAR(10),
            ADM_IN_DIS_ID_A VARCHAR(10), ADM_DIST_ID_A VARCHAR(10), ADM_PRG_DLT_ID_A CHAR(1), ADM_NOTE TEXT);
        """).lstrip(), "utf-8")
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"], "dialect": "mysql",
                                                            "catalog": {"ddl": ["schema/*.sql"]}}))
    admission = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("OH_ADMISSION").columns
    assert {column: admission[column] for column in ("adm_wrd_id_a", "adm_admt_id_a_adm", "adm_dist_id_a")} == {
        "adm_wrd_id_a": None, "adm_admt_id_a_adm": None, "adm_dist_id_a": None}
    assert admission["adm_in_dis_id_a"] == "special.health"
    assert admission["adm_prg_dlt_id_a"] == "special.health"
