import type { Column } from '../../../../contract/columns.ts';
import type { PreviewResult } from '../../../../contract/preview.ts';
import { cellText } from '../../../lib/cell-text.ts';

interface PreviewListProps {
  results: PreviewResult[];
  /** The draft as a column, to show values as the column will. */
  column: Pick<Column, 'dataType' | 'config'>;
}

/** What three rows would get: each answer (or why it failed), how long it took, and the prompt sent. */
export function PreviewList({ results, column }: PreviewListProps) {
  if (results.length === 0) return <p className="field-hint">The table has no rows to try it on yet.</p>;
  return (
    <ol className="preview-list" aria-label="Preview answers">
      {results.map((result, index) => (
        <li
          key={result.rowId}
          className={`preview-list__item${result.error ? ' preview-list__item--failed' : ''}`}
        >
          <div className="preview-list__head">
            <span className="preview-list__row">Row {index + 1}</span>
            {result.latencyMs !== null && <span className="preview-list__meta">{result.latencyMs} ms</span>}
          </div>
          {result.error ? (
            <p className="field-error">{result.error}</p>
          ) : (
            <p className="preview-list__value">
              {result.value === null ? (
                <em>No answer (the model could not tell)</em>
              ) : (
                cellText(result.value, column)
              )}
              {result.note && <span className="preview-list__note"> — {result.note}</span>}
            </p>
          )}
          {result.prompt && (
            <details className="preview-list__prompt">
              <summary>Prompt sent</summary>
              <pre>{result.prompt}</pre>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
