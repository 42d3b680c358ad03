import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

const PAGE_OWNED_TABLES = ['areas', 'stories', 'media', 'channels', 'publications', 'shifts', 'inbox', 'notifications', 'webhook_events']
const defaultPageName = () => process.env.NEWSROOM_NAME?.trim() || 'Tòa soạn cộng tác viên'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_level" AS ENUM('district', 'grassroots');
  CREATE TYPE "public"."enum_users_memberships_roles" AS ENUM('collaborator', 'editor', 'board', 'duty');
  CREATE TABLE "pages_duty_slots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"start" varchar NOT NULL,
  	"end" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"level" "enum_pages_level" DEFAULT 'grassroots' NOT NULL,
  	"parent_id" integer,
  	"response_target_minutes" numeric DEFAULT 30,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "users_memberships_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_memberships_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"page_id" integer NOT NULL
  );
  
  DROP INDEX "day_slot_idx";
  DROP INDEX "areas_name_idx";
  ALTER TABLE "inbox" RENAME COLUMN "page_id" TO "facebook_page_id";
  ALTER TABLE "inbox" ADD COLUMN "page_id" integer;
  ALTER TABLE "channels" RENAME COLUMN "page_id" TO "facebook_page_id";
  ALTER TABLE "channels" ADD COLUMN "page_id" integer;
  ALTER TABLE "stories" ADD COLUMN "page_id" integer;
  ALTER TABLE "publications" ADD COLUMN "page_id" integer;
  ALTER TABLE "media" ADD COLUMN "page_id" integer;
  ALTER TABLE "shifts" ADD COLUMN "page_id" integer;
  ALTER TABLE "notifications" ADD COLUMN "page_id" integer;
  ALTER TABLE "areas" ADD COLUMN "page_id" integer;
  ALTER TABLE "webhook_events" ADD COLUMN "page_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "pages_duty_slots" ADD CONSTRAINT "pages_duty_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships_roles" ADD CONSTRAINT "users_memberships_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_memberships"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_duty_slots_order_idx" ON "pages_duty_slots" USING btree ("_order");
  CREATE INDEX "pages_duty_slots_parent_id_idx" ON "pages_duty_slots" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_units_id_idx" ON "pages_rels" USING btree ("units_id");
  CREATE INDEX "users_memberships_roles_order_idx" ON "users_memberships_roles" USING btree ("order");
  CREATE INDEX "users_memberships_roles_parent_idx" ON "users_memberships_roles" USING btree ("parent_id");
  CREATE INDEX "users_memberships_order_idx" ON "users_memberships" USING btree ("_order");
  CREATE INDEX "users_memberships_parent_id_idx" ON "users_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_memberships_page_idx" ON "users_memberships" USING btree ("page_id");
  ALTER TABLE "stories" ADD CONSTRAINT "stories_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shifts" ADD CONSTRAINT "shifts_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "areas" ADD CONSTRAINT "areas_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channels" ADD CONSTRAINT "channels_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stories_page_idx" ON "stories" USING btree ("page_id");
  CREATE INDEX "page_stage_stageChangedAt_idx" ON "stories" USING btree ("page_id","stage","stage_changed_at");
  CREATE INDEX "publications_page_idx" ON "publications" USING btree ("page_id");
  CREATE INDEX "media_page_idx" ON "media" USING btree ("page_id");
  CREATE INDEX "inbox_page_idx" ON "inbox" USING btree ("page_id");
  CREATE INDEX "shifts_page_idx" ON "shifts" USING btree ("page_id");
  CREATE UNIQUE INDEX "page_day_slot_idx" ON "shifts" USING btree ("page_id","day","slot");
  CREATE INDEX "notifications_page_idx" ON "notifications" USING btree ("page_id");
  CREATE INDEX "areas_page_idx" ON "areas" USING btree ("page_id");
  CREATE UNIQUE INDEX "page_name_idx" ON "areas" USING btree ("page_id","name");
  CREATE INDEX "channels_facebook_page_id_idx" ON "channels" USING btree ("facebook_page_id");
  CREATE INDEX "channels_page_idx" ON "channels" USING btree ("page_id");
  CREATE INDEX "webhook_events_page_idx" ON "webhook_events" USING btree ("page_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");`)

  // Everything made before there were pages belongs to the district page; its duty settings and
  // its people (their roles there) come from the one newsroom there was.
  await db.execute(sql`INSERT INTO "pages" ("name", "slug", "level", "response_target_minutes") VALUES (${defaultPageName()}, 'huyen', 'district', COALESCE((SELECT "response_target_minutes" FROM "duty_settings" LIMIT 1), 30));`)
  await db.execute(sql`INSERT INTO "pages_duty_slots" ("_order", "_parent_id", "id", "name", "start", "end") SELECT s."_order", p."id", 'p' || s."id", s."name", s."start", s."end" FROM "duty_settings_slots" s, "pages" p WHERE p."slug" = 'huyen';`)
  // A newsroom that never saved its duty settings worked with the default slots: the page gets them.
  await db.execute(sql`INSERT INTO "pages_duty_slots" ("_order", "_parent_id", "id", "name", "start", "end") SELECT d.o, p."id", 'd' || d.o, d.n, d.s, d.e FROM (VALUES (1, 'Sáng', '06:00', '11:00'), (2, 'Chiều', '11:00', '17:00'), (3, 'Tối', '17:00', '22:00')) AS d(o, n, s, e), "pages" p WHERE p."slug" = 'huyen' AND NOT EXISTS (SELECT 1 FROM "pages_duty_slots");`)
  for (const table of PAGE_OWNED_TABLES) {
    await db.execute(sql.raw(`UPDATE "${table}" SET "page_id" = (SELECT "id" FROM "pages" WHERE "slug" = 'huyen') WHERE "page_id" IS NULL;`))
  }
  await db.execute(sql`INSERT INTO "users_memberships" ("_order", "_parent_id", "id", "page_id") SELECT 1, u."id", 'm' || u."id", p."id" FROM "users" u, "pages" p WHERE p."slug" = 'huyen' AND EXISTS (SELECT 1 FROM "users_roles" r WHERE r."parent_id" = u."id" AND r."value" <> 'admin');`)
  await db.execute(sql`INSERT INTO "users_memberships_roles" ("order", "parent_id", "value") SELECT r."order", 'm' || r."parent_id", r."value"::text::"enum_users_memberships_roles" FROM "users_roles" r WHERE r."value" <> 'admin';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_duty_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_memberships_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_memberships" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_duty_slots" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "users_memberships_roles" CASCADE;
  DROP TABLE "users_memberships" CASCADE;
  ALTER TABLE "stories" DROP CONSTRAINT "stories_page_id_pages_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_page_id_pages_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_page_id_pages_id_fk";
  
  ALTER TABLE "inbox" DROP CONSTRAINT "inbox_page_id_pages_id_fk";
  
  ALTER TABLE "shifts" DROP CONSTRAINT "shifts_page_id_pages_id_fk";
  
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_page_id_pages_id_fk";
  
  ALTER TABLE "areas" DROP CONSTRAINT "areas_page_id_pages_id_fk";
  
  ALTER TABLE "channels" DROP CONSTRAINT "channels_page_id_pages_id_fk";
  
  ALTER TABLE "webhook_events" DROP CONSTRAINT "webhook_events_page_id_pages_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  DROP INDEX "stories_page_idx";
  DROP INDEX "page_stage_stageChangedAt_idx";
  DROP INDEX "publications_page_idx";
  DROP INDEX "media_page_idx";
  DROP INDEX "inbox_page_idx";
  DROP INDEX "shifts_page_idx";
  DROP INDEX "page_day_slot_idx";
  DROP INDEX "notifications_page_idx";
  DROP INDEX "areas_page_idx";
  DROP INDEX "page_name_idx";
  DROP INDEX "channels_facebook_page_id_idx";
  DROP INDEX "channels_page_idx";
  DROP INDEX "webhook_events_page_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  ALTER TABLE "inbox" DROP COLUMN "page_id";
  ALTER TABLE "inbox" RENAME COLUMN "facebook_page_id" TO "page_id";
  ALTER TABLE "channels" DROP COLUMN "page_id";
  ALTER TABLE "channels" RENAME COLUMN "facebook_page_id" TO "page_id";
  CREATE UNIQUE INDEX "day_slot_idx" ON "shifts" USING btree ("day","slot");
  CREATE UNIQUE INDEX "areas_name_idx" ON "areas" USING btree ("name");
  ALTER TABLE "stories" DROP COLUMN "page_id";
  ALTER TABLE "publications" DROP COLUMN "page_id";
  ALTER TABLE "media" DROP COLUMN "page_id";
  ALTER TABLE "shifts" DROP COLUMN "page_id";
  ALTER TABLE "notifications" DROP COLUMN "page_id";
  ALTER TABLE "areas" DROP COLUMN "page_id";
  ALTER TABLE "webhook_events" DROP COLUMN "page_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  DROP TYPE "public"."enum_pages_level";
  DROP TYPE "public"."enum_users_memberships_roles";`)
}
