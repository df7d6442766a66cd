DROP INDEX "agreements_unit_year_version_uq";--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "supports_id" uuid;--> statement-breakpoint
CREATE INDEX "indicators_supports_idx" ON "indicators" USING btree ("supports_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_unit_year_version_uq" ON "agreements" USING btree ("org_unit_id","year","version",("kind" = 'pemda')) WHERE "agreements"."deleted" = false;