import type { ComponentType, ReactNode } from 'react';
import type { Column } from '../../../contract/columns.ts';
import type { EditorProps } from '../editors/editor-props.ts';

/** What a cell renderer is given: the value, its column, and a way to change it directly. */
export interface CellProps {
  value: unknown;
  column: Column;
  /** Writes a new value at once, without an editor (a checkbox); absent on read-only cells. */
  onChange?: (value: unknown) => void;
}

/** How one data type shows and edits its values in the grid. */
export interface CellRenderer {
  render: (props: CellProps) => ReactNode;
  /** The editor a cell of this type opens; a one-line text input when absent. */
  editor?: ComponentType<EditorProps>;
  /** Numbers line up on the right, as in every spreadsheet. */
  align?: 'start' | 'end' | 'center';
  /** Space toggles the value and no editor opens (checkboxes). */
  toggles?: boolean;
}
