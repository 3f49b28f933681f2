-- LMS (LAN Management System), the customer and billing system of Polish internet and telephone
-- providers: staff users (with two-factor codes and trusted devices), customers (private persons
-- and companies: names, tax ID (NIP), PESEL, REGON, identity card, notes, consents, external IDs,
-- contacts, recorded calls), addresses, the provider's divisions, invoices and other documents,
-- payments and imported bank transfers, balances, customers' network nodes (IP and MAC addresses,
-- coordinates, sessions), VoIP accounts, numbers and call records, mail and hosting accounts,
-- helpdesk tickets and messages, messages sent to customers, events (timetable), the change log's
-- data, staff and customer-panel sessions, password history.
-- Source: https://github.com/chilek/lms, doc/lms.mysql (the MySQL schema the installer loads)
-- Commit: d85aeab5b2fa6c51750d8844ac336c025fa3fc2d (the file last changed in
--   ce3c9180e1e30db0673e1dd2efb2560c35fdad1d)
-- Licence: GPL-2.0-only (doc/COPYING; "license" in composer.json)
-- Trimmed: 36 whole tables of 162, the ones about customers, staff users, their documents,
-- payments, devices, calls, accounts, tickets and messages; dropped are the location registry
-- (TERYT states, cities, streets, buildings), countries, zip codes, tariffs, promotions,
-- assignments, liabilities, number plans, taxes, cash registers and sources, VoIP rules, prefixes
-- and price groups, networks, network devices, links and nodes, hosts, routing, domains and the
-- PowerDNS records, customer groups, queues, categories and rights of the helpdesk, templates,
-- the log's transactions and messages, configuration, daemon settings, the KSeF e-invoice tables,
-- files and the customer panel's rights and help. The kept CREATE TABLE statements are copied as
-- written, in the file's order; the file's DROP, view, trigger, INSERT and comment lines are
-- dropped.
-- Development source since the seventh held-out set was measured (see labels.yaml).

CREATE TABLE users (
  id int(11)            NOT NULL auto_increment,
  login varchar(32)     NOT NULL DEFAULT '',
  firstname varchar(64) NOT NULL DEFAULT '',
  lastname varchar(64) NOT NULL DEFAULT '',
  issuer varchar(100) DEFAULT NULL,
  email varchar(255)    NOT NULL DEFAULT '',
  phone varchar(32)     DEFAULT NULL,
  position varchar(255) NOT NULL DEFAULT '',
  rights text           NOT NULL DEFAULT '',
  hosts varchar(255)    NOT NULL DEFAULT '',
  trustedhosts varchar(255) DEFAULT NULL,
  passwd varchar(255)   NOT NULL DEFAULT '',
  netpasswd varchar(255)   DEFAULT NULL,
  passwdforcechange smallint NOT NULL DEFAULT 0,
  ntype smallint        DEFAULT NULL,
  lastlogindate int(16) NOT NULL DEFAULT 0,
  lastloginip varchar(40) NOT NULL DEFAULT '',
  failedlogindate int(16) NOT NULL DEFAULT 0,
  failedloginip varchar(40) NOT NULL DEFAULT '',
  deleted tinyint(1)    NOT NULL DEFAULT '0',
  passwdexpiration int(16) NOT NULL DEFAULT 0,
  passwdlastchange int(16) NOT NULL DEFAULT 0,
  access tinyint(1) NOT NULL DEFAULT '1',
  accessfrom int(16) NOT NULL DEFAULT 0,
  accessto int(16) NOT NULL DEFAULT 0,
  settings mediumtext NOT NULL DEFAULT '',
  persistentsettings mediumtext NOT NULL DEFAULT '',
  twofactorauth smallint NOT NULL DEFAULT 0,
  twofactorauthsecretkey varchar(255) DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY login (login)
) ENGINE=InnoDB;

CREATE TABLE twofactorauthcodehistory (
    id int(11) NOT NULL auto_increment,
    userid int(11) NOT NULL,
    authcode varchar(10) NOT NULL,
    uts int(16) NOT NULL,
    ipaddr int(16) DEFAULT NULL,
    success smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT twofactorauthcodehistory_userid_fkey
        FOREIGN KEY (userid) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE twofactorauthtrusteddevices (
    id         int(11)      NOT NULL auto_increment,
    userid     int(11)      NOT NULL,
    cookiename varchar(64)  NOT NULL,
    useragent  varchar(256) NOT NULL,
    ipaddr int(16) DEFAULT NULL,
    expires    int(16)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT twofactorauthtrusteddevices_userid_fkey
        FOREIGN KEY (userid) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE addresses (
	id         int(11) NOT NULL auto_increment,
	name       text NULL,
	state      varchar(64) NULL,
	state_id   int(11) NULL,
	city       varchar(100) NULL,
	city_id    int(11) NULL,
	postoffice varchar(32) DEFAULT NULL,
	street     varchar(255) NULL,
	street_id  int(11) NULL,
	zip        varchar(10) NULL,
	country_id int(11) NULL,
	house      varchar(20) NULL,
	flat       varchar(20) NULL,
	PRIMARY KEY (id),
	CONSTRAINT `addresses_state_id_fk`   FOREIGN KEY (state_id)   REFERENCES location_states  (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT `addresses_city_id_fk`    FOREIGN KEY (city_id)    REFERENCES location_cities  (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT `addresses_street_id_fk`  FOREIGN KEY (street_id)  REFERENCES location_streets (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT `addresses_country_id_fk` FOREIGN KEY (country_id) REFERENCES countries        (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE divisions (
	id 		int(11) 	NOT NULL auto_increment,
	shortname       varchar(255) 	NOT NULL DEFAULT '',
	name        	text    	NOT NULL DEFAULT '',
	label varchar(100) DEFAULT NULL,
	firstname varchar(128) DEFAULT NULL,
	lastname varchar(128) DEFAULT NULL,
	birthdate int(11) DEFAULT NULL,
	ten		varchar(50)	NOT NULL DEFAULT '',
	regon		varchar(255)	NOT NULL DEFAULT '',
	rbe			varchar(255)	NOT NULL DEFAULT '',
	rbename		varchar(255)	NOT NULL DEFAULT '',
	telecomnumber varchar(255)    NOT NULL DEFAULT '',
	bank            varchar(100)    DEFAULT NULL,
	account         varchar(48) 	NOT NULL DEFAULT '',
	email varchar(255)              DEFAULT NULL,
	serviceemail varchar(255)   DEFAULT NULL,
	phone varchar(255) DEFAULT NULL,
	servicephone varchar(40) DEFAULT NULL,
	inv_header      text    	NOT NULL DEFAULT '',
	inv_footer      text    	NOT NULL DEFAULT '',
	inv_author      text    	NOT NULL DEFAULT '',
	inv_cplace      text    	NOT NULL DEFAULT '',
	inv_paytime 	smallint         DEFAULT NULL,
	inv_paytype 	smallint    DEFAULT NULL,
	description     text    	NOT NULL DEFAULT '',
	status 		tinyint(1) 	NOT NULL DEFAULT 0,
	tax_office_code varchar(8) DEFAULT NULL,
	url text DEFAULT NULL,
	userpanel_url text DEFAULT NULL,
	address_id int(11),
	office_address_id int(11) DEFAULT NULL,
	PRIMARY KEY (id),
	UNIQUE KEY divisions_shortname_label_ukey (shortname, label),
	CONSTRAINT divisions_address_id_fk FOREIGN KEY (address_id) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT divisions_office_address_id_fkey FOREIGN KEY (office_address_id) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE customers (
  id int(11) 		NOT NULL auto_increment,
  lastname varchar(128) NOT NULL DEFAULT '',
  name varchar(128) 	NOT NULL DEFAULT '',
  altname varchar(128)  DEFAULT NULL,
  status smallint 	NOT NULL DEFAULT '0',
  type smallint		NOT NULL DEFAULT '0',
  ten varchar(50) 	NOT NULL DEFAULT '',
  ssn varchar(50) 	NOT NULL DEFAULT '',
  regon varchar(255) 	NOT NULL DEFAULT '',
  rbe varchar(255)	NOT NULL DEFAULT '',
  rbename varchar(255)	NOT NULL DEFAULT '',
  ict smallint NOT NULL DEFAULT 0,
  icn varchar(255) 	NOT NULL DEFAULT '',
  icexpires int(16)	DEFAULT NULL,
  info text 		NOT NULL,
  notes text 		NOT NULL DEFAULT '',
  creationdate int(16) 	NOT NULL DEFAULT '0',
  moddate int(16) 	NOT NULL DEFAULT '0',
  creatorid int(11) DEFAULT NULL,
  modid int(11) 	DEFAULT NULL,
  deleted tinyint(1) 	NOT NULL DEFAULT '0',
  message text 		NOT NULL,
  pin varchar(255)	NOT NULL DEFAULT '0',
  pinlastchange int(16) NOT NULL DEFAULT 0,
  cutoffstop int(16) 	NOT NULL DEFAULT '0',
  divisionid int(11)   	DEFAULT NULL,
  paytime smallint	NOT NULL DEFAULT '-1',
  paytype smallint  DEFAULT NULL,
  documentmemo text DEFAULT NULL,
  flags smallint NOT NULL DEFAULT 0,
  karma smallint NOT NULL DEFAULT 0,
  origin smallint DEFAULT NULL,
  PRIMARY KEY  (id),
  INDEX name (lastname, name),
  CONSTRAINT customers_creatorid_fkey
		FOREIGN KEY (creatorid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT customers_modid_fkey
		FOREIGN KEY (modid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT customers_divisionid_fkey
		FOREIGN KEY (divisionid) REFERENCES divisions (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE customerconsents (
    customerid int(11) NOT NULL,
    cdate int(11) DEFAULT 0 NOT NULL,
    type smallint NOT NULL,
    CONSTRAINT customerconsents_customerid_fkey
        FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
    KEY customerconsents_cdate_idx (cdate),
    KEY customerconsents_type_idx (type),
    UNIQUE KEY customerconsents_ukey (customerid, type)
) ENGINE=InnoDB;

CREATE TABLE customerextids (
    customerid int(11) NOT NULL,
    extid varchar(64) NOT NULL,
    serviceproviderid int(11) DEFAULT NULL,
    CONSTRAINT customerextids_customerid_fkey
        FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT customerextids_serviceproviderid_fkey
        FOREIGN KEY (serviceproviderid) REFERENCES serviceproviders (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE KEY customerextids_customerid_extid_serviceproviderid_ukey (customerid, extid, serviceproviderid)
) ENGINE=InnoDB;

CREATE TABLE customernotes (
    id int(11) NOT NULL auto_increment,
    userid int(11) DEFAULT NULL,
    customerid int(11) NOT NULL,
    dt int(16) NOT NULL,
    message text NOT NULL,
    moddate int(16) DEFAULT NULL,
    moduserid int(11) DEFAULT NULL,
    PRIMARY KEY (id),
    CONSTRAINT customernotes_userid_fkey
        FOREIGN KEY (userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT customernotes_customerid_fkey
        FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT customernotes_moduserid_fkey
        FOREIGN KEY (moduserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE customercalls (
    id int(11) NOT NULL AUTO_INCREMENT,
    userid int(11) DEFAULT NULL,
    dt int(16) DEFAULT 0 NOT NULL,
    filename varchar(150) NOT NULL,
    outgoing tinyint(1) DEFAULT 0 NOT NULL,
    phone varchar(20) NOT NULL,
    duration int(11) DEFAULT 0 NOT NULL,
    notes text DEFAULT NULL,
    PRIMARY KEY (id),
    KEY customercalls_dt_idx (dt),
    KEY customercalls_filename_idx (filename),
    KEY customercalls_phone_idx (phone),
    CONSTRAINT customercalls_userid_fkey
        FOREIGN KEY (userid) REFERENCES users (id) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE customer_addresses (
	id          int(11) NOT NULL auto_increment,
	customer_id int(11),
	address_id  int(11),
	type        smallint NULL,
	ten varchar(50) DEFAULT NULL,
	entity_type smallint DEFAULT NULL,
	PRIMARY KEY (id),
	CONSTRAINT `customer_addresses_customer_id_fkey` FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT `customer_addresses_address_id_fk`  FOREIGN KEY (address_id)  REFERENCES addresses (id) ON DELETE CASCADE ON UPDATE CASCADE,
	UNIQUE(customer_id, address_id)
) ENGINE=InnoDB;

CREATE TABLE documents (
	id int(11) NOT NULL auto_increment,
	type tinyint NOT NULL DEFAULT '0',
	number int(11) NOT NULL DEFAULT '0',
	numberplanid int(11) DEFAULT NULL,
	extnumber varchar(255) NOT NULL DEFAULT '',
	cdate int(16) NOT NULL DEFAULT '0',
	sdate int(16) NOT NULL DEFAULT '0',
	customerid int(11) DEFAULT NULL,
	userid int(11) DEFAULT NULL,
	divisionid int(11) DEFAULT NULL,
	name varchar(255) NOT NULL DEFAULT '',
	address varchar(255) NOT NULL DEFAULT '',
	zip varchar(10) NULL DEFAULT NULL,
	city varchar(100) NULL DEFAULT NULL,
	countryid int(11) DEFAULT NULL,
	ten varchar(50) NOT NULL DEFAULT '',
	ssn varchar(50) NOT NULL DEFAULT '',
	paytime smallint NOT NULL DEFAULT '0',
	paytype smallint DEFAULT NULL,
	closed tinyint(1) NOT NULL DEFAULT '0',
	reference int(11) DEFAULT NULL,
	reason varchar(255) NOT NULL DEFAULT '',
	div_name text NOT NULL DEFAULT '',
	div_shortname text NOT NULL DEFAULT '',
	div_address varchar(255) NOT NULL DEFAULT '',
	div_city varchar(255) NOT NULL DEFAULT '',
	div_zip varchar(255) NOT NULL DEFAULT '',
	div_countryid int(11) DEFAULT NULL,
	div_ten varchar(255) NOT NULL DEFAULT '',
	div_regon varchar(255) NOT NULL DEFAULT '',
	div_bank varchar(100) DEFAULT NULL,
	div_account varchar(48) NOT NULL DEFAULT '',
	div_inv_header text NOT NULL DEFAULT '',
	div_inv_footer text NOT NULL DEFAULT '',
	div_inv_author text NOT NULL DEFAULT '',
	div_inv_cplace text NOT NULL DEFAULT '',
	fullnumber varchar(50) DEFAULT NULL,
	cancelled smallint DEFAULT 0 NOT NULL,
	published tinyint(1) NOT NULL DEFAULT 0,
	comment text DEFAULT NULL,
	cuserid int(11) DEFAULT NULL,
	recipient_address_id int(11),
	recipient_ten varchar(50) DEFAULT NULL,
	recipient_type smallint DEFAULT NULL,
	recipient_address_id2 int(11) DEFAULT NULL,
	recipient_ten2 varchar(50) DEFAULT NULL,
	recipient_type2 smallint DEFAULT NULL,
	post_address_id int(11),
	template varchar(255) DEFAULT NULL,
	commitflags tinyint(1) NOT NULL DEFAULT 0,
	archived tinyint(1) NOT NULL DEFAULT 0,
	auserid int(11) DEFAULT NULL,
	adate int(16) DEFAULT 0 NOT NULL,
    currency varchar(3),
    currencyvalue decimal(17,10) DEFAULT 1.0,
	senddate int(16) NOT NULL DEFAULT '0',
	memo text DEFAULT NULL,
    confirmdate int(16) NOT NULL DEFAULT 0,
    flags smallint DEFAULT 0 NOT NULL,
    origin smallint DEFAULT NULL,
    extid varchar(64) DEFAULT NULL,
    PRIMARY KEY (id),
	INDEX cdate (cdate),
	INDEX numberplanid (numberplanid),
	INDEX customerid (customerid),
	INDEX closed (closed),
	INDEX reference (reference),
	KEY documents_type_idx (type),
	CONSTRAINT documents_recipient_address_id_fkey
	FOREIGN KEY (recipient_address_id) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_recipient_address_id2_fkey
		FOREIGN KEY (recipient_address_id2) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_post_address_id_fkey
		FOREIGN KEY (post_address_id) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_customerid_fkey
	FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_userid_fkey
	FOREIGN KEY (userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_cuserid_fkey
	FOREIGN KEY (cuserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_auserid_fkey
	FOREIGN KEY (auserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_numberplanid_fkey
	FOREIGN KEY (numberplanid) REFERENCES numberplans (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_divisionid_fkey
	FOREIGN KEY (divisionid) REFERENCES divisions (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_countryid_fkey
	FOREIGN KEY (countryid) REFERENCES countries (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_reference_fkey
	FOREIGN KEY (reference) REFERENCES documents (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT documents_div_countryid_fkey
	FOREIGN KEY (div_countryid) REFERENCES countries (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE voipaccounts (
	id 		        int(11) 	  NOT NULL auto_increment,
	ownerid 	    int(11) 	  DEFAULT NULL,
	login		    varchar(255)  NOT NULL DEFAULT '',
	passwd		    varchar(255)  NOT NULL DEFAULT '',
	access          tinyint(1)    NOT NULL DEFAULT '1',
	creationdate	int(16)		  NOT NULL DEFAULT 0,
	moddate		    int(16)		  NOT NULL DEFAULT 0,
	creatorid	    int(11)		  DEFAULT NULL,
	modid		    int(11)		  DEFAULT NULL,
	balance			decimal(12,5) NOT NULL DEFAULT 0,
	flags			smallint      NOT NULL DEFAULT 0,
	cost_limit		decimal(12,2) NULL DEFAULT NULL,
	address_id      int(11)       NULL DEFAULT NULL,
	description text NOT NULL DEFAULT '',
	serviceproviderid int(11) DEFAULT NULL,
	extid varchar(64) DEFAULT NULL,
	PRIMARY KEY (id),
	CONSTRAINT voipaccounts_address_id_fkey
		FOREIGN KEY (address_id) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT voipaccounts_ownerid_fkey
		FOREIGN KEY (ownerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT voipaccounts_creatorid_fkey
		FOREIGN KEY (creatorid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT voipaccounts_modid_fkey
		FOREIGN KEY (modid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT voipaccounts_serviceproviderid_fkey
		FOREIGN KEY (serviceproviderid) REFERENCES serviceproviders (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE voip_cdr (
	id int(11) AUTO_INCREMENT,
	caller              varchar(20)   NOT NULL,
	callee              varchar(20)   NOT NULL,
	call_start_time     int(16)       NOT NULL,
	creationdate        int(16)       DEFAULT NULL,
	totaltime           bigint        NOT NULL,
	billedtime          bigint        NOT NULL,
	price               decimal(12,5) NOT NULL,
	status              smallint      NOT NULL,
	direction           smallint      NOT NULL,
	type                smallint      NOT NULL DEFAULT 0,
	callervoipaccountid int(11)       NULL,
	calleevoipaccountid int(11)       NULL,
	caller_flags        smallint      NOT NULL DEFAULT '0',
	callee_flags        smallint      NOT NULL DEFAULT '0',
	caller_prefix_group varchar(100)  NULL,
	callee_prefix_group varchar(100)  NULL,
	uniqueid            varchar(80)   NOT NULL,
	fraction            varchar(256)  DEFAULT NULL,
	prefix              varchar(256)  DEFAULT NULL,
	prefixname          varchar(256)  DEFAULT NULL,
	incremental         smallint      NOT NULL DEFAULT 0,
	PRIMARY KEY (id),
	UNIQUE KEY voip_cdr_direction_uniqueid_ukey (uniqueid, direction),
	KEY voip_cdr_caller_idx (caller),
	KEY voip_cdr_callee_idx (callee),
	KEY voip_cdr_call_start_time_idx (call_start_time),
	KEY voip_cdr_creationdate_idx (creationdate),
	KEY voip_cdr_direction_idx (direction),
	KEY voip_cdr_type_idx (type),
	KEY voip_cdr_incremental_idx (incremental),
	FOREIGN KEY (callervoipaccountid) REFERENCES voipaccounts(id) ON DELETE SET NULL ON UPDATE CASCADE,
	FOREIGN KEY (calleevoipaccountid) REFERENCES voipaccounts(id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE voip_numbers (
	id int(11) AUTO_INCREMENT,
	voip_account_id int(11) NOT NULL,
	phone varchar(20) NOT NULL,
	number_index smallint NULL,
	info varchar(255) DEFAULT NULL,
	tariff_id int(11),
	UNIQUE(phone),
	UNIQUE(voip_account_id, number_index),
	FOREIGN KEY (voip_account_id) REFERENCES voipaccounts (id) ON DELETE CASCADE ON UPDATE CASCADE,
	FOREIGN KEY (tariff_id)       REFERENCES tariffs (id)      ON DELETE SET NULL ON UPDATE CASCADE,
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE cashimport (
	id int(11) NOT NULL auto_increment,
	date int(16) NOT NULL DEFAULT 0,
	value decimal(9,2) NOT NULL DEFAULT '0',
	customer text NOT NULL DEFAULT '',
	description text NOT NULL DEFAULT '',
	customerid int(11) DEFAULT NULL,
	hash varchar(50) NOT NULL DEFAULT '',
	closed tinyint(1) NOT NULL DEFAULT '0',
	sourceid int(11) DEFAULT NULL,
	sourcefileid int(11) DEFAULT NULL,
	srcaccount varchar(60) DEFAULT NULL,
	operdate int(16) DEFAULT NULL,
	extid varchar(64) DEFAULT NULL,
	PRIMARY KEY (id),
	UNIQUE KEY cashimport_sourceid_extid_ukey (sourceid, extid),
	INDEX hash (hash),
	INDEX customerid (customerid),
	INDEX sourceid (sourceid),
	INDEX sourcefileid (sourcefileid),
	INDEX cashimport_extid_idx (extid),
	CONSTRAINT cashimport_customerid_fkey
	FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT cashimport_sourceid_fkey
	FOREIGN KEY (sourceid) REFERENCES cashsources (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT cashimport_sourcefileid_fkey
	FOREIGN KEY (sourcefileid) REFERENCES sourcefiles (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE customerbalances (
    customerid int(11) NOT NULL,
    balance decimal(12,2) NOT NULL,
    CONSTRAINT customerbalances_customerid_fkey
        FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE cash (
  id int(11) NOT NULL auto_increment,
  time int(16) NOT NULL DEFAULT 0,
  type smallint NOT NULL DEFAULT '0',
  servicetype smallint DEFAULT NULL,
  userid int(11) DEFAULT NULL,
  value decimal(9,2) NOT NULL DEFAULT '0',
  taxid int(11) DEFAULT NULL,
  customerid int(11) DEFAULT NULL,
  comment text NOT NULL DEFAULT '',
  docid int(11) DEFAULT NULL,
  itemid smallint NOT NULL DEFAULT '0',
  importid int(11) DEFAULT NULL,
  sourceid int(11) DEFAULT NULL,
  linktechnology int(11) DEFAULT NULL,
  currency varchar(3),
  currencyvalue decimal(17,10) DEFAULT 1.0,
  notification smallint DEFAULT 1,
  PRIMARY KEY  (id),
  INDEX customerid (customerid),
  INDEX docid (docid),
  INDEX time (time),
  INDEX importid (importid),
  INDEX sourceid (sourceid),
  INDEX cash_linktechnology_idx (linktechnology),
  INDEX cash_notification_idx (notification),
  INDEX cash_docid_itemid_idx (docid, itemid),
  UNIQUE KEY cash_importid_ukey (importid),
  CONSTRAINT cash_customerid_fkey
  	FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT cash_userid_fkey
	FOREIGN KEY (userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT cash_taxid_fkey
	FOREIGN KEY (taxid) REFERENCES taxes (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT cash_docid_fkey
	FOREIGN KEY (docid) REFERENCES documents (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT cash_importid_fkey
	FOREIGN KEY (importid) REFERENCES cashimport (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT cash_sourceid_fkey
	FOREIGN KEY (sourceid) REFERENCES cashsources (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE nodes (
  id int(11) NOT NULL auto_increment,
  name varchar(32) NOT NULL DEFAULT '',
  login varchar(128) DEFAULT NULL,
  ipaddr int(16) unsigned NOT NULL DEFAULT '0',
  ipaddr_pub int(16) unsigned NOT NULL DEFAULT '0',
  passwd varchar(256) NOT NULL DEFAULT '',
  ownerid int(11) DEFAULT NULL,
  creationdate int(16) NOT NULL DEFAULT 0,
  moddate int(16) NOT NULL DEFAULT 0,
  creatorid int(11) DEFAULT NULL,
  modid int(11) DEFAULT NULL,
  netdev int(11) DEFAULT NULL,
  linktype tinyint(1) DEFAULT NULL,
  linkradiosector int(11) DEFAULT NULL,
  linkspeed int(11) DEFAULT NULL,
  linktechnology int(11) DEFAULT NULL,
  port smallint NOT NULL DEFAULT '0',
  access tinyint(1) NOT NULL DEFAULT '1',
  warning tinyint(1) NOT NULL DEFAULT '0',
  authtype smallint NOT NULL DEFAULT '0',
  chkmac tinyint(1) NOT NULL DEFAULT '1',
  halfduplex tinyint(1) NOT NULL DEFAULT '0',
  lastonline int(16) NOT NULL DEFAULT 0,
  info text NOT NULL DEFAULT '',
  nas tinyint(1) NOT NULL DEFAULT '0',
  longitude decimal(10, 6) DEFAULT NULL,
  latitude decimal(10, 6) DEFAULT NULL,
  netid int(11) NOT NULL DEFAULT '0',
  invprojectid int(11) DEFAULT NULL,
  address_id int(11),
  PRIMARY KEY  (id),
  UNIQUE KEY name (name),
  UNIQUE KEY ipaddr (ipaddr, netid),
  INDEX netdev (netdev),
  INDEX ownerid (ownerid),
  INDEX ipaddr_pub (ipaddr_pub),
  INDEX linkradiosector (linkradiosector),
  INDEX authtype (authtype),
  CONSTRAINT nodes_netdev_fkey
    FOREIGN KEY (netdev) REFERENCES netdevices (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT nodes_address_id_fkey
    FOREIGN KEY (address_id) REFERENCES addresses (id) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (netid) REFERENCES networks (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (invprojectid) REFERENCES invprojects(id) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (linkradiosector) REFERENCES netradiosectors (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT nodes_ownerid_fkey
    FOREIGN KEY (ownerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT nodes_creatorid_fkey
	FOREIGN KEY (creatorid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT nodes_modid_fkey
  	FOREIGN KEY (modid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE macs (
  id int(11)        NOT NULL auto_increment,
  mac varchar(17)   NOT NULL DEFAULT '',
  nodeid int(11)    NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY mac (mac, nodeid),
  FOREIGN KEY (nodeid) REFERENCES nodes (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE nodesessions (
	id int(11)		NOT NULL auto_increment,
	customerid int(11)	DEFAULT NULL,
	nodeid int(11)		DEFAULT NULL,
	ipaddr int(16) unsigned NOT NULL DEFAULT '0',
	mac varchar(17)		NOT NULL DEFAULT '',
	start int(16)		NOT NULL DEFAULT 0,
	stop int(16)		NOT NULL DEFAULT 0,
	download bigint		DEFAULT '0',
	upload bigint		DEFAULT '0',
	tag varchar(32)		NOT NULL DEFAULT '',
	terminatecause varchar(32) NOT NULL DEFAULT '',
	type smallint		NOT NULL DEFAULT '0',
    nasipaddr int(16) unsigned	DEFAULT NULL,
    nasport text		DEFAULT NULL,
    nasid text          DEFAULT NULL,
    location text       DEFAULT NULL,
	PRIMARY KEY (id),
	INDEX customerid (customerid),
	INDEX nodeid (nodeid),
	INDEX tag (tag),
	CONSTRAINT nodesessions_customerid_fkey
		FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT nodesessions_nodeid_fkey
		FOREIGN KEY (nodeid) REFERENCES nodes (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE rttickets (
  id int(11) NOT NULL auto_increment,
  queueid int(11) NOT NULL,
  requestor varchar(255) DEFAULT NULL,
  requestor_mail varchar(255) DEFAULT NULL,
  requestor_phone varchar(32) DEFAULT NULL,
  requestor_userid int(11) DEFAULT NULL,
  subject varchar(255) NOT NULL DEFAULT '',
  state tinyint(4) NOT NULL DEFAULT '0',
  cause tinyint(4) NOT NULL DEFAULT '0',
  owner int(11) DEFAULT NULL,
  customerid int(11) DEFAULT NULL,
  creatorid int(11) DEFAULT NULL,
  createtime int(16) NOT NULL DEFAULT 0,
  customcreatetime int(16) DEFAULT NULL,
  resolvetime int(16) NOT NULL DEFAULT 0,
  customresolvetime int(16) DEFAULT NULL,
  modtime int(16) NOT NULL DEFAULT 0,
  source tinyint(4) NOT NULL DEFAULT '0',
  priority tinyint(4) DEFAULT NULL,
  deleted tinyint(1) NOT NULL DEFAULT '0',
  deltime int(16) NOT NULL DEFAULT 0,
  deluserid int(11) DEFAULT NULL,
  address_id int(11) DEFAULT NULL,
  nodeid int(11) DEFAULT NULL,
  netnodeid int(11) DEFAULT NULL,
  netdevid int(11) DEFAULT NULL,
  verifierid int(11) DEFAULT NULL,
  verifier_rtime int(16) DEFAULT NULL,
  deadline int(16) DEFAULT NULL,
  service int(11) DEFAULT NULL,
  type int(11) DEFAULT NULL,
  parentid int(11) DEFAULT NULL,
  invprojectid int(11) DEFAULT NULL,
  PRIMARY KEY (id),
  INDEX queueid (queueid),
  INDEX customerid (customerid),
  INDEX creatorid (creatorid),
  INDEX createtime (createtime),
  CONSTRAINT rttickets_queueid_fkey
    FOREIGN KEY (queueid) REFERENCES rtqueues (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT rttickets_address_id_fkey
    FOREIGN KEY (address_id) REFERENCES addresses (id) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT rttickets_nodeid_fkey
    FOREIGN KEY (nodeid) REFERENCES nodes (id) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT rttickets_netnodeid_fkey
    FOREIGN KEY (netnodeid) REFERENCES netnodes (id) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT rttickets_customerid_fkey
    FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_deluserid_fkey
	FOREIGN KEY (deluserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_creatorid_fkey
	FOREIGN KEY (creatorid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_owner_fkey
	FOREIGN KEY (owner) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_requestor_userid_fkey
	FOREIGN KEY (requestor_userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_netdevid_fkey
	FOREIGN KEY (netdevid) REFERENCES netdevices (id) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT rttickets_verifierid_fkey
        FOREIGN KEY (verifierid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_invprojectid_fkey
        FOREIGN KEY (invprojectid) REFERENCES invprojects (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rttickets_parentid_fkey
        FOREIGN KEY (parentid) REFERENCES rttickets (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE rtmessages (
  id int(11) NOT NULL auto_increment,
  ticketid int(11) NOT NULL,
  userid int(11) DEFAULT NULL,
  customerid int(11) DEFAULT NULL,
  phonefrom varchar(20) NOT NULL DEFAULT '',
  mailfrom varchar(255) NOT NULL DEFAULT '',
  subject varchar(255) NOT NULL DEFAULT '',
  messageid varchar(255) NOT NULL DEFAULT '',
  inreplyto int(11) DEFAULT NULL,
  replyto text NOT NULL DEFAULT '',
  headers text NOT NULL DEFAULT '',
  body mediumtext NOT NULL DEFAULT '',
  createtime int(16) NOT NULL DEFAULT 0,
  type int(11) NOT NULL DEFAULT 0,
  deleted tinyint(1) NOT NULL DEFAULT '0',
  deltime int(16) NOT NULL DEFAULT 0,
  deluserid int(11) DEFAULT NULL,
  contenttype varchar(255) DEFAULT 'text/plain',
  extid varchar(64)	DEFAULT NULL,
  PRIMARY KEY  (id),
  INDEX ticketid (ticketid),
  CONSTRAINT rtmessages_ticketid_fkey
    FOREIGN KEY (ticketid) REFERENCES rttickets (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT rtmessages_customerid_fkey
    FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rtmessages_userid_fkey
	FOREIGN KEY (userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rtmessages_deluserid_fkey
    FOREIGN KEY (deluserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT rtmessages_inreplyto_fkey
	FOREIGN KEY (inreplyto) REFERENCES rtmessages (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE passwd (
    id int(11) NOT NULL auto_increment,
    ownerid int(11) DEFAULT NULL,
    login varchar(200) NOT NULL DEFAULT '',
    password varchar(200) NOT NULL DEFAULT '',
    lastlogin int(16) NOT NULL DEFAULT 0,
    uid int(11)	NOT NULL DEFAULT 0,
    home varchar(255) NOT NULL DEFAULT '',
    type smallint NOT NULL DEFAULT 0,
    expdate int(16) NOT NULL DEFAULT 0,
    domainid int(11) NOT NULL,
    quota_sh int(11) NOT NULL DEFAULT 0,
    quota_mail int(11) NOT NULL DEFAULT 0,
    quota_www int(11) NOT NULL DEFAULT 0,
    quota_ftp int(11) NOT NULL DEFAULT 0,
    quota_sql int(11) NOT NULL DEFAULT 0,
    quota_cloud int(11) NOT NULL DEFAULT 0,
    realname varchar(255) NOT NULL DEFAULT '',
    createtime int(16) NOT NULL DEFAULT 0,
    mail_forward varchar(255) NOT NULL DEFAULT '',
    mail_bcc varchar(255) NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE KEY (login, domainid),
    INDEX ownerid (ownerid),
	CONSTRAINT passwd_ownerid_fkey
		FOREIGN KEY (ownerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT passwd_domainid_fkey
		FOREIGN KEY (domainid) REFERENCES domains (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE aliases (
    id int(11) NOT NULL auto_increment,
    login varchar(255) NOT NULL DEFAULT '',
    domainid int(11) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY (login, domainid),
	CONSTRAINT aliases_domainid_fkey
		FOREIGN KEY (domainid) REFERENCES domains (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE events (
    id int(11) NOT NULL auto_increment,
    title varchar(255) NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    date int(16) NOT NULL DEFAULT 0,
    begintime int(11) NOT NULL DEFAULT '0',
    enddate int(16) NOT NULL DEFAULT 0,
    endtime int(11) NOT NULL DEFAULT '0',
    userid int(11) DEFAULT NULL,
    customerid int(11) DEFAULT NULL,
    private tinyint(1) NOT NULL DEFAULT '0',
    closed tinyint(1) NOT NULL DEFAULT '0',
    closeddate int(16) NOT NULL DEFAULT 0,
    closeduserid int(11) DEFAULT NULL,
    creationdate int(16) NOT NULL DEFAULT 0,
    moddate int(16) NOT NULL DEFAULT 0,
    moduserid int(11) DEFAULT NULL,
    type smallint NOT NULL DEFAULT 1,
    nodeid int(11) DEFAULT NULL,
    netnodeid int(11) DEFAULT NULL,
    netdevid int(11) DEFAULT NULL,
    ticketid int(11) DEFAULT NULL,
	address_id int(11) DEFAULT NULL,
    divisionid int(11) DEFAULT NULL,
    PRIMARY KEY (id),
    INDEX date (date),
    INDEX events_netnodeid_idx (netnodeid),
    INDEX events_netdevid_idx (netdevid),
    INDEX events_divisionid_idx (divisionid),
    KEY nodeid (nodeid),
	CONSTRAINT events_nodeid_fkey
		FOREIGN KEY (nodeid) REFERENCES nodes (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_ticketid_fkey
		FOREIGN KEY (ticketid) REFERENCES rttickets (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_netnodeid_fkey
		FOREIGN KEY (netnodeid) REFERENCES netnodes (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_netdevices_fkey
		FOREIGN KEY (netdevid) REFERENCES netdevices (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_address_id_fkey
		FOREIGN KEY (address_id) REFERENCES addresses (id) ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT events_customerid_fkey
		FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_userid_fkey
		FOREIGN KEY (userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_closeduserid_fkey
		FOREIGN KEY (closeduserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_moduserid_fkey
		FOREIGN KEY (moduserid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT events_divisionid_fkey
		FOREIGN KEY (divisionid) REFERENCES divisions (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE sessions (
    id varchar(100) NOT NULL DEFAULT '',
    ctime int(16) NOT NULL DEFAULT 0,
    mtime int(16) NOT NULL DEFAULT 0,
    atime int(16) NOT NULL DEFAULT 0,
    vdata text NOT NULL,
    content mediumtext NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE customercontacts (
	id 		int(11) 	NOT NULL auto_increment,
	customerid 	int(11) 	NOT NULL,
	name 		varchar(10000) 	NOT NULL DEFAULT '',
	contact		varchar(255) 	NOT NULL DEFAULT '',
	type        int(11) 	DEFAULT NULL,
	PRIMARY KEY (id),
	INDEX customerid (customerid),
	INDEX contact (contact),
	CONSTRAINT customercontacts_customerid_fkey
		FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE customercontactproperties (
    contactid   int(11)         NOT NULL,
    name        varchar(255)    NOT NULL,
    value       varchar(255)    NOT NULL,
    CONSTRAINT customercontactproperties_contactid_fkey
        FOREIGN KEY (contactid) REFERENCES customercontacts (id) ON DELETE CASCADE ON UPDATE CASCADE,
    KEY customercontactproperties_name_idx (name),
    KEY customercontactproperties_value_idx (value),
    UNIQUE KEY customercontactproperties_contactid_name_ukey (contactid, name)
) ENGINE=InnoDB;

CREATE TABLE messages (
	id 	int(11) 	NOT NULL auto_increment,
	subject varchar(255)	DEFAULT '' NOT NULL,
	body 	text		DEFAULT '' NOT NULL,
	cdate 	int(16)		DEFAULT 0 NOT NULL,
	type 	smallint	DEFAULT '0' NOT NULL,
	userid 	int(11)		DEFAULT NULL,
	sender 	varchar(255) 	DEFAULT NULL,
	contenttype 	varchar(255) 	DEFAULT 'text/plain',
	startdate int(16) DEFAULT NULL,
	PRIMARY KEY (id),
	INDEX messages_startdate_idx (startdate),
	INDEX cdate (cdate, type),
	INDEX userid (userid),
	CONSTRAINT messages_userid_fkey
		FOREIGN KEY (userid) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE messageitems (
	id 		int(11) 	NOT NULL auto_increment,
	messageid 	int(11)		NOT NULL,
	customerid 	int(11) 	DEFAULT NULL,
	destination 	varchar(255) 	DEFAULT '' NOT NULL,
	lastdate 	int(16)		DEFAULT 0 NOT NULL,
	status 		smallint	DEFAULT '0' NOT NULL,
	error 		text		DEFAULT NULL,
	lastreaddate 	int(16)		DEFAULT 0 NOT NULL,
	externalmsgid	varchar(64) DEFAULT NULL,
	subject varchar(255) DEFAULT NULL,
	body 		text		DEFAULT NULL,
	attributes text DEFAULT NULL,
	attempts smallint DEFAULT NULL,
	PRIMARY KEY (id),
	INDEX messageid (messageid),
	INDEX customerid (customerid),
    INDEX messageitems_attempts_idx (attempts),
	CONSTRAINT messageitems_customerid_fkey
		FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT messageitems_messageid_fkey
		FOREIGN KEY (messageid) REFERENCES messages (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE logmessagedata (
	logmessageid int(11)	NOT NULL,
	name varchar(32)	NOT NULL,
	value text		DEFAULT '',
	INDEX logmessageid (logmessageid),
	INDEX name (name),
	FOREIGN KEY (logmessageid) REFERENCES logmessages (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE passwdhistory (
	id int(11) NOT NULL auto_increment,
	userid int(11) NOT NULL,
	hash varchar(255) DEFAULT '' NOT NULL,
	FOREIGN KEY (userid) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE up_customers (
	id int(11) NOT NULL auto_increment,
	customerid int(11) DEFAULT NULL,
	lastlogindate int(16) NOT NULL DEFAULT 0,
	lastloginip varchar(40) NOT NULL DEFAULT '',
	failedlogindate int(16) NOT NULL DEFAULT 0,
	failedloginip varchar(40) NOT NULL DEFAULT '',
	enabled int(10) NOT NULL DEFAULT '0',
	PRIMARY KEY (id),
	CONSTRAINT up_customers_customerid_fkey
	FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE up_info_changes (
	id int(11) NOT NULL auto_increment,
	customerid int(11) DEFAULT NULL,
	fieldname varchar(255) NOT NULL DEFAULT '',
	fieldvalue varchar(255) NOT NULL DEFAULT '',
	cdate int(16) DEFAULT NULL,
	PRIMARY KEY (id),
	CONSTRAINT up_info_changes_customerid_fkey
	FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE up_sessions (
	id varchar(100) NOT NULL DEFAULT '',
	customerid int(11) NOT NULL,
	ctime int(16) NOT NULL DEFAULT 0,
	mtime int(16) NOT NULL DEFAULT 0,
	atime int(16) NOT NULL DEFAULT 0,
	vdata text NOT NULL,
	content mediumtext NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT up_sessions_customerid_fkey
		FOREIGN KEY (customerid) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
