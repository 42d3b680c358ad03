import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`duty_settings_slots\`;`)
  await db.run(sql`DROP TABLE \`duty_settings\`;`)
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
}
