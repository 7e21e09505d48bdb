CREATE TABLE "review_cycles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"phase" text DEFAULT 'draft' NOT NULL,
	"board_reviewer_person_id" uuid,
	"leaders_opened_at" timestamp with time zone,
	"everyone_opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_cycles_dates_check" CHECK ("review_cycles"."end_date" >= "review_cycles"."start_date")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reviewer_person_id" uuid,
	"leader" boolean NOT NULL,
	"state" text DEFAULT 'not-started' NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"self_rating" integer,
	"self_text" text DEFAULT '' NOT NULL,
	"self_submitted_at" timestamp with time zone,
	"manager_rating" integer,
	"manager_text" text DEFAULT '' NOT NULL,
	"manager_submitted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_self_rating_check" CHECK ("reviews"."self_rating" is null or "reviews"."self_rating" between 1 and 5),
	CONSTRAINT "reviews_manager_rating_check" CHECK ("reviews"."manager_rating" is null or "reviews"."manager_rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_board_reviewer_person_id_people_id_fk" FOREIGN KEY ("board_reviewer_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_person_id_people_id_fk" FOREIGN KEY ("reviewer_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_cycles_org_idx" ON "review_cycles" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_cycle_person_uq" ON "reviews" USING btree ("cycle_id","person_id");--> statement-breakpoint
CREATE INDEX "reviews_org_cycle_idx" ON "reviews" USING btree ("organisation_id","cycle_id");--> statement-breakpoint
CREATE INDEX "reviews_org_person_idx" ON "reviews" USING btree ("organisation_id","person_id");--> statement-breakpoint
CREATE INDEX "reviews_org_reviewer_idx" ON "reviews" USING btree ("organisation_id","reviewer_person_id");