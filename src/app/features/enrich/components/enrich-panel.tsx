import { useEffect, useRef, useState } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { Table } from '../../../../contract/tables.ts';
import { LiveMessages } from '../../../components/live-messages.tsx';
import { isEnrichable } from '../../../lib/enrichable.ts';
import { revealInPanel } from '../../../lib/reveal-in-panel.ts';
import { usePreviewPlan } from '../api/preview-plan.ts';
import { useStartEnrichment } from '../api/start-enrichment.ts';
import { emptyDraft, useEnrichDraftStore } from '../model/enrich-draft-store.ts';
import { planRequest } from '../model/enrich-request.ts';
import './enrich.css';
import { EnrichHistory, StartedEnrichment } from './enrich-history.tsx';
import { EnrichRequestForm } from './enrich-request-form.tsx';
import { PlanView } from './plan-view.tsx';

interface EnrichPanelProps {
  table: Table;
  /** The column the panel was opened for (from its header menu), if any. */
  column?: string;
}

/**
 * Enrich a column: choose it and how to plan, preview the plan (strategy, steps to edit, contract,
 * rows, samples, estimate), run it, and follow it in the history below.
 */
export function EnrichPanel({ table, column }: EnrichPanelProps) {
  const targets = table.columns.filter(isEnrichable);
  const stored = useEnrichDraftStore((state) => state.drafts[table.id]);
  const updateRequest = useEnrichDraftStore((state) => state.updateRequest);
  const setPlan = useEnrichDraftStore((state) => state.setPlan);
  const draft = stored ?? emptyDraft(targets[0]?.name);
  const preview = usePreviewPlan();
  const start = useStartEnrichment();
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<{ text: string; workflowId: string } | null>(null);
  const planRef = useRef<HTMLDivElement>(null);

  // Opened from a column's menu: that column is the target.
  useEffect(() => {
    if (column) useEnrichDraftStore.getState().updateRequest(table.id, { target: column });
  }, [column, table.id]);

  if (targets.length === 0) {
    return (
      <p className="field-hint">
        No column here can be enriched: add a text, number, date, link, email, select or checkbox column
        first.
      </p>
    );
  }
  const update = (patch: Parameters<typeof updateRequest>[1]) => {
    setProblem(null);
    setStarted(null);
    updateRequest(table.id, { ...(stored ? {} : draft), ...patch });
  };
  const others = table.columns.filter((candidate) => candidate.name !== draft.target);
  const plan = draft.plan;

  const previewPlan = () => {
    const request = planRequest(draft, table.columns);
    if ('error' in request) return setProblem(request.error);
    setProblem(null);
    setStarted(null);
    preview.mutate(
      { tableId: table.id, input: request.input },
      {
        onSuccess: (result) => {
          setPlan(table.id, result);
          // The plan appears below the request: bring it into view, as a reader would look next.
          requestAnimationFrame(() => revealInPanel(planRef.current, 'start'));
        },
      },
    );
  };
  const execute = () => {
    const request = planRequest(draft, table.columns);
    if ('error' in request || !plan)
      return setProblem('error' in request ? request.error : 'Preview the plan first');
    start.mutate(
      { tableId: table.id, input: { ...request.input, plan } },
      {
        onSuccess: (result) => {
          setStarted({
            workflowId: result.workflowId,
            text:
              result.rowsQueued > 0
                ? `Started: ${countText(result.rowsQueued, 'row')} queued.`
                : 'Nothing to fill: every row in scope has a value already.',
          });
        },
      },
    );
  };
  const failure = preview.error ?? start.error;

  return (
    <div className="enrich-panel">
      <form
        className="enrich-panel__request"
        aria-label="Enrichment request"
        onSubmit={(event) => {
          event.preventDefault();
          previewPlan();
        }}
      >
        <EnrichRequestForm draft={draft} columns={table.columns} targets={targets} update={update} />
        <div className="enrich-panel__actions">
          <button type="submit" className="button button--small" disabled={preview.isPending}>
            {preview.isPending ? 'Planning…' : plan ? 'Preview again' : 'Preview plan'}
          </button>
        </div>
      </form>
      <LiveMessages error={problem ?? failure} />
      {plan && (
        <div ref={planRef} className="enrich-panel__plan">
          <PlanView
            plan={plan}
            outdated={draft.planOutdated}
            columns={others}
            onStepsChange={(steps) => setPlan(table.id, { ...plan, steps })}
          />
          <div className="enrich-panel__actions">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={start.isPending}
              onClick={execute}
            >
              {start.isPending ? 'Starting…' : `Enrich ${countText(plan.eligibleRowCount, 'row')}`}
            </button>
          </div>
        </div>
      )}
      <LiveMessages success={started?.text} />
      {started && (
        <StartedEnrichment tableId={table.id} workflowId={started.workflowId} columns={table.columns} />
      )}
      <section className="enrich-panel__history" aria-labelledby="enrich-history-title">
        <h3 id="enrich-history-title" className="enrich-plan__title">
          Recent enrichments
        </h3>
        <EnrichHistory tableId={table.id} columns={table.columns} />
      </section>
    </div>
  );
}
