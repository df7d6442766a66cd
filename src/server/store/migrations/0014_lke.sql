CREATE TABLE "lke_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"status" text NOT NULL,
	"score" double precision,
	"predikat" text,
	"finalised_at" timestamp with time zone,
	"finalised_by" uuid
);
--> statement-breakpoint
CREATE TABLE "lke_recommendations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"order" integer NOT NULL,
	"text" text NOT NULL,
	"follow_up" text NOT NULL,
	"follow_up_note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lke_responses" (
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
	"side" text NOT NULL,
	"answer" text,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "lke_evaluations_key" ON "lke_evaluations" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "lke_recommendations_unit_year" ON "lke_recommendations" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "lke_responses_key" ON "lke_responses" USING btree ("org_unit_id","year","criterion_id","side");