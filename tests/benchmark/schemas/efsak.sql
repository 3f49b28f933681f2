-- familie-ef-sak, the Norwegian Labour and Welfare Administration's (NAV) case handling of
-- benefits for single parents (enslig forsørger: overgangsstønad, barnetilsyn, skolepenger),
-- Norwegian names: the digital application form (soknadsskjema: the applicant's national
-- identity number, name, marital situation, earlier and planned cohabitants with their names,
-- identity numbers and birth dates, residence, work, education and health situation, and the
-- documentation asked for), the children on an application (soknad_barn: the child, the other
-- parent, custody and contact arrangements, childcare), employers, own businesses, stays abroad
-- and earlier education; case files (fagsak) and their person identities, case handlings
-- (behandling) with their children, history, journal posts, inquiries (oppgave), the register
-- data and income data fetched for a case, assessments of conditions (vilkarsvurdering),
-- decisions (vedtak) with their justifications and the decision letters with the caseworker's and
-- approver's signatures, letter recipients, paid benefit periods (tilkjent ytelse), simulations,
-- recovery (tilbakekreving), exclusions (utestengelse) and extracts of job seekers.
-- Source: https://github.com/navikt/familie-ef-sak, src/main/resources/db/migration/V1__sak.sql
--   to V170 (the Flyway migrations that build the PostgreSQL schema), applied in order to an
--   empty PostgreSQL 15 database and dumped with pg_dump --schema-only (the migrations alone
--   give no single file; V55, a sequence restart behind a ${ignoreIfProd} placeholder, was
--   skipped)
-- Commit: c6029f3d38404c7026c6a59a0fc915a545c71587 (the migrations last changed in
--   4f4a0b23e91fe403a3d60d4ad65e5f87687aeee2)
-- Licence: MIT (LICENSE in the source: "Copyright (c) 2019 NAV")
-- Trimmed: 43 of the 50 tables the migrations leave; dropped are the task and processing-task
-- queues and their logs (task, task_logg, prosessering_task, prosessering_task_logg), the
-- reconciliation schedule (konsistensavstemming_jobb), the automatic-letter and
-- inquiries-to-close lists. The kept CREATE TABLE statements are copied as pg_dump writes
-- them, in its order; SET, extension, comment, sequence, default, constraint, index and view
-- statements are dropped.
-- Development source since the ninth held-out set was measured (see labels.yaml).

CREATE TABLE public.andel_tilkjent_ytelse (
    tilkjent_ytelse uuid,
    tilkjent_ytelse_key bigint NOT NULL,
    stonad_fom date NOT NULL,
    stonad_tom date NOT NULL,
    belop bigint NOT NULL,
    person_ident character varying,
    periode_id bigint,
    forrige_periode_id bigint,
    kilde_behandling_id uuid NOT NULL,
    inntekt bigint DEFAULT 0 NOT NULL,
    inntektsreduksjon bigint DEFAULT 0 NOT NULL,
    samordningsfradrag bigint DEFAULT 0 NOT NULL
);

CREATE TABLE public.arsak_revurdering (
    behandling_id uuid NOT NULL,
    opplysningskilde character varying NOT NULL,
    arsak character varying NOT NULL,
    beskrivelse character varying,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL
);

CREATE TABLE public.behandling (
    id uuid NOT NULL,
    fagsak_id uuid,
    versjon integer DEFAULT 0,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    type character varying NOT NULL,
    status character varying NOT NULL,
    steg character varying NOT NULL,
    resultat character varying DEFAULT 'IKKE_SATT'::character varying NOT NULL,
    forrige_behandling_id uuid,
    arsak character varying NOT NULL,
    krav_mottatt timestamp(3) without time zone,
    henlagt_arsak character varying,
    vedtakstidspunkt timestamp(3) without time zone,
    kategori character varying DEFAULT 'NASJONAL'::character varying,
    ekstern_id bigint NOT NULL,
    er_regelendring_2026 boolean DEFAULT false NOT NULL,
    CONSTRAINT behandling_resultat_vedtakstidspunkt_check CHECK (((((resultat)::text = 'IKKE_SATT'::text) AND (vedtakstidspunkt IS NULL)) OR (((resultat)::text <> 'IKKE_SATT'::text) AND (vedtakstidspunkt IS NOT NULL))))
);

CREATE TABLE public.behandling_barn (
    id uuid NOT NULL,
    behandling_id uuid NOT NULL,
    soknad_barn_id uuid,
    navn character varying,
    person_ident character varying,
    fodsel_termindato date,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    endret_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    CONSTRAINT behandling_barn_ident_fodsel_termindato_check CHECK (((person_ident IS NOT NULL) OR (fodsel_termindato IS NOT NULL)))
);

CREATE TABLE public.behandlingshistorikk (
    id uuid NOT NULL,
    behandling_id uuid,
    steg character varying NOT NULL,
    opprettet_av_navn character varying NOT NULL,
    opprettet_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    utfall character varying,
    metadata json
);

CREATE TABLE public.behandlingsjournalpost (
    behandling_id uuid,
    journalpost_id character varying NOT NULL,
    journalpost_type character varying NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL
);

CREATE TABLE public.blankett (
    behandling_id uuid NOT NULL,
    pdf bytea
);

CREATE TABLE public.brevmottakere (
    behandling_id uuid NOT NULL,
    personer json,
    organisasjoner json
);

CREATE TABLE public.brevmottakere_frittstaende_brev (
    id uuid NOT NULL,
    fagsak_id uuid NOT NULL,
    saksbehandler_ident character varying NOT NULL,
    tidspunkt_opprettet timestamp(3) without time zone NOT NULL,
    personer json NOT NULL,
    organisasjoner json NOT NULL
);

CREATE TABLE public.fagsak (
    id uuid NOT NULL,
    stonadstype character varying NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    migrert boolean DEFAULT false NOT NULL,
    fagsak_person_id uuid NOT NULL,
    ekstern_id bigint NOT NULL
);

CREATE TABLE public.fagsak_person (
    id uuid NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    har_aktivert_mikrofrontend boolean DEFAULT true NOT NULL
);

CREATE TABLE public.grunnlagsdata (
    behandling_id uuid NOT NULL,
    data json NOT NULL,
    lagt_til_etter_ferdigstilling boolean NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    oppdaterte_data json,
    oppdaterte_data_hentet_tid timestamp(3) without time zone NOT NULL
);

CREATE TABLE public.grunnlagsdata_inntekt (
    behandling_id uuid NOT NULL,
    inntektsdata json NOT NULL,
    oppdaterte_inntektsdata json,
    oppdaterte_inntektsdata_hentet_tid timestamp(3) without time zone,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL
);

CREATE TABLE public.mellomlagret_brev (
    behandling_id uuid NOT NULL,
    brevverdier character varying,
    brevmal character varying,
    sanity_versjon character varying,
    opprettet_tid date
);

CREATE TABLE public.mellomlagret_frittstaende_sanitybrev (
    id uuid NOT NULL,
    fagsak_id uuid NOT NULL,
    brevverdier character varying NOT NULL,
    brevmal character varying NOT NULL,
    saksbehandler_ident character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone NOT NULL
);

CREATE TABLE public.migrering (
    ident character varying NOT NULL,
    status character varying NOT NULL,
    arsak character varying
);

CREATE TABLE public.naeringsinntekt_kontroll (
    id uuid NOT NULL,
    oppgave_id integer,
    fagsak_id uuid,
    kjoretidspunkt timestamp(3) without time zone,
    utfall character varying
);

CREATE TABLE public.oppgave (
    id uuid NOT NULL,
    behandling_id uuid,
    gsak_oppgave_id bigint NOT NULL,
    type character varying NOT NULL,
    ferdigstilt boolean NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    barn_person_ident character varying,
    alder character varying,
    oppgave_subtype character varying
);

CREATE TABLE public.oppgaver_for_opprettelse (
    behandling_id uuid NOT NULL,
    oppgavetyper character varying[] NOT NULL,
    ar_for_inntektskontroll_selvstendig_neringsdrivende integer
);

CREATE TABLE public.person_ident (
    ident character varying NOT NULL,
    fagsak_person_id uuid NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL
);

CREATE TABLE public.regelendring_2026 (
    behandling_id uuid NOT NULL,
    begrunnelse text NOT NULL
);

CREATE TABLE public.registergrunnlag (
    behandling_id uuid NOT NULL,
    data json NOT NULL,
    endringer json,
    versjon integer NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL
);

CREATE TABLE public.samvaersavtale (
    id uuid NOT NULL,
    behandling_id uuid NOT NULL,
    behandling_barn_id uuid NOT NULL,
    uker json NOT NULL
);

CREATE TABLE public.simuleringsresultat (
    behandling_id uuid NOT NULL,
    data json NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    beriket_data json NOT NULL
);

CREATE TABLE public.soknad_aksjeselskap (
    soknadsskjema_id uuid,
    navn character varying,
    arbeidsmengde integer
);

CREATE TABLE public.soknad_arbeidsgiver (
    soknadsskjema_id uuid,
    arbeidsgivernavn character varying,
    arbeidsmengde integer,
    fast_eller_midlertidig character varying,
    har_sluttdato boolean,
    sluttdato date
);

CREATE TABLE public.soknad_barn (
    id uuid NOT NULL,
    soknadsskjema_id uuid,
    navn character varying,
    fodselsnummer character varying,
    har_skal_ha_samme_adresse boolean,
    ikke_registrert_pa_sokers_adresse_beskrivelse character varying,
    er_barnet_fodt boolean,
    fodsel_termindato date,
    terminbekreftelse character varying,
    annen_forelder_ikke_oppgitt_annen_forelder_begrunnelse character varying,
    annen_forelder_bosatt_norge boolean,
    annen_forelder_land character varying,
    annen_forelder_navn character varying,
    annen_forelder_fodselsnummer character varying,
    annen_forelder_fodselsdato date,
    samver_sporsmal_avtale_om_delt_bosted boolean,
    samver_avtale_om_delt_bosted character varying,
    samver_skal_annen_forelder_ha_samver character varying,
    samver_har_dere_skriftlig_avtale_om_samver character varying,
    samver_samversavtale character varying,
    samver_barn_skal_bo_hos_soker_annen_forelder_samarbeider_ikke character varying,
    samver_hvordan_praktiseres_samveret character varying,
    samver_bor_annen_forelder_i_samme_hus character varying,
    samver_bor_annen_forelder_i_samme_hus_beskrivelse character varying,
    samver_har_dere_tidligere_bodd_sammen boolean,
    samver_nar_flyttet_dere_fra_hverandre date,
    samver_erklering_om_samlivsbrudd character varying,
    samver_hvor_mye_er_du_sammen_med_annen_forelder character varying,
    samver_beskriv_samver_uten_barn character varying,
    skal_ha_barnepass boolean,
    serlige_tilsynsbehov character varying,
    barnepass_arsak_barnepass character varying,
    skal_bo_hos_soker character varying,
    lagt_til_manuelt boolean DEFAULT false NOT NULL,
    annen_forelder_er_kopiert_fra_annet_barn boolean
);

CREATE TABLE public.soknad_barnepassordning (
    barn_id uuid,
    hva_slags_barnepassordning character varying,
    navn character varying,
    fra date,
    til date,
    belop integer
);

CREATE TABLE public.soknad_grunnlag (
    id uuid NOT NULL,
    journalpost_id character varying NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    type character varying NOT NULL,
    behandling_id uuid,
    soknadsskjema_id uuid,
    relaterte_fnr character varying
);

CREATE TABLE public.soknad_selvstendig (
    soknadsskjema_id uuid,
    firmanavn character varying,
    organisasjonsnummer character varying,
    etableringsdato date,
    arbeidsmengde integer,
    hvordan_ser_arbeidsuken_ut character varying,
    overskudd integer
);

CREATE TABLE public.soknad_soker (
    grunnlag_soknad_id uuid NOT NULL,
    navn character varying,
    fodselsnummer character varying
);

CREATE TABLE public.soknad_tidligere_utdanning (
    soknadsskjema_id uuid,
    linje_kurs_grad character varying,
    fra character varying,
    til character varying
);

CREATE TABLE public.soknad_utenlandsopphold (
    soknadsskjema_id uuid,
    fradato date,
    tildato date,
    arsak_utenlandsopphold character varying,
    land character varying,
    personident_eos_land character varying,
    adresse_eos_land character varying,
    kan_ikke_oppgi_personident boolean,
    er_eos_land boolean
);

CREATE TABLE public.soknadsskjema (
    id uuid NOT NULL,
    type character varying,
    fodselsnummer character varying,
    navn character varying,
    dato_mottatt timestamp(3) without time zone,
    sivilstand_er_uformelt_gift boolean,
    sivilstand_er_uformelt_gift_dokumentasjon character varying,
    sivilstand_er_uformelt_separert_eller_skilt boolean,
    sivilstand_er_uformelt_separert_eller_skilt_dokumentasjon character varying,
    sivilstand_sokt_om_skilsmisse_separasjon boolean,
    sivilstand_dato_sokt_separasjon date,
    sivilstand_separasjonsbekreftelse character varying,
    sivilstand_arsak_enslig character varying,
    sivilstand_samlivsbruddsdokumentasjon character varying,
    sivilstand_samlivsbruddsdato date,
    sivilstand_fraflytningsdato date,
    sivilstand_endring_samversordning_dato date,
    sivilstand_tidligere_samboer_navn character varying,
    sivilstand_tidligere_samboer_fodselsnummer character varying,
    sivilstand_tidligere_samboer_fodselsdato date,
    sivilstand_tidligere_samboer_land character varying,
    medlemskap_oppholder_du_deg_i_norge boolean,
    medlemskap_bosatt_norge_siste_arene boolean,
    bosituasjon_deler_du_bolig character varying,
    bosituasjon_samboer_navn character varying,
    bosituasjon_samboer_fodselsnummer character varying,
    bosituasjon_samboer_fodselsdato date,
    bosituasjon_samboer_land character varying,
    bosituasjon_sammenflyttingsdato date,
    bosituasjon_dato_flyttet_fra_hverandre date,
    bosituasjon_tidligere_samboer_fortsatt_registrert_pa_adresse character varying,
    sivilstandsplaner_har_planer boolean,
    sivilstandsplaner_fra_dato date,
    sivilstandsplaner_vordende_samboer_navn character varying,
    sivilstandsplaner_vordende_samboer_fodselsnummer character varying,
    sivilstandsplaner_vordende_samboer_fodselsdato date,
    sivilstandsplaner_vordende_samboer_land character varying,
    aktivitet_hvordan_er_arbeidssituasjonen character varying,
    aktivitet_virksomhet_virksomhetsbeskrivelse character varying,
    aktivitet_virksomhet_dokumentasjon character varying,
    aktivitet_arbeidssoker_registrert_som_arbeidssoker_nav boolean,
    aktivitet_arbeidssoker_villig_til_a_ta_imot_tilbud_om_arbeid boolean,
    aktivitet_arbeidssoker_kan_du_begynne_innen_en_uke boolean,
    aktivitet_arbeidssoker_kan_du_skaffe_barnepass_innen_en_uke boolean,
    aktivitet_arbeidssoker_hvor_onsker_du_arbeid character varying,
    aktivitet_arbeidssoker_onsker_du_minst_50_prosent_stilling boolean,
    aktivitet_arbeidssoker_ikke_villig_til_a_ta_tilbud_om_arbeid character varying,
    aktivitet_under_utdanning_skole_utdanningssted character varying,
    aktivitet_under_utdanning_linje_kurs_grad character varying,
    aktivitet_under_utdanning_fra date,
    aktivitet_under_utdanning_til date,
    aktivitet_under_utdanning_offentlig_eller_privat character varying,
    aktivitet_under_utdanning_heltid_eller_deltid character varying,
    aktivitet_under_utdanning_hvor_mye_skal_du_studere integer,
    aktivitet_under_utdanning_hva_er_malet_med_utdanningen character varying,
    aktivitet_under_utdanning_utdanning_etter_grunnskolen boolean,
    aktivitet_under_utdanning_semesteravgift integer,
    aktivitet_under_utdanning_studieavgift integer,
    aktivitet_under_utdanning_eksamensgebyr integer,
    aktivitet_er_i_arbeid character varying,
    aktivitet_er_i_arbeid_dokumentasjon character varying,
    situasjon_gjelder_dette_deg character varying,
    situasjon_sykdom character varying,
    situasjon_barns_sykdom character varying,
    situasjon_manglende_barnepass character varying,
    situasjon_barn_med_serlige_behov character varying,
    situasjon_arbeidskontrakt character varying,
    situasjon_lerlingkontrakt character varying,
    situasjon_oppstart_ny_jobb date,
    situasjon_utdanningstilbud character varying,
    situasjon_oppstart_utdanning date,
    situasjon_sagt_opp_eller_redusert_stilling character varying,
    situasjon_oppsigelse_reduksjon_arsak character varying,
    situasjon_oppsigelse_reduksjon_tidspunkt date,
    situasjon_reduksjon_av_arbeidsforhold_dokumentasjon character varying,
    situasjon_oppsigelse_dokumentasjon character varying,
    soker_fra character varying,
    soker_fra_bestemt_maned boolean,
    dokumentasjon_barnepassordning_faktura character varying,
    dokumentasjon_avtale_barnepasser character varying,
    dokumentasjon_arbeidstid character varying,
    dokumentasjon_roterende_arbeidstid character varying,
    dokumentasjon_spesielle_behov character varying,
    utdanningsutgifter character varying,
    adresseopplysninger_adresse character varying,
    adresseopplysninger_soker_bor_pa_adresse boolean,
    adresseopplysninger_har_meldt_adresseendring boolean,
    adresseopplysninger_dokumentasjon_adresseendring character varying,
    medlemskap_oppholdsland character varying,
    dato_pabegynt_soknad date,
    utdanning_dokumentasjon character varying,
    er_regelendring_2026 boolean DEFAULT false,
    inntekter character varying
);

CREATE TABLE public.terminbarn_oppgave (
    fagsak_id uuid NOT NULL,
    termindato date NOT NULL,
    opprettet_tid date NOT NULL
);

CREATE TABLE public.tilbakekreving (
    behandling_id uuid NOT NULL,
    valg character varying NOT NULL,
    varseltekst character varying,
    begrunnelse character varying,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL
);

CREATE TABLE public.tilkjent_ytelse (
    id uuid NOT NULL,
    type character varying(50) NOT NULL,
    personident character varying(20) NOT NULL,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying,
    endret_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP,
    behandling_id uuid,
    samordningsfradrag_type character varying,
    startdato date,
    grunnbelopsdato character varying DEFAULT '2021-05-01'::date NOT NULL
);

CREATE TABLE public.utestengelse (
    id uuid NOT NULL,
    fagsak_person_id uuid NOT NULL,
    fom date NOT NULL,
    tom date NOT NULL,
    slettet boolean NOT NULL,
    opprettet_av character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp(3) without time zone NOT NULL
);

CREATE TABLE public.uttrekk_arbeidssoker (
    id uuid NOT NULL,
    fagsak_id uuid NOT NULL,
    vedtak_id uuid NOT NULL,
    aar_maaned character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    kontrollert boolean NOT NULL,
    kontrollert_av character varying,
    kontrollert_tid timestamp without time zone,
    registert_arbeidssoker boolean
);

CREATE TABLE public.vedlegg (
    id uuid NOT NULL,
    grunnlag_soknad_id uuid,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    data bytea NOT NULL,
    navn character varying NOT NULL
);

CREATE TABLE public.vedtak (
    behandling_id uuid NOT NULL,
    resultat_type character varying NOT NULL,
    periode_begrunnelse character varying,
    inntekt_begrunnelse character varying,
    perioder json,
    inntekter json,
    avsla_begrunnelse character varying,
    saksbehandler_ident character varying NOT NULL,
    beslutter_ident character varying,
    opphor_fom character varying,
    avsla_arsak character varying,
    samordningsfradrag_type character varying,
    intern_begrunnelse character varying,
    barnetilsyn json,
    kontantstotte json,
    tilleggsstonad json,
    skolepenger json,
    opprettet_tid timestamp(3) without time zone NOT NULL,
    opprettet_av character varying NOT NULL
);

CREATE TABLE public.vedtaksbrev (
    behandling_id uuid NOT NULL,
    brevmal character varying,
    saksbehandlersignatur character varying,
    besluttersignatur character varying,
    beslutter_pdf bytea,
    enhet character varying,
    saksbehandlerident character varying,
    beslutterident character varying,
    saksbehandler_html character varying,
    opprettet_tid timestamp(3) without time zone,
    besluttet_tid timestamp(3) without time zone
);

CREATE TABLE public.vilkarsvurdering (
    id uuid NOT NULL,
    behandling_id uuid,
    resultat character varying NOT NULL,
    type character varying NOT NULL,
    begrunnelse character varying,
    unntak character varying,
    opprettet_av character varying DEFAULT 'VL'::character varying NOT NULL,
    opprettet_tid timestamp(3) without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    endret_av character varying NOT NULL,
    endret_tid timestamp without time zone DEFAULT LOCALTIMESTAMP NOT NULL,
    delvilkar json,
    barn_id character varying,
    opphavsvilkaar_behandling_id uuid,
    opphavsvilkaar_vurderingstidspunkt timestamp(3) without time zone
);
