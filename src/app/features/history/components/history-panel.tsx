import type { Table } from '../../../../contract/tables.ts';
import './history.css';
import { useHistoryViewStore } from '../../../store/history-view-store.ts';
import { RowHistory } from './row-history.tsx';
import { TableHistory } from './table-history.tsx';

interface HistoryPanelProps {
  table: Table;
  /** Opens a row in the row panel. */
  onOpenRow: (rowId: string) => void;
}

/** The History panel: the table's latest changes, or every version of one row with restore buttons. */
export function HistoryPanel({ table, onOpenRow }: HistoryPanelProps) {
  const rowId = useHistoryViewStore((s) => s.rowId);
  return rowId ? (
    <RowHistory table={table} rowId={rowId} onOpenRow={onOpenRow} />
  ) : (
    <TableHistory table={table} />
  );
}
