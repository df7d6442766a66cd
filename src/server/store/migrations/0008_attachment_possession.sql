CREATE TABLE "attachment_holders" (
	"tenant_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"stored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attachment_holders_tenant_id_sha256_org_unit_id_pk" PRIMARY KEY("tenant_id","sha256","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "partial_uploads" (
	"key" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"total" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "partial_uploads_user_idx" ON "partial_uploads" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "partial_uploads_updated_idx" ON "partial_uploads" USING btree ("updated_at");--> statement-breakpoint
-- Files received before possession was recorded: held by the unit their uploader is in now.
INSERT INTO "attachment_holders" ("tenant_id", "sha256", "org_unit_id", "uploaded_by", "stored_at")
SELECT a."tenant_id", a."sha256", u."org_unit_id", a."uploaded_by", a."stored_at"
FROM "attachments" a JOIN "users" u ON u."id" = a."uploaded_by"
ON CONFLICT DO NOTHING;
