import { z } from 'zod';

import type { DataType } from './type-names.ts';

export { DataType } from './type-names.ts';

/**
 * A type's settings: the fields of a column's config it reads, each optional (a column is created with
 * defaults; `checkConfig` says what a type requires). Field descriptions are the API reference's.
 */
export type SettingsSchema = z.ZodObject;

/** What a config check needs to know of a column: its config typed as its check reads it. */
export interface ColumnShape<Config = Readonly<Record<string, unknown>>> {
  name: string;
  dataType: string;
  config: Config;
}

/** A config check's answer: problems (paths relative to the config), and the config as it will be stored. */
export interface ConfigCheck<Config> {
  config: Config;
  errors: Array<{ path: string; message: string }>;
}

/**
 * What values are to charts, filters and display text, where they are more than plain values: numbers
 * (measured), instants (dates: shown as dates, bucketed and filtered by day), lists (opened up, matched
 * by "contains"), or one choice among a column's options (a chart's natural categories). The server's
 * storage kind agrees (test/unit/column-type-registries.test.ts).
 */
export type ValueKind = 'number' | 'instant' | 'list' | 'choice';

/**
 * What a type definition knows about values and settings: its settings schema, how to validate a value
 * from JSON and how to read one from text. `Settings` is the type's own schema, so an entry reads only
 * its own fields (the select entry has `options`, not `formula`).
 */
export interface DataTypeDefinition<Settings extends SettingsSchema = SettingsSchema> {
  /** The type's part of ColumnConfig; the wire's flat ColumnConfig merges every type's (column-config.ts). */
  settings: Settings;
  /** Schema for a non-null value arriving through the API; its output is the stored, normalized value. */
  valueSchema(config: z.infer<Settings>): z.ZodType;
  /** Reads a value typed or pasted as text (defaults, paste, import); undefined when the text does not fit. */
  parseText(text: string, config: z.infer<Settings>): unknown;
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
  enrichment?: { missing?(config: z.infer<Settings>): string | undefined };
  /** Whether values of this type are written by people; computed values are produced by the server. */
  writable: boolean;
  /** What its values are to charts, filters and display text; plain values when absent. */
  valueKind?: ValueKind;
  /**
   * The type whose rules its values follow when read (filtered, sorted, charted, shown), when not its
   * own: a computed column's values follow its result type (a number formula's as numbers).
   */
  valueType?(config: z.infer<Settings>): DataType | undefined;
  /**
   * Checks a column's config against the table's columns (all of them, this one included, as they will
   * be) and completes it; pure, so the app can show the same problems while the config is typed.
   */
  checkConfig?(
    column: ColumnShape<z.infer<Settings>>,
    columns: ColumnShape[],
  ): ConfigCheck<z.infer<Settings>>;
}

/** The settings of a type that has none: its config is kept as sent and read by no one. */
export const noSettings = z.object({}).loose();
