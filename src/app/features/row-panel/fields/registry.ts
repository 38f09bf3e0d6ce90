import type { Column } from '../../../../contract/columns.ts';
import type { FieldDraft } from '../../../column-types/fields/form-field.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { cellText, parseCellText } from '../../../lib/cell-text.ts';

/** A stored value as its field's draft. */
export function toDraft(column: Column, value: unknown): FieldDraft {
  const field = appColumnTypes[column.dataType].field;
  return field.toDraft ? field.toDraft(value, column) : cellText(value, column);
}

/**
 * A draft as the JSON value the API expects. Text that does not fit the type is sent as typed, so
 * the server, the one judge of validity, explains the refusal at the field. Empty means null.
 */
export function fromDraft(column: Column, draft: FieldDraft): unknown {
  if (typeof draft === 'boolean') return draft;
  if (Array.isArray(draft)) return draft.length > 0 ? draft : null;
  return parseCellText(draft, column);
}
