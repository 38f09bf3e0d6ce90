import type { z } from 'zod';
import type { ColumnConfig } from './column-config.ts';

export { ColumnConfig, type ColumnConfigOf, OptionColor, TypedColumnConfig } from './column-config.ts';
export { DataType } from './type-names.ts';

/** What a config check needs to know of a table's columns. */
export interface ColumnShape {
  name: string;
  dataType: string;
  config: ColumnConfig;
}

/** A config check's answer: problems (paths relative to the config), and the config as it will be stored. */
export interface ConfigCheck {
  config: ColumnConfig;
  errors: Array<{ path: string; message: string }>;
}

/** What a type definition knows about values: how to validate one from JSON and how to read one from text. */
export interface DataTypeDefinition {
  /** Schema for a non-null value arriving through the API; its output is the stored, normalized value. */
  valueSchema(config: ColumnConfig): z.ZodType;
  /** Reads a value typed or pasted as text (defaults, paste, import); undefined when the text does not fit. */
  parseText(text: string, config: ColumnConfig): unknown;
  /** A value as text people type and read back through parseText; lists joined by commas when absent. */
  formatText?(value: unknown): string;
  /**
   * Why typed text that `parseText` cannot read is refused before it is sent. Elsewhere the text is
   * sent as typed and the server explains, but for some types it cannot: a JSON column would store the
   * text as a JSON string without a word, and a list type's schema would only say "expected array".
   */
  unreadableText?: string;
  /** Whether an empty string is a value of its own (text), rather than an empty cell. */
  keepsEmptyText?: true;
  /**
   * Present when an enrichment can fill a column of this type (an answer of the model can be read
   * into it); `missing` says what such a column lacks first ("its options").
   */
  enrichment?: { missing?(config: ColumnConfig): string | undefined };
  /** Whether values of this type are written by people; computed values are produced by the server. */
  writable: boolean;
  /**
   * Checks a column's config against the table's columns (all of them, this one included, as they will
   * be) and completes it; pure, so the app can show the same problems while the config is typed.
   */
  checkConfig?(column: ColumnShape, columns: ColumnShape[]): ConfigCheck;
}
