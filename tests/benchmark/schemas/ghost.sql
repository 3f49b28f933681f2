-- Ghost, a publishing platform with paid memberships and newsletters: staff users (authors)
-- with their profiles and social accounts, invites, sessions, API keys and webhooks; members
-- (readers and subscribers) with their geolocation, notes, Stripe customers and subscriptions,
-- sign-up, payment, login, e-mail change, status and subscription events, labels, newsletter
-- subscriptions, comments, likes, reports and feedback; newsletter e-mails with their
-- recipients, failures, suppressions and spam complaints; magic-link tokens; donations;
-- webmentions; the actions log.
-- Source: https://github.com/TryGhost/Ghost, ghost/core/core/server/data/schema/schema.js (the
--   schema as a JavaScript object, from which Ghost's migrations create the tables with knex)
-- Commit: 0025b329569a0e8a90468f8c1ef19fee14a03467
-- Licence: MIT (LICENSE in the source)
-- Trimmed: 43 of the 77 tables, transcribed as CREATE TABLE statements for MySQL the way knex
-- creates them there: table and column names and order as schema.js gives them, string
-- varchar(maxlength), text text, text with fieldtype long longtext, dateTime datetime, boolean
-- tinyint(1), integer int (unsigned where marked), bigInteger bigint; nullability, defaults and
-- the primary key kept, indexes, unique and foreign keys dropped. Dropped newsletters, posts
-- (with their meta, authors, tags, products and revisions), tags, settings, permissions, brute,
-- offers and their redemptions, benefits, Stripe products and prices, members' product and
-- subscription-created events, snippets, custom theme settings, e-mail batches and templates,
-- jobs, milestones, collections, recommendations and their events, outbox.
-- Held out: not seen while tuning the classifier (see labels_heldout.yaml).

CREATE TABLE `users` (
  `id` varchar(24) NOT NULL,
  `name` varchar(191) NOT NULL,
  `slug` varchar(191) NOT NULL,
  `password` varchar(60) NOT NULL,
  `email` varchar(191) NOT NULL,
  `profile_image` varchar(2000) NULL,
  `cover_image` varchar(2000) NULL,
  `bio` text NULL,
  `website` varchar(2000) NULL,
  `location` text NULL,
  `facebook` varchar(2000) NULL,
  `twitter` varchar(2000) NULL,
  `threads` varchar(191) NULL,
  `bluesky` varchar(191) NULL,
  `mastodon` varchar(191) NULL,
  `tiktok` varchar(191) NULL,
  `youtube` varchar(191) NULL,
  `instagram` varchar(191) NULL,
  `linkedin` varchar(191) NULL,
  `accessibility` text NULL,
  `status` varchar(50) NOT NULL DEFAULT 'active',
  `locale` varchar(6) NULL,
  `visibility` varchar(50) NOT NULL DEFAULT 'public',
  `meta_title` varchar(2000) NULL,
  `meta_description` varchar(2000) NULL,
  `tour` text NULL,
  `last_seen` datetime NULL,
  `comment_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `free_member_signup_notification` tinyint(1) NOT NULL DEFAULT 1,
  `paid_subscription_started_notification` tinyint(1) NOT NULL DEFAULT 1,
  `paid_subscription_canceled_notification` tinyint(1) NOT NULL DEFAULT 0,
  `mention_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `recommendation_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `milestone_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `donation_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` varchar(24) NOT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(2000) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles_users` (
  `id` varchar(24) NOT NULL,
  `role_id` varchar(24) NOT NULL,
  `user_id` varchar(24) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invites` (
  `id` varchar(24) NOT NULL,
  `role_id` varchar(24) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT 'pending',
  `token` varchar(191) NOT NULL,
  `email` varchar(191) NOT NULL,
  `expires` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` varchar(24) NOT NULL,
  `session_id` varchar(32) NOT NULL,
  `user_id` varchar(24) NOT NULL,
  `session_data` varchar(2000) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `integrations` (
  `id` varchar(24) NOT NULL,
  `type` varchar(50) NOT NULL DEFAULT 'custom',
  `name` varchar(191) NOT NULL,
  `slug` varchar(191) NOT NULL,
  `icon_image` varchar(2000) NULL,
  `description` varchar(2000) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhooks` (
  `id` varchar(24) NOT NULL,
  `event` varchar(50) NOT NULL,
  `target_url` varchar(2000) NOT NULL,
  `name` varchar(191) NULL,
  `secret` varchar(191) NULL,
  `api_version` varchar(50) NOT NULL DEFAULT 'v2',
  `integration_id` varchar(24) NOT NULL,
  `last_triggered_at` datetime NULL,
  `last_triggered_status` varchar(50) NULL,
  `last_triggered_error` varchar(50) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_keys` (
  `id` varchar(24) NOT NULL,
  `type` varchar(50) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `role_id` varchar(24) NULL,
  `integration_id` varchar(24) NULL,
  `user_id` varchar(24) NULL,
  `last_seen_at` datetime NULL,
  `last_seen_version` varchar(50) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members` (
  `id` varchar(24) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `transient_id` varchar(191) NOT NULL,
  `email` varchar(191) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT 'free',
  `name` varchar(191) NULL,
  `expertise` varchar(191) NULL,
  `note` varchar(2000) NULL,
  `geolocation` varchar(2000) NULL,
  `enable_comment_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `email_count` int unsigned NOT NULL DEFAULT 0,
  `email_opened_count` int unsigned NOT NULL DEFAULT 0,
  `email_open_rate` int unsigned NULL,
  `email_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `last_seen_at` datetime NULL,
  `last_commented_at` datetime NULL,
  `commenting` text NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `products` (
  `id` varchar(24) NOT NULL,
  `name` varchar(191) NOT NULL,
  `slug` varchar(191) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `welcome_page_url` varchar(2000) NULL,
  `visibility` varchar(50) NOT NULL DEFAULT 'none',
  `trial_days` int unsigned NOT NULL DEFAULT 0,
  `description` varchar(191) NULL,
  `type` varchar(50) NOT NULL DEFAULT 'paid',
  `currency` varchar(50) NULL,
  `monthly_price` int unsigned NULL,
  `yearly_price` int unsigned NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  `monthly_price_id` varchar(24) NULL,
  `yearly_price_id` varchar(24) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_products` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `product_id` varchar(24) NOT NULL,
  `sort_order` int unsigned NOT NULL DEFAULT 0,
  `expiry_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_created_events` (
  `id` varchar(24) NOT NULL,
  `created_at` datetime NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `attribution_id` varchar(24) NULL,
  `attribution_type` varchar(50) NULL,
  `attribution_url` varchar(2000) NULL,
  `referrer_source` varchar(191) NULL,
  `referrer_medium` varchar(191) NULL,
  `referrer_url` varchar(2000) NULL,
  `utm_source` varchar(191) NULL,
  `utm_medium` varchar(191) NULL,
  `utm_campaign` varchar(191) NULL,
  `utm_term` varchar(191) NULL,
  `utm_content` varchar(191) NULL,
  `source` varchar(50) NOT NULL,
  `batch_id` varchar(24) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_cancel_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `from_plan` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_payment_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `amount` int NOT NULL,
  `currency` varchar(191) NOT NULL,
  `source` varchar(50) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_login_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_email_change_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `to_email` varchar(191) NOT NULL,
  `from_email` varchar(191) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_status_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `from_status` varchar(50) NULL,
  `to_status` varchar(50) NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_paid_subscription_events` (
  `id` varchar(24) NOT NULL,
  `type` varchar(50) NULL,
  `member_id` varchar(24) NOT NULL,
  `subscription_id` varchar(24) NULL,
  `from_plan` varchar(255) NULL,
  `to_plan` varchar(255) NULL,
  `currency` varchar(191) NOT NULL,
  `source` varchar(50) NOT NULL,
  `mrr_delta` int NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `labels` (
  `id` varchar(24) NOT NULL,
  `name` varchar(191) NOT NULL,
  `slug` varchar(191) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_labels` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `label_id` varchar(24) NOT NULL,
  `sort_order` int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_stripe_customers` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `customer_id` varchar(255) NOT NULL,
  `name` varchar(191) NULL,
  `email` varchar(191) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` varchar(24) NOT NULL,
  `type` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `tier_id` varchar(24) NOT NULL,
  `cadence` varchar(50) NULL,
  `currency` varchar(50) NULL,
  `amount` int NULL,
  `payment_provider` varchar(50) NULL,
  `payment_subscription_url` varchar(2000) NULL,
  `payment_user_url` varchar(2000) NULL,
  `offer_id` varchar(24) NULL,
  `expires_at` datetime NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_stripe_customers_subscriptions` (
  `id` varchar(24) NOT NULL,
  `customer_id` varchar(255) NOT NULL,
  `ghost_subscription_id` varchar(24) NULL,
  `subscription_id` varchar(255) NOT NULL,
  `stripe_price_id` varchar(255) NOT NULL DEFAULT '',
  `status` varchar(50) NOT NULL,
  `cancel_at_period_end` tinyint(1) NOT NULL DEFAULT 0,
  `cancellation_reason` varchar(500) NULL,
  `current_period_end` datetime NOT NULL,
  `start_date` datetime NOT NULL,
  `default_payment_card_last4` varchar(4) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  `mrr` int unsigned NOT NULL DEFAULT 0,
  `offer_id` varchar(24) NULL,
  `discount_start` datetime NULL,
  `discount_end` datetime NULL,
  `trial_start_at` datetime NULL,
  `trial_end_at` datetime NULL,
  `plan_id` varchar(255) NOT NULL,
  `plan_nickname` varchar(50) NOT NULL,
  `plan_interval` varchar(50) NOT NULL,
  `plan_amount` int NOT NULL,
  `plan_currency` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_subscribe_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `subscribed` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `source` varchar(50) NULL,
  `newsletter_id` varchar(24) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `donation_payment_events` (
  `id` varchar(24) NOT NULL,
  `name` varchar(191) NULL,
  `email` varchar(191) NOT NULL,
  `member_id` varchar(24) NULL,
  `amount` int NOT NULL,
  `currency` varchar(50) NOT NULL,
  `attribution_id` varchar(24) NULL,
  `attribution_type` varchar(50) NULL,
  `attribution_url` varchar(2000) NULL,
  `referrer_source` varchar(191) NULL,
  `referrer_medium` varchar(191) NULL,
  `referrer_url` varchar(2000) NULL,
  `utm_source` varchar(191) NULL,
  `utm_medium` varchar(191) NULL,
  `utm_campaign` varchar(191) NULL,
  `utm_term` varchar(191) NULL,
  `utm_content` varchar(191) NULL,
  `created_at` datetime NOT NULL,
  `donation_message` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `emails` (
  `id` varchar(24) NOT NULL,
  `post_id` varchar(24) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT 'pending',
  `recipient_filter` text NOT NULL,
  `error` varchar(2000) NULL,
  `error_data` longtext NULL,
  `email_count` int unsigned NOT NULL DEFAULT 0,
  `csd_email_count` int unsigned NULL,
  `delivered_count` int unsigned NOT NULL DEFAULT 0,
  `opened_count` int unsigned NOT NULL DEFAULT 0,
  `failed_count` int unsigned NOT NULL DEFAULT 0,
  `subject` varchar(300) NULL,
  `from` varchar(2000) NULL,
  `reply_to` varchar(2000) NULL,
  `html` longtext NULL,
  `plaintext` longtext NULL,
  `source` longtext NULL,
  `source_type` varchar(50) NOT NULL DEFAULT 'html',
  `track_opens` tinyint(1) NOT NULL DEFAULT 0,
  `track_clicks` tinyint(1) NOT NULL DEFAULT 0,
  `feedback_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `submitted_at` datetime NOT NULL,
  `newsletter_id` varchar(24) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_recipients` (
  `id` varchar(24) NOT NULL,
  `email_id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `batch_id` varchar(24) NOT NULL,
  `processed_at` datetime NULL,
  `delivered_at` datetime NULL,
  `opened_at` datetime NULL,
  `failed_at` datetime NULL,
  `member_uuid` varchar(36) NOT NULL,
  `member_email` varchar(191) NOT NULL,
  `member_name` varchar(191) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_recipient_failures` (
  `id` varchar(24) NOT NULL,
  `email_id` varchar(24) NOT NULL,
  `member_id` varchar(24) NULL,
  `email_recipient_id` varchar(24) NOT NULL,
  `code` int unsigned NOT NULL,
  `enhanced_code` varchar(50) NULL,
  `message` varchar(2000) NOT NULL,
  `severity` varchar(50) NOT NULL DEFAULT 'permanent',
  `failed_at` datetime NOT NULL,
  `event_id` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tokens` (
  `id` varchar(24) NOT NULL,
  `token` varchar(32) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `data` varchar(2000) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  `first_used_at` datetime NULL,
  `used_count` int unsigned NOT NULL DEFAULT 0,
  `otc_used_count` int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `verified_emails` (
  `id` varchar(24) NOT NULL,
  `email` varchar(191) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT 'pending',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_newsletters` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `newsletter_id` varchar(24) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` varchar(24) NOT NULL,
  `post_id` varchar(24) NOT NULL,
  `member_id` varchar(24) NULL,
  `parent_id` varchar(24) NULL,
  `in_reply_to_id` varchar(24) NULL,
  `status` varchar(50) NOT NULL DEFAULT 'published',
  `html` longtext NULL,
  `edited_at` datetime NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_likes` (
  `id` varchar(24) NOT NULL,
  `comment_id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_reports` (
  `id` varchar(24) NOT NULL,
  `comment_id` varchar(24) NOT NULL,
  `member_id` varchar(24) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `redirects` (
  `id` varchar(24) NOT NULL,
  `from` varchar(191) NOT NULL,
  `to` varchar(2000) NOT NULL,
  `post_id` varchar(24) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_click_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `redirect_id` varchar(24) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `members_feedback` (
  `id` varchar(24) NOT NULL,
  `score` int unsigned NOT NULL DEFAULT 0,
  `member_id` varchar(24) NOT NULL,
  `post_id` varchar(24) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `suppressions` (
  `id` varchar(24) NOT NULL,
  `email` varchar(191) NOT NULL,
  `email_id` varchar(24) NULL,
  `reason` varchar(50) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_spam_complaint_events` (
  `id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `email_id` varchar(24) NOT NULL,
  `email_address` varchar(191) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `actions` (
  `id` varchar(24) NOT NULL,
  `resource_id` varchar(24) NULL,
  `resource_type` varchar(50) NOT NULL,
  `actor_id` varchar(24) NOT NULL,
  `actor_type` varchar(50) NOT NULL,
  `event` varchar(50) NOT NULL,
  `context` text NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mentions` (
  `id` varchar(24) NOT NULL,
  `source` varchar(2000) NOT NULL,
  `source_title` varchar(2000) NULL,
  `source_site_title` varchar(2000) NULL,
  `source_excerpt` varchar(2000) NULL,
  `source_author` varchar(2000) NULL,
  `source_featured_image` varchar(2000) NULL,
  `source_favicon` varchar(2000) NULL,
  `target` varchar(2000) NOT NULL,
  `resource_id` varchar(24) NULL,
  `resource_type` varchar(50) NULL,
  `created_at` datetime NOT NULL,
  `payload` text NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automated_emails` (
  `id` varchar(24) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT 'inactive',
  `name` varchar(191) NOT NULL,
  `slug` varchar(191) NOT NULL,
  `subject` varchar(300) NOT NULL,
  `lexical` longtext NULL,
  `sender_name` varchar(191) NULL,
  `sender_email` varchar(191) NULL,
  `sender_reply_to` varchar(191) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automated_email_recipients` (
  `id` varchar(24) NOT NULL,
  `automated_email_id` varchar(24) NOT NULL,
  `member_id` varchar(24) NOT NULL,
  `member_uuid` varchar(36) NOT NULL,
  `member_email` varchar(191) NOT NULL,
  `member_name` varchar(191) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NULL,
  PRIMARY KEY (`id`)
);

