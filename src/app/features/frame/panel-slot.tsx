import { lazy, Suspense } from 'react';
import type { Table } from '../../../contract/tables.ts';
import { appColumnTypes } from '../../column-types/index.ts';
import { Loading } from '../../components/status-message.tsx';
import { useHistoryViewStore } from '../../store/history-view-store.ts';
import { NEW_ROW_ID, usePanelStore } from '../../store/panel-store.ts';
import { CellDetailPanel } from '../cell-detail/index.ts';
import { EnrichPanel } from '../enrich/index.ts';
import { HistoryPanel } from '../history/index.ts';
import { RowPanel } from '../row-panel/index.ts';
import { RunsPanel } from '../runs/index.ts';
import { TriggersPanel } from '../triggers/index.ts';
import { ColumnPanel } from './column-panel.tsx';
import { SidePanel } from './side-panel.tsx';

// Charts bring recharts: loaded when the panel first opens, not with the grid.
const ChartsPanel = lazy(() => import('../charts/index.ts').then((m) => ({ default: m.ChartsPanel })));

/** Fills the side-panel slot with the panel the store names, if it belongs to this table. */
export function PanelSlot({ table }: { table: Table }) {
  const panel = usePanelStore((s) => s.panel);
  const openPanel = usePanelStore((s) => s.openPanel);
  const closePanel = usePanelStore((s) => s.closePanel);
  const historyRowId = useHistoryViewStore((s) => s.rowId);
  if (!panel || panel.tableId !== table.id) return null;

  const openRow = (rowId: string) => openPanel({ kind: 'row', tableId: table.id, rowId });
  const showRowHistory = (rowId: string) => {
    useHistoryViewStore.getState().showRow(rowId);
    openPanel({ kind: 'history', tableId: table.id });
  };

  switch (panel.kind) {
    case 'history':
      return (
        <SidePanel title="History" contentKey={`history:${historyRowId ?? ''}`} onClose={closePanel}>
          <HistoryPanel table={table} onOpenRow={openRow} />
        </SidePanel>
      );
    case 'row': {
      const isNew = panel.rowId === NEW_ROW_ID;
      return (
        <SidePanel title={isNew ? 'New row' : 'Row'} contentKey={`row:${panel.rowId}`} onClose={closePanel}>
          <RowPanel
            key={panel.rowId}
            table={table}
            rowId={panel.rowId}
            onCreated={openRow}
            onShowHistory={showRowHistory}
          />
        </SidePanel>
      );
    }
    case 'column': {
      const column = table.columns.find((c) => c.id === panel.columnId);
      const title = (column && appColumnTypes[column.dataType].settings?.title) ?? 'Column';
      return (
        <SidePanel title={title} contentKey={`column:${panel.columnId}`} onClose={closePanel}>
          <ColumnPanel table={table} columnId={panel.columnId} />
        </SidePanel>
      );
    }
    case 'new-column': {
      const settings = appColumnTypes[panel.dataType].settings;
      const SetUp = settings?.setUp?.Panel;
      return (
        <SidePanel
          title={`New ${settings?.title ?? 'column'}`}
          contentKey={`new-column:${panel.dataType}:${panel.name}`}
          onClose={closePanel}
        >
          {SetUp && <SetUp table={table} name={panel.name} />}
        </SidePanel>
      );
    }
    case 'charts':
      return (
        <SidePanel title="Charts" contentKey="charts" onClose={closePanel}>
          <Suspense fallback={<Loading label="Loading charts…" />}>
            <ChartsPanel table={table} />
          </Suspense>
        </SidePanel>
      );
    case 'triggers':
      return (
        <SidePanel title="Triggers" contentKey="triggers" onClose={closePanel}>
          <TriggersPanel table={table} />
        </SidePanel>
      );
    case 'runs':
      return (
        <SidePanel title="Runs" contentKey="runs" onClose={closePanel}>
          <RunsPanel table={table} />
        </SidePanel>
      );
    case 'cell':
      return (
        <SidePanel title="AI cell" contentKey={`cell:${panel.rowId}:${panel.column}`} onClose={closePanel}>
          <CellDetailPanel
            key={`${panel.rowId}:${panel.column}`}
            table={table}
            rowId={panel.rowId}
            column={panel.column}
          />
        </SidePanel>
      );
    case 'enrich':
      return (
        <SidePanel title="Enrich" contentKey="enrich" onClose={closePanel}>
          <EnrichPanel table={table} column={panel.column} />
        </SidePanel>
      );
    default:
      // Kinds added by features still on their way show nothing rather than break the slot.
      return null;
  }
}
