CREATE TABLE "response_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"bad_lines" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_source_check";--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "response_imports" ADD CONSTRAINT "response_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_imports_org_idx" ON "response_imports" USING btree ("organisation_id","id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_import_id_response_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."response_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_import_idx" ON "responses" USING btree ("import_id","id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_source_check" CHECK ("responses"."source" in ('web','email','widget','import','online','api','demo'));