import { type FormEvent, useState } from 'react';
import type { Template } from '../../../../contract/templates.ts';
import { errorText } from '../../../api/api-client.ts';
import { useCreateFromTemplate } from '../api/create-from-template.ts';

interface UseTemplateFormProps {
  template: Template;
  projectId: string | null;
  onCreated: (tableId: string) => void;
  onBack: () => void;
}

/** The chosen template: a name for the new table and whether to start with its sample rows. */
export function UseTemplateForm({ template, projectId, onCreated, onBack }: UseTemplateFormProps) {
  const [name, setName] = useState(template.name);
  const [sample, setSample] = useState(template.sampleRows.length > 0);
  const create = useCreateFromTemplate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(
      {
        templateId: template.id,
        name: name.trim(),
        includeSampleData: sample,
        ...(projectId && { projectId }),
      },
      { onSuccess: (table) => onCreated(table.id) },
    );
  };
  return (
    <form className="use-template" aria-label={`New table from ${template.name}`} onSubmit={submit}>
      <p className="use-template__description">{template.description}</p>
      <label className="field">
        <span className="field__label">Table name</span>
        <input
          className="input"
          value={name}
          maxLength={256}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {template.sampleRows.length > 0 && (
        <label className="checkbox-row">
          <input type="checkbox" checked={sample} onChange={(event) => setSample(event.target.checked)} />
          <span>Start with {template.sampleRows.length} sample rows</span>
        </label>
      )}
      {create.isError && (
        <p className="field-error" role="alert">
          {errorText(create.error)}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--ghost" onClick={onBack}>
          Back to templates
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending || !name.trim()}>
          Create table
        </button>
      </div>
    </form>
  );
}
