-- FacturaScripts, a Spanish open-source ERP and invoicing application (names in Spanish):
-- transport agencies, sales agents (agentes), customers' and suppliers' delivery notes
-- (albaranes), warehouses, API keys and their access, accounting entries (asientos), product
-- attributes, attached files, cities and postal codes, customers (clientes), contacts
-- (contactos: the people and addresses of customers and suppliers), cron jobs, the chart of
-- accounts, the company's, customers' and suppliers' bank accounts.
-- Source: https://github.com/NeoRazorX/facturascripts, Core/Table/<table>.xml (one XML file per
--   table, from which FacturaScripts creates and updates its tables)
-- Commit: defd68f401d3cbde2823ca669d4e45893ca40eed
-- Licence: LGPL-3.0 (COPYING in the source)
-- Trimmed: the 23 tables whose names start with a to c (agenciastrans ... cuentasesp), of the
-- 83 in Core/Table; d-z (empresas, facturas*, pedidos*, presupuestos*, proveedores, users ...)
-- dropped. Transcribed as CREATE TABLE statements for PostgreSQL: the table and column names,
-- their order, types, NOT NULL and defaults as the XML gives them, and the primary key;
-- foreign keys and unique constraints dropped.
-- Held out: not seen while tuning the classifier (see labels_heldout.yaml).

CREATE TABLE agenciastrans (
    activo boolean NOT NULL DEFAULT true,
    codtrans character varying(8) NOT NULL,
    nombre character varying(100) NOT NULL,
    telefono character varying(30),
    web character varying(100),
    CONSTRAINT agenciastrans_pkey PRIMARY KEY (codtrans)
);

CREATE TABLE agentes (
    cargo character varying(100),
    cifnif character varying(30),
    codagente character varying(10) NOT NULL,
    debaja boolean DEFAULT false,
    email character varying(100),
    fechaalta date,
    fechabaja date,
    idcontacto integer,
    idproducto integer,
    nombre character varying(100) NOT NULL,
    observaciones text,
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    CONSTRAINT agentes_pkey PRIMARY KEY (codagente)
);

CREATE TABLE albaranescli (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codagente character varying(10),
    codalmacen character varying(4),
    codcliente character varying(10),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codigoenv character varying(200),
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codserie character varying(4) NOT NULL,
    codtrans character varying(8),
    direccion character varying(200),
    dtopor1 double precision,
    dtopor2 double precision,
    editable boolean,
    fecha date NOT NULL,
    femail date,
    hora time,
    idalbaran serial NOT NULL,
    idcontactoenv integer,
    idcontactofact integer,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    irpf double precision,
    neto double precision,
    netosindto double precision DEFAULT 0,
    nick character varying(50),
    nombrecliente character varying(100),
    numdocs integer DEFAULT 0,
    numero character varying(12) NOT NULL,
    numero2 character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totalbeneficio double precision,
    totalcoste double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision DEFAULT 0,
    CONSTRAINT albaranescli_pkey PRIMARY KEY (idalbaran)
);

CREATE TABLE albaranesprov (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codalmacen character varying(4),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    codserie character varying(4) NOT NULL,
    editable boolean,
    dtopor1 double precision,
    dtopor2 double precision,
    direccion character varying(200),
    fecha date NOT NULL,
    femail date,
    hora time,
    idalbaran serial NOT NULL,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    irpf double precision,
    neto double precision,
    netosindto double precision DEFAULT 0,
    nick character varying(50),
    nombre character varying(100) NOT NULL,
    numdocs integer DEFAULT 0,
    numero character varying(12) NOT NULL,
    numproveedor character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision DEFAULT 0,
    CONSTRAINT albaranesprov_pkey PRIMARY KEY (idalbaran)
);

CREATE TABLE almacenes (
    activo boolean DEFAULT true,
    apartado character varying(10),
    ciudad character varying(100),
    codalmacen character varying(4) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    direccion character varying(200),
    idempresa integer,
    nombre character varying(100) NOT NULL,
    provincia character varying(100),
    telefono character varying(30),
    CONSTRAINT almacenes_pkey PRIMARY KEY (codalmacen)
);

CREATE TABLE api_access (
    allowdelete boolean,
    allowget boolean,
    allowpost boolean,
    allowput boolean,
    id serial NOT NULL,
    idapikey integer NOT NULL,
    resource character varying(100) NOT NULL,
    CONSTRAINT api_access_pkey PRIMARY KEY (id)
);

CREATE TABLE api_keys (
    apikey character varying(99) NOT NULL,
    creationdate date NOT NULL,
    description character varying(150) NOT NULL,
    enabled boolean NOT NULL,
    fullaccess boolean DEFAULT false,
    lastactivity timestamp,
    lastip character varying(45),
    id serial NOT NULL,
    nick character varying(50),
    CONSTRAINT api_keys_pkey PRIMARY KEY (id)
);

CREATE TABLE asientos (
    canal integer,
    codejercicio character varying(4) NOT NULL,
    concepto character varying(255),
    documento character varying(50),
    editable boolean NOT NULL,
    fecha date NOT NULL,
    idasiento serial NOT NULL,
    iddiario integer,
    idempresa integer,
    importe double precision NOT NULL DEFAULT 0,
    numero integer NOT NULL,
    operacion character varying(1),
    CONSTRAINT asientos_pkey PRIMARY KEY (idasiento)
);

CREATE TABLE atributos (
    codatributo character varying(20) NOT NULL,
    nombre character varying(100) NOT NULL,
    num_selector integer NOT NULL DEFAULT 0,
    CONSTRAINT atributos_pkey PRIMARY KEY (codatributo)
);

CREATE TABLE atributos_valores (
    codatributo character varying(20) NOT NULL,
    descripcion character varying(200),
    id serial NOT NULL,
    valor character varying(100) NOT NULL,
    orden integer DEFAULT 100,
    CONSTRAINT atributos_valores_pkey PRIMARY KEY (id)
);

CREATE TABLE attached_files (
    date date NOT NULL,
    filename character varying(100) NOT NULL,
    hour time,
    idfile serial NOT NULL,
    mimetype character varying(100),
    path character varying(200) NOT NULL,
    size integer NOT NULL,
    CONSTRAINT attached_files_pkey PRIMARY KEY (idfile)
);

CREATE TABLE attached_files_rel (
    creationdate timestamp,
    id serial NOT NULL,
    idfile integer NOT NULL,
    model character varying(30) NOT NULL,
    modelid integer NOT NULL,
    modelcode character varying(40),
    nick character varying(50),
    observations text,
    orden integer,
    CONSTRAINT attached_files_rel_pkey PRIMARY KEY (id)
);

CREATE TABLE ciudades (
    alias text,
    ciudad character varying(100) NOT NULL,
    creation_date timestamp,
    codeid character varying(5),
    idciudad serial NOT NULL,
    idprovincia integer NOT NULL,
    last_nick character varying(50),
    last_update timestamp,
    latitude double precision,
    longitude double precision,
    nick character varying(50),
    CONSTRAINT ciudades_pkey PRIMARY KEY (idciudad)
);

CREATE TABLE clientes (
    cifnif character varying(30) NOT NULL,
    codagente character varying(10),
    codcliente character varying(10) NOT NULL,
    codgrupo character varying(6),
    codpago character varying(10),
    codproveedor character varying(10),
    codretencion character varying(10),
    codserie character varying(4),
    codsubcuenta character varying(15),
    codtarifa character varying(6),
    debaja boolean DEFAULT false,
    diaspago character varying(10),
    excepcioniva character varying(20),
    email character varying(100),
    fax character varying(30),
    fechaalta date,
    fechabaja date,
    idcontactoenv integer,
    idcontactofact integer,
    langcode character varying(10),
    nombre character varying(100) NOT NULL,
    observaciones text,
    operacion character varying(30),
    personafisica boolean DEFAULT true,
    razonsocial character varying(100),
    regimeniva character varying(50),
    riesgoalcanzado double precision,
    riesgomax double precision,
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    web character varying(100),
    CONSTRAINT clientes_pkey PRIMARY KEY (codcliente)
);

CREATE TABLE codigos_postales (
    codpais character varying(20) NOT NULL,
    creation_date timestamp,
    id serial NOT NULL,
    idciudad integer NOT NULL,
    idprovincia integer NOT NULL,
    last_nick character varying(50),
    last_update timestamp,
    nick character varying(50),
    number integer NOT NULL,
    CONSTRAINT codigos_postales_pkey PRIMARY KEY (id)
);

CREATE TABLE conceptos_partidas (
    codconcepto character varying(6) NOT NULL,
    descripcion character varying(255) NOT NULL,
    CONSTRAINT conceptos_partidas_pkey PRIMARY KEY (codconcepto)
);

CREATE TABLE contactos (
    aceptaprivacidad boolean DEFAULT false,
    admitemarketing boolean DEFAULT false,
    apartado character varying(10),
    apellidos character varying(150),
    cargo character varying(100),
    cifnif character varying(30),
    ciudad character varying(100),
    codagente character varying(10),
    codcliente character varying(10),
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    descripcion character varying(100),
    direccion character varying(200),
    email character varying(100),
    empresa character varying(100),
    fechaalta date,
    idcontacto serial NOT NULL,
    langcode character varying(10),
    nombre character varying(100),
    observaciones text,
    personafisica boolean DEFAULT true,
    provincia character varying(100),
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    verificado boolean DEFAULT false,
    web character varying(100),
    CONSTRAINT contactos_pkey PRIMARY KEY (idcontacto)
);

CREATE TABLE cronjobs (
    date timestamp,
    daily_exec integer DEFAULT 0,
    done boolean DEFAULT false,
    duration double precision DEFAULT 0,
    enabled boolean DEFAULT true,
    failed boolean DEFAULT false,
    fails integer DEFAULT 0,
    id serial NOT NULL,
    jobname character varying(50) NOT NULL,
    last_duration double precision DEFAULT 0,
    pluginname character varying(50),
    running integer DEFAULT 0,
    CONSTRAINT cronjobs_pkey PRIMARY KEY (id)
);

CREATE TABLE cuentas (
    codcuenta character varying(10) NOT NULL,
    codcuentaesp character varying(6),
    codejercicio character varying(4) NOT NULL,
    debe double precision,
    descripcion character varying(255),
    haber double precision,
    idcuenta serial NOT NULL,
    parent_codcuenta character varying(10),
    parent_idcuenta integer,
    saldo double precision,
    CONSTRAINT cuentas_pkey PRIMARY KEY (idcuenta)
);

CREATE TABLE cuentasbanco (
    activa boolean DEFAULT true,
    codcuenta character varying(10) NOT NULL,
    codsubcuenta character varying(15),
    codsubcuentagasto character varying(15),
    descripcion character varying(100) NOT NULL,
    iban character varying(34),
    idempresa integer,
    sufijosepa character varying(3),
    swift character varying(11),
    CONSTRAINT cuentasbanco_pkey PRIMARY KEY (codcuenta)
);

CREATE TABLE cuentasbcocli (
    codcliente character varying(10) NOT NULL,
    codcuenta character varying(10) NOT NULL,
    descripcion character varying(100),
    fmandato date,
    iban character varying(34),
    mandato character varying(35),
    principal boolean,
    swift character varying(11),
    CONSTRAINT cuentasbcocli_pkey PRIMARY KEY (codcuenta)
);

CREATE TABLE cuentasbcopro (
    codcuenta character varying(10) NOT NULL,
    codproveedor character varying(10) NOT NULL,
    descripcion character varying(100),
    iban character varying(34),
    principal boolean,
    swift character varying(11),
    CONSTRAINT cuentasbcopro_pkey PRIMARY KEY (codcuenta)
);

CREATE TABLE cuentasesp (
    codcuentaesp character varying(6) NOT NULL,
    descripcion character varying(255) NOT NULL,
    CONSTRAINT cuentasesp_pkey PRIMARY KEY (codcuentaesp)
);
