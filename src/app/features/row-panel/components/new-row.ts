/**
 * The row id that opens the row panel on an empty form for a new row. Row ids are UUIDs, so this
 * can never name a real row.
 */
export const NEW_ROW_ID = 'new';
