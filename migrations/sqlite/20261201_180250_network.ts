import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`duty_settings_slots\`;`)
  await db.run(sql`DROP TABLE \`duty_settings\`;`)
  await db.run(sql`ALTER TABLE \`stories_history\` ADD \`other_page\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_direction\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_page_id\` integer REFERENCES pages(id);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_page_name\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_story\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_author_name\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_shared_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_shared_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`origin_shared_at\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`offer_state\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`offer_publish_at\` text;`)
  await db.run(sql`CREATE INDEX \`stories_origin_origin_page_idx\` ON \`stories\` (\`origin_page_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_origin_origin_story_idx\` ON \`stories\` (\`origin_story\`);`)
  await db.run(sql`CREATE INDEX \`stories_origin_origin_shared_by_idx\` ON \`stories\` (\`origin_shared_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`page_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`false_claim_screenshot_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`content_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stories\`("id", "stage", "title", "summary", "body", "false_claim_text", "false_claim_link", "false_claim_screenshot_id", "format", "area_id", "publish_at", "author_id", "content_edited_by_id", "urgent", "submitted_at", "stage_changed_at", "approved_content", "page_id", "updated_at", "created_at") SELECT "id", "stage", "title", "summary", "body", "false_claim_text", "false_claim_link", "false_claim_screenshot_id", "format", "area_id", "publish_at", "author_id", "content_edited_by_id", "urgent", "submitted_at", "stage_changed_at", "approved_content", "page_id", "updated_at", "created_at" FROM \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`ALTER TABLE \`__new_stories\` RENAME TO \`stories\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`stories_stage_idx\` ON \`stories\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`stories_false_claim_false_claim_screenshot_idx\` ON \`stories\` (\`false_claim_screenshot_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_area_idx\` ON \`stories\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_author_idx\` ON \`stories\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_content_edited_by_idx\` ON \`stories\` (\`content_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_page_idx\` ON \`stories\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`area_stage_stageChangedAt_idx\` ON \`stories\` (\`area_id\`,\`stage\`,\`stage_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`page_stage_stageChangedAt_idx\` ON \`stories\` (\`page_id\`,\`stage\`,\`stage_changed_at\`);`)
  await db.run(sql`ALTER TABLE \`stories_history\` DROP COLUMN \`other_page\`;`)
}
