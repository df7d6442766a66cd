CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"number" text,
	"first_party" jsonb NOT NULL,
	"second_party" jsonb NOT NULL,
	"signed_on" date,
	"signed_place" text
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"entity" text NOT NULL,
	"record_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"op" text NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"user_id" uuid,
	"device_id" text,
	"mutation_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "changes_tenant_id_rev_pk" PRIMARY KEY("tenant_id","rev")
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"record_id" uuid NOT NULL,
	"field" text NOT NULL,
	"server_value" jsonb,
	"incoming_value" jsonb,
	"mutation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"order" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"order" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"aggregation" text NOT NULL,
	"target_type" text NOT NULL,
	"annual_target" jsonb,
	"quarter_targets" jsonb NOT NULL,
	"lower_is_better_formula" text,
	"scale_levels" jsonb NOT NULL,
	"definition" text NOT NULL,
	"data_source" text NOT NULL,
	"responsible" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"success" boolean NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mutations" (
	"id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"payload" jsonb NOT NULL,
	"outcome" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mutations_device_id_seq_pk" PRIMARY KEY("device_id","seq")
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"active" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"order" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"budget" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "realisations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rev" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"value" double precision,
	"drivers" text NOT NULL,
	"obstacles" text NOT NULL,
	"follow_up" text NOT NULL,
	"status" text NOT NULL,
	"review_note" text,
	"field_revs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"field_devices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "realisations_quarter_ck" CHECK ("realisations"."quarter" BETWEEN 1 AND 4)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"device_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tenant_counters" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"last_rev" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"regional_head_name" text NOT NULL,
	"regional_head_title" text NOT NULL,
	"settings" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"username" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"position" text NOT NULL,
	"nip" text,
	"active" boolean NOT NULL,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_counters" ADD CONSTRAINT "tenant_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "changes_unit_idx" ON "changes" USING btree ("tenant_id","org_unit_id","rev");--> statement-breakpoint
CREATE INDEX "conflicts_record_idx" ON "conflicts" USING btree ("tenant_id","record_id");--> statement-breakpoint
CREATE INDEX "login_attempts_username_idx" ON "login_attempts" USING btree ("username","attempted_at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE INDEX "mutations_id_idx" ON "mutations" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "realisations_indicator_quarter_uq" ON "realisations" USING btree ("indicator_id","quarter");