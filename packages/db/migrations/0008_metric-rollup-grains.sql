ALTER TABLE "metric_daily_rollups" DROP CONSTRAINT "metric_daily_rollups_key";--> statement-breakpoint
ALTER TABLE "metric_monthly_rollups" DROP CONSTRAINT "metric_monthly_rollups_key";--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_channel_id_channels_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_segment_id_segments_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_unit_id_units_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_employee_id_people_id_fk";
--> statement-breakpoint
DROP INDEX "metric_daily_rollups_employee_idx";--> statement-breakpoint
ALTER TABLE "metric_daily_rollups" ADD COLUMN "grain" smallint DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "metric_monthly_rollups" ADD COLUMN "grain" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "metric_monthly_rollups" ADD COLUMN "employee_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_employee_id_people_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_monthly_rollups_employee_idx" ON "metric_monthly_rollups" USING btree ("organisation_id","employee_id","month") WHERE grain = 15;--> statement-breakpoint
CREATE INDEX "metric_daily_rollups_employee_idx" ON "metric_daily_rollups" USING btree ("organisation_id","employee_id","day") WHERE grain = 15;--> statement-breakpoint
ALTER TABLE "metric_daily_rollups" ADD CONSTRAINT "metric_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("organisation_id","grain","day","survey_id","unit_id","channel_id","segment_id","employee_id");--> statement-breakpoint
ALTER TABLE "metric_monthly_rollups" ADD CONSTRAINT "metric_monthly_rollups_key" UNIQUE NULLS NOT DISTINCT("organisation_id","grain","month","survey_id","unit_id","channel_id","segment_id","employee_id");