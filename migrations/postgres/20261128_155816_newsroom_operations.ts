import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_inbox_kind" AS ENUM('comment', 'message');
  CREATE TYPE "public"."enum_inbox_state" AS ENUM('new', 'assigned', 'replied', 'escalated', 'closed');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting');
  CREATE TYPE "public"."enum_notifications_email_state" AS ENUM('pending', 'sending', 'sent', 'failed', 'muted');
  CREATE TYPE "public"."enum_users_email_muted" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting');
  CREATE TABLE "stories_official_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "inbox_replies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"external_id" varchar,
  	"tag" varchar
  );
  
  CREATE TABLE "inbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_inbox_kind" NOT NULL,
  	"text" varchar,
  	"from_name" varchar,
  	"external_id" varchar NOT NULL,
  	"page_id" varchar,
  	"post_id" varchar,
  	"parent_id" varchar,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"assignee_id" integer,
  	"state" "enum_inbox_state" DEFAULT 'new' NOT NULL,
  	"due_at" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"story_id" integer,
  	"rebuttal_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "shifts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"day" varchar NOT NULL,
  	"slot" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"next_assignee" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "shifts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link" varchar,
  	"read_at" timestamp(3) with time zone,
  	"email_state" "enum_notifications_email_state" DEFAULT 'pending',
  	"email_attempts" numeric DEFAULT 0,
  	"email_next_attempt_at" timestamp(3) with time zone,
  	"email_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_email_muted" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_email_muted",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dedupe_key" varchar NOT NULL,
  	"payload" jsonb NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"processed_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "stories" ADD COLUMN "false_claim_text" varchar;
  ALTER TABLE "stories" ADD COLUMN "false_claim_link" varchar;
  ALTER TABLE "stories" ADD COLUMN "false_claim_screenshot_id" integer;
  ALTER TABLE "stories" ADD COLUMN "urgent" boolean DEFAULT false;
  ALTER TABLE "stories" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inbox_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "shifts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_events_id" integer;
  ALTER TABLE "stories_official_sources" ADD CONSTRAINT "stories_official_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inbox_replies" ADD CONSTRAINT "inbox_replies_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox_replies" ADD CONSTRAINT "inbox_replies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_rebuttal_id_stories_id_fk" FOREIGN KEY ("rebuttal_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shifts_rels" ADD CONSTRAINT "shifts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."shifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shifts_rels" ADD CONSTRAINT "shifts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_email_muted" ADD CONSTRAINT "users_email_muted_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "duty_settings_slots" ADD CONSTRAINT "duty_settings_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."duty_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stories_official_sources_order_idx" ON "stories_official_sources" USING btree ("_order");
  CREATE INDEX "stories_official_sources_parent_id_idx" ON "stories_official_sources" USING btree ("_parent_id");
  CREATE INDEX "inbox_replies_order_idx" ON "inbox_replies" USING btree ("_order");
  CREATE INDEX "inbox_replies_parent_id_idx" ON "inbox_replies" USING btree ("_parent_id");
  CREATE INDEX "inbox_replies_by_idx" ON "inbox_replies" USING btree ("by_id");
  CREATE UNIQUE INDEX "inbox_external_id_idx" ON "inbox" USING btree ("external_id");
  CREATE INDEX "inbox_post_id_idx" ON "inbox" USING btree ("post_id");
  CREATE INDEX "inbox_assignee_idx" ON "inbox" USING btree ("assignee_id");
  CREATE INDEX "inbox_story_idx" ON "inbox" USING btree ("story_id");
  CREATE INDEX "inbox_rebuttal_idx" ON "inbox" USING btree ("rebuttal_id");
  CREATE INDEX "inbox_updated_at_idx" ON "inbox" USING btree ("updated_at");
  CREATE INDEX "inbox_created_at_idx" ON "inbox" USING btree ("created_at");
  CREATE INDEX "state_dueAt_idx" ON "inbox" USING btree ("state","due_at");
  CREATE INDEX "shifts_updated_at_idx" ON "shifts" USING btree ("updated_at");
  CREATE INDEX "shifts_created_at_idx" ON "shifts" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_slot_idx" ON "shifts" USING btree ("day","slot");
  CREATE INDEX "startsAt_endsAt_idx" ON "shifts" USING btree ("starts_at","ends_at");
  CREATE INDEX "shifts_rels_order_idx" ON "shifts_rels" USING btree ("order");
  CREATE INDEX "shifts_rels_parent_idx" ON "shifts_rels" USING btree ("parent_id");
  CREATE INDEX "shifts_rels_path_idx" ON "shifts_rels" USING btree ("path");
  CREATE INDEX "shifts_rels_users_id_idx" ON "shifts_rels" USING btree ("users_id");
  CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "user_readAt_idx" ON "notifications" USING btree ("user_id","read_at");
  CREATE INDEX "emailState_emailNextAttemptAt_idx" ON "notifications" USING btree ("email_state","email_next_attempt_at");
  CREATE INDEX "users_email_muted_order_idx" ON "users_email_muted" USING btree ("order");
  CREATE INDEX "users_email_muted_parent_idx" ON "users_email_muted" USING btree ("parent_id");
  CREATE UNIQUE INDEX "webhook_events_dedupe_key_idx" ON "webhook_events" USING btree ("dedupe_key");
  CREATE INDEX "webhook_events_processed_at_idx" ON "webhook_events" USING btree ("processed_at");
  CREATE INDEX "webhook_events_updated_at_idx" ON "webhook_events" USING btree ("updated_at");
  CREATE INDEX "webhook_events_created_at_idx" ON "webhook_events" USING btree ("created_at");
  CREATE INDEX "duty_settings_slots_order_idx" ON "duty_settings_slots" USING btree ("_order");
  CREATE INDEX "duty_settings_slots_parent_id_idx" ON "duty_settings_slots" USING btree ("_parent_id");
  ALTER TABLE "stories" ADD CONSTRAINT "stories_false_claim_screenshot_id_media_id_fk" FOREIGN KEY ("false_claim_screenshot_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inbox_fk" FOREIGN KEY ("inbox_id") REFERENCES "public"."inbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shifts_fk" FOREIGN KEY ("shifts_id") REFERENCES "public"."shifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_events_fk" FOREIGN KEY ("webhook_events_id") REFERENCES "public"."webhook_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stories_false_claim_false_claim_screenshot_idx" ON "stories" USING btree ("false_claim_screenshot_id");
  CREATE INDEX "payload_locked_documents_rels_inbox_id_idx" ON "payload_locked_documents_rels" USING btree ("inbox_id");
  CREATE INDEX "payload_locked_documents_rels_shifts_id_idx" ON "payload_locked_documents_rels" USING btree ("shifts_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_events_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories_official_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inbox_replies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shifts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shifts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_email_muted" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "duty_settings_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "duty_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stories_official_sources" CASCADE;
  DROP TABLE "inbox_replies" CASCADE;
  DROP TABLE "inbox" CASCADE;
  DROP TABLE "shifts" CASCADE;
  DROP TABLE "shifts_rels" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "users_email_muted" CASCADE;
  DROP TABLE "webhook_events" CASCADE;
  DROP TABLE "duty_settings_slots" CASCADE;
  DROP TABLE "duty_settings" CASCADE;
  ALTER TABLE "stories" DROP CONSTRAINT "stories_false_claim_screenshot_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inbox_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_shifts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_events_fk";
  
  DROP INDEX "stories_false_claim_false_claim_screenshot_idx";
  DROP INDEX "payload_locked_documents_rels_inbox_id_idx";
  DROP INDEX "payload_locked_documents_rels_shifts_id_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_events_id_idx";
  ALTER TABLE "stories" DROP COLUMN "false_claim_text";
  ALTER TABLE "stories" DROP COLUMN "false_claim_link";
  ALTER TABLE "stories" DROP COLUMN "false_claim_screenshot_id";
  ALTER TABLE "stories" DROP COLUMN "urgent";
  ALTER TABLE "stories" DROP COLUMN "submitted_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inbox_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "shifts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_events_id";
  DROP TYPE "public"."enum_inbox_kind";
  DROP TYPE "public"."enum_inbox_state";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_email_state";
  DROP TYPE "public"."enum_users_email_muted";`)
}
