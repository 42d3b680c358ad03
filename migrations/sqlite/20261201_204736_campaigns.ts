import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`publication_id\` integer NOT NULL,
  	\`message\` text,
  	\`all_units\` integer DEFAULT true,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`state\` text DEFAULT 'draft' NOT NULL,
  	\`launched_at\` text,
  	\`created_by_id\` integer,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_publication_idx\` ON \`campaigns\` (\`publication_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_all_units_idx\` ON \`campaigns\` (\`all_units\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_by_idx\` ON \`campaigns\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_page_idx\` ON \`campaigns\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`page_state_idx\` ON \`campaigns\` (\`page_id\`,\`state\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_units_id_idx\` ON \`campaigns_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_actions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`kind\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`link\` text,
  	\`verified\` integer DEFAULT false,
  	\`source\` text DEFAULT 'tap' NOT NULL,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_actions_campaign_idx\` ON \`campaign_actions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_actions_member_idx\` ON \`campaign_actions\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_actions_unit_idx\` ON \`campaign_actions\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_actions_at_idx\` ON \`campaign_actions\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_actions_page_idx\` ON \`campaign_actions\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_actions_updated_at_idx\` ON \`campaign_actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_actions_created_at_idx\` ON \`campaign_actions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_member_kind_idx\` ON \`campaign_actions\` (\`campaign_id\`,\`member_id\`,\`kind\`);`)
  await db.run(sql`CREATE INDEX \`campaign_unit_idx\` ON \`campaign_actions\` (\`campaign_id\`,\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`by_id\` integer,
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_reminders_campaign_idx\` ON \`campaign_reminders\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_reminders_member_idx\` ON \`campaign_reminders\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_reminders_by_idx\` ON \`campaign_reminders\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_reminders_page_idx\` ON \`campaign_reminders\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_reminders_updated_at_idx\` ON \`campaign_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_reminders_created_at_idx\` ON \`campaign_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_member_day_idx\` ON \`campaign_reminders\` (\`campaign_id\`,\`member_id\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`recognition_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stories\` numeric DEFAULT 10 NOT NULL,
  	\`photos\` numeric DEFAULT 3 NOT NULL,
  	\`shared\` numeric DEFAULT 2 NOT NULL,
  	\`reacted\` numeric DEFAULT 1 NOT NULL,
  	\`commented\` numeric DEFAULT 1 NOT NULL,
  	\`contest_entries\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaign_actions_id\` integer REFERENCES campaign_actions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaign_reminders_id\` integer REFERENCES campaign_reminders(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_reminders_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`campaign_actions\`;`)
  await db.run(sql`DROP TABLE \`campaign_reminders\`;`)
  await db.run(sql`DROP TABLE \`recognition_settings\`;`)
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
  	\`members_id\` integer,
  	\`social_accounts_id\` integer,
  	\`contests_id\` integer,
  	\`contest_entries_id\` integer,
  	\`contest_scores_id\` integer,
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
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_accounts_id\`) REFERENCES \`social_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contests_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_entries_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_scores_id\`) REFERENCES \`contest_scores\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "pages_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id", "post_metrics_id", "page_metrics_id", "reports_id", "members_id", "social_accounts_id", "contests_id", "contest_entries_id", "contest_scores_id") SELECT "id", "order", "parent_id", "path", "stories_id", "publications_id", "media_id", "inbox_id", "shifts_id", "notifications_id", "pages_id", "areas_id", "units_id", "channels_id", "users_id", "webhook_events_id", "post_metrics_id", "page_metrics_id", "reports_id", "members_id", "social_accounts_id", "contests_id", "contest_entries_id", "contest_scores_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_scores_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_scores_id\`);`)
}
