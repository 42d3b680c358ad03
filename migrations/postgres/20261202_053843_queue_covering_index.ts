import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "area_stage_stageChangedAt_idx";
  CREATE INDEX "area_stage_stageChangedAt_page_author_idx" ON "stories" USING btree ("area_id","stage","stage_changed_at","page_id","author_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "area_stage_stageChangedAt_page_author_idx";
  CREATE INDEX "area_stage_stageChangedAt_idx" ON "stories" USING btree ("area_id","stage","stage_changed_at");`)
}
