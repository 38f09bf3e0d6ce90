import { countText } from '../../../../contract/count-text.ts';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useImportRun } from '../api/get-import.ts';
import { ImportReport } from './import-report.tsx';

interface ImportRunProps {
  importId: string;
  onOpenTable: (tableId: string) => void;
  onClose: () => void;
}

/** Step 3: a progress bar while the rows go in, then the report. */
export function ImportRun({ importId, onOpenTable, onClose }: ImportRunProps) {
  const run = useImportRun(importId);
  if (run.isPending) return <Loading label="Starting the import…" />;
  if (run.isError) return <ErrorMessage error={run.error} />;
  const record = run.data;
  const total = record.totalRows ?? 0;
  if (record.status === 'running') {
    return (
      <div className="import-run">
        <ProgressBar label="Importing" value={record.rowsRead} max={total}>
          {record.rowsRead.toLocaleString('en')} of {countText(total, 'row')} read ·{' '}
          {record.rowsImported.toLocaleString('en')} imported
        </ProgressBar>
        <p className="import-run__hint">
          You can close this window: the import goes on, and the grid fills as it runs.
        </p>
      </div>
    );
  }
  return <ImportReport record={record} onOpenTable={() => onOpenTable(record.tableId)} onClose={onClose} />;
}
