-- Imakante ERP, an open-source Bulgarian ERP for distribution companies (Bulgarian names in
-- Latin transliteration): payroll and personnel (ls_: workers with their names, EGN (the
-- Bulgarian personal number), identity card, gender, family status, children, working
-- capacity, contract and service dates, addresses and phones, photos, sick leaves (bolnichni)
-- and leaves (otpusk), monthly payroll results and the contribution and tax parameters; the
-- employer's data with its manager and accountant), natural persons (ls_n_person), staff
-- users and their rights and logins, counterparties (n_contragent) with their bank details,
-- sites and contact persons (obekti), vehicles (mps) and routes, products, prices, storages,
-- cash desks, bank accounts, currencies and exchange rates, settlements and regions, and the
-- documents, document lines, money operations and payment orders.
-- Source: https://github.com/BackupTheBerlios/imakanteerp (a mirror of the BerliOS project),
--   src/imakante/install/sql/BATCH_DEPLOY_BASE_TABLES.sql (the installer's MySQL script)
-- Commit: 753f3ee1659444911b6bb4c3ce083ba9d3574e8f
-- Licence: GPL-2.0 (src/gpl.txt, the licence text the source ships; the files carry no
--   per-file headers)
-- Trimmed: the script's 69 CREATE TABLE statements, copied as written (names, types, defaults,
-- keys and comments; the column comments are in the script's own double-encoded Cyrillic),
-- except n_product_consigment, whose `varchar(20) unsigned zerofill` column sqlglot cannot
-- parse: 68 tables. The script's SET, USE, DROP TABLE and comment lines and its INSERTs
-- (lookup and settlement data) are dropped.
-- Development source since the fifth held-out set was measured (see labels.yaml).

CREATE TABLE `anlevel` (
  `id_al` int(10) NOT NULL auto_increment,
  `cod_al` varchar(45) NOT NULL,
  `name_al` varchar(45) NOT NULL,
  `comment_al` varchar(45) NOT NULL default '',
  PRIMARY KEY  (`id_al`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `kind_paying` (
  `id_kp` int(10) unsigned NOT NULL auto_increment,
  `name_kp` varchar(10) NOT NULL default '',
  PRIMARY KEY  (`id_kp`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `log_action_nalich` (
  `id` int(11) NOT NULL auto_increment,
  `id_corect` int(11) default NULL,
  `bupdate` int(11) default NULL,
  `aupdate` int(11) default NULL,
  `uptime` timestamp NULL default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `log_ls_init_worker` (
  `id` int(11) NOT NULL auto_increment,
  `id_rab` int(11) default NULL,
  `id_user` int(11) default NULL,
  `date_init` date default NULL,
  `time_init` time default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `log_ls_osig` (
  `id` int(11) NOT NULL auto_increment,
  `id_rab` int(11) default NULL,
  `id_period` int(11) default NULL,
  `old_val` decimal(10,2) default NULL,
  `new_val` decimal(10,2) default NULL,
  `id_user` int(11) default NULL,
  `date_change` date default NULL,
  `time_change` time default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `log_ls_salary` (
  `id` int(11) NOT NULL auto_increment,
  `id_rab` int(11) default NULL,
  `id_period` int(11) default NULL,
  `old_val` decimal(10,2) default NULL,
  `new_val` decimal(10,2) default NULL,
  `id_user` int(11) default NULL,
  `date_change` date default NULL,
  `time_change` time default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='trace salary change';

CREATE TABLE `log_user_in` (
  `id` int(11) NOT NULL auto_increment,
  `id_user` int(11) default NULL,
  `ip_mashine` int(11) default NULL,
  `date_log` date default NULL,
  `time_log` time default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_addresses` (
  `idls_addresses` int(11) NOT NULL auto_increment,
  `address` varchar(70) default NULL,
  `telefon` varchar(20) default NULL,
  `mobilen` varchar(15) default NULL,
  `email` varchar(30) default NULL,
  `id_rab` int(11) NOT NULL default '0',
  `id_nasm` int(11) NOT NULL default '0',
  PRIMARY KEY  (`idls_addresses`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_boln_impl` (
  `Id` int(11) NOT NULL auto_increment,
  `id_rab` int(11) NOT NULL default '0',
  `id_boln` smallint(6) default NULL COMMENT 'РћС‚ С?Р°Р±Р»РѕРЅР°',
  `id_period` int(11) NOT NULL default '0' COMMENT 'pmoth+pyear',
  `id_per_otn` int(11) default NULL COMMENT 'РџСЂРё СЃС‚РѕСЂРЅРёСЂР°РЅРµ',
  `beg_date` date NOT NULL default '0000-00-00' COMMENT 'РќР°С‡Р°Р»РЅР° РґР°С‚Р°',
  `n_o_days` tinyint(3) NOT NULL default '0' COMMENT 'Р‘СЂРѕР№ РґРЅРё Р±РѕР»РЅРёС‡РЅРё',
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_bolnichni` (
  `id` smallint(6) NOT NULL auto_increment,
  `name` varchar(50) NOT NULL default '0' COMMENT 'Р?РјРµ РЅР° РІРёРґР° Р±РѕР»РЅРёС‡РµРЅ',
  `cod` varchar(6) NOT NULL default '' COMMENT 'Р’СЉС‚СЂРµС?РµРЅ РєРѕРґ Р·Р° РІРёРґР° Р±РѕР»РЅРёС‡РµРЅ',
  `procent` decimal(3,2) unsigned NOT NULL default '0.00' COMMENT 'РџСЂРѕС†РµРЅС‚ РЅР° Р±РѕР»РЅРёС‡РЅРёСЏ',
  UNIQUE KEY `id` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_dates` (
  `idls_dates` int(11) NOT NULL auto_increment,
  `id_rab` int(11) NOT NULL default '0',
  `b_date` date default NULL,
  `data_izd_LK` date default NULL,
  `data_naznach` date default NULL,
  `data_postypwane` date default NULL,
  `data_napuskane` date default NULL,
  `posl_den_w_osig` date default NULL,
  `srok_dogov` date default NULL,
  PRIMARY KEY  (`idls_dates`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_dlajnosti` (
  `id` int(11) NOT NULL auto_increment,
  `nomer` tinyint(4) default NULL,
  `namedlaj` varchar(50) default NULL,
  `id_ncl` int(11) default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_dobavki` (
  `id` int(11) NOT NULL auto_increment,
  `cod` int(6) default NULL COMMENT 'kod na modifikator',
  `name` varchar(50) default NULL,
  `in-level` tinyint(3) default NULL COMMENT 'nivo na wkliuchwane na sumi',
  `out-level` tinyint(3) default NULL COMMENT 'nivo na izkliuchvane na sumata',
  `co` tinyint(4) default NULL,
  `shifar` int(11) default NULL,
  `dod` tinyint(4) default NULL,
  `zro` tinyint(4) default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_dod` (
  `Id` int(11) NOT NULL auto_increment,
  `datep` date default NULL,
  `doh` float default NULL,
  `sum` float default NULL,
  `prct` float default NULL,
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_main` (
  `Id` int(11) NOT NULL auto_increment,
  `nomer` int(11) default NULL,
  `first` varchar(20) default NULL,
  `second` varchar(20) default NULL,
  `family` varchar(30) default NULL,
  `egn` varchar(10) default NULL,
  `gender` varchar(4) default NULL,
  `nomer_LK` varchar(9) default NULL,
  `nomer_dogowor` varchar(10) default NULL,
  `osnowanie_dog` varchar(4) default NULL,
  `d_st` int(11) default NULL,
  `m_st` int(11) default NULL,
  `g_st` int(11) default NULL,
  `kateg_rabotnik` varchar(4) default NULL,
  `fam_status` varchar(7) default NULL,
  `children` int(11) default NULL,
  `trudosposobnost` int(11) NOT NULL default '0',
  `belejki` varchar(250) default NULL,
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_monthpar` (
  `id` int(11) NOT NULL auto_increment,
  `id_period` smallint(5) unsigned NOT NULL default '0' COMMENT 'Р Р°Р±РѕС‚РµРЅ РїРµСЂРёРѕРґ',
  `pmonth` tinyint(4) default NULL,
  `pyear` int(11) default NULL,
  `seq` varchar(40) default NULL,
  `dni5` tinyint(4) default NULL,
  `dni6` tinyint(4) default NULL,
  `ktu` decimal(3,2) NOT NULL default '0.60' COMMENT 'ktu',
  `min_rab_zaplata` decimal(10,2) NOT NULL default '0.00' COMMENT 'minimalna rabotna zaplata',
  `max_os_prag` decimal(10,2) NOT NULL default '0.00' COMMENT 'maksimalen osig. prag',
  `p_pensii1` decimal(4,2) unsigned default '0.00' COMMENT 'procent pensii',
  `p_pensii2` decimal(4,2) unsigned default NULL,
  `p_ozmp` decimal(3,2) NOT NULL default '0.00' COMMENT 'fond oz i majchinstvo',
  `p_zo` decimal(3,2) NOT NULL default '0.00' COMMENT 'proc zdravno',
  `p_bezr` decimal(3,2) NOT NULL default '0.00' COMMENT 'proc bezrabotitsa',
  `p_upf` decimal(3,2) NOT NULL default '0.00' COMMENT 'procent_upf',
  `p_tzpb` decimal(3,2) unsigned default NULL,
  `p_gvrs` decimal(3,2) unsigned default NULL,
  `coef` tinyint(3) NOT NULL default '3' COMMENT 'otnoshenie rabotodatel/rabotnik',
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_n_person` (
  `id_ls_n_person` int(11) NOT NULL auto_increment,
  `id_n_group` int(11) unsigned NOT NULL default '0',
  `code_ls_n_person` int(11) unsigned default '0',
  `egn_ls_n_person` varchar(10) NOT NULL,
  `nlk_ls_n_person` varchar(9) NOT NULL,
  `name_ls_n_person` varchar(45) NOT NULL,
  `comment_ls_n_person` varchar(250) NOT NULL,
  PRIMARY KEY  (`id_ls_n_person`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_otdeli` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `code` int(11) default NULL,
  `name` varchar(30) default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_otp_impl` (
  `Id` int(11) NOT NULL auto_increment,
  `id_rab` int(11) NOT NULL default '0' COMMENT 'РђРєС‚СѓР°Р»РµРЅ СЂР°Р±РѕС‚РЅРёРє',
  `id_otp` smallint(6) NOT NULL default '0' COMMENT 'РћС‚ С?Р°Р±Р»РѕРЅР°',
  `id_period` int(11) NOT NULL default '0' COMMENT 'pmonth+pyear',
  `id_per_otn` smallint(6) default NULL COMMENT 'РџРµСЂРёРѕРґ Р·Р° СЃС‚СЂРѕРЅРёСЂР°РЅРµ',
  `beg_date` date NOT NULL default '0000-00-00' COMMENT 'РќР°С‡Р°Р»РЅР° РґР°С‚Р°',
  `n_o_days` tinyint(3) unsigned NOT NULL default '0' COMMENT 'Р‘СЂРѕР№ РґРЅРё РѕС‚РїСѓСЃРє РІ РјРµСЃРµС†Р°',
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='Р?Р·С‡РёСЃР»РµРЅРё Р±РѕР»РЅРёС';

CREATE TABLE `ls_otpusk` (
  `id` smallint(4) NOT NULL auto_increment,
  `name` varchar(50) NOT NULL default '' COMMENT 'Р?РјРµ РЅР° РѕС‚РїСѓСЃРє',
  `cod` varchar(6) NOT NULL default '' COMMENT 'РљРѕРґ РЅР° РІРёРґР° РѕС‚РїСѓСЃРє',
  UNIQUE KEY `id` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_pic` (
  `Id` int(11) NOT NULL auto_increment,
  `id_rabotnik` int(11) default NULL,
  `pic` blob,
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_result` (
  `id` int(11) NOT NULL auto_increment,
  `state` tinyint(2) unsigned NOT NULL default '1' COMMENT 'Р’СЃРёС‡РєРё Р·Р°РїРёСЃРё РіРµРЅРµСЂРёСЂР°РЅРё РІ (0=РёР·РІСЉРЅ) РїСЂРёР»РѕР¶РµРЅРёРµС‚Рѕ',
  `id_period` smallint(5) unsigned NOT NULL default '0' COMMENT 'Р Р°Р±РѕС‚РµРЅ РїРµСЂРёРѕРґ',
  `idrab` int(11) default NULL,
  `id_dlaj` int(11) default NULL,
  `id_otdel` int(11) default NULL,
  `cat_rab` char(2) default NULL,
  `m_rab` tinyint(3) default NULL COMMENT 'mesetsi obsho rabota',
  `y_rab` tinyint(3) default NULL COMMENT 'godini obsho rabota',
  `h_dogovor_day` tinyint(3) default NULL,
  `day_used` tinyint(3) default NULL,
  `avans` decimal(10,2) NOT NULL default '0.00',
  `zaplata` decimal(10,2) NOT NULL default '0.00' COMMENT 'nivo 1 - osnovna zaplata',
  `sum_kt` decimal(6,2) default '0.00' COMMENT 'nivo 2 - suma doplacane po kt',
  `sum_otpuska` decimal(6,2) default '0.00' COMMENT 'nivo 3 - suma otpuska',
  `sum_bol_rab` decimal(6,2) default '0.00' COMMENT 'nivo 4 - suma bolnichni ot rabotodatel',
  `sum_bol_noi` decimal(6,2) default '0.00' COMMENT 'nivo 5 - suma bol noi',
  `sum_oz_m` decimal(6,2) default '0.00' COMMENT 'nivo 6 - suma fon oz i mai',
  `sum_pensii` decimal(6,2) default '0.00' COMMENT 'nivo 7 - suma pensii',
  `sum_zoo` decimal(6,2) default '0.00' COMMENT 'nivo 8 suma zdravno osig',
  `sum_bzr` decimal(6,2) default '0.00' COMMENT 'nivo 9 - suma fond bezrabotitsa',
  `sum_upf` decimal(6,2) default '0.00' COMMENT 'nivo 10 - suma upf',
  `sum_dobl_zoso` decimal(6,2) default '0.00' COMMENT 'nivo 20 - drugi sumi za oblagane s  dod ne podlejashi na obl',
  `sum_oblagane_dod` decimal(10,2) default '0.00' COMMENT 'nivo 30 - suma za oblagane',
  `sum_dod` decimal(6,2) default '0.00' COMMENT 'suma _dod',
  `sum_end` decimal(10,2) default NULL COMMENT 'nivo 99 - suma za poluchavane',
  `sum_osig_dohod` decimal(10,2) default '0.00' COMMENT 'suma v/u koiato she se nachisl os.',
  `sum_obl_dohod` decimal(10,2) default '0.00' COMMENT 'suma za oblagane na DOD',
  `sum_min_os` decimal(6,2) default '0.00' COMMENT 'suma min osig dohod',
  PRIMARY KEY  (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_sluj` (
  `Id` int(11) NOT NULL auto_increment,
  `name_firm` varchar(60) default NULL,
  `dan_nom` varchar(11) default NULL,
  `bul` varchar(13) default NULL,
  `address` varchar(100) default NULL,
  `nam_boss` varchar(60) default NULL,
  `nam_acc` varchar(70) default NULL,
  `nkid` varchar(5) default NULL,
  `telefon` varchar(30) default NULL,
  `data_reg_dds` varchar(20) default NULL,
  `data_c` varchar(20) default NULL,
  `nm` varchar(30) default NULL,
  `postcode` varchar(30) default NULL,
  `email` varchar(30) default NULL,
  `web` varchar(60) default NULL,
  `boss_egn` varchar(11) default NULL,
  `boss_nlk` varchar(15) default NULL,
  `bankR` varchar(80) default NULL,
  `ibanR` varchar(40) default NULL,
  `bicR` varchar(20) default NULL,
  `bankD` varchar(80) default NULL,
  `ibanD` varchar(40) default NULL,
  `bicD` varchar(20) default NULL,
  `valr` varchar(11) default NULL,
  `vald` varchar(11) default NULL,
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `ls_vid_osiguren` (
  `Id` int(11) NOT NULL auto_increment,
  `kod` char(1) default NULL,
  `opisanie` varchar(64) default NULL,
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `marshruti` (
  `id_marsh` int(10) unsigned NOT NULL auto_increment,
  `name_marsh` varchar(100) default NULL,
  `comment_marsh` varchar(255) default NULL,
  `idtype_marsh` int(10) unsigned default NULL,
  `id_obekt` int(10) unsigned default NULL,
  PRIMARY KEY  (`id_marsh`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `mps` (
  `idmps` int(10) unsigned NOT NULL auto_increment,
  `idtype_mps` int(10) unsigned default NULL,
  `model_mps` int(10) unsigned default NULL,
  `rama_mps` varchar(50) default NULL,
  `eng_mps` varchar(50) default NULL,
  `qpozition_mps` int(10) unsigned default NULL,
  `qtiers_mps` int(10) unsigned default NULL,
  `masa_mps` int(10) unsigned default NULL,
  `year_man_mps` date default NULL,
  `date_eksploatation` date default NULL,
  `gps_system_mps` int(10) unsigned default '0',
  `reg_no` varchar(20) default NULL,
  `name_mps` varchar(20) default NULL,
  `comment_mps` varchar(255) default NULL,
  PRIMARY KEY  (`idmps`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_baccount` (
  `id_nbc` int(11) NOT NULL auto_increment,
  `id_n_group` int(11) unsigned default NULL,
  `code_nbc` int(11) default NULL COMMENT 'cod na bankata',
  `name_nbc` varchar(45) default NULL COMMENT 'ime na bankata',
  `branch_nbc` varchar(45) default NULL COMMENT 'klon na bankata',
  `account_nbc` varchar(28) default NULL COMMENT 'Bankova smetka',
  `bic_nbc` varchar(11) default NULL,
  `id_n_money` int(11) unsigned default NULL,
  `address_nbc` varchar(100) default NULL,
  `id_tbacc` int(11) unsigned default '1',
  `comment_nbc` varchar(250) default NULL,
  PRIMARY KEY  (`id_nbc`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='bankovi smetki';

CREATE TABLE `n_casa` (
  `id_n_casa` int(10) NOT NULL auto_increment,
  `id_n_group` int(11) unsigned NOT NULL default '0',
  `code_n_casa` int(11) unsigned NOT NULL default '0',
  `name_n_casa` varchar(40) collate cp1251_bulgarian_ci default NULL,
  `comments_n_casa` varchar(250) collate cp1251_bulgarian_ci default NULL,
  PRIMARY KEY  (`id_n_casa`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COLLATE=cp1251_bulgarian_ci COMMENT='kasi';

CREATE TABLE `n_contragent` (
  `id_contragent` int(11) NOT NULL auto_increment,
  `code_contragent` int(11) NOT NULL default '0',
  `name_n_contragent` varchar(45) NOT NULL default 'Няма данни',
  `bul_n_contragent` varchar(20) NOT NULL default '0000000001',
  `dan_n_contragent` varchar(20) NOT NULL default '0000000000',
  `address_n_contragent` varchar(35) NOT NULL default 'Няма данни',
  `id_nm` int(10) unsigned NOT NULL default '0',
  `tel_contragent` varchar(12) NOT NULL default 'Няма данни',
  `fax_contragent` varchar(12) NOT NULL default 'Няма данни',
  `email_contragent` varchar(20) NOT NULL default 'Няма данни',
  `web_contragent` varchar(20) NOT NULL default 'Няма данни',
  `id_mol` int(10) unsigned NOT NULL default '0',
  `id_oso` int(10) unsigned NOT NULL default '0',
  `flag_n_contragent` tinyint(3) unsigned NOT NULL default '0',
  `IBANR` varchar(30) default NULL,
  `BICR` varchar(20) default NULL,
  `VIDVALR` varchar(11) default NULL,
  `BANKNAMER` varchar(50) default NULL,
  `IBAND` varchar(30) default NULL,
  `BICD` varchar(11) default NULL,
  `VIDVALD` varchar(10) default NULL,
  `BANKNAMED` varchar(50) default NULL,
  PRIMARY KEY  (`id_contragent`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='kontragenti';

CREATE TABLE `n_country` (
  `id_n_country` int(11) NOT NULL auto_increment,
  `code_n_country` int(11) default NULL,
  `name_n_country` varchar(30) default NULL,
  PRIMARY KEY  (`id_n_country`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_doc_type_user_rights` (
  `id_ndtur` int(11) NOT NULL auto_increment,
  `id_um` int(11) NOT NULL default '0',
  `id_sdtn` int(11) NOT NULL,
  `rights_ndtur` int(11) NOT NULL default '3',
  PRIMARY KEY  (`id_ndtur`),
  UNIQUE KEY `compzite1` (`id_um`,`id_sdtn`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_expens` (
  `id_n_expens` int(11) NOT NULL auto_increment,
  `id_n_group` int(11) NOT NULL,
  `code_n_expens` int(11) NOT NULL,
  `name_n_expens` varchar(50) default NULL,
  `comments_n_expens` varchar(250) default NULL,
  PRIMARY KEY  (`id_n_expens`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='//tablitsa za razhodite';

CREATE TABLE `n_group` (
  `id_n_group` int(11) NOT NULL auto_increment,
  `nom_n_group` int(11) default NULL,
  `cod_n_group` int(11) default NULL,
  `name_n_group` varchar(50) default NULL,
  `id_al` int(11) default NULL,
  PRIMARY KEY  (`id_n_group`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='vsichki vidove grupi';

CREATE TABLE `n_incoms` (
  `id_n_incoms` int(11) NOT NULL auto_increment,
  `id_n_group` int(11) NOT NULL,
  `code_n_incoms` int(11) NOT NULL,
  `name_n_incoms` varchar(40) default NULL,
  `comments_n_incoms` varchar(250) default NULL,
  PRIMARY KEY  (`id_n_incoms`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='//tablitsa za prihodite';

CREATE TABLE `n_mitprod` (
  `id_n_mitprod` int(11) NOT NULL auto_increment,
  `code_n_mitprod` varchar(20) NOT NULL,
  `name_n_mitprod` varchar(250) NOT NULL,
  PRIMARY KEY  (`id_n_mitprod`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='';

CREATE TABLE `n_money` (
  `id_n_money` int(11) NOT NULL auto_increment,
  `cod_n_money` int(11) default NULL,
  `cod_lat_n_money` varchar(11) default NULL,
  `name_n_money` varchar(50) default NULL,
  `comments_n_money` varchar(100) default NULL,
  PRIMARY KEY  (`id_n_money`),
  UNIQUE KEY `Index_2` (`cod_lat_n_money`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='opisanie na valutite';

CREATE TABLE `n_nm` (
  `id_n_nm` int(11) NOT NULL auto_increment,
  `postcode_n_nm` int(11) NOT NULL,
  `name_n_nm` varchar(20) default NULL,
  `id_n_oblast` tinyint(4) NOT NULL,
  PRIMARY KEY  (`id_n_nm`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='naseleni mesta';

CREATE TABLE `n_obekt` (
  `id_n_obekt` int(11) NOT NULL auto_increment,
  `Id_cust` int(11) default NULL,
  `name_n_obekt` varchar(45) default NULL,
  `address_n_obekt` varchar(25) default NULL,
  `code_n_obekt` varchar(10) NOT NULL,
  `id_ls_n_person` int(11) unsigned NOT NULL default '0',
  `tel_n_obekt` varchar(45) NOT NULL default '',
  PRIMARY KEY  (`id_n_obekt`),
  KEY `Customer` (`Id_cust`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_oblast` (
  `id_n_oblast` int(11) NOT NULL auto_increment,
  `name_n_oblast` varchar(20) default NULL,
  `id_n_country` tinyint(4) default NULL,
  PRIMARY KEY  (`id_n_oblast`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_product_all_measure` (
  `id_pam` int(11) NOT NULL auto_increment COMMENT 'id na miarkata',
  `name_pam` varchar(30) default NULL COMMENT 'ime na miarkata',
  `sname_pam` varchar(6) default NULL COMMENT 'sakrateno ime na miarkata',
  PRIMARY KEY  (`id_pam`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_product_description` (
  `id_pd` int(11) NOT NULL auto_increment,
  `m1_pd` int(11) default NULL COMMENT 'id na nai-malka miarka',
  `v1_pd` int(11) default NULL COMMENT 'kolichestvo za nai-malkata miarka',
  `m2_pd` int(11) default NULL COMMENT 'id na vtora miarka',
  `v2_pd` int(11) default NULL COMMENT 'kolichestvo na vtora miarka',
  `m3_pd` int(11) default NULL COMMENT 'nai-goliama miarka',
  `v3_pd` int(11) default NULL COMMENT 'kolichestvo na nai-golima miarka',
  PRIMARY KEY  (`id_pd`),
  KEY `v1_pd` (`v1_pd`,`v2_pd`,`v3_pd`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_product_fee` (
  `id_pf` int(11) NOT NULL auto_increment,
  `dds_pf` decimal(10,0) default NULL COMMENT 'DDS v protsenti',
  `excise_pf` decimal(10,0) default NULL COMMENT 'aktsiz %',
  `other_pf` decimal(10,0) default NULL COMMENT 'drugi',
  PRIMARY KEY  (`id_pf`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_product_main` (
  `id_pm` int(11) unsigned NOT NULL auto_increment,
  `id_pd` int(11) unsigned NOT NULL default '0',
  `id_n_group` int(11) unsigned NOT NULL default '0',
  `id_ppp` int(11) unsigned NOT NULL default '0',
  `id_pp` int(11) unsigned NOT NULL default '0',
  `id_pf` int(11) unsigned NOT NULL default '0',
  `name_pm` varchar(60) default NULL,
  `fname_pm` varchar(60) default NULL,
  `sname_pm` varchar(60) default NULL,
  `cname_pm` varchar(60) default NULL,
  `cod1_pm` varchar(20) default NULL,
  `cod2_pm` varchar(20) default NULL,
  `barcod_pm` varchar(20) default NULL,
  `max_pop_pm` double default NULL,
  `expertsheet_pm` varchar(45) default NULL,
  `flag_pm` int(3) unsigned zerofill NOT NULL default '000',
  `min_pm` int(11) unsigned NOT NULL default '0',
  `code_pm` int(11) unsigned NOT NULL default '0',
  `id_n_mitprod` int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (`id_pm`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_product_price` (
  `id_pp` int(11) NOT NULL auto_increment,
  `id_sl_curs` int(10) unsigned NOT NULL default '1' COMMENT 'kursa',
  `price1_pp` double default NULL COMMENT 'tsenovca lista 1 bez dds',
  `price2_pp` double default NULL COMMENT 'tsenova lista 2q bez dds',
  `price3_pp` double default NULL COMMENT 'tsenova lista 3 bez DDS',
  `price0_pp` double default NULL COMMENT 'dostavna bez dds',
  PRIMARY KEY  (`id_pp`),
  KEY `n_product_price_FKIndex1` (`id_sl_curs`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_product_promotion_price` (
  `id_ppp` int(11) NOT NULL auto_increment,
  `price_ppp` decimal(10,5) default NULL,
  `datestart_ppp` date default NULL,
  `datestop_ppp` date default NULL,
  PRIMARY KEY  (`id_ppp`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `n_storage` (
  `id_n_storage` int(11) NOT NULL auto_increment,
  `id_n_group` int(11) unsigned NOT NULL default '0',
  `code_n_storage` int(11) unsigned NOT NULL default '0',
  `name_n_storage` varchar(50) default NULL,
  `comments_n_storage` varchar(250) default NULL,
  PRIMARY KEY  (`id_n_storage`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='skladove';

CREATE TABLE `n_type_bacc` (
  `id_tbacc` int(11) NOT NULL auto_increment,
  `name_tbacc` varchar(30) default NULL,
  PRIMARY KEY  (`id_tbacc`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='tipove bankovi smetki';

CREATE TABLE `n_type_doc` (
  `id_ntd` int(11) NOT NULL auto_increment,
  `code_ntd` int(11) unsigned NOT NULL default '0',
  `name_ntd` varchar(50) default NULL,
  `name_print_ntd` varchar(50) default NULL,
  PRIMARY KEY  (`id_ntd`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='tipove documenti';

CREATE TABLE `obekti` (
  `id_ob` int(10) unsigned NOT NULL auto_increment,
  `id_type_ob1` int(10) unsigned NOT NULL,
  `id_n_contragent` int(10) unsigned default NULL,
  `id_groupe` int(10) unsigned default NULL,
  `name_ob` varchar(100) default NULL,
  `id_type_ob2` int(10) unsigned default NULL,
  `id_nm` int(10) unsigned default NULL,
  `address_ob` varchar(255) default NULL,
  `litse_name_ob` varchar(100) default NULL,
  `dlaj_litse_ob` varchar(100) default NULL,
  `tel_litse_ob` varchar(20) default NULL,
  `time_open_ob` varchar(20) default NULL,
  `geoX_ob` int(11) default NULL,
  `geoY_ob` int(11) default NULL,
  `ggeoX_ob` int(11) default NULL,
  `ggeoY_ob` int(11) default NULL,
  `gquadrant_ob` varchar(255) default '0',
  `sales_area_ob` double default NULL,
  PRIMARY KEY  (`id_ob`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_contragent_obekt` (
  `id_sco` int(11) NOT NULL auto_increment,
  `id_contragent` int(11) default NULL,
  `id_object` int(11) default NULL,
  PRIMARY KEY  (`id_sco`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_contragent_object` (
  `Id` int(11) NOT NULL auto_increment,
  PRIMARY KEY  (`Id`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_contragent_product` (
  `id_scp` int(11) NOT NULL auto_increment,
  `id_contragent` int(11) default NULL,
  `id_pm` int(11) default NULL,
  `flag_scp` int(3) unsigned zerofill NOT NULL default '000',
  PRIMARY KEY  (`id_scp`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_copiuri` (
  `id_sc` int(11) NOT NULL auto_increment,
  `id_um` int(11) default NULL COMMENT 'potrebitel',
  `instant` timestamp NOT NULL default CURRENT_TIMESTAMP COMMENT 'moment na wywejdane',
  `paper_100` int(5) unsigned default '0',
  `paper_50` int(5) unsigned default '0',
  `paper_20` int(5) unsigned default '0',
  `paper_10` int(5) unsigned default '0',
  `paper_5` int(5) unsigned default '0',
  `paper_2` int(5) unsigned default '0',
  `metal_1` int(5) unsigned default '0',
  `metal_050` int(5) unsigned default '0',
  `metal_020` int(5) unsigned default '0',
  `metal_010` int(5) unsigned default '0',
  `metal_005` int(5) unsigned default '0',
  `metal_002` int(5) unsigned default '0',
  `metal_001` int(5) unsigned default '0',
  PRIMARY KEY  (`id_sc`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_curs` (
  `id_sl_curs` int(11) NOT NULL auto_increment,
  `date_time_sl_curs` datetime NOT NULL,
  `id_n_money` int(11) unsigned zerofill NOT NULL default '00000000000',
  `value_sl_curs` decimal(10,5) default NULL,
  PRIMARY KEY  (`id_sl_curs`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='Cursove na money';

CREATE TABLE `sl_doc_type_num` (
  `id_sdtn` int(11) NOT NULL auto_increment,
  `id_ntd` int(11) unsigned default NULL,
  `area_number_sdtn` int(3) unsigned zerofill NOT NULL default '000',
  `name_sdtn` varchar(50) default NULL,
  PRIMARY KEY  (`id_sdtn`),
  UNIQUE KEY `ndt1` (`id_ntd`,`area_number_sdtn`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_document_facade` (
  `id_df` int(11) unsigned NOT NULL auto_increment,
  `in_contragent_df` int(11) unsigned default NULL COMMENT 'kontragent ot van kam sklad',
  `out_obekt_df` int(11) unsigned default NULL COMMENT 'obekt ot sklad navan',
  `in_obekt_df` int(11) unsigned default NULL COMMENT 'obekt -  sklad poluchatel',
  `number_df` bigint(10) unsigned zerofill default NULL COMMENT 'nomera na dokumentite',
  `type_df` int(10) unsigned default NULL COMMENT 'tip na dokumenta  1 / fakturi q2/ stokova',
  `condition_df` varchar(11) default '-1' COMMENT 'sastoianie',
  `out_store_df` int(11) unsigned default NULL COMMENT 'tekush sklad',
  `total_df` decimal(15,6) default NULL COMMENT 'obsha suma sas DDS',
  `dds_df` decimal(15,6) default NULL COMMENT 'dds na fakturata',
  `user_df` int(11) unsigned default NULL COMMENT 'tekush user koito v momenta raboti',
  `user_last_df` int(11) unsigned default NULL COMMENT 'predishen user',
  `date_edition_df` date default NULL COMMENT 'data na izdavane',
  `time_edition_df` time default '00:00:00',
  `distributor_df` int(11) unsigned default NULL COMMENT 'dist',
  `delivere_df` int(10) unsigned default NULL COMMENT 'deliverer',
  `faktura_connection_df` int(10) unsigned default NULL COMMENT 'ot stokova faktura',
  `zaiavka_connection_df` int(10) unsigned default NULL,
  `description_pay_df` tinyint(3) unsigned default NULL COMMENT 'vid plashane',
  `paying_order_df` int(10) unsigned default NULL COMMENT 'nomer na order',
  `date_deliver_df` date default NULL COMMENT 'data na dostavka',
  `date_pay_df` date default NULL COMMENT 'data na plashane',
  `comments_df` varchar(250) default NULL COMMENT 'komentar',
  `flag_finish_df` tinyint(3) unsigned zerofill NOT NULL default '000' COMMENT 'dali e zavarshen dokumenta',
  `id_rep` int(11) unsigned default '0',
  `level_df` int(3) unsigned zerofill NOT NULL default '000' COMMENT 'nivo',
  `out_contragent_df` int(11) default NULL COMMENT 'kontragen poluchatel',
  `in_store_df` int(10) unsigned NOT NULL default '0' COMMENT 'sklad poluchatel',
  PRIMARY KEY  (`id_df`),
  UNIQUE KEY `Index_2` (`type_df`,`level_df`,`number_df`,`condition_df`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_document_lines` (
  `id_dl` int(10) unsigned NOT NULL auto_increment,
  `id_pc` int(11) NOT NULL default '0' COMMENT 'id na partida',
  `id_n_storage` int(10) unsigned default NULL COMMENT 'id na sklada',
  `singly_price_dl` double default NULL COMMENT 'ed. tsena bez dds',
  `climb_down_dl` double default NULL COMMENT 'protsent otstapka',
  `numbers_piece_dl` int(10) unsigned NOT NULL default '0' COMMENT 'kolichestvo',
  `dds_dl` double default NULL COMMENT 'dds na liniata',
  `totalall_dl` double default NULL COMMENT 'total linia',
  `id_df` int(10) unsigned NOT NULL default '0' COMMENT 'id na dokument fasada',
  `price_list_dl` int(10) unsigned NOT NULL default '0' COMMENT 'tsenova lista',
  PRIMARY KEY  (`id_dl`),
  KEY `n_document_lines_FKIndex1` (`id_n_storage`),
  KEY `n_document_lines_FKIndex3` (`id_pc`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_exchange_rate` (
  `id_sl_exchange_rate` int(10) unsigned NOT NULL auto_increment,
  `date_sl_exchange_rate` date default NULL,
  `id_n_money` int(11) default NULL,
  `value_sl_exchange_rate` decimal(10,5) default NULL,
  PRIMARY KEY  (`id_sl_exchange_rate`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COMMENT='kursove na valutite';

CREATE TABLE `sl_m_operation` (
  `id_sl_mop` int(11) unsigned NOT NULL auto_increment,
  `number_sl_mop` int(7) unsigned zerofill default NULL COMMENT 'nomer na dokumenta',
  `in_sl_mop` int(11) default NULL COMMENT 'id na obekta v koito vlizat parite',
  `in_type_sl_mop` int(11) default NULL COMMENT 'tipa na obekta v koito vlizat parite',
  `out_sl_mop` int(11) default NULL COMMENT 'id na obekta ot koito izlizat parite',
  `out_type_sl_mop` int(11) default NULL COMMENT 'tipa na obekta ot koito izlizat parite',
  `id_order_spec` int(11) default NULL COMMENT 'id na svarzani dokumenti',
  `id_order_spec_type` int(11) default NULL COMMENT 'tip na svarzani dokumenti',
  `id_order_doc` int(11) default NULL COMMENT 'vida na prihoden/razhoden',
  `date_is` date default NULL COMMENT 'data na operaciqta',
  `id_n_money` int(11) default NULL COMMENT 'id valuta na izdavane',
  `exchange_rate` double(11,4) default '1.0000' COMMENT 'obmenen kurs',
  `sum_sl_mop` double(11,4) default NULL COMMENT 'suma po dokumenta',
  `sum_os_val_sl_mop` double(11,4) default NULL COMMENT 'suma v osnovna valuta',
  `user_id` int(11) default NULL COMMENT 'id potrebitel izdal dokumenta',
  `id_sdtn` int(11) default NULL COMMENT 'id na kochana s dokumenti',
  `comment_sl_mop` varchar(250) default NULL,
  `levelx` int(11) default '1',
  PRIMARY KEY  (`id_sl_mop`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_n_obekt` (
  `Id_sno` int(11) NOT NULL auto_increment,
  `id_ls_n_person` int(11) default NULL,
  `Id_cust` int(11) default NULL,
  `name_sno` varchar(45) default NULL,
  `address_sno` varchar(25) default NULL,
  `code_sno` varchar(5) NOT NULL default '',
  PRIMARY KEY  (`Id_sno`),
  KEY `Customer` (`Id_cust`),
  KEY `sl_n_obekt_FKIndex1` (`id_ls_n_person`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_nalichnosti` (
  `id_nal` int(11) NOT NULL auto_increment,
  `id_n_storage` int(11) default NULL,
  `id_pc` int(10) unsigned default NULL COMMENT 'partidni nomera',
  `level` tinyint(3) unsigned default NULL,
  `quant_nal` int(11) default NULL,
  `quant_rezerv_nal` int(11) default NULL,
  `return_rezerv_nal` int(11) default NULL,
  PRIMARY KEY  (`id_nal`),
  UNIQUE KEY `Index_2` (`id_pc`,`id_n_storage`,`level`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_paying_orders` (
  `id_spo` int(11) NOT NULL auto_increment,
  `ordering_person` int(10) unsigned default NULL,
  `id_spt` int(11) NOT NULL default '0',
  `id_nbc` int(11) NOT NULL default '0' COMMENT 'danni na nareditel iuridi4esko lice',
  `id_ls_n_person` int(11) NOT NULL default '0' COMMENT 'danni na nareditel fizi4esko lice',
  `id_contragent` int(11) NOT NULL default '0' COMMENT 'danni na polu4atel',
  `amount` decimal(12,2) NOT NULL default '0.00',
  `osnovanie` varchar(60) default NULL,
  `comment_spo` varchar(60) default NULL,
  `instant` timestamp NOT NULL default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`id_spo`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `sl_porder_types` (
  `id_spt` int(11) NOT NULL auto_increment,
  `type_porder` varchar(50) NOT NULL default '',
  `id_tbacc` int(11) unsigned default '1',
  PRIMARY KEY  (`id_spt`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `type_marsh` (
  `idtype_marsh` int(10) unsigned NOT NULL auto_increment,
  `name_type_marsh` varchar(50) default NULL,
  `comment_type_marsh` varchar(255) default NULL,
  `tsiklichnost` int(10) unsigned default '1',
  `sezonnost` int(10) unsigned default '0',
  `id_type_mps` int(10) unsigned default NULL,
  `id_type_role` int(10) unsigned default NULL,
  `id_person` int(10) unsigned default NULL,
  PRIMARY KEY  (`idtype_marsh`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `type_ob` (
  `idtype_ob` int(10) unsigned NOT NULL auto_increment,
  `name_type_ob` varchar(45) default NULL,
  `comment_type_ob` varchar(255) default NULL,
  PRIMARY KEY  (`idtype_ob`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `type_role_litse` (
  `idtype_role_litse` int(10) unsigned NOT NULL auto_increment,
  `name_tpye_role` varchar(45) default NULL,
  `comment_trl` varchar(255) default NULL,
  `role` bigint(20) default '0',
  `start_date` date default NULL,
  PRIMARY KEY  (`idtype_role_litse`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `user_master` (
  `id_um` int(11) NOT NULL auto_increment,
  `acc_user` varchar(14) default NULL,
  `name_um` varchar(30) default NULL,
  `nomer_um` int(11) NOT NULL default '0',
  PRIMARY KEY  (`id_um`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

CREATE TABLE `user_rights` (
  `id_ur` int(11) NOT NULL auto_increment,
  `id_um` int(11) unsigned NOT NULL default '0',
  `modul0_ur` varchar(250) default NULL,
  `modul1_ur` varchar(250) default NULL,
  `modul2_ur` varchar(250) default NULL,
  `modul3_ur` varchar(250) default NULL,
  `modul4_ur` varchar(250) default NULL,
  PRIMARY KEY  (`id_ur`)
) ENGINE=MyISAM DEFAULT CHARSET=cp1251;

