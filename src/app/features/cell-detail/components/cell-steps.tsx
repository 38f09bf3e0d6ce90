import type { CellStep } from '../../../../contract/cells.ts';

/**
 * An enrichment's steps for this cell, in order: what each found (or why it failed), with its prompt
 * as sent folded away, and its tokens and time.
 */
export function CellSteps({ steps }: { steps: CellStep[] }) {
  return (
    <section className="cell-detail__section" aria-labelledby="cell-steps-title">
      <h3 id="cell-steps-title" className="cell-detail__label">
        Steps
      </h3>
      <ol className="cell-steps">
        {steps.map((step, index) => (
          <li key={step.id} className="cell-step">
            <div className="cell-step__head">
              <span className="cell-step__name">
                {index + 1}. {step.name}
              </span>
              <span className="cell-step__cost">
                {step.tokensIn.toLocaleString()} in / {step.tokensOut.toLocaleString()} out ·{' '}
                {step.latencyMs.toLocaleString()} ms
              </span>
            </div>
            {step.error ? (
              <p className="notice notice--error">{step.error}</p>
            ) : (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be focusable to scroll by keyboard.
              <pre className="text-block__text" tabIndex={0}>
                {step.output ?? ''}
              </pre>
            )}
            <details className="cell-step__prompt">
              <summary>Prompt as sent</summary>
              <pre className="text-block__text">{step.prompt}</pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
