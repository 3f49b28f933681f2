-- Wide World Importers: Microsoft's sample database of a wholesale novelty-goods distributor
-- (SQL Server): its people (staff, and the contact persons of customers and suppliers), its
-- business customers and suppliers, orders, invoices, transactions and delivery vans, and the
-- lookup tables of places and methods.
-- Source: https://github.com/microsoft/sql-server-samples,
--   samples/databases/wide-world-importers/wwi-ssdt/wwi-ssdt/<Schema>/Tables/<Table>.sql
-- Commit: 481085dc95720244a359f1311afd6003e0bcc09c
-- Licence: MIT (license.txt in the source: "Microsoft SQL Server Sample Code ... MIT License")
-- Trimmed: 17 of the 31 tables (no stock items, holdings or transactions, order and invoice
-- lines, special deals, colours, package types, cold-room temperatures, archive and
-- data-load-simulation tables). Column lines keep their names and types; named DEFAULT
-- constraints, MASKED WITH clauses, GENERATED ALWAYS AS ROW START/END, table constraints and
-- PERIOD FOR SYSTEM_TIME are dropped; computed columns keep their expressions.

CREATE TABLE [Application].[People] (
    [PersonID]                INT                                         NOT NULL,
    [FullName]                NVARCHAR (50)                               NOT NULL,
    [PreferredName]           NVARCHAR (50)                               NOT NULL,
    [SearchName]              AS                                          (concat([PreferredName],N' ',[FullName])) PERSISTED NOT NULL,
    [IsPermittedToLogon]      BIT                                         NOT NULL,
    [LogonName]               NVARCHAR (256)                              NULL,
    [IsExternalLogonProvider] BIT                                         NOT NULL,
    [HashedPassword]          VARBINARY (MAX)                             NULL,
    [IsSystemUser]            BIT                                         NOT NULL,
    [IsEmployee]              BIT                                         NOT NULL,
    [IsSalesperson]           BIT                                         NOT NULL,
    [UserPreferences]         NVARCHAR (MAX)                              NULL,
    [PhoneNumber]             NVARCHAR (20)                               NULL,
    [FaxNumber]               NVARCHAR (20)                               NULL,
    [EmailAddress]            NVARCHAR (256)                              NULL,
    [Photo]                   VARBINARY (MAX)                             NULL,
    [CustomFields]            NVARCHAR (MAX)                              NULL,
    [OtherLanguages]          AS                                          (json_query([CustomFields],N'$.OtherLanguages')),
    [LastEditedBy]            INT                                         NOT NULL,
    [ValidFrom]               DATETIME2 (7) NOT NULL,
    [ValidTo]                 DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Application].[Cities] (
    [CityID]                   INT                                         NOT NULL,
    [CityName]                 NVARCHAR (50)                               NOT NULL,
    [StateProvinceID]          INT                                         NOT NULL,
    [Location]                 [sys].[geography]                           NULL,
    [LatestRecordedPopulation] BIGINT                                      NULL,
    [LastEditedBy]             INT                                         NOT NULL,
    [ValidFrom]                DATETIME2 (7) NOT NULL,
    [ValidTo]                  DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Application].[StateProvinces] (
    [StateProvinceID]          INT                                         NOT NULL,
    [StateProvinceCode]        NVARCHAR (5)                                NOT NULL,
    [StateProvinceName]        NVARCHAR (50)                               NOT NULL,
    [CountryID]                INT                                         NOT NULL,
    [SalesTerritory]           NVARCHAR (50)                               NOT NULL,
    [Border]                   [sys].[geography]                           NULL,
    [LatestRecordedPopulation] BIGINT                                      NULL,
    [LastEditedBy]             INT                                         NOT NULL,
    [ValidFrom]                DATETIME2 (7) NOT NULL,
    [ValidTo]                  DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Application].[Countries] (
    [CountryID]                INT                                         NOT NULL,
    [CountryName]              NVARCHAR (60)                               NOT NULL,
    [FormalName]               NVARCHAR (60)                               NOT NULL,
    [IsoAlpha3Code]            NVARCHAR (3)                                NULL,
    [IsoNumericCode]           INT                                         NULL,
    [CountryType]              NVARCHAR (20)                               NULL,
    [LatestRecordedPopulation] BIGINT                                      NULL,
    [Continent]                NVARCHAR (30)                               NOT NULL,
    [Region]                   NVARCHAR (30)                               NOT NULL,
    [Subregion]                NVARCHAR (30)                               NOT NULL,
    [Border]                   [sys].[geography]                           NULL,
    [LastEditedBy]             INT                                         NOT NULL,
    [ValidFrom]                DATETIME2 (7) NOT NULL,
    [ValidTo]                  DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Application].[DeliveryMethods] (
    [DeliveryMethodID]   INT                                         NOT NULL,
    [DeliveryMethodName] NVARCHAR (50)                               NOT NULL,
    [LastEditedBy]       INT                                         NOT NULL,
    [ValidFrom]          DATETIME2 (7) NOT NULL,
    [ValidTo]            DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Application].[PaymentMethods] (
    [PaymentMethodID]   INT                                         NOT NULL,
    [PaymentMethodName] NVARCHAR (50)                               NOT NULL,
    [LastEditedBy]      INT                                         NOT NULL,
    [ValidFrom]         DATETIME2 (7) NOT NULL,
    [ValidTo]           DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Application].[SystemParameters] (
    [SystemParameterID]    INT               NOT NULL,
    [DeliveryAddressLine1] NVARCHAR (60)     NOT NULL,
    [DeliveryAddressLine2] NVARCHAR (60)     NULL,
    [DeliveryCityID]       INT               NOT NULL,
    [DeliveryPostalCode]   NVARCHAR (10)     NOT NULL,
    [DeliveryLocation]     [sys].[geography] NOT NULL,
    [PostalAddressLine1]   NVARCHAR (60)     NOT NULL,
    [PostalAddressLine2]   NVARCHAR (60)     NULL,
    [PostalCityID]         INT               NOT NULL,
    [PostalPostalCode]     NVARCHAR (10)     NOT NULL,
    [ApplicationSettings]  NVARCHAR (MAX)    NOT NULL,
    [LastEditedBy]         INT               NOT NULL,
    [LastEditedWhen]       DATETIME2 (7)     NOT NULL
);

CREATE TABLE [Sales].[BuyingGroups] (
    [BuyingGroupID]   INT                                         NOT NULL,
    [BuyingGroupName] NVARCHAR (50)                               NOT NULL,
    [LastEditedBy]    INT                                         NOT NULL,
    [ValidFrom]       DATETIME2 (7) NOT NULL,
    [ValidTo]         DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Sales].[CustomerCategories] (
    [CustomerCategoryID]   INT                                         NOT NULL,
    [CustomerCategoryName] NVARCHAR (50)                               NOT NULL,
    [LastEditedBy]         INT                                         NOT NULL,
    [ValidFrom]            DATETIME2 (7) NOT NULL,
    [ValidTo]              DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Sales].[Customers] (
    [CustomerID]                 INT                                         NOT NULL,
    [CustomerName]               NVARCHAR (100)                              NOT NULL,
    [BillToCustomerID]           INT                                         NOT NULL,
    [CustomerCategoryID]         INT                                         NOT NULL,
    [BuyingGroupID]              INT                                         NULL,
    [PrimaryContactPersonID]     INT                                         NOT NULL,
    [AlternateContactPersonID]   INT                                         NULL,
    [DeliveryMethodID]           INT                                         NOT NULL,
    [DeliveryCityID]             INT                                         NOT NULL,
    [PostalCityID]               INT                                         NOT NULL,
    [CreditLimit]                DECIMAL (18, 2)                             NULL,
    [AccountOpenedDate]          DATE                                        NOT NULL,
    [StandardDiscountPercentage] DECIMAL (18, 3)                             NOT NULL,
    [IsStatementSent]            BIT                                         NOT NULL,
    [IsOnCreditHold]             BIT                                         NOT NULL,
    [PaymentDays]                INT                                         NOT NULL,
    [PhoneNumber]                NVARCHAR (20)                               NOT NULL,
    [FaxNumber]                  NVARCHAR (20)                               NOT NULL,
    [DeliveryRun]                NVARCHAR (5)                                NULL,
    [RunPosition]                NVARCHAR (5)                                NULL,
    [WebsiteURL]                 NVARCHAR (256)                              NOT NULL,
    [DeliveryAddressLine1]       NVARCHAR (60)                               NOT NULL,
    [DeliveryAddressLine2]       NVARCHAR (60)                               NULL,
    [DeliveryPostalCode]         NVARCHAR (10)                               NOT NULL,
    [DeliveryLocation]           [sys].[geography]                           NULL,
    [PostalAddressLine1]         NVARCHAR (60)                               NOT NULL,
    [PostalAddressLine2]         NVARCHAR (60)                               NULL,
    [PostalPostalCode]           NVARCHAR (10)                               NOT NULL,
    [LastEditedBy]               INT                                         NOT NULL,
    [ValidFrom]                  DATETIME2 (7) NOT NULL,
    [ValidTo]                    DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Sales].[Orders] (
    [OrderID]                     INT            NOT NULL,
    [CustomerID]                  INT            NOT NULL,
    [SalespersonPersonID]         INT            NOT NULL,
    [PickedByPersonID]            INT            NULL,
    [ContactPersonID]             INT            NOT NULL,
    [BackorderOrderID]            INT            NULL,
    [OrderDate]                   DATE           NOT NULL,
    [ExpectedDeliveryDate]        DATE           NOT NULL,
    [CustomerPurchaseOrderNumber] NVARCHAR (20)  NULL,
    [IsUndersupplyBackordered]    BIT            NOT NULL,
    [Comments]                    NVARCHAR (MAX) NULL,
    [DeliveryInstructions]        NVARCHAR (MAX) NULL,
    [InternalComments]            NVARCHAR (MAX) NULL,
    [PickingCompletedWhen]        DATETIME2 (7)  NULL,
    [LastEditedBy]                INT            NOT NULL,
    [LastEditedWhen]              DATETIME2 (7)  NOT NULL
);

CREATE TABLE [Sales].[Invoices] (
    [InvoiceID]                   INT            NOT NULL,
    [CustomerID]                  INT            NOT NULL,
    [BillToCustomerID]            INT            NOT NULL,
    [OrderID]                     INT            NULL,
    [DeliveryMethodID]            INT            NOT NULL,
    [ContactPersonID]             INT            NOT NULL,
    [AccountsPersonID]            INT            NOT NULL,
    [SalespersonPersonID]         INT            NOT NULL,
    [PackedByPersonID]            INT            NOT NULL,
    [InvoiceDate]                 DATE           NOT NULL,
    [CustomerPurchaseOrderNumber] NVARCHAR (20)  NULL,
    [IsCreditNote]                BIT            NOT NULL,
    [CreditNoteReason]            NVARCHAR (MAX) NULL,
    [Comments]                    NVARCHAR (MAX) NULL,
    [DeliveryInstructions]        NVARCHAR (MAX) NULL,
    [InternalComments]            NVARCHAR (MAX) NULL,
    [TotalDryItems]               INT            NOT NULL,
    [TotalChillerItems]           INT            NOT NULL,
    [DeliveryRun]                 NVARCHAR (5)   NULL,
    [RunPosition]                 NVARCHAR (5)   NULL,
    [ReturnedDeliveryData]        NVARCHAR (MAX) NULL,
    [ConfirmedDeliveryTime]       AS             (TRY_CONVERT([datetime2](7),json_value([ReturnedDeliveryData],N'$.DeliveredWhen'),(126))),
    [ConfirmedReceivedBy]         AS             (json_value([ReturnedDeliveryData],N'$.ReceivedBy')),
    [LastEditedBy]                INT            NOT NULL,
    [LastEditedWhen]              DATETIME2 (7)  NOT NULL
);

CREATE TABLE [Sales].[CustomerTransactions] (
    [CustomerTransactionID] INT             NOT NULL,
    [CustomerID]            INT             NOT NULL,
    [TransactionTypeID]     INT             NOT NULL,
    [InvoiceID]             INT             NULL,
    [PaymentMethodID]       INT             NULL,
    [TransactionDate]       DATE            NOT NULL,
    [AmountExcludingTax]    DECIMAL (18, 2) NOT NULL,
    [TaxAmount]             DECIMAL (18, 2) NOT NULL,
    [TransactionAmount]     DECIMAL (18, 2) NOT NULL,
    [OutstandingBalance]    DECIMAL (18, 2) NOT NULL,
    [FinalizationDate]      DATE            NULL,
    [IsFinalized]           AS              (case when [FinalizationDate] IS NULL then CONVERT([bit],(0)) else CONVERT([bit],(1)) end) PERSISTED,
    [LastEditedBy]          INT             NOT NULL,
    [LastEditedWhen]        DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Purchasing].[SupplierCategories] (
    [SupplierCategoryID]   INT                                         NOT NULL,
    [SupplierCategoryName] NVARCHAR (50)                               NOT NULL,
    [LastEditedBy]         INT                                         NOT NULL,
    [ValidFrom]            DATETIME2 (7) NOT NULL,
    [ValidTo]              DATETIME2 (7)   NOT NULL
);

CREATE TABLE [Purchasing].[Suppliers] (
    [SupplierID]               INT                                                NOT NULL,
    [SupplierName]             NVARCHAR (100)                                     NOT NULL,
    [SupplierCategoryID]       INT                                                NOT NULL,
    [PrimaryContactPersonID]   INT                                                NOT NULL,
    [AlternateContactPersonID] INT                                                NOT NULL,
    [DeliveryMethodID]         INT                                                NULL,
    [DeliveryCityID]           INT                                                NOT NULL,
    [PostalCityID]             INT                                                NOT NULL,
    [SupplierReference]        NVARCHAR (20)                                      NULL,
    [BankAccountName]          NVARCHAR (50) NULL,
    [BankAccountBranch]        NVARCHAR (50) NULL,
    [BankAccountCode]          NVARCHAR (20) NULL,
    [BankAccountNumber]        NVARCHAR (20) NULL,
    [BankInternationalCode]    NVARCHAR (20) NULL,
    [PaymentDays]              INT                                                NOT NULL,
    [InternalComments]         NVARCHAR (MAX)                                     NULL,
    [PhoneNumber]              NVARCHAR (20)                                      NOT NULL,
    [FaxNumber]                NVARCHAR (20)                                      NOT NULL,
    [WebsiteURL]               NVARCHAR (256)                                     NOT NULL,
    [DeliveryAddressLine1]     NVARCHAR (60)                                      NOT NULL,
    [DeliveryAddressLine2]     NVARCHAR (60)                                      NULL,
    [DeliveryPostalCode]       NVARCHAR (10)                                      NOT NULL,
    [DeliveryLocation]         [sys].[geography]                                  NULL,
    [PostalAddressLine1]       NVARCHAR (60)                                      NOT NULL,
    [PostalAddressLine2]       NVARCHAR (60)                                      NULL,
    [PostalPostalCode]         NVARCHAR (10)                                      NOT NULL,
    [LastEditedBy]             INT                                                NOT NULL,
    [ValidFrom]                DATETIME2 (7)        NOT NULL,
    [ValidTo]                  DATETIME2 (7)          NOT NULL
);

CREATE TABLE [Purchasing].[PurchaseOrders] (
    [PurchaseOrderID]      INT            NOT NULL,
    [SupplierID]           INT            NOT NULL,
    [OrderDate]            DATE           NOT NULL,
    [DeliveryMethodID]     INT            NOT NULL,
    [ContactPersonID]      INT            NOT NULL,
    [ExpectedDeliveryDate] DATE           NULL,
    [SupplierReference]    NVARCHAR (20)  NULL,
    [IsOrderFinalized]     BIT            NOT NULL,
    [Comments]             NVARCHAR (MAX) NULL,
    [InternalComments]     NVARCHAR (MAX) NULL,
    [LastEditedBy]         INT            NOT NULL,
    [LastEditedWhen]       DATETIME2 (7)  NOT NULL
);

CREATE TABLE [Warehouse].[VehicleTemperatures] (
    [VehicleTemperatureID] BIGINT          IDENTITY (1, 1) NOT NULL,
    [VehicleRegistration]  NVARCHAR (20)   COLLATE Latin1_General_CI_AS NOT NULL,
    [ChillerSensorNumber]  INT             NOT NULL,
    [RecordedWhen]         DATETIME2 (7)   NOT NULL,
    [Temperature]          DECIMAL (10, 2) NOT NULL,
    [FullSensorData]       NVARCHAR (1000) COLLATE Latin1_General_CI_AS NULL,
    [IsCompressed]         BIT             NOT NULL,
    [CompressedSensorData] VARBINARY (MAX) NULL
);

