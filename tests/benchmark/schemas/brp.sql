-- Haal Centraal BRP bevragen, the Dutch government's API on the Personal Records Database (Basis
-- Registratie Personen, BRP), Dutch names: the GBA-V database it reads (LO3, the logical design
-- of the municipal personal records): personal lists (lo3_pl: blocking, suspension, secrecy,
-- voting rights), persons on a list (lo3_pl_persoon: the person, parents, spouses and children,
-- with A-number, citizen service number (BSN), names, birth, sex, marriage or partnership),
-- nationalities, death, residence (verblijfplaats) with its addresses (lo3_adres), residence
-- titles, custody (gezagsverhouding), travel documents, the person-address search index, the
-- serialised lists, received messages, the recipients (afnemers) and their authorisations,
-- message traffic and activities, and the code tables (municipalities, countries,
-- nationalities, titles, prefixes, document kinds).
-- Source: https://github.com/BRP-API/Haal-Centraal-BRP-bevragen, .docker/scripts/schema.sql (the
--   PostgreSQL dump of the test database the project's containers load)
-- Commit: 3a41ac239aa232b05eddb10f79a06f6a21828cb1 (the version of the file the snapshot holds;
--   the repository's newest commit is e995b9ea4aa5bb10b01f36501f486ce603cf3c0b)
-- Licence: EUPL-1.2 (LICENCE.md in the source)
-- Trimmed: 34 of the dump's 52 tables; dropped are the two temporary conversion tables of
-- special characters, counters and markers, the monitor, schema version, mailbox registry and
-- instructions, selection settings and enumerations, state transitions, the generic lookup
-- codings and values, authorisation condition and provision lists, the address/recipient index
-- and municipal reorganisations. The kept CREATE TABLE statements are copied as written, in the
-- dump's order; roles, SET, \connect, sequence, index, constraint, ALTER ... OWNER and comment
-- lines are dropped.
-- Development source since the eighth held-out set was measured (see labels.yaml).

CREATE TABLE public.activiteit_small (
    activiteit_id bigint NOT NULL,
    activiteit_type integer NOT NULL,
    activiteit_subtype integer NOT NULL,
    moeder_id bigint,
    toestand integer NOT NULL,
    start_dt timestamp without time zone DEFAULT now() NOT NULL,
    laatste_actie_dt timestamp without time zone,
    uiterlijke_actie_dt timestamp without time zone NOT NULL,
    pl_id bigint,
    communicatie_partner character varying(40),
    nr_1 bigint,
    nr_2 bigint,
    nr_3 bigint,
    nr_4 bigint,
    nr_5 bigint,
    tekst_1 character varying(40),
    tekst_2 character varying(40),
    tekst_3 character varying(40),
    tekst_4 character varying(40),
    tekst_5 character varying(40),
    trace_level character(1),
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.afnemer (
    afnemer_id bigint NOT NULL,
    afnemer_code integer NOT NULL,
    geschatte_omvang integer DEFAULT 0 NOT NULL,
    leverwijze integer DEFAULT 0 NOT NULL,
    max_berichten integer DEFAULT 0 NOT NULL,
    berichtsoort integer,
    selectiesoort integer DEFAULT 0 NOT NULL,
    bestands_formaat integer,
    oin character varying(20)
);

CREATE TABLE public.gebeurtenis_data (
    gebeurtenis_data_id bigint NOT NULL,
    gebeurtenis_data_type integer NOT NULL,
    gebeurtenis_data text,
    gebeurtenis_nr_1 bigint,
    gebeurtenis_nr_2 bigint,
    gebeurtenis_id bigint NOT NULL,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.gebeurtenis_small (
    gebeurtenis_id bigint NOT NULL,
    gebeurtenis_type integer NOT NULL,
    gebeurtenis_dt timestamp without time zone DEFAULT now() NOT NULL,
    gebeurtenis_oms text,
    activiteit_id bigint NOT NULL,
    activiteit_nieuwe_toestand integer,
    creatie_door character varying(40),
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL,
    gebeurtenis_hash bigint
);

CREATE TABLE public.haalcentraal_vraag (
    request_id character varying(36) NOT NULL,
    request_datum timestamp without time zone DEFAULT now() NOT NULL,
    afnemer_code integer NOT NULL,
    pl_id bigint NOT NULL,
    request_zoek_rubrieken text,
    request_gevraagde_rubrieken text,
    verwerkt boolean DEFAULT false
);

CREATE TABLE public.lo3_adres (
    adres_id bigint NOT NULL,
    gemeente_code smallint NOT NULL,
    gemeente_deel character varying(24),
    straat_naam character varying(24),
    diak_straat_naam character varying(24),
    huis_nr integer,
    huis_letter character(1),
    huis_nr_toevoeging character varying(4),
    huis_nr_aand character varying(2),
    postcode character varying(6),
    locatie_beschrijving character varying(35),
    diak_locatie_beschrijving character varying(35),
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL,
    open_ruimte_naam character varying(80),
    diak_open_ruimte_naam character varying(80),
    woon_plaats_naam character varying(80),
    diak_woon_plaats_naam character varying(80),
    verblijf_plaats_ident_code character varying(16),
    nummer_aand_ident_code character varying(16)
);

CREATE TABLE public.lo3_akte_aand (
    akte_aand character varying(3) NOT NULL,
    akte_soort_oms character varying(80) NOT NULL,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_autorisatie (
    autorisatie_id bigint NOT NULL,
    afnemer_code integer NOT NULL,
    geheimhouding_ind smallint NOT NULL,
    verstrekkings_beperking smallint NOT NULL,
    afnemer_naam character varying(80),
    straat_naam character varying(24),
    huis_nr integer,
    huis_letter character(1),
    huis_nr_toevoeging character varying(4),
    postcode character varying(6),
    gemeente_code smallint,
    conditionele_verstrekking smallint,
    spontaan_medium character(1),
    selectie_soort smallint,
    bericht_aand smallint,
    eerste_selectie_datum integer,
    selectie_periode smallint,
    selectie_medium character(1),
    pl_plaatsings_bevoegdheid smallint,
    adres_vraag_bevoegdheid smallint,
    ad_hoc_medium character(1),
    adres_medium character(1),
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    sleutel_rubrieken text,
    spontaan_rubrieken text,
    selectie_rubrieken text,
    ad_hoc_rubrieken text,
    adres_rubrieken text,
    afnemers_verstrekkingen text,
    bijzondere_betrekking_kind_verstrekken smallint DEFAULT 0,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_bericht (
    lo3_bericht_id bigint NOT NULL,
    aanduiding_in_uit character(1) NOT NULL,
    bericht_activiteit_id bigint,
    medium character(1) NOT NULL,
    originator_or_recipient character varying(7),
    spg_mailbox_instantie integer,
    eref character varying(12),
    bref character varying(12),
    eref2 character varying(12),
    berichtcyclus_id bigint,
    tijdstip_verzending_ontvangst timestamp without time zone,
    dispatch_sequence_number integer,
    report_delivery_time timestamp without time zone,
    non_delivery_reason character varying(4),
    non_receipt_reason character varying(4),
    bericht_data text,
    kop_random_key integer,
    kop_berichtsoort_nummer character varying(4),
    kop_a_nummer bigint,
    kop_oud_a_nummer bigint,
    kop_herhaling character(1),
    kop_foutreden character(1),
    kop_datum_tijd bigint,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_gba_deelnemer (
    deelnemer_code integer NOT NULL,
    deelnemer_oms character varying(80) NOT NULL,
    gba_netwerk_aand smallint,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_gemeente (
    gemeente_code smallint NOT NULL,
    gemeente_naam character varying(40) NOT NULL,
    nieuwe_gemeente_code smallint,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_gezagsverhouding (
    gezagsverhouding_code character varying(2) NOT NULL,
    gezagsverhouding_oms character varying(80) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_land (
    land_code smallint NOT NULL,
    land_naam character varying(42) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_nationaliteit (
    nationaliteit_code smallint NOT NULL,
    nationaliteit_oms character varying(42) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_nl_nat_verkrijg_verlies_reden (
    nl_nat_verkrijg_verlies_reden smallint NOT NULL,
    nl_nat_reden_oms character varying(80) NOT NULL,
    nl_nat_reden_soort character varying(2) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_nl_reis_doc_autoriteit (
    nl_reis_doc_autoriteit_code character varying(6) NOT NULL,
    nl_reis_doc_autoriteit_oms character varying(80) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_nl_reis_doc_soort (
    nl_reis_doc_soort character varying(2) NOT NULL,
    nl_reis_doc_soort_oms character varying(80) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_pl (
    pl_id bigint NOT NULL,
    pl_blokkering_start_datum integer,
    bijhouding_opschort_datum integer,
    bijhouding_opschort_reden character(1),
    gba_eerste_inschrijving_datum integer,
    pk_gemeente_code smallint,
    geheim_ind smallint,
    volledig_geconverteerd_pk character(1),
    europees_kiesrecht_aand smallint,
    europees_kiesrecht_datum integer,
    europees_uitsluit_eind_datum integer,
    kiesrecht_uitgesl_aand character(1),
    kiesrecht_uitgesl_eind_datum integer,
    kiesrecht_doc_gemeente_code smallint,
    kiesrecht_doc_datum integer,
    kiesrecht_doc_beschrijving character varying(40),
    mutatie_activiteit_id bigint,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL,
    mutatie_dt timestamp without time zone NOT NULL,
    versie_nr smallint,
    stempel_dt bigint,
    verificatie_datum integer,
    verificatie_oms character varying(50),
    rni_deelnemer smallint,
    verdrag_oms character varying(50)
);

CREATE TABLE public.lo3_pl_afnemer_ind (
    pl_id bigint NOT NULL,
    stapel_nr smallint NOT NULL,
    volg_nr smallint NOT NULL,
    afnemer_code integer,
    geldigheid_start_datum integer
);

CREATE TABLE public.lo3_pl_gezagsverhouding (
    pl_id bigint NOT NULL,
    volg_nr smallint NOT NULL,
    minderjarig_gezag_ind character varying(2),
    curatele_register_ind smallint,
    doc_gemeente_code smallint,
    doc_datum integer,
    doc_beschrijving character varying(40),
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    onjuist_ind character(1),
    geldigheid_start_datum integer,
    opneming_datum integer
);

CREATE TABLE public.lo3_pl_nationaliteit (
    pl_id bigint NOT NULL,
    stapel_nr smallint NOT NULL,
    volg_nr smallint NOT NULL,
    nationaliteit_code smallint,
    nl_nat_verkrijg_reden smallint,
    nl_nat_verlies_reden smallint,
    bijzonder_nl_aand character(1),
    doc_gemeente_code smallint,
    doc_datum integer,
    doc_beschrijving character varying(40),
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    onjuist_ind character(1),
    geldigheid_start_datum integer,
    opneming_datum integer,
    rni_deelnemer smallint,
    verdrag_oms character varying(50),
    eu_persoon_nr character varying(40)
);

CREATE TABLE public.lo3_pl_overlijden (
    pl_id bigint NOT NULL,
    volg_nr smallint NOT NULL,
    overlijden_datum integer,
    overlijden_plaats character varying(40),
    overlijden_land_code smallint,
    akte_register_gemeente_code smallint,
    akte_nr character varying(7),
    doc_gemeente_code smallint,
    doc_datum integer,
    doc_beschrijving character varying(40),
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    onjuist_ind character(1),
    geldigheid_start_datum integer,
    opneming_datum integer,
    rni_deelnemer smallint,
    verdrag_oms character varying(50)
);

CREATE TABLE public.lo3_pl_paw_index_2 (
    pl_id bigint NOT NULL,
    voor_naam character varying(200),
    diak_voor_naam character varying(200),
    geslachts_naam character varying(200) NOT NULL,
    diak_geslachts_naam character varying(200),
    titel_predikaat character varying(2),
    geslachts_naam_voorvoegsel character varying(10),
    geboorte_datum integer,
    geboorte_plaats character varying(40),
    geboorte_land_code smallint,
    geslachts_aand character(1),
    naam_gebruik_aand character(1),
    inschrijving_gemeente_code smallint NOT NULL,
    gemeente_deel character varying(24),
    straat_naam character varying(24),
    diak_straat_naam character varying(24),
    huis_nr integer,
    huis_letter character(1),
    huis_nr_toevoeging character varying(4),
    huis_nr_aand character varying(2),
    postcode character varying(6),
    locatie_beschrijving character varying(35),
    diak_locatie_beschrijving character varying(35),
    open_ruimte_naam character varying(80),
    diak_open_ruimte_naam character varying(80),
    woon_plaats_naam character varying(80),
    diak_woon_plaats_naam character varying(80),
    verblijf_plaats_ident_code character varying(16),
    nummer_aand_ident_code character varying(16)
);

CREATE TABLE public.lo3_pl_persoon (
    pl_id bigint NOT NULL,
    persoon_type character(1) NOT NULL,
    stapel_nr smallint NOT NULL,
    volg_nr smallint NOT NULL,
    a_nr bigint,
    burger_service_nr bigint,
    voor_naam character varying(200),
    diak_voor_naam character varying(200),
    titel_predicaat character varying(2),
    geslachts_naam_voorvoegsel character varying(10),
    geslachts_naam character varying(200),
    diak_geslachts_naam character varying(200),
    geboorte_datum integer,
    geboorte_plaats character varying(40),
    geboorte_land_code smallint,
    geslachts_aand character(1),
    naam_gebruik_aand character(1),
    akte_register_gemeente_code smallint,
    akte_nr character varying(7),
    doc_gemeente_code smallint,
    doc_datum integer,
    doc_beschrijving character varying(40),
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    onjuist_ind character(1),
    geldigheid_start_datum integer,
    opneming_datum integer,
    relatie_start_datum integer,
    relatie_start_plaats character varying(40),
    relatie_start_land_code smallint,
    relatie_eind_datum integer,
    relatie_eind_plaats character varying(40),
    relatie_eind_land_code smallint,
    relatie_eind_reden character(1),
    verbintenis_soort character(1),
    familie_betrek_start_datum integer,
    vorig_a_nr bigint,
    volgend_a_nr bigint,
    rni_deelnemer smallint,
    verdrag_oms character varying(50),
    registratie_betrekking character(1)
);

CREATE TABLE public.lo3_pl_reis_doc (
    pl_id bigint NOT NULL,
    stapel_nr smallint NOT NULL,
    nl_reis_doc_soort character varying(2),
    nl_reis_doc_nr character varying(9),
    nl_reis_doc_uitgifte_datum integer,
    nl_reis_doc_autoriteit_code character varying(6),
    nl_reis_doc_geldig_eind_datum integer,
    nl_reis_doc_weg_datum integer,
    nl_reis_doc_weg_ind character(1),
    nl_reis_doc_houder_lengte smallint,
    nl_reis_doc_signalering smallint,
    buitenland_reis_doc_aand smallint,
    doc_gemeente_code smallint,
    doc_datum integer,
    doc_beschrijving character varying(40),
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    geldigheid_start_datum integer,
    opneming_datum integer
);

CREATE TABLE public.lo3_pl_serialized (
    pl_id bigint NOT NULL,
    mutatie_dt timestamp without time zone DEFAULT now() NOT NULL,
    data text NOT NULL
);

CREATE TABLE public.lo3_pl_verblijfplaats (
    pl_id bigint NOT NULL,
    volg_nr smallint NOT NULL,
    inschrijving_gemeente_code smallint,
    adres_id bigint,
    inschrijving_datum integer,
    adres_functie character(1),
    gemeente_deel character varying(24),
    adreshouding_start_datum integer,
    vertrek_land_code smallint,
    vertrek_datum integer,
    vertrek_land_adres_1 character varying(35),
    vertrek_land_adres_2 character varying(35),
    vertrek_land_adres_3 character varying(35),
    vestiging_land_code smallint,
    vestiging_datum integer,
    aangifte_adreshouding_oms character(1),
    doc_ind smallint,
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    onjuist_ind character(1),
    geldigheid_start_datum integer,
    opneming_datum integer,
    rni_deelnemer smallint,
    verdrag_oms character varying(50)
);

CREATE TABLE public.lo3_pl_verblijfstitel (
    pl_id bigint NOT NULL,
    volg_nr smallint NOT NULL,
    verblijfstitel_aand smallint,
    verblijfstitel_eind_datum integer,
    verblijfstitel_start_datum integer,
    onderzoek_gegevens_aand integer,
    onderzoek_start_datum integer,
    onderzoek_eind_datum integer,
    onjuist_ind character(1),
    geldigheid_start_datum integer,
    opneming_datum integer
);

CREATE TABLE public.lo3_relatie_eind_reden (
    relatie_eind_reden character(1) NOT NULL,
    relatie_eind_reden_oms character varying(80),
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_rni_deelnemer (
    deelnemer_code smallint NOT NULL,
    deelnemer_oms character varying(80) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_titel_predicaat (
    titel_predicaat character varying(2) NOT NULL,
    titel_predicaat_oms character varying(10) NOT NULL,
    titel_predicaat_soort character varying(10) NOT NULL,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_verblijfstitel_aand (
    verblijfstitel_aand smallint NOT NULL,
    verblijfstitel_aand_oms character varying(80) NOT NULL,
    tabel_regel_start_datum integer,
    tabel_regel_eind_datum integer,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.lo3_voorvoegsel (
    voorvoegsel character varying(10) NOT NULL,
    creatie_dt timestamp without time zone DEFAULT now() NOT NULL
);

CREATE TABLE vospg.pl_bericht (
    pl_bericht_id bigint NOT NULL,
    a_nr bigint,
    bericht_data text,
    hash_bericht_data text,
    verzender character varying(7),
    tijdstip_ontvangst timestamp without time zone,
    berichtsoort_nummer character varying(4)
);
