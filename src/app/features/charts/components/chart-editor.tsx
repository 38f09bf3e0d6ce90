import { type FormEvent, useState } from 'react';
import type { Chart } from '../../../../contract/charts.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCreateChart } from '../api/create-chart.ts';
import { useChartPreview } from '../api/preview-chart.ts';
import { useUpdateChart } from '../api/update-chart.ts';
import { configOf, draftOf, draftProblem, newDraft } from '../model/chart-draft.ts';
import { ChartBody } from './chart-body.tsx';
import { ChartFields } from './chart-fields.tsx';

interface ChartEditorProps {
  table: Table;
  /** The chart to edit; a new chart when absent. */
  chart?: Chart;
  version: number;
  onDone: () => void;
}

/** Builds or edits a chart, drawing a live preview of the whole table as the settings change. */
export function ChartEditor({ table, chart, version, onDone }: ChartEditorProps) {
  const [draft, setDraft] = useState(() => (chart ? draftOf(chart) : newDraft(table.columns)));
  const problem = draftProblem(draft);
  const config = configOf(draft, table.columns);
  const previewed = useDebouncedValue(problem ? null : config, 250);
  const preview = useChartPreview(table.id, previewed, version);
  const create = useCreateChart(table.id);
  const update = useUpdateChart(table.id);
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const title =
      draft.title.trim() || `${draft.type[0]?.toUpperCase()}${draft.type.slice(1)} of ${draft.xColumn}`;
    if (chart) update.mutate({ chartId: chart.id, input: { ...config, title } }, { onSuccess: onDone });
    else create.mutate({ ...config, title }, { onSuccess: onDone });
  };

  return (
    <form
      className="stack-form chart-editor"
      onSubmit={submit}
      aria-label={chart ? 'Edit chart' : 'New chart'}
    >
      <ChartFields
        draft={draft}
        columns={table.columns}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
      />
      <section className="chart-editor__preview" aria-label="Preview" data-testid="chart-preview">
        {problem ? (
          <p className="chart-card__message">{problem}</p>
        ) : (
          <ChartBody config={config} data={preview.data} error={preview.error} pending={preview.isPending} />
        )}
      </section>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="inline-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={saving || problem !== null}
        >
          {chart ? 'Save chart' : 'Add chart'}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
