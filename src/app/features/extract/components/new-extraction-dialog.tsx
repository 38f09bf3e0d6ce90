import './extract.css';
import { useEffect } from 'react';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { EstimateStep } from './estimate-step.tsx';
import { type DraftStep, useExtractionDraft } from './extraction-draft-store.ts';
import { FieldsStep } from './fields-step.tsx';
import { SourcesStep } from './sources-step.tsx';

const STEPS: Array<{ step: DraftStep; label: string }> = [
  { step: 'fields', label: 'Fields' },
  { step: 'sources', label: 'Documents' },
  { step: 'estimate', label: 'Estimate' },
];

/** "New table from documents": fields, then documents, web addresses or text, then the estimate. */
export function NewExtractionDialog() {
  const open = useExtractionDraft((s) => s.open);
  const step = useExtractionDraft((s) => s.step);
  const close = useExtractionDraft((s) => s.close);
  const resumed = useExtractionDraft((s) => s.resumed);
  const reset = useExtractionDraft((s) => s.reset);
  // Each step's first control takes focus when the step shows (after the modal's own focus on opening,
  // which would land on Close): marked data-step-focus by the step.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run again when the step changes
  useEffect(() => {
    if (open) document.querySelector<HTMLElement>('.modal [data-step-focus]')?.focus();
  }, [open, step]);
  if (!open) return null;
  return (
    <ModalDialog title="New table from documents" onClose={close}>
      <ol className="extract-steps" aria-label="Steps">
        {STEPS.map((item, index) => (
          <li
            key={item.step}
            className={`extract-steps__step${item.step === step ? ' extract-steps__step--current' : ''}`}
            aria-current={item.step === step ? 'step' : undefined}
          >
            {index + 1}. {item.label}
          </li>
        ))}
      </ol>
      {resumed && (
        <p className="extract-resumed" role="status">
          Your draft is as you left it.{' '}
          <button type="button" className="link-button" onClick={reset}>
            Start over
          </button>
        </p>
      )}
      {step === 'fields' && <FieldsStep />}
      {step === 'sources' && <SourcesStep />}
      {step === 'estimate' && <EstimateStep />}
    </ModalDialog>
  );
}
