import { UploadIcon } from '../../../components/icons.tsx';
import { useImportWizardStore } from './import-wizard-store.ts';

/** "Import" in a table's toolbar: rows from a file into this table. */
export function ImportButton({ tableId }: { tableId: string }) {
  const open = useImportWizardStore((s) => s.open);
  return (
    <button
      type="button"
      className="button button--toolbar"
      title="Import"
      onClick={() => open({ kind: 'table', tableId })}
    >
      <UploadIcon />
      <span className="toolbar__collapsible-label">Import</span>
    </button>
  );
}
