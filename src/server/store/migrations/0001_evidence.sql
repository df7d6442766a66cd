CREATE TABLE "attachments" (
	"tenant_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"stored_at" timestamp with time zone NOT NULL,
	"verified" boolean NOT NULL,
	"uploaded_by" uuid NOT NULL,
	CONSTRAINT "attachments_tenant_id_sha256_pk" PRIMARY KEY("tenant_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"realisation_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"caption" text NOT NULL,
	"taken_at" timestamp with time zone,
	"latitude" double precision,
	"longitude" double precision,
	"file_name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evidence_realisation_idx" ON "evidence" USING btree ("realisation_id");--> statement-breakpoint
CREATE INDEX "evidence_sha_idx" ON "evidence" USING btree ("tenant_id","sha256");