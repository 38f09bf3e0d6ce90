import type { ColumnDef } from '../../../contract/columns.ts';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { ColumnMappingEntry, ImportColumn } from '../../../contract/imports.ts';
import { ValidationError } from '../store/errors.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import type { Analysis } from './document-types.ts';

/** Where one source field goes: a column of the table (existing or to be added), or nowhere. */
export interface PlannedField extends ImportColumn {
  index: number;
}

const lower = (text: string) => text.toLowerCase();

/** The table's column a field lands in: same key, else a key or label equal but for case. */
function matchColumn(columns: ColumnMeta[], name: string, source: string): ColumnMeta | undefined {
  return (
    columns.find((column) => column.name === name) ??
    columns.find((column) =>
      [name, source].some(
        (text) => lower(column.name) === lower(text) || lower(column.displayName) === lower(text),
      ),
    )
  );
}

/** The mapping entry of each header: by `source` when given, else by position. */
function entriesByHeader(
  headers: string[],
  mapping: ColumnMappingEntry[],
): Array<ColumnMappingEntry | undefined> {
  const errors: ErrorDetail[] = [];
  const byHeader: Array<ColumnMappingEntry | undefined> = headers.map(() => undefined);
  mapping.forEach((entry, position) => {
    const index =
      entry.source === undefined
        ? position
        : (() => {
            const exact = headers.indexOf(entry.source);
            return exact >= 0
              ? exact
              : headers.findIndex((header) => lower(header) === lower(entry.source ?? ''));
          })();
    if (index < 0 || index >= headers.length) {
      errors.push({
        path: `columnMapping[${position}]${entry.source === undefined ? '' : '.source'}`,
        message:
          entry.source === undefined
            ? `The file has ${headers.length} columns; entry ${position + 1} has no header to map`
            : `The file has no column "${entry.source}"`,
      });
    } else byHeader[index] = entry;
  });
  if (errors.length > 0) throw new ValidationError('Invalid column mapping', errors);
  return byHeader;
}

/**
 * Resolves the column mapping against the file and the table: every header gets a column key, label
 * and type (the mapping's, else the inferred ones), lands in the table's column of that name if there
 * is one (whose type is kept), or in a new column. Two fields may not land in one column.
 */
export function planImport(
  analysis: Analysis,
  mapping: ColumnMappingEntry[] | undefined,
  table: TableMeta | null,
): { fields: PlannedField[]; newColumns: ColumnDef[]; notes: string[] } {
  if (analysis.headers.length === 0) {
    throw new ValidationError('Nothing to import', [
      {
        path: 'documentId',
        message: analysis.firstError ?? 'The file holds no columns: no header row and no data',
      },
    ]);
  }
  const entries = entriesByHeader(analysis.headers, mapping ?? []);
  const columns = table?.columns ?? [];
  const notes: string[] = [];
  const fields = analysis.headers.map((header, index): PlannedField => {
    const entry = entries[index];
    const wanted = {
      name: entry?.name ?? header,
      displayName: entry?.displayName ?? header.slice(0, 128),
      dataType: entry?.dataType ?? analysis.inferred[index] ?? 'text',
    };
    const base = { index, source: header, ...wanted, ...(entry?.skip && { skip: true }) };
    const existing = matchColumn(columns, wanted.name, header);
    if (!existing) return base;
    if (!dataTypes[existing.dataType].writable) {
      notes.push(
        `"${header}" matches ${existing.dataType} column "${existing.name}", which the server fills; it is left out`,
      );
      return { ...base, skip: true };
    }
    if (entry && entry.dataType !== existing.dataType && !entry.skip) {
      notes.push(
        `"${header}" goes into the existing column "${existing.name}", which keeps its type ${existing.dataType}`,
      );
    }
    return {
      ...base,
      name: existing.name,
      displayName: existing.displayName,
      dataType: existing.dataType,
      config: existing.config,
      existing: true,
    };
  });
  const errors: ErrorDetail[] = [];
  const taken = new Map<string, string>();
  for (const field of fields) {
    if (field.skip) continue;
    const other = taken.get(field.name);
    if (other !== undefined) {
      errors.push({
        path: `columnMapping`,
        message: `"${other}" and "${field.source}" would both go into column "${field.name}"`,
      });
    }
    taken.set(field.name, field.source);
  }
  if (errors.length > 0) throw new ValidationError('Invalid column mapping', errors);
  const newColumns = fields
    .filter((field) => !field.skip && !field.existing)
    .map((field) => ({ name: field.name, displayName: field.displayName, dataType: field.dataType }));
  return { fields, newColumns, notes };
}
