import type { VariantResult } from '../../../../contract/evaluate.ts';
import { ConfusionTable } from './confusion-table.tsx';

const MISSES_SHOWN = 4;
const text = (value: unknown) =>
  value === null || value === undefined
    ? '(none)'
    : Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
const dollars = (value: number | null) =>
  value === null ? 'price unknown' : `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;

interface VariantResultCardProps {
  title: string;
  result: VariantResult;
  /** Absent for the column's own settings (they are in use already). */
  onUse?: () => void;
  using: boolean;
}

/** One variant's figures: accuracy, agreement counts, cost per 1,000 rows, latency, confusion, misses. */
export function VariantResultCard({ title, result, onUse, using }: VariantResultCardProps) {
  const misses = result.items.filter((item) => !item.agreed);
  return (
    <article className="variant-result" aria-label={`Results of ${title}`}>
      <h4 className="variant-result__title">{title}</h4>
      <p className="variant-result__settings">
        <code>{result.settings.model}</code> · {result.settings.examples} examples per call
      </p>
      <p className="variant-result__accuracy">
        {result.accuracy === null ? '—' : `${Math.round(result.accuracy * 100)}%`}
      </p>
      <dl className="details-list variant-result__facts">
        <dt>Agree</dt>
        <dd>
          {result.agreed} of {result.evaluated}
          {result.failed > 0 && ` (${result.failed} failed)`}
        </dd>
        <dt>Cost / 1,000 rows</dt>
        <dd>{dollars(result.costPer1000)}</dd>
        <dt>Tokens</dt>
        <dd>{result.tokens.toLocaleString()}</dd>
        <dt>Latency</dt>
        <dd>
          {result.latencyMs.median} ms median · {result.latencyMs.p90} ms p90
        </dd>
      </dl>
      {result.confusion && <ConfusionTable confusion={result.confusion} />}
      {misses.length > 0 && (
        <ul className="variant-result__misses" aria-label="Disagreements">
          {misses.slice(0, MISSES_SHOWN).map((item) => (
            <li key={item.rowId}>
              <span className="variant-result__inputs">{Object.values(item.inputs).join(' · ')}</span>:{' '}
              {item.error ? (
                <span className="field-error">{item.error}</span>
              ) : (
                <>
                  answered <strong>{text(item.answer)}</strong>, verified{' '}
                  <strong>{text(item.expected)}</strong>
                  {item.reason && <span className="variant-result__reason"> — {item.reason}</span>}
                </>
              )}
            </li>
          ))}
          {misses.length > MISSES_SHOWN && <li>and {misses.length - MISSES_SHOWN} more</li>}
        </ul>
      )}
      {onUse && (
        <button type="button" className="button button--small" disabled={using} onClick={onUse}>
          Use this variant
        </button>
      )}
    </article>
  );
}
