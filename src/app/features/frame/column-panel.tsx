import type { Table } from '../../../contract/tables.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { FormulaColumnForm } from '../formula-editor/index.ts';
import './column-panel.css';

/**
 * What the column slot shows until column configuration (rename, type, AI prompt) gets its own
 * panel: the column's name, key and type, a computed column's formula (editable), a relation's target.
 */
export function ColumnPanel({ table, columnId }: { table: Table; columnId: string }) {
  const column = table.columns.find((c) => c.id === columnId || c.name === columnId);
  if (!column) return <EmptyState title="Column not found">It may have been deleted.</EmptyState>;
  return (
    <dl className="details-list">
      <dt>Name</dt>
      <dd>{column.displayName}</dd>
      <dt>Key</dt>
      <dd>
        <code>{column.name}</code>
      </dd>
      <dt>Type</dt>
      <dd>{column.dataType}</dd>
      {column.config.options && (
        <>
          <dt>Options</dt>
          <dd>{column.config.options.join(', ')}</dd>
        </>
      )}
      {column.dataType === 'relation' && (
        <>
          <dt>Links to</dt>
          <dd>
            <code>{column.config.targetTableId}</code>
            {column.config.displayColumn && ` by ${column.config.displayColumn}`}
          </dd>
        </>
      )}
      {column.dataType === 'computed' && (
        <>
          <dt>Formula</dt>
          <dd>
            <FormulaColumnForm
              key={column.updatedAt}
              tableId={table.id}
              columns={table.columns}
              column={column}
            />
          </dd>
        </>
      )}
    </dl>
  );
}
