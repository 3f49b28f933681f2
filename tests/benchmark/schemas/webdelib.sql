-- Web-delib, ADULLACT's software with which French local authorities (communes, départements,
-- intercommunalities) prepare, vote and publish the deliberations and decisions of their
-- councils, PostgreSQL, French names: acteurs (the elected councillors and other actors of a
-- sitting: civility, names, title, birth date, postal address, e-mail, landline and mobile, a
-- substitute, a note), the sittings (seances) with attendance lists (listepresences: present,
-- proxy given to another councillor) and each councillor's vote on each deliberation (votes),
-- deliberations (subject, texts, numbers, the drafting agent and the rapporteur, vote counts and
-- comments, signatures, transmission to the prefecture), comments and history of the drafting
-- workflow, users (the administration's agents: login, password, names, e-mail, phones, notes),
-- services, themes, act types, document models, workflow circuits, steps, visas and signatures,
-- additional fields (infosups), ACLs, counters and scheduled jobs.
-- Source: https://github.com/HadoDokis/Web-delib (a copy of ADULLACT's Web-delib 4.3-alpha1),
--   cake_webdelib/Config/Schema/webdelib-v4.2.sql
-- Commit: 22b450018bd2b4e2f59febab584107ed04126fea
-- Licence: CeCILL v2 (cake_webdelib/license.txt; the models' @license headers)
-- Trimmed: the 52 CREATE TABLE statements are copied as written, in the dump's order, all kept;
-- the dump's SET lines, sequences, ALTER TABLE (defaults, primary and foreign keys), indexes and
-- the INSERTs of the ACL and reference data are dropped.
-- Development source since the fourteenth held-out set was measured (see labels.yaml).

CREATE TABLE acos (
    id integer DEFAULT nextval('acos_id_seq'::regclass) NOT NULL,
    alias character varying(255) DEFAULT ''::character varying NOT NULL,
    lft integer,
    rght integer,
    parent_id integer DEFAULT 0,
    model character varying(255),
    foreign_key integer DEFAULT 0 NOT NULL
);

CREATE TABLE acteurs (
    id integer DEFAULT nextval('acteurs_id_seq'::regclass) NOT NULL,
    typeacteur_id integer DEFAULT 0 NOT NULL,
    nom character varying(50) DEFAULT ''::character varying NOT NULL,
    prenom character varying(50) DEFAULT ''::character varying NOT NULL,
    salutation character varying(50) NOT NULL,
    titre character varying(250),
    "position" integer NOT NULL,
    date_naissance date,
    adresse1 character varying(100) NOT NULL,
    adresse2 character varying(100) NOT NULL,
    cp character varying(20) NOT NULL,
    ville character varying(100) NOT NULL,
    email character varying(100) NOT NULL,
    telfixe character varying(20),
    telmobile character varying(20),
    suppleant_id integer,
    note character varying(255) NOT NULL,
    actif boolean DEFAULT true NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE acteurs_seances (
    id integer NOT NULL,
    acteur_id integer NOT NULL,
    seance_id integer NOT NULL,
    mail_id integer NOT NULL,
    date_envoi timestamp without time zone NOT NULL,
    date_reception timestamp without time zone,
    model character varying(20) NOT NULL
);

CREATE TABLE acteurs_services (
    id integer DEFAULT nextval('acteurs_services_id_seq'::regclass) NOT NULL,
    acteur_id integer DEFAULT 0 NOT NULL,
    service_id integer DEFAULT 0 NOT NULL
);

CREATE TABLE ados (
    id integer DEFAULT nextval('ados_id_seq'::regclass) NOT NULL,
    alias character varying(255) DEFAULT ''::character varying NOT NULL,
    lft integer,
    rght integer,
    parent_id integer DEFAULT 0 NOT NULL,
    model character varying(255),
    foreign_key integer DEFAULT 0 NOT NULL
);

CREATE TABLE annexes (
    id integer DEFAULT nextval('annexes_id_seq'::regclass) NOT NULL,
    model character varying(255) NOT NULL,
    foreign_key integer NOT NULL,
    joindre_ctrl_legalite boolean DEFAULT false NOT NULL,
    joindre_fusion boolean DEFAULT false NOT NULL,
    titre character varying(200) NOT NULL,
    filename character varying(100) NOT NULL,
    filetype character varying(255) NOT NULL,
    size integer NOT NULL,
    data bytea NOT NULL,
    data_pdf bytea,
    created timestamp without time zone,
    modified timestamp without time zone,
    edition_data bytea,
    edition_data_typemime character varying
);

CREATE TABLE aros (
    id integer DEFAULT nextval('aros_id_seq'::regclass) NOT NULL,
    foreign_key bigint,
    alias character varying(255) DEFAULT ''::character varying NOT NULL,
    lft integer,
    rght integer,
    parent_id integer DEFAULT 0,
    model character varying(255)
);

CREATE TABLE aros_acos (
    id integer DEFAULT nextval('aros_acos_id_seq'::regclass) NOT NULL,
    aro_id bigint NOT NULL,
    aco_id bigint NOT NULL,
    _create character(2) DEFAULT '0'::character(1) NOT NULL,
    _read character(2) DEFAULT '0'::character(1) NOT NULL,
    _update character(2) DEFAULT '0'::character(1) NOT NULL,
    _delete character(2) DEFAULT '0'::character(1) NOT NULL
);

CREATE TABLE aros_ados (
    id integer DEFAULT nextval('aros_ados_id_seq'::regclass) NOT NULL,
    aro_id bigint NOT NULL,
    ado_id bigint NOT NULL,
    _create character(2) DEFAULT '0'::character(1) NOT NULL,
    _read character(2) DEFAULT '0'::character(1) NOT NULL,
    _update character(2) DEFAULT '0'::character(1) NOT NULL,
    _delete character(2) DEFAULT '0'::character(1) NOT NULL
);

CREATE TABLE circuits_users (
    id integer DEFAULT nextval('circuits_users_id_seq'::regclass) NOT NULL,
    circuit_id integer NOT NULL,
    user_id integer NOT NULL
);

CREATE TABLE collectivites (
    id integer NOT NULL,
    id_entity integer,
    nom character varying(30) NOT NULL,
    adresse character varying(255) NOT NULL,
    "CP" integer NOT NULL,
    ville character varying(255) NOT NULL,
    telephone character varying(20) NOT NULL,
    logo bytea
);

CREATE TABLE commentaires (
    id integer DEFAULT nextval('commentaires_id_seq'::regclass) NOT NULL,
    delib_id integer DEFAULT 0 NOT NULL,
    agent_id integer DEFAULT 0 NOT NULL,
    texte character varying(1000),
    pris_en_compte smallint DEFAULT 0 NOT NULL,
    commentaire_auto boolean,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE compteurs (
    id integer DEFAULT nextval('compteurs_id_seq'::regclass) NOT NULL,
    nom character varying(255) NOT NULL,
    commentaire character varying(255) NOT NULL,
    def_compteur character varying(255) NOT NULL,
    sequence_id integer NOT NULL,
    def_reinit character varying(255) NOT NULL,
    val_reinit character varying(255),
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE crons (
    id integer DEFAULT nextval('crons_id_seq'::regclass) NOT NULL,
    nom character varying(255) NOT NULL,
    description character varying(255) DEFAULT NULL::character varying,
    plugin character varying(255) DEFAULT ''::character varying,
    action character varying(255) NOT NULL,
    has_params boolean,
    params character varying(255) DEFAULT NULL::character varying,
    next_execution_time timestamp without time zone,
    execution_duration character varying(255),
    last_execution_start_time timestamp without time zone,
    last_execution_end_time timestamp without time zone,
    last_execution_report text,
    last_execution_status character varying(255),
    active boolean,
    created timestamp without time zone NOT NULL,
    created_user_id integer NOT NULL,
    modified timestamp without time zone NOT NULL,
    modified_user_id integer NOT NULL,
    model character varying DEFAULT 'CronJob'::character varying,
    lock boolean DEFAULT false NOT NULL
);

CREATE TABLE deliberations (
    id integer DEFAULT nextval('deliberations_id_seq'::regclass) NOT NULL,
    typeacte_id integer DEFAULT 1 NOT NULL,
    circuit_id integer DEFAULT 0,
    theme_id integer DEFAULT 0 NOT NULL,
    service_id integer DEFAULT 0 NOT NULL,
    redacteur_id integer DEFAULT 0 NOT NULL,
    rapporteur_id integer DEFAULT 0,
    anterieure_id integer,
    is_multidelib boolean,
    parent_id integer,
    objet character varying(1000) NOT NULL,
    objet_delib character varying(1000),
    titre character varying(1000),
    num_delib character varying(15),
    num_pref character varying(255),
    pastell_id character varying(10),
    tdt_id character varying,
    "tdt_dateAR" character varying(100),
    texte_projet bytea,
    texte_projet_name character varying(75),
    texte_projet_type character varying(255),
    texte_projet_size integer,
    texte_synthese bytea,
    texte_synthese_name character varying(75),
    texte_synthese_type character varying(255),
    texte_synthese_size integer,
    deliberation bytea,
    deliberation_name character varying(75),
    deliberation_type character varying(255),
    deliberation_size integer,
    date_limite date,
    date_envoi timestamp without time zone,
    etat integer DEFAULT 0 NOT NULL,
    parapheur_etat smallint,
    parapheur_commentaire character varying(1000),
    sae_etat boolean,
    reporte boolean DEFAULT false NOT NULL,
    montant integer,
    debat bytea,
    debat_name character varying(255),
    debat_size integer,
    debat_type character varying(255),
    avis integer,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    vote_nb_oui integer,
    vote_nb_non integer,
    vote_nb_abstention integer,
    vote_nb_retrait integer,
    vote_commentaire character varying(1000),
    delib_pdf bytea,
    signature bytea,
    signee boolean default false NOT NULL,
    commission bytea,
    commission_size integer,
    commission_type character varying(255),
    commission_name character varying(255),
    date_acte timestamp without time zone,
    date_envoi_signature timestamp without time zone,
    parapheur_id character varying(50),
    tdt_data_pdf bytea,
    tdt_data_bordereau_pdf bytea,
    president_id integer,
    parapheur_cible character varying,
    parapheur_bordereau bytea
);

CREATE TABLE deliberations_seances (
    id integer DEFAULT nextval('deliberations_seances_id_seq'::regclass) NOT NULL,
    deliberation_id integer NOT NULL,
    seance_id integer NOT NULL,
    "position" integer,
    avis boolean,
    commentaire character varying(1000)
);

CREATE TABLE deliberations_typeseances (
    id integer NOT NULL,
    deliberation_id integer NOT NULL,
    typeseance_id integer NOT NULL
);

CREATE TABLE historiques (
    id integer DEFAULT nextval('historiques_id_seq'::regclass) NOT NULL,
    delib_id integer NOT NULL,
    user_id integer NOT NULL,
    circuit_id integer,
    commentaire text NOT NULL,
    modified timestamp without time zone NOT NULL,
    created timestamp without time zone NOT NULL
);

CREATE TABLE infosupdefs (
    id integer DEFAULT nextval('infosupdefs_id_seq'::regclass) NOT NULL,
    model character varying(25) DEFAULT 'Deliberation'::character varying NOT NULL,
    nom character varying(255) NOT NULL,
    commentaire character varying(255) NOT NULL,
    ordre integer NOT NULL,
    code character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    val_initiale character varying(1000),
    recherche boolean DEFAULT false NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    actif boolean
);

CREATE TABLE infosupdefs_profils (
    id integer NOT NULL,
    profil_id integer NOT NULL,
    infosupdef_id integer NOT NULL
);

CREATE TABLE infosuplistedefs (
    id integer DEFAULT nextval('infosuplistedefs_id_seq'::regclass) NOT NULL,
    infosupdef_id integer NOT NULL,
    ordre integer NOT NULL,
    nom character varying(255) NOT NULL,
    actif boolean DEFAULT true NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE infosups (
    id integer DEFAULT nextval('infosups_id_seq'::regclass) NOT NULL,
    model character varying(25) DEFAULT 'Deliberation'::character varying NOT NULL,
    foreign_key integer NOT NULL,
    infosupdef_id integer,
    text character varying(1000),
    date date,
    file_name character varying(255),
    file_size integer,
    file_type character varying(255),
    content bytea
);

CREATE TABLE listepresences (
    id integer DEFAULT nextval('listepresences_id_seq'::regclass) NOT NULL,
    delib_id integer NOT NULL,
    acteur_id integer NOT NULL,
    present boolean NOT NULL,
    mandataire integer,
    suppleant_id integer
);

CREATE TABLE modelsections (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    parent_id integer DEFAULT 1,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE modeltemplates (
    id integer NOT NULL,
    name character varying(100),
    filename character varying(255),
    filesize integer,
    content bytea,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    modeltype_id integer DEFAULT 1
);

CREATE TABLE modeltypes (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE modelvalidations (
    id integer NOT NULL,
    modelvariable_id integer,
    modelsection_id integer NOT NULL,
    modeltype_id integer NOT NULL,
    min integer DEFAULT 0,
    max integer,
    actif boolean DEFAULT true
);

CREATE TABLE modelvariables (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE natures (
    id integer DEFAULT nextval('natures_id_seq'::regclass) NOT NULL,
    libelle character varying(100) NOT NULL,
    code character varying(3) NOT NULL,
    dua character varying(50),
    sortfinal character varying(50),
    communicabilite character varying(50)
);

CREATE TABLE nomenclatures (
    id character varying NOT NULL,
    parent_id character varying DEFAULT 0 NOT NULL,
    libelle character varying NOT NULL,
    lft integer DEFAULT 0,
    rght integer DEFAULT 0,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE profils (
    id integer DEFAULT nextval('profils_id_seq'::regclass) NOT NULL,
    parent_id integer DEFAULT 0,
    libelle character varying(100) DEFAULT ''::character varying NOT NULL,
    actif boolean DEFAULT true NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE seances (
    id integer DEFAULT nextval('seances_id_seq'::regclass) NOT NULL,
    type_id integer DEFAULT 0 NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    date_convocation timestamp without time zone,
    date timestamp without time zone NOT NULL,
    traitee integer DEFAULT 0 NOT NULL,
    commentaire character varying(500),
    secretaire_id integer,
    president_id integer,
    debat_global bytea,
    debat_global_name character varying(75),
    debat_global_size integer,
    debat_global_type character varying(255),
    pv_figes smallint,
    pv_sommaire bytea,
    pv_complet bytea,
    numero_depot integer DEFAULT 0 NOT NULL,
    idelibre_id character varying
);

CREATE TABLE sequences (
    id integer DEFAULT nextval('sequences_id_seq'::regclass) NOT NULL,
    nom character varying(255) NOT NULL,
    commentaire character varying(255) NOT NULL,
    num_sequence integer NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE services (
    id integer DEFAULT nextval('services_id_seq'::regclass) NOT NULL,
    parent_id integer DEFAULT 0,
    "order" character varying(50) NOT NULL,
    libelle character varying(100) NOT NULL,
    circuit_defaut_id integer NOT NULL,
    actif boolean DEFAULT true NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    lft integer DEFAULT 0,
    rght integer DEFAULT 0
);

CREATE TABLE tdt_messages (
    id integer DEFAULT nextval('tdt_messages_id_seq'::regclass) NOT NULL,
    delib_id integer NOT NULL,
    message_id integer NOT NULL,
    type_message integer NOT NULL,
    type_reponse integer,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    date_message date,
    data bytea
);

CREATE TABLE themes (
    id integer DEFAULT nextval('themes_id_seq'::regclass) NOT NULL,
    parent_id integer DEFAULT 0,
    "order" character varying(50) NOT NULL,
    libelle character varying(500),
    actif boolean DEFAULT true NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    lft integer DEFAULT 0,
    rght integer DEFAULT 0
);

CREATE TABLE traitements (
    id integer DEFAULT nextval('traitements_id_seq'::regclass) NOT NULL,
    delib_id integer DEFAULT 0 NOT NULL,
    circuit_id integer DEFAULT 0 NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    date_traitement timestamp without time zone
);

CREATE TABLE typeactes (
    id integer NOT NULL,
    libelle text NOT NULL,
    modeleprojet_id integer NOT NULL,
    modelefinal_id integer NOT NULL,
    nature_id integer NOT NULL,
    compteur_id integer NOT NULL,
    created date NOT NULL,
    modified date NOT NULL,
    gabarit_projet bytea,
    gabarit_synthese bytea,
    gabarit_acte bytea,
    teletransmettre boolean DEFAULT true,
    gabarit_acte_name character varying,
    gabarit_projet_name character varying,
    gabarit_synthese_name character varying
);

CREATE TABLE typeacteurs (
    id integer DEFAULT nextval('typeacteurs_id_seq'::regclass) NOT NULL,
    nom character varying(255) NOT NULL,
    commentaire character varying(255) NOT NULL,
    elu boolean NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE typeseances (
    id integer DEFAULT nextval('typeseances_id_seq'::regclass) NOT NULL,
    libelle character varying(100) NOT NULL,
    retard integer DEFAULT 0,
    action smallint NOT NULL,
    compteur_id integer NOT NULL,
    modelprojet_id integer NOT NULL,
    modeldeliberation_id integer NOT NULL,
    modelconvocation_id integer NOT NULL,
    modelordredujour_id integer NOT NULL,
    modelpvsommaire_id integer NOT NULL,
    modelpvdetaille_id integer NOT NULL,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE typeseances_acteurs (
    id integer DEFAULT nextval('typeseances_acteurs_id_seq'::regclass) NOT NULL,
    typeseance_id integer NOT NULL,
    acteur_id integer NOT NULL
);

CREATE TABLE typeseances_typeactes (
    id integer DEFAULT nextval('typeseances_natures_id_seq'::regclass) NOT NULL,
    typeseance_id integer NOT NULL,
    typeacte_id integer NOT NULL
);

CREATE TABLE typeseances_typeacteurs (
    id integer DEFAULT nextval('typeseances_typeacteurs_id_seq'::regclass) NOT NULL,
    typeseance_id integer NOT NULL,
    typeacteur_id integer NOT NULL
);

CREATE TABLE users (
    id integer DEFAULT nextval('users_id_seq'::regclass) NOT NULL,
    profil_id integer DEFAULT 0 NOT NULL,
    statut integer DEFAULT 0 NOT NULL,
    login character varying(50) DEFAULT ''::character varying NOT NULL,
    note character varying(300),
    circuit_defaut_id integer,
    password character varying(100) DEFAULT ''::character varying NOT NULL,
    nom character varying(50) DEFAULT ''::character varying NOT NULL,
    prenom character varying(50) DEFAULT ''::character varying NOT NULL,
    email character varying(255) DEFAULT ''::character varying NOT NULL,
    telfixe character varying(20),
    telmobile character varying(20),
    date_naissance date,
    accept_notif boolean,
    mail_refus boolean NOT NULL,
    mail_traitement boolean NOT NULL,
    mail_insertion boolean NOT NULL,
    "position" integer,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    mail_modif_projet_cree boolean DEFAULT false,
    mail_modif_projet_valide boolean DEFAULT false,
    mail_retard_validation boolean DEFAULT false,
    theme character varying
);

CREATE TABLE users_services (
    id integer DEFAULT nextval('users_services_id_seq'::regclass) NOT NULL,
    user_id integer DEFAULT 0 NOT NULL,
    service_id integer DEFAULT 0 NOT NULL
);

CREATE TABLE votes (
    id integer DEFAULT nextval('votes_id_seq'::regclass) NOT NULL,
    acteur_id integer DEFAULT 0 NOT NULL,
    delib_id integer DEFAULT 0 NOT NULL,
    resultat integer,
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL
);

CREATE TABLE wkf_circuits (
    id integer DEFAULT nextval('wkf_circuits_id_seq'::regclass) NOT NULL,
    nom character varying(250) NOT NULL,
    description text,
    actif boolean DEFAULT true NOT NULL,
    defaut boolean DEFAULT false NOT NULL,
    created_user_id integer,
    modified_user_id integer,
    created timestamp without time zone,
    modified timestamp without time zone
);

CREATE TABLE wkf_compositions (
    id integer DEFAULT nextval('wkf_compositions_id_seq'::regclass) NOT NULL,
    etape_id integer NOT NULL,
    type_validation character varying(1) NOT NULL,
    soustype integer,
    type_composition character varying(20) DEFAULT 'USER'::character varying,
    trigger_id integer,
    created_user_id integer,
    modified_user_id integer,
    created timestamp without time zone,
    modified timestamp without time zone
);

CREATE TABLE wkf_etapes (
    id integer DEFAULT nextval('wkf_etapes_id_seq'::regclass) NOT NULL,
    circuit_id integer NOT NULL,
    nom character varying(250) NOT NULL,
    description text,
    type integer NOT NULL,
    soustype integer,
    ordre integer NOT NULL,
    created_user_id integer NOT NULL,
    modified_user_id integer,
    created timestamp without time zone,
    modified timestamp without time zone,
    cpt_retard integer
);

CREATE TABLE wkf_signatures (
    id integer DEFAULT nextval('wkf_signatures_id_seq'::regclass) NOT NULL,
    type_signature character varying(100) NOT NULL,
    signature text NOT NULL,
    visa_id integer
);

CREATE TABLE wkf_traitements (
    id integer DEFAULT nextval('wkf_traitements_id_seq'::regclass) NOT NULL,
    circuit_id integer NOT NULL,
    target_id integer NOT NULL,
    numero_traitement integer DEFAULT 1 NOT NULL,
    treated_orig smallint DEFAULT 0 NOT NULL,
    created_user_id integer,
    modified_user_id integer,
    created timestamp without time zone,
    modified timestamp without time zone,
    treated boolean
);

CREATE TABLE wkf_visas (
    id integer DEFAULT nextval('wkf_visas_id_seq'::regclass) NOT NULL,
    traitement_id integer NOT NULL,
    trigger_id integer NOT NULL,
    signature_id integer,
    etape_nom character varying(250),
    etape_type integer NOT NULL,
    action character varying(2) NOT NULL,
    commentaire text,
    date timestamp without time zone,
    numero_traitement integer NOT NULL,
    type_validation character varying(1) NOT NULL,
    etape_id integer,
    date_retard timestamp without time zone
);
