CREATE TABLE "clv_fits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fitted_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"message" text NOT NULL,
	"time_unit" text NOT NULL,
	"calibration_end" text NOT NULL,
	"customers" integer NOT NULL,
	"repeat_customers" integer NOT NULL,
	"bgnbd" jsonb NOT NULL,
	"gamma_gamma" jsonb NOT NULL,
	"settings" jsonb NOT NULL,
	"holdout" jsonb,
	"breakdown" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"fit_id" uuid NOT NULL,
	"clv" double precision NOT NULL,
	"p_alive" double precision NOT NULL,
	"p_alive_before" double precision,
	"expected_purchases" double precision NOT NULL,
	"repeat_purchases" integer NOT NULL,
	"recency" double precision NOT NULL,
	"age" double precision NOT NULL,
	"mean_repeat_spend" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clv_fits" ADD CONSTRAINT "clv_fits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_values" ADD CONSTRAINT "customer_values_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_values" ADD CONSTRAINT "customer_values_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_values" ADD CONSTRAINT "customer_values_fit_id_clv_fits_id_fk" FOREIGN KEY ("fit_id") REFERENCES "public"."clv_fits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clv_fits_org_time_idx" ON "clv_fits" USING btree ("organisation_id","fitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_values_org_customer_uq" ON "customer_values" USING btree ("organisation_id","customer_id");--> statement-breakpoint
CREATE INDEX "customer_values_fit_idx" ON "customer_values" USING btree ("fit_id");