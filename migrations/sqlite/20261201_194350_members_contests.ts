import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`position\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`contact_consent_at\` text,
  	\`user_id\` integer,
  	\`active\` integer DEFAULT true,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`members_full_name_idx\` ON \`members\` (\`full_name\`);`)
  await db.run(sql`CREATE INDEX \`members_unit_idx\` ON \`members\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`members_user_idx\` ON \`members\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`members_active_idx\` ON \`members\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`members_page_idx\` ON \`members\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`page_unit_idx\` ON \`members\` (\`page_id\`,\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`social_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`profile_key\` text,
  	\`display_name\` text,
  	\`verified\` integer DEFAULT false,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`social_accounts_member_idx\` ON \`social_accounts\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_profile_key_idx\` ON \`social_accounts\` (\`profile_key\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_page_idx\` ON \`social_accounts\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_updated_at_idx\` ON \`social_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_accounts_created_at_idx\` ON \`social_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`page_profileKey_idx\` ON \`social_accounts\` (\`page_id\`,\`profile_key\`);`)
  await db.run(sql`CREATE TABLE \`contests_rubric\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`criterion\` text NOT NULL,
  	\`weight\` numeric DEFAULT 1 NOT NULL,
  	\`max_points\` numeric DEFAULT 10 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_rubric_order_idx\` ON \`contests_rubric\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contests_rubric_parent_id_idx\` ON \`contests_rubric\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contests_prizes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`count\` numeric DEFAULT 1 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_prizes_order_idx\` ON \`contests_prizes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contests_prizes_parent_id_idx\` ON \`contests_prizes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`rules\` text,
  	\`kind\` text DEFAULT 'photo' NOT NULL,
  	\`eligibility\` text DEFAULT 'public' NOT NULL,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`entries_per_person\` numeric DEFAULT 1,
  	\`max_photos\` numeric DEFAULT 5,
  	\`max_words\` numeric,
  	\`hashtag\` text,
  	\`result_formula\` text DEFAULT 'jury_only' NOT NULL,
  	\`votes_weight\` numeric DEFAULT 0,
  	\`publish_mode\` text DEFAULT 'post_each',
  	\`stage\` text DEFAULT 'draft' NOT NULL,
  	\`votes_frozen_at\` text,
  	\`announcement_id\` integer,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`announcement_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contests_slug_idx\` ON \`contests\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contests_announcement_idx\` ON \`contests\` (\`announcement_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_page_idx\` ON \`contests\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_updated_at_idx\` ON \`contests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contests_created_at_idx\` ON \`contests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`channels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_rels_order_idx\` ON \`contests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_parent_idx\` ON \`contests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_path_idx\` ON \`contests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_users_id_idx\` ON \`contests_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_channels_id_idx\` ON \`contests_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contest_id\` integer NOT NULL,
  	\`number\` numeric,
  	\`title\` text NOT NULL,
  	\`story\` text,
  	\`text\` text,
  	\`link\` text,
  	\`member_id\` integer,
  	\`entrant_name\` text,
  	\`entrant_phone\` text,
  	\`entrant_email\` text,
  	\`entrant_place\` text,
  	\`entrant_unit_id\` integer,
  	\`contact_key\` text,
  	\`consent_rules\` integer,
  	\`consent_publication\` integer,
  	\`confirmation_code\` text,
  	\`stage\` text DEFAULT 'submitted' NOT NULL,
  	\`rejection_reason\` text,
  	\`image_hashes\` text,
  	\`publication_id\` integer,
  	\`votes\` numeric DEFAULT 0,
  	\`votes_frozen\` integer DEFAULT false,
  	\`jury_score\` numeric,
  	\`final_score\` numeric,
  	\`rank\` numeric,
  	\`prize\` text,
  	\`withdrawn_at\` text,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entrant_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_entries_contest_idx\` ON \`contest_entries\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_member_idx\` ON \`contest_entries\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_entrant_entrant_unit_idx\` ON \`contest_entries\` (\`entrant_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_publication_idx\` ON \`contest_entries\` (\`publication_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_page_idx\` ON \`contest_entries\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_updated_at_idx\` ON \`contest_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_created_at_idx\` ON \`contest_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_number_idx\` ON \`contest_entries\` (\`contest_id\`,\`number\`);`)
  await db.run(sql`CREATE INDEX \`contest_stage_idx\` ON \`contest_entries\` (\`contest_id\`,\`stage\`);`)
  await db.run(sql`CREATE INDEX \`contest_contactKey_idx\` ON \`contest_entries\` (\`contest_id\`,\`contact_key\`);`)
  await db.run(sql`CREATE TABLE \`contest_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`contest_entries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_entries_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_order_idx\` ON \`contest_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_parent_idx\` ON \`contest_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_path_idx\` ON \`contest_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_media_id_idx\` ON \`contest_entries_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_rels_contest_entries_id_idx\` ON \`contest_entries_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_scores_marks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`criterion\` text NOT NULL,
  	\`points\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contest_scores\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_scores_marks_order_idx\` ON \`contest_scores_marks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_marks_parent_id_idx\` ON \`contest_scores_marks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_scores\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contest_id\` integer NOT NULL,
  	\`entry_id\` integer NOT NULL,
  	\`juror_id\` integer NOT NULL,
  	\`total\` numeric,
  	\`recused\` integer DEFAULT false,
  	\`recusal_reason\` text,
  	\`submitted_at\` text,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`juror_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_scores_contest_idx\` ON \`contest_scores\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_entry_idx\` ON \`contest_scores\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_juror_idx\` ON \`contest_scores\` (\`juror_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_page_idx\` ON \`contest_scores\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_updated_at_idx\` ON \`contest_scores\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_scores_created_at_idx\` ON \`contest_scores\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`entry_juror_idx\` ON \`contest_scores\` (\`entry_id\`,\`juror_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`social_accounts_id\` integer REFERENCES social_accounts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contests_id\` integer REFERENCES contests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_entries_id\` integer REFERENCES contest_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_scores_id\` integer REFERENCES contest_scores(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_scores_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`DROP TABLE \`social_accounts\`;`)
  await db.run(sql`DROP TABLE \`contests_rubric\`;`)
  await db.run(sql`DROP TABLE \`contests_prizes\`;`)
  await db.run(sql`DROP TABLE \`contests\`;`)
  await db.run(sql`DROP TABLE \`contests_rels\`;`)
  await db.run(sql`DROP TABLE \`contest_entries\`;`)
  await db.run(sql`DROP TABLE \`contest_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`contest_scores_marks\`;`)
  await db.run(sql`DROP TABLE \`contest_scores\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`publications_id\` integer,
  	\`media_id\` integer,
  	\`inbox_id\` integer,
  	\`shifts_id\` integer,
  	\`notifications_id\` integer,
  	\`pages_id\` integer,
  	\`areas_id\` integer,
  	\`units_id\` integer,
  	\`channels_id\` integer,
  	\`users_id\` integer,
  	\`webhook_events_id\` integer,
  	\`post_metrics_id\` integer,
  	\`page_metrics_id\` integer,
  	\`reports_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbox_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shifts_id\`) REFERENCES \`shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_events_id\`) REFERENCES \`webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`post_metrics_id\`) REFERENCES \`post_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_metrics_id\`) REFERENCES \`page_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "pages_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id", "post_metrics_id", "page_metrics_id", "reports_id") SELECT "id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "pages_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id", "post_metrics_id", "page_metrics_id", "reports_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`post_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`page_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
}
