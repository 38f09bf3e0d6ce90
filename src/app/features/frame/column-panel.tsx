import type { Table } from '../../../contract/tables.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { NEW_COLUMN } from '../../store/panel-store.ts';
import { AiColumnPanel } from '../ai-columns/components/ai-column-panel.tsx';
import { FormulaColumnForm } from '../formula-editor/index.ts';
import { OptionColors } from '../grid/index.ts';
import './column-panel.css';

/**
 * A column's panel: the settings of an AI column (or of a new one); for other columns their name, key
 * and type (renaming and retyping are in the column's menu), a computed column's formula (editable) and
 * a relation's target.
 */
export function ColumnPanel({ table, columnId, name }: { table: Table; columnId: string; name?: string }) {
  if (columnId === NEW_COLUMN) return <AiColumnPanel table={table} name={name} />;
  const column = table.columns.find((c) => c.id === columnId || c.name === columnId);
  if (!column) return <EmptyState title="Column not found">It may have been deleted.</EmptyState>;
  if (column.dataType === 'ai') return <AiColumnPanel key={column.id} table={table} column={column} />;
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
          <dd>
            <OptionColors tableId={table.id} column={column} options={column.config.options} />
          </dd>
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
