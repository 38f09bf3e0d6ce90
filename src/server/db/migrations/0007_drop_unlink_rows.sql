-- Deleting linked rows now rewrites the linking rows through the ordinary row write (history, formulas).
DROP FUNCTION IF EXISTS ait_unlink_rows(uuid, jsonb);
