import { countText } from '../../../../contract/count-text.ts';
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
  const fraction = total > 0 ? Math.min(1, record.rowsRead / total) : 0;
  if (record.status === 'running') {
    return (
      <div className="import-run">
        <div
          className="progress"
          role="progressbar"
          aria-label="Importing"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={record.rowsRead}
        >
          <div className="progress__bar" style={{ width: `${fraction * 100}%` }} />
          <span className="progress__label">
            {record.rowsRead.toLocaleString('en')} of {countText(total, 'row')} read ·{' '}
            {record.rowsImported.toLocaleString('en')} imported
          </span>
        </div>
        <p className="import-run__hint">
          You can close this window: the import goes on, and the grid fills as it runs.
        </p>
      </div>
    );
  }
  return <ImportReport record={record} onOpenTable={() => onOpenTable(record.tableId)} onClose={onClose} />;
}
