import type { Column } from '../../contract/columns.ts';
import type { Row } from '../../contract/rows.ts';

/**
 * Whether a cell has an AI detail to open: every cell of an AI column does, and a cell of another
 * column does once an enrichment worked on it (the row carries its state).
 */
export const hasCellDetail = (column: Column, row: Row): boolean =>
  column.dataType === 'ai' || row.cells?.[column.name] !== undefined;
