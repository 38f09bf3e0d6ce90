CREATE TABLE "ai_answers" (
	"key" text PRIMARY KEY NOT NULL,
	"answer" jsonb,
	"raw" text,
	"note" text,
	"steps" jsonb,
	"model" text NOT NULL,
	"tokens_in" integer,
	"tokens_out" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ai_prices" (
	"model" text PRIMARY KEY NOT NULL,
	"input_usd" double precision NOT NULL,
	"output_usd" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "cells_reused" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "saved_tokens_in" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "saved_tokens_out" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "saved_usd" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "spent_usd" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "budget_tokens" bigint;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "budget_usd" double precision;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "paused_at" timestamp with time zone;