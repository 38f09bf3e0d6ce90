CREATE TABLE "import_errors" (
	"import_id" uuid NOT NULL,
	"n" integer NOT NULL,
	"row" bigint NOT NULL,
	"line" bigint,
	"column_name" text,
	"value" text,
	"reason" text NOT NULL,
	"outcome" text NOT NULL,
	CONSTRAINT "import_errors_import_id_n_pk" PRIMARY KEY("import_id","n")
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "invalid_values" text DEFAULT 'skip_row' NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "error_count" bigint DEFAULT 0 NOT NULL;