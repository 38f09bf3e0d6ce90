-- The conversion helpers again, written without backslashes in string literals: a literal such as
-- '\d' means something else when standard_conforming_strings is off, and these bodies are parsed
-- under the session's settings. Character classes read the same under every setting.
CREATE OR REPLACE FUNCTION ait_try_timestamptz(value text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF value IS NULL OR value !~ '^[[:space:]]*[[:digit:]]{4}-[[:digit:]]{2}-[[:digit:]]{2}' THEN
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
  IF cleaned !~ '^[-+]?([[:digit:]]+[.]?[[:digit:]]*|[.][[:digit:]]+)([eE][-+]?[[:digit:]]+)?$' THEN
    RETURN NULL;
  END IF;
  RETURN cleaned::double precision;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Splits comma-separated text into options (all of them, or those in `options` when given). A function,
-- because ALTER COLUMN TYPE ... USING cannot hold the subquery this needs.
CREATE OR REPLACE FUNCTION ait_split_options(value text, options text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT array_agg(o) FILTER (WHERE o <> '' AND (options IS NULL OR o = ANY(options)))
  FROM unnest(regexp_split_to_array(value, '[[:space:]]*,[[:space:]]*')) AS o
$$;
