import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publications_state" AS ENUM('queued', 'publishing', 'published', 'failed', 'unconfirmed', 'cancelled');
  ALTER TYPE "public"."enum_stories_history_action" ADD VALUE 'auto_publish';
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"story_id" integer NOT NULL,
  	"channel_id" integer NOT NULL,
  	"state" "enum_publications_state" DEFAULT 'queued' NOT NULL,
  	"scheduled_for" timestamp(3) with time zone NOT NULL,
  	"external_id" varchar,
  	"permalink" varchar,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"published_at" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"lease_owner" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"final_call_at" timestamp(3) with time zone,
  	"reconcile_retries" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "stories_history" ALTER COLUMN "by_id" DROP NOT NULL;
  ALTER TABLE "channels" ADD COLUMN "access_token_sealed" varchar;
  ALTER TABLE "channels" ADD COLUMN "needs_reconnect" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publications_id" integer;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publications_story_idx" ON "publications" USING btree ("story_id");
  CREATE INDEX "publications_channel_idx" ON "publications" USING btree ("channel_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE UNIQUE INDEX "story_channel_idx" ON "publications" USING btree ("story_id","channel_id");
  CREATE INDEX "state_scheduledFor_idx" ON "publications" USING btree ("state","scheduled_for");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publications_fk";
  
  ALTER TABLE "stories_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_stories_history_action";
  CREATE TYPE "public"."enum_stories_history_action" AS ENUM('submit', 'withdraw', 'claim', 'request_changes', 'forward', 'approve', 'reject', 'schedule', 'unschedule', 'publish_now');
  ALTER TABLE "stories_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_stories_history_action" USING "action"::"public"."enum_stories_history_action";
  DROP INDEX "payload_locked_documents_rels_publications_id_idx";
  ALTER TABLE "stories_history" ALTER COLUMN "by_id" SET NOT NULL;
  ALTER TABLE "channels" DROP COLUMN "access_token_sealed";
  ALTER TABLE "channels" DROP COLUMN "needs_reconnect";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publications_id";
  DROP TYPE "public"."enum_publications_state";`)
}
