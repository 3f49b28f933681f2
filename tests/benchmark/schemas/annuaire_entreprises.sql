-- Annuaire des entreprises: the French government's public directory of companies
-- (annuaire-entreprises.data.gouv.fr), the SQLite databases its data pipelines build from the
-- national registers, with French column names: the RNE (Registre national des entreprises)
-- extract of legal units, including sole traders named by their surname and first names
-- (unite_legale), registered offices (siege), directors who are natural persons (dirigeant_pp:
-- name, gender, birth date, nationality, marital status) or companies (dirigeant_pm),
-- registrations and activities; the INSEE SIRENE establishments (etablissement: address,
-- coordinates, signs); the elected officials of local authorities (elus) and the authorities
-- (colter).
-- Source: https://github.com/annuaire-entreprises-data-gouv-fr/search-infra,
--   workflows/data_pipelines/rne/database/process_rne.py (create_tables),
--   workflows/data_pipelines/etl/sqlite/queries/etablissements.py
--   (create_table_etablissement_query), workflows/data_pipelines/colter/config.py (table_ddl)
-- Commit: 7c03bdbab828a6a026f0058e045dd8db1b1954b7
-- Licence: MIT (LICENSE in the source)
-- Trimmed: the CREATE TABLE statements of those Python strings verbatim (re-indented); kept 6
-- of the 7 RNE tables (dropped etablissement: siren, siret, date and file name, whose name the
-- SIRENE table uses), the SIRENE etablissement table, elus and colter; dropped the flux_,
-- historique_ and count tables, the indexes and the BEGIN/COMMIT around the DDL.

CREATE TABLE IF NOT EXISTS unite_legale
(
    siren TEXT,
    denomination TEXT,
    nom TEXT,
    nom_usage TEXT,
    prenom TEXT,
    nom_commercial TEXT,
    date_creation TEXT,
    date_mise_a_jour DATE,
    activite_principale TEXT,
    tranche_effectif_salarie TEXT,
    nature_juridique TEXT,
    etat_administratif TEXT,
    forme_exercice_activite_principale TEXT,
    statut_diffusion TEXT,
    adresse TEXT,
    file_name TEXT
);

CREATE TABLE IF NOT EXISTS siege
(
    siren TEXT,
    siret TEXT,
    enseigne TEXT,
    nom_commercial TEXT,
    pays TEXT,
    code_pays TEXT,
    commune TEXT,
    code_postal TEXT,
    code_commune TEXT,
    voie TEXT,
    num_voie TEXT,
    type_voie TEXT,
    indice_repetition TEXT,
    complement_localisation TEXT,
    distribution_speciale TEXT,
    date_mise_a_jour DATE,
    file_name TEXT
);

CREATE TABLE IF NOT EXISTS dirigeant_pp
(
    siren TEXT,
    date_mise_a_jour DATE,
    nom TEXT,
    nom_usage TEXT,
    prenoms TEXT,
    genre TEXT,
    date_de_naissance TEXT,
    role TEXT,
    nationalite TEXT,
    situation_matrimoniale TEXT,
    file_name TEXT
);

CREATE TABLE IF NOT EXISTS dirigeant_pm
(
    siren TEXT,
    siren_dirigeant TEXT,
    date_mise_a_jour DATE,
    denomination TEXT,
    role TEXT,
    pays TEXT,
    forme_juridique TEXT,
    file_name TEXT
);

CREATE TABLE IF NOT EXISTS immatriculation
(
    siren TEXT,
    date_mise_a_jour DATE,
    date_immatriculation DATE,
    date_radiation DATE,
    indicateur_associe_unique INTEGER,
    capital_social REAL,
    date_cloture_exercice TEXT,
    duree_personne_morale INT,
    date_fin_existence DATE,
    nature_entreprise TEXT,
    date_debut_activite TEXT,
    capital_variable INTEGER,
    devise_capital TEXT,
    file_name TEXT
);

CREATE TABLE IF NOT EXISTS activite
(
    siren TEXT,
    siret TEXT,
    code_category TEXT,
    indicateur_principal BOOLEAN,
    indicateur_prolongement BOOLEAN,
    date_debut DATE,
    form_exercice TEXT,
    categorisation_activite1 TEXT,
    categorisation_activite2 TEXT,
    categorisation_activite3 TEXT,
    indicateur_activitee_ape BOOLEAN,
    code_ape TEXT,
    activite_rattachee_eirl BOOLEAN,
    date_mise_a_jour DATE,
    file_name TEXT
);

CREATE TABLE IF NOT EXISTS etablissement
(
    siren TEXT,
    siret TEXT PRIMARY KEY,
    date_creation DATE,
    tranche_effectif_salarie TEXT,
    caractere_employeur TEXT,
    annee_tranche_effectif_salarie TEXT,
    activite_principale_registre_metier TEXT,
    est_siege TEXT,
    numero_voie TEXT,
    dernier_numero_voie TEXT,
    type_voie TEXT,
    libelle_voie TEXT,
    code_postal TEXT,
    libelle_cedex TEXT,
    libelle_commune TEXT,
    commune TEXT,
    complement_adresse TEXT,
    cedex TEXT,
    date_debut_activite DATE,
    distribution_speciale TEXT,
    etat_administratif_etablissement TEXT,
    enseigne_1 TEXT,
    enseigne_2 TEXT,
    enseigne_3 TEXT,
    activite_principale TEXT,
    activite_principale_naf25 TEXT,
    indice_repetition TEXT,
    nom_commercial TEXT,
    libelle_commune_etranger TEXT,
    code_pays_etranger TEXT,
    libelle_pays_etranger TEXT,
    x TEXT,
    y TEXT,
    latitude TEXT,
    longitude TEXT,
    coord_source TEXT,
    statut_diffusion_etablissement TEXT,
    date_mise_a_jour_insee DATE,
    date_mise_a_jour_rne DATE,
    date_fermeture_etablissement DATE
);

CREATE TABLE IF NOT EXISTS elus
(
    siren TEXT,
    nom TEXT,
    prenom TEXT,
    date_naissance TEXT,
    sexe TEXT,
    fonction TEXT
);

CREATE TABLE IF NOT EXISTS colter
(
    siren TEXT,
    colter_code TEXT,
    colter_code_insee TEXT,
    colter_niveau TEXT
);
