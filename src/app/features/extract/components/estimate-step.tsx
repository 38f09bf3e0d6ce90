import { errorText } from '../../../api/api-client.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { navigate } from '../../../lib/router.ts';
import { useExtractionEstimate } from '../api/estimate-extraction.ts';
import { useStartExtraction } from '../api/start-extraction.ts';
import { draftRequest } from './draft-request.ts';
import { EstimateSummary } from './estimate-summary.tsx';
import { useExtractionDraft } from './extraction-draft-store.ts';

/** Step 3: what it will take, then start; the table opens at once and fills as the server works. */
export function EstimateStep() {
  const draft = useExtractionDraft();
  const request = draftRequest(draft);
  const estimate = useExtractionEstimate(request);
  const start = useStartExtraction();
  const problem = estimate.data?.error;
  // The documents that could not be read are listed in the summary: the alert does not list them again.
  const listed =
    estimate.data?.files.some((file) => file.error) && problem?.startsWith('Nothing could be read');
  const run = () =>
    start.mutate(
      { ...request, name: draft.name.trim(), ...(draft.projectId && { project_id: draft.projectId }) },
      {
        onSuccess: (table) => {
          draft.reset();
          draft.close();
          navigate({ name: 'table', tableId: table.table_id });
        },
      },
    );
  return (
    // Focus goes to the estimate itself (read out first), not to Start: Enter should not spend money.
    <section className="extract-step" aria-label="Estimate" tabIndex={-1} data-step-focus>
      {estimate.isPending && <Loading label="Reading the documents…" />}
      {estimate.isError && <ErrorMessage error={estimate.error} />}
      {estimate.data && <EstimateSummary estimate={estimate.data} />}
      {problem && (
        <p className="field-error" role="alert">
          {listed ? 'Nothing could be read from these documents: go back to correct them.' : problem}
        </p>
      )}
      {start.isError && (
        <p className="field-error" role="alert">
          {errorText(start.error)}
        </p>
      )}
      <p className="field-hint">
        The extraction runs on the server: you can close the tab, and rows appear in the table as parts
        finish.
      </p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={() => draft.change({ step: 'sources' })}
        >
          Back to documents
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!estimate.data || Boolean(estimate.data.error) || start.isPending}
          onClick={run}
        >
          Start extraction
        </button>
      </div>
    </section>
  );
}
