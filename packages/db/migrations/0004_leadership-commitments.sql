CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"due_on" date,
	"state" text DEFAULT 'open' NOT NULL,
	"source_kind" text DEFAULT 'manual' NOT NULL,
	"source_id" uuid,
	"created_by_person_id" uuid,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_state_check" CHECK ("action_items"."state" in ('open','in_progress','done','cancelled')),
	CONSTRAINT "action_items_source_check" CHECK ("action_items"."source_kind" in ('feedback_review','decision','case','manual'))
);
--> statement-breakpoint
CREATE TABLE "behaviours" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"key" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cadence" text NOT NULL,
	"evidence_kind" text NOT NULL,
	"evidence_hint" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "behaviours_cadence_check" CHECK ("behaviours"."cadence" in ('monthly','quarterly','review_cycle','per_decision')),
	CONSTRAINT "behaviours_evidence_kind_check" CHECK ("behaviours"."evidence_kind" in ('customer_conversation','decision_customer_impact','review_objectives','staff_enablement','feedback_review','online_engagement','decision_clv','new_focus'))
);
--> statement-breakpoint
CREATE TABLE "commitment_pauses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"behaviour_id" uuid NOT NULL,
	"target" integer DEFAULT 1 NOT NULL,
	"note" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_target_check" CHECK ("commitments"."target" between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"summary" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"customer_id" uuid,
	"segment_id" uuid,
	"feedback_review_id" uuid,
	"decision_id" uuid,
	"participant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"logged_by_person_id" uuid,
	"logged_at" timestamp with time zone NOT NULL,
	"confirmed_by_person_id" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_kind_check" CHECK ("evidence"."kind" in ('customer_conversation','decision_customer_impact','review_objectives','staff_enablement','feedback_review','online_engagement','decision_clv','new_focus'))
);
--> statement-breakpoint
CREATE TABLE "leader_nudges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by_person_id" uuid NOT NULL,
	"customer_benefit" text,
	"customer_impact" text,
	"expected_clv_effect" double precision,
	"clv_note" text,
	"unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_impact_check" CHECK ("decisions"."customer_impact" is null or "decisions"."customer_impact" in ('positive','neutral','negative'))
);
--> statement-breakpoint
CREATE TABLE "feedback_review_attendees" (
	"review_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid,
	"attended" boolean DEFAULT false NOT NULL,
	CONSTRAINT "feedback_review_attendees_review_id_person_id_pk" PRIMARY KEY("review_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid,
	"organiser_person_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"feedback_discussed" text NOT NULL,
	"decisions" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_created_by_person_id_people_id_fk" FOREIGN KEY ("created_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviours" ADD CONSTRAINT "behaviours_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_pauses" ADD CONSTRAINT "commitment_pauses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_pauses" ADD CONSTRAINT "commitment_pauses_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_behaviour_id_behaviours_id_fk" FOREIGN KEY ("behaviour_id") REFERENCES "public"."behaviours"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_feedback_review_id_feedback_reviews_id_fk" FOREIGN KEY ("feedback_review_id") REFERENCES "public"."feedback_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_logged_by_person_id_people_id_fk" FOREIGN KEY ("logged_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_confirmed_by_person_id_people_id_fk" FOREIGN KEY ("confirmed_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_nudges" ADD CONSTRAINT "leader_nudges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_person_id_people_id_fk" FOREIGN KEY ("decided_by_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_review_attendees" ADD CONSTRAINT "feedback_review_attendees_review_id_feedback_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."feedback_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_review_attendees" ADD CONSTRAINT "feedback_review_attendees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_review_attendees" ADD CONSTRAINT "feedback_review_attendees_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reviews" ADD CONSTRAINT "feedback_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reviews" ADD CONSTRAINT "feedback_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reviews" ADD CONSTRAINT "feedback_reviews_organiser_person_id_people_id_fk" FOREIGN KEY ("organiser_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_org_owner_idx" ON "action_items" USING btree ("organisation_id","owner_person_id","state");--> statement-breakpoint
CREATE INDEX "action_items_source_idx" ON "action_items" USING btree ("organisation_id","source_kind","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "behaviours_org_key_uq" ON "behaviours" USING btree ("organisation_id","key");--> statement-breakpoint
CREATE INDEX "behaviours_org_idx" ON "behaviours" USING btree ("organisation_id","position");--> statement-breakpoint
CREATE INDEX "commitment_pauses_commitment_idx" ON "commitment_pauses" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "commitments_org_person_idx" ON "commitments" USING btree ("organisation_id","person_id");--> statement-breakpoint
CREATE INDEX "commitments_behaviour_idx" ON "commitments" USING btree ("behaviour_id");--> statement-breakpoint
CREATE INDEX "evidence_org_person_idx" ON "evidence" USING btree ("organisation_id","person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "evidence_commitment_idx" ON "evidence" USING btree ("commitment_id","occurred_on");--> statement-breakpoint
CREATE INDEX "evidence_review_idx" ON "evidence" USING btree ("feedback_review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leader_nudges_org_key_uq" ON "leader_nudges" USING btree ("organisation_id","key");--> statement-breakpoint
CREATE INDEX "decisions_org_idx" ON "decisions" USING btree ("organisation_id","decided_on");--> statement-breakpoint
CREATE INDEX "decisions_person_idx" ON "decisions" USING btree ("organisation_id","decided_by_person_id","decided_on");--> statement-breakpoint
CREATE INDEX "feedback_review_attendees_person_idx" ON "feedback_review_attendees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "feedback_reviews_org_idx" ON "feedback_reviews" USING btree ("organisation_id","held_on");