import './import.css';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { navigate } from '../../../lib/router.ts';
import { FilePicker } from './file-picker.tsx';
import { ImportRun } from './import-run.tsx';
import { useImportWizardStore } from './import-wizard-store.ts';
import { MappingStep } from './mapping-step.tsx';

/** The import wizard: pick or drop a file, check its columns and types, then watch it import. */
export function ImportWizard() {
  const { target, documentId, importId, close, setDocument, setImport } = useImportWizardStore();
  if (!target) return null;
  const title = target.kind === 'new' ? 'New table from a file' : 'Import rows from a file';
  return (
    <ModalDialog title={title} onClose={close}>
      {!documentId && <FilePicker onUploaded={setDocument} />}
      {documentId && !importId && (
        <MappingStep
          documentId={documentId}
          target={target}
          onStarted={setImport}
          onBack={() => setDocument(null)}
        />
      )}
      {importId && (
        <ImportRun
          importId={importId}
          onClose={close}
          onOpenTable={(tableId) => {
            close();
            navigate({ name: 'table', tableId });
          }}
        />
      )}
    </ModalDialog>
  );
}
