CREATE TABLE "text_analyses" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"score" real NOT NULL,
	"sentences" jsonb NOT NULL,
	"other" boolean NOT NULL,
	"codeframe_version" integer NOT NULL,
	"analysed_at" timestamp with time zone NOT NULL,
	"month" text NOT NULL,
	"unit_id" uuid,
	"nps_group" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_codeframes" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"themes" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"proposals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"other_proposals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"proposals_version" integer,
	"proposals_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_rollups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"month" text NOT NULL,
	"unit_id" uuid,
	"theme_id" text NOT NULL,
	"nps_group" text NOT NULL,
	"label" text NOT NULL,
	"comments" integer NOT NULL,
	"score_sum" real NOT NULL,
	CONSTRAINT "text_rollups_key" UNIQUE NULLS NOT DISTINCT("organisation_id","month","unit_id","theme_id","nps_group","label")
);
--> statement-breakpoint
CREATE TABLE "text_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"codeframe_version" integer NOT NULL,
	"status" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "text_tags" (
	"response_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"theme_id" text NOT NULL,
	"label" text NOT NULL,
	"score" real NOT NULL,
	"terms" jsonb NOT NULL,
	CONSTRAINT "text_tags_response_id_theme_id_pk" PRIMARY KEY("response_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "text_analyses" ADD CONSTRAINT "text_analyses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_codeframes" ADD CONSTRAINT "text_codeframes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_rollups" ADD CONSTRAINT "text_rollups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_runs" ADD CONSTRAINT "text_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_tags" ADD CONSTRAINT "text_tags_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "text_analyses_org_label_idx" ON "text_analyses" USING btree ("organisation_id","label");--> statement-breakpoint
CREATE INDEX "text_rollups_org_month_idx" ON "text_rollups" USING btree ("organisation_id","month");--> statement-breakpoint
CREATE INDEX "text_runs_org_idx" ON "text_runs" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE INDEX "text_tags_org_theme_idx" ON "text_tags" USING btree ("organisation_id","theme_id","response_id");