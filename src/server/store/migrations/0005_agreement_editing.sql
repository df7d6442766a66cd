ALTER TABLE "indicators" ADD COLUMN "previous_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_unit_year_version_uq" ON "agreements" USING btree ("org_unit_id","year","version") WHERE "agreements"."deleted" = false;--> statement-breakpoint
CREATE INDEX "goals_agreement_idx" ON "goals" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "indicators_previous_idx" ON "indicators" USING btree ("previous_id");--> statement-breakpoint
CREATE INDEX "indicators_agreement_idx" ON "indicators" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "programs_agreement_idx" ON "programs" USING btree ("agreement_id");