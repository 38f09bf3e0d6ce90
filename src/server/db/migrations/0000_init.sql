CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "row_history" (
	"id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"row_id" uuid NOT NULL,
	"action" text NOT NULL,
	"version" integer NOT NULL,
	"data" json NOT NULL,
	"changed_by" text,
	"seq" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "row_history_row_id_id_pk" PRIMARY KEY("row_id","id")
);
--> statement-breakpoint
CREATE TABLE "user_columns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"name" text NOT NULL,
	"display_name" text NOT NULL,
	"data_type" text NOT NULL,
	"position" integer NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"default_value" text,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"storage_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_tables" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"project_id" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"storage_name" text NOT NULL,
	"row_count" bigint DEFAULT 0 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_tables_storage_name_unique" UNIQUE("storage_name")
);
--> statement-breakpoint
ALTER TABLE "user_columns" ADD CONSTRAINT "user_columns_table_id_user_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "row_history_table_idx" ON "row_history" USING btree ("table_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_columns_table_name_idx" ON "user_columns" USING btree ("table_id","name");--> statement-breakpoint
CREATE INDEX "user_tables_project_idx" ON "user_tables" USING btree ("project_id");