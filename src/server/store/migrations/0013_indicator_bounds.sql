ALTER TABLE "indicators" ADD COLUMN "min_value" double precision;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "max_value" double precision;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "evidence_required" boolean DEFAULT false NOT NULL;