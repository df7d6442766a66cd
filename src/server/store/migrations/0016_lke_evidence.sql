CREATE TABLE "lke_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"criterion_id" text NOT NULL,
	"sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"caption" text NOT NULL,
	"file_name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "lke_evidence_unit_year" ON "lke_evidence" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "lke_evidence_sha" ON "lke_evidence" USING btree ("tenant_id","sha256");