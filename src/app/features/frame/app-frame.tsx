import { lazy, Suspense, useEffect } from 'react';
import { Loading } from '../../components/status-message.tsx';
import './frame.css';
import { useRoute } from '../../lib/router.ts';
import { usePanelStore } from '../../store/panel-store.ts';
import { TokenPrompt } from '../access/index.ts';
import { NewExtractionDialog, useExtractionDraft } from '../extract/index.ts';
import { ImportWizard, useImportWizardStore } from '../import/index.ts';
import { SettingsDialog } from '../settings/index.ts';
import { TemplateGallery } from '../templates/index.ts';
import { HomeView } from './home-view.tsx';
import { Sidebar } from './sidebar/sidebar.tsx';
import { useSidebarStore } from './sidebar/sidebar-store.ts';
import { TableWorkspace } from './table-workspace.tsx';

// The dashboard brings recharts: loaded when it is first opened.
const DashboardPage = lazy(() => import('../dashboard/index.ts').then((m) => ({ default: m.DashboardPage })));

/**
 * The page: sidebar on the left, the open table (from the URL) in the middle, and the side-panel
 * slot on the right, which the workspace fills. The settings dialog lives here once, for any view to open.
 */
export function AppFrame() {
  const route = useRoute();
  const selectedId = route.name === 'home' ? null : route.tableId;
  const panelTableId = usePanelStore((s) => s.panel?.tableId);
  const closePanel = usePanelStore((s) => s.closePanel);
  const startSidebarAction = useSidebarStore((s) => s.start);
  const openImport = useImportWizardStore((s) => s.open);
  const startExtraction = useExtractionDraft((s) => s.start);

  // A panel belongs to one table; moving to another table (link, back button) closes it.
  useEffect(() => {
    if (panelTableId !== undefined && panelTableId !== selectedId) closePanel();
  }, [panelTableId, selectedId, closePanel]);

  return (
    <div className="app-shell">
      <Sidebar selectedId={selectedId} />
      {/* Keyed by id so per-table state (search text, editors) starts fresh on another table. */}
      {route.name === 'dashboard' ? (
        <Suspense fallback={<Loading label="Loading dashboard…" />}>
          <DashboardPage key={route.tableId} tableId={route.tableId} />
        </Suspense>
      ) : selectedId ? (
        <TableWorkspace key={selectedId} tableId={selectedId} />
      ) : (
        <main className="main main--home">
          <HomeView />
        </main>
      )}
      <SettingsDialog />
      <TemplateGallery
        onBlank={(projectId) => startSidebarAction({ kind: 'new-table', projectId })}
        onImport={(projectId) => openImport({ kind: 'new', projectId })}
        onExtract={startExtraction}
      />
      <ImportWizard />
      <NewExtractionDialog />
      <TokenPrompt />
    </div>
  );
}
