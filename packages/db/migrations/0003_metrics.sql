CREATE TABLE "metric_daily_rollups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"survey_id" uuid NOT NULL,
	"unit_id" uuid,
	"channel_id" uuid,
	"segment_id" uuid,
	"employee_id" uuid,
	"s0" integer DEFAULT 0 NOT NULL,
	"s1" integer DEFAULT 0 NOT NULL,
	"s2" integer DEFAULT 0 NOT NULL,
	"s3" integer DEFAULT 0 NOT NULL,
	"s4" integer DEFAULT 0 NOT NULL,
	"s5" integer DEFAULT 0 NOT NULL,
	"s6" integer DEFAULT 0 NOT NULL,
	"s7" integer DEFAULT 0 NOT NULL,
	"s8" integer DEFAULT 0 NOT NULL,
	"s9" integer DEFAULT 0 NOT NULL,
	"s10" integer DEFAULT 0 NOT NULL,
	"unscored" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "metric_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("organisation_id","day","survey_id","unit_id","channel_id","segment_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "metric_monthly_rollups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"month" date NOT NULL,
	"survey_id" uuid NOT NULL,
	"unit_id" uuid,
	"channel_id" uuid,
	"segment_id" uuid,
	"s0" integer DEFAULT 0 NOT NULL,
	"s1" integer DEFAULT 0 NOT NULL,
	"s2" integer DEFAULT 0 NOT NULL,
	"s3" integer DEFAULT 0 NOT NULL,
	"s4" integer DEFAULT 0 NOT NULL,
	"s5" integer DEFAULT 0 NOT NULL,
	"s6" integer DEFAULT 0 NOT NULL,
	"s7" integer DEFAULT 0 NOT NULL,
	"s8" integer DEFAULT 0 NOT NULL,
	"s9" integer DEFAULT 0 NOT NULL,
	"s10" integer DEFAULT 0 NOT NULL,
	"unscored" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "metric_monthly_rollups_key" UNIQUE NULLS NOT DISTINCT("organisation_id","month","survey_id","unit_id","channel_id","segment_id")
);
--> statement-breakpoint
ALTER TABLE "metric_daily_rollups" ADD CONSTRAINT "metric_daily_rollups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_daily_rollups" ADD CONSTRAINT "metric_daily_rollups_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_monthly_rollups" ADD CONSTRAINT "metric_monthly_rollups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_monthly_rollups" ADD CONSTRAINT "metric_monthly_rollups_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_daily_rollups_employee_idx" ON "metric_daily_rollups" USING btree ("organisation_id","employee_id","day");