-- Jellyfin, the free media server (C#, Entity Framework Core, SQLite; PascalCase columns): users
-- (username, password hash, login attempts, parental and playback preferences, language
-- preferences), their permissions, preferences, access schedules, display preferences and profile
-- images, devices and their options (the client's device ID and name, app, access token), API
-- keys, the activity log (sign-ins, playback and failures, their messages), what each user has
-- played (play counts, positions, favourites, ratings), and the media library: items (films,
-- series, episodes, music: titles, overviews, artists, studios, genres, paths, ratings, dates),
-- their images, providers' IDs, chapters, streams, attachments, media segments, trickplay
-- thumbnails and keyframes, people (actors, directors, composers) and their roles in items.
-- Source: https://github.com/jellyfin/jellyfin,
--   src/Jellyfin.Database/Jellyfin.Database.Providers.Sqlite/Migrations/JellyfinDbModelSnapshot.cs
-- Commit: c3ed1407ca698b0905de99da87b67415e6a62dbd
-- Licence: GPL-2.0 (LICENSE in the source)
-- Derived: the schema is kept as Entity Framework Core migrations, whose model snapshot states
-- the current model. Its 31 tables were written as the SQLite CREATE TABLE statements EF Core
-- creates: tables and columns named and ordered as the snapshot lists them, each property's
-- column type as the snapshot gives it (INTEGER, TEXT, REAL, BLOB), NOT NULL for required and
-- non-nullable properties, the key as PRIMARY KEY (AUTOINCREMENT for generated integer keys,
-- composite keys as a table constraint).
-- Trimmed: indexes, foreign keys, the seed row (HasData) and max-length annotations (SQLite
-- ignores them) are left out.
-- Development source since the seventeenth held-out set was measured (see labels.yaml).

CREATE TABLE "AccessSchedules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccessSchedules" PRIMARY KEY AUTOINCREMENT,
    "DayOfWeek" INTEGER NOT NULL,
    "EndHour" REAL NOT NULL,
    "StartHour" REAL NOT NULL,
    "UserId" TEXT NOT NULL
);

CREATE TABLE "ActivityLogs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityLogs" PRIMARY KEY AUTOINCREMENT,
    "DateCreated" TEXT NOT NULL,
    "ItemId" TEXT,
    "LogSeverity" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Overview" TEXT,
    "RowVersion" INTEGER NOT NULL,
    "ShortOverview" TEXT,
    "Type" TEXT NOT NULL,
    "UserId" TEXT NOT NULL
);

CREATE TABLE "AncestorIds" (
    "ItemId" TEXT NOT NULL,
    "ParentItemId" TEXT NOT NULL,
    CONSTRAINT "PK_AncestorIds" PRIMARY KEY ("ItemId", "ParentItemId")
);

CREATE TABLE "AttachmentStreamInfos" (
    "ItemId" TEXT NOT NULL,
    "Index" INTEGER NOT NULL,
    "Codec" TEXT,
    "CodecTag" TEXT,
    "Comment" TEXT,
    "Filename" TEXT,
    "MimeType" TEXT,
    CONSTRAINT "PK_AttachmentStreamInfos" PRIMARY KEY ("ItemId", "Index")
);

CREATE TABLE "BaseItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BaseItems" PRIMARY KEY,
    "Album" TEXT,
    "AlbumArtists" TEXT,
    "Artists" TEXT,
    "Audio" INTEGER,
    "ChannelId" TEXT,
    "CleanName" TEXT,
    "CommunityRating" REAL,
    "CriticRating" REAL,
    "CustomRating" TEXT,
    "Data" TEXT,
    "DateCreated" TEXT,
    "DateLastMediaAdded" TEXT,
    "DateLastRefreshed" TEXT,
    "DateLastSaved" TEXT,
    "DateModified" TEXT,
    "EndDate" TEXT,
    "EpisodeTitle" TEXT,
    "ExternalId" TEXT,
    "ExternalSeriesId" TEXT,
    "ExternalServiceId" TEXT,
    "ExtraType" INTEGER,
    "ForcedSortName" TEXT,
    "Genres" TEXT,
    "Height" INTEGER,
    "IndexNumber" INTEGER,
    "InheritedParentalRatingSubValue" INTEGER,
    "InheritedParentalRatingValue" INTEGER,
    "IsFolder" INTEGER NOT NULL,
    "IsInMixedFolder" INTEGER NOT NULL,
    "IsLocked" INTEGER NOT NULL,
    "IsMovie" INTEGER NOT NULL,
    "IsRepeat" INTEGER NOT NULL,
    "IsSeries" INTEGER NOT NULL,
    "IsVirtualItem" INTEGER NOT NULL,
    "LUFS" REAL,
    "MediaType" TEXT,
    "Name" TEXT,
    "NormalizationGain" REAL,
    "OfficialRating" TEXT,
    "OriginalLanguage" TEXT,
    "OriginalTitle" TEXT,
    "Overview" TEXT,
    "OwnerId" TEXT,
    "ParentId" TEXT,
    "ParentIndexNumber" INTEGER,
    "Path" TEXT,
    "PreferredMetadataCountryCode" TEXT,
    "PreferredMetadataLanguage" TEXT,
    "PremiereDate" TEXT,
    "PresentationUniqueKey" TEXT,
    "PrimaryVersionId" TEXT,
    "ProductionLocations" TEXT,
    "ProductionYear" INTEGER,
    "RunTimeTicks" INTEGER,
    "SeasonId" TEXT,
    "SeasonName" TEXT,
    "SeriesId" TEXT,
    "SeriesName" TEXT,
    "SeriesPresentationUniqueKey" TEXT,
    "ShowId" TEXT,
    "Size" INTEGER,
    "SortName" TEXT,
    "StartDate" TEXT,
    "Studios" TEXT,
    "Tagline" TEXT,
    "Tags" TEXT,
    "TopParentId" TEXT,
    "TotalBitrate" INTEGER,
    "Type" TEXT NOT NULL,
    "UnratedType" TEXT,
    "Width" INTEGER
);

CREATE TABLE "BaseItemImageInfos" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BaseItemImageInfos" PRIMARY KEY,
    "Blurhash" BLOB,
    "DateModified" TEXT,
    "Height" INTEGER NOT NULL,
    "ImageType" INTEGER NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "Width" INTEGER NOT NULL
);

CREATE TABLE "BaseItemMetadataFields" (
    "Id" INTEGER NOT NULL,
    "ItemId" TEXT NOT NULL,
    CONSTRAINT "PK_BaseItemMetadataFields" PRIMARY KEY ("Id", "ItemId")
);

CREATE TABLE "BaseItemProviders" (
    "ItemId" TEXT NOT NULL,
    "ProviderId" TEXT,
    "ProviderValue" TEXT NOT NULL,
    CONSTRAINT "PK_BaseItemProviders" PRIMARY KEY ("ItemId", "ProviderId")
);

CREATE TABLE "BaseItemTrailerTypes" (
    "Id" INTEGER NOT NULL,
    "ItemId" TEXT NOT NULL,
    CONSTRAINT "PK_BaseItemTrailerTypes" PRIMARY KEY ("Id", "ItemId")
);

CREATE TABLE "Chapters" (
    "ItemId" TEXT NOT NULL,
    "ChapterIndex" INTEGER NOT NULL,
    "ImageDateModified" TEXT,
    "ImagePath" TEXT,
    "Name" TEXT,
    "StartPositionTicks" INTEGER NOT NULL,
    CONSTRAINT "PK_Chapters" PRIMARY KEY ("ItemId", "ChapterIndex")
);

CREATE TABLE "CustomItemDisplayPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CustomItemDisplayPreferences" PRIMARY KEY AUTOINCREMENT,
    "Client" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Value" TEXT
);

CREATE TABLE "DisplayPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DisplayPreferences" PRIMARY KEY AUTOINCREMENT,
    "ChromecastVersion" INTEGER NOT NULL,
    "Client" TEXT NOT NULL,
    "DashboardTheme" TEXT,
    "EnableNextVideoInfoOverlay" INTEGER NOT NULL,
    "IndexBy" INTEGER,
    "ItemId" TEXT NOT NULL,
    "ScrollDirection" INTEGER NOT NULL,
    "ShowBackdrop" INTEGER NOT NULL,
    "ShowSidebar" INTEGER NOT NULL,
    "SkipBackwardLength" INTEGER NOT NULL,
    "SkipForwardLength" INTEGER NOT NULL,
    "TvHome" TEXT,
    "UserId" TEXT NOT NULL
);

CREATE TABLE "HomeSection" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HomeSection" PRIMARY KEY AUTOINCREMENT,
    "DisplayPreferencesId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "Type" INTEGER NOT NULL
);

CREATE TABLE "ImageInfos" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImageInfos" PRIMARY KEY AUTOINCREMENT,
    "LastModified" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "UserId" TEXT
);

CREATE TABLE "ItemDisplayPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ItemDisplayPreferences" PRIMARY KEY AUTOINCREMENT,
    "Client" TEXT NOT NULL,
    "IndexBy" INTEGER,
    "ItemId" TEXT NOT NULL,
    "RememberIndexing" INTEGER NOT NULL,
    "RememberSorting" INTEGER NOT NULL,
    "SortBy" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "ViewType" INTEGER NOT NULL
);

CREATE TABLE "ItemValues" (
    "ItemValueId" TEXT NOT NULL CONSTRAINT "PK_ItemValues" PRIMARY KEY,
    "CleanValue" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "Value" TEXT NOT NULL
);

CREATE TABLE "ItemValuesMap" (
    "ItemValueId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    CONSTRAINT "PK_ItemValuesMap" PRIMARY KEY ("ItemValueId", "ItemId")
);

CREATE TABLE "KeyframeData" (
    "ItemId" TEXT NOT NULL CONSTRAINT "PK_KeyframeData" PRIMARY KEY,
    "TotalDuration" INTEGER NOT NULL
);

CREATE TABLE "LinkedChildren" (
    "ParentId" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ChildId" TEXT NOT NULL,
    "ChildType" INTEGER NOT NULL,
    CONSTRAINT "PK_LinkedChildren" PRIMARY KEY ("ParentId", "SortOrder")
);

CREATE TABLE "MediaSegments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediaSegments" PRIMARY KEY,
    "EndTicks" INTEGER NOT NULL,
    "ItemId" TEXT NOT NULL,
    "SegmentProviderId" TEXT NOT NULL,
    "StartTicks" INTEGER NOT NULL,
    "Type" INTEGER NOT NULL
);

CREATE TABLE "MediaStreamInfos" (
    "ItemId" TEXT NOT NULL,
    "StreamIndex" INTEGER NOT NULL,
    "AspectRatio" TEXT,
    "AverageFrameRate" REAL,
    "BitDepth" INTEGER,
    "BitRate" INTEGER,
    "BlPresentFlag" INTEGER,
    "ChannelLayout" TEXT,
    "Channels" INTEGER,
    "Codec" TEXT,
    "CodecTag" TEXT,
    "CodecTimeBase" TEXT,
    "ColorPrimaries" TEXT,
    "ColorSpace" TEXT,
    "ColorTransfer" TEXT,
    "Comment" TEXT,
    "DvBlSignalCompatibilityId" INTEGER,
    "DvLevel" INTEGER,
    "DvProfile" INTEGER,
    "DvVersionMajor" INTEGER,
    "DvVersionMinor" INTEGER,
    "ElPresentFlag" INTEGER,
    "Hdr10PlusPresentFlag" INTEGER,
    "Height" INTEGER,
    "IsAnamorphic" INTEGER,
    "IsAvc" INTEGER,
    "IsDefault" INTEGER NOT NULL,
    "IsExternal" INTEGER NOT NULL,
    "IsForced" INTEGER NOT NULL,
    "IsHearingImpaired" INTEGER,
    "IsInterlaced" INTEGER,
    "IsOriginal" INTEGER NOT NULL,
    "KeyFrames" TEXT,
    "Language" TEXT,
    "Level" REAL,
    "NalLengthSize" TEXT,
    "Path" TEXT,
    "PixelFormat" TEXT,
    "Profile" TEXT,
    "RealFrameRate" REAL,
    "RefFrames" INTEGER,
    "Rotation" INTEGER,
    "RpuPresentFlag" INTEGER,
    "SampleRate" INTEGER,
    "StreamType" INTEGER NOT NULL,
    "TimeBase" TEXT,
    "Title" TEXT,
    "Width" INTEGER,
    CONSTRAINT "PK_MediaStreamInfos" PRIMARY KEY ("ItemId", "StreamIndex")
);

CREATE TABLE "Peoples" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Peoples" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "PersonType" TEXT
);

CREATE TABLE "PeopleBaseItemMap" (
    "ItemId" TEXT NOT NULL,
    "PeopleId" TEXT NOT NULL,
    "Role" TEXT,
    "ListOrder" INTEGER,
    "SortOrder" INTEGER,
    CONSTRAINT "PK_PeopleBaseItemMap" PRIMARY KEY ("ItemId", "PeopleId", "Role")
);

CREATE TABLE "Permissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Permissions" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "RowVersion" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Value" INTEGER NOT NULL
);

CREATE TABLE "Preferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Preferences" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "RowVersion" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Value" TEXT NOT NULL
);

CREATE TABLE "ApiKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY AUTOINCREMENT,
    "AccessToken" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateLastActivity" TEXT NOT NULL,
    "Name" TEXT NOT NULL
);

CREATE TABLE "Devices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Devices" PRIMARY KEY AUTOINCREMENT,
    "AccessToken" TEXT NOT NULL,
    "AppName" TEXT NOT NULL,
    "AppVersion" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateLastActivity" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "DeviceId" TEXT NOT NULL,
    "DeviceName" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL
);

CREATE TABLE "DeviceOptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceOptions" PRIMARY KEY AUTOINCREMENT,
    "CustomName" TEXT,
    "DeviceId" TEXT NOT NULL
);

CREATE TABLE "TrickplayInfos" (
    "ItemId" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Bandwidth" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "Interval" INTEGER NOT NULL,
    "ThumbnailCount" INTEGER NOT NULL,
    "TileHeight" INTEGER NOT NULL,
    "TileWidth" INTEGER NOT NULL,
    CONSTRAINT "PK_TrickplayInfos" PRIMARY KEY ("ItemId", "Width")
);

CREATE TABLE "Users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY,
    "AudioLanguagePreference" TEXT,
    "AuthenticationProviderId" TEXT NOT NULL,
    "CastReceiverId" TEXT,
    "DisplayCollectionsView" INTEGER NOT NULL,
    "DisplayMissingEpisodes" INTEGER NOT NULL,
    "EnableAutoLogin" INTEGER NOT NULL,
    "EnableLocalPassword" INTEGER NOT NULL,
    "EnableNextEpisodeAutoPlay" INTEGER NOT NULL,
    "EnableUserPreferenceAccess" INTEGER NOT NULL,
    "HidePlayedInLatest" INTEGER NOT NULL,
    "InternalId" INTEGER NOT NULL,
    "InvalidLoginAttemptCount" INTEGER NOT NULL,
    "LastActivityDate" TEXT,
    "LastLoginDate" TEXT,
    "LoginAttemptsBeforeLockout" INTEGER,
    "MaxActiveSessions" INTEGER NOT NULL,
    "MaxParentalRatingScore" INTEGER,
    "MaxParentalRatingSubScore" INTEGER,
    "MustUpdatePassword" INTEGER NOT NULL,
    "NormalizedUsername" TEXT NOT NULL,
    "Password" TEXT,
    "PasswordResetProviderId" TEXT NOT NULL,
    "PlayDefaultAudioTrack" INTEGER NOT NULL,
    "RememberAudioSelections" INTEGER NOT NULL,
    "RememberSubtitleSelections" INTEGER NOT NULL,
    "RemoteClientBitrateLimit" INTEGER,
    "RowVersion" INTEGER NOT NULL,
    "SubtitleLanguagePreference" TEXT,
    "SubtitleMode" INTEGER NOT NULL,
    "SyncPlayAccess" INTEGER NOT NULL,
    "Username" TEXT NOT NULL
);

CREATE TABLE "UserData" (
    "ItemId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "CustomDataKey" TEXT,
    "AudioStreamIndex" INTEGER,
    "IsFavorite" INTEGER NOT NULL,
    "LastPlayedDate" TEXT,
    "Likes" INTEGER,
    "PlayCount" INTEGER NOT NULL,
    "PlaybackPositionTicks" INTEGER NOT NULL,
    "Played" INTEGER NOT NULL,
    "Rating" REAL,
    "RetentionDate" TEXT,
    "SubtitleStreamIndex" INTEGER,
    CONSTRAINT "PK_UserData" PRIMARY KEY ("ItemId", "UserId", "CustomDataKey")
);

