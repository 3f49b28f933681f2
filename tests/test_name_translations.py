"""The vocabulary in German, French, Spanish, Italian, Portuguese (Portugal and Brazil), Polish,
Dutch, Norwegian, Danish, Swedish, Finnish, Indonesian, Bulgarian (Latin and Cyrillic) and Korean
(the romanized abbreviations of its public-data standard words) through
one translation table: each translation takes the place of its English term, nowhere else, so a
schema written in one of those languages is read the way its English twin is.

The schemas below are the kind a CRM, HR, ERP or clinic database in one of those languages has;
each is paired with the English schema a data engineer would write for the same data.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from helpers import generic
from checker.classify import infer
from checker.name_translations import translated, translation_table
from checker.policy.loader import load_pack, resolve_pack

HINTS = Path(__file__).resolve().parents[1] / "checker" / "data" / "name_hints.json"
BASELINE = load_pack(resolve_pack("gdpr-baseline", None))


def string_lists(node: Any, path: str = "") -> Iterator[tuple[str, list[str]]]:
    """Every list of strings in name_hints-shaped data, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from string_lists(value, f"{path}.{key}")
    elif isinstance(node, list):
        if all(isinstance(item, str) for item in node):
            yield path, node
        else:
            for index, item in enumerate(node):
                yield from string_lists(item, f"{path}[{index}]")


def strings(node: Any) -> Iterator[tuple[str, Any]]:
    """Every value that is not a list of strings or a container: `_about` texts, flags, keys."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from ((f"{key}.{path}", leaf) for path, leaf in strings(value))
    elif isinstance(node, list) and not all(isinstance(item, str) for item in node):
        for index, item in enumerate(node):
            yield from ((f"{index}.{path}", leaf) for path, leaf in strings(item))
    elif not isinstance(node, list):
        yield "", node


HINTS_DATA = json.loads(HINTS.read_text("utf-8"))
TABLE = translation_table()


def test_every_translated_term_is_an_english_term_of_the_vocabulary() -> None:
    known = {term for _, items in string_lists(HINTS_DATA) for term in items}
    assert sorted(set(TABLE) - known) == []
    for term, forms in TABLE.items():
        assert forms, term
        assert len(forms) == len(set(forms)), term
        for form in forms:  # snake_case as a column or table is named, accents written plainly
            assert re.fullmatch(r"[a-z0-9а-я_]+", form), (term, form)


LATIN = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
                                                      "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh",
                                                      "sht", "a", "y", "yu", "ya"]))
ELSEWHERE = {"data", "nov", "tip", "den"}  # a date, November, a tip, a den: not the Bulgarian words here


def test_every_cyrillic_form_is_also_spelled_as_bulgarian_schemas_write_it_in_latin() -> None:
    """The official transliteration (ж zh, ц ts, ъ a, я ya), and ж as j where it has one."""
    for term, forms in TABLE.items():
        for form in (form for form in forms if re.fullmatch(r"[а-я_]+", form)):
            official = "".join(LATIN.get(char, char) for char in form)
            assert official in forms or official in ELSEWHERE, (term, form, official)
            assert "ж" not in form or official.replace("zh", "j") in forms, (term, form)


def test_translations_go_into_every_list_that_holds_their_english_term_and_nowhere_else() -> None:
    expanded = translated(HINTS_DATA)
    before, after = dict(string_lists(HINTS_DATA)), dict(string_lists(expanded))
    assert before.keys() == after.keys()
    for path, items in before.items():
        expected = dict.fromkeys(items)
        for term in items:
            expected.update(dict.fromkeys(TABLE.get(term, ())))
        assert after[path] == list(expected), path
    assert list(strings(expanded)) == list(strings(HINTS_DATA))  # keys, `_about`, `_extra`, flags


def test_expansion_keeps_order_drops_duplicates_and_leaves_its_input_alone() -> None:
    data = {
        "_about": "customer email",
        "kinds": [{"key": "user.contact.email", "terms": ["email", "courriel"], "coded": True,
                   "_extra": "email"}],
        "person_tables": ["customer", "kunde", "patient"],
        "organisations": {"party_nouns": ["account", "customer"], "limit": 3},
        "date_heads": {"customer": "user"},
    }
    table = {"customer": ["kunde", "kunden", "cliente"], "email": ["courriel", "correo"]}
    original = copy.deepcopy(data)
    assert translated(data, table) == {
        "_about": "customer email",
        "kinds": [{"key": "user.contact.email", "terms": ["email", "courriel", "correo"], "coded": True,
                   "_extra": "email"}],
        "person_tables": ["customer", "kunde", "patient", "kunden", "cliente"],
        "organisations": {"party_nouns": ["account", "customer", "kunde", "kunden", "cliente"], "limit": 3},
        "date_heads": {"customer": "user"},
    }
    assert data == original


# (foreign table, its columns, English twin table, its columns, what each column holds)
PEOPLE = [
    ("kunden", "vorname nachname strasse plz ort geburtsdatum telefon",
     "customers", "first_name last_name street postal_code city date_of_birth phone",
     ["user.name", "user.name", "user.contact.address", "user.contact.address.postal_code",
      "user.contact.address.city", "user.demographic.date_of_birth", "user.contact.phone_number"]),
    ("contactos", "nombre apellidos direccion codpostal telefono correo",
     "contacts", "name surname address postal_code phone email",
     ["user.name", "user.name", "user.contact.address", "user.contact.address.postal_code",
      "user.contact.phone_number", "user.contact.email"]),
    ("salaries", "prenom nom adresse code_postal date_naissance",
     "employees", "first_name name address postal_code date_of_birth",
     ["user.name", "user.name", "user.contact.address", "user.contact.address.postal_code",
      "user.demographic.date_of_birth"]),
    ("klienti", "ime familiya egn telefon",
     "customers", "name surname national_id phone",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.contact.phone_number"]),
    ("клиенти", "име фамилия егн",
     "customers", "name surname national_id",
     ["user.name", "user.name", "user.government_id.national_identification_number"]),
    ("mitarbeiter", "anrede titel familienstand gehalt konfession gewerkschaft steuernummer bankverbindung",
     "employees", "salutation title marital_status salary religion trade_union tax_number bank_account",
     ["user.name", "user", "user", "user", "special.religious_beliefs", "special.trade_union",
      "user.government_id.tax_id", "user.financial.bank_account"]),
    ("empleados", "fecha_nac lugar_nacimiento sexo nacionalidad tlf movil cp observaciones",
     "employees", "date_of_birth place_of_birth sex nationality phone mobile zip remarks",
     ["user.demographic.date_of_birth", "user", "user.demographic.gender", "user",
      "user.contact.phone_number", "user.contact.phone_number", "user.contact.address.postal_code",
      "user.content"]),
    ("clients", "civilite adr ville pays tel_portable courriel numero_securite_sociale commentaire",
     "clients", "salutation addr city country mobile_phone email social_security_number comment",
     ["user.name", "user.contact.address", "user.contact.address.city", "user.contact.address.country",
      "user.contact.phone_number", "user.contact.email", "user.government_id.national_identification_number",
      "user.content"]),
    ("пациенти", "диагноза алергии лекарства кръвна_група",
     "patients", "diagnosis allergies medications blood_type",
     ["special.health"] * 4),
    ("patsienti", "diagnoza alergii lekarstva pol data_na_razhdane",
     "patients", "diagnosis allergies medications sex date_of_birth",
     ["special.health"] * 3 + ["user.demographic.gender", "user.demographic.date_of_birth"]),
    ("slujiteli", "ime familia grajdanstvo semeino_polojenie zaplata vuzrast",  # ж as j, ъ as u
     "employees", "name surname citizenship marital_status salary age",
     ["user.name", "user.name", "user", "user", "user", "user.demographic.age"]),
    ("klienti", "mobilen_telefon sluzheben_telefon postoyanen_adres nastoyasht_adres",  # qualifiers before
     "customers", "mobile_phone work_phone permanent_address current_address",
     ["user.contact.phone_number", "user.contact.phone_number", "user.contact.address", "user.contact.address"]),
    ("benutzer", "benutzername passwort ip_adresse",
     "users", "username password ip_address",
     ["user.account.username", "user.authorization.credentials", "user.device.ip_address"]),
    # Italian: nome is a name (the first name, but written in Italian schemas where English writes `name`)
    ("clienti", "nome cognome codice_fiscale data_nascita indirizzo cap citta provincia telefono cellulare email",
     "customers", "name surname national_id date_of_birth address postal_code city province phone mobile email",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.date_of_birth",
      "user.contact.address", "user.contact.address.postal_code", "user.contact.address.city", "user.contact.address",
      "user.contact.phone_number", "user.contact.phone_number", "user.contact.email"]),
    ("dipendenti", "nome cognome cod_fiscale sesso stato_civile stipendio luogo_nascita email_personale",
     "employees", "name surname national_id sex marital_status salary place_of_birth email_personal",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.gender",
      "user", "user", "user", "user.contact.email"]),
    ("pazienti", "diagnosi allergie farmaci gruppo_sanguigno",
     "patients", "diagnosis allergies medications blood_type",
     ["special.health"] * 4),
    # Brazilian Portuguese: CPF as a national ID number, RG an identity card, UF a state, the mother's name
    ("clientes", "nome sobrenome cpf rg data_nascimento telefone celular email endereco bairro cidade uf cep nome_mae",
     "customers", "name surname national_id id_card date_of_birth phone mobile email address district city state "
                  "postal_code mother_name",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.government_id",
      "user.demographic.date_of_birth", "user.contact.phone_number", "user.contact.phone_number", "user.contact.email",
      "user.contact.address", "user.contact.address", "user.contact.address.city", "user.contact.address",
      "user.contact.address.postal_code", "user.name"]),
    ("alunos", "nome nome_do_pai nome_da_mae nome_responsavel data_de_nascimento naturalidade",  # `do`, `da`: of
     "students", "name father_name mother_name guardian_name date_of_birth place_of_birth",
     ["user.name", "user.name", "user.name", "user.name", "user.demographic.date_of_birth", "user"]),
    # European Portuguese: apelido is the surname, NIF a tax ID, morada the address, telemovel the mobile
    ("funcionarios", "nome apelido nif morada codigo_postal localidade telemovel data_nascimento estado_civil salario",
     "employees", "name surname tax_id address postal_code locality mobile date_of_birth marital_status salary",
     ["user.name", "user.name", "user.government_id.tax_id", "user.contact.address", "user.contact.address.postal_code",
      "user.contact.address.city", "user.contact.phone_number", "user.demographic.date_of_birth", "user", "user"]),
    ("klienci", "imie nazwisko pesel data_urodzenia ulica nr_domu nr_mieszkania kod_pocztowy miejscowosc telefon email",
     "customers", "first_name last_name national_id date_of_birth street house_number apartment postal_code locality "
                  "phone email",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.date_of_birth",
      "user.contact.address", "user.contact.address", "user.contact.address", "user.contact.address.postal_code",
      "user.contact.address.city", "user.contact.phone_number", "user.contact.email"]),
    ("uczniowie", "imie nazwisko imie_ojca nazwisko_panienskie_matki miasto_zamieszkania",  # nouns in the genitive
     "students", "first_name last_name father_first_name mother_maiden_name city",
     ["user.name", "user.name", "user.name", "user.name", "user.contact.address.city"]),
    ("pracownicy", "imie nazwisko nip plec wynagrodzenie stanowisko nr_dowodu telefon_sluzbowy",
     "employees", "first_name last_name tax_id gender salary job_title id_card_number work_phone",
     ["user.name", "user.name", "user.government_id.tax_id", "user.demographic.gender", "user", "user",
      "user.government_id", "user.contact.phone_number"]),
    # Dutch: the tussenvoegsel (van, de) is part of the name, the woonplaats the city a person lives in
    ("klanten", "voornaam tussenvoegsel achternaam geboortedatum bsn straat huisnummer postcode woonplaats "
                "telefoonnummer emailadres",
     "customers", "first_name name_prefix last_name date_of_birth national_id street house_number postal_code city "
                  "phone_number email",
     ["user.name", "user.name", "user.name", "user.demographic.date_of_birth",
      "user.government_id.national_identification_number", "user.contact.address", "user.contact.address",
      "user.contact.address.postal_code", "user.contact.address.city", "user.contact.phone_number",
      "user.contact.email"]),
    # Dutch civil registry (GBA/BRP): the surname is the geslachtsnaam (not a gender), its prefix the
    # voorvoegsel, the A-number a national ID, `aand` (aanduiding) the code of a value
    ("personen", "voornamen geslachtsnaam voorvoegsel geslachts_aand a_nummer burgerservicenummer datum_overlijden "
                 "woonplaatsnaam huisletter gemeentedeel",
     "people", "first_name surname name_prefix gender_code national_id national_id date_of_death city house_number "
               "district",
     ["user.name", "user.name", "user.name", "user.demographic.gender", "user.government_id.national_identification_number",
      "user.government_id.national_identification_number", "user", "user.contact.address.city", "user.contact.address",
      "user.contact.address"]),
    # Norwegian, Danish and Swedish, written with their own letters (ø, æ, ö) or in ASCII: the
    # fødselsnummer, CPR and personnummer are national ID numbers
    ("personer", "fornavn etternavn fødselsnummer fødselsdato kjønn adresse postnummer poststed telefonnummer epost "
                 "sivilstand statsborgerskap",
     "people", "first_name last_name national_id date_of_birth gender address postal_code city phone_number email "
               "marital_status citizenship",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.date_of_birth",
      "user.demographic.gender", "user.contact.address", "user.contact.address.postal_code", "user.contact.address.city",
      "user.contact.phone_number", "user.contact.email", "user", "user"]),
    ("kunder", "navn cpr_nummer adresse postnr bynavn telefon email kontonummer",
     "customers", "name national_id address postal_code city phone email bank_account_number",
     ["user.name", "user.government_id.national_identification_number", "user.contact.address",
      "user.contact.address.postal_code", "user.contact.address.city", "user.contact.phone_number", "user.contact.email",
      "user.financial.bank_account"]),
    ("anställda", "förnamn efternamn personnummer kön födelsedatum gatuadress postort mobilnummer lön",
     "employees", "first_name last_name national_id sex date_of_birth street city mobile_number salary",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.gender",
      "user.demographic.date_of_birth", "user.contact.address", "user.contact.address.city", "user.contact.phone_number",
      "user"]),
    ("fodselsregister", "fornavn etternavn fodselsnummer fodselsdato kjonn",  # the same words in ASCII
     "birth_register", "first_name last_name national_id date_of_birth gender",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.date_of_birth",
      "user.demographic.gender"]),
    # Finnish, written with its own letters (ä, ö) or in ASCII: the henkilötunnus (hetu) is the
    # national ID number, the kutsumanimi the first name a person goes by
    ("henkilöt", "etunimet sukunimi kutsumanimi henkilötunnus syntymäaika sukupuoli katuosoite postinumero "
                 "postitoimipaikka puhelinnumero sähköposti kansalaisuus äidinkieli passinumero",
     "people", "first_name surname nickname national_id date_of_birth sex street_address postal_code city "
               "phone_number email citizenship mother_tongue passport_number",
     ["user.name", "user.name", "user.name", "user.government_id.national_identification_number",
      "user.demographic.date_of_birth", "user.demographic.gender", "user.contact.address",
      "user.contact.address.postal_code", "user.contact.address.city", "user.contact.phone_number",
      "user.contact.email", "user", "user", "user.government_id.passport_number"]),
    ("henkilo", "etunimet sukunimi hetu syntymaaika kuolinpaiva sukupuoli sahkoposti",  # the same words in ASCII
     "person", "first_name surname national_id date_of_birth date_of_death sex email",
     ["user.name", "user.name", "user.government_id.national_identification_number", "user.demographic.date_of_birth",
      "user", "user.demographic.gender", "user.contact.email"]),
    ("tyontekijat", "nimi kayttajatunnus matkapuhelin lahiosoite palkka",
     "employees", "name username mobile street_address salary",
     ["user.name", "user.account.username", "user.contact.phone_number", "user.contact.address", "user"]),
    ("pasienter", "navn fødselsdato diagnose allergi blodtype gravid",
     "patients", "name date_of_birth diagnosis allergy blood_type pregnant",
     ["user.name", "user.demographic.date_of_birth"] + ["special.health"] * 4),
    # a patient's height and weight are health data in every language (not a product's)
    ("pacientes", "nome altura peso observacao", "patients", "name height weight remarks",
     ["user.name"] + ["special.health"] * 3),
    ("patienten", "name koerpergroesse koerpergewicht", "patients", "name height body_weight",
     ["user.name", "special.health", "special.health"]),
    # Indonesian: the NIK is the national ID number, no_hp a mobile number, the name comes before whose it is
    ("penduduk", "nama nik tempat_lahir tanggal_lahir jenis_kelamin agama pekerjaan status_kawin alamat telepon "
                 "nama_ibu golongan_darah",
     "residents", "name national_id place_of_birth date_of_birth gender religion occupation marital_status address "
                  "phone mother_name blood_type",
     ["user.name", "user.government_id.national_identification_number", "user", "user.demographic.date_of_birth",
      "user.demographic.gender", "special.religious_beliefs", "user", "user", "user.contact.address",
      "user.contact.phone_number", "user.name", "special.health"]),
    ("pelanggan", "nama_lengkap email no_hp alamat kode_pos kota npwp no_rekening",
     "customers", "full_name email mobile_number address postal_code city tax_id bank_account_number",
     ["user.name", "user.contact.email", "user.contact.phone_number", "user.contact.address",
      "user.contact.address.postal_code", "user.contact.address.city", "user.government_id.tax_id",
      "user.financial.bank_account"]),
    ("pasien", "nama umur kelamin alergi diagnosa hamil", "patients", "name age sex allergies diagnosis pregnant",
     ["user.name", "user.demographic.age", "user.demographic.gender"] + ["special.health"] * 3),
    ("pasien_gejala", "suhu_tubuh batuk demam sesak_nafas", "patient_symptoms",  # symptoms, in a table of a patient's
     "body_temperature cough fever shortness_of_breath", ["special.health"] * 4),
    # travellers home for the holidays (Indonesian pemudik) watched for COVID-19, as OpenSID keeps them
    ("covid19_pemudik", "status_covid no_hp email", "covid19_travellers", "covid_status mobile email",
     ["special.health", "user.contact.phone_number", "user.contact.email"]),
    ("viajantes", "estado_covid email", "travellers", "covid_status email", ["special.health", "user.contact.email"]),
    # whether a pupil can read (i-Educar's analfabeto, Indonesian buta huruf) and a minor's emancipation
    ("alunos", "nome analfabeto emancipado", "students", "name illiterate emancipated", ["user.name", "user", "user"]),
    ("penduduk", "nama nik buta_huruf", "residents", "name national_id illiterate",
     ["user.name", "user.government_id.national_identification_number", "user"]),
    # where a resident died (OpenSID's population events: meninggal di, died at) and the family's welfare class
    ("penduduk", "nama nik meninggal_di kelas_sosial", "residents", "name national_id place_of_death social_class",
     ["user.name", "user.government_id.national_identification_number", "user", "user.financial"]),
    # where a person works and last worked (i-Educar's fisica), how a resident prevents pregnancy (OpenSID's
    # cara_kb, the family-planning method, kept as a key into its list)
    ("pessoa_fisica", "nome email local_trabalho ultima_empresa", "employees", "name email workplace last_employer",
     ["user.name", "user.contact.email", "user", "user"]),
    ("penduduk", "nama nik cara_kb_id metode_kontrasepsi", "residents",
     "name national_id contraceptive_method_id birth_control",
     ["user.name", "user.government_id.national_identification_number", "special.health", "special.health"]),
    # the civil-status facts and certificates of a person's register entry (OpenSID, i-Educar, a Dutch register)
    ("penduduk", "nama akta_kelahiran akta_perkawinan tanggal_perkawinan akta_perceraian tanggal_perceraian",
     "residents", "name birth_certificate marriage_certificate marriage_date divorce_certificate divorce_date",
     ["user.name", "user.government_id", "user.government_id", "user", "user.government_id", "user"]),
    ("personen", "voornamen geboorteakte huwelijksakte huwelijksdatum overlijdensakte",
     "persons", "first_name birth_certificate marriage_certificate marriage_date death_certificate",
     ["user.name", "user.government_id", "user.government_id", "user", "user.government_id"]),
    ("pessoas", "nome certidao_nascimento certidao_casamento data_casamento",
     "people", "name birth_certificate marriage_certificate date_of_marriage",
     ["user.name", "user.government_id", "user.government_id", "user"]),
    # the Danish CPR record's address (every system that copies CPR names its fields so): the c/o
    # name, the locality, the street's code, building number, floor and door are the address's parts
    ("person", "cpr fornavn efternavn conavn lokalitet vejnavn vejkode husnummer bygningsnummer etage "
               "sidedoernummer postnummer postdistrikt",
     "person", "cpr first_name last_name care_of_name locality street street_code house_number building_number floor "
               "door_number postal_code city",
     ["user.government_id.national_identification_number", "user.name", "user.name", "user.name",
      "user.contact.address.city"] + ["user.contact.address"] * 6 + ["user.contact.address.postal_code",
                                                                    "user.contact.address.city"]),
    # a person's position (Danish and Norwegian stilling, the CPR's job title) and education
    ("ansatte", "fornavn efternavn stilling uddannelse", "employees", "first_name last_name job_position education",
     ["user.name", "user.name", "user", "user"]),
    ("anstallda", "fornamn efternamn befattning utbildning", "employees", "first_name last_name job_title education",
     ["user.name", "user.name", "user", "user"]),
    # an address abroad and its country, address lines, in Danish, Norwegian and Swedish
    ("sundhedskort", "cpr adresselinje1 adresselinje2 postnummer bopaelsland udlandsadresse", "health_cards",
     "cpr address_line_1 address_line_2 postal_code country_of_residence foreign_address",
     ["user.government_id.national_identification_number", "user.contact.address", "user.contact.address",
      "user.contact.address.postal_code", "user.contact.address.country", "user.contact.address"]),
    ("personer", "fodselsnummer bostedsland utenlandsadresse", "people",
     "national_id country_of_residence foreign_address",
     ["user.government_id.national_identification_number", "user.contact.address.country", "user.contact.address"]),
    ("medewerkers", "voorletters achternaam geslacht salaris functie bankrekeningnummer",
     "employees", "initials last_name gender salary job_title bank_account_number",
     ["user.name", "user.name", "user.demographic.gender", "user", "user", "user.financial.bank_account"]),
]


# Korean schemas write the public-data common standard words' romanized abbreviations (TB_ prefixes), and
# eGovFrame, the government's standard framework, its own (COMTN prefixes, run together)
KOREAN_PEOPLE = [
    ("tb_mber", "mber_nm brthdy sexdstn_cd mbl_telno eml_addr zip dtl_addr pswd",
     "members", "member_name birthday sex_cd mobile_number email_address zip detail_address password",
     ["user.name", "user.demographic.date_of_birth", "user.demographic.gender", "user.contact.phone_number",
      "user.contact.email", "user.contact.address.postal_code", "user.contact.address",
      "user.authorization.credentials"]),
    ("tb_cstmr", "cstmr_nm flnm rrno brdt telno fxno",
     "customers", "customer_name full_name national_id birth_date phone fax_number",
     ["user.name", "user.name", "user.government_id.national_identification_number",
      "user.demographic.date_of_birth", "user.contact.phone_number", "user.contact.phone_number"]),
    ("comtngnrlmber", "mber_nm ihidnum sexdstn_code brthdy mbtlnum fxnum",
     "general_members", "member_name national_id_number sex_code birthday mobile_number fax_number",
     ["user.name", "user.government_id.national_identification_number", "user.demographic.gender",
      "user.demographic.date_of_birth", "user.contact.phone_number", "user.contact.phone_number"]),
    ("tb_emplyr", "emplyr_nm wrter_nm applcnt_nm", "employees", "employee_name author_name applicant_name",
     ["user.name", "user.name", "user.name"]),    # eGovFrame's and the standard's remarks (비고: RM, RMRK) on a member's business card or family event
    ("tb_mber", "mber_nm rm", "members", "member_name remarks", ["user.name", "user.content"]),
    ("tb_mber_ncrd", "mber_nm rmrk", "member_cards", "member_name remarks", ["user.name", "user.content"]),
]


@pytest.mark.parametrize(("table", "columns", "english", "english_columns", "expected"), PEOPLE + KOREAN_PEOPLE,
                         ids=[f"{row[0]}" for row in PEOPLE + KOREAN_PEOPLE])
def test_a_table_of_people_in_another_language_is_read_like_its_english_twin(
        table: str, columns: str, english: str, english_columns: str, expected: list[str | None]) -> None:
    names, english_names = columns.split(), english_columns.split()
    assert [generic(english, name, "", english_columns) for name in english_names] == expected
    assert [generic(table, name, "", columns) for name in names] == expected


@pytest.mark.parametrize(("column", "english_column", "expected"), [
    ("bosituasjon_samboer_navn", "partner_name", "user.name"),
    ("sivilstand_tidligere_samboer_fodselsnummer", "partner_national_id",
     "user.government_id.national_identification_number"),
    ("bosituasjon_samboer_fodselsdato", "partner_date_of_birth", "user.demographic.date_of_birth"),
    ("samlever_land", "partner_country", "user.contact.address.country"),
    ("sambo_personnummer", "partner_national_id", "user.government_id.national_identification_number"),
    ("avopuoliso_nimi", "partner_name", "user.name"),
])
def test_a_cohabitant_in_a_nordic_form_is_a_partner_whose_details_are_theirs(
        column: str, english_column: str, expected: str) -> None:
    """Norwegian samboer, Swedish sambo, Danish samlever, Finnish avopuoliso: the partner one lives
    with, named inside a longer name in an application form as `partner_` is in English."""
    assert generic("application_form", english_column, "varchar(100)", "id national_id name") == expected
    assert generic("soknadsskjema", column, "varchar(100)", "id fodselsnummer navn") == expected


@pytest.mark.parametrize(("table", "column", "column_type", "expected"), [
    # NAV's schemas: the personident is the fødselsnummer or D-number, whoever's row it is in
    ("tilkjent_ytelse", "personident", "varchar(11)", "user.government_id.national_identification_number"),
    ("andel_tilkjent_ytelse", "person_ident", "character varying", "user.government_id.national_identification_number"),
    ("oppgave", "barn_person_ident", "character varying", "user.government_id.national_identification_number"),
    # ... a key to a row of identities is a key
    ("fagsak_person", "person_ident_id", "bigint", None),
    ("fagsak_person", "person_ident_id", "uuid", None),
])
def test_a_norwegian_personident_is_the_national_id(table: str, column: str, column_type: str,
                                                     expected: str | None) -> None:
    assert generic(table, column, column_type, "id behandling_id") == expected


def test_a_qualifier_or_a_trailing_qualifier_in_another_language_keeps_the_column_what_it_is() -> None:
    assert generic("clientes", "direccion_envio", "", "nombre direccion_envio") == generic(
        "customers", "shipping_address", "", "name shipping_address") == "user.contact.address"
    assert generic("clientes", "telefono_casa", "", "nombre") == generic(
        "customers", "phone_home", "", "name") == "user.contact.phone_number"
    assert generic("kunden", "email_privat", "", "name") == generic(
        "customers", "email_private", "", "name") == "user.contact.email"
    assert generic("klienci", "nr_telefonu_domowego", "", "imie nazwisko") == generic(  # Polish: a genitive
        "customers", "phone_number_home", "", "first_name last_name") == "user.contact.phone_number"
    assert generic("clienti", "telefono_lavoro", "", "nome cognome") == generic(
        "customers", "phone_work", "", "name surname") == "user.contact.phone_number"
    assert generic("klanten", "email_prive", "", "voornaam achternaam") == generic(
        "customers", "email_private", "", "first_name last_name") == "user.contact.email"


# a thing's or a company's own address and phone are nobody's personal data, in any language
THINGS = [
    ("almacenes", "nombre direccion telefono", "warehouses", "name address phone"),
    ("lager", "bezeichnung strasse plz ort telefon", "warehouses", "label street postal_code city phone"),
    ("entrepots", "nom adresse code_postal ville telephone", "warehouses", "name address postal_code city phone"),
    ("складове", "име адрес град телефон", "warehouses", "name address city phone"),
    ("lieferanten", "name strasse telefon email", "suppliers", "name street phone email"),
    ("proveedores", "nombre direccion telefono correo", "suppliers", "name address phone email"),
    ("fournisseurs", "nom adresse telephone courriel", "suppliers", "name address phone email"),
    ("доставчици", "име адрес телефон имейл", "suppliers", "name address phone email"),
    ("firmen", "name strasse telefon", "companies", "name street phone"),
    ("ciudades", "ciudad latitud longitud", "cities", "city latitude longitude"),
    ("prodotti", "nome descrizione prezzo categoria", "products", "name description price category"),
    ("citta", "nome provincia regione cap", "cities", "name province region postal_code"),
    ("comuni", "nome provincia cap codice_istat", "cities", "name province postal_code code"),  # municipalities
    ("municipios", "nome uf codigo_ibge", "cities", "name state code"),
    ("ordini", "cliente_id data_ordine importo", "orders", "customer_id order_date amount"),
    ("fornitori", "ragione_sociale partita_iva codice_fiscale indirizzo cap citta telefono email",
     "suppliers", "company_name vat_number tax_id address postal_code city phone email"),
    ("magazzini", "nome indirizzo cap citta telefono", "warehouses", "name address postal_code city phone"),
    ("produtos", "nome descricao preco categoria", "products", "name description price category"),
    ("cidades", "nome uf", "cities", "name state"),
    ("pedidos", "cliente_id data_pedido valor_total", "orders", "customer_id order_date total"),
    ("empresas", "razao_social cnpj endereco cep telefone email",
     "companies", "company_name tax_id address postal_code phone email"),
    ("pessoas_juridicas", "razao_social nome_fantasia cnpj email telefone",  # legal persons: companies
     "legal_entities", "business_name trade_name tax_id email phone"),
    ("fornecedores", "nome nif morada codigo_postal telefone email",
     "suppliers", "name tax_id address postal_code phone email"),
    # an administration's organisational unit (Italian PA's `uo`, as GovPay's), with its address and phones
    ("uo", "uo_denominazione uo_indirizzo uo_civico uo_cap uo_localita uo_email uo_tel",
     "organizational_unit", "org_label org_address org_house_number org_postal_code org_locality org_email org_phone"),
    ("unidade_organizacional", "nome endereco cep telefone email", "organizational_unit", "name address postal_code phone email"),
    ("produkty", "nazwa opis cena kategoria", "products", "label description price category"),
    ("miasta", "nazwa wojewodztwo powiat", "cities", "label province county"),
    ("zamowienia", "klient_id data_zamowienia kwota", "orders", "customer_id order_date amount"),
    ("firmy", "nazwa nip regon adres kod_pocztowy miejscowosc telefon email",
     "companies", "label tax_id registration_number address postal_code locality phone email"),
    ("producten", "naam omschrijving prijs categorie", "products", "name description price category"),
    ("steden", "naam provincie gemeente", "cities", "name province town"),
    ("bestellingen", "klant_id besteldatum bedrag", "orders", "customer_id order_date amount"),
    ("leveranciers", "naam kvk_nummer btw_nummer adres postcode plaats telefoon email",
     "suppliers", "name registration_number vat_number address postal_code city phone email"),
    ("magazijnen", "naam straat postcode woonplaats telefoon", "warehouses", "name street postal_code city phone"),
    ("varer", "navn beskrivelse kategori", "products", "name description category"),
    ("produtos_medidas", "nome peso altura preco", "products", "name weight height price"),
    ("leverandører", "navn adresse postnummer telefon epost", "suppliers", "name address postal_code phone email"),
    ("leverantörer", "namn adress postnummer telefonnummer", "suppliers", "name address postal_code phone_number"),
    ("toimittajat", "nimi osoite postinumero puhelin sahkoposti", "suppliers", "name address postal_code phone email"),
    # a room's floor and door are the building's, not an address of anyone's
    ("lokaler", "navn etage doer kapacitet", "rooms", "name floor door capacity"),
    ("produk", "nama deskripsi harga kategori", "products", "name description price category"),
    ("gudang", "nama alamat telepon kota", "warehouses", "name address phone city"),
    ("tb_fclt", "fclt_nm addr telno", "facilities", "facility_name address phone"),  # Korean: a facility's
    ("tb_entrprs", "entrprs_nm addr entrprs_telno", "companies", "company_name address company_phone"),
    ("pemasok", "nama alamat telepon email npwp", "suppliers", "name address phone email tax_id"),
    ("produk", "nama kontrasepsi harga", "products", "name contraceptive price"),  # a pharmacy's stock
    ("tb_ctgry", "ctgry_nm cn sj", "categories", "category_name content subject"),  # Korean: a category's text
    ("programas", "nome alfabetizacao orcamento", "programs", "name literacy budget"),  # a literacy programme
    ("lojas", "nome local_trabalho telefone", "stores", "name workplace phone"),
]


@pytest.mark.parametrize(("table", "columns", "english", "english_columns"), THINGS, ids=[row[0] for row in THINGS])
def test_a_table_of_things_in_another_language_stays_non_personal_like_its_english_twin(
        table: str, columns: str, english: str, english_columns: str) -> None:
    english_found = [generic(english, name, "", english_columns) for name in english_columns.split()]
    found = [generic(table, name, "", columns) for name in columns.split()]
    assert found == english_found == [None] * len(found)


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    # Indonesian civil registration: the family card (kartu keluarga) number, also the previous one, a
    # foreigner's stay permit (KITAS, KITAP), where the person was born, a chronic illness
    ("penduduk", "no_kk", "varchar", "nama nik", "user.government_id"),
    ("keluarga", "nomor_kartu_keluarga", "varchar", "nik_kepala alamat", "user.government_id"),
    ("penduduk", "no_kk_sebelumnya", "varchar", "nama nik", "user.government_id"),
    ("penduduk", "dokumen_kitas", "varchar", "nama nik", "user"),
    ("penduduk", "tempat_dilahirkan", "tinyint", "nama nik", "user"),
    ("penduduk", "sakit_menahun_id", "int", "nama nik", "special.health"),
    ("penduduk", "pendidikan", "varchar", "nama nik", "user"),  # the person's education
    # a bare `kk` is the head of the family, no card: the family's rank and its head's sex are no number
    ("penduduk", "kk_level", "tinyint", "nama nik", None),
    ("penduduk", "id_kk", "int", "nama nik", None),
])
def test_indonesian_register_documents_and_facts(
        table: str, column: str, column_type: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("users", "home_dir", "", "id name email", None),  # `dir` is a directory, not a Spanish dirección
    ("users", "str", "", "id name email", "user.contact.address"),  # German `Str.`: a street
    ("export", "email", "", "c2 order_ref", "user.contact.email"),  # `export` splits into exp + ort: no table of places
    ("wohnort", "strasse", "", "mitglied_id plz ort", "user.contact.address"),  # a member's residence, not a city list
    ("usager_entretien", "raison", "text", "uuid usagerUUID", "user"),  # French raison is not a reason (raison sociale)
    ("orders", "ship_via", "", "order_id customer_id ship_name ship_address", None),  # Italian via: a carrier here
    ("autisti", "eta", "timestamp", "nome cognome telefono", None),  # Italian eta (age) is an ETA in English
    ("shipments", "cargo", "", "id weight destination", None),  # Portuguese cargo (a post) is freight in English
    ("animais", "raca", "", "nome especie tutor_id", None),  # Portuguese raca is an animal's breed too
    ("goles", "partido", "", "jugador_id minuto", None),  # Portuguese partido (a party) is a Spanish match
    ("komorki_organizacyjne", "komorka", "", "nazwa kierownik_id", None),  # Polish komorka: a mobile, or a unit
    ("users", "lon", "", "id name lat", "user.location.precise"),  # Swedish lön (pay) is a longitude in English
    ("flights", "gate", "", "id flight_no terminal", None),  # Norwegian gate (a street) is a gate
    ("game_characters", "hp", "", "id name level", None),  # Indonesian hp (a mobile) is hit points
    ("customers", "nm", "float", "id nm email", None),  # Korean and Brazilian nm (a name) is nanometres as a number
    ("spectra", "nm", "numeric", "sample_id absorbance", None),
    ("spatial_index", "mbr", "", "id geom", None),  # Korean mbr (a member) is a minimum bounding rectangle
], ids=["dir", "str", "export", "wohnort", "raison", "via", "eta", "cargo", "raca", "partido", "komorka", "lon", "gate",
        "hp", "nm_float", "nm_spectrum", "mbr"])
def test_a_translation_that_means_something_else_in_another_schema_is_left_out(
        table: str, column: str, column_type: str, siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "columns", "english_columns"), [
    ("clienti", "nome email telefono referente nome_referente", "name email phone contact_person contact_name"),
    ("klanten", "naam email telefoon contactpersoon", "name email phone contact_person"),
    ("clientes", "nome email telefone pessoa_contato", "name email phone contact_person"),
], ids=["referente", "contactpersoon", "pessoa_contato"])
def test_a_business_with_a_contact_person_in_another_language_is_read_like_its_english_twin(
        table: str, columns: str, english_columns: str) -> None:
    """A customer row with a contact person of its own is a company: its name, e-mail and phone are
    the company's; the contact person's name stays personal."""
    english_found = [generic("customers", name, "", english_columns) for name in english_columns.split()]
    found = [generic(table, name, "", columns) for name in columns.split()]
    assert found == english_found
    assert found[-1] == "user.name" and found[:3] == [None] * 3


@pytest.mark.parametrize(("table", "column", "expected"), [
    # Bulgarian writes the identity card (лична карта) ЛК, after its number
    ("rabotnici", "nomer_lk", "user.government_id"),
    ("rabotnici", "nomer_na_lk", "user.government_id"),
    ("работници", "номер_на_лк", "user.government_id"),
    # ... a bare `lk` is a lookup table's prefix, not an identity card
    ("rabotnici", "lk", None),
    ("lk_country", "lk_code", None),
])
def test_a_bulgarian_identity_card_number_written_lk(table: str, column: str, expected: str | None) -> None:
    assert generic(table, column, "varchar(9)", "id ime familia egn") == expected


def test_a_covid_status_is_health_data_only_in_a_table_of_people() -> None:
    assert generic("pemudik", "status_covid", "varchar(50)", "nama no_hp") == "special.health"
    assert generic("kebijakan", "status_covid", "varchar(50)", "judul tanggal") is None  # a policy's


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("decisions", "refusal_justification", "case_person_id outcome", "user.content"),
    ("vedtak", "avsla_begrunnelse", "fagsak_person_id resultat_type", "user.content"),  # NAV's benefit decisions
    ("fisica", "justificativa_provisorio", "idpes nome data_nasc sexo", "user.content"),  # i-Educar's people
    ("price_change", "justification", "product_id amount", None),  # a thing's: nobody's
    ("vedtak", "begrunnelse", "resultat_type brevmal", None),  # linked to nobody
], ids=["english", "norwegian", "portuguese", "thing", "unlinked"])
def test_a_justification_written_about_a_person_is_content(table: str, column: str, siblings: str,
                                                            expected: str | None) -> None:
    """The justification a caseworker writes for a decision on a person's case (Norwegian and Danish
    `begrunnelse`, `begrundelse`, Brazilian `justificativa`) is text about that person, in a table of
    their rows or keyed to them; a justification of a thing's change, or in a table linked to nobody,
    is not."""
    assert generic(table, column, "varchar(255)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    # pagoPA's subjects (GovPay's debt positions and portal payments, the RPT's soggettoPagatore and
    # soggettoVersante): the identifier (the codice fiscale or VAT number) and registry name of a debtor
    # (`debitore`) or of whoever pays in (`versante`, a remitter) are the person's, as `debtor_identifier`
    ("versamenti", "debitore_identificativo", "debitore_anagrafica debitore_email importo", "user"),
    ("versamenti", "src_debitore_identificativo", "debitore_identificativo importo", "user"),
    ("pagamenti_portale", "versante_identificativo", "nome importo stato", "user"),
    ("bonifici", "remitter_email", "amount remitter_account", "user.contact.email"),
    ("versamenti", "debitore_anagrafica", "debitore_identificativo debitore_email importo", "user.name"),
    ("debts", "debtor_identifier", "amount due_date", "user"),
    # a creditor body's own identifier and registry entry are nobody's
    ("domini", "identificativo", "cod_dominio ragione_sociale", None),
    ("domini", "anagrafica", "cod_dominio ragione_sociale", None),
], ids=["debtor-id", "debtor-id-copy", "remitter-id", "remitter-english", "debtor-name", "english", "body-id",
        "body-name"])
def test_an_italian_payment_subjects_identifier_and_registry_name(table: str, column: str, siblings: str,
                                                                  expected: str | None) -> None:
    """Italian `identificativo` is an identifier and `anagrafica` (pagoPA's anagraficaPagatore: the full
    name or business name) a full name; a remitter (Italian `versante`) is a person, as a debtor is."""
    assert generic(table, column, "varchar(70)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    # the CPR record's custody (forældremyndighed) and guardianship (umyndiggørelse, værge) relations
    ("ForaeldreMyndighedRelation", "TypeKode", "Id CPR RelationCpr TypeTekst", "user"),
    ("UmyndiggoerelseVaergeRelation", "TypeTekst", "Id CPR RelationCpr VaergesNavn", "user"),
    ("UmyndiggoerelseVaergeRelation", "RelationsTekst1", "Id CPR RelationCpr VaergesNavn", "user"),
    ("foreldreansvar", "ansvar_kode", "id person_id fodselsnummer", "user"),  # Norwegian
    ("parental_responsibility", "type_code", "id person_id relation_person_id", "user"),  # their English twin
    # ... their keys and bookkeeping are not; a bank's custody account is no child's custody
    ("ForaeldreMyndighedRelation", "ForaeldreMyndighedRelationPID", "Id CPR RelationCpr TypeTekst", None),
    ("custody_accounts", "fee_type", "id customer_id balance", None),
], ids=["danish-custody", "danish-guardianship", "guardians-address", "norwegian", "english", "key", "bank-custody"])
def test_a_record_of_a_persons_custody_or_guardianship_is_about_them(table: str, column: str, siblings: str,
                                                                     expected: str | None) -> None:
    """Who has custody of a child (Danish forældremyndighed, Norwegian foreldreansvar, German Sorgerecht)
    and who is a person's guardian (Danish værgemål and umyndiggørelse, Dutch curatele): the kind of
    the relation and what is written about it are facts about the person, as in any record of them."""
    assert generic(table, column, "varchar(50)", siblings) == expected



@pytest.mark.parametrize(("table", "column", "column_type", "english_table", "english_column", "expected"), [
    # the LO3 (GBA-V) and BAG element names Dutch municipal systems copy, as in the BRP's lo3_adres
    ("lo3_adres", "open_ruimte_naam", "varchar(80)", "addresses", "street_name", "user.contact.address"),
    ("adres", "naam_openbare_ruimte", "varchar(80)", "addresses", "street_name", "user.contact.address"),
    ("lo3_adres", "huis_nr_aand", "varchar(2)", "addresses", "house_number", "user.contact.address"),
    ("persoon", "titel_predicaat", "varchar(2)", "persons", "title", "user"),
    ("lo3_pl_verblijfstitel", "verblijfstitel_aand", "smallint", "residence_permits", "residence_permit_code", "user"),
    # where a dwelling without a street address lies (a houseboat's mooring: the LO3 locatiebeschrijving)
    ("lo3_adres", "locatie_beschrijving", "varchar(35)", "addresses", "location_description", "user.contact.address"),
    ("lo3_adres", "diak_locatie_beschrijving", "varchar(35)", "addresses", "location_description",
     "user.contact.address"),
    # ... their code tables, and a thing's row, are nobody's
    ("lo3_titel_predicaat", "titel_predicaat", "varchar(2)", "titles", "title", None),
    ("lo3_verblijfstitel_aand", "verblijfstitel_aand", "smallint", "residence_permit_kinds", "residence_permit_kind", None),
    ("evenementen", "locatie_beschrijving", "varchar(35)", "events", "location_description", None),
], ids=["public-space", "public-space-full", "house-number-designation", "noble-title", "residence-title",
        "location-description", "location-description-diacritic", "title-codes", "residence-title-codes",
        "event-location"])
def test_dutch_civil_registry_and_address_register_elements_are_read_like_their_english_twins(
        table: str, column: str, column_type: str, english_table: str, english_column: str, expected: str | None) -> None:
    """The BRP's LO3 categories and the BAG name an address's street `openbare ruimte` (public space),
    the designation beside a house number (by, to) `aanduiding bij huisnummer`, a residence permit
    `verblijfstitel`, a noble title or predicate `adellijke titel/predicaat` and where a dwelling
    without a street address lies `locatiebeschrijving`."""
    siblings = {"lo3_adres": "adres_id straat_naam huis_nr postcode woon_plaats_naam",
                "adres": "id straatnaam huisnummer postcode woonplaats",
                "persoon": "pl_id a_nr voor_naam geslachts_naam geboorte_datum",
                "lo3_pl_verblijfstitel": "pl_id stapel_nr verblijfstitel_eind_datum",
                "lo3_titel_predicaat": "titel_predicaat_soort titel_predicaat_oms",
                "lo3_verblijfstitel_aand": "verblijfstitel_oms datum_opneming",
                "evenementen": "id titel begin_datum eind_datum"}[table]
    english = {"addresses": "id street house_number postal_code city", "persons": "id national_id last_name birth_date",
               "residence_permits": "person_id valid_until", "titles": "kind description",
               "residence_permit_kinds": "description recorded_on", "events": "id title starts_at ends_at"}[english_table]
    assert generic(english_table, english_column, column_type, english) == expected
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("pmieducar.aluno", "caminho_foto", "cod_aluno ref_idpes", "user"),  # i-Educar: the student's photo
    ("clientes", "ruta_foto", "id nombre apellidos email", "user"),
    ("utilisateurs", "chemin_photo", "id nom prenom email", "user"),
    ("produtos", "caminho_foto", "id nome preco", None),  # a product's picture is nobody's
])
def test_a_photo_path_in_another_language_is_a_persons_picture_in_their_row(
        table: str, column: str, siblings: str, expected: str | None) -> None:
    """`photo_path` as Portuguese, Spanish and French schemas write it (path, then photo) is the
    person's picture in a table of people, as `photo_path` is; a thing's photo stays none."""
    assert generic(table, column, "varchar(255)", siblings) == expected
