-- OpenSTAManager, an Italian open-source management application for technical-assistance and
-- field-service companies (interventions at customers' sites, maintenance contracts, quotes,
-- invoices, delivery notes, stock), MySQL, Italian names with two-letter module prefixes: an_
-- (anagrafiche, the registry of customers, suppliers, technicians and carriers, companies or
-- private persons: ragione_sociale, partita IVA, codice fiscale, date and place of birth,
-- address, phones, e-mail, bank and IBAN, notes; their contact persons (referenti), offices and
-- sites (sedi), relations, zones, types), co_ (contabilità: contracts, documents (invoices) and
-- their rows, VAT rates, ledger movements, service orders, payment terms, the chart of accounts,
-- quotes, withholding tax, the payment schedule), dt_ (documenti di trasporto: delivery notes,
-- vehicles (automezzi) with their services and assigned technicians), in_ (interventi: the
-- interventions, the technicians on each with times, kilometres and rates, rows, states, types,
-- rates per technician), mg_ (magazzino: articles, price lists, stock movements, products), mk_
-- (marketing: activities, e-mails sent, attachments), my_ (impianti: the customers' installations
-- and their components), or_ (orders), zz_ (the framework: files, groups, modules, settings,
-- permissions, users (username, password, e-mail), widgets).
-- Source: https://github.com/devcode-it/openstamanager, update/2_0.sql (the install script of the
--   2.0 database, on which the later update scripts build)
-- Commit: e9c4136fe1d68fdbb4010203cd55fe24cefe5a61
-- Licence: GPL-3.0 (the repository's LICENSE)
-- Trimmed: nothing dropped of the 79 tables; the CREATE TABLE statements are copied as written,
-- in the file's order; the INSERTs of lookup rows, modules, settings and widgets between them
-- are dropped.
-- Development source since the fifteenth held-out set was measured (see labels.yaml).

CREATE TABLE IF NOT EXISTS `an_anagrafiche` (
  `idanagrafica` int(11) NOT NULL AUTO_INCREMENT,
  `codice` varchar(20) NOT NULL,
  `ragione_sociale` varchar(255) NOT NULL,
  `piva` varchar(15) NOT NULL,
  `codice_fiscale` varchar(16) NOT NULL,
  `capitale_sociale` varchar(255) NOT NULL,
  `data_nascita` date NOT NULL,
  `luogo_nascita` varchar(255) NOT NULL,
  `indirizzo` varchar(255) NOT NULL,
  `indirizzo2` varchar(255) NOT NULL,
  `citta` varchar(255) NOT NULL,
  `cap` varchar(10) NOT NULL,
  `provincia` varchar(2) NOT NULL,
  `km` float(10,2) NOT NULL,
  `nazione` varchar(255) NOT NULL,
  `telefono` varchar(50) NOT NULL,
  `fax` varchar(50) NOT NULL,
  `cellulare` varchar(50) NOT NULL,
  `email` varchar(255) NOT NULL,
  `sitoweb` varchar(255) NOT NULL,
  `note` varchar(255) NOT NULL,
  `codiceri` varchar(15) NOT NULL,
  `codicerea` varchar(15) NOT NULL,
  `appoggiobancario` varchar(255) NOT NULL,
  `filiale` varchar(100) NOT NULL,
  `codiceiban` varchar(40) NOT NULL,
  `diciturafissafattura` varchar(255) NOT NULL,
  `idpagamento` int(11) NOT NULL,
  `idlistino` int(11) NOT NULL,
  `idiva` int(11) NOT NULL,
  `idsede_fatturazione` int(11) NOT NULL,
  `settore` varchar(255) NOT NULL,
  `marche` varchar(5000) NOT NULL,
  `dipendenti` int(11) NOT NULL,
  `macchine` int(11) NOT NULL,
  `idagente` int(11) NOT NULL,
  `idrelazione` int(11) NOT NULL,
  `agentemaster` tinyint(1) NOT NULL,
  `idzona` int(11) NOT NULL,
  `foro_competenza` varchar(255) NOT NULL,
  `nome_cognome` varchar(255) NOT NULL,
  `iscrizione_tribunale` varchar(2) NOT NULL,
  `cciaa` varchar(25) NOT NULL,
  `cciaa_citta` varchar(100) NOT NULL,
  `n_alboartigiani` varchar(25) DEFAULT NULL,
  `colore` varchar(7) NOT NULL DEFAULT '#FFFFFF',
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`idanagrafica`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_nazioni` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_referenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `mansione` varchar(255) NOT NULL,
  `telefono` varchar(50) NOT NULL,
  `email` varchar(255) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idsede` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_relazioni` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `colore` varchar(7) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_sedi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nomesede` varchar(255) NOT NULL COMMENT 'Nome sede',
  `piva` varchar(15) NOT NULL COMMENT 'P.Iva',
  `codice_fiscale` varchar(16) NOT NULL COMMENT 'Codice Fiscale',
  `indirizzo` varchar(255) NOT NULL COMMENT 'Indirizzo',
  `indirizzo2` varchar(255) NOT NULL COMMENT 'Indirizzo2',
  `citta` varchar(255) NOT NULL COMMENT 'Citt&agrave;',
  `cap` varchar(10) NOT NULL COMMENT 'C.A.P.',
  `provincia` varchar(2) NOT NULL COMMENT 'Provincia',
  `km` float(10,2) NOT NULL,
  `nazione` varchar(255) NOT NULL COMMENT 'Nazione',
  `telefono` varchar(20) NOT NULL COMMENT 'Telefono',
  `fax` varchar(20) NOT NULL COMMENT 'Fax',
  `cellulare` varchar(20) NOT NULL COMMENT 'Cellulare',
  `email` varchar(255) NOT NULL COMMENT 'Email',
  `idanagrafica` int(11) NOT NULL,
  `idzona` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_tipianagrafiche` (
  `idtipoanagrafica` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  `default` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`idtipoanagrafica`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_tipianagrafiche_anagrafiche` (
  `idtipoanagrafica` int(11) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  PRIMARY KEY (`idtipoanagrafica`,`idanagrafica`),
  KEY `idanagrafica` (`idanagrafica`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `an_zone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `descrizione` varchar(2000) NOT NULL,
  `default` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_contratti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(50) NOT NULL,
  `nome` varchar(100) NOT NULL,
  `idagente` int(11) NOT NULL,
  `data_bozza` datetime DEFAULT NULL,
  `data_accettazione` datetime DEFAULT NULL,
  `data_rifiuto` datetime DEFAULT NULL,
  `data_conclusione` datetime DEFAULT NULL,
  `rinnovabile` tinyint(1) NOT NULL,
  `giorni_preavviso_rinnovo` smallint(6) NOT NULL,
  `budget` float(12,4) NOT NULL,
  `descrizione` text,
  `idstato` tinyint(4) DEFAULT NULL,
  `idreferente` int(11) DEFAULT NULL,
  `validita` int(11) DEFAULT NULL,
  `esclusioni` text NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idpagamento` int(11) NOT NULL,
  `idtipointervento` varchar(25) NOT NULL,
  `costo_diritto_chiamata` float(12,4) NOT NULL,
  `ore_lavoro` float(12,4) NOT NULL,
  `costo_orario` float(12,4) NOT NULL,
  `costo_km` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_contratti_interventi` (
  `idcontratto` int(11) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  PRIMARY KEY (`idcontratto`,`idintervento`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_documenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` int(11) NOT NULL,
  `numero_esterno` varchar(100) NOT NULL,
  `data` datetime NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idcausalet` int(11) NOT NULL,
  `idspedizione` int(11) NOT NULL,
  `idporto` int(11) NOT NULL,
  `idaspettobeni` int(11) NOT NULL,
  `idvettore` int(11) NOT NULL,
  `n_colli` int(11) NOT NULL,
  `idsede` int(11) NOT NULL,
  `idtipodocumento` tinyint(4) NOT NULL,
  `idstatodocumento` tinyint(4) NOT NULL,
  `idpagamento` int(11) NOT NULL,
  `idconto` int(11) NOT NULL,
  `idrivalsainps` int(11) NOT NULL,
  `idritenutaacconto` int(11) NOT NULL,
  `rivalsainps` float(12,4) NOT NULL,
  `iva_rivalsainps` float(7,3) NOT NULL,
  `ritenutaacconto` float(12,4) NOT NULL,
  `bollo` float(12,4) NOT NULL,
  `note` text NOT NULL,
  `note_aggiuntive` text NOT NULL,
  `buono_ordine` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_iva` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `percentuale` float(5,2) NOT NULL,
  `descrizione2` varchar(200) NOT NULL,
  `indetraibile` float(5,2) NOT NULL,
  `esente` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_movimenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idmastrino` int(11) NOT NULL,
  `data` datetime NOT NULL,
  `data_documento` datetime NOT NULL,
  `iddocumento` varchar(10) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `descrizione` text NOT NULL,
  `idconto` int(11) NOT NULL,
  `totale` float(12,4) DEFAULT NULL,
  `primanota` float(10,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_ordiniservizio` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idcontratto` int(11) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  `data_scadenza` datetime NOT NULL,
  `matricola` varchar(25) NOT NULL,
  `copia_centrale` tinyint(1) NOT NULL,
  `copia_cliente` tinyint(1) NOT NULL,
  `copia_amministratore` tinyint(1) NOT NULL,
  `funzionamento_in_sicurezza` tinyint(1) NOT NULL,
  `stato` enum('aperto','chiuso') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_ordiniservizio_pianificazionefatture` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idcontratto` int(11) NOT NULL,
  `data_scadenza` datetime NOT NULL,
  `idzona` int(11) NOT NULL,
  `iddocumento` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_ordiniservizio_vociservizio` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idordineservizio` int(11) NOT NULL,
  `voce` varchar(255) NOT NULL,
  `categoria` varchar(255) NOT NULL,
  `note` varchar(2000) NOT NULL,
  `eseguito` tinyint(1) NOT NULL,
  `presenza` tinyint(1) NOT NULL,
  `esito` tinyint(1) NOT NULL,
  `priorita` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_pagamenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(50) NOT NULL,
  `giorno` tinyint(4) NOT NULL,
  `num_giorni` varchar(100) NOT NULL,
  `prc` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_pianodeiconti1` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(10) NOT NULL,
  `descrizione` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_pianodeiconti2` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(10) NOT NULL,
  `descrizione` varchar(100) NOT NULL,
  `idpianodeiconti1` int(11) NOT NULL,
  `dir` varchar(15) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_pianodeiconti3` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(10) NOT NULL,
  `descrizione` varchar(100) NOT NULL,
  `idpianodeiconti2` int(11) NOT NULL,
  `dir` varchar(15) NOT NULL,
  `can_delete` tinyint(1) NOT NULL,
  `can_edit` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_preventivi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(50) NOT NULL,
  `nome` varchar(100) NOT NULL,
  `idagente` int(11) NOT NULL,
  `data_bozza` datetime NOT NULL,
  `data_accettazione` datetime NOT NULL,
  `data_rifiuto` datetime NOT NULL,
  `data_conclusione` datetime NOT NULL,
  `data_pagamento` datetime NOT NULL,
  `budget` float(12,4) NOT NULL,
  `descrizione` text NOT NULL,
  `idstato` tinyint(4) NOT NULL,
  `validita` int(11) NOT NULL,
  `tempi_consegna` varchar(255) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `esclusioni` text NOT NULL,
  `idreferente` int(11) NOT NULL,
  `idpagamento` int(11) NOT NULL,
  `idporto` int(11) NOT NULL,
  `idtipointervento` varchar(25) NOT NULL,
  `costo_diritto_chiamata` float(12,4) NOT NULL,
  `ore_lavoro` float(12,4) NOT NULL,
  `costo_orario` float(12,4) NOT NULL,
  `costo_km` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS `co_preventivi_interventi` (
  `idpreventivo` int(11) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  `costo_orario` float(12,4) NOT NULL,
  `costo_km` float(12,4) NOT NULL,
  PRIMARY KEY (`idpreventivo`,`idintervento`)
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS `co_righe2_contratti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idcontratto` int(11) NOT NULL,
  `descrizione` text NOT NULL,
  `subtotale` float(12,4) NOT NULL,
  `um` varchar(20) NOT NULL,
  `qta` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_righe_contratti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idcontratto` int(11) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  `idtipointervento` varchar(25) NOT NULL,
  `data_richiesta` datetime NOT NULL,
  `richiesta` varchar(8000) NOT NULL,
  `idsede` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_righe_documenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iddocumento` int(11) NOT NULL,
  `idordine` int(11) NOT NULL,
  `idddt` int(11) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  `idarticolo` int(11) NOT NULL,
  `idpreventivo` int(11) NOT NULL,
  `idcontratto` int(11) NOT NULL,
  `idtecnico` int(11) NOT NULL,
  `idagente` int(11) NOT NULL,
  `idautomezzo` int(11) NOT NULL,
  `idiva` int(11) NOT NULL,
  `desc_iva` varchar(255) NOT NULL,
  `iva` float(12,4) NOT NULL,
  `iva_indetraibile` float(12,4) NOT NULL,
  `descrizione` text NOT NULL,
  `subtotale` float(12,4) NOT NULL,
  `sconto` float(12,4) NOT NULL,
  `um` varchar(20) NOT NULL,
  `qta` float(12,4) NOT NULL,
  `lotto` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `altro` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_righe_preventivi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_evasione` datetime NOT NULL,
  `idpreventivo` int(11) NOT NULL,
  `idarticolo` int(11) NOT NULL,
  `idiva` int(11) NOT NULL,
  `iva` float(12,4) NOT NULL,
  `iva_indetraibile` float(12,4) NOT NULL,
  `descrizione` text NOT NULL,
  `lotto` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `altro` varchar(50) NOT NULL,
  `subtotale` float(12,4) NOT NULL,
  `um` varchar(20) NOT NULL,
  `qta` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_ritenutaacconto` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `percentuale` float(5,2) NOT NULL,
  `indetraibile` float(5,2) NOT NULL,
  `esente` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_rivalsainps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `percentuale` float(5,2) NOT NULL,
  `indetraibile` float(5,2) NOT NULL,
  `esente` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_scadenziario` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iddocumento` int(11) NOT NULL,
  `data_emissione` datetime NOT NULL,
  `scadenza` datetime NOT NULL,
  `da_pagare` float(12,4) DEFAULT NULL,
  `pagato` float(12,4) DEFAULT NULL,
  `data_pagamento` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_staticontratti` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) DEFAULT NULL,
  `icona` varchar(255) NOT NULL,
  `completato` tinyint(1) NOT NULL DEFAULT '0',
  `annullato` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_statidocumento` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `icona` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_statipreventivi` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `icona` varchar(255) NOT NULL,
  `completato` tinyint(1) NOT NULL DEFAULT '0',
  `annullato` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `co_tipidocumento` (
  `id` tinyint(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `dir` enum('entrata','uscita') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_aspettobeni` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_automezzi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(200) NOT NULL,
  `descrizione` varchar(1000) NOT NULL,
  `targa` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_automezzi_tagliandi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idautomezzo` int(11) NOT NULL,
  `descrizione` varchar(255) NOT NULL,
  `km` int(11) NOT NULL,
  `data_emissione` datetime NOT NULL,
  `validita` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_automezzi_tecnici` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idautomezzo` int(11) NOT NULL,
  `idtecnico` int(11) NOT NULL,
  `data_inizio` datetime NOT NULL,
  `data_fine` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_causalet` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_ddt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` int(11) NOT NULL,
  `numero_esterno` varchar(100) NOT NULL,
  `data` datetime NOT NULL,
  `idagente` int(11) NOT NULL,
  `idiva` int(11) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idcausalet` int(11) NOT NULL,
  `idspedizione` tinyint(4) NOT NULL,
  `idporto` tinyint(4) NOT NULL,
  `idaspettobeni` tinyint(4) NOT NULL,
  `idvettore` int(11) NOT NULL,
  `idtipoddt` tinyint(4) NOT NULL,
  `idstatoddt` tinyint(4) NOT NULL,
  `idpagamento` int(11) NOT NULL,
  `idconto` int(11) NOT NULL,
  `idrivalsainps` int(11) NOT NULL,
  `idritenutaacconto` int(11) NOT NULL,
  `idsede` int(11) NOT NULL,
  `rivalsainps` float(12,4) NOT NULL,
  `iva_rivalsainps` float(12,4) NOT NULL,
  `ritenutaacconto` float(12,4) NOT NULL,
  `bollo` float(12,4) NOT NULL,
  `n_colli` int(11) NOT NULL,
  `note` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_porto` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_righe_ddt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idddt` int(11) NOT NULL,
  `idordine` int(11) NOT NULL,
  `idarticolo` int(11) NOT NULL,
  `idiva` int(11) NOT NULL,
  `iva` float(12,4) NOT NULL,
  `iva_indetraibile` float(12,4) NOT NULL,
  `descrizione` text NOT NULL,
  `lotto` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `altro` varchar(50) NOT NULL,
  `subtotale` float(12,4) NOT NULL,
  `sconto` float(12,4) NOT NULL,
  `um` varchar(20) NOT NULL,
  `qta` float(12,4) NOT NULL,
  `qta_evasa` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_spedizione` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  `esterno` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_statiddt` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `icona` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `dt_tipiddt` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) DEFAULT NULL,
  `dir` enum('entrata','uscita') DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_interventi` (
  `idintervento` varchar(25) NOT NULL,
  `data_richiesta` datetime NOT NULL,
  `richiesta` text NOT NULL,
  `descrizione` text NOT NULL,
  `km` float(7,2) NOT NULL,
  `idtipointervento` varchar(25) NOT NULL,
  `nomefile` varchar(255) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idreferente` int(11) NOT NULL,
  `idstatointervento` varchar(10) NOT NULL,
  `informazioniaggiuntive` text NOT NULL,
  `prezzo_ore_unitario` float(10,2) NOT NULL,
  `idsede` int(11) NOT NULL,
  `idautomezzo` int(11) NOT NULL,
  `idclientefinale` int(11) NOT NULL,
  `info_sede` varchar(255) NOT NULL,
  `data_sla` date NOT NULL,
  `ora_sla` time NOT NULL,
  PRIMARY KEY (`idintervento`),
  KEY `in_interventi_ibfk_1` (`idanagrafica`),
  KEY `in_interventi_ibfk_2` (`idtipointervento`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_interventi_tecnici` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idintervento` varchar(25) NOT NULL,
  `idtecnico` int(11) NOT NULL,
  `orario_inizio` datetime NOT NULL,
  `orario_fine` datetime NOT NULL,
  `km` float(12,4) NOT NULL,
  `prezzo_ore_unitario` float(12,4) NOT NULL,
  `prezzo_km_unitario` float(12,4) NOT NULL,
  `prezzo_ore_consuntivo` float(12,4) NOT NULL,
  `prezzo_km_consuntivo` float(12,4) NOT NULL,
  `prezzo_dirittochiamata` float(12,4) NOT NULL,
  `prezzo_ore_unitario_tecnico` float(12,4) NOT NULL,
  `prezzo_km_unitario_tecnico` float(12,4) NOT NULL,
  `prezzo_ore_consuntivo_tecnico` float(12,4) NOT NULL,
  `prezzo_km_consuntivo_tecnico` float(12,4) NOT NULL,
  `prezzo_dirittochiamata_tecnico` float(12,4) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `in_interventi_tecnici_ibfk_3` (`idintervento`),
  KEY `in_interventi_tecnici_ibfk_2` (`idtecnico`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_righe_interventi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  `qta` float(12,4) NOT NULL,
  `um` varchar(25) NOT NULL,
  `prezzo` float(12,4) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_statiintervento` (
  `idstatointervento` varchar(10) NOT NULL,
  `descrizione` varchar(255) NOT NULL,
  `colore` varchar(7) NOT NULL DEFAULT '#FFFFFF',
  `default` tinyint(1) NOT NULL,
  `completato` tinyint(1) NOT NULL,
  PRIMARY KEY (`idstatointervento`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_tariffe` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idtecnico` int(11) NOT NULL,
  `idtipointervento` varchar(25) NOT NULL,
  `costo_ore` float(12,4) NOT NULL,
  `costo_km` float(12,4) NOT NULL,
  `costo_dirittochiamata` float(12,4) NOT NULL,
  `costo_ore_tecnico` float(12,4) NOT NULL,
  `costo_km_tecnico` float(12,4) NOT NULL,
  `costo_dirittochiamata_tecnico` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_tipiintervento` (
  `idtipointervento` varchar(25) NOT NULL,
  `descrizione` varchar(255) NOT NULL,
  `costo_orario` float(12,4) NOT NULL,
  `costo_km` float(12,4) NOT NULL,
  `costo_diritto_chiamata` float(12,4) NOT NULL,
  `costo_orario_tecnico` float(12,4) NOT NULL,
  `costo_km_tecnico` float(12,4) NOT NULL,
  `costo_diritto_chiamata_tecnico` float(12,4) NOT NULL,
  PRIMARY KEY (`idtipointervento`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `in_vociservizio` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  `categoria` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_articoli` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `codice` varchar(255) NOT NULL,
  `descrizione` varchar(255) NOT NULL,
  `idum` tinyint(11) NOT NULL,
  `categoria` varchar(255) NOT NULL,
  `subcategoria` varchar(255) NOT NULL,
  `immagine01` varchar(255) NOT NULL,
  `note` varchar(1000) NOT NULL,
  `qta` float(12,4) NOT NULL,
  `threshold_qta` float(12,4) NOT NULL,
  `prezzo_acquisto` float(12,4) NOT NULL,
  `prezzo_vendita` float(12,4) NOT NULL,
  `idiva_vendita` int(11) NOT NULL,
  `gg_garanzia` int(11) NOT NULL,
  `componente_filename` varchar(255) NOT NULL,
  `contenuto` text NOT NULL,
  `attivo` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_articoli_automezzi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idarticolo` int(11) NOT NULL,
  `idautomezzo` int(11) NOT NULL,
  `qta` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_articoli_interventi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idarticolo` int(11) NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  `matricola` varchar(25) NOT NULL,
  `descrizione` varchar(255) NOT NULL,
  `lotto` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `altro` varchar(50) NOT NULL,
  `prezzo_vendita` float(12,4) NOT NULL,
  `sconto` float(12,4) NOT NULL,
  `idiva_vendita` float(10,2) NOT NULL,
  `idautomezzo` int(11) NOT NULL,
  `qta` float(10,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_listini` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `prc_guadagno` float(5,2) NOT NULL,
  `note` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_movimenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idarticolo` int(11) NOT NULL,
  `descrizione_articolo` varchar(255) NOT NULL,
  `qta` float(12,4) NOT NULL,
  `movimento` varchar(255) NOT NULL,
  `data` datetime NOT NULL,
  `idintervento` varchar(25) NOT NULL,
  `idddt` int(11) NOT NULL,
  `iddocumento` int(11) NOT NULL,
  `idautomezzo` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_prodotti` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `idarticolo` int(11) NOT NULL,
  `lotto` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `altro` varchar(50) NOT NULL,
  `data` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mg_unitamisura` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `valore` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mk_allegati` (
  `idallegato` int(11) NOT NULL AUTO_INCREMENT,
  `idcliente` int(11) NOT NULL,
  `nome` varchar(255) NOT NULL,
  PRIMARY KEY (`idallegato`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mk_attivita` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idstato` int(11) NOT NULL,
  `data` date NOT NULL,
  `ora_dal` time NOT NULL,
  `ora_al` time NOT NULL,
  `infogiorno` varchar(255) NOT NULL,
  `descrizione` text NOT NULL,
  `idagente` int(11) NOT NULL,
  `idcliente` int(11) NOT NULL,
  `idreferente` int(11) NOT NULL,
  `luogo` varchar(500) NOT NULL,
  `idtipo` int(11) NOT NULL,
  `datanotifica` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mk_email` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_invio` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `da` varchar(255) NOT NULL,
  `a` varchar(500) NOT NULL,
  `cc` varchar(500) NOT NULL,
  `bcc` varchar(500) NOT NULL,
  `oggetto` varchar(255) NOT NULL,
  `idallegato` varchar(255) NOT NULL,
  `confermalettura` tinyint(1) NOT NULL,
  `confermarecapito` tinyint(1) NOT NULL,
  `testo` text NOT NULL,
  `presentazione` tinyint(1) NOT NULL,
  `idcliente` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mk_statoattivita` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(255) NOT NULL,
  `colore` varchar(7) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `mk_tipoattivita` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `my_impianti` (
  `matricola` varchar(25) NOT NULL,
  `nome` varchar(255) NOT NULL,
  `descrizione` varchar(5000) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idsede` int(11) NOT NULL,
  `data` date NOT NULL,
  `idtecnico` int(11) NOT NULL,
  `ubicazione` varchar(255) NOT NULL,
  `scala` varchar(50) NOT NULL,
  `piano` varchar(50) NOT NULL,
  `occupante` varchar(255) NOT NULL,
  `proprietario` varchar(255) NOT NULL,
  `palazzo` varchar(255) NOT NULL,
  `interno` varchar(255) NOT NULL,
  `immagine` varchar(255) NOT NULL,
  PRIMARY KEY (`matricola`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `my_impianti_interventi` (
  `idintervento` varchar(25) NOT NULL,
  `matricola` varchar(25) NOT NULL,
  PRIMARY KEY (`idintervento`,`matricola`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `my_impianto_componenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idsostituto` int(11) NOT NULL,
  `matricola` varchar(25) NOT NULL,
  `idintervento` varchar(20) NOT NULL,
  `nome` varchar(255) NOT NULL,
  `data` datetime NOT NULL,
  `data_sostituzione` datetime NOT NULL,
  `filename` varchar(255) NOT NULL,
  `contenuto` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `or_ordini` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(100) NOT NULL,
  `numero_esterno` varchar(100) NOT NULL,
  `data` datetime NOT NULL,
  `idagente` int(11) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idsede` int(11) NOT NULL,
  `idtipoordine` tinyint(4) NOT NULL,
  `idstatoordine` tinyint(4) NOT NULL,
  `idpagamento` int(11) NOT NULL,
  `idconto` int(11) NOT NULL,
  `idrivalsainps` int(11) NOT NULL,
  `idritenutaacconto` int(11) NOT NULL,
  `rivalsainps` float(12,4) NOT NULL,
  `iva_rivalsainps` float(12,4) NOT NULL,
  `ritenutaacconto` float(12,4) NOT NULL,
  `bollo` float(10,2) NOT NULL,
  `note` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `or_righe_ordini` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_evasione` datetime NOT NULL,
  `idordine` int(11) NOT NULL,
  `idarticolo` int(11) NOT NULL,
  `idiva` int(11) NOT NULL,
  `idagente` int(11) NOT NULL,
  `iva` float(12,4) NOT NULL,
  `iva_indetraibile` float(12,4) NOT NULL,
  `descrizione` text NOT NULL,
  `lotto` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `altro` varchar(50) NOT NULL,
  `subtotale` float(12,4) NOT NULL,
  `sconto` float(12,4) NOT NULL,
  `um` varchar(20) NOT NULL,
  `qta` float(12,4) NOT NULL,
  `qta_evasa` float(12,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `or_statiordine` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `annullato` tinyint(1) NOT NULL,
  `icona` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `or_tipiordine` (
  `id` tinyint(11) NOT NULL AUTO_INCREMENT,
  `descrizione` varchar(100) NOT NULL,
  `dir` enum('entrata','uscita') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data` datetime NOT NULL,
  `nome` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `module` varchar(255) NOT NULL,
  `externalid` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_gruppi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(50) NOT NULL,
  `editable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_gruppi_modules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idgruppo` int(11) NOT NULL,
  `idmodule` int(11) NOT NULL,
  `clause` varchar(5000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_impostazioni` (
  `idimpostazione` smallint(6) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `valore` varchar(50) NOT NULL,
  `tipo` varchar(1000) NOT NULL,
  `editable` tinyint(1) NOT NULL,
  `sezione` varchar(100) NOT NULL,
  PRIMARY KEY (`idimpostazione`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_modules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `name2` varchar(255) NOT NULL,
  `module_dir` varchar(50) NOT NULL,
  `options` text NOT NULL,
  `options2` text NOT NULL,
  `icon` varchar(255) NOT NULL,
  `version` varchar(15) NOT NULL,
  `compatibility` varchar(1000) NOT NULL,
  `order` int(11) NOT NULL,
  `level` tinyint(4) NOT NULL,
  `parent` int(11) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `type` varchar(20) NOT NULL,
  `new` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_modules_plugins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `idmodule_from` int(11) NOT NULL,
  `idmodule_to` int(11) NOT NULL,
  `position` varchar(50) NOT NULL,
  `script` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_permessi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `idgruppo` int(11) NOT NULL,
  `idmodule` int(11) NOT NULL,
  `permessi` enum('-','r','rw') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_utenti` (
  `idutente` smallint(6) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `email` varchar(50) NOT NULL,
  `idanagrafica` int(11) NOT NULL,
  `idtipoanagrafica` int(11) NOT NULL,
  `idgruppo` int(11) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`idutente`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `zz_widget_modules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `type` enum('stats','chart','custom','print') DEFAULT NULL,
  `id_module` int(11) NOT NULL,
  `location` enum('controller_top','controller_right','editor_top','editor_right') DEFAULT NULL,
  `class` varchar(50) DEFAULT NULL,
  `query` text,
  `bgcolor` varchar(7) DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  `print_link` varchar(255) DEFAULT NULL,
  `more_link` varchar(5000) DEFAULT NULL,
  `more_link_type` enum('link','popup','javascript') DEFAULT NULL,
  `php_include` varchar(255) DEFAULT NULL,
  `text` text,
  `enabled` tinyint(1) DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
