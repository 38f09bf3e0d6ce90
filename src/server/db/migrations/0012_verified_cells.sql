ALTER TABLE "ai_cells" ADD COLUMN "verified_value" jsonb;--> statement-breakpoint
ALTER TABLE "ai_cells" ADD COLUMN "verified_by" text;--> statement-breakpoint
ALTER TABLE "ai_cells" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ai_cells" ADD COLUMN "examples" jsonb;--> statement-breakpoint
CREATE INDEX "ai_cells_verified_idx" ON "ai_cells" USING btree ("column_id","verified_at") WHERE verified_at IS NOT NULL;