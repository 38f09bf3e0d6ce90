import './extract.css';
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
      {step === 'fields' && <FieldsStep />}
      {step === 'sources' && <SourcesStep />}
      {step === 'estimate' && <EstimateStep />}
    </ModalDialog>
  );
}
