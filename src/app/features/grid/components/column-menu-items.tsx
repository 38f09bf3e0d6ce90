import { isColumnOf } from '../../../../contract/column-of.ts';
import { dataTypes, groupsThousands } from '../../../../contract/data-types/index.ts';
import type { FilterSpec } from '../../../../contract/rows.ts';
import { errorText } from '../../../api/api-client.ts';
import { useStartRun } from '../../../api/runs/start-run.ts';
import { cellText } from '../../../lib/cell-text.ts';
import { columnNameFrom } from '../../../lib/column-name.ts';
import { isEnrichable } from '../../../lib/enrichable.ts';
import { usePanelStore } from '../../../store/panel-store.ts';
import { useRerunStore } from '../../../store/rerun-store.ts';
import { useTableViewStore } from '../../../store/table-view-store.ts';
import { useColumnActions } from '../api/use-column-actions.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { MenuPartProps } from './menu-props.ts';

/** One menu item. */
function Item({ label, onSelect, danger }: { label: string; onSelect: () => void; danger?: boolean }) {
  return (
    <button
      type="button"
      role="menuitem"
      className={`grid-menu__item${danger ? ' grid-menu__item--danger' : ''}`}
      onClick={onSelect}
    >
      {label}
    </button>
  );
}

/** The column menu's main list: sort, filter, rename, type, insert, freeze, hide, delete. */
export function ColumnMenuItems({ table, view, gridColumn, model, close, setMode }: MenuPartProps) {
  const { column, index } = gridColumn;
  const { add, update } = useColumnActions(table.id);
  const startRun = useStartRun();
  const updateView = (patch: Parameters<ReturnType<typeof useTableViewStore.getState>['updateView']>[1]) =>
    useTableViewStore.getState().updateView(table.id, patch);
  const notify = useGridStore.getState().notify;

  const sort = (direction: 'asc' | 'desc') => {
    updateView({
      sorts: [{ column: column.name, direction }, ...view.sorts.filter((s) => s.column !== column.name)],
    });
    close();
  };
  const filter = (spec: FilterSpec) => {
    updateView({ filters: [...view.filters, spec] });
    close();
  };
  const focus = useGridStore.getState().selection?.focus;
  const focusedRow = focus?.col === index ? model.current.rowAt(focus.row) : undefined;
  const focusedValue = focusedRow?.data[column.name];
  const insert = (side: 'left' | 'right') => {
    const taken = new Set(table.columns.map((item) => item.name));
    const serverIndex = table.columns.findIndex((item) => item.id === column.id);
    const position = side === 'left' ? serverIndex : serverIndex + 1;
    add
      .mutateAsync({
        name: columnNameFrom('New column', taken),
        displayName: 'New column',
        dataType: 'text',
        position,
      })
      .catch((error: unknown) =>
        notify({ text: `Could not add the column: ${errorText(error)}`, tone: 'error' }),
      );
    close();
  };

  // Identifiers (order numbers, postcodes) read wrong with separators: 12,345,678.
  const grouped = groupsThousands(isColumnOf('number')(column) ? column.config : undefined);
  const toggleSeparators = () => {
    update.mutate(
      { columnId: column.id, input: { config: { ...column.config, thousandsSeparator: !grouped } } },
      {
        onError: (error) =>
          notify({ text: `Could not change the column: ${errorText(error)}`, tone: 'error' }),
      },
    );
    close();
  };

  const runColumn = (mode: 'missing' | 'failed') => {
    startRun.mutate(
      { tableId: table.id, input: { columns: [column.name], mode } },
      {
        onError: (error) => notify({ text: `Could not run the column: ${errorText(error)}`, tone: 'error' }),
      },
    );
    close();
  };

  const openSettings = () => {
    usePanelStore.getState().openPanel({ kind: 'column', tableId: table.id, columnId: column.id });
    close();
  };

  return (
    <>
      {column.dataType === 'ai' && (
        <>
          <Item label="AI settings…" onSelect={openSettings} />
          <Item label="Fill empty cells" onSelect={() => runColumn('missing')} />
          <Item label="Retry failed cells" onSelect={() => runColumn('failed')} />
          <Item
            label="Rerun column"
            onSelect={() => {
              useRerunStore.getState().ask({
                tableId: table.id,
                input: { columns: [column.name], mode: 'all' },
                title: `Rerun “${column.displayName}”?`,
              });
              close();
            }}
          />
          <hr className="grid-menu__rule" />
        </>
      )}
      {column.dataType !== 'ai' && <Item label="Column settings…" onSelect={openSettings} />}
      {isEnrichable(column) && (
        <>
          <Item
            label="Enrich with AI…"
            onSelect={() => {
              usePanelStore.getState().openPanel({ kind: 'enrich', tableId: table.id, column: column.name });
              close();
            }}
          />
          <hr className="grid-menu__rule" />
        </>
      )}
      <Item label="Sort ascending" onSelect={() => sort('asc')} />
      <Item label="Sort descending" onSelect={() => sort('desc')} />
      <Item
        label="Filter: not empty"
        onSelect={() => filter({ column: column.name, operator: 'is_not_empty' })}
      />
      {focusedValue !== undefined && focusedValue !== null && (
        <Item
          label={`Filter: equals “${cellText(focusedValue, column).slice(0, 24)}”`}
          onSelect={() => filter({ column: column.name, operator: 'eq', value: focusedValue })}
        />
      )}
      <hr className="grid-menu__rule" />
      <Item label="Rename…" onSelect={() => setMode('rename')} />
      <Item label="Change type…" onSelect={() => setMode('type')} />
      {/* Offered where the type's settings have the separator (numbers). */}
      {'thousandsSeparator' in dataTypes[column.dataType].settings.shape && (
        <Item
          label={grouped ? 'Hide thousands separators' : 'Show thousands separators'}
          onSelect={toggleSeparators}
        />
      )}
      <Item label="Insert column left" onSelect={() => insert('left')} />
      <Item label="Insert column right" onSelect={() => insert('right')} />
      <hr className="grid-menu__rule" />
      <Item
        label={view.frozenCount === index + 1 ? 'Unfreeze columns' : 'Freeze up to here'}
        onSelect={() => {
          updateView({ frozenCount: view.frozenCount === index + 1 ? 0 : index + 1 });
          close();
        }}
      />
      <Item
        label="Hide column"
        onSelect={() => {
          updateView({ hiddenColumnIds: [...view.hiddenColumnIds, column.id] });
          close();
        }}
      />
      <Item label="Delete column…" danger onSelect={() => setMode('delete')} />
    </>
  );
}
