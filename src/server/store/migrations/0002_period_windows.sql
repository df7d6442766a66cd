CREATE TABLE "period_windows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"locked" boolean NOT NULL,
	"lock_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "period_windows_key" ON "period_windows" USING btree ("tenant_id","year","quarter");