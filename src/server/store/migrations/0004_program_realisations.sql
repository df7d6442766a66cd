CREATE TABLE "program_realisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"budget_realised" bigint,
	"physical_progress" double precision
);
--> statement-breakpoint
CREATE UNIQUE INDEX "program_realisations_key" ON "program_realisations" USING btree ("program_id","quarter");