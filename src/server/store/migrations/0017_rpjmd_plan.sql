CREATE TABLE "rpjmd_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"period_start" smallint NOT NULL,
	"period_end" smallint NOT NULL,
	"visi" text NOT NULL,
	"misi" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "tujuan_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "rpjmd_plans_key" ON "rpjmd_plans" USING btree ("tenant_id","period_start");