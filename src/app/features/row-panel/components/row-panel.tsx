import type { Table } from '../../../../contract/tables.ts';
import './row-panel.css';
import { NEW_ROW_ID } from '../../../store/panel-store.ts';
import { CreateRow } from './create-row.tsx';
import { EditRow } from './edit-row.tsx';

interface RowPanelProps {
  table: Table;
  /** The row to edit, or NEW_ROW_ID for an empty form that adds one. */
  rowId: string;
  /** Opens a row (e.g. the one just added) in this panel. */
  onCreated: (rowId: string) => void;
  /** Opens the History panel on this row's versions. */
  onShowHistory: (rowId: string) => void;
}

/** The row panel: a row as a form, to edit one or add a new one. */
export function RowPanel({ table, rowId, onCreated, onShowHistory }: RowPanelProps) {
  if (rowId === NEW_ROW_ID) return <CreateRow table={table} onOpenRow={onCreated} />;
  return <EditRow table={table} rowId={rowId} onShowHistory={onShowHistory} />;
}
