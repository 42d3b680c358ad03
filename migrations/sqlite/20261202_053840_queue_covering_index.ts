import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`area_stage_stageChangedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`area_stage_stageChangedAt_page_author_idx\` ON \`stories\` (\`area_id\`,\`stage\`,\`stage_changed_at\`,\`page_id\`,\`author_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`area_stage_stageChangedAt_page_author_idx\`;`)
  await db.run(sql`CREATE INDEX \`area_stage_stageChangedAt_idx\` ON \`stories\` (\`area_id\`,\`stage\`,\`stage_changed_at\`);`)
}
