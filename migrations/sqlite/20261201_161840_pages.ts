import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

const PAGE_OWNED_TABLES = ['areas', 'stories', 'media', 'channels', 'publications', 'shifts', 'inbox', 'notifications', 'webhook_events']
const defaultPageName = () => process.env.NEWSROOM_NAME?.trim() || 'Tòa soạn cộng tác viên'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_duty_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_duty_slots_order_idx\` ON \`pages_duty_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_duty_slots_parent_id_idx\` ON \`pages_duty_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`level\` text DEFAULT 'grassroots' NOT NULL,
  	\`parent_id\` integer,
  	\`response_target_minutes\` numeric DEFAULT 30,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_units_id_idx\` ON \`pages_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`users_memberships_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_memberships_roles_order_idx\` ON \`users_memberships_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_roles_parent_idx\` ON \`users_memberships_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`page_id\` integer NOT NULL,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_memberships_order_idx\` ON \`users_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_parent_id_idx\` ON \`users_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_page_idx\` ON \`users_memberships\` (\`page_id\`);`)
  await db.run(sql`DROP INDEX \`day_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`shifts\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`shifts_page_idx\` ON \`shifts\` (\`page_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`page_day_slot_idx\` ON \`shifts\` (\`page_id\`,\`day\`,\`slot\`);`)
  await db.run(sql`DROP INDEX \`areas_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`areas\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`areas_page_idx\` ON \`areas\` (\`page_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`page_name_idx\` ON \`areas\` (\`page_id\`,\`name\`);`)
  // Renamed in place rather than rebuilt: migrations run inside a transaction, where SQLite ignores
  // PRAGMA foreign_keys=OFF, so dropping the old table would fire its foreign-key actions (publications'
  // channel set to NULL — refused, NOT NULL — stories' channel choices and locks deleted).
  await db.run(sql`ALTER TABLE \`inbox\` RENAME COLUMN \`page_id\` TO \`facebook_page_id\`;`)
  await db.run(sql`ALTER TABLE \`inbox\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`inbox_page_idx\` ON \`inbox\` (\`page_id\`);`)
  await db.run(sql`ALTER TABLE \`channels\` RENAME COLUMN \`page_id\` TO \`facebook_page_id\`;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`channels_facebook_page_id_idx\` ON \`channels\` (\`facebook_page_id\`);`)
  await db.run(sql`CREATE INDEX \`channels_page_idx\` ON \`channels\` (\`page_id\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`stories_page_idx\` ON \`stories\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`page_stage_stageChangedAt_idx\` ON \`stories\` (\`page_id\`,\`stage\`,\`stage_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`publications_page_idx\` ON \`publications\` (\`page_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`media_page_idx\` ON \`media\` (\`page_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`notifications_page_idx\` ON \`notifications\` (\`page_id\`);`)
  await db.run(sql`ALTER TABLE \`webhook_events\` ADD \`page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`webhook_events_page_idx\` ON \`webhook_events\` (\`page_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pages_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)

  // Everything made before there were pages belongs to the district page; its duty settings and
  // its people (their roles there) come from the one newsroom there was.
  await db.run(sql`INSERT INTO \`pages\` (\`name\`, \`slug\`, \`level\`, \`response_target_minutes\`) VALUES (${defaultPageName()}, 'huyen', 'district', COALESCE((SELECT \`response_target_minutes\` FROM \`duty_settings\` LIMIT 1), 30));`)
  await db.run(sql`INSERT INTO \`pages_duty_slots\` (\`_order\`, \`_parent_id\`, \`id\`, \`name\`, \`start\`, \`end\`) SELECT s.\`_order\`, p.\`id\`, 'p' || s.\`id\`, s.\`name\`, s.\`start\`, s.\`end\` FROM \`duty_settings_slots\` s, \`pages\` p WHERE p.\`slug\` = 'huyen';`)
  // A newsroom that never saved its duty settings worked with the default slots: the page gets them.
  await db.run(sql`INSERT INTO \`pages_duty_slots\` (\`_order\`, \`_parent_id\`, \`id\`, \`name\`, \`start\`, \`end\`) SELECT d.o, p.\`id\`, 'd' || d.o, d.n, d.s, d.e FROM (SELECT 1 AS o, 'Sáng' AS n, '06:00' AS s, '11:00' AS e UNION ALL SELECT 2, 'Chiều', '11:00', '17:00' UNION ALL SELECT 3, 'Tối', '17:00', '22:00') d, \`pages\` p WHERE p.\`slug\` = 'huyen' AND NOT EXISTS (SELECT 1 FROM \`pages_duty_slots\`);`)
  for (const table of PAGE_OWNED_TABLES) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`page_id\` = (SELECT \`id\` FROM \`pages\` WHERE \`slug\` = 'huyen') WHERE \`page_id\` IS NULL;`))
  }
  await db.run(sql`INSERT INTO \`users_memberships\` (\`_order\`, \`_parent_id\`, \`id\`, \`page_id\`) SELECT 1, u.\`id\`, 'm' || u.\`id\`, p.\`id\` FROM \`users\` u, \`pages\` p WHERE p.\`slug\` = 'huyen' AND EXISTS (SELECT 1 FROM \`users_roles\` r WHERE r.\`parent_id\` = u.\`id\` AND r.\`value\` <> 'admin');`)
  await db.run(sql`INSERT INTO \`users_memberships_roles\` (\`order\`, \`parent_id\`, \`value\`) SELECT r.\`order\`, 'm' || r.\`parent_id\`, r.\`value\` FROM \`users_roles\` r WHERE r.\`value\` <> 'admin';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_duty_slots\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`users_memberships_roles\`;`)
  await db.run(sql`DROP TABLE \`users_memberships\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage\` text DEFAULT 'draft' NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`false_claim_text\` text,
  	\`false_claim_link\` text,
  	\`false_claim_screenshot_id\` integer,
  	\`format\` text DEFAULT 'news' NOT NULL,
  	\`area_id\` integer,
  	\`publish_at\` text,
  	\`author_id\` integer,
  	\`content_edited_by_id\` integer,
  	\`urgent\` integer DEFAULT false,
  	\`submitted_at\` text,
  	\`stage_changed_at\` text,
  	\`approved_content\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`false_claim_screenshot_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`content_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories\`("id", "stage", "title", "summary", "body", "false_claim_text", "false_claim_link", "false_claim_screenshot_id", "format", "area_id", "publish_at", "author_id", "content_edited_by_id", "urgent", "submitted_at", "stage_changed_at", "approved_content", "updated_at", "created_at") SELECT "id", "stage", "title", "summary", "body", "false_claim_text", "false_claim_link", "false_claim_screenshot_id", "format", "area_id", "publish_at", "author_id", "content_edited_by_id", "urgent", "submitted_at", "stage_changed_at", "approved_content", "updated_at", "created_at" FROM \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`stories_stage_idx\` ON \`stories\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`stories_false_claim_false_claim_screenshot_idx\` ON \`stories\` (\`false_claim_screenshot_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_area_idx\` ON \`stories\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_author_idx\` ON \`stories\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_content_edited_by_idx\` ON \`stories\` (\`content_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`area_stage_stageChangedAt_idx\` ON \`stories\` (\`area_id\`,\`stage\`,\`stage_changed_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`story_id\` integer NOT NULL,
  	\`channel_id\` integer NOT NULL,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`scheduled_for\` text NOT NULL,
  	\`external_id\` text,
  	\`permalink\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`published_at\` text,
  	\`next_attempt_at\` text,
  	\`lease_owner\` text,
  	\`lease_until\` text,
  	\`final_call_at\` text,
  	\`reconcile_retries\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "label", "story_id", "channel_id", "state", "scheduled_for", "external_id", "permalink", "attempts", "last_error", "published_at", "next_attempt_at", "lease_owner", "lease_until", "final_call_at", "reconcile_retries", "updated_at", "created_at") SELECT "id", "label", "story_id", "channel_id", "state", "scheduled_for", "external_id", "permalink", "attempts", "last_error", "published_at", "next_attempt_at", "lease_owner", "lease_until", "final_call_at", "reconcile_retries", "updated_at", "created_at" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE INDEX \`publications_story_idx\` ON \`publications\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_channel_idx\` ON \`publications\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`story_channel_idx\` ON \`publications\` (\`story_id\`,\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`state_scheduledFor_idx\` ON \`publications\` (\`state\`,\`scheduled_for\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`caption\` text NOT NULL,
  	\`credit\` text NOT NULL,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_fanpage_url\` text,
  	\`sizes_fanpage_width\` numeric,
  	\`sizes_fanpage_height\` numeric,
  	\`sizes_fanpage_mime_type\` text,
  	\`sizes_fanpage_filesize\` numeric,
  	\`sizes_fanpage_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "caption", "credit", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_fanpage_url", "sizes_fanpage_width", "sizes_fanpage_height", "sizes_fanpage_mime_type", "sizes_fanpage_filesize", "sizes_fanpage_filename") SELECT "id", "caption", "credit", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_fanpage_url", "sizes_fanpage_width", "sizes_fanpage_height", "sizes_fanpage_mime_type", "sizes_fanpage_filesize", "sizes_fanpage_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_fanpage_sizes_fanpage_filename_idx\` ON \`media\` (\`sizes_fanpage_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_inbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`text\` text,
  	\`from_sender_id\` text,
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
  await db.run(sql`INSERT INTO \`__new_inbox\`("id", "kind", "text", "from_sender_id", "from_name", "external_id", "page_id", "post_id", "parent_id", "received_at", "assignee_id", "state", "due_at", "escalated_at", "story_id", "rebuttal_id", "updated_at", "created_at") SELECT "id", "kind", "text", "from_sender_id", "from_name", "external_id", "page_id", "post_id", "parent_id", "received_at", "assignee_id", "state", "due_at", "escalated_at", "story_id", "rebuttal_id", "updated_at", "created_at" FROM \`inbox\`;`)
  await db.run(sql`DROP TABLE \`inbox\`;`)
  await db.run(sql`ALTER TABLE \`__new_inbox\` RENAME TO \`inbox\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`inbox_external_id_idx\` ON \`inbox\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_post_id_idx\` ON \`inbox\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_assignee_idx\` ON \`inbox\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_story_idx\` ON \`inbox\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_rebuttal_idx\` ON \`inbox\` (\`rebuttal_id\`);`)
  await db.run(sql`CREATE INDEX \`inbox_updated_at_idx\` ON \`inbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inbox_created_at_idx\` ON \`inbox\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`state_dueAt_idx\` ON \`inbox\` (\`state\`,\`due_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_shifts\` (
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
  await db.run(sql`INSERT INTO \`__new_shifts\`("id", "label", "day", "slot", "starts_at", "ends_at", "next_assignee", "updated_at", "created_at") SELECT "id", "label", "day", "slot", "starts_at", "ends_at", "next_assignee", "updated_at", "created_at" FROM \`shifts\`;`)
  await db.run(sql`DROP TABLE \`shifts\`;`)
  await db.run(sql`ALTER TABLE \`__new_shifts\` RENAME TO \`shifts\`;`)
  await db.run(sql`CREATE INDEX \`shifts_updated_at_idx\` ON \`shifts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shifts_created_at_idx\` ON \`shifts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_slot_idx\` ON \`shifts\` (\`day\`,\`slot\`);`)
  await db.run(sql`CREATE INDEX \`startsAt_endsAt_idx\` ON \`shifts\` (\`starts_at\`,\`ends_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`link\` text,
  	\`links\` text,
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
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "user_id", "kind", "title", "body", "link", "links", "read_at", "email_state", "email_attempts", "email_next_attempt_at", "email_error", "updated_at", "created_at") SELECT "id", "user_id", "kind", "title", "body", "link", "links", "read_at", "email_state", "email_attempts", "email_next_attempt_at", "email_error", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`CREATE INDEX \`notifications_user_idx\` ON \`notifications\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`user_readAt_idx\` ON \`notifications\` (\`user_id\`,\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`emailState_emailNextAttemptAt_idx\` ON \`notifications\` (\`email_state\`,\`email_next_attempt_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`hashtags\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_areas\`("id", "name", "hashtags", "description", "updated_at", "created_at") SELECT "id", "name", "hashtags", "description", "updated_at", "created_at" FROM \`areas\`;`)
  await db.run(sql`DROP TABLE \`areas\`;`)
  await db.run(sql`ALTER TABLE \`__new_areas\` RENAME TO \`areas\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_name_idx\` ON \`areas\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`areas_updated_at_idx\` ON \`areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`areas_created_at_idx\` ON \`areas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_channels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`page_id\` text,
  	\`access_token_sealed\` text,
  	\`enabled\` integer DEFAULT true,
  	\`needs_reconnect\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_channels\`("id", "name", "kind", "page_id", "access_token_sealed", "enabled", "needs_reconnect", "updated_at", "created_at") SELECT "id", "name", "kind", "page_id", "access_token_sealed", "enabled", "needs_reconnect", "updated_at", "created_at" FROM \`channels\`;`)
  await db.run(sql`DROP TABLE \`channels\`;`)
  await db.run(sql`ALTER TABLE \`__new_channels\` RENAME TO \`channels\`;`)
  await db.run(sql`CREATE INDEX \`channels_updated_at_idx\` ON \`channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channels_created_at_idx\` ON \`channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_webhook_events\` (
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
  await db.run(sql`INSERT INTO \`__new_webhook_events\`("id", "dedupe_key", "payload", "received_at", "processed_at", "error", "updated_at", "created_at") SELECT "id", "dedupe_key", "payload", "received_at", "processed_at", "error", "updated_at", "created_at" FROM \`webhook_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhook_events\` RENAME TO \`webhook_events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_events_dedupe_key_idx\` ON \`webhook_events\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_processed_at_idx\` ON \`webhook_events\` (\`processed_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_updated_at_idx\` ON \`webhook_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_created_at_idx\` ON \`webhook_events\` (\`created_at\`);`)
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
  	\`areas_id\` integer,
  	\`units_id\` integer,
  	\`channels_id\` integer,
  	\`users_id\` integer,
  	\`webhook_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbox_id\`) REFERENCES \`inbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`shifts_id\`) REFERENCES \`shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_events_id\`) REFERENCES \`webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id") SELECT "id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbox_id_idx\` ON \`payload_locked_documents_rels\` (\`inbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_events_id\`);`)
}
