import { DataType } from '../../../../contract/data-types/index.ts';
import type { ColumnMappingEntry, ImportColumn } from '../../../../contract/imports.ts';
import { typeOptions } from '../../../column-types/type-options.ts';

/** One source column as the person is editing it. */
export interface MappingDraft {
  source: string;
  name: string;
  dataType: DataType;
  include: boolean;
  /** Lands in a column the table already has (whose type is kept). */
  existing: boolean;
  /** The label the column gets: the existing column's, or the name typed here. */
  displayName: string;
}

/** The types a person can pick for an imported column: every type but those that need more setup. */
export const IMPORT_TYPES = typeOptions(DataType.exclude(['computed', 'relation', 'ai']).options);

export const draftsFrom = (columns: ImportColumn[]): MappingDraft[] =>
  columns.map((column) => ({
    source: column.source,
    name: column.name,
    dataType: column.dataType,
    include: !column.skip,
    existing: column.existing ?? false,
    displayName: column.displayName,
  }));

/** The mapping the API takes: one entry per source column, by its header. */
export const mappingOf = (drafts: MappingDraft[]): ColumnMappingEntry[] =>
  drafts.map((draft) => ({
    source: draft.source,
    name: draft.name.trim().slice(0, 64),
    displayName: (draft.existing ? draft.displayName : draft.name.trim()).slice(0, 128),
    dataType: draft.dataType,
    ...(!draft.include && { skip: true }),
  }));

/** What is wrong with the drafts before they are sent: an empty or repeated column name. */
export function draftProblem(drafts: MappingDraft[]): string | undefined {
  const included = drafts.filter((draft) => draft.include);
  if (included.length === 0) return 'Choose at least one column to import';
  const seen = new Set<string>();
  for (const draft of included) {
    const name = draft.name.trim();
    if (!name) return `The column from "${draft.source}" needs a name`;
    if (seen.has(name)) return `Two columns are named "${name}"`;
    seen.add(name);
  }
  return undefined;
}
