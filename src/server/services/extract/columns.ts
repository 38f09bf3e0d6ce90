import type { ColumnDef } from '../../../contract/columns.ts';
import type { DataType } from '../../../contract/data-types/index.ts';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { ExtractColumn, ExtractColumnType } from '../../../contract/extract.ts';

/**
 * The ordinary column type each Lasso type fills: an extraction makes an ordinary table, so its values
 * are edited, filtered and charted like any other. Rich text is text; JSON our json type (shown and
 * edited as JSON, not as a string of it); images our image types (shown as thumbnails).
 */
const DATA_TYPE: Record<ExtractColumnType, DataType> = {
  text: 'text',
  richtext: 'text',
  json: 'json',
  image: 'image',
  number: 'number',
  url: 'url',
  email: 'email',
  date: 'date',
  boolean: 'boolean',
  enum: 'select',
  tags: 'multiselect',
  images: 'images',
};

/** The table's column definitions for a schema's columns (keys become column names, labels display names). */
export function tableColumns(columns: ExtractColumn[]): ColumnDef[] {
  return columns.map((column): ColumnDef => {
    const named = { name: column.key, displayName: column.label };
    return column.type === 'enum'
      ? { ...named, dataType: 'select', config: { options: column.enum_values ?? [] } }
      : { ...named, dataType: DATA_TYPE[column.type] };
  });
}

/** A value checked against its column's type: the value to store, or why it failed and its raw text. */
export type Checked = { ok: true; value: unknown } | { ok: false; raw: string; message: string };

const EMPTY = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const rawText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Reads an extracted value as its column's type (text forms such as "1,200" or "yes" are read too). */
export function checkValue(column: ExtractColumn, value: unknown): Checked {
  if (EMPTY(value)) return { ok: true, value: null };
  const type = column.type;
  if (type === 'text' || type === 'richtext') return { ok: true, value: rawText(value) };
  if (type === 'json') {
    // Asked for as JSON text (structured output cannot say "any JSON"): the text is parsed into the value.
    if (typeof value !== 'string') return { ok: true, value };
    const parsed = dataTypes.json.parseText(value, {});
    return parsed === undefined
      ? { ok: false, raw: value, message: 'Expected JSON' }
      : { ok: true, value: parsed };
  }
  if (type === 'tags' || type === 'images') {
    const list = Array.isArray(value) ? value.map(rawText) : rawText(value).split(',');
    const items = list.map((item) => item.trim()).filter(Boolean);
    if (type === 'images') {
      const bad = items.find((item) => dataTypes.image.parseText(item, {}) === undefined);
      if (bad !== undefined) return { ok: false, raw: rawText(value), message: `Not an image URL: ${bad}` };
    }
    return { ok: true, value: items };
  }
  const dataType = DATA_TYPE[type];
  const config = type === 'enum' ? { options: column.enum_values ?? [] } : {};
  const definition = dataTypes[dataType];
  const direct = definition.valueSchema(config).safeParse(value);
  if (direct.success) return { ok: true, value: direct.data };
  const parsed = definition.parseText(rawText(value).replace(/^[$€£¥]\s*/, ''), config);
  if (parsed !== undefined) return { ok: true, value: parsed };
  return { ok: false, raw: rawText(value), message: direct.error.issues[0]?.message ?? `Expected ${type}` };
}

/** Whether a stored value counts as missing (the enhancement pass fills those). */
export const isMissing = (value: unknown): boolean =>
  EMPTY(value) || (Array.isArray(value) && value.length === 0);
