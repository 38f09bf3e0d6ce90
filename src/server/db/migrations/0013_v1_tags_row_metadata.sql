CREATE TABLE "row_metadata" (
	"row_id" uuid PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_tables" ADD COLUMN "tags" jsonb;--> statement-breakpoint
ALTER TABLE "row_metadata" ADD CONSTRAINT "row_metadata_table_id_user_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."user_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "row_metadata_table_idx" ON "row_metadata" USING btree ("table_id");