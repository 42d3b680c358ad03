import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publications\` (
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
  await db.run(sql`CREATE INDEX \`publications_story_idx\` ON \`publications\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_channel_idx\` ON \`publications\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`story_channel_idx\` ON \`publications\` (\`story_id\`,\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`state_scheduledFor_idx\` ON \`publications\` (\`state\`,\`scheduled_for\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_stories_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories_history\`("_order", "_parent_id", "id", "action", "from", "to", "by_id", "at", "note") SELECT "_order", "_parent_id", "id", "action", "from", "to", "by_id", "at", "note" FROM \`stories_history\`;`)
  await db.run(sql`DROP TABLE \`stories_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories_history\` RENAME TO \`stories_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`stories_history_order_idx\` ON \`stories_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_history_parent_id_idx\` ON \`stories_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_history_by_idx\` ON \`stories_history\` (\`by_id\`);`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`access_token_sealed\` text;`)
  await db.run(sql`ALTER TABLE \`channels\` ADD \`needs_reconnect\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publications_id\` integer REFERENCES publications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`media_id\` integer,
  	\`areas_id\` integer,
  	\`units_id\` integer,
  	\`channels_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "stories_id", "media_id", "areas_id", "units_id", "channels_id", "users_id") SELECT "id", "order", "parent_id", "path", "stories_id", "media_id", "areas_id", "units_id", "channels_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_stories_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`by_id\` integer NOT NULL,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories_history\`("_order", "_parent_id", "id", "action", "from", "to", "by_id", "at", "note") SELECT "_order", "_parent_id", "id", "action", "from", "to", "by_id", "at", "note" FROM \`stories_history\`;`)
  await db.run(sql`DROP TABLE \`stories_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories_history\` RENAME TO \`stories_history\`;`)
  await db.run(sql`CREATE INDEX \`stories_history_order_idx\` ON \`stories_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_history_parent_id_idx\` ON \`stories_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_history_by_idx\` ON \`stories_history\` (\`by_id\`);`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`access_token_sealed\`;`)
  await db.run(sql`ALTER TABLE \`channels\` DROP COLUMN \`needs_reconnect\`;`)
}
