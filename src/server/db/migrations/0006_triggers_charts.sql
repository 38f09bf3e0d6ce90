CREATE TABLE "charts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"name" text NOT NULL,
	"config" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboards" (
	"table_id" uuid PRIMARY KEY NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trigger_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trigger_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"trigger_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"event" text NOT NULL,
	"row_id" uuid NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"chain" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triggers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"name" text NOT NULL,
	"trigger_event" text NOT NULL,
	"condition" jsonb,
	"action_type" text NOT NULL,
	"action_config" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"fire_count" bigint DEFAULT 0 NOT NULL,
	"last_fired_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charts" ADD CONSTRAINT "charts_table_id_user_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_table_id_user_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_events" ADD CONSTRAINT "trigger_events_trigger_id_triggers_id_fk" FOREIGN KEY ("trigger_id") REFERENCES "public"."triggers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triggers" ADD CONSTRAINT "triggers_table_id_user_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charts_table_idx" ON "charts" USING btree ("table_id");--> statement-breakpoint
CREATE INDEX "trigger_events_due_idx" ON "trigger_events" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "triggers_table_idx" ON "triggers" USING btree ("table_id","trigger_event");--> statement-breakpoint
-- Relation integrity, called by the relations row hook in the transaction of a write: every linked id
-- must name a row of the target table. Class 22 (data exception) so the API answers 400.
CREATE OR REPLACE FUNCTION ait_check_links(target uuid, ids jsonb, label text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  storage text;
  missing text;
BEGIN
  IF ids IS NULL OR jsonb_array_length(ids) = 0 THEN
    RETURN;
  END IF;
  SELECT storage_name INTO storage FROM user_tables WHERE id = target;
  IF storage IS NULL THEN
    RAISE EXCEPTION '%: the linked table no longer exists', label USING ERRCODE = '22023';
  END IF;
  EXECUTE format(
    'SELECT x FROM jsonb_array_elements_text($1) AS x WHERE NOT EXISTS (SELECT 1 FROM %I t WHERE t.id = x::uuid) LIMIT 1',
    storage)
    INTO missing USING ids;
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION '%: no row % in the linked table', label, missing USING ERRCODE = '22023';
  END IF;
END;
$$;
--> statement-breakpoint
-- Deleting rows clears the links to them from every relation column that targets their table, in the
-- transaction of the delete; the tables whose rows changed get a new version, so clients refresh.
CREATE OR REPLACE FUNCTION ait_unlink_rows(target uuid, ids jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  link record;
  changed bigint;
BEGIN
  FOR link IN
    SELECT t.id AS table_id, t.storage_name AS tbl, c.storage_name AS col
    FROM user_columns c JOIN user_tables t ON t.id = c.table_id
    WHERE c.data_type = 'relation' AND c.config->>'targetTableId' = target::text
  LOOP
    EXECUTE format(
      'UPDATE %1$I SET %2$I = (SELECT NULLIF(COALESCE(jsonb_agg(x), ''[]''::jsonb), ''[]''::jsonb)
                              FROM jsonb_array_elements(%2$I) AS x WHERE NOT $1 @> jsonb_build_array(x)),
                      version = version + 1, updated_at = now()
       WHERE %2$I ?| ARRAY(SELECT jsonb_array_elements_text($1))',
      link.tbl, link.col)
      USING ids;
    GET DIAGNOSTICS changed = ROW_COUNT;
    IF changed > 0 THEN
      UPDATE user_tables SET version = version + 1, updated_at = now() WHERE id = link.table_id;
    END IF;
  END LOOP;
END;
$$;
