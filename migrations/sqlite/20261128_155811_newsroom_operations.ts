import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stories_official_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_official_sources_order_idx\` ON \`stories_official_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_official_sources_parent_id_idx\` ON \`stories_official_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`inbox_replies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`external_id\` text,
  	\`tag\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inbox_replies_order_idx\` ON \`inbox_replies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inbox_replies_parent_id_idx\` ON \`inbox_replies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_replies_by_idx\` ON \`inbox_replies\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`inbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`text\` text,
  	\`from_name\` text,
  	\`external_id\` text NOT NULL,
  	\`page_id\` text,
  	\`post_id\` text,
  	\`parent_id\` text,
  	\`received_at\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`due_at\` text,
  	\`escalated_at\` text,
  	\`story_id\` integer,
  	\`rebuttal_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rebuttal_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`inbox_external_id_idx\` ON \`inbox\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_post_id_idx\` ON \`inbox\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_assignee_idx\` ON \`inbox\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_story_idx\` ON \`inbox\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_rebuttal_idx\` ON \`inbox\` (\`rebuttal_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_updated_at_idx\` ON \`inbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inbox_created_at_idx\` ON \`inbox\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`state_dueAt_idx\` ON \`inbox\` (\`state\`,\`due_at\`);`)
  await db.run(sql`CREATE TABLE \`shifts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`day\` text NOT NULL,
  	\`slot\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`next_assignee\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`shifts_updated_at_idx\` ON \`shifts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shifts_created_at_idx\` ON \`shifts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_slot_idx\` ON \`shifts\` (\`day\`,\`slot\`);`)
  await db.run(sql`CREATE INDEX \`startsAt_endsAt_idx\` ON \`shifts\` (\`starts_at\`,\`ends_at\`);`)
  await db.run(sql`CREATE TABLE \`shifts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shifts_rels_order_idx\` ON \`shifts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`shifts_rels_parent_idx\` ON \`shifts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`shifts_rels_path_idx\` ON \`shifts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`shifts_rels_users_id_idx\` ON \`shifts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`link\` text,
  	\`read_at\` text,
  	\`email_state\` text DEFAULT 'pending',
  	\`email_attempts\` numeric DEFAULT 0,
  	\`email_next_attempt_at\` text,
  	\`email_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_user_idx\` ON \`notifications\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`user_readAt_idx\` ON \`notifications\` (\`user_id\`,\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`emailState_emailNextAttemptAt_idx\` ON \`notifications\` (\`email_state\`,\`email_next_attempt_at\`);`)
  await db.run(sql`CREATE TABLE \`users_email_muted\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_email_muted_order_idx\` ON \`users_email_muted\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_email_muted_parent_idx\` ON \`users_email_muted\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dedupe_key\` text NOT NULL,
  	\`payload\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`processed_at\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_events_dedupe_key_idx\` ON \`webhook_events\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_processed_at_idx\` ON \`webhook_events\` (\`processed_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_updated_at_idx\` ON \`webhook_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_created_at_idx\` ON \`webhook_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`duty_settings_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`duty_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`duty_settings_slots_order_idx\` ON \`duty_settings_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`duty_settings_slots_parent_id_idx\` ON \`duty_settings_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`duty_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`response_target_minutes\` numeric DEFAULT 30,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`false_claim_text\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`false_claim_link\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`false_claim_screenshot_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`urgent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`stories_false_claim_false_claim_screenshot_idx\` ON \`stories\` (\`false_claim_screenshot_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inbox_id\` integer REFERENCES inbox(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shifts_id\` integer REFERENCES shifts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_events_id\` integer REFERENCES webhook_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`stories_official_sources\`;`)
  await db.run(sql`DROP TABLE \`inbox_replies\`;`)
  await db.run(sql`DROP TABLE \`inbox\`;`)
  await db.run(sql`DROP TABLE \`shifts\`;`)
  await db.run(sql`DROP TABLE \`shifts_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`users_email_muted\`;`)
  await db.run(sql`DROP TABLE \`webhook_events\`;`)
  await db.run(sql`DROP TABLE \`duty_settings_slots\`;`)
  await db.run(sql`DROP TABLE \`duty_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`format\` text DEFAULT 'news' NOT NULL,
  	\`area_id\` integer,
  	\`publish_at\` text,
  	\`author_id\` integer,
  	\`stage\` text DEFAULT 'draft' NOT NULL,
  	\`stage_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories\`("id", "title", "summary", "body", "format", "area_id", "publish_at", "author_id", "stage", "stage_changed_at", "updated_at", "created_at") SELECT "id", "title", "summary", "body", "format", "area_id", "publish_at", "author_id", "stage", "stage_changed_at", "updated_at", "created_at" FROM \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`stories_area_idx\` ON \`stories\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_author_idx\` ON \`stories\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_stage_idx\` ON \`stories\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`area_stage_stageChangedAt_idx\` ON \`stories\` (\`area_id\`,\`stage\`,\`stage_changed_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`publications_id\` integer,
  	\`media_id\` integer,
  	\`areas_id\` integer,
  	\`units_id\` integer,
  	\`channels_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "areas_id", "units_id", "channels_id", "users_id") SELECT "id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "areas_id", "units_id", "channels_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
