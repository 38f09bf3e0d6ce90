import './extract.css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { ExtractTable } from '../../../../contract/extract.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { useTableExtraction } from '../api/get-table-extraction.ts';

const sourceText = (job: ExtractTable): string =>
  job.source_type === 'text' ? 'the pasted text' : countText(job.files.length, 'document');

/**
 * Above the grid of a table an extraction fills: a progress bar while the server works (it goes on
 * with the tab closed, and shows again when the table is reopened), then what went wrong, if anything.
 * Rows are fetched as they arrive: each change of the count asks the table's status again at once.
 */
export function ExtractionBanner({ tableId }: { tableId: string }) {
  const job = useTableExtraction(tableId).data;
  const queryClient = useQueryClient();
  const moved = job && `${job.total_rows}:${job.status}`;
  useEffect(() => {
    if (!moved) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.tableStatus(tableId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
  }, [moved, tableId, queryClient]);
  if (!job) return null;
  if (job.status === 'processing' || job.status === 'queued')
    return (
      <section className="extraction-banner" aria-label="Extraction">
        <ProgressBar label="Extracting" value={job.progress} max={100}>
          Extracting from {sourceText(job)}… {job.progress}% · {countText(job.total_rows, 'row')} so far
        </ProgressBar>
      </section>
    );
  if (job.status === 'failed')
    return (
      <p className="notice notice--error extraction-banner" role="alert">
        The extraction failed: {job.error_message ?? 'no reason was given'}
      </p>
    );
  if (job.error_message)
    return (
      <p className="notice notice--warning extraction-banner" role="status">
        Extracted {countText(job.total_rows, 'row')}, but: {job.error_message}
      </p>
    );
  return null;
}
