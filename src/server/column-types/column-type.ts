import type { OutputFormat } from '../../contract/ai/config.ts';
import type { ColumnConfigOf, DataType } from '../../contract/data-types/index.ts';
import type { StorageType } from './storage-types.ts';

/** How the cells of one column are formatted in an XLSX export: a default for the column, and a cell's own. */
export interface XlsxFormat {
  column?: string;
  cell(value: unknown): string | undefined;
}

/** How an imported file's values read as a type, where the contract's `parseText` is not the whole story. */
export interface FileReading<T extends DataType> {
  /** Text from a file (a faster or looser reading than `parseText`); undefined when it does not fit. */
  fromText?(text: string, config: ColumnConfigOf<T>): unknown;
  /** A value a JSON file or spreadsheet holds already typed (a number, a list); undefined reads it as text. */
  fromValue?(value: unknown): unknown;
  /**
   * Why a value read from the file is refused, for what reading does not check (text length, finite
   * numbers, list items): the rows API's validator, at a fraction of its cost per value.
   */
  refuse?(value: unknown, config: ColumnConfigOf<T>): string | undefined;
}

/** How an enrichment asks the model for a column's value and stores the answer. */
export interface EnrichAnswer<T extends DataType> {
  format(config: ColumnConfigOf<T>): OutputFormat;
  /** The values the column allows (a select's options), shown with the plan. */
  options?(config: ColumnConfigOf<T>): string[] | undefined;
  /** The labels a label answer chooses from: the options when absent (Yes/No for a checkbox). */
  labels?(config: ColumnConfigOf<T>): string[] | undefined;
  /** Answers are chosen from a fixed set (options, Yes/No): the enrichment classifies each row. */
  classify?: true;
  /** Values found on the web rather than read off the row (an address, an email): researched first. */
  research?: true;
  /** The instruction when the request gives none ("Determine the {label} for this row." when absent). */
  instruction?(label: string, options: string[] | null): string | undefined;
  /** The answer as the column stores it (a Yes/No label as a boolean). */
  stored?(value: unknown): unknown;
}

/**
 * What the server knows of one column type: how its values are stored, filtered and sorted (the
 * storage's kind and SQL), whether and how an imported file's values read as it, how an export
 * formats it, and how an enrichment fills it.
 */
export interface ServerColumnType<T extends DataType = DataType> {
  /** How a column of this type and config stores its values. */
  storage(config: ColumnConfigOf<T>): StorageType;
  /**
   * Import inference: types with one are tried by ascending rank, the first every sampled value fits
   * wins (text when none does). Types without one are never inferred.
   */
  infer?: { rank: number; fits(value: unknown): boolean };
  /** Imports: the contract's `parseText` reads text when absent. */
  file?: FileReading<T>;
  /** The XLSX format of the column's cells when the storage's default (General, or days) does not fit. */
  xlsxFormat?(config: ColumnConfigOf<T>): XlsxFormat | undefined;
  /** Converted to this type without options, a column takes its distinct values as its options. */
  seedsOptions?: true;
  /** Enrichment: absent when the type cannot be enriched. */
  enrich?: EnrichAnswer<T>;
  /**
   * Its values name an organisation the web can be searched for (a name, a website): a company table
   * takes its first such column as the input that identifies each company.
   */
  namesOrganisations?: true;
}

/** A sampled file value as trimmed text, or undefined when it is not text. */
export const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : undefined;
