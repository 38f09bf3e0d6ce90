import type { Table } from '../../../contract/tables.ts';
import { appColumnTypes } from '../../column-types/index.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import './column-panel.css';

/**
 * A column's panel: its type's own panel when it has one (AI: its settings); otherwise its name, key
 * and type, then its type's details (options and their colours, a formula to edit, a link's target).
 * Renaming and retyping are in the column's menu.
 */
export function ColumnPanel({ table, columnId }: { table: Table; columnId: string }) {
  const column = table.columns.find((c) => c.id === columnId || c.name === columnId);
  if (!column) return <EmptyState title="Column not found">It may have been deleted.</EmptyState>;
  const entry = appColumnTypes[column.dataType];
  const { Panel, Details } = entry.settings ?? {};
  if (Panel) return <Panel table={table} column={column} />;
  return (
    <dl className="details-list">
      <dt>Name</dt>
      <dd>{column.displayName}</dd>
      <dt>Key</dt>
      <dd>
        <code>{column.name}</code>
      </dd>
      <dt>Type</dt>
      <dd>{entry.label}</dd>
      {Details && <Details table={table} column={column} />}
    </dl>
  );
}
