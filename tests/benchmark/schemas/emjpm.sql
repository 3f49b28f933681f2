-- eMJPM, the French social ministries' service for the legal protection of vulnerable adults
-- (mesures de protection juridique des majeurs: tutelle, curatelle): guardianship
-- professionals (mandataires, services and their branches), the courts (tribunaux
-- d'instance, tis) and their judges (magistrats), the protection measures with the protected
-- person's birth year, place of living and resources, the annual survey of professionals, API
-- clients and their tokens, and the lookups. Column names are mostly French.
-- Source: https://github.com/SocialGouv/emjpm,
--   packages/hasura/migrations/default/1609563558335_init/up.sql (the schema as of the first
--   Hasura migration, a pg_dump)
-- Commit: 9c3b7ac81f1ac3c74bd8cc4b7b9aaa4befb64b81
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: 34 of the 56 tables, verbatim (columns, types and defaults as pg_dump wrote them);
-- dropped the types, sequences, views, constraints, indexes and later migrations, the
-- champ_mesure, mesure_status, prestations_sociales, resultat_revision_mesure and
-- type_etablissement lookups, direction, processus_states, lb_user_etablissements, service_tis,
-- and the survey tables but one (enquetes, enquete_services, enquete_reponses and its
-- activite, agrements_formations, financement, modalites_exercice, populations, prepose_* and
-- service_* parts).
-- Held out: not seen while tuning the classifier (see labels_heldout.yaml).

CREATE TABLE public.access_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    access_token character varying(255) NOT NULL,
    editor_id integer NOT NULL,
    editor_url character varying(255) NOT NULL,
    expired boolean DEFAULT false,
    expired_on timestamp with time zone,
    refresh_token character varying(255),
    refresh_token_expires_on timestamp with time zone
);

CREATE TABLE public.api_logs (
    id integer NOT NULL,
    editor_id integer,
    token character varying(1200),
    request_url character varying(255),
    request_method character varying(255),
    request_params jsonb,
    response jsonb,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE public.authorization_codes (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    code character varying(255),
    redirect_uri character varying(255),
    client_id integer NOT NULL,
    user_id integer NOT NULL,
    expires_at timestamp with time zone
);

CREATE TABLE public.cause_sortie_mesure (
    value text NOT NULL,
    label text NOT NULL
);

CREATE TABLE public.civilite (
    value text NOT NULL
);

CREATE TABLE public.geolocalisation_code_postal (
    id integer NOT NULL,
    code_postal character varying(255),
    latitude real,
    longitude real,
    cities character varying(255),
    insee character varying(255)
);

CREATE TABLE public.commentaires (
    id integer NOT NULL,
    comment text,
    mandataire_id integer,
    ti_id integer,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    service_id integer
);

CREATE TABLE public.departements (
    id integer NOT NULL,
    id_region integer,
    code character varying(255) NOT NULL,
    nom character varying(255) NOT NULL
);

CREATE TABLE public.editor_token_requests (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    name character varying(255),
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE public.editors (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    api_token character varying(255) NOT NULL,
    redirect_uris jsonb DEFAULT '[]'::jsonb
);

CREATE TABLE public.enquete_reponses_informations_mandataire (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    last_update timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    benevole boolean,
    forme_juridique character varying(255),
    sexe character varying(255),
    anciennete character varying(255),
    estimation_etp character varying(255),
    secretaire_specialise_etp real,
    local_professionnel boolean,
    departement character varying(255),
    region character varying(255),
    nom character varying(255),
    exerce_seul_activite boolean,
    exerce_secretaires_specialises boolean,
    tranche_age character varying(255)
);

CREATE TABLE public.lb_departements (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    lb_user_id integer,
    departement_id integer,
    departement_financeur boolean
);

CREATE TABLE public.lb_users (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    email character varying(255),
    nom character varying(255),
    prenom character varying(255),
    type character varying,
    siret character varying(255),
    adresse1 text,
    adresse2 text,
    code_postal text,
    ville text
);

CREATE TABLE public.lieu_vie_majeur (
    value text NOT NULL,
    label text NOT NULL
);

CREATE TABLE public.logs_data (
    id integer NOT NULL,
    user_id integer,
    action character varying(255),
    result character varying(255),
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE public.magistrat (
    id integer NOT NULL,
    user_id integer NOT NULL,
    ti_id integer NOT NULL
);

CREATE TABLE public.mandataire_tis (
    id integer NOT NULL,
    mandataire_id integer,
    ti_id integer,
    created_at timestamp with time zone
);

CREATE TABLE public.mandataires (
    id integer NOT NULL,
    code_postal character varying(255) NOT NULL,
    ville character varying(255) NOT NULL,
    telephone character varying(255) NOT NULL,
    adresse character varying(255) NOT NULL,
    mesures_en_cours integer DEFAULT 0 NOT NULL,
    dispo_max integer,
    user_id integer,
    telephone_portable character varying(255),
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    email_send timestamp with time zone,
    genre character varying(255),
    mesures_en_attente integer DEFAULT 0 NOT NULL,
    competences text,
    department_id integer NOT NULL,
    siret character varying(255),
    latitude real,
    longitude real,
    lb_user_id integer
);

CREATE TABLE public.mesure_etat (
    id integer NOT NULL,
    mesure_id integer NOT NULL,
    date_changement_etat date NOT NULL,
    nature_mesure text NOT NULL,
    champ_mesure text,
    lieu_vie text NOT NULL,
    code_postal character varying(255),
    ville character varying(255),
    pays character varying(255) NOT NULL,
    type_etablissement text
);

CREATE TABLE public.mesure_ressources (
    id integer NOT NULL,
    annee integer,
    niveau_ressource numeric NOT NULL,
    mesure_id integer NOT NULL
);

CREATE TABLE public.mesure_ressources_prestations_sociales (
    id integer NOT NULL,
    mesure_ressources_id integer NOT NULL,
    prestations_sociales text NOT NULL
);

CREATE TABLE public.mesures (
    id integer NOT NULL,
    code_postal character varying(255),
    ville character varying(255),
    mandataire_id integer,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    annee_naissance character varying(255),
    date_nomination date,
    date_fin_mesure date,
    etablissement_id integer,
    ti_id integer,
    numero_dossier character varying(255),
    cabinet character varying(255),
    numero_rg character varying(255),
    department_id integer,
    antenne_id integer,
    service_id integer,
    is_urgent boolean DEFAULT false,
    judgment_date date,
    latitude real,
    longitude real,
    pays character varying(255) DEFAULT 'FR'::character varying NOT NULL,
    magistrat_id integer,
    lieu_vie text,
    type_etablissement text,
    civilite text,
    cause_sortie text,
    nature_mesure text,
    champ_mesure text,
    status text,
    date_premier_mesure date,
    date_protection_en_cours date,
    resultat_revision text
);

CREATE TABLE public.nature_mesure (
    value text NOT NULL,
    label text NOT NULL
);

CREATE TABLE public.ocmi_mandataires (
    nom character varying NOT NULL,
    prenom character varying NOT NULL,
    email character varying NOT NULL,
    siret character varying NOT NULL,
    adresse1 character varying NOT NULL,
    adresse2 character varying,
    code_postal character varying NOT NULL,
    ville character varying NOT NULL,
    mesures jsonb DEFAULT jsonb_build_array() NOT NULL,
    departement_financeur character varying NOT NULL
);

CREATE TABLE public.regions (
    id integer NOT NULL,
    nom character varying(255) NOT NULL
);

CREATE TABLE public.role (
    id integer NOT NULL,
    name character varying(255) NOT NULL
);

CREATE TABLE public.service_members (
    id integer NOT NULL,
    user_id integer,
    service_id integer,
    is_admin boolean DEFAULT false NOT NULL
);

CREATE TABLE public.service_antenne (
    id integer NOT NULL,
    service_id integer NOT NULL,
    name character varying(255),
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    code_postal character varying(255),
    ville character varying(255),
    contact_lastname character varying(255),
    contact_firstname character varying(255),
    contact_email character varying(255),
    contact_phone character varying(255),
    mesures_awaiting integer DEFAULT 0 NOT NULL,
    mesures_in_progress integer DEFAULT 0 NOT NULL,
    mesures_max integer DEFAULT 0 NOT NULL,
    adresse character varying(255),
    latitude real,
    longitude real
);

CREATE TABLE public.service_member_invitations (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    token character varying(255),
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    sent_at timestamp with time zone,
    service_id integer NOT NULL
);

CREATE TABLE public.services (
    id integer NOT NULL,
    etablissement character varying(255),
    email character varying(255),
    nom character varying(255),
    prenom character varying(255),
    code_postal character varying(255),
    ville character varying(255),
    telephone character varying(255),
    adresse character varying(255),
    dispo_max integer,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    competences character varying(255),
    department_id integer NOT NULL,
    mesures_in_progress integer,
    mesures_awaiting integer,
    latitude real,
    longitude real,
    siret character varying(255),
    org_gestionnaire boolean,
    org_nom character varying,
    org_adresse character varying,
    org_code_postal character varying,
    org_ville character varying,
    lb_adresse character varying,
    lb_code_postal character varying,
    lb_ville character varying
);

CREATE TABLE public.tis (
    id integer NOT NULL,
    etablissement character varying(255) NOT NULL,
    email character varying(255),
    code_postal character varying(255) NOT NULL,
    ville character varying(255) NOT NULL,
    telephone character varying(255),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    siret character varying(255),
    adresse character varying(255),
    latitude real,
    longitude real,
    departement_id integer,
    immutable boolean DEFAULT false NOT NULL,
    adresse2 character varying(255),
    updated_at timestamp with time zone,
    date_ouverture date,
    date_fermeture date,
    date_modification date,
    type character varying(255)
);

CREATE TABLE public.user_role (
    id integer NOT NULL,
    role_id integer,
    user_id integer
);

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    type character varying(255),
    last_login timestamp with time zone,
    active boolean DEFAULT false,
    reset_password_token character varying(255),
    reset_password_expires timestamp with time zone,
    nom character varying(255),
    prenom character varying(255),
    cabinet character varying(255),
    email character varying(255)
);

CREATE TABLE public.etablissements (
    id integer NOT NULL,
    nofinesset character varying(20),
    departement_id integer,
    nofinessej character varying(255),
    rs character varying(255),
    rslongue character varying(255),
    complrs character varying(255),
    compldistrib character varying(255),
    numvoie character varying(255),
    typvoie character varying(255),
    voie character varying(255),
    compvoie character varying(255),
    lieuditbp character varying(255),
    commune character varying(255),
    libdepartement character varying(255),
    ligneacheminement character varying(255),
    telephone character varying(255),
    telecopie character varying(255),
    categetab character varying(255),
    libcategetab character varying(255),
    categagretab character varying(255),
    libcategagretab character varying(255),
    siret character varying(255),
    codeape character varying(255),
    codemft character varying(255),
    libmft character varying(255),
    codesph character varying(255),
    libsph character varying(255),
    dateouv character varying(255),
    dateautor character varying(255),
    numuai character varying(255),
    coordxet real,
    coordyet real,
    sourcecoordet character varying(255)
);
