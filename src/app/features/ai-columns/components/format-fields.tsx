import { useId } from 'react';
import type { OutputFormat } from '../../../../contract/ai/config.ts';
import { type AiDraft, needsLabels } from '../model/ai-draft.ts';

const FORMATS: { value: OutputFormat; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'label', label: 'One label' },
  { value: 'multiselect', label: 'Several labels' },
  { value: 'number', label: 'Number' },
  { value: 'grade', label: 'Grade 1-5' },
  { value: 'money', label: 'Money' },
  { value: 'date', label: 'Date' },
  { value: 'url', label: 'Web address' },
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'json', label: 'JSON' },
];

interface FormatFieldsProps {
  draft: AiDraft;
  update: (patch: Partial<AiDraft>) => void;
  errors: Record<string, string>;
}

/** What each answer is: its format, and the labels or JSON Schema it must fit. */
export function FormatFields({ draft, update, errors }: FormatFieldsProps) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-format`}>
          Answer format
        </label>
        <select
          id={`${id}-format`}
          className="input input--compact"
          value={draft.outputFormat}
          onChange={(event) => update({ outputFormat: event.target.value as OutputFormat })}
        >
          {FORMATS.map((format) => (
            <option key={format.value} value={format.value}>
              {format.label}
            </option>
          ))}
        </select>
      </div>
      {needsLabels(draft.outputFormat) && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-labels`}>
            Labels
          </label>
          <input
            id={`${id}-labels`}
            className="input input--compact"
            value={draft.labels}
            placeholder="Positive, Neutral, Negative"
            aria-invalid={Boolean(errors['config.labels'])}
            onChange={(event) => update({ labels: event.target.value })}
          />
          {errors['config.labels'] && <span className="field-error">{errors['config.labels']}</span>}
        </div>
      )}
      {draft.outputFormat === 'json' && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-schema`}>
            JSON Schema of an answer
          </label>
          <textarea
            id={`${id}-schema`}
            className="input input--mono"
            rows={6}
            value={draft.outputSchema}
            placeholder={'{ "type": "object", "properties": { "ceo": { "type": "string" } } }'}
            aria-invalid={Boolean(errors['config.outputSchema'])}
            onChange={(event) => update({ outputSchema: event.target.value })}
          />
          {errors['config.outputSchema'] && (
            <span className="field-error">{errors['config.outputSchema']}</span>
          )}
        </div>
      )}
    </>
  );
}
