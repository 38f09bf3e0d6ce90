import type { ChartConfig, ChartData, ChartPoint } from '../../../../contract/charts.ts';
import { countText } from '../../../../contract/count-text.ts';
import { errorText } from '../../../api/api-client.ts';
import { Loading } from '../../../components/status-message.tsx';
import { ChartView } from './chart-view.tsx';

interface ChartBodyProps {
  config: ChartConfig;
  data: ChartData | undefined;
  error: unknown;
  pending: boolean;
  onSelect?: (x: ChartPoint['x'], group?: string | null) => void;
}

/** A chart's drawing area: loading, its error (a column it used was deleted…), nothing to show, or the chart. */
export function ChartBody({ config, data, error, pending, onSelect }: ChartBodyProps) {
  if (error && !data)
    return (
      <p className="chart-card__message" role="alert">
        {errorText(error)}
      </p>
    );
  if (pending || !data) return <Loading label="Loading chart…" />;
  if (data.points.length === 0) return <p className="chart-card__message">No rows to show yet.</p>;
  return (
    <>
      <ChartView data={data} config={config} {...(onSelect && { onSelect })} />
      {data.truncated && (
        <p className="chart-card__note">Showing the first {countText(data.points.length, 'value')}.</p>
      )}
    </>
  );
}
