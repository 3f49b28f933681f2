-- Bitwarden, the open-source password manager, as its server stores vaults and accounts in SQL
-- Server: users (name, e-mail, master password hash, salt and hint, security stamp, two-factor
-- providers and recovery code, encryption keys and key-derivation settings, API key, premium and
-- billing references, failed logins, avatar colour), their devices (identifier, push token,
-- encrypted keys), passwordless login requests (the requesting device, IP address and country,
-- access code, keys), emergency access grants, OAuth grants, SSO users and configurations,
-- WebAuthn (passkey) credentials, organisations (the business's name, address, country, tax
-- number, billing e-mail, plan and keys) with their members, groups, collections, policies and API
-- keys, providers (resellers and MSPs) and their users, the event log (acting user, device type,
-- IP address), billing transactions, Sends (shared secrets with their passwords and recipient
-- e-mails), ciphers (the encrypted vault items) and folders, notifications, self-hosted
-- installations, sponsorships (the e-mail a sponsorship is offered to), Secrets Manager secrets
-- and access tokens, and access requests to shared items.
-- Source: https://github.com/bitwarden/server, src/Sql/dbo/**/Tables/<Table>.sql (the SQL Server
--   database project: one file per table)
-- Commit: ac309aa19ed351406a56032d5f26a7a9a99f4abd (the tables last changed in
--   bc454044d6d6a88ff754e88c9ae74e9ef2fc82db)
-- Licence: AGPL-3.0 (LICENSE.txt in the source: AGPL v3.0 throughout the repository except the
--   /bitwarden_license directory, which no file here comes from)
-- Trimmed: 27 of the project's 61 tables; dropped are the cache, collection-cipher, -group and
-- -user links, group users, notification statuses, the organisation's connections, domains,
-- integrations and their configurations, invite links, installations, applications and reports,
-- password health applications, plan-migration cohorts, provider organisations, plans and invoice
-- items, client migration records, subscription discounts, tax rates, play items, security tasks,
-- user signature key pairs, Secrets Manager projects, project secrets, secret versions, service
-- accounts and access policies, and the access leases, decisions and rules. The kept CREATE TABLE
-- statements are copied as written, with their constraints, in this order: users and their
-- authentication, organisations and providers, events and billing, the vault, the rest; the
-- indexes and GO separators that follow them are dropped, line endings are normalised and the one
-- statement without a closing semicolon (EmergencyAccess) gets one.
-- Development source since the ninth held-out set was measured (see labels.yaml).

CREATE TABLE [dbo].[User] (
    [Id]                               UNIQUEIDENTIFIER NOT NULL,
    [Name]                             NVARCHAR (50)    NULL,
    [Email]                            NVARCHAR (256)   NOT NULL,
    [EmailVerified]                    BIT              NOT NULL,
    [MasterPassword]                   NVARCHAR (300)   NULL,
    [MasterPasswordHint]               NVARCHAR (50)    NULL,
    [Culture]                          NVARCHAR (10)    NOT NULL,
    [SecurityStamp]                    NVARCHAR (50)    NOT NULL,
    [TwoFactorProviders]               NVARCHAR (MAX)   NULL,
    [TwoFactorRecoveryCode]            NVARCHAR (32)    NULL,
    [EquivalentDomains]                NVARCHAR (MAX)   NULL,
    [ExcludedGlobalEquivalentDomains]  NVARCHAR (MAX)   NULL,
    [AccountRevisionDate]              DATETIME2 (7)    NOT NULL,
    [Key]                              VARCHAR (MAX)    NULL,
    [PublicKey]                        VARCHAR (MAX)    NULL,
    [PrivateKey]                       VARCHAR (MAX)    NULL,
    [Premium]                          BIT              NOT NULL,
    [PremiumExpirationDate]            DATETIME2 (7)    NULL,
    [RenewalReminderDate]              DATETIME2 (7)    NULL,
    [Storage]                          BIGINT           NULL,
    [MaxStorageGb]                     SMALLINT         NULL,
    [Gateway]                          TINYINT          NULL,
    [GatewayCustomerId]                VARCHAR (50)     NULL,
    [GatewaySubscriptionId]            VARCHAR (50)     NULL,
    [ReferenceData]                    NVARCHAR (MAX)   NULL,
    [LicenseKey]                       VARCHAR (100)    NULL,
    [Kdf]                              TINYINT          NOT NULL,
    [KdfIterations]                    INT              NOT NULL,
    [KdfMemory]                        INT              NULL,
    [KdfParallelism]                   INT              NULL,
    [CreationDate]                     DATETIME2 (7)    NOT NULL,
    [RevisionDate]                     DATETIME2 (7)    NOT NULL,
    [ApiKey]                           VARCHAR (30)     NOT NULL,
    [ForcePasswordReset]               BIT              NOT NULL,
    [UsesKeyConnector]                 BIT              NOT NULL,
    [FailedLoginCount]                 INT              CONSTRAINT [D_User_FailedLoginCount] DEFAULT ((0)) NOT NULL,
    [LastFailedLoginDate]              DATETIME2 (7)    NULL,
    [AvatarColor]                      VARCHAR(7)       NULL,
    [LastPasswordChangeDate]           DATETIME2 (7)    NULL,
    [LastKdfChangeDate]                DATETIME2 (7)    NULL,
    [LastKeyRotationDate]              DATETIME2 (7)    NULL,
    [LastEmailChangeDate]              DATETIME2 (7)    NULL,
    [VerifyDevices]                    BIT              DEFAULT ((1)) NOT NULL,
    [SecurityState]                    VARCHAR (MAX)    NULL,
    [SecurityVersion]                  INT              NULL,
    [SignedPublicKey]                  VARCHAR (MAX)    NULL,
    [MaxStorageGbIncreased]            SMALLINT         NULL,
    [V2UpgradeToken]                   VARCHAR(MAX)     NULL,
    [MasterPasswordSalt]               NVARCHAR (256)   NULL,
    [LastApiKeyRotationDate]           DATETIME2 (7)    NULL,
    [UserKeyId]                        VARCHAR (32)     NULL,
    CONSTRAINT [PK_User] PRIMARY KEY CLUSTERED ([Id] ASC)
);

CREATE TABLE [dbo].[Device] (
    [Id]                  UNIQUEIDENTIFIER NOT NULL,
    [UserId]              UNIQUEIDENTIFIER NOT NULL,
    [Name]                NVARCHAR (50)    NOT NULL,
    [Type]                SMALLINT         NOT NULL,
    [Identifier]          NVARCHAR (50)    NOT NULL,
    [PushToken]           NVARCHAR (255)   NULL,
    [CreationDate]        DATETIME2 (7)    NOT NULL,
    [RevisionDate]        DATETIME2 (7)    NOT NULL,
    [EncryptedUserKey]    VARCHAR (MAX)    NULL,
    [EncryptedPublicKey]  VARCHAR (MAX)    NULL,
    [EncryptedPrivateKey] VARCHAR (MAX)    NULL,
    [Active]              BIT              NOT NULL CONSTRAINT [DF_Device_Active] DEFAULT (1),
    [LastActivityDate]    DATETIME2 (7)    NULL,
    [ClientVersion]       NVARCHAR (43)    NULL,
    CONSTRAINT [PK_Device] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Device_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[AuthRequest] (
    [Id]                        UNIQUEIDENTIFIER NOT NULL,
    [UserId]                    UNIQUEIDENTIFIER NOT NULL,
    [Type]                      SMALLINT         NOT NULL,
    [RequestDeviceIdentifier]   NVARCHAR(50)     NOT NULL,
    [RequestDeviceType]         SMALLINT         NOT NULL,
    [RequestIpAddress]          VARCHAR(50)      NOT NULL,
    [ResponseDeviceId]          UNIQUEIDENTIFIER NULL,
    [AccessCode]                VARCHAR(25)      NOT NULL,
    [PublicKey]                 VARCHAR(MAX)     NOT NULL,
    [Key]                       VARCHAR(MAX)     NULL,
    [MasterPasswordHash]        VARCHAR(MAX)     NULL,
    [Approved]                  BIT              NULL,
    [CreationDate]              DATETIME2 (7)    NOT NULL,
    [ResponseDate]              DATETIME2 (7)    NULL,
    [AuthenticationDate]        DATETIME2 (7)    NULL,
    [OrganizationId]            UNIQUEIDENTIFIER NULL,
    [RequestCountryName]        NVARCHAR(200)     NULL,
    CONSTRAINT [PK_AuthRequest] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_AuthRequest_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
    CONSTRAINT [FK_AuthRequest_ResponseDevice] FOREIGN KEY ([ResponseDeviceId]) REFERENCES [dbo].[Device] ([Id]),
    CONSTRAINT [FK_AuthRequest_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id])
);

CREATE TABLE [dbo].[EmergencyAccess]
(
	[Id]                    UNIQUEIDENTIFIER NOT NULL,
    [GrantorId]             UNIQUEIDENTIFIER NOT NULL,
    [GranteeId]             UNIQUEIDENTIFIER NULL,
    [Email]                 NVARCHAR (256)   NULL,
    [KeyEncrypted]          VARCHAR (MAX)    NULL,
    [WaitTimeDays]          SMALLINT         NULL,
    [Type]                  TINYINT          NOT NULL,
    [Status]                TINYINT          NOT NULL,
    [RecoveryInitiatedDate] DATETIME2 (7)    NULL,
    [LastNotificationDate]  DATETIME2 (7)    NULL,
    [CreationDate]          DATETIME2 (7)    NOT NULL,
    [RevisionDate]          DATETIME2 (7)    NOT NULL,
    CONSTRAINT [PK_EmergencyAccess] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_EmergencyAccess_GrantorId] FOREIGN KEY ([GrantorId]) REFERENCES [dbo].[User] ([Id]),
    CONSTRAINT [FK_EmergencyAccess_GranteeId] FOREIGN KEY ([GranteeId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[Grant]
(
    [Id] INT NOT NULL IDENTITY(1,1),
    [Key] NVARCHAR (200) NOT NULL,
    [Type] NVARCHAR (50) NOT NULL,
    [SubjectId] NVARCHAR (200) NULL,
    [SessionId] NVARCHAR (100) NULL,
    [ClientId] NVARCHAR (200) NOT NULL,
    [Description] NVARCHAR (200) NULL,
    [CreationDate] DATETIME2 (7) NOT NULL,
    [ExpirationDate] DATETIME2 (7) NULL,
    [ConsumedDate] DATETIME2 (7) NULL,
    [Data] NVARCHAR (MAX) NOT NULL,
    CONSTRAINT [PK_Grant] PRIMARY KEY CLUSTERED ([Id] ASC)
);

CREATE TABLE [dbo].[SsoUser] (
    [Id]                BIGINT           IDENTITY (1, 1) NOT NULL,
    [UserId]            UNIQUEIDENTIFIER NOT NULL,
    [OrganizationId]    UNIQUEIDENTIFIER NULL,
    [ExternalId]        NVARCHAR(300)    NOT NULL,
    [CreationDate]      DATETIME2 (7)    NOT NULL,
    CONSTRAINT [PK_SsoUser] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_SsoUser_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_SsoUser_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id])
);

CREATE TABLE [dbo].[SsoConfig] (
    [Id]                 BIGINT              IDENTITY (1, 1) NOT NULL,
    [Enabled]            BIT                 NOT NULL,
    [OrganizationId]     UNIQUEIDENTIFIER    NOT NULL,
    [Data]               NVARCHAR (MAX)      NULL,
    [CreationDate]       DATETIME2 (7)       NOT NULL,
    [RevisionDate]       DATETIME2 (7)       NOT NULL,
    CONSTRAINT [PK_SsoConfig] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_SsoConfig_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id])
);

CREATE TABLE [dbo].[WebAuthnCredential] (
    [Id]                    UNIQUEIDENTIFIER NOT NULL,
    [UserId]                UNIQUEIDENTIFIER NOT NULL,
    [Name]                  NVARCHAR (50)    NOT NULL,
    [PublicKey]             VARCHAR (256)    NOT NULL,
    [CredentialId]          VARCHAR (256)    NOT NULL,
    [Counter]               INT              NOT NULL,
    [Type]                  VARCHAR (20)     NULL,
    [AaGuid]                UNIQUEIDENTIFIER NOT NULL,
    [EncryptedUserKey]      VARCHAR (MAX)    NULL,
    [EncryptedPrivateKey]   VARCHAR (MAX)    NULL,
    [EncryptedPublicKey]    VARCHAR (MAX)    NULL,
    [SupportsPrf]           BIT              NOT NULL,
    [CreationDate]          DATETIME2 (7)    NOT NULL,
    [RevisionDate]          DATETIME2 (7)    NOT NULL,
    CONSTRAINT [PK_WebAuthnCredential] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_WebAuthnCredential_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[Organization] (
    [Id]                            UNIQUEIDENTIFIER NOT NULL,
    [Identifier]                    NVARCHAR (50)    NULL,
    [Name]                          NVARCHAR (50)    NOT NULL,
    [BusinessName]                  NVARCHAR (50)    NULL,
    [BusinessAddress1]              NVARCHAR (50)    NULL,
    [BusinessAddress2]              NVARCHAR (50)    NULL,
    [BusinessAddress3]              NVARCHAR (50)    NULL,
    [BusinessCountry]               VARCHAR (2)      NULL,
    [BusinessTaxNumber]             NVARCHAR (30)    NULL,
    [BillingEmail]                  NVARCHAR (256)   NOT NULL,
    [Plan]                          NVARCHAR (50)    NOT NULL,
    [PlanType]                      TINYINT          NOT NULL,
    [Seats]                         INT              NULL,
    [MaxCollections]                SMALLINT         NULL,
    [UsePolicies]                   BIT              NOT NULL,
    [UseSso]                        BIT              NOT NULL,
    [UseGroups]                     BIT              NOT NULL,
    [UseDirectory]                  BIT              NOT NULL,
    [UseEvents]                     BIT              NOT NULL,
    [UseTotp]                       BIT              NOT NULL,
    [Use2fa]                        BIT              NOT NULL,
    [UseApi]                        BIT              NOT NULL,
    [UseResetPassword]              BIT              NOT NULL,
    [SelfHost]                      BIT              NOT NULL,
    [UsersGetPremium]               BIT              NOT NULL,
    [Storage]                       BIGINT           NULL,
    [MaxStorageGb]                  SMALLINT         NULL,
    [Gateway]                       TINYINT          NULL,
    [GatewayCustomerId]             VARCHAR (50)     NULL,
    [GatewaySubscriptionId]         VARCHAR (50)     NULL,
    [ReferenceData]                 NVARCHAR (MAX)   NULL,
    [Enabled]                       BIT              NOT NULL,
    [LicenseKey]                    VARCHAR (100)    NULL,
    [PublicKey]                     VARCHAR (MAX)    NULL,
    [PrivateKey]                    VARCHAR (MAX)    NULL,
    [TwoFactorProviders]            NVARCHAR (MAX)   NULL,
    [ExpirationDate]                DATETIME2 (7)    NULL,
    [CreationDate]                  DATETIME2 (7)    NOT NULL,
    [RevisionDate]                  DATETIME2 (7)    NOT NULL,
    [OwnersNotifiedOfAutoscaling]   DATETIME2(7)     NULL,
    [MaxAutoscaleSeats]             INT              NULL,
    [UseKeyConnector]               BIT              NOT NULL,
    [UseScim]                       BIT              NOT NULL CONSTRAINT [DF_Organization_UseScim] DEFAULT (0),
    [UseCustomPermissions]          BIT              NOT NULL CONSTRAINT [DF_Organization_UseCustomPermissions] DEFAULT (0),
    [UseSecretsManager]             BIT              NOT NULL CONSTRAINT [DF_Organization_UseSecretsManager] DEFAULT (0),
    [Status]                        TINYINT          NOT NULL CONSTRAINT [DF_Organization_Status] DEFAULT (1),
    [UsePasswordManager]            BIT              NOT NULL CONSTRAINT [DF_Organization_UsePasswordManager] DEFAULT (1),
    [SmSeats]                       INT              NULL,
    [SmServiceAccounts]             INT              NULL,
    [MaxAutoscaleSmSeats]           INT              NULL,
    [MaxAutoscaleSmServiceAccounts] INT              NULL,
    [SecretsManagerBeta]            BIT              NOT NULL CONSTRAINT [DF_Organization_SecretsManagerBeta] DEFAULT (0),
    [LimitCollectionCreation]       BIT              NOT NULL CONSTRAINT [DF_Organization_LimitCollectionCreation] DEFAULT (0),
    [LimitCollectionDeletion]       BIT              NOT NULL CONSTRAINT [DF_Organization_LimitCollectionDeletion] DEFAULT (0),
    [LimitItemDeletion]             BIT              NOT NULL CONSTRAINT [DF_Organization_LimitItemDeletion] DEFAULT (0),
    [AllowAdminAccessToAllCollectionItems]   BIT              NOT NULL CONSTRAINT [DF_Organization_AllowAdminAccessToAllCollectionItems] DEFAULT (0),
    [UseRiskInsights]               BIT              NOT NULL CONSTRAINT [DF_Organization_UseRiskInsights] DEFAULT (0),
    [UseOrganizationDomains]        BIT              NOT NULL CONSTRAINT [DF_Organization_UseOrganizationDomains] DEFAULT (0),
    [UseAdminSponsoredFamilies]     BIT              NOT NULL CONSTRAINT [DF_Organization_UseAdminSponsoredFamilies] DEFAULT (0),
    [SyncSeats]                     BIT              NOT NULL CONSTRAINT [DF_Organization_SyncSeats] DEFAULT (0),
    [UseAutomaticUserConfirmation]  BIT              NOT NULL CONSTRAINT [DF_Organization_UseAutomaticUserConfirmation] DEFAULT (0),
    [MaxStorageGbIncreased]         SMALLINT         NULL,
    [UsePhishingBlocker]            BIT              NOT NULL CONSTRAINT [DF_Organization_UsePhishingBlocker] DEFAULT (0),
    [UseDisableSmAdsForUsers]       BIT              NOT NULL CONSTRAINT [DF_Organization_UseDisableSmAdsForUsers] DEFAULT (0),
    [UseMyItems]                    BIT              NOT NULL CONSTRAINT [DF_Organization_UseMyItems] DEFAULT (0),
    [ExemptFromBillingAutomation]   BIT              NOT NULL CONSTRAINT [DF_Organization_ExemptFromBillingAutomation] DEFAULT (0),
    [UseInviteLinks]                BIT              NOT NULL CONSTRAINT [DF_Organization_UseInviteLinks] DEFAULT (0),
    [UsePam]                        BIT              NOT NULL CONSTRAINT [DF_Organization_UsePam] DEFAULT (0),
    CONSTRAINT [PK_Organization] PRIMARY KEY CLUSTERED ([Id] ASC)
);

CREATE TABLE [dbo].[OrganizationUser] (
    [Id]                            UNIQUEIDENTIFIER    NOT NULL,
    [OrganizationId]                UNIQUEIDENTIFIER    NOT NULL,
    [UserId]                        UNIQUEIDENTIFIER    NULL,
    [Email]                         NVARCHAR (256)      NULL,
    [Key]                           VARCHAR (MAX)       NULL,
    [ResetPasswordKey]              VARCHAR (MAX)       NULL,
    [Status]                        SMALLINT            NOT NULL,
    [Type]                          TINYINT             NOT NULL,
    [ExternalId]                    NVARCHAR (300)      NULL,
    [CreationDate]                  DATETIME2 (7)       NOT NULL,
    [RevisionDate]                  DATETIME2 (7)       NOT NULL,
    [Permissions]                   NVARCHAR (MAX)      NULL,
    [AccessSecretsManager]          BIT                 NOT NULL CONSTRAINT [DF_OrganizationUser_SecretsManager] DEFAULT (0),
    [RevocationReason]              TINYINT             NULL,
    [StatusNew]                     SMALLINT            NULL,
    [AccessPam]                     BIT                 NOT NULL CONSTRAINT [DF_OrganizationUser_Pam] DEFAULT (0),
    [V2UpgradeToken]                VARCHAR (MAX)       NULL,
    CONSTRAINT [PK_OrganizationUser] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_OrganizationUser_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_OrganizationUser_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[ProviderUser] (
    [Id]           UNIQUEIDENTIFIER    NOT NULL,
    [ProviderId]   UNIQUEIDENTIFIER    NOT NULL,
    [UserId]       UNIQUEIDENTIFIER    NULL,
    [Email]        NVARCHAR (256)      NULL,
    [Key]          VARCHAR (MAX)       NULL,
    [Status]       TINYINT             NOT NULL,
    [Type]         TINYINT             NOT NULL,
    [Permissions]  NVARCHAR (MAX)      NULL,
    [CreationDate] DATETIME2 (7)       NOT NULL,
    [RevisionDate] DATETIME2 (7)       NOT NULL,
    CONSTRAINT [PK_ProviderUser] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_ProviderUser_Provider] FOREIGN KEY ([ProviderId]) REFERENCES [dbo].[Provider] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_ProviderUser_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[Provider] (
    [Id]                    UNIQUEIDENTIFIER NOT NULL,
    [Name]                  NVARCHAR (50)    NULL,
    [BusinessName]          NVARCHAR (50)    NULL,
    [BusinessAddress1]      NVARCHAR (50)    NULL,
    [BusinessAddress2]      NVARCHAR (50)    NULL,
    [BusinessAddress3]      NVARCHAR (50)    NULL,
    [BusinessCountry]       VARCHAR (2)      NULL,
    [BusinessTaxNumber]     NVARCHAR (30)    NULL,
    [BillingEmail]          NVARCHAR (256)   NULL,
    [BillingPhone]          NVARCHAR (50)    NULL,
    [Status]                TINYINT          NOT NULL,
    [UseEvents]             BIT              NOT NULL,
    [Type]                  TINYINT          NOT NULL CONSTRAINT DF_Provider_Type DEFAULT (0),
    [Enabled]               BIT              NOT NULL,
    [CreationDate]          DATETIME2 (7)    NOT NULL,
    [RevisionDate]          DATETIME2 (7)    NOT NULL,
    [Gateway]               TINYINT          NULL,
    [GatewayCustomerId]     VARCHAR (50)     NULL,
    [GatewaySubscriptionId] VARCHAR (50)     NULL,
    [DiscountId]            VARCHAR (50)     NULL,
    CONSTRAINT [PK_Provider] PRIMARY KEY CLUSTERED ([Id] ASC)
);

CREATE TABLE [dbo].[Event] (
    [Id]                     UNIQUEIDENTIFIER NOT NULL,
    [Type]                   INT              NOT NULL,
    [UserId]                 UNIQUEIDENTIFIER NULL,
    [OrganizationId]         UNIQUEIDENTIFIER NULL,
    [InstallationId]         UNIQUEIDENTIFIER NULL,
    [CipherId]               UNIQUEIDENTIFIER NULL,
    [CollectionId]           UNIQUEIDENTIFIER NULL,
    [PolicyId]               UNIQUEIDENTIFIER NULL,
    [GroupId]                UNIQUEIDENTIFIER NULL,
    [OrganizationUserId]     UNIQUEIDENTIFIER NULL,
    [ActingUserId]           UNIQUEIDENTIFIER NULL,
    [DeviceType]             SMALLINT         NULL,
    [IpAddress]              VARCHAR(50)      NULL,
    [Date]                   DATETIME2 (7)    NOT NULL,
    [ProviderId]             UNIQUEIDENTIFIER NULL,
    [ProviderUserId]         UNIQUEIDENTIFIER NULL,
    [ProviderOrganizationId] UNIQUEIDENTIFIER NULL,
    [SystemUser]             TINYINT          NULL,
    [DomainName]             VARCHAR(256)     NULL,
    [SecretId]               UNIQUEIDENTIFIER NULL,
    [ServiceAccountId]       UNIQUEIDENTIFIER NULL,
    [ProjectId]              UNIQUEIDENTIFIER NULL,
    [GrantedServiceAccountId] UNIQUEIDENTIFIER NULL,
    [SendId]                 UNIQUEIDENTIFIER NULL,
    CONSTRAINT [PK_Event] PRIMARY KEY CLUSTERED ([Id] ASC)
);

CREATE TABLE [dbo].[Transaction] (
    [Id]                    UNIQUEIDENTIFIER    NOT NULL,
    [UserId]                UNIQUEIDENTIFIER    NULL,
    [OrganizationId]        UNIQUEIDENTIFIER    NULL,
    [Type]                  TINYINT             NOT NULL,
    [Amount]                MONEY               NOT NULL,
    [Refunded]              BIT                 NULL,
    [RefundedAmount]        MONEY               NULL,
    [Details]               NVARCHAR(100)       NULL,
    [PaymentMethodType]     TINYINT             NULL,
    [Gateway]               TINYINT             NULL,
    [GatewayId]             VARCHAR(50)         NULL,
    [CreationDate]          DATETIME2 (7)       NOT NULL,
    [ProviderId]            UNIQUEIDENTIFIER    NULL,
    CONSTRAINT [PK_Transaction] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Transaction_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_Transaction_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_Transaction_Provider] FOREIGN KEY ([ProviderId]) REFERENCES [dbo].[Provider] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [dbo].[Send]
(
    [Id]             UNIQUEIDENTIFIER NOT NULL,
    [UserId]         UNIQUEIDENTIFIER NULL,
    [OrganizationId] UNIQUEIDENTIFIER NULL,
    [Type]           TINYINT          NOT NULL,
    [Data]           VARCHAR(MAX)     NOT NULL,
    [Key]            VARCHAR(MAX)     NOT NULL,
    [Password]       NVARCHAR(300)    NULL,
    [Emails]         NVARCHAR(4000)   NULL,
    [MaxAccessCount] INT              NULL,
    [AccessCount]    INT              NOT NULL,
    [CreationDate]   DATETIME2(7)     NOT NULL,
    [RevisionDate]   DATETIME2(7)     NOT NULL,
    [ExpirationDate] DATETIME2(7)     NULL,
    [DeletionDate]   DATETIME2(7)     NOT NULL,
    [Disabled]       BIT              NOT NULL,
    [HideEmail]      BIT              NULL,
    [CipherId]       UNIQUEIDENTIFIER NULL,
    [AuthType]       TINYINT          NULL,
    CONSTRAINT [PK_Send] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Send_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]),
    CONSTRAINT [FK_Send_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
    CONSTRAINT [FK_Send_Cipher] FOREIGN KEY ([CipherId]) REFERENCES [dbo].[Cipher] ([Id])
);

CREATE TABLE [dbo].[Cipher] (
    [Id]             UNIQUEIDENTIFIER NOT NULL,
    [UserId]         UNIQUEIDENTIFIER NULL,
    [OrganizationId] UNIQUEIDENTIFIER NULL,
    [Type]           TINYINT          NOT NULL,
    [Data]           NVARCHAR (MAX)   NOT NULL,
    [Favorites]      NVARCHAR (MAX)   NULL,
    [Folders]        NVARCHAR (MAX)   NULL,
    [Attachments]    NVARCHAR (MAX)   NULL,
    [CreationDate]   DATETIME2 (7)    NOT NULL,
    [RevisionDate]   DATETIME2 (7)    NOT NULL,
    [DeletedDate]    DATETIME2 (7)    NULL,
    [Reprompt]       TINYINT          NULL,
    [Key]            VARCHAR(MAX)     NULL,
    [ArchivedDate]   DATETIME2 (7)    NULL,
    [Archives]       NVARCHAR(MAX)    NULL,
    CONSTRAINT [PK_Cipher] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Cipher_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]),
    CONSTRAINT [FK_Cipher_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[Folder] (
    [Id]           UNIQUEIDENTIFIER NOT NULL,
    [UserId]       UNIQUEIDENTIFIER NOT NULL,
    [Name]         VARCHAR (MAX)    NULL,
    [CreationDate] DATETIME2 (7)    NOT NULL,
    [RevisionDate] DATETIME2 (7)    NOT NULL,
    CONSTRAINT [PK_Folder] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Folder_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id])
);

CREATE TABLE [dbo].[Notification]
(
    [Id] UNIQUEIDENTIFIER NOT NULL,
    [Priority] TINYINT NOT NULL,
    [Global] BIT NOT NULL,
    [ClientType] TINYINT NOT NULL,
    [UserId] UNIQUEIDENTIFIER NULL,
    [OrganizationId] UNIQUEIDENTIFIER NULL,
    [Title] NVARCHAR (256) NULL,
    [Body] NVARCHAR (MAX) NULL,
    [CreationDate] DATETIME2 (7) NOT NULL,
    [RevisionDate] DATETIME2 (7) NOT NULL,
    [TaskId] UNIQUEIDENTIFIER NULL,
    CONSTRAINT [PK_Notification] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Notification_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]),
    CONSTRAINT [FK_Notification_User] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
    CONSTRAINT [FK_Notification_SecurityTask] FOREIGN KEY ([TaskId]) REFERENCES [dbo].[SecurityTask] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [dbo].[Installation] (
    [Id]               UNIQUEIDENTIFIER  NOT NULL,
    [Email]            NVARCHAR (256)    NOT NULL,
    [Key]              VARCHAR (150)     NOT NULL,
    [Enabled]          BIT               NOT NULL,
    [CreationDate]     DATETIME2 (7)     NOT NULL,
    [LastActivityDate] DATETIME2 (7)     NULL,
    CONSTRAINT [PK_Installation] PRIMARY KEY CLUSTERED ([Id] ASC)
);

CREATE TABLE [dbo].[OrganizationSponsorship] (
    [Id]                            UNIQUEIDENTIFIER NOT NULL,
    [SponsoringOrganizationId]      UNIQUEIDENTIFIER NULL,
    [SponsoringOrganizationUserID]  UNIQUEIDENTIFIER NOT NULL,
    [SponsoredOrganizationId]       UNIQUEIDENTIFIER NULL,
    [FriendlyName]                  NVARCHAR(256)    NULL,
    [OfferedToEmail]                NVARCHAR (256)   NULL,
    [PlanSponsorshipType]           TINYINT          NULL,
    [ToDelete]                      BIT              DEFAULT (0) NOT NULL,
    [LastSyncDate]                  DATETIME2 (7)    NULL,
    [ValidUntil]                    DATETIME2 (7)    NULL,
    [IsAdminInitiated]              BIT              NOT NULL CONSTRAINT [DF_OrganizationSponsorship_IsAdminInitiated] DEFAULT (0),
    [Notes]                         NVARCHAR(512)    NULL,
    CONSTRAINT [PK_OrganizationSponsorship] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_OrganizationSponsorship_SponsoringOrg] FOREIGN KEY ([SponsoringOrganizationId]) REFERENCES [dbo].[Organization] ([Id]),
    CONSTRAINT [FK_OrganizationSponsorship_SponsoredOrg] FOREIGN KEY ([SponsoredOrganizationId]) REFERENCES [dbo].[Organization] ([Id]),
);

CREATE TABLE [dbo].[Collection] (
    [Id]                            UNIQUEIDENTIFIER    NOT NULL,
    [OrganizationId]                UNIQUEIDENTIFIER    NOT NULL,
    [Name]                          VARCHAR (MAX)       NOT NULL,
    [ExternalId]                    NVARCHAR (300)      NULL,
    [CreationDate]                  DATETIME2 (7)       NOT NULL,
    [RevisionDate]                  DATETIME2 (7)       NOT NULL,
    [DefaultUserCollectionEmail]    NVARCHAR(256)       NULL,
    [Type]                          TINYINT             NOT NULL DEFAULT(0),
    [AccessRuleId]                  UNIQUEIDENTIFIER    NULL,
    CONSTRAINT [PK_Collection] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Collection_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_Collection_AccessRule] FOREIGN KEY ([AccessRuleId]) REFERENCES [dbo].[AccessRule] ([Id]) ON DELETE NO ACTION
);

CREATE TABLE [dbo].[Group] (
    [Id]             UNIQUEIDENTIFIER NOT NULL,
    [OrganizationId] UNIQUEIDENTIFIER NOT NULL,
    [Name]           NVARCHAR (100)   NOT NULL,
    [ExternalId]     NVARCHAR (300)   NULL,
    [CreationDate]   DATETIME         NOT NULL,
    [RevisionDate]   DATETIME         NOT NULL,
    CONSTRAINT [PK_Group] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Group_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [dbo].[Policy] (
    [Id]             UNIQUEIDENTIFIER NOT NULL,
    [OrganizationId] UNIQUEIDENTIFIER NOT NULL,
    [Type]           TINYINT          NOT NULL,
    [Data]           NVARCHAR (MAX)   NULL,
    [Enabled]        BIT              NOT NULL,
    [CreationDate]   DATETIME2 (7)    NOT NULL,
    [RevisionDate]   DATETIME2 (7)    NOT NULL,
    CONSTRAINT [PK_Policy] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Policy_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [dbo].[OrganizationApiKey] (
    [Id]                UNIQUEIDENTIFIER,
    [OrganizationId]    UNIQUEIDENTIFIER NOT NULL,
    [Type]              TINYINT NOT NULL,
    [ApiKey]            VARCHAR(30) NOT NULL,
    [RevisionDate]      DATETIME2(7) NOT NULL
    CONSTRAINT [PK_OrganizationApiKey] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_OrganizationApiKey_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id])
);

CREATE TABLE [dbo].[Secret]
(
    [Id] UNIQUEIDENTIFIER NOT NULL,
    [OrganizationId] UNIQUEIDENTIFIER NOT NULL,
    [Key] NVARCHAR(MAX) NULL,
    [Value] NVARCHAR(MAX) NULL,
    [Note] NVARCHAR(MAX) NULL,
    [CreationDate] DATETIME2(7) NOT NULL,
    [RevisionDate] DATETIME2(7) NOT NULL,
    [DeletedDate] DATETIME2(7) NULL,
    CONSTRAINT [PK_Secret] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Secret_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization]([Id])
);

CREATE TABLE [dbo].[ApiKey] (
    [Id]                    UNIQUEIDENTIFIER,
    [ServiceAccountId]      UNIQUEIDENTIFIER NULL,
    [Name]                  VARCHAR(200) NOT NULL,
    [ClientSecretHash]      VARCHAR(128) NULL,
    [Scope]                 NVARCHAR (4000) NOT NULL,
    [EncryptedPayload]      NVARCHAR (4000) NOT NULL,
    [Key]                   VARCHAR (MAX) NOT NULL,
    [ExpireAt]              DATETIME2(7) NULL,
    [CreationDate]          DATETIME2(7) NOT NULL,
    [RevisionDate]          DATETIME2(7) NOT NULL,
    CONSTRAINT [PK_ApiKey] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_ApiKey_ServiceAccountId] FOREIGN KEY ([ServiceAccountId]) REFERENCES [dbo].[ServiceAccount] ([Id])
);

CREATE TABLE [dbo].[AccessRequest] (
    [Id]                    UNIQUEIDENTIFIER    NOT NULL,
    [ExtensionOfLeaseId]    UNIQUEIDENTIFIER    NULL,
    [OrganizationId]        UNIQUEIDENTIFIER    NOT NULL,
    [CollectionId]          UNIQUEIDENTIFIER    NOT NULL,
    [CipherId]              UNIQUEIDENTIFIER    NOT NULL,
    [RequesterId]           UNIQUEIDENTIFIER    NOT NULL,
    [NotBefore]             DATETIME2 (7)       NOT NULL,
    [NotAfter]              DATETIME2 (7)       NOT NULL,
    [Reason]                NVARCHAR(MAX)       NULL,
    [Status]                TINYINT             NOT NULL,
    [CreationDate]          DATETIME2 (7)       NOT NULL,
    [ResolvedDate]          DATETIME2 (7)       NULL,
    [RuleId]                UNIQUEIDENTIFIER    NULL,
    CONSTRAINT [PK_AccessRequest] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_AccessRequest_AccessLease] FOREIGN KEY ([ExtensionOfLeaseId]) REFERENCES [dbo].[AccessLease] ([Id]),
    CONSTRAINT [FK_AccessRequest_AccessRule] FOREIGN KEY ([RuleId]) REFERENCES [dbo].[AccessRule] ([Id]),
    CONSTRAINT [FK_AccessRequest_Organization] FOREIGN KEY ([OrganizationId]) REFERENCES [dbo].[Organization] ([Id]) ON DELETE CASCADE
);
