"""What a table's own columns say about its rows, however the application prefixes them."""

from __future__ import annotations

import pytest

from checker.classify import evidence
from checker.name_words import vocabulary
from checker.table_context import keyed_people, keys_to_tables, referrers, table_context, table_words
from helpers import generic

NATIONAL_ID = "user.government_id.national_identification_number"


@pytest.mark.parametrize(("table", "columns"), [
    ("club_roster", "roster_id roster_name roster_birth_date roster_sex photo"),
    ("tweb_desa_pamong", "pamong_id pamong_nama pamong_tanggallahir pamong_sex foto"),  # OpenSID's village officials
], ids=["roster", "pamong"])
def test_columns_carrying_the_tables_own_noun_still_say_its_rows_are_people(table: str, columns: str) -> None:
    """A birth date and a sex, each behind the table's own noun (`roster_birth_date`), make the rows
    people's, as they do without it: the row's name and photo are then the person's."""
    found = [generic(table, column, "", columns) for column in columns.split()]
    assert found == [None, "user.name", "user.demographic.date_of_birth", "user.demographic.gender", "user"]


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("gibbonMarkbookEntry", "gibbonMarkbookEntryID gibbonMarkbookColumnID gibbonPersonIDStudent attainmentValue",
     [None, None, None, "user"]),  # Gibbon's markbook: a student's grade
    ("markbook_entry", "entry_id column_id person_id_student attainment_value", [None, None, None, "user"]),
    ("markbook_entry", "entry_id column_id person_id_creator attainment_value", [None, None, None, None]),
], ids=["gibbon", "snake", "creator"])
def test_a_persons_key_in_the_role_of_one_of_the_people_links_the_rows_to_them(
        table: str, columns: str, expected: list[str | None]) -> None:
    """A person's key with the role they play after it (`gibbonPersonIDStudent`) links the rows to
    that person, as `student_id` would; the one who wrote the row (`...Creator`) does not."""
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("acesso", "cod_acesso data_hora ip_externo cod_pessoa", [None, None, "user.device.ip_address", None]),
    ("acesso", "cod_acesso data_hora ip_externo ref_cod_aluno", [None, None, "user.device.ip_address", None]),
    ("acesso", "cod_acesso data_hora ip_externo cod_servico", [None, None, None, None]),  # a service's
], ids=["person", "student", "service"])
def test_a_persons_code_named_first_links_the_rows_to_them(table: str, columns: str,
                                                          expected: list[str | None]) -> None:
    """i-Educar's access log keyed by `cod_pessoa` (a person's code, the key named first as Portuguese
    writes it, also after a reference: `ref_cod_aluno`) is of people: the IP it logged is theirs."""
    assert [generic(table, column, "varchar(50)", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("c_message", "c_message_id c_member_id_from c_member_id_to subject", [None, None, None, "user.content"]),
    ("c_message_queue", "c_message_queue_id c_member_id_from c_member_id_to body", [None, None, None, "user.content"]),
    ("c_message", "c_message_id c_folder_id_from c_folder_id_to subject", [None, None, None, None]),
], ids=["message", "queue", "folders"])
def test_a_persons_key_with_the_direction_after_it_links_the_rows_to_them(
        table: str, columns: str, expected: list[str | None]) -> None:
    """OpenPNE's `c_member_id_from`, `c_member_id_to`: the person a message comes from or goes to
    links it to people, as `sender_id` would; a thing's key so named (a folder's) does not."""
    assert [generic(table, column, "text", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # a payroll system's main table of workers (Imakante's ls_main): a national number and a gender
    ("ls_main", "id nomer egn gender belejki", [None, None, "user.government_id.national_identification_number",
                                                "user.demographic.gender", "user.content"]),
    ("main", "id ssn sex notes", [None, "user.government_id.national_identification_number",
                                  "user.demographic.gender", "user.content"]),
    # a form that is also another word, alone or twice (Bulgarian `dni`, days, beside Spanish `dni`), is no person
    ("ls_monthpar", "id dni5 dni6 notes", [None, "user.government_id.national_identification_number",
                                           "user.government_id.national_identification_number", None]),
    # an unambiguous number alone links the row to its person: the notes are about them
    ("registry", "id egn notes", [None, "user.government_id.national_identification_number", "user.content"]),
], ids=["egn", "ssn", "days", "alone"])
def test_a_national_number_beside_a_gender_says_the_rows_are_people(
        table: str, columns: str, expected: list[str | None]) -> None:
    """A national identification number is given to people only: with a gender or a birth date
    beside it, the rows are people's whatever the table is called, and their notes are theirs.
    Alone, an unambiguous one (`egn`, not `dni`) still ties the row to a person (a Bulgarian
    register's or the Danish CPR's sub-records): the notes written on it are about them."""
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("ls_main", "id first second family egn gender", [None, "user.name", "user.name", "user.name",
                                                      "user.government_id.national_identification_number",
                                                      "user.demographic.gender"]),
    ("patient", "id given family gender", [None, "user.name", "user.name", "user.demographic.gender"]),
    # without a family or last name beside them, a first and a second are no name; nor are a font's family
    ("people", "id first second", [None, None, None]),
    ("fonts", "id first family second", [None, None, None, None]),
], ids=["bulgarian", "fhir", "no-parts", "fonts"])
def test_a_name_in_parts_with_a_family_name(table: str, columns: str, expected: list[str | None]) -> None:
    """Bare `first` and `family` (a Bulgarian worker's first, father's and family names) or FHIR's
    `given` and `family` name a person in parts, as `first` and `last` do; the `second` between is
    a name only then."""
    assert [generic(table, column, "varchar(30)", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("soknadsskjema", "id fodselsnummer navn sivilstand_arsak_enslig", [None, NATIONAL_ID, "user.name", "user"]),
    ("intake", "id ssn name marital_situation", [None, NATIONAL_ID, "user.name", "user"]),
    ("soknadsskjema", "id fodselsnummer type sivilstand_arsak_enslig", [None, NATIONAL_ID, None, "user"]),
    # a form that is also another word (`dni`: Bulgarian days, a Spanish DNI) needs a name beside it
    ("soknadsskjema", "id dni type sivilstand_arsak_enslig", [None, NATIONAL_ID, None, None]),
    ("soknadsskjema", "id dni navn sivilstand_arsak_enslig", [None, NATIONAL_ID, "user.name", "user"]),
], ids=["fodselsnummer", "ssn", "no-name", "ambiguous", "ambiguous-named"])
def test_a_national_identity_number_links_the_rows_to_a_person(table: str, columns: str,
                                                                expected: list[str | None]) -> None:
    """A number the state issues to people only (a fødselsnummer, an SSN, a passport number) says the
    row is about a person, as their e-mail or login would: an application form with one holds the
    applicant's answers, with a name beside it or without (the number is the applicant's, or a
    relative's: either way a person's). A form that is also a word of another language counts only
    beside a name."""
    assert [generic(table, column, "varchar", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "types", "expected"), [
    # the Danish CPR's sub-records: citizenship, church membership, a municipal relation, numbered by the CPR
    ("Valgoplysninger", "ValgoplysningerPID CPR Valgkode ValgkodeUsikkerhedsmarkering ValidFrom",
     "bigint varchar(10) varchar(1) char(1) datetime", [None, NATIONAL_ID, "user", None, None]),
    ("Folkekirkeoplysninger", "FolkekirkeoplysningerPID CPR Forholdskode ModifiedDate",
     "bigint char(10) char(1) datetime", [None, NATIONAL_ID, "user", None]),
    # a Bulgarian register's row, by the EGN; its processing flags and errors are no facts of the person
    ("registar", "id egn osigurovka_kod error", "int varchar(10) varchar(3) boolean",
     [None, NATIONAL_ID, "user", None]),
    # a form that is also another word (`dni`: days) numbers no person's record
    ("ls_monthpar", "id dni kod", "int varchar(10) varchar(3)", [None, NATIONAL_ID, None]),
    # a message that carries a person's number is about its sending, not a record of facts
    ("bericht", "id a_nr verzender", "bigint bigint varchar(7)", [None, NATIONAL_ID, None]),
], ids=["elections", "church", "egn", "ambiguous", "message"])
def test_a_row_numbered_by_a_persons_national_number_is_a_record_of_facts_about_them(
        table: str, columns: str, types: str, expected: list[str | None]) -> None:
    """A row a national identification number named alone ties to its person, with no name, contact or
    other key of a person's beside it (the CPR's sub-records), records facts about that person: its
    codes are theirs (citizenship, church membership), its times, keys and flags are bookkeeping."""
    found = [generic(table, column, column_type, columns)
             for column, column_type in zip(columns.split(), types.split())]
    assert found == expected


@pytest.mark.parametrize(("table", "expected"), [
    ("m_client_identifier", "user.content"),  # Fineract: a client's identity documents
    ("hs_hr_emp_identifier", "user.content"),  # an employee's, by `emp_number`
    ("client_identifier", "user.content"),
    ("m_group_identifier", None),  # a group's: nobody's own rows
])
def test_a_persons_own_rows_are_named_for_them_after_the_applications_prefix(table: str, expected: str | None) -> None:
    """A table named for a person's rows about a thing (`client_identifier` keyed by `client_id`) is
    theirs when the application's prefix comes first (`m_`, `hs_hr_`): its description is what was
    written of them."""
    columns = "id client_id emp_number document_key status description"
    assert generic(table, "description", "varchar(500)", columns) == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # a facility's own address book: its name, type, parent organisation and coordinates are nobody's
    ("core__location", "location_id name facility_type parent_organization address city state zip_code latitude",
     [None] * 9),
    # OMOP's `location`: people's addresses (persons point at it), whatever holds no facility word
    ("location", "location_id address_1 city state zip latitude",
     [None, "user.contact.address", "user.contact.address.city", "user.contact.address", "user.contact.address.postal_code",
      "user.location.precise"]),
], ids=["facility", "omop"])
def test_an_address_book_of_facilities_holds_nobodys_address(table: str, columns: str,
                                                             expected: list[str | None]) -> None:
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # a figure about patients (a data-quality metric) is no patient's row nor clinical record
    ("analytical_key_metric__count_of_patients", "data_source domain metric result", [None, None, None, None]),
    # keyed to a patient, the rows are still theirs: their e-mail, their result
    ("patient_metrics", "patient_id email result", [None, "user.contact.email", "special.health"]),
], ids=["aggregate", "keyed"])
def test_a_table_of_metrics_about_people_holds_no_persons_row(table: str, columns: str,
                                                               expected: list[str | None]) -> None:
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "columns", "referring", "person"), [
    # a tenant with members of its own (Camunda's identity service) is a multi-tenant system's organisation
    ("ACT_ID_TENANT", ["ID_", "REV_", "NAME_"], ["ACT_ID_TENANT_MEMBER"], False),
    ("tenants", ["id", "name", "domain"], ["tenant_memberships"], False),
    # a renter, whose leases point at them, is a person
    ("tenants", ["id", "name", "phone"], ["leases"], True),
])
def test_a_table_whose_rows_have_members_is_a_group_of_people(table: str, columns: list[str], referring: list[str],
                                                              person: bool) -> None:
    assert ("@person" in table_context(table, columns, referring).subjects) is person


MATRIX_DEVICES = {
    "users": ["name", "password_hash"],
    "devices": ["user_id", "device_id", "display_name"],  # numbered by its (user_id, device_id)
    "access_tokens": ["id", "user_id", "device_id", "token"],
    "push_registrations": ["id", "installation_id", "device_id"],
    "genders": ["id", "name"],  # a list of values: a key to it is the gender
    "people": ["id", "gender_id", "name"],
}


def test_a_key_named_for_a_table_of_the_schema_that_holds_rows_is_a_key() -> None:
    """`device_id` beside a `devices` table keys the device's row, in every table and in its own
    where nothing else numbers the rows; a key into a list of values (`genders (id, name)`) is the
    value, and a column named for no table of the schema (`installation_id`) is not judged."""
    keys = keys_to_tables(MATRIX_DEVICES)
    assert "device_id" in keys["access_tokens"] and "device_id" in keys["push_registrations"]
    assert "device_id" in keys["devices"]
    assert "installation_id" not in keys["push_registrations"]
    assert "gender_id" not in keys.get("people", frozenset())


def test_a_column_named_for_its_own_table_beside_the_tables_id_is_its_data() -> None:
    """`devices (id, device_id, ...)`: the rows are numbered by `id`; `device_id` is what the device
    calls itself (Bitwarden's `Device.Identifier`), while other tables' `device_id` keys the row."""
    tables = {**MATRIX_DEVICES, "devices": ["id", "user_id", "device_id", "name"]}
    keys = keys_to_tables(tables)
    assert "device_id" not in keys.get("devices", frozenset())
    assert "device_id" in keys["access_tokens"]


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # the Tuva Project's dbt seeds: terminologies and value sets, a code and what it means
    ("terminology__gender", "gender", [None]),
    ("concept_library__value_set_members", "value_set_member_id concept_id code code_description comment",
     [None, None, None, None, None]),
    ("terminology__snomed_ct_transitive_closures", "parent_snomed_code parent_description child_description",
     [None, None, None]),
    ("clinical_concept_library__value_set_member_relevant_fields", "concept_id value_set_member_id code",
     [None, None, None]),
    ("ValueSet", "url name status description", [None, None, None, None]),  # FHIR's resource as a table
    ("cms_hcc__icd_10_cm_mappings", "payment_year diagnosis_code cms_hcc_v24", [None, None, None]),
    # keyed to a person or an episode of care, or holding a person's contact: a person's rows, whatever the name
    ("patient_value_sets", "patient_id code description comment",
     [None, "special.health", "special.health", "special.health"]),
    ("value_set_members", "member_id encounter_id diagnosis_code comment",
     [None, None, "special.health", "user.content"]),
    ("terminology_feedback", "user_id email comment", [None, "user.contact.email", "user.content"]),
    ("tweb_penduduk_map", "id lat lng", [None, "user.location.precise", "user.location.precise"]),  # residents' map
    # a coding system's codes, whoever last changed them (openIMIS stamps every row with `AuditUserID`)
    ("tblICDCodes", "ICDID ICDCode ICDName AuditUserID", [None, None, None, None]),
    ("cpt_codes", "id code description created_by", [None, None, None, None]),
    ("claim_icd_codes", "id patient_id icd_code", [None, None, "special.health"]),  # a patient's diagnoses
], ids=["terminology", "members", "hierarchy", "model", "fhir", "mapping", "patient", "episode", "contact",
        "residents", "icd", "cpt", "claim"])
def test_a_code_list_terminology_or_mapping_of_codes_holds_nobodys_data(table: str, columns: str,
                                                                        expected: list[str | None]) -> None:
    """A table named a terminology, a value set, a code system, a crosswalk or a mapping of codes, with no
    key to a person or an episode of care, holds codes and their meanings (a value set's `members` are
    codes, a hierarchy's `parent` a code): nobody's gender, comment or diagnosis."""
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("table", "column", "siblings"), [
    ("terminology__loinc", "long_common_name", ("loinc", "short_name", "component")),
    ("terminology__rxnorm_to_atc", "atc_1_name", ("rxcui", "rxnorm_description", "atc_1_code")),
    ("pqi__value_sets", "value_set_name", ("code", "pqi_number")),
    ("reference_data__svi_us", "e_mobile", ("st", "state", "county", "fips")),
    ("terminology__ms_drg", "medical_surgical", ("ms_drg_code", "mdc_code", "ms_drg_description")),
], ids=["loinc", "atc", "value-set", "reference-data", "drg"])
def test_a_code_list_suggests_no_personal_column(table: str, column: str, siblings: tuple[str, ...]) -> None:
    """Nor does a word inside a code list's column name suggest a person's data (no PUR005 to declare)."""
    assert evidence(table, column, "", siblings) is None
    assert evidence("patients", column, "", ("patient_id", *siblings)) is not None  # in a person's row it still does



@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("diagnosis_category", "category_id parent_description description", [None, None, None]),
    ("visit_type", "visit_type_id parent_name name", [None, None, None]),
    # keyed to a person, a relative's name is still theirs
    ("member_category", "member_id category parent_name", [None, None, "user.name"]),
], ids=["diagnosis-category", "visit-type", "keyed"])
def test_a_parent_in_a_list_of_kinds_is_the_kind_above(table: str, columns: str, expected: list[str | None]) -> None:
    """In a list of kinds keyed to nobody, `parent_` and `child_` are the row's place in its hierarchy, no person."""
    assert [generic(table, column, "", columns) for column in columns.split()] == expected


ADDRESS = ["user.contact.address", "user.contact.address.city"]


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # FacturaScripts: a supplier's bank accounts and delivery notes, keyed by a code named first
    ("cuentasbcopro", "codcuenta codproveedor iban", [None, None, None]),
    ("albaranesprov", "idalbaran codproveedor direccion ciudad", [None] * 4),
    ("vendor_addresses", "id vendor_id street city", [None] * 4),
    ("addresses", "id fk_supplier street city", [None] * 4),
    # PrestaShop: the store's own translated address, keyed to the store the table is named for
    ("PREFIX_store_lang", "id_store id_lang address1 address2", [None] * 4),
    # a customer's accounts; an address keyed to a customer as well as to a supplier is the customer's
    ("cuentasbcocli", "codcuenta codcliente iban", [None, None, "user.financial.bank_account"]),
    ("addresses", "id id_customer id_supplier street city", [None, None, None, *ADDRESS]),
    # a shop or a company is the tenant of every row of a multi-store schema: a sign-up keyed to one is a person's
    ("emailsubscription", "id id_shop email", [None, None, "user.contact.email"]),
    ("addresses", "id company_id street city", [None, None, *ADDRESS]),
], ids=["supplier-accounts", "supplier-note", "vendor", "fk-supplier", "store-lang", "customer-accounts",
        "customer-and-supplier", "shop-tenant", "company-tenant"])
def test_a_detail_row_keyed_to_a_company_is_the_companys(table: str, columns: str,
                                                        expected: list[str | None]) -> None:
    """Addresses, phones and bank accounts keyed to a company a business deals with (a supplier, a
    vendor, a carrier), or to the site the table is named for (a store), and to no person are the
    company's (labelling rule 4); keyed to a person too, or only to the tenant, they stay personal."""
    assert [generic(table, column, "varchar(100)", columns) for column in columns.split()] == expected


@pytest.mark.parametrize(("tables", "target", "expected"), [
    ({"clientes": ["codcliente", "nombre"], "albaranescli": ["idalbaran", "codcliente", "direccion"]},
     "clientes", ("albaranescli",)),
    ({"clientes": ["id", "nombre"], "pedidos": ["id", "cod_cliente"]}, "clientes", ("pedidos",)),
], ids=["run-together", "snake"])
def test_a_code_named_first_is_a_key_to_its_table(tables: dict[str, list[str]], target: str,
                                                 expected: tuple[str, ...]) -> None:
    """`codcliente`, `cod_cliente`: the code of a customer's row, named code first as Spanish, Portuguese
    and Italian schemas write it (FacturaScripts, i-Educar), points at the customers' table."""
    assert referrers(tables).get(target) == expected


@pytest.mark.parametrize(("tables", "target", "expected"), [
    # OpenSID: the key named first, the target's `covid19_` prefix (the holder's own) left out
    ({"covid19_pemudik": ["id", "email"], "covid19_pantau": ["id", "id_pemudik", "suhu_tubuh"]},
     "covid19_pemudik", ("covid19_pantau",)),
    ({"clientes": ["id", "nome"], "pedidos": ["id", "fk_cliente"]}, "clientes", ("pedidos",)),
    # Workday: a shortened word (`info`) and a last `_data` left out
    ({"personal_information_common_data": ["id", "date_of_birth"],
      "country_personal_information": ["id", "personal_info_common_id", "religion"]},
     "personal_information_common_data", ("country_personal_information",)),
    # a key word at both ends (`fk_customer_id`), and osclass' Hungarian type mark after it (`fk_i_user_id`)
    ({"customers": ["id", "name"], "orders": ["id", "fk_customer_id"]}, "customers", ("orders",)),
    ({"t_user": ["pk_i_id", "s_name"], "t_item": ["pk_i_id", "fk_i_user_id"]}, "t_user", ("t_item",)),
], ids=["key-first-prefixed", "fk-first", "abbreviated", "fk-and-id", "type-mark"])
def test_a_key_named_first_or_shortened_still_names_its_table(tables: dict[str, list[str]], target: str,
                                                             expected: tuple[str, ...]) -> None:
    """`id_pemudik`, `fk_cliente`, `personal_info_common_id`: keys written key word first, without the
    prefix their table shares with the holder, or shortening their table's words, point at it."""
    assert referrers(tables).get(target) == expected


@pytest.mark.parametrize("tables", [
    # two tables the shortened key could name: none is chosen
    {"customers": ["id"], "custodians": ["id"], "orders": ["id", "cust_id"]},
    # the holder's first words lead to two tables (`job_vacancy`, `job_candidate_vacancy`), `job` no
    # prefix of the application's (too few of its tables)
    {"job_vacancy": ["id"], "job_candidate_vacancy": ["id"], "job_candidate_history": ["id", "vacancy_id"],
     **{name: ["id"] for name in ("offices", "rooms", "desks", "floors", "sites", "units", "teams", "roles",
                                  "skills", "tags", "notes", "files", "events")}},
    # `id_card`: an identity card, no key to `cards`
    {"cards": ["id", "number"], "members": ["id", "id_card", "name"]},
    # a word with an ending (`grantor`), or a compound (`username`), is not the shorter word shortened
    {"grants": ["id"], "emergency_access": ["id", "grantor_id"]},
    {"usernames": ["id"], "mail_queue": ["id", "id_user"]},
], ids=["ambiguous-abbreviation", "ambiguous-prefix", "id-card", "grantor", "username"])
def test_a_key_that_could_name_two_tables_or_none_names_none(tables: dict[str, list[str]]) -> None:
    """A key whose words, shortened or after the holder's prefix, fit two tables, or a column named
    with `id` first that is no key, points at no table."""
    assert referrers(tables) == {}


def test_a_key_named_first_numbers_rows_of_its_table() -> None:
    """`tagihan.id_pelanggan` keys a customer's row (`pelanggan`, itself keyed to its village by
    `id_desa`), as `pelanggan_id` would; `id_card` is an identity card, no key."""
    tables = {"pelanggan": ["id", "id_desa", "nama"], "desa": ["id", "nama"],
              "tagihan": ["id", "id_pelanggan", "id_card", "jumlah"]}
    assert keys_to_tables(tables) == {"tagihan": frozenset({"id_pelanggan"})}


@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("signup_queue", "id nickname email gender birth_date", "user.name"),  # its own e-mail: still people's rows
    ("signup_queue", "id nickname customer_id email gender birth_date", None),  # keyed to a person: about them
], ids=["own-email", "keyed"])
def test_two_columns_only_people_have_make_people_of_a_row_with_its_own_contact(
        table: str, siblings: str, expected: str | None) -> None:
    """A gender and a birth date make a table of people whatever it is called, also when its own
    e-mail links it to people (OpenPNE's `c_member_pre`); a key to a person's row still makes the
    row about that person."""
    assert generic(table, "nickname", "", siblings) == expected


@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("opportunity", "id name location is_anonymized owner_id stage_id", "user.name"),  # Lever's candidates
    ("prospect", "id name location anonymized_at created_at", "user.name"),
    ("opportunity", "id name location owner_id stage_id amount", None),  # a sales deal's name
    ("site", "id name location anonymize_ip", None),  # a setting to anonymise visitors' IPs: the site's
    ("visit", "id name location anonymized_ip", None),  # an erased part of a row, not the row erased
], ids=["flag", "date", "deal", "setting", "part"])
def test_a_row_anonymised_for_its_persons_sake_is_a_persons_row(table: str, siblings: str,
                                                                 expected: str | None) -> None:
    """Only a person's row is anonymised under data-protection law: a flag or a date of the row's own
    anonymisation makes its table one of people, whatever it is called, and its bare name a person's."""
    assert generic(table, "name", "varchar", siblings) == expected


LAB_ORDERS = {  # OpenEMR's lab orders and their results; Gibbon's medical record and its conditions
    "patient_data": ["id", "pid", "fname", "lname", "dob"],
    "procedure_order": ["procedure_order_id", "patient_id", "encounter_id", "date_ordered", "order_status"],
    "procedure_report": ["procedure_report_id", "procedure_order_id", "date_report", "report_status"],
    "procedure_result": ["procedure_result_id", "procedure_report_id", "result", "abnormal", "units",
                         "result_status", "document_id"],
    "documents": ["id", "size", "pages", "mimetype", "list_id"],
    "lists": ["id", "pid", "type", "title", "diagnosis"],
    "forms": ["id", "encounter", "form_name", "form_id", "pid", "formdir"],  # the visit forms filled in
    "lbf_data": ["form_id", "field_id", "field_value"],  # a layout-based form's answers, by field
    "form_layouts": ["layout_id", "form_id", "field_id", "title", "data_type"],  # how a form is laid out
    "gibbonPerson": ["gibbonPersonID", "surname", "firstName", "dob"],
    "gibbonPersonMedical": ["gibbonPersonMedicalID", "gibbonPersonID", "bloodType", "longTermMedication"],
    "gibbonPersonMedicalCondition": ["gibbonPersonMedicalConditionID", "gibbonPersonMedicalID", "name",
                                     "lastEpisodeTreatment"],
    "gibbonCourse": ["gibbonCourseID", "name", "description"],
    "gibbonCourseClass": ["gibbonCourseClassID", "gibbonCourseID", "name"],
}


def test_a_table_keyed_through_a_chain_to_a_clinical_record_is_part_of_it() -> None:
    """A lab order's report and the report's results, a medical record's conditions: keys that name
    their tables lead to a record of a person's care (OpenEMR, Gibbon); a course's classes lead to none."""
    from checker.table_context import records_through_keys

    records = records_through_keys(LAB_ORDERS)
    assert records["procedure_report"] == ("procedure_order",)
    assert "procedure_order" in records["procedure_result"]
    assert records["gibbonPersonMedicalCondition"] == ("gibbonPersonMedical",)
    assert "gibbonCourseClass" not in records and "procedure_order" not in records


@pytest.mark.parametrize(("table", "column", "column_type", "expected"), [
    ("procedure_result", "result", "varchar(255)", "special.health"),
    ("procedure_result", "abnormal", "varchar(31)", "special.health"),
    ("gibbonPersonMedicalCondition", "lastEpisodeTreatment", "text", "special.health"),
    ("procedure_result", "units", "varchar(31)", None),  # a unit of measure: how the record is kept
    ("procedure_result", "result_status", "varchar(31)", None),  # the result's own state (preliminary, final)
    ("documents", "pages", "int(11)", None),  # a file the record points at: no record of care by its name
    ("lbf_data", "field_value", "varchar(255)", "special.health"),  # the data of a record: its answers
    ("form_layouts", "title", "varchar(255)", None),  # a table named for what it holds: the layout's own
])
def test_the_values_of_a_row_of_a_clinical_record_reached_through_keys_are_health_data(
        table: str, column: str, column_type: str, expected: str | None) -> None:
    from checker.table_context import records_through_keys

    reached = records_through_keys(LAB_ORDERS).get(table, ())
    found = evidence(table, column, column_type, LAB_ORDERS[table], records=reached)
    assert (found.kind.key if found else None) == expected
    unchained = evidence(table, column, column_type, LAB_ORDERS[table])
    assert expected is None or unchained is None or unchained.kind.key != expected



@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    # OpenMRS' kinds of order extend `orders` (the patient's) by its key, and say what care they ask for
    ("test_order", "laterality", "varchar(20)", "order_id specimen_source clinical_history frequency", "special.health"),
    ("referral_order", "clinical_history", "text", "order_id specimen_source laterality location", "special.health"),
    ("test_order", "location", "int", "order_id specimen_source clinical_history laterality", None),  # where
    # a shop's order lines name no care
    ("order_items", "quantity", "int", "order_id product_id price discount", None),
    ("order_notes", "note_text", "text", "order_id author_id created_at", "user.content"),
], ids=["test-order", "referral", "where", "shop", "shop-note"])
def test_a_row_detailing_an_order_of_care_is_a_clinical_record(table: str, column: str, column_type: str,
                                                                siblings: str, expected: str | None) -> None:
    """A row keyed to an order that names, in two columns or more, the care it asks for (a specimen, a
    clinical history, a drug) details an order for a patient: its values are health data."""
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "expected"), [
    ("COMTNEMPLYRINFO", True),  # comtn (common table) + employee + info: a table of people
    ("COMTNENTRPRSMBER", True),  # comtn + company + member
    ("COMTNLOGINPOLICY", False),  # past the prefix, a policy: nobody's row
])
def test_a_table_name_is_read_past_a_run_together_abbreviated_prefix(table: str, expected: bool) -> None:
    assert ("@person" in table_context(table).subjects) is expected


@pytest.mark.parametrize(("table", "expected"), [
    ("COMTNEMPLYRINFO", ["comtn", "emplyr", "info"]),
    ("messages", ["messages"]),  # a word, no `mess` + `ages`
    ("cronjobs", ["cronjobs"]),  # `cronj` has a vowel among its last three letters: no abbreviated prefix
    ("incident", ["incident"]),  # `inc` is too short for a prefix
])
def test_only_an_abbreviated_prefix_is_split_off_a_run_together_table_name(table: str, expected: list[str]) -> None:
    assert table_words(table, vocabulary()) == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    # ChurchCRM's register: the tag after the name starts each column's name
    ("person_per", "per_ID per_Title per_FirstName per_City per_Gender",
     [None, "user.name", "user.name", "user.contact.address.city", "user.demographic.gender"]),
    ("email_message_pending_emp", "emp_usr_id emp_subject emp_message", [None, None, None]),  # emp: no employee
    ("user_profile", "profile_id profile_name profile_bio", [None, "user.name", "user.content"]),  # a word, no tag
], ids=["person_per", "email_queue", "user_profile"])
def test_a_tag_that_ends_a_table_name_and_starts_its_columns_marks_the_table(
        table: str, columns: str, expected: list[str | None]) -> None:
    """A short tag after a table's name that its columns start with (`person_per.per_FirstName`) only marks
    the table's columns: the table is about the words before it (persons), and no tag is an owner of what
    follows (`emp_message` in a queue of e-mail messages is no employee's message). A word that shortens
    nothing before it (`user_profile.profile_name`) is a noun of the table."""
    assert [generic(table, column, "text", columns) for column in columns.split()] == expected
    assert table_context(table, columns.split()).tag == (() if table == "user_profile" else (table.rsplit("_", 1)[1],))


def test_a_key_named_with_another_tables_tag_links_the_row_to_that_tables_people() -> None:
    """ChurchCRM's `note_nte.nte_per_ID`: past the note's own tag, `per_ID` is the key `person_per` is known by,
    so the note's text is written about a person; a note about nobody's row stays a thing's."""
    tables = {"person_per": ["per_ID", "per_FirstName", "per_LastName"],
              "note_nte": ["nte_ID", "nte_per_ID", "nte_Text"],
              "help_hlp": ["hlp_ID", "hlp_Text"]}
    people = keyed_people(tables)
    assert people.get("note_nte") == ("person_per",) and "help_hlp" not in people
    assert evidence("note_nte", "nte_Text", "text", tables["note_nte"], people=people["note_nte"]).kind.key \
        == "user.content"
    assert evidence("help_hlp", "hlp_Text", "text", tables["help_hlp"]) is None
