CREATE TABLE "extract_chunks" (
	"job_id" text NOT NULL,
	"n" integer NOT NULL,
	"kind" text DEFAULT 'extract' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"text" text NOT NULL,
	"origin" text DEFAULT '' NOT NULL,
	"provider_key" text NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"error" text,
	CONSTRAINT "extract_chunks_job_id_n_pk" PRIMARY KEY("job_id","n")
);
--> statement-breakpoint
CREATE TABLE "extract_deliveries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "extract_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"job_id" text NOT NULL,
	"event" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"attempts_log" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extract_files" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"size" bigint NOT NULL,
	"mime_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extract_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"name" text NOT NULL,
	"schema_id" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"source_type" text NOT NULL,
	"source" jsonb NOT NULL,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"additional_context" text,
	"enhancement_context" text,
	"model" text,
	"webhook" jsonb,
	"error_message" text,
	"extract_chunks" integer DEFAULT 0 NOT NULL,
	"enhance_chunks" integer DEFAULT 0 NOT NULL,
	"extract_done" integer DEFAULT 0 NOT NULL,
	"enhance_done" integer DEFAULT 0 NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extract_rows" (
	"job_id" text NOT NULL,
	"row_id" uuid NOT NULL,
	"position" bigint NOT NULL,
	"identity" text,
	"validation_status" text NOT NULL,
	"validation_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extracted" jsonb NOT NULL,
	"enhancement_status" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "extract_rows_job_id_row_id_pk" PRIMARY KEY("job_id","row_id")
);
--> statement-breakpoint
CREATE TABLE "extract_schemas" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"columns" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "extract_chunks" ADD CONSTRAINT "extract_chunks_job_id_extract_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."extract_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extract_deliveries" ADD CONSTRAINT "extract_deliveries_job_id_extract_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."extract_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extract_rows" ADD CONSTRAINT "extract_rows_job_id_extract_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."extract_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extract_chunks_due_idx" ON "extract_chunks" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "extract_deliveries_due_idx" ON "extract_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "extract_jobs_status_idx" ON "extract_jobs" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "extract_rows_identity_idx" ON "extract_rows" USING btree ("job_id","identity");--> statement-breakpoint
CREATE INDEX "extract_rows_position_idx" ON "extract_rows" USING btree ("job_id","position");