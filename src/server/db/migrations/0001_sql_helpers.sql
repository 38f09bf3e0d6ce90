-- Helpers for converting column values when a column changes type: NULL instead of an error.
CREATE OR REPLACE FUNCTION ait_try_timestamptz(value text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF value IS NULL OR value !~ '^\s*\d{4}-\d{2}-\d{2}' THEN
    RETURN NULL;
  END IF;
  RETURN value::timestamptz;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ait_try_float8(value text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  cleaned text := replace(btrim(value), ',', '');
BEGIN
  IF cleaned !~ '^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$' THEN
    RETURN NULL;
  END IF;
  RETURN cleaned::double precision;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$;
