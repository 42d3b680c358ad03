import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_origin_direction" AS ENUM('up', 'down');
  CREATE TYPE "public"."enum_stories_offer_state" AS ENUM('pending', 'accepted', 'declined');
  ALTER TYPE "public"."enum_stories_history_action" ADD VALUE 'shared_up';
  ALTER TYPE "public"."enum_stories_history_action" ADD VALUE 'shared_in';
  ALTER TYPE "public"."enum_stories_history_action" ADD VALUE 'offered_down';
  ALTER TYPE "public"."enum_stories_history_action" ADD VALUE 'offer_accepted';
  ALTER TYPE "public"."enum_stories_history_action" ADD VALUE 'offer_declined';
  ALTER TABLE "stories_history" ADD COLUMN "other_page" varchar;
  ALTER TABLE "stories" ADD COLUMN "origin_direction" "enum_stories_origin_direction";
  ALTER TABLE "stories" ADD COLUMN "origin_page_id" integer;
  ALTER TABLE "stories" ADD COLUMN "origin_page_name" varchar;
  ALTER TABLE "stories" ADD COLUMN "origin_story" varchar;
  ALTER TABLE "stories" ADD COLUMN "origin_author_name" varchar;
  ALTER TABLE "stories" ADD COLUMN "origin_shared_by_id" integer;
  ALTER TABLE "stories" ADD COLUMN "origin_shared_by_name" varchar;
  ALTER TABLE "stories" ADD COLUMN "origin_shared_at" timestamp(3) with time zone;
  ALTER TABLE "stories" ADD COLUMN "offer_state" "enum_stories_offer_state";
  ALTER TABLE "stories" ADD COLUMN "offer_publish_at" timestamp(3) with time zone;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_origin_page_id_pages_id_fk" FOREIGN KEY ("origin_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_origin_shared_by_id_users_id_fk" FOREIGN KEY ("origin_shared_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "stories_origin_origin_page_idx" ON "stories" USING btree ("origin_page_id");
  CREATE INDEX "stories_origin_origin_story_idx" ON "stories" USING btree ("origin_story");
  CREATE INDEX "stories_origin_origin_shared_by_idx" ON "stories" USING btree ("origin_shared_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" DROP CONSTRAINT "stories_origin_page_id_pages_id_fk";
  
  ALTER TABLE "stories" DROP CONSTRAINT "stories_origin_shared_by_id_users_id_fk";
  
  ALTER TABLE "stories_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_stories_history_action";
  CREATE TYPE "public"."enum_stories_history_action" AS ENUM('submit', 'withdraw', 'claim', 'request_changes', 'forward', 'approve', 'reject', 'schedule', 'unschedule', 'publish_now', 'auto_publish');
  ALTER TABLE "stories_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_stories_history_action" USING "action"::"public"."enum_stories_history_action";
  DROP INDEX "stories_origin_origin_page_idx";
  DROP INDEX "stories_origin_origin_story_idx";
  DROP INDEX "stories_origin_origin_shared_by_idx";
  ALTER TABLE "stories_history" DROP COLUMN "other_page";
  ALTER TABLE "stories" DROP COLUMN "origin_direction";
  ALTER TABLE "stories" DROP COLUMN "origin_page_id";
  ALTER TABLE "stories" DROP COLUMN "origin_page_name";
  ALTER TABLE "stories" DROP COLUMN "origin_story";
  ALTER TABLE "stories" DROP COLUMN "origin_author_name";
  ALTER TABLE "stories" DROP COLUMN "origin_shared_by_id";
  ALTER TABLE "stories" DROP COLUMN "origin_shared_by_name";
  ALTER TABLE "stories" DROP COLUMN "origin_shared_at";
  ALTER TABLE "stories" DROP COLUMN "offer_state";
  ALTER TABLE "stories" DROP COLUMN "offer_publish_at";
  DROP TYPE "public"."enum_stories_origin_direction";
  DROP TYPE "public"."enum_stories_offer_state";`)
}
