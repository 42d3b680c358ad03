import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "duty_settings_slots" CASCADE;
  DROP TABLE "duty_settings" CASCADE;`)
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
  
  ALTER TABLE "duty_settings_slots" ADD CONSTRAINT "duty_settings_slots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."duty_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "duty_settings_slots_order_idx" ON "duty_settings_slots" USING btree ("_order");
  CREATE INDEX "duty_settings_slots_parent_id_idx" ON "duty_settings_slots" USING btree ("_parent_id");`)
}
