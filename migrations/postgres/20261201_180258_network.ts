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
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'network_channel_reconnect';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'network_inbox_overdue';
  ALTER TYPE "public"."enum_users_email_muted" ADD VALUE 'network_channel_reconnect';
  ALTER TYPE "public"."enum_users_email_muted" ADD VALUE 'network_inbox_overdue';
  ALTER TABLE "duty_settings_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "duty_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "duty_settings_slots" CASCADE;
  DROP TABLE "duty_settings" CASCADE;
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
   CREATE TABLE "duty_settings_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"start" varchar NOT NULL,
  	"end" varchar NOT NULL
  );
  
  CREATE TABLE "duty_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"response_target_minutes" numeric DEFAULT 30,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "stories" DROP CONSTRAINT "stories_origin_page_id_pages_id_fk";
  
  ALTER TABLE "stories" DROP CONSTRAINT "stories_origin_shared_by_id_users_id_fk";
  
  ALTER TABLE "stories_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_stories_history_action";
  CREATE TYPE "public"."enum_stories_history_action" AS ENUM('submit', 'withdraw', 'claim', 'request_changes', 'forward', 'approve', 'reject', 'schedule', 'unschedule', 'publish_now', 'auto_publish');
  ALTER TABLE "stories_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_stories_history_action" USING "action"::"public"."enum_stories_history_action";
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_email_muted";
  CREATE TYPE "public"."enum_users_email_muted" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue');
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_email_muted" USING "value"::"public"."enum_users_email_muted";
  DROP INDEX "stories_origin_origin_page_idx";
  DROP INDEX "stories_origin_origin_story_idx";
  DROP INDEX "stories_origin_origin_shared_by_idx";
  ALTER TABLE "duty_settings_slots" ADD CONSTRAINT "duty_settings_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."duty_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "duty_settings_slots_order_idx" ON "duty_settings_slots" USING btree ("_order");
  CREATE INDEX "duty_settings_slots_parent_id_idx" ON "duty_settings_slots" USING btree ("_parent_id");
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
