import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`page_keys\` text;`)
  // Every user's pages as hooks/users/keepPageKeys.ts writes them: `|5|12|`, null for none.
  await db.run(sql`UPDATE \`users\` SET \`page_keys\` = (
    SELECT '|' || replace(group_concat(DISTINCT \`page_id\`), ',', '|') || '|' FROM \`users_memberships\`
    WHERE \`_parent_id\` = \`users\`.\`id\` AND \`page_id\` IS NOT NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`page_keys\`;`)
}
