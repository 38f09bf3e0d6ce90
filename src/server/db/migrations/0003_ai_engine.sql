CREATE TABLE "ai_cell_counts" (
	"table_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "ai_cell_counts_table_id_status_pk" PRIMARY KEY("table_id","status")
);
--> statement-breakpoint
CREATE TABLE "ai_cells" (
	"table_id" uuid NOT NULL,
	"row_id" uuid NOT NULL,
	"column_id" uuid NOT NULL,
	"status" text DEFAULT 'created' NOT NULL,
	"run_id" uuid,
	"depth" integer DEFAULT 0 NOT NULL,
	"provider" text,
	"called_provider" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"lease_owner" text,
	"error" text,
	"note" text,
	"stale" boolean DEFAULT false NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"input_hash" text,
	"prompt" text,
	"raw" text,
	"model" text,
	"tokens_in" integer,
	"tokens_out" integer,
	"latency_ms" integer,
	"before_value" jsonb,
	"before_status" text,
	"before_note" text,
	"seq" bigint DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_cells_row_id_column_id_pk" PRIMARY KEY("row_id","column_id")
);
--> statement-breakpoint
CREATE TABLE "ai_providers" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text,
	"api_key" text,
	"default_model" text,
	"concurrency" integer DEFAULT 8 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"column_ids" json NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"origin" text DEFAULT 'api' NOT NULL,
	"cells_queued" integer DEFAULT 0 NOT NULL,
	"cells_done" integer DEFAULT 0 NOT NULL,
	"cells_failed" integer DEFAULT 0 NOT NULL,
	"cells_cancelled" integer DEFAULT 0 NOT NULL,
	"tokens_in" bigint DEFAULT 0 NOT NULL,
	"tokens_out" bigint DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"rolled_back_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "row_history_table_idx";--> statement-breakpoint
ALTER TABLE "user_tables" ADD COLUMN "columns_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "ai_cells_table_seq_idx" ON "ai_cells" USING btree ("table_id","seq");--> statement-breakpoint
CREATE INDEX "ai_cells_queue_idx" ON "ai_cells" USING btree ("available_at") WHERE status = 'requested';--> statement-breakpoint
CREATE INDEX "ai_cells_leases_idx" ON "ai_cells" USING btree ("lease_until") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "ai_cells_run_idx" ON "ai_cells" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "ai_cells_column_idx" ON "ai_cells" USING btree ("column_id");--> statement-breakpoint
CREATE INDEX "ai_runs_table_idx" ON "ai_runs" USING btree ("table_id","created_at");--> statement-breakpoint
CREATE INDEX "row_history_table_seq_idx" ON "row_history" USING btree ("table_id","seq","id");--> statement-breakpoint
-- Cells per table and status, kept exact by statement-level triggers: each statement that adds,
-- changes or removes cells adjusts the counts once, from its transition tables, in its transaction.
CREATE FUNCTION ai_cells_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO ai_cell_counts (table_id, status, n)
    SELECT table_id, status, -count(*) FROM old_cells GROUP BY table_id, status
    ON CONFLICT (table_id, status) DO UPDATE SET n = ai_cell_counts.n + excluded.n;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO ai_cell_counts (table_id, status, n)
    SELECT table_id, status, count(*) FROM new_cells GROUP BY table_id, status
    ON CONFLICT (table_id, status) DO UPDATE SET n = ai_cell_counts.n + excluded.n;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ai_cells_counted_insert AFTER INSERT ON ai_cells
  REFERENCING NEW TABLE AS new_cells FOR EACH STATEMENT EXECUTE FUNCTION ai_cells_count_change();
--> statement-breakpoint
CREATE TRIGGER ai_cells_counted_update AFTER UPDATE ON ai_cells
  REFERENCING OLD TABLE AS old_cells NEW TABLE AS new_cells FOR EACH STATEMENT EXECUTE FUNCTION ai_cells_count_change();
--> statement-breakpoint
CREATE TRIGGER ai_cells_counted_delete AFTER DELETE ON ai_cells
  REFERENCING OLD TABLE AS old_cells FOR EACH STATEMENT EXECUTE FUNCTION ai_cells_count_change();
