import type { ComponentType } from 'react';
import type { Column } from '../../contract/columns.ts';
import type { AnyColumnConfig } from '../../contract/data-types/index.ts';
import type { FilterOperator } from '../../contract/rows.ts';
import type { Table } from '../../contract/tables.ts';
import type { CellRenderer } from './cells/cell-renderer.ts';
import type { FormField, TextHints } from './fields/form-field.ts';

/** What a type's fields in the add-column form are given: the settings typed so far. */
export interface NewColumnFieldsProps {
  tableId: string;
  columns: Column[];
  /** The key the new column will get (a formula may not read its own column). */
  columnName: string;
  config: AnyColumnConfig;
  onChange: (config: AnyColumnConfig) => void;
}

/** What a type's part of the column panel is given. */
export interface ColumnDetailsProps {
  table: Table;
  column: Column;
}

/** A type's settings: asked for when a column is added, shown (and edited) in the column's panel. */
export interface ColumnSettings {
  /** Fields of the add-column form, under name and type. */
  New?: ComponentType<NewColumnFieldsProps>;
  /** Whether the settings typed so far are enough to add the column (a formula, a linked table). */
  ready?(config: AnyColumnConfig): boolean;
  /** Details under the name, key and type in the column's panel. */
  Details?: ComponentType<ColumnDetailsProps>;
  /**
   * A panel of its own instead of the details list, for types whose settings are more than a few
   * fields (AI: prompt, inputs, model, format); `title` heads the side panel ('Column' when absent).
   */
  Panel?: ComponentType<ColumnDetailsProps>;
  title?: string;
  /**
   * A new column of the type is set up in a panel (`Panel`, headed 'New ' + title) rather than added by
   * the form: the add-column form's button says `label` and opens it with the name typed.
   */
  setUp?: { label: string; Panel: ComponentType<NewColumnPanelProps> };
}

/** What a type's panel for a new column is given: the name typed in the add-column form. */
export interface NewColumnPanelProps {
  table: Table;
  name: string;
}

/** How a filter on the type is set. */
export interface FilterTraits {
  /** The operator a new filter starts with (`eq` when absent): `contains` for text people search in. */
  defaultOperator?: FilterOperator;
  /** Values without an order (checkboxes, lists): greater and less than do not apply. */
  unordered?: true;
  /** Reads a compared value typed as text; the contract's `parseText` when absent. */
  read?(text: string): unknown;
  /** Whether `contains` and `starts with` take a value of the type (numbers), not any text. */
  typedMatch?: true;
  /** The values to choose from when compared (a checkbox's states, a select's options); text when absent. */
  choices?(column: Column): Array<{ value: string; label: string }> | undefined;
  /** Hints for the value's text input when compared: a date picker, a decimal keyboard. */
  hints?: TextHints;
  /** Said under a filter whose text does not read as this type; absent when any text is a value. */
  hint?: string;
}

/**
 * What the app knows of one column type: what people call it, its glyph before a column's name, how
 * the grid shows and edits its cells, how the row panel edits it, how filters and sorts speak of it,
 * and its settings.
 */
export interface AppColumnType {
  /** The name in type pickers. */
  label: string;
  /** A short glyph shown before a column's name. */
  glyph: string;
  cell: CellRenderer;
  field: FormField;
  filter?: FilterTraits;
  /** The words for ascending and descending sorts ('A → Z', 'Z → A' when absent). */
  sortLabels?: [string, string];
  settings?: ColumnSettings;
}
