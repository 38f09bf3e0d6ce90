import type { ExampleSent } from '../../../../contract/verified.ts';
import { valueText } from './value-text.ts';

/** The verified examples the call was sent, most similar first: each row's inputs and its answer. */
export function ExamplesSent({ examples }: { examples: ExampleSent[] }) {
  return (
    <section className="cell-detail__section">
      <h3 className="cell-detail__label">Verified examples sent ({examples.length})</h3>
      <ol className="cell-examples">
        {examples.map((example) => (
          <li key={example.rowId} className="cell-examples__item">
            <span className="cell-examples__inputs">
              {Object.values(example.inputs)
                .map((text) => text ?? '(empty)')
                .join(' · ')}
            </span>
            <span className="cell-examples__answer">→ {valueText(example.answer) ?? '(empty)'}</span>
            <span className="cell-examples__score" title="Lexical similarity to this row (BM25)">
              {example.similarity.toFixed(2)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
