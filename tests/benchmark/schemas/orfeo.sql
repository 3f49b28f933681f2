-- Orfeo: a document and correspondence management system (sistema de gestión documental) of
-- Colombian public bodies: the filing register of incoming and outgoing letters (radicados)
-- with the citizen or company who sent them, their attachments, routing between officials and
-- departments (dependencias), case files (expedientes), retention schedules (TRD), dispatch
-- by post, loans of paper files, sanctions and notifications. PostgreSQL, Spanish names
-- abbreviated with table prefixes (radi_nume_radi, usua_doc, sgd_ciu_apell1, sgd_dir_mail,
-- muni_codi, dpto_codi).
-- Source: https://github.com/c-m-a/orfeo (a fork of Orfeo 3.x, originally by the Colombian
-- Superintendencia de Servicios Públicos Domiciliarios), instalador/postgres_CreaBD.sql
-- Commit: 10238a4568030325f81fc8759ae04ca90594a3da
-- Licence: GNU GPL v3 (LICENSE).
-- Changed mechanically: converted from Windows-1252 to UTF-8; kept only the CREATE TABLE
-- statements of the pg_dump (its SET, SEQUENCE, COMMENT, ALTER TABLE constraint, INDEX, data
-- and privilege statements are left out); cut whole tables to keep the set a reviewable size:
-- the 52 code tables of four columns or fewer that hold no personal data (anexos_tipo, carpeta,
-- departamento, dependencia_visibilidad, estado, medio_recepcion, par_serv_servicios,
-- sgd_admin_dependencia_estado, sgd_admin_observacion, sgd_admin_usua_perfiles, sgd_anar_anexarg,
-- sgd_aper_adminperfiles, sgd_arch_depe, sgd_arg_pliego, sgd_argup_argudoctop,
-- sgd_carp_descripcion, sgd_cau_causal, sgd_cob_campobliga, sgd_dcau_causal, sgd_ddca_ddsgrgdo,
-- sgd_def_continentes, sgd_def_paises, sgd_deve_dev_envio, sgd_eanu_estanulacion,
-- sgd_enve_envioespecial, sgd_fenv_frmenvio, sgd_fun_funciones, sgd_instorf_instanciasorfeo,
-- sgd_mpes_mddpeso, sgd_msdep_msgdep, sgd_mtd_matriz_doc, sgd_noh_nohabiles, sgd_not_notificacion,
-- sgd_panu_peranulados, sgd_parametro, sgd_pnufe_procnumfe, sgd_pnun_procenum, sgd_prc_proceso,
-- sgd_prd_prcdmentos, sgd_rmr_radmasivre, sgd_sed_sede, sgd_senuf_secnumfe, sgd_srd_seriesrd,
-- sgd_tidm_tidocmasiva, sgd_tma_temas, sgd_tmd_temadepe, sgd_tme_tipmen, sgd_tres_tpresolucion,
-- sgd_ttr_transaccion, sgd_usm_usumodifica, tipo_doc_identificacion, tipo_remitente).
-- Queued held-out set: not seen while tuning the classifier (see labels_next2.yaml).

CREATE TABLE anexos (
    anex_radi_nume bigint NOT NULL,
    anex_codigo character varying(20) NOT NULL,
    anex_tipo smallint,
    anex_tamano integer,
    anex_solo_lect character varying(1),
    anex_creador character varying(15),
    anex_desc character varying(512),
    anex_numero integer,
    anex_nomb_archivo character varying(50),
    anex_borrado character varying(1),
    anex_origen smallint DEFAULT 0,
    anex_ubic character varying(15),
    anex_salida smallint DEFAULT 0,
    radi_nume_salida bigint,
    anex_radi_fech date,
    anex_estado smallint DEFAULT 0,
    usua_doc character varying(14),
    sgd_rem_destino smallint DEFAULT 0,
    anex_fech_envio date,
    sgd_dir_tipo smallint,
    anex_fech_impres date,
    anex_depe_creador smallint,
    sgd_doc_secuencia bigint,
    sgd_doc_padre character varying(20),
    sgd_arg_codigo smallint,
    sgd_tpr_codigo smallint,
    sgd_deve_codigo smallint,
    sgd_deve_fech date,
    sgd_fech_impres date,
    anex_fech_anex date,
    anex_depe_codi character varying(3),
    sgd_pnufe_codi smallint,
    sgd_dnufe_codi smallint,
    anex_usudoc_creador character varying(15),
    sgd_fech_doc date,
    sgd_apli_codi smallint,
    sgd_trad_codigo smallint,
    sgd_dir_direccion character varying(150),
    muni_codi smallint,
    dpto_codi smallint,
    sgd_exp_numero character varying(18)
);

CREATE TABLE anexos_historico (
    anex_hist_anex_codi character varying(20) NOT NULL,
    anex_hist_num_ver smallint NOT NULL,
    anex_hist_tipo_mod character varying(2) NOT NULL,
    anex_hist_usua character varying(15) NOT NULL,
    anex_hist_fecha date NOT NULL,
    usua_doc character varying(14)
);

CREATE TABLE bodega_empresas (
    nombre_de_la_empresa character varying(160),
    nuir character varying(13),
    nit_de_la_empresa character varying(80),
    sigla_de_la_empresa character varying(80),
    direccion character varying(80),
    codigo_del_departamento smallint,
    codigo_del_municipio smallint,
    telefono_1 character varying(15),
    telefono_2 character varying(15),
    email character varying(50),
    nombre_rep_legal character varying(72),
    cargo_rep_legal character varying(50),
    identificador_empresa integer NOT NULL,
    are_esp_secue integer NOT NULL,
    id_cont smallint DEFAULT 1,
    id_pais smallint DEFAULT 170,
    activa smallint DEFAULT 1,
    flag_rups character varying(1)
);

CREATE TABLE carpeta_per (
    usua_codi smallint NOT NULL,
    depe_codi smallint NOT NULL,
    nomb_carp character varying(10),
    desc_carp character varying(30),
    codi_carp smallint NOT NULL
);

CREATE TABLE dependencia (
    depe_codi smallint NOT NULL,
    depe_nomb character varying(70) NOT NULL,
    dpto_codi smallint,
    depe_codi_padre smallint,
    muni_codi smallint,
    depe_codi_territorial smallint,
    dep_sigla character varying(100),
    dep_central smallint,
    dep_direccion character varying(100),
    depe_num_interna smallint,
    depe_num_resolucion smallint,
    depe_rad_tp1 smallint,
    depe_rad_tp2 smallint,
    id_cont smallint DEFAULT 1,
    id_pais smallint DEFAULT 170,
    depe_estado smallint DEFAULT 1
);

CREATE TABLE hist_eventos (
    depe_codi smallint NOT NULL,
    hist_fech date NOT NULL,
    usua_codi bigint NOT NULL,
    radi_nume_radi bigint NOT NULL,
    hist_obse character varying(600) NOT NULL,
    usua_codi_dest bigint,
    usua_doc character varying(14),
    usua_doc_old character varying(15),
    sgd_ttr_codigo smallint,
    hist_usua_autor character varying(14),
    hist_doc_dest character varying(14),
    depe_codi_dest smallint
);

CREATE TABLE informados (
    radi_nume_radi bigint NOT NULL,
    usua_codi bigint NOT NULL,
    depe_codi smallint NOT NULL,
    info_desc character varying(600),
    info_fech date NOT NULL,
    info_leido smallint DEFAULT 0,
    usua_codi_info smallint,
    info_codi bigint,
    usua_doc character varying(14)
);

CREATE TABLE municipio (
    id_cont smallint NOT NULL,
    id_pais smallint NOT NULL,
    dpto_codi smallint NOT NULL,
    muni_codi smallint NOT NULL,
    muni_nomb character varying(100) NOT NULL,
    homologa_muni character varying(10),
    homologa_idmuni smallint,
    activa smallint DEFAULT 1
);

CREATE TABLE prestamo (
    pres_id bigint NOT NULL,
    radi_nume_radi bigint NOT NULL,
    usua_login_actu character varying(15) NOT NULL,
    depe_codi smallint NOT NULL,
    usua_login_pres character varying(15),
    pres_desc character varying(200),
    pres_fech_pres date,
    pres_fech_devo date,
    pres_fech_pedi date NOT NULL,
    pres_estado smallint,
    pres_requerimiento smallint,
    pres_depe_arch smallint,
    pres_fech_venc date,
    dev_desc character varying(500),
    pres_fech_canc date,
    usua_login_canc character varying(15),
    usua_login_rx character varying(15)
);

CREATE TABLE radicado (
    radi_nume_radi numeric(19,0) NOT NULL,
    radi_fech_radi date NOT NULL,
    tdoc_codi smallint NOT NULL,
    trte_codi smallint,
    mrec_codi smallint,
    eesp_codi bigint,
    eotra_codi bigint,
    radi_tipo_empr character varying(2),
    radi_fech_ofic date,
    tdid_codi smallint,
    radi_nume_iden character varying(15),
    radi_nomb character varying(90),
    radi_prim_apel character varying(50),
    radi_segu_apel character varying(50),
    radi_pais character varying(70),
    muni_codi smallint,
    cpob_codi smallint,
    carp_codi smallint,
    esta_codi smallint,
    dpto_codi smallint,
    cen_muni_codi smallint,
    cen_dpto_codi smallint,
    radi_dire_corr character varying(100),
    radi_tele_cont bigint,
    radi_nume_hoja smallint,
    radi_desc_anex character varying(100),
    radi_nume_deri bigint,
    radi_path character varying(100),
    radi_usua_actu bigint,
    radi_depe_actu smallint,
    radi_fech_asig date,
    radi_arch1 character varying(10),
    radi_arch2 character varying(10),
    radi_arch3 character varying(10),
    radi_arch4 character varying(10),
    ra_asun character varying(350),
    radi_usu_ante character varying(45),
    radi_depe_radi smallint,
    radi_rem character varying(60),
    radi_usua_radi bigint,
    codi_nivel smallint DEFAULT 1,
    flag_nivel integer DEFAULT 1,
    carp_per smallint DEFAULT 0,
    radi_leido smallint DEFAULT 0,
    radi_cuentai character varying(20),
    radi_tipo_deri smallint DEFAULT 0,
    listo character varying(2),
    sgd_tma_codigo smallint,
    sgd_mtd_codigo smallint,
    par_serv_secue integer,
    sgd_fld_codigo smallint DEFAULT 0,
    radi_agend smallint,
    radi_fech_agend date,
    radi_fech_doc date,
    sgd_doc_secuencia bigint,
    sgd_pnufe_codi smallint,
    sgd_eanu_codigo smallint,
    sgd_not_codi smallint,
    radi_fech_notif date,
    sgd_tdec_codigo smallint,
    sgd_apli_codi smallint,
    sgd_ttr_codigo smallint DEFAULT 0,
    usua_doc_ante character varying(14),
    radi_fech_antetx date,
    sgd_trad_codigo smallint,
    fech_vcmto date,
    tdoc_vcmto smallint,
    sgd_termino_real smallint,
    id_cont smallint DEFAULT 1,
    sgd_spub_codigo smallint DEFAULT 0,
    id_pais smallint DEFAULT 170,
    medio_m character varying(100)
);

CREATE TABLE series (
    depe_codi integer NOT NULL,
    seri_nume integer NOT NULL,
    seri_tipo smallint NOT NULL,
    seri_ano smallint NOT NULL,
    dpto_codi smallint NOT NULL,
    bloq character varying(20)
);

CREATE TABLE sgd_acm_acusemsg (
    sgd_msg_codi bigint NOT NULL,
    usua_doc character varying(14) NOT NULL,
    sgd_msg_leido smallint
);

CREATE TABLE sgd_actadd_actualiadicional (
    sgd_actadd_codi smallint NOT NULL,
    sgd_apli_codi smallint,
    sgd_instorf_codi smallint,
    sgd_actadd_query character varying(500),
    sgd_actadd_desc character varying(150)
);

CREATE TABLE sgd_admin_depe_historico (
    admin_depe_historico_codigo bigint NOT NULL,
    usuario_codigo_administrador bigint NOT NULL,
    dependencia_codigo_administrador smallint NOT NULL,
    usuario_documento_administrador character varying(14) NOT NULL,
    dependencia_modificada smallint NOT NULL,
    admin_observacion_codigo bigint NOT NULL,
    admin_fecha_evento date NOT NULL
);

CREATE TABLE sgd_admin_usua_historico (
    admin_historico_codigo bigint NOT NULL,
    usuario_codigo_administrador bigint NOT NULL,
    dependencia_codigo_administrador smallint NOT NULL,
    usuario_documento_administrador character varying(14) NOT NULL,
    usuario_codigo_modificado bigint NOT NULL,
    dependencia_codigo_modificado smallint NOT NULL,
    usuario_documento_modificado character varying(14) NOT NULL,
    admin_observacion_codigo bigint NOT NULL,
    admin_fecha_evento date NOT NULL
);

CREATE TABLE sgd_agen_agendados (
    sgd_agen_fech date,
    sgd_agen_observacion character varying(3000),
    radi_nume_radi bigint NOT NULL,
    usua_doc character varying(18) NOT NULL,
    depe_codi smallint,
    sgd_agen_codigo integer,
    sgd_agen_fechplazo date,
    sgd_agen_activo integer
);

CREATE TABLE sgd_anu_anulados (
    sgd_anu_id smallint,
    sgd_anu_desc character varying(250),
    radi_nume_radi bigint,
    sgd_eanu_codi integer,
    sgd_anu_sol_fech date,
    sgd_anu_fech date,
    depe_codi smallint,
    usua_doc character varying(14),
    usua_codi smallint,
    depe_codi_anu smallint,
    usua_doc_anu character varying(14),
    usua_codi_anu smallint,
    usua_anu_acta integer,
    sgd_anu_path_acta character varying(200),
    sgd_trad_codigo smallint
);

CREATE TABLE sgd_aplfad_plicfunadi (
    sgd_aplfad_codi smallint NOT NULL,
    sgd_apli_codi smallint,
    sgd_aplfad_menu character varying(150) NOT NULL,
    sgd_aplfad_lk1 character varying(150) NOT NULL,
    sgd_aplfad_desc character varying(150) NOT NULL
);

CREATE TABLE sgd_apli_aplintegra (
    sgd_apli_codi smallint NOT NULL,
    sgd_apli_descrip character varying(150),
    sgd_apli_lk1desc character varying(150),
    sgd_apli_lk1 character varying(150),
    sgd_apli_lk2desc character varying(150),
    sgd_apli_lk2 character varying(150),
    sgd_apli_lk3desc character varying(150),
    sgd_apli_lk3 character varying(150),
    sgd_apli_lk4desc character varying(150),
    sgd_apli_lk4 character varying(150)
);

CREATE TABLE sgd_aplmen_aplimens (
    sgd_aplmen_codi smallint NOT NULL,
    sgd_apli_codi smallint,
    sgd_aplmen_ref character varying(20),
    sgd_aplmen_haciaorfeo smallint,
    sgd_aplmen_desdeorfeo smallint
);

CREATE TABLE sgd_aplus_plicusua (
    sgd_aplus_codi smallint NOT NULL,
    sgd_apli_codi smallint,
    usua_doc character varying(14),
    sgd_trad_codigo smallint,
    sgd_aplus_prioridad smallint
);

CREATE TABLE sgd_argd_argdoc (
    sgd_argd_codi smallint NOT NULL,
    sgd_pnufe_codi smallint,
    sgd_argd_tabla character varying(100),
    sgd_argd_tcodi character varying(100),
    sgd_argd_tdes character varying(100),
    sgd_argd_llist character varying(150),
    sgd_argd_campo character varying(100)
);

CREATE TABLE sgd_auditoria (
    usua_doc character varying(50),
    tipo character varying(20),
    tabla character varying(50),
    isql character varying(1000),
    fecha numeric(20,0),
    ip character varying(40)
);

CREATE TABLE sgd_camexp_campoexpediente (
    sgd_camexp_codigo smallint NOT NULL,
    sgd_camexp_campo character varying(30) NOT NULL,
    sgd_parexp_codigo smallint NOT NULL,
    sgd_camexp_fk integer DEFAULT 0,
    sgd_camexp_tablafk character varying(30),
    sgd_camexp_campofk character varying(30),
    sgd_camexp_campovalor character varying(30),
    sgd_campexp_orden smallint
);

CREATE TABLE sgd_caux_causales (
    sgd_caux_codigo bigint NOT NULL,
    radi_nume_radi bigint,
    sgd_dcau_codigo smallint,
    sgd_ddca_codigo smallint,
    sgd_caux_fecha date,
    usua_doc character varying(14)
);

CREATE TABLE sgd_ciu_ciudadano (
    tdid_codi smallint,
    sgd_ciu_codigo integer NOT NULL,
    sgd_ciu_nombre character varying(150),
    sgd_ciu_direccion character varying(150),
    sgd_ciu_apell1 character varying(50),
    sgd_ciu_apell2 character varying(50),
    sgd_ciu_telefono character varying(50),
    sgd_ciu_email character varying(50),
    muni_codi smallint,
    dpto_codi smallint,
    sgd_ciu_cedula character varying(13),
    id_cont smallint DEFAULT 1,
    id_pais smallint DEFAULT 170
);

CREATE TABLE sgd_clta_clstarif (
    sgd_fenv_codigo integer,
    sgd_clta_codser integer,
    sgd_tar_codigo integer,
    sgd_clta_descrip character varying(100),
    sgd_clta_pesdes bigint,
    sgd_clta_peshast bigint
);

CREATE TABLE sgd_def_contactos (
    ctt_id bigint NOT NULL,
    ctt_nombre character varying(60) NOT NULL,
    ctt_cargo character varying(60) NOT NULL,
    ctt_telefono character varying(25),
    ctt_id_tipo smallint NOT NULL,
    ctt_id_empresa bigint NOT NULL
);

CREATE TABLE sgd_dir_drecciones (
    sgd_dir_codigo bigint NOT NULL,
    sgd_dir_tipo smallint NOT NULL,
    sgd_oem_codigo integer,
    sgd_ciu_codigo integer,
    radi_nume_radi bigint,
    sgd_esp_codi integer,
    muni_codi smallint,
    dpto_codi smallint,
    sgd_dir_direccion character varying(150),
    sgd_dir_telefono character varying(50),
    sgd_dir_mail character varying(50),
    sgd_sec_codigo bigint,
    sgd_temporal_nombre character varying(150),
    anex_codigo bigint,
    sgd_anex_codigo character varying(20),
    sgd_dir_nombre character varying(150),
    sgd_doc_fun character varying(14),
    sgd_dir_nomremdes character varying(1000),
    sgd_trd_codigo smallint,
    sgd_dir_tdoc smallint,
    sgd_dir_doc character varying(14),
    id_pais smallint DEFAULT 170,
    id_cont smallint DEFAULT 1
);

CREATE TABLE sgd_dnufe_docnufe (
    sgd_dnufe_codi smallint NOT NULL,
    sgd_pnufe_codi smallint,
    sgd_tpr_codigo smallint,
    sgd_dnufe_label character varying(150),
    trte_codi smallint,
    sgd_dnufe_main character varying(1),
    sgd_dnufe_path character varying(150),
    sgd_dnufe_gerarq character varying(10),
    anex_tipo_codi smallint
);

CREATE TABLE sgd_einv_inventario (
    sgd_einv_codigo integer NOT NULL,
    sgd_depe_nomb character varying(400),
    sgd_depe_codi integer,
    sgd_einv_expnum character varying(18),
    sgd_einv_titulo character varying(400),
    sgd_einv_unidad integer,
    sgd_einv_fech date,
    sgd_einv_fechfin date,
    sgd_einv_radicados character varying(40),
    sgd_einv_folios integer,
    sgd_einv_nundocu integer,
    sgd_einv_nundocubodega integer,
    sgd_einv_caja integer,
    sgd_einv_cajabodega integer,
    sgd_einv_srd integer,
    sgd_einv_nomsrd character varying(400),
    sgd_einv_sbrd integer,
    sgd_einv_nomsbrd character varying(400),
    sgd_einv_retencion character varying(400),
    sgd_einv_disfinal character varying(400),
    sgd_einv_ubicacion character varying(400),
    sgd_einv_observacion character varying(400)
);

CREATE TABLE sgd_eit_items (
    sgd_eit_codigo numeric NOT NULL,
    sgd_eit_nombre character varying(40),
    sgd_eit_sigla character varying(6),
    sgd_eit_cod_padre numeric,
    codi_dpto numeric(4,0),
    codi_muni numeric(5,0)
);

CREATE TABLE sgd_ent_entidades (
    sgd_ent_nit character varying(13) NOT NULL,
    sgd_ent_codsuc character varying(4) NOT NULL,
    sgd_ent_pias integer,
    dpto_codi smallint,
    muni_codi smallint,
    sgd_ent_descrip character varying(80),
    sgd_ent_direccion character varying(50),
    sgd_ent_telefono character varying(50)
);

CREATE TABLE sgd_estinst_estadoinstancia (
    sgd_estinst_codi smallint NOT NULL,
    sgd_apli_codi smallint,
    sgd_instorf_codi smallint,
    sgd_estinst_valor smallint,
    sgd_estinst_habilita smallint,
    sgd_estinst_mensaje character varying(100)
);

CREATE TABLE sgd_exp_expediente (
    sgd_exp_numero character varying(18),
    radi_nume_radi bigint,
    sgd_exp_fech date,
    sgd_exp_fech_mod date,
    depe_codi smallint,
    usua_codi smallint,
    usua_doc character varying(15),
    sgd_exp_estado integer DEFAULT 0,
    sgd_exp_titulo character varying(50),
    sgd_exp_asunto character varying(150),
    sgd_exp_carpeta character varying(30),
    sgd_exp_ufisica character varying(20),
    sgd_exp_isla character varying(10),
    sgd_exp_estante character varying(10),
    sgd_exp_caja character varying(10),
    sgd_exp_fech_arch date,
    sgd_srd_codigo smallint,
    sgd_sbrd_codigo smallint,
    sgd_fexp_codigo smallint DEFAULT 0,
    sgd_exp_subexpediente integer,
    sgd_exp_archivo smallint,
    sgd_exp_unicon smallint,
    sgd_exp_fechfin date,
    sgd_exp_folios character varying(4),
    sgd_exp_rete numeric(2,0),
    sgd_exp_entrepa numeric(6,0),
    sgd_exp_privado smallint,
    radi_usua_arch character varying(40),
    sgd_exp_edificio character varying(400),
    sgd_exp_caja_bodega character varying(40),
    sgd_exp_carro character varying(40),
    sgd_exp_carpeta_bodega character varying(40),
    sgd_exp_cd character varying(10),
    sgd_exp_nref character varying(7)
);

CREATE TABLE sgd_fars_faristas (
    sgd_fars_codigo integer NOT NULL,
    sgd_pexp_codigo integer,
    sgd_fexp_codigoini integer,
    sgd_fexp_codigofin integer,
    sgd_fars_diasminimo smallint,
    sgd_fars_diasmaximo smallint,
    sgd_fars_desc character varying(100),
    sgd_trad_codigo smallint,
    sgd_srd_codigo smallint,
    sgd_sbrd_codigo smallint,
    sgd_fars_tipificacion smallint,
    sgd_tpr_codigo integer,
    sgd_fars_automatico integer,
    sgd_fars_rolgeneral integer
);

CREATE TABLE sgd_fexp_flujoexpedientes (
    sgd_fexp_codigo integer NOT NULL,
    sgd_pexp_codigo integer,
    sgd_fexp_orden smallint,
    sgd_fexp_terminos smallint,
    sgd_fexp_imagen character varying(50),
    sgd_fexp_descrip character varying(50)
);

CREATE TABLE sgd_firrad_firmarads (
    sgd_firrad_id bigint NOT NULL,
    radi_nume_radi bigint NOT NULL,
    usua_doc character varying(14) NOT NULL,
    sgd_firrad_firma bytea,
    sgd_firrad_fecha date NOT NULL,
    sgd_firrad_docsolic character varying(14) NOT NULL,
    sgd_firrad_fechsolic date NOT NULL
);

CREATE TABLE sgd_fld_flujodoc (
    sgd_fld_codigo smallint,
    sgd_fld_desc character varying(100),
    sgd_tpr_codigo smallint,
    sgd_fld_imagen character varying(50),
    sgd_fld_grupoweb integer DEFAULT 0
);

CREATE TABLE sgd_hmtd_hismatdoc (
    sgd_hmtd_codigo integer NOT NULL,
    sgd_hmtd_fecha date NOT NULL,
    radi_nume_radi bigint NOT NULL,
    usua_codi bigint NOT NULL,
    sgd_hmtd_obse character varying(600) NOT NULL,
    usua_doc bigint,
    depe_codi smallint,
    sgd_mtd_codigo smallint
);

CREATE TABLE sgd_masiva_excel (
    sgd_masiva_dependencia smallint,
    sgd_masiva_usuario bigint,
    sgd_masiva_tiporadicacion smallint,
    sgd_masiva_codigo bigint NOT NULL,
    sgd_masiva_radicada smallint,
    sgd_masiva_intervalo smallint,
    sgd_masiva_rangoini character varying(15),
    sgd_masiva_rangofin character varying(15)
);

CREATE TABLE sgd_mat_matriz (
    sgd_mat_codigo smallint NOT NULL,
    depe_codi smallint,
    sgd_fun_codigo smallint,
    sgd_prc_codigo smallint,
    sgd_prd_codigo smallint,
    sgd_mat_fech_ini date,
    sgd_mat_fech_fin date,
    sgd_mat_peso_prd numeric
);

CREATE TABLE sgd_mrd_matrird (
    sgd_mrd_codigo smallint NOT NULL,
    depe_codi smallint NOT NULL,
    sgd_srd_codigo smallint NOT NULL,
    sgd_sbrd_codigo smallint NOT NULL,
    sgd_tpr_codigo smallint NOT NULL,
    soporte character varying(10),
    sgd_mrd_fechini date,
    sgd_mrd_fechfin date,
    sgd_mrd_esta character varying(10)
);

CREATE TABLE sgd_msg_mensaje (
    sgd_msg_codi bigint NOT NULL,
    sgd_tme_codi smallint NOT NULL,
    sgd_msg_desc character varying(150),
    sgd_msg_fechdesp date NOT NULL,
    sgd_msg_url character varying(150) NOT NULL,
    sgd_msg_veces smallint NOT NULL,
    sgd_msg_ancho integer NOT NULL,
    sgd_msg_largo integer NOT NULL
);

CREATE TABLE sgd_ntrd_notifrad (
    radi_nume_radi bigint NOT NULL,
    sgd_not_codi smallint NOT NULL,
    sgd_ntrd_notificador character varying(150),
    sgd_ntrd_notificado character varying(150),
    sgd_ntrd_fecha_not date,
    sgd_ntrd_num_edicto integer,
    sgd_ntrd_fecha_fija date,
    sgd_ntrd_fecha_desfija date,
    sgd_ntrd_observaciones character varying(150)
);

CREATE TABLE sgd_oem_oempresas (
    sgd_oem_codigo integer NOT NULL,
    tdid_codi smallint,
    sgd_oem_oempresa character varying(150),
    sgd_oem_rep_legal character varying(150),
    sgd_oem_nit character varying(14),
    sgd_oem_sigla character varying(50),
    muni_codi smallint,
    dpto_codi smallint,
    sgd_oem_direccion character varying(150),
    sgd_oem_telefono character varying(50),
    id_cont smallint DEFAULT 1,
    id_pais smallint DEFAULT 170
);

CREATE TABLE sgd_parexp_paramexpediente (
    sgd_parexp_codigo smallint NOT NULL,
    depe_codi smallint NOT NULL,
    sgd_parexp_tabla character varying(30) NOT NULL,
    sgd_parexp_etiqueta character varying(15) NOT NULL,
    sgd_parexp_orden smallint,
    sgd_parexp_editable character varying(100)
);

CREATE TABLE sgd_pexp_procexpedientes (
    sgd_pexp_codigo integer NOT NULL,
    sgd_pexp_descrip character varying(100),
    sgd_pexp_terminos integer DEFAULT 0,
    sgd_srd_codigo smallint,
    sgd_sbrd_codigo smallint,
    sgd_pexp_automatico smallint DEFAULT 1,
    sgd_pexp_tieneflujo smallint DEFAULT 0 NOT NULL
);

CREATE TABLE sgd_rdf_retdocf (
    sgd_mrd_codigo smallint NOT NULL,
    radi_nume_radi bigint NOT NULL,
    depe_codi smallint NOT NULL,
    usua_codi bigint NOT NULL,
    usua_doc character varying(14) NOT NULL,
    sgd_rdf_fech date NOT NULL
);

CREATE TABLE sgd_renv_regenvio (
    sgd_renv_codigo integer NOT NULL,
    sgd_fenv_codigo integer,
    sgd_renv_fech date,
    radi_nume_sal bigint,
    sgd_renv_destino character varying(150),
    sgd_renv_telefono character varying(50),
    sgd_renv_mail character varying(150),
    sgd_renv_peso character varying(10),
    sgd_renv_valor character varying(10),
    sgd_renv_certificado smallint,
    sgd_renv_estado smallint,
    usua_doc bigint,
    sgd_renv_nombre character varying(100),
    sgd_rem_destino smallint DEFAULT 0,
    sgd_dir_codigo bigint,
    sgd_renv_planilla character varying(8),
    sgd_renv_fech_sal date,
    depe_codi smallint,
    sgd_dir_tipo smallint DEFAULT 0,
    radi_nume_grupo bigint,
    sgd_renv_dir character varying(100),
    sgd_renv_depto character varying(30),
    sgd_renv_mpio character varying(30),
    sgd_renv_tel character varying(20),
    sgd_renv_cantidad smallint DEFAULT 0,
    sgd_renv_tipo smallint DEFAULT 0,
    sgd_renv_observa character varying(200),
    sgd_renv_grupo bigint,
    sgd_deve_codigo smallint,
    sgd_deve_fech date,
    sgd_renv_valortotal character varying(14) DEFAULT '0'::character varying,
    sgd_renv_valistamiento character varying(10) DEFAULT '0'::character varying,
    sgd_renv_vdescuento character varying(10) DEFAULT '0'::character varying,
    sgd_renv_vadicional character varying(14) DEFAULT '0'::character varying,
    sgd_depe_genera smallint,
    sgd_renv_pais character varying(30) DEFAULT 'Colombia'::character varying
);

CREATE TABLE sgd_rfax_reservafax (
    sgd_rfax_codigo bigint,
    sgd_rfax_fax character varying(30),
    usua_login character varying(30),
    sgd_rfax_fech date,
    sgd_rfax_fechradi date,
    radi_nume_radi bigint,
    sgd_rfax_observa character varying(500)
);

CREATE TABLE sgd_san_sancionados (
    sgd_san_ref character varying(20) NOT NULL,
    sgd_san_decision character varying(60),
    sgd_san_cargo character varying(50),
    sgd_san_expediente character varying(20),
    sgd_san_tipo_sancion character varying(50),
    sgd_san_plazo character varying(100),
    sgd_san_valor numeric,
    sgd_san_radicacion character varying(15),
    sgd_san_fecha_radicado date,
    sgd_san_valorletras character varying(1000),
    sgd_san_nombreempresa character varying(160),
    sgd_san_motivos character varying(160),
    sgd_san_sectores character varying(160),
    sgd_san_padre character varying(15),
    sgd_san_fecha_padre date,
    sgd_san_notificado character varying(100)
);

CREATE TABLE sgd_sbrd_subserierd (
    sgd_srd_codigo smallint NOT NULL,
    sgd_sbrd_codigo smallint NOT NULL,
    sgd_sbrd_descrip character varying(200) NOT NULL,
    sgd_sbrd_fechini date NOT NULL,
    sgd_sbrd_fechfin date NOT NULL,
    sgd_sbrd_tiemag smallint,
    sgd_sbrd_tiemac smallint,
    sgd_sbrd_dispfin character varying(50),
    sgd_sbrd_soporte character varying(50),
    sgd_sbrd_procedi character varying(200)
);

CREATE TABLE sgd_sexp_secexpedientes (
    sgd_exp_numero character varying(18) NOT NULL,
    sgd_srd_codigo integer,
    sgd_sbrd_codigo integer,
    sgd_sexp_secuencia integer,
    depe_codi smallint,
    usua_doc character varying(15),
    sgd_sexp_fech date,
    sgd_fexp_codigo integer,
    sgd_sexp_ano smallint,
    usua_doc_responsable character varying(18),
    sgd_sexp_parexp1 character varying(250),
    sgd_sexp_parexp2 character varying(160),
    sgd_sexp_parexp3 character varying(160),
    sgd_sexp_parexp4 character varying(160),
    sgd_sexp_parexp5 character varying(160),
    sgd_pexp_codigo integer,
    sgd_exp_fech_arch date,
    sgd_fld_codigo smallint,
    sgd_exp_fechflujoant date,
    sgd_mrd_codigo smallint,
    sgd_exp_subexpediente bigint
);

CREATE TABLE sgd_tar_tarifas (
    sgd_fenv_codigo integer,
    sgd_tar_codser integer,
    sgd_tar_codigo integer,
    sgd_tar_valenv1 bigint,
    sgd_tar_valenv2 bigint,
    sgd_tar_valenv1g1 bigint,
    sgd_clta_codser integer,
    sgd_tar_valenv2g2 bigint,
    sgd_clta_descrip character varying(100)
);

CREATE TABLE sgd_tdec_tipodecision (
    sgd_apli_codi smallint NOT NULL,
    sgd_tdec_codigo smallint NOT NULL,
    sgd_tdec_descrip character varying(150),
    sgd_tdec_sancionar smallint,
    sgd_tdec_firmeza smallint,
    sgd_tdec_versancion smallint,
    sgd_tdec_showmenu smallint,
    sgd_tdec_updnotif smallint
);

CREATE TABLE sgd_tid_tipdecision (
    sgd_tid_codi smallint NOT NULL,
    sgd_tid_desc character varying(150),
    sgd_tpr_codigo smallint,
    sgd_pexp_codigo integer,
    sgd_tpr_codigop smallint
);

CREATE TABLE sgd_tip3_tipotercero (
    sgd_tip3_codigo smallint NOT NULL,
    sgd_dir_tipo smallint,
    sgd_tip3_nombre character varying(15),
    sgd_tip3_desc character varying(30),
    sgd_tip3_imgpestana character varying(20),
    sgd_tpr_tp1 smallint DEFAULT 0,
    sgd_tpr_tp2 smallint DEFAULT 0
);

CREATE TABLE sgd_tpr_tpdcumento (
    sgd_tpr_codigo smallint NOT NULL,
    sgd_tpr_descrip character varying(150),
    sgd_tpr_termino smallint,
    sgd_tpr_tpuso smallint,
    sgd_tpr_numera character varying(1),
    sgd_tpr_radica character varying(1),
    sgd_tpr_tp1 smallint DEFAULT 0,
    sgd_tpr_tp2 smallint DEFAULT 0,
    sgd_tpr_estado smallint,
    sgd_termino_real smallint
);

CREATE TABLE sgd_trad_tiporad (
    sgd_trad_codigo smallint NOT NULL,
    sgd_trad_descr character varying(30),
    sgd_trad_icono character varying(30),
    sgd_trad_genradsal smallint,
    sgd_trad_diasbloqueo smallint DEFAULT 0
);

CREATE TABLE sgd_ush_usuhistorico (
    sgd_ush_admcod bigint NOT NULL,
    sgd_ush_admdep integer NOT NULL,
    sgd_ush_admdoc character varying(14) NOT NULL,
    sgd_ush_usucod bigint NOT NULL,
    sgd_ush_usudep integer NOT NULL,
    sgd_ush_usudoc character varying(14) NOT NULL,
    sgd_ush_modcod integer NOT NULL,
    sgd_ush_fechevento date NOT NULL,
    sgd_ush_usulogin character varying(20) NOT NULL
);

CREATE TABLE ubicacion_fisica (
    ubic_depe_radi integer NOT NULL,
    ubic_depe_arch integer,
    ubic_inv_piso character varying(2) NOT NULL,
    ubic_inv_piso_desc character varying(40),
    ubic_inv_itemso character varying(40),
    ubic_inv_itemsn character varying(40),
    ubic_inv_archivador character varying(4)
);

CREATE TABLE usuario (
    usua_codi smallint NOT NULL,
    depe_codi smallint NOT NULL,
    usua_login character varying(15) NOT NULL,
    usua_fech_crea date NOT NULL,
    usua_pasw character varying(30) NOT NULL,
    usua_esta character varying(10) NOT NULL,
    usua_nomb character varying(45),
    perm_radi character(1) DEFAULT 0,
    usua_admin character(1) DEFAULT 0,
    usua_nuevo character(1) DEFAULT 0,
    usua_doc character varying(14) DEFAULT '0'::character varying,
    codi_nivel smallint DEFAULT 1,
    usua_sesion character varying(30),
    usua_fech_sesion date,
    usua_ext smallint,
    usua_nacim date,
    usua_email character varying(50),
    usua_at character varying(15),
    usua_piso smallint,
    perm_radi_sal integer DEFAULT 0,
    usua_admin_archivo smallint DEFAULT 0,
    usua_masiva smallint DEFAULT 0,
    usua_perm_dev smallint DEFAULT 0,
    usua_perm_numera_res character varying(1),
    usua_doc_suip character varying(15),
    usua_perm_numeradoc smallint,
    sgd_panu_codi smallint,
    usua_prad_tp1 smallint DEFAULT 0,
    usua_prad_tp2 smallint DEFAULT 0,
    usua_perm_envios smallint DEFAULT 0,
    usua_perm_modifica smallint DEFAULT 0,
    usua_perm_impresion smallint DEFAULT 0,
    sgd_aper_codigo smallint,
    usu_telefono1 character varying(14),
    usua_encuesta character varying(1),
    sgd_perm_estadistica smallint,
    usua_perm_sancionados smallint,
    usua_admin_sistema smallint,
    usua_perm_trd smallint,
    usua_perm_firma smallint,
    usua_perm_prestamo smallint,
    usuario_publico smallint,
    usuario_reasignar smallint,
    usua_perm_notifica smallint,
    usua_perm_expediente integer,
    usua_login_externo character varying(15),
    id_pais smallint DEFAULT 170,
    id_cont smallint DEFAULT 1,
    perm_tipif_anexo integer,
    perm_vobo character varying(1) DEFAULT '1'::character varying,
    perm_archi character(1) DEFAULT 1,
    perm_borrar_anexo integer,
    usua_auth_ldap integer,
    usua_perm_adminflujos smallint DEFAULT 0,
    usua_adm_plantilla smallint DEFAULT 0,
    usua_perm_intergapps smallint DEFAULT 0
);
