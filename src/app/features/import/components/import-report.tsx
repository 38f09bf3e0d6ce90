import { countText } from '../../../../contract/count-text.ts';
import type { ImportErrorOutcome, ImportResult } from '../../../../contract/imports.ts';
import { importErrorsUrl } from '../api/import-errors-url.ts';

const OUTCOMES: Record<ImportErrorOutcome, string> = {
  cell_emptied: 'Cell left empty',
  row_skipped: 'Row left out',
};

interface ImportReportProps {
  record: ImportResult;
  onOpenTable: () => void;
  onClose: () => void;
}

/**
 * The outcome: rows imported and left out, values refused and why (the first 20 with row numbers,
 * all of them as a CSV download), and what was noticed.
 */
export function ImportReport({ record, onOpenTable, onClose }: ImportReportProps) {
  const failed = record.status === 'failed';
  const emptied = record.errors.some((error) => error.outcome === 'cell_emptied');
  return (
    <div className="import-report">
      <p className={`import-report__outcome${failed ? ' import-report__outcome--failed' : ''}`} role="status">
        {failed ? 'The import stopped. ' : 'Import finished. '}
        {countText(record.rowsImported, 'row')} imported
        {record.rowsSkipped > 0 && `, ${countText(record.rowsSkipped, 'row')} left out`}
        {emptied && `, ${countText(record.errorCount, 'value')} left empty`}.
      </p>
      {record.message && (
        <p className="field-error" role="alert">
          {record.message}
        </p>
      )}
      {record.errors.length > 0 && (
        <>
          <h3 className="import-report__heading">
            {emptied ? 'Values refused' : 'Rows left out'}
            {Math.max(record.errorCount, record.rowsSkipped) > record.errors.length &&
              ` (the first ${record.errors.length})`}
          </h3>
          <table className="import-errors">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {record.errors.map((error) => (
                <tr key={`${error.row}-${error.column ?? ''}`}>
                  <td>{error.row}</td>
                  <td>{error.line ?? ''}</td>
                  <td>{error.message}</td>
                  <td>{OUTCOMES[error.outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* Imports from before refused values were stored have none to download. */}
          {record.errorCount > 0 && (
            <a
              className="button button--ghost import-report__download"
              href={importErrorsUrl(record.importId)}
              download
            >
              Download all {countText(record.errorCount, 'refused value')} (CSV)
            </a>
          )}
        </>
      )}
      {record.notes.length > 0 && (
        <ul className="import-notes" aria-label="What was noticed about the file">
          {record.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button--primary" onClick={onOpenTable}>
          Open the table
        </button>
      </div>
    </div>
  );
}
