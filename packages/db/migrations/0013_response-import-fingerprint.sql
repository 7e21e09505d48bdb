ALTER TABLE "response_imports" ADD COLUMN "fingerprint" text;--> statement-breakpoint
ALTER TABLE "response_imports" ADD COLUMN "runner" text;--> statement-breakpoint
ALTER TABLE "response_imports" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "response_imports_fingerprint_idx" ON "response_imports" USING btree ("organisation_id","fingerprint");