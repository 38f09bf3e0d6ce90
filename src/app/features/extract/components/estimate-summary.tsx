import { countText } from '../../../../contract/count-text.ts';
import type { ExtractEstimate } from '../../../../contract/extract.ts';

const number = (n: number) => n.toLocaleString('en');

/** What the extraction will take, in words: what was read, the calls, the tokens, the cost. */
export function EstimateSummary({ estimate }: { estimate: ExtractEstimate }) {
  const skipped = estimate.files.filter((file) => file.skipped_pages?.length);
  const failed = estimate.files.filter((file) => file.error);
  return (
    <div className="estimate-summary">
      <dl className="estimate-summary__figures" aria-label="Estimate">
        {estimate.pages > 0 && (
          <div>
            <dt>Pages</dt>
            <dd>{number(estimate.pages)}</dd>
          </div>
        )}
        <div>
          <dt>Text</dt>
          <dd>{countText(estimate.characters, 'character')}</dd>
        </div>
        <div>
          <dt>Parts</dt>
          <dd>{number(estimate.chunks)}</dd>
        </div>
        <div>
          <dt>Model calls</dt>
          <dd>{number(estimate.calls)}</dd>
        </div>
        <div>
          <dt>Tokens</dt>
          <dd>
            ~{number(estimate.tokens_in)} in · ~{number(estimate.tokens_out)} out
          </dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>
            {estimate.cost_usd === null
              ? 'not known'
              : `~$${estimate.cost_usd.toFixed(estimate.cost_usd < 1 ? 4 : 2)}`}
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        The text is read in parts of a few pages, one model call each
        {estimate.model && ` to ${estimate.model}`}; tokens out are a guess
        {estimate.cost_usd === null && ', and the price of this model is not known'}.
      </p>
      {(skipped.length > 0 || failed.length > 0) && (
        <ul className="estimate-summary__problems" aria-label="Problems with the documents">
          {skipped.map((file) => (
            <li key={`${file.path}-skipped`}>
              {file.name}: {countText(file.skipped_pages?.length ?? 0, 'page')} without text will be skipped
            </li>
          ))}
          {failed.map((file) => (
            <li key={`${file.path}-failed`}>
              {file.name}: {file.error}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
