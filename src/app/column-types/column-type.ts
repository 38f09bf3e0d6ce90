import type { CellRenderer } from '../features/grid/cells/cell-renderer.ts';
import type { FormField } from '../features/row-panel/fields/form-field.ts';

/**
 * What the app knows of one column type: what people call it, its glyph before a column's name, how
 * the grid shows and edits its cells, how the row panel edits it, and what a filter on it expects.
 */
export interface AppColumnType {
  /** The name in type pickers. */
  label: string;
  /** A short glyph shown before a column's name. */
  glyph: string;
  cell: CellRenderer;
  field: FormField;
  /** Said under a filter whose text does not read as this type; absent when any text is a value. */
  filterHint?: string;
}
