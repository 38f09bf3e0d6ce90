import type { CellDetail } from '../../../../contract/cells.ts';
import { fullTime } from '../../../lib/time-ago.ts';

const numberOrDash = (value: number | null, unit = '') =>
  value === null ? '—' : `${value.toLocaleString()}${unit}`;

function When({ iso }: { iso: string | null }) {
  return iso ? <time dateTime={iso}>{fullTime(iso)}</time> : <>—</>;
}

/** Where the cell's answer came from and what it cost: provider, model, tokens, latency, attempts, run. */
export function CellFacts({ detail }: { detail: CellDetail }) {
  return (
    <dl className="details-list cell-detail__facts">
      <dt>Provider</dt>
      <dd>{detail.provider ?? '—'}</dd>
      <dt>Model</dt>
      <dd>{detail.model ? <code>{detail.model}</code> : '—'}</dd>
      <dt>Tokens</dt>
      <dd>
        {numberOrDash(detail.tokensIn)} in / {numberOrDash(detail.tokensOut)} out
      </dd>
      <dt>Latency</dt>
      <dd>{numberOrDash(detail.latencyMs, ' ms')}</dd>
      <dt>Attempts</dt>
      <dd>{detail.attempts}</dd>
      <dt>Run</dt>
      <dd>{detail.runId ? <code>{detail.runId}</code> : '—'}</dd>
      <dt>Started</dt>
      <dd>
        <When iso={detail.startedAt} />
      </dd>
      <dt>Finished</dt>
      <dd>
        <When iso={detail.finishedAt} />
      </dd>
    </dl>
  );
}
