import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_state" AS ENUM('queued', 'running', 'done', 'failed');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'report_ready';
  ALTER TYPE "public"."enum_users_email_muted" ADD VALUE 'report_ready';
  CREATE TABLE "post_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"publication_id" integer NOT NULL,
  	"story_id" integer,
  	"channel_id" integer,
  	"metric" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "page_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"channel_id" integer NOT NULL,
  	"metric" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"state" "enum_reports_state" DEFAULT 'queued' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"step" varchar,
  	"requested_by_id" integer,
  	"schedule_key" varchar,
  	"attempts" numeric DEFAULT 0,
  	"lease_owner" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"error" varchar,
  	"xlsx_file" varchar,
  	"pdf_file" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"monthly_email" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "publications" ADD COLUMN "metrics_due_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "metrics_lease_owner" varchar;
  ALTER TABLE "publications" ADD COLUMN "metrics_lease_until" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "metrics_collected_at" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "metrics_due_at" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "metrics_lease_owner" varchar;
  ALTER TABLE "channels" ADD COLUMN "metrics_lease_until" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "metrics_collected_at" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "metrics_unsupported" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "post_metrics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_metrics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "page_metrics" ADD CONSTRAINT "page_metrics_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "page_metrics" ADD CONSTRAINT "page_metrics_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "post_metrics_publication_idx" ON "post_metrics" USING btree ("publication_id");
  CREATE INDEX "post_metrics_story_idx" ON "post_metrics" USING btree ("story_id");
  CREATE INDEX "post_metrics_channel_idx" ON "post_metrics" USING btree ("channel_id");
  CREATE INDEX "post_metrics_page_idx" ON "post_metrics" USING btree ("page_id");
  CREATE INDEX "post_metrics_updated_at_idx" ON "post_metrics" USING btree ("updated_at");
  CREATE INDEX "post_metrics_created_at_idx" ON "post_metrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "publication_metric_day_idx" ON "post_metrics" USING btree ("publication_id","metric","day");
  CREATE INDEX "metric_day_idx" ON "post_metrics" USING btree ("metric","day");
  CREATE INDEX "story_metric_day_idx" ON "post_metrics" USING btree ("story_id","metric","day");
  CREATE INDEX "page_metrics_channel_idx" ON "page_metrics" USING btree ("channel_id");
  CREATE INDEX "page_metrics_page_idx" ON "page_metrics" USING btree ("page_id");
  CREATE INDEX "page_metrics_updated_at_idx" ON "page_metrics" USING btree ("updated_at");
  CREATE INDEX "page_metrics_created_at_idx" ON "page_metrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "channel_metric_day_idx" ON "page_metrics" USING btree ("channel_id","metric","day");
  CREATE INDEX "metric_day_1_idx" ON "page_metrics" USING btree ("metric","day");
  CREATE INDEX "reports_requested_by_idx" ON "reports" USING btree ("requested_by_id");
  CREATE UNIQUE INDEX "reports_schedule_key_idx" ON "reports" USING btree ("schedule_key");
  CREATE INDEX "reports_page_idx" ON "reports" USING btree ("page_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "state_leaseUntil_idx" ON "reports" USING btree ("state","lease_until");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_post_metrics_fk" FOREIGN KEY ("post_metrics_id") REFERENCES "public"."post_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_metrics_fk" FOREIGN KEY ("page_metrics_id") REFERENCES "public"."page_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "publications_metrics_due_at_idx" ON "publications" USING btree ("metrics_due_at");
  CREATE INDEX "channels_metrics_due_at_idx" ON "channels" USING btree ("metrics_due_at");
  CREATE INDEX "payload_locked_documents_rels_post_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("post_metrics_id");
  CREATE INDEX "payload_locked_documents_rels_page_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("page_metrics_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "post_metrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "page_metrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "post_metrics" CASCADE;
  DROP TABLE "page_metrics" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "report_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_post_metrics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_metrics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue', 'network_channel_reconnect', 'network_inbox_overdue');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_email_muted";
  CREATE TYPE "public"."enum_users_email_muted" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue', 'network_channel_reconnect', 'network_inbox_overdue');
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_email_muted" USING "value"::"public"."enum_users_email_muted";
  DROP INDEX "publications_metrics_due_at_idx";
  DROP INDEX "channels_metrics_due_at_idx";
  DROP INDEX "payload_locked_documents_rels_post_metrics_id_idx";
  DROP INDEX "payload_locked_documents_rels_page_metrics_id_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  ALTER TABLE "publications" DROP COLUMN "metrics_due_at";
  ALTER TABLE "publications" DROP COLUMN "metrics_lease_owner";
  ALTER TABLE "publications" DROP COLUMN "metrics_lease_until";
  ALTER TABLE "publications" DROP COLUMN "metrics_collected_at";
  ALTER TABLE "channels" DROP COLUMN "metrics_due_at";
  ALTER TABLE "channels" DROP COLUMN "metrics_lease_owner";
  ALTER TABLE "channels" DROP COLUMN "metrics_lease_until";
  ALTER TABLE "channels" DROP COLUMN "metrics_collected_at";
  ALTER TABLE "channels" DROP COLUMN "metrics_unsupported";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "post_metrics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_metrics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  DROP TYPE "public"."enum_reports_state";`)
}
