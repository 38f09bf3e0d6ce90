import type { RowData } from '../../../contract/rows.ts';
import type { CellTask } from '../engine/cell-task.ts';
import { inputsOf } from '../prompts/dependencies.ts';
import type { AiColumnMeta, ColumnMeta } from '../store/table-meta.ts';
import { knownValue } from './task-cell.ts';

/** A website as an address: "acme.com" becomes "https://acme.com". */
const asAddress = (text: string): string => (/^https?:\/\//i.test(text) ? text : `https://${text}`);

/**
 * company_name and company_website: read from the row's company profile, no model call. A profile that
 * names no website leaves the website empty (with a note) rather than guessing one.
 */
export function companyFieldTask(column: AiColumnMeta, columns: ColumnMeta[], data: RowData): CellTask {
  const [source = 'company_profile'] = inputsOf(column, columns);
  const profile = (data[source] ?? {}) as Record<string, unknown>;
  const field = column.config.kind === 'company_website' ? 'website' : 'name';
  const found = typeof profile[field] === 'string' ? profile[field].trim() : '';
  const value = found ? (field === 'website' ? asAddress(found) : found) : null;
  return knownValue(
    `${field} from {${source}}`,
    value,
    value === null ? `The company profile names no ${field}` : null,
  );
}
