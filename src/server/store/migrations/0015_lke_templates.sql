CREATE TABLE "lke_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"components" jsonb NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "lke_templates_key" ON "lke_templates" USING btree ("tenant_id","year");