CREATE TABLE "table_relationships" (
	"parent_table_id" uuid NOT NULL,
	"child_table_id" uuid NOT NULL,
	"type" text NOT NULL,
	"column_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "table_relationships_parent_table_id_column_id_pk" PRIMARY KEY("parent_table_id","column_id")
);
--> statement-breakpoint
ALTER TABLE "user_tables" ADD COLUMN "kind" text DEFAULT 'generic' NOT NULL;--> statement-breakpoint
ALTER TABLE "table_relationships" ADD CONSTRAINT "table_relationships_parent_table_id_user_tables_id_fk" FOREIGN KEY ("parent_table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_relationships" ADD CONSTRAINT "table_relationships_child_table_id_user_tables_id_fk" FOREIGN KEY ("child_table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "table_relationships_child_idx" ON "table_relationships" USING btree ("child_table_id");