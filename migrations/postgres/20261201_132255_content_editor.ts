import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" ADD COLUMN "content_edited_by_id" integer;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_content_edited_by_id_users_id_fk" FOREIGN KEY ("content_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "stories_content_edited_by_idx" ON "stories" USING btree ("content_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" DROP CONSTRAINT "stories_content_edited_by_id_users_id_fk";
  
  DROP INDEX "stories_content_edited_by_idx";
  ALTER TABLE "stories" DROP COLUMN "content_edited_by_id";`)
}
