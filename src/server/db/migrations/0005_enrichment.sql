ALTER TABLE "ai_cells" ADD COLUMN "steps" jsonb;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "plan" jsonb;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "project_id" text;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "batch_size" integer;