import { isApiError } from '../../api/api-client.ts';
import { useLiveTable } from '../../api/live/use-live-table.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { BoltIcon, ChartIcon, PlusIcon } from '../../components/icons.tsx';
import { ErrorMessage, Loading } from '../../components/status-message.tsx';
import { useHistoryViewStore } from '../../store/history-view-store.ts';
import { NEW_ROW_ID, usePanelStore } from '../../store/panel-store.ts';
import { ExportMenu } from '../export/index.ts';
import { ExtractionBanner } from '../extract/index.ts';
import { Grid } from '../grid/index.ts';
import { ImportButton } from '../import/index.ts';
import { useProjects } from '../projects/api/get-projects.ts';
import { RunMenu, RunProgress } from '../runs/index.ts';
import { useTable } from '../tables/api/get-table.ts';
import { AddColumnButton, TableHeader } from '../tables/index.ts';
import { SaveTemplateButton } from '../templates/index.ts';
import { Toolbar } from '../toolbar/index.ts';
import { PanelSlot } from './panel-slot.tsx';

/** One open table: header, toolbar, the grid filling the rest, and the side panel beside them. */
export function TableWorkspace({ tableId }: { tableId: string }) {
  const table = useTable(tableId);
  useLiveTable(tableId);
  const projects = useProjects();
  const panel = usePanelStore((s) => s.panel);
  const openPanel = usePanelStore((s) => s.openPanel);
  const closePanel = usePanelStore((s) => s.closePanel);
  const historyOpen = panel?.kind === 'history' && panel.tableId === tableId;
  const openKind = panel?.tableId === tableId ? panel.kind : null;
  const toggle = (kind: 'charts' | 'triggers') =>
    openKind === kind ? closePanel() : openPanel({ kind, tableId });
  const runsOpen = panel?.kind === 'runs' && panel.tableId === tableId;

  if (table.isPending) return <main className="main">{<Loading label="Loading table…" />}</main>;
  if (table.isError) {
    return (
      <main className="main">
        {isApiError(table.error, 404) ? (
          <EmptyState title="Table not found">
            It may have been deleted. Pick another table on the left.
          </EmptyState>
        ) : (
          <ErrorMessage error={table.error} />
        )}
      </main>
    );
  }

  const toggleHistory = () => {
    if (historyOpen) return closePanel();
    useHistoryViewStore.getState().showTable();
    openPanel({ kind: 'history', tableId });
  };

  return (
    <>
      <main className="main workspace" aria-labelledby="table-title">
        <TableHeader
          table={table.data}
          projects={projects.data ?? []}
          status={<RunProgress table={table.data} />}
        />
        <Toolbar
          table={table.data}
          historyOpen={historyOpen}
          onToggleHistory={toggleHistory}
          runsOpen={runsOpen}
          onToggleRuns={() => (runsOpen ? closePanel() : openPanel({ kind: 'runs', tableId }))}
        >
          <button
            type="button"
            className={`button button--toolbar${openKind === 'charts' ? ' button--active' : ''}`}
            aria-pressed={openKind === 'charts'}
            title="Charts"
            onClick={() => toggle('charts')}
          >
            <ChartIcon />
            <span className="toolbar__collapsible-label">Charts</span>
          </button>
          <button
            type="button"
            className={`button button--toolbar${openKind === 'triggers' ? ' button--active' : ''}`}
            aria-pressed={openKind === 'triggers'}
            title="Triggers"
            onClick={() => toggle('triggers')}
          >
            <BoltIcon />
            <span className="toolbar__collapsible-label">Triggers</span>
          </button>
          <RunMenu table={table.data} />
          <ImportButton tableId={tableId} />
          <ExportMenu table={table.data} />
          <SaveTemplateButton table={table.data} />
          <AddColumnButton table={table.data} />
          <button
            type="button"
            className="button button--primary button--toolbar"
            aria-label="New row"
            disabled={table.data.columns.length === 0}
            onClick={() => openPanel({ kind: 'row', tableId, rowId: NEW_ROW_ID })}
          >
            <PlusIcon />
            Row
          </button>
        </Toolbar>
        <ExtractionBanner tableId={tableId} />
        <div className="workspace__grid">
          {table.data.columns.length === 0 ? (
            <EmptyState title="No columns yet">
              Add a first column with “+ Column” above, then add rows.
            </EmptyState>
          ) : (
            <Grid table={table.data} />
          )}
        </div>
      </main>
      <PanelSlot table={table.data} />
    </>
  );
}
