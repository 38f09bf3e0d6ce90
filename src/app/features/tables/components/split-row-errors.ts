import type { Column } from '../../../../contract/columns.ts';
import { ApiError } from '../../../api/api-client.ts';

export interface RowErrors {
  /** Messages for fields the server named, by column name. */
  byColumn: Record<string, string>;
  /** One line for the whole form: the server's message, and anything not tied to a field. */
  summary: string;
}

// The insert endpoint names a field as rows[<index>].data.<column name>.
const FIELD_PATH = /^rows\[\d+\]\.data\.(.+)$/;

/** Sorts a refused insert's details into per-field messages and a summary line. */
export function splitRowErrors(error: Error, columns: Column[]): RowErrors {
  const byColumn: Record<string, string> = {};
  const other: string[] = [];
  const details = error instanceof ApiError ? error.details : [];
  for (const detail of details) {
    const name = FIELD_PATH.exec(detail.path)?.[1];
    const column = columns.find((c) => c.name === name);
    if (column) byColumn[column.name] = detail.message;
    else other.push(detail.message);
  }
  const named = columns.filter((c) => byColumn[c.name]).map((c) => `${c.displayName}: ${byColumn[c.name]}`);
  const reasons = [...named, ...other];
  // With details the server's headline ("Invalid rows") adds nothing; without them it is all there is.
  const summary = `Row not added: ${reasons.length > 0 ? reasons.join('; ') : error.message}`;
  return { byColumn, summary };
}
