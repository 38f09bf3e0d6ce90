import { ApiError, errorText } from '../../../api/api-client.ts';

export interface FieldErrors {
  /** Messages for fields the server named, by column name. */
  byColumn: Record<string, string>;
  /** Messages not tied to a field of the form. */
  other: string[];
}

// An update names a field as data.<column>; an insert as rows[<index>].data.<column>.
const FIELD_PATH = /^(?:rows\[\d+\]\.)?data\.(.+)$/;

/** Sorts a refused save's details into per-field messages and the rest. */
export function fieldErrors(error: unknown, columnNames: ReadonlySet<string>): FieldErrors {
  const byColumn: Record<string, string> = {};
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { byColumn, other: error ? [errorText(error)] : [] };
  for (const detail of error.details) {
    const name = FIELD_PATH.exec(detail.path)?.[1];
    if (name && columnNames.has(name)) byColumn[name] = detail.message;
    else other.push(detail.message);
  }
  if (error.details.length === 0) other.push(error.message);
  return { byColumn, other };
}
