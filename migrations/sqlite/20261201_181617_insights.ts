import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`post_metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`publication_id\` integer NOT NULL,
  	\`story_id\` integer,
  	\`channel_id\` integer,
  	\`metric\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`post_metrics_publication_idx\` ON \`post_metrics\` (\`publication_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_story_idx\` ON \`post_metrics\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_channel_idx\` ON \`post_metrics\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_page_idx\` ON \`post_metrics\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_updated_at_idx\` ON \`post_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_created_at_idx\` ON \`post_metrics\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`publication_metric_day_idx\` ON \`post_metrics\` (\`publication_id\`,\`metric\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`metric_day_idx\` ON \`post_metrics\` (\`metric\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`story_metric_day_idx\` ON \`post_metrics\` (\`story_id\`,\`metric\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`page_metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel_id\` integer NOT NULL,
  	\`metric\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`page_metrics_channel_idx\` ON \`page_metrics\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`page_metrics_page_idx\` ON \`page_metrics\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`page_metrics_updated_at_idx\` ON \`page_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_metrics_created_at_idx\` ON \`page_metrics\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`channel_metric_day_idx\` ON \`page_metrics\` (\`channel_id\`,\`metric\`,\`day\`);`)
  await db.run(sql`CREATE INDEX \`metric_day_1_idx\` ON \`page_metrics\` (\`metric\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`progress\` numeric DEFAULT 0,
  	\`step\` text,
  	\`requested_by_id\` integer,
  	\`schedule_key\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`lease_owner\` text,
  	\`lease_until\` text,
  	\`error\` text,
  	\`xlsx_file\` text,
  	\`pdf_file\` text,
  	\`finished_at\` text,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_requested_by_idx\` ON \`reports\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_schedule_key_idx\` ON \`reports\` (\`schedule_key\`);`)
  await db.run(sql`CREATE INDEX \`reports_page_idx\` ON \`reports\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`state_leaseUntil_idx\` ON \`reports\` (\`state\`,\`lease_until\`);`)
  await db.run(sql`CREATE TABLE \`report_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`monthly_email\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`metrics_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`metrics_lease_owner\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`metrics_lease_until\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`metrics_collected_at\` text;`)
  await db.run(sql`CREATE INDEX \`publications_metrics_due_at_idx\` ON \`publications\` (\`metrics_due_at\`);`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`metrics_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`metrics_lease_owner\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`metrics_lease_until\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`metrics_collected_at\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`metrics_unsupported\` text;`)
  await db.run(sql`CREATE INDEX \`channels_metrics_due_at_idx\` ON \`channels\` (\`metrics_due_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`post_metrics_id\` integer REFERENCES post_metrics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_metrics_id\` integer REFERENCES page_metrics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`post_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`page_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`post_metrics\`;`)
  await db.run(sql`DROP TABLE \`page_metrics\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`report_settings\`;`)
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
  	FOREIGN KEY (\`webhook_events_id\`) REFERENCES \`webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "pages_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id") SELECT "id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "pages_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`publications_metrics_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`metrics_due_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`metrics_lease_owner\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`metrics_lease_until\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`metrics_collected_at\`;`)
  await db.run(sql`DROP INDEX \`channels_metrics_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`metrics_due_at\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`metrics_lease_owner\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`metrics_lease_until\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`metrics_collected_at\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`metrics_unsupported\`;`)
}
