ALTER TABLE "tenants" ADD COLUMN "logo_sha256" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "logo_mime_type" text;