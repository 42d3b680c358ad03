import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'network_channel_reconnect';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'network_inbox_overdue';
  ALTER TYPE "public"."enum_users_email_muted" ADD VALUE 'network_channel_reconnect';
  ALTER TYPE "public"."enum_users_email_muted" ADD VALUE 'network_inbox_overdue';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_email_muted";
  CREATE TYPE "public"."enum_users_email_muted" AS ENUM('queue_entered', 'changes_requested', 'approved', 'scheduled', 'published', 'publishing_failed', 'inbox_assigned', 'inbox_overdue', 'rebuttal_waiting', 'backup_overdue');
  ALTER TABLE "users_email_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_email_muted" USING "value"::"public"."enum_users_email_muted";`)
}
