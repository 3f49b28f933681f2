-- DomiFa: the French government's service for the postal domiciliation of people without a
-- stable address (the "usagers", their intake interview, proxies and mail forwarding, SMS, notes
-- and documents; the social organisations that domicile them and their staff accounts).
-- French and English names mixed, camelCase quoted (nom, prenom, surnom, dateNaissance,
-- villeNaissance, typeMenage, situationPro ...), as TypeORM writes them.
-- Source: https://github.com/SocialGouv/domifa,
--   packages/backend/src/_migrations/_init-db/domifa_test_schema.sql (a pg_dump of the schema)
-- Commit: 67395b5209aebebca5d5672df56841f28d90843e
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: all 30 tables, CREATE TABLE statements verbatim; dropped the header comments, the
-- postgis and uuid-ossp extensions, sequences, ALTER TABLE defaults and constraints, and indexes.

CREATE TABLE public.app_ip_ban (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    ip text NOT NULL,
    reason text NOT NULL,
    "expiresAt" timestamp with time zone,
    context jsonb,
    "createdBy" text,
    sources jsonb DEFAULT '[]'::jsonb NOT NULL
);

CREATE TABLE public.app_log (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userId" integer,
    "usagerRef" integer,
    "structureId" integer,
    action text NOT NULL,
    role text,
    "createdBy" text,
    context json,
    "userStructureId" integer,
    "userSupervisorId" integer,
    "userType" text,
    "usagerUuid" uuid,
    "userName" text
);

CREATE TABLE public.app_log_security (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userStructureId" integer,
    "userSupervisorId" integer,
    "userType" text,
    "structureId" integer,
    action text NOT NULL,
    context json,
    role text,
    "createdBy" text,
    ip text,
    "userAgent" text,
    "userUsagerId" integer,
    "userName" text
);

CREATE TABLE public.contact_support (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userId" integer,
    "structureId" integer,
    content text NOT NULL,
    attachment jsonb,
    email text NOT NULL,
    name text NOT NULL,
    "structureName" text,
    subject text,
    phone text
);

CREATE TABLE public.expired_token (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userId" integer NOT NULL,
    "structureId" integer,
    token text NOT NULL,
    "userProfile" text NOT NULL
);

CREATE TABLE public.interactions (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "dateInteraction" timestamp with time zone NOT NULL,
    "nbCourrier" integer DEFAULT 0 NOT NULL,
    "structureId" integer NOT NULL,
    type text NOT NULL,
    "usagerRef" integer NOT NULL,
    "userId" integer,
    "userName" text NOT NULL,
    content text,
    "usagerUUID" uuid NOT NULL,
    "interactionOutUUID" uuid,
    procuration boolean DEFAULT false NOT NULL,
    "returnToSender" boolean DEFAULT false NOT NULL
);

CREATE TABLE public.message_sms (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "usagerRef" integer NOT NULL,
    "structureId" integer NOT NULL,
    content text NOT NULL,
    status text DEFAULT 'TO_SEND'::text NOT NULL,
    "smsId" text NOT NULL,
    "scheduledDate" timestamp with time zone NOT NULL,
    "sendDate" timestamp with time zone,
    "interactionMetas" jsonb,
    "reminderMetas" jsonb,
    "lastUpdate" timestamp with time zone,
    "errorCount" integer DEFAULT 0 NOT NULL,
    "errorMessage" text,
    "responseId" text,
    "phoneNumber" text NOT NULL,
    "senderName" text NOT NULL
);

CREATE TABLE public.monitor_batch_process (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "processId" text NOT NULL,
    "beginDate" timestamp with time zone NOT NULL,
    "endDate" timestamp with time zone NOT NULL,
    trigger text NOT NULL,
    status text NOT NULL,
    details jsonb,
    "errorMessage" text,
    "alertMailSent" boolean DEFAULT false NOT NULL
);

CREATE TABLE public.open_data_cities (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "regionCode" text,
    region text,
    "departmentCode" text,
    department text,
    city text NOT NULL,
    "cityCode" text NOT NULL,
    "postalCode" text,
    population integer DEFAULT 0,
    areas jsonb,
    "populationSegment" text
);

CREATE TABLE public.open_data_places (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    nom text NOT NULL,
    adresse text NOT NULL,
    "complementAdresse" text,
    ville text,
    "codePostal" text,
    departement text NOT NULL,
    region text NOT NULL,
    latitude numeric(10,7) NOT NULL,
    longitude numeric(10,7) NOT NULL,
    source text NOT NULL,
    software text,
    mail text,
    "structureType" text,
    "domifaStructureId" integer,
    "soliguideStructureId" integer,
    "mssId" text,
    "nbDomicilies" integer,
    "nbDomiciliesDomifa" integer,
    "nbAttestations" integer,
    "nbAttestationsDomifa" integer,
    saturation text,
    "saturationDetails" text,
    "dgcsId" text,
    reseau text,
    "domicilieSegment" text,
    "cityCode" text,
    "populationSegment" text,
    siret text
);

CREATE TABLE public.otp (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    email text NOT NULL,
    code text NOT NULL,
    "expiresAt" timestamp with time zone NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    used boolean DEFAULT false NOT NULL,
    purpose text NOT NULL,
    "fingerprintHash" text NOT NULL,
    url text NOT NULL,
    "userUuid" uuid NOT NULL,
    "userType" text NOT NULL,
    "resendCount" integer DEFAULT 0 NOT NULL,
    "usedAt" timestamp with time zone
);

CREATE TABLE public.public_stats_cache (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    key character varying(200) NOT NULL,
    stats jsonb NOT NULL
);

CREATE TABLE public.structure (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    id integer NOT NULL,
    adresse text NOT NULL,
    "adresseCourrier" jsonb,
    agrement text,
    capacite integer,
    "codePostal" text NOT NULL,
    "complementAdresse" text,
    departement text NOT NULL,
    region text NOT NULL,
    email text NOT NULL,
    "hardReset" jsonb,
    import boolean DEFAULT false NOT NULL,
    "registrationDate" timestamp with time zone NOT NULL,
    "importDate" date,
    "lastLogin" date,
    nom text NOT NULL,
    options jsonb NOT NULL,
    responsable jsonb NOT NULL,
    "structureType" text NOT NULL,
    ville text NOT NULL,
    sms jsonb DEFAULT '{"senderName": null, "senderDetails": null, "enabledByDomifa": true, "enabledByStructure": false}'::jsonb NOT NULL,
    "portailUsager" jsonb DEFAULT '{"enabledByDomifa": true, "enabledByStructure": false, "usagerLoginUpdateLastInteraction": false}'::jsonb NOT NULL,
    "timeZone" text NOT NULL,
    telephone jsonb NOT NULL,
    "acceptTerms" timestamp with time zone,
    latitude double precision,
    longitude double precision,
    "organismeType" text,
    "departmentName" text,
    "regionName" text,
    reseau text,
    "cityCode" text,
    "domicilieSegment" text,
    "populationSegment" text,
    "registrationData" jsonb,
    siret text,
    statut text DEFAULT 'EN_ATTENTE'::text NOT NULL,
    decision jsonb NOT NULL,
    "noSiret" boolean,
    "reseauDetail" text,
    "organismeTypeDetail" text
);

CREATE TABLE public.structure_doc (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    id integer NOT NULL,
    label text NOT NULL,
    "createdBy" jsonb NOT NULL,
    custom boolean DEFAULT false NOT NULL,
    filetype text NOT NULL,
    "structureId" integer NOT NULL,
    path text NOT NULL,
    "customDocType" text,
    "displayInPortailUsager" boolean DEFAULT false NOT NULL,
    "encryptionContext" text,
    "encryptionVersion" integer
);

CREATE TABLE public.structure_information (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    title character varying NOT NULL,
    description character varying,
    "isTemporary" boolean DEFAULT false NOT NULL,
    "startDate" timestamp without time zone,
    "endDate" timestamp without time zone,
    type character varying NOT NULL,
    "createdBy" jsonb,
    "structureId" integer NOT NULL
);

CREATE TABLE public.structure_stats_reporting (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "waitingList" boolean,
    workers numeric(10,2),
    volunteers numeric(10,2),
    "humanCosts" numeric(10,2),
    "totalCosts" numeric(10,2),
    year integer NOT NULL,
    "structureId" integer NOT NULL,
    "completedBy" jsonb,
    "confirmationDate" timestamp with time zone,
    "waitingTime" text
);

CREATE TABLE public.typeorm_metadata (
    type character varying(255),
    schema character varying(255),
    name character varying(255),
    value text
);

CREATE TABLE public.usager (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    ref integer NOT NULL,
    "customRef" text,
    "structureId" integer NOT NULL,
    nom text NOT NULL,
    prenom text NOT NULL,
    surnom text,
    sexe text NOT NULL,
    "dateNaissance" timestamp with time zone NOT NULL,
    "villeNaissance" text NOT NULL,
    langue text,
    email text,
    "datePremiereDom" timestamp with time zone,
    "typeDom" text DEFAULT 'PREMIERE_DOM'::text NOT NULL,
    decision jsonb NOT NULL,
    historique jsonb NOT NULL,
    "ayantsDroits" jsonb,
    "lastInteraction" jsonb NOT NULL,
    "etapeDemande" integer DEFAULT 0 NOT NULL,
    rdv jsonb,
    options jsonb NOT NULL,
    import jsonb,
    migrated boolean DEFAULT false NOT NULL,
    telephone jsonb NOT NULL,
    "contactByPhone" boolean DEFAULT false,
    "numeroDistribution" text,
    "pinnedNote" jsonb,
    nationalite text,
    statut text DEFAULT 'INSTRUCTION'::text NOT NULL,
    nom_prenom_surnom_ref character varying NOT NULL,
    "referrerId" integer
);

CREATE TABLE public.usager_docs (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "structureId" integer NOT NULL,
    "usagerRef" integer NOT NULL,
    path text NOT NULL,
    label text NOT NULL,
    filetype text NOT NULL,
    "createdBy" text NOT NULL,
    "encryptionContext" text,
    "encryptionVersion" integer,
    shared boolean DEFAULT false NOT NULL,
    filesize integer
);

CREATE TABLE public.usager_entretien (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "structureId" integer NOT NULL,
    "usagerRef" integer NOT NULL,
    domiciliation boolean,
    commentaires text,
    "typeMenage" text,
    revenus boolean,
    "revenusDetail" text,
    orientation boolean,
    "orientationDetail" text,
    liencommune text,
    "liencommuneDetail" text,
    residence text,
    "residenceDetail" text,
    cause text,
    "causeDetail" text,
    rattachement text,
    raison text,
    "raisonDetail" text,
    accompagnement boolean,
    "accompagnementDetail" text,
    "situationPro" text,
    "situationProDetail" text
);

CREATE TABLE public.usager_history_states (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "structureId" integer NOT NULL,
    "ayantsDroits" jsonb NOT NULL,
    decision jsonb NOT NULL,
    entretien jsonb NOT NULL,
    rdv jsonb,
    "createdEvent" text NOT NULL,
    "historyBeginDate" timestamp with time zone NOT NULL,
    "historyEndDate" timestamp with time zone,
    "isActive" boolean DEFAULT false,
    "typeDom" text DEFAULT 'PREMIERE_DOM'::text NOT NULL,
    nationalite text,
    sexe text,
    "dateNaissance" timestamp with time zone
);

CREATE TABLE public.usager_notes (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    id integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "structureId" integer NOT NULL,
    "usagerRef" integer NOT NULL,
    message text NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    "createdBy" jsonb,
    "archivedBy" jsonb,
    "archivedAt" date,
    pinned boolean DEFAULT false NOT NULL
);

CREATE TABLE public.usager_options_history (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "userId" integer,
    "userName" text,
    "structureId" integer NOT NULL,
    action text NOT NULL,
    type text NOT NULL,
    nom text,
    prenom text,
    adresse text,
    actif boolean DEFAULT false NOT NULL,
    "dateDebut" date,
    "dateFin" date,
    "dateNaissance" date
);

CREATE TABLE public.user_structure (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    email text NOT NULL,
    fonction text,
    id integer NOT NULL,
    "lastLogin" timestamp with time zone,
    nom text NOT NULL,
    password text NOT NULL,
    prenom text NOT NULL,
    role text DEFAULT 'simple'::text NOT NULL,
    "structureId" integer NOT NULL,
    mails jsonb DEFAULT '{"guide": false, "import": false}'::jsonb NOT NULL,
    "passwordLastUpdate" timestamp with time zone,
    "acceptTerms" timestamp with time zone,
    "fonctionDetail" character varying(255),
    status character varying DEFAULT 'PENDING'::character varying NOT NULL,
    "emailStatus" text,
    decision jsonb
);

CREATE TABLE public.user_structure_security (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userId" integer NOT NULL,
    "temporaryTokens" jsonb,
    "structureId" integer,
    "fingerprintHash" text,
    "currentSession" jsonb,
    "sessionsHistory" jsonb DEFAULT '[]'::jsonb NOT NULL
);

CREATE TABLE public.user_supervisor (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    email text NOT NULL,
    fonction text,
    id integer NOT NULL,
    "lastLogin" timestamp with time zone,
    nom text NOT NULL,
    password text NOT NULL,
    prenom text NOT NULL,
    "passwordLastUpdate" timestamp with time zone,
    "acceptTerms" timestamp with time zone,
    territories jsonb DEFAULT '[]'::jsonb NOT NULL,
    role text NOT NULL,
    status character varying DEFAULT 'PENDING'::character varying NOT NULL,
    decision jsonb
);

CREATE TABLE public.user_supervisor_security (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userId" integer NOT NULL,
    "temporaryTokens" jsonb,
    "fingerprintHash" text,
    "currentSession" jsonb,
    "sessionsHistory" jsonb DEFAULT '[]'::jsonb NOT NULL
);

CREATE TABLE public.user_usager (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    id integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "structureId" integer NOT NULL,
    login text NOT NULL,
    password text NOT NULL,
    salt text NOT NULL,
    "lastLogin" timestamp with time zone,
    "passwordLastUpdate" timestamp with time zone,
    "lastPasswordResetDate" timestamp with time zone,
    "lastPasswordResetStructureUser" jsonb,
    "acceptTerms" timestamp with time zone,
    "passwordType" text DEFAULT true NOT NULL,
    status character varying DEFAULT 'PENDING'::character varying NOT NULL
);

CREATE TABLE public.user_usager_login (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "usagerUUID" uuid NOT NULL,
    "structureId" integer NOT NULL
);

CREATE TABLE public.user_usager_security (
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    version integer NOT NULL,
    "userId" integer NOT NULL,
    "structureId" integer NOT NULL,
    "temporaryTokens" jsonb,
    "fingerprintHash" text,
    "currentSession" jsonb,
    "sessionsHistory" jsonb DEFAULT '[]'::jsonb NOT NULL
);
