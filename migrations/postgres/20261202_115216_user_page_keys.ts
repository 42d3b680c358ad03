import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "page_keys" varchar;`)
  // Every user's pages as hooks/users/keepPageKeys.ts writes them: `|5|12|`, null for none.
  await db.execute(sql`
   UPDATE "users" SET "page_keys" = (
     SELECT '|' || string_agg(DISTINCT "page_id"::text, '|') || '|' FROM "users_memberships"
     WHERE "_parent_id" = "users"."id" AND "page_id" IS NOT NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "page_keys";`)
}
