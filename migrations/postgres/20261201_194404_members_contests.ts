import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_social_accounts_platform" AS ENUM('facebook', 'zalo', 'tiktok', 'youtube', 'other');
  CREATE TYPE "public"."enum_contests_kind" AS ENUM('photo', 'writing', 'design', 'video_link');
  CREATE TYPE "public"."enum_contests_eligibility" AS ENUM('members', 'public');
  CREATE TYPE "public"."enum_contests_result_formula" AS ENUM('jury_only', 'jury_and_votes');
  CREATE TYPE "public"."enum_contests_publish_mode" AS ENUM('post_each', 'album_batch');
  CREATE TYPE "public"."enum_contests_stage" AS ENUM('draft', 'open', 'closed', 'judging', 'results_published');
  CREATE TYPE "public"."enum_contest_entries_stage" AS ENUM('submitted', 'approved', 'rejected', 'published', 'scored', 'withdrawn');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'unit_lead' BEFORE 'admin';
  ALTER TYPE "public"."enum_users_memberships_roles" ADD VALUE 'unit_lead';
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"position" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"contact_consent_at" timestamp(3) with time zone,
  	"user_id" integer,
  	"active" boolean DEFAULT true,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"platform" "enum_social_accounts_platform" NOT NULL,
  	"url" varchar NOT NULL,
  	"profile_key" varchar,
  	"display_name" varchar,
  	"verified" boolean DEFAULT false,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contests_rubric" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"weight" numeric DEFAULT 1 NOT NULL,
  	"max_points" numeric DEFAULT 10 NOT NULL
  );
  
  CREATE TABLE "contests_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"count" numeric DEFAULT 1 NOT NULL
  );
  
  CREATE TABLE "contests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"rules" jsonb,
  	"kind" "enum_contests_kind" DEFAULT 'photo' NOT NULL,
  	"eligibility" "enum_contests_eligibility" DEFAULT 'public' NOT NULL,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"entries_per_person" numeric DEFAULT 1,
  	"max_photos" numeric DEFAULT 5,
  	"max_words" numeric,
  	"hashtag" varchar,
  	"result_formula" "enum_contests_result_formula" DEFAULT 'jury_only' NOT NULL,
  	"votes_weight" numeric DEFAULT 0,
  	"publish_mode" "enum_contests_publish_mode" DEFAULT 'post_each',
  	"stage" "enum_contests_stage" DEFAULT 'draft' NOT NULL,
  	"votes_frozen_at" timestamp(3) with time zone,
  	"announcement_id" integer,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "contest_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"number" numeric,
  	"title" varchar NOT NULL,
  	"story" varchar,
  	"text" varchar,
  	"link" varchar,
  	"member_id" integer,
  	"entrant_name" varchar,
  	"entrant_phone" varchar,
  	"entrant_email" varchar,
  	"entrant_place" varchar,
  	"entrant_unit_id" integer,
  	"contact_key" varchar,
  	"consent_rules" boolean,
  	"consent_publication" boolean,
  	"confirmation_code" varchar,
  	"stage" "enum_contest_entries_stage" DEFAULT 'submitted' NOT NULL,
  	"rejection_reason" varchar,
  	"image_hashes" jsonb,
  	"publication_id" integer,
  	"votes" numeric DEFAULT 0,
  	"votes_frozen" boolean DEFAULT false,
  	"jury_score" numeric,
  	"final_score" numeric,
  	"rank" numeric,
  	"prize" varchar,
  	"withdrawn_at" timestamp(3) with time zone,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"contest_entries_id" integer
  );
  
  CREATE TABLE "contest_scores_marks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"points" numeric NOT NULL
  );
  
  CREATE TABLE "contest_scores" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"entry_id" integer NOT NULL,
  	"juror_id" integer NOT NULL,
  	"total" numeric,
  	"recused" boolean DEFAULT false,
  	"recusal_reason" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "social_accounts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_scores_id" integer;
  ALTER TABLE "members" ADD CONSTRAINT "members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests_rubric" ADD CONSTRAINT "contests_rubric_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_prizes" ADD CONSTRAINT "contests_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_announcement_id_stories_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_entrant_unit_id_units_id_fk" FOREIGN KEY ("entrant_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries_rels" ADD CONSTRAINT "contest_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_entries_rels" ADD CONSTRAINT "contest_entries_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_entries_rels" ADD CONSTRAINT "contest_entries_rels_contest_entries_fk" FOREIGN KEY ("contest_entries_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_scores_marks" ADD CONSTRAINT "contest_scores_marks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contest_scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_juror_id_users_id_fk" FOREIGN KEY ("juror_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "members_full_name_idx" ON "members" USING btree ("full_name");
  CREATE INDEX "members_unit_idx" ON "members" USING btree ("unit_id");
  CREATE UNIQUE INDEX "members_user_idx" ON "members" USING btree ("user_id");
  CREATE INDEX "members_active_idx" ON "members" USING btree ("active");
  CREATE INDEX "members_page_idx" ON "members" USING btree ("page_id");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE INDEX "page_unit_idx" ON "members" USING btree ("page_id","unit_id");
  CREATE INDEX "social_accounts_member_idx" ON "social_accounts" USING btree ("member_id");
  CREATE INDEX "social_accounts_profile_key_idx" ON "social_accounts" USING btree ("profile_key");
  CREATE INDEX "social_accounts_page_idx" ON "social_accounts" USING btree ("page_id");
  CREATE INDEX "social_accounts_updated_at_idx" ON "social_accounts" USING btree ("updated_at");
  CREATE INDEX "social_accounts_created_at_idx" ON "social_accounts" USING btree ("created_at");
  CREATE UNIQUE INDEX "page_profileKey_idx" ON "social_accounts" USING btree ("page_id","profile_key");
  CREATE INDEX "contests_rubric_order_idx" ON "contests_rubric" USING btree ("_order");
  CREATE INDEX "contests_rubric_parent_id_idx" ON "contests_rubric" USING btree ("_parent_id");
  CREATE INDEX "contests_prizes_order_idx" ON "contests_prizes" USING btree ("_order");
  CREATE INDEX "contests_prizes_parent_id_idx" ON "contests_prizes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contests_slug_idx" ON "contests" USING btree ("slug");
  CREATE INDEX "contests_announcement_idx" ON "contests" USING btree ("announcement_id");
  CREATE INDEX "contests_page_idx" ON "contests" USING btree ("page_id");
  CREATE INDEX "contests_updated_at_idx" ON "contests" USING btree ("updated_at");
  CREATE INDEX "contests_created_at_idx" ON "contests" USING btree ("created_at");
  CREATE INDEX "contests_rels_order_idx" ON "contests_rels" USING btree ("order");
  CREATE INDEX "contests_rels_parent_idx" ON "contests_rels" USING btree ("parent_id");
  CREATE INDEX "contests_rels_path_idx" ON "contests_rels" USING btree ("path");
  CREATE INDEX "contests_rels_users_id_idx" ON "contests_rels" USING btree ("users_id");
  CREATE INDEX "contests_rels_channels_id_idx" ON "contests_rels" USING btree ("channels_id");
  CREATE INDEX "contest_entries_contest_idx" ON "contest_entries" USING btree ("contest_id");
  CREATE INDEX "contest_entries_member_idx" ON "contest_entries" USING btree ("member_id");
  CREATE INDEX "contest_entries_entrant_entrant_unit_idx" ON "contest_entries" USING btree ("entrant_unit_id");
  CREATE INDEX "contest_entries_publication_idx" ON "contest_entries" USING btree ("publication_id");
  CREATE INDEX "contest_entries_page_idx" ON "contest_entries" USING btree ("page_id");
  CREATE INDEX "contest_entries_updated_at_idx" ON "contest_entries" USING btree ("updated_at");
  CREATE INDEX "contest_entries_created_at_idx" ON "contest_entries" USING btree ("created_at");
  CREATE UNIQUE INDEX "contest_number_idx" ON "contest_entries" USING btree ("contest_id","number");
  CREATE INDEX "contest_stage_idx" ON "contest_entries" USING btree ("contest_id","stage");
  CREATE INDEX "contest_contactKey_idx" ON "contest_entries" USING btree ("contest_id","contact_key");
  CREATE INDEX "contest_entries_rels_order_idx" ON "contest_entries_rels" USING btree ("order");
  CREATE INDEX "contest_entries_rels_parent_idx" ON "contest_entries_rels" USING btree ("parent_id");
  CREATE INDEX "contest_entries_rels_path_idx" ON "contest_entries_rels" USING btree ("path");
  CREATE INDEX "contest_entries_rels_media_id_idx" ON "contest_entries_rels" USING btree ("media_id");
  CREATE INDEX "contest_entries_rels_contest_entries_id_idx" ON "contest_entries_rels" USING btree ("contest_entries_id");
  CREATE INDEX "contest_scores_marks_order_idx" ON "contest_scores_marks" USING btree ("_order");
  CREATE INDEX "contest_scores_marks_parent_id_idx" ON "contest_scores_marks" USING btree ("_parent_id");
  CREATE INDEX "contest_scores_contest_idx" ON "contest_scores" USING btree ("contest_id");
  CREATE INDEX "contest_scores_entry_idx" ON "contest_scores" USING btree ("entry_id");
  CREATE INDEX "contest_scores_juror_idx" ON "contest_scores" USING btree ("juror_id");
  CREATE INDEX "contest_scores_page_idx" ON "contest_scores" USING btree ("page_id");
  CREATE INDEX "contest_scores_updated_at_idx" ON "contest_scores" USING btree ("updated_at");
  CREATE INDEX "contest_scores_created_at_idx" ON "contest_scores" USING btree ("created_at");
  CREATE UNIQUE INDEX "entry_juror_idx" ON "contest_scores" USING btree ("entry_id","juror_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_accounts_fk" FOREIGN KEY ("social_accounts_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contests_fk" FOREIGN KEY ("contests_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_entries_fk" FOREIGN KEY ("contest_entries_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_scores_fk" FOREIGN KEY ("contest_scores_id") REFERENCES "public"."contest_scores"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_social_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("social_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_contests_id_idx" ON "payload_locked_documents_rels" USING btree ("contests_id");
  CREATE INDEX "payload_locked_documents_rels_contest_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_entries_id");
  CREATE INDEX "payload_locked_documents_rels_contest_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_scores_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_rubric" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_prizes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_entries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_scores_marks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_scores" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "members" CASCADE;
  DROP TABLE "social_accounts" CASCADE;
  DROP TABLE "contests_rubric" CASCADE;
  DROP TABLE "contests_prizes" CASCADE;
  DROP TABLE "contests" CASCADE;
  DROP TABLE "contests_rels" CASCADE;
  DROP TABLE "contest_entries" CASCADE;
  DROP TABLE "contest_entries_rels" CASCADE;
  DROP TABLE "contest_scores_marks" CASCADE;
  DROP TABLE "contest_scores" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_social_accounts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contest_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contest_scores_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('collaborator', 'editor', 'board', 'duty', 'admin');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "users_memberships_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_memberships_roles";
  CREATE TYPE "public"."enum_users_memberships_roles" AS ENUM('collaborator', 'editor', 'board', 'duty');
  ALTER TABLE "users_memberships_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_memberships_roles" USING "value"::"public"."enum_users_memberships_roles";
  DROP INDEX "payload_locked_documents_rels_members_id_idx";
  DROP INDEX "payload_locked_documents_rels_social_accounts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contests_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_scores_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "social_accounts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_scores_id";
  DROP TYPE "public"."enum_social_accounts_platform";
  DROP TYPE "public"."enum_contests_kind";
  DROP TYPE "public"."enum_contests_eligibility";
  DROP TYPE "public"."enum_contests_result_formula";
  DROP TYPE "public"."enum_contests_publish_mode";
  DROP TYPE "public"."enum_contests_stage";
  DROP TYPE "public"."enum_contest_entries_stage";`)
}
