import { EmptyState } from '../../components/empty-state.tsx';
import { DocumentIcon, PlusIcon, SparkleIcon, UploadIcon } from '../../components/icons.tsx';
import { Loading } from '../../components/status-message.tsx';
import { useExtractionDraft } from '../extract/index.ts';
import { useImportWizardStore } from '../import/index.ts';
import { useTables } from '../tables/api/get-tables.ts';
import { useTemplateGalleryStore } from '../templates/index.ts';
import { useSidebarStore } from './sidebar/sidebar-store.ts';

/** The middle when no table is open: an invitation to create or pick one. */
export function HomeView() {
  const tables = useTables();
  const start = useSidebarStore((s) => s.start);
  const openGallery = useTemplateGalleryStore((s) => s.open);
  const openImport = useImportWizardStore((s) => s.open);
  const startExtraction = useExtractionDraft((s) => s.start);
  if (tables.isPending) return <Loading />;
  const none = tables.data?.length === 0;
  return (
    <EmptyState title={none ? 'No tables yet — create one' : 'Select a table'}>
      <p className="empty-state__text">
        {none
          ? 'A table holds rows of typed columns; AI columns will fill themselves from a prompt.'
          : 'Pick a table on the left, or start a new one.'}
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => start({ kind: 'new-table', projectId: null })}
      >
        <PlusIcon />
        New table
      </button>
      <div className="home-view__more">
        <button type="button" className="button" onClick={() => openGallery(null)}>
          <SparkleIcon />
          From a template
        </button>
        <button type="button" className="button" onClick={() => openImport({ kind: 'new', projectId: null })}>
          <UploadIcon />
          Import a file
        </button>
        <button type="button" className="button" onClick={() => startExtraction(null)}>
          <DocumentIcon />
          From documents
        </button>
      </div>
    </EmptyState>
  );
}
