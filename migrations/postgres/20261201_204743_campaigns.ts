import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_state" AS ENUM('draft', 'launched', 'ended');
  CREATE TYPE "public"."enum_campaign_actions_kind" AS ENUM('shared', 'reacted', 'commented');
  CREATE TYPE "public"."enum_campaign_actions_source" AS ENUM('tap', 'graph');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'campaign_invite';
  ALTER TYPE "public"."enum_users_email_muted" ADD VALUE 'campaign_invite';
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"publication_id" integer NOT NULL,
  	"message" varchar,
  	"all_units" boolean DEFAULT true,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_campaigns_state" DEFAULT 'draft' NOT NULL,
  	"launched_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "campaign_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"unit_id" integer,
  	"kind" "enum_campaign_actions_kind" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"link" varchar,
  	"verified" boolean DEFAULT false,
  	"source" "enum_campaign_actions_source" DEFAULT 'tap' NOT NULL,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaign_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"by_id" integer,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "recognition_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stories" numeric DEFAULT 10 NOT NULL,
  	"photos" numeric DEFAULT 3 NOT NULL,
  	"shared" numeric DEFAULT 2 NOT NULL,
  	"reacted" numeric DEFAULT 1 NOT NULL,
  	"commented" numeric DEFAULT 1 NOT NULL,
  	"contest_entries" numeric DEFAULT 5 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_reminders_id" integer;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_actions" ADD CONSTRAINT "campaign_actions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_actions" ADD CONSTRAINT "campaign_actions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_actions" ADD CONSTRAINT "campaign_actions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_actions" ADD CONSTRAINT "campaign_actions_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reminders" ADD CONSTRAINT "campaign_reminders_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reminders" ADD CONSTRAINT "campaign_reminders_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reminders" ADD CONSTRAINT "campaign_reminders_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reminders" ADD CONSTRAINT "campaign_reminders_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "campaigns_publication_idx" ON "campaigns" USING btree ("publication_id");
  CREATE INDEX "campaigns_all_units_idx" ON "campaigns" USING btree ("all_units");
  CREATE INDEX "campaigns_created_by_idx" ON "campaigns" USING btree ("created_by_id");
  CREATE INDEX "campaigns_page_idx" ON "campaigns" USING btree ("page_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "page_state_idx" ON "campaigns" USING btree ("page_id","state");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_units_id_idx" ON "campaigns_rels" USING btree ("units_id");
  CREATE INDEX "campaign_actions_campaign_idx" ON "campaign_actions" USING btree ("campaign_id");
  CREATE INDEX "campaign_actions_member_idx" ON "campaign_actions" USING btree ("member_id");
  CREATE INDEX "campaign_actions_unit_idx" ON "campaign_actions" USING btree ("unit_id");
  CREATE INDEX "campaign_actions_at_idx" ON "campaign_actions" USING btree ("at");
  CREATE INDEX "campaign_actions_page_idx" ON "campaign_actions" USING btree ("page_id");
  CREATE INDEX "campaign_actions_updated_at_idx" ON "campaign_actions" USING btree ("updated_at");
  CREATE INDEX "campaign_actions_created_at_idx" ON "campaign_actions" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_member_kind_idx" ON "campaign_actions" USING btree ("campaign_id","member_id","kind");
  CREATE INDEX "campaign_unit_idx" ON "campaign_actions" USING btree ("campaign_id","unit_id");
  CREATE INDEX "campaign_reminders_campaign_idx" ON "campaign_reminders" USING btree ("campaign_id");
  CREATE INDEX "campaign_reminders_member_idx" ON "campaign_reminders" USING btree ("member_id");
  CREATE INDEX "campaign_reminders_by_idx" ON "campaign_reminders" USING btree ("by_id");
  CREATE INDEX "campaign_reminders_page_idx" ON "campaign_reminders" USING btree ("page_id");
  CREATE INDEX "campaign_reminders_updated_at_idx" ON "campaign_reminders" USING btree ("updated_at");
  CREATE INDEX "campaign_reminders_created_at_idx" ON "campaign_reminders" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_member_day_idx" ON "campaign_reminders" USING btree ("campaign_id","member_id","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_actions_fk" FOREIGN KEY ("campaign_actions_id") REFERENCES "public"."campaign_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_reminders_fk" FOREIGN KEY ("campaign_reminders_id") REFERENCES "public"."campaign_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_actions_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_reminders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recognition_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "campaign_actions" CASCADE;
  DROP TABLE "campaign_reminders" CASCADE;
  DROP TABLE "recognition_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_reminders_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue', 'network_channel_reconnect', 'network_inbox_overdue', 'share_received', 'report_ready');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_email_muted";
  CREATE TYPE "public"."enum_users_email_muted" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue', 'network_channel_reconnect', 'network_inbox_overdue', 'share_received', 'report_ready');
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_email_muted" USING "value"::"public"."enum_users_email_muted";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_reminders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_reminders_id";
  DROP TYPE "public"."enum_campaigns_state";
  DROP TYPE "public"."enum_campaign_actions_kind";
  DROP TYPE "public"."enum_campaign_actions_source";`)
}
