import { type FormEvent, useState } from 'react';
import { countText } from '../../../../contract/count-text.ts';
import type { InvalidValues } from '../../../../contract/imports.ts';
import { errorText } from '../../../api/api-client.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { usePreviewImport } from '../api/preview-import.ts';
import { useStartImport } from '../api/start-import.ts';
import type { ImportTarget } from './import-wizard-store.ts';
import { InvalidValuesChoice } from './invalid-values-choice.tsx';
import { draftProblem, draftsFrom, type MappingDraft, mappingOf } from './mapping-draft.ts';
import { MappingTable } from './mapping-table.tsx';
import { SampleRows } from './sample-rows.tsx';

interface MappingStepProps {
  documentId: string;
  target: ImportTarget;
  onStarted: (importId: string) => void;
  onBack: () => void;
}

/** Step 2: what the file holds (notes, row count, columns) and how it maps onto columns. */
export function MappingStep({ documentId, target, onStarted, onBack }: MappingStepProps) {
  const tableId = target.kind === 'table' ? target.tableId : null;
  const preview = usePreviewImport(documentId, tableId);
  if (preview.isPending) return <Loading label="Reading the file…" />;
  if (preview.isError) return <ErrorMessage error={preview.error} />;
  return (
    <MappingForm key={documentId} preview={preview.data} {...{ documentId, target, onStarted, onBack }} />
  );
}

function MappingForm({
  preview,
  documentId,
  target,
  onStarted,
  onBack,
}: MappingStepProps & { preview: NonNullable<ReturnType<typeof usePreviewImport>['data']> }) {
  const [drafts, setDrafts] = useState<MappingDraft[]>(() => draftsFrom(preview.inferredColumns));
  const [name, setName] = useState('');
  const [invalidValues, setInvalidValues] = useState<InvalidValues>('empty_cell');
  const start = useStartImport();
  const problem = draftProblem(drafts);
  const change = (index: number, patch: Partial<MappingDraft>) =>
    setDrafts((current) => current.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    start.mutate(
      {
        documentId,
        tableId: target.kind === 'table' ? target.tableId : null,
        columnMapping: mappingOf(drafts),
        invalidValues,
        ...(target.kind === 'new' && name.trim() && { name: name.trim() }),
        ...(target.kind === 'new' && target.projectId && { projectId: target.projectId }),
      },
      { onSuccess: (record) => onStarted(record.importId) },
    );
  };

  return (
    <form className="mapping-step" aria-label="Columns to import" onSubmit={submit}>
      <p className="mapping-step__summary">
        {countText(preview.totalRows, 'row')} and {countText(preview.headers.length, 'column')} found ·{' '}
        {preview.type.toUpperCase()} · {preview.encoding}
      </p>
      {preview.notes.length > 0 && (
        <ul className="import-notes" aria-label="What was noticed about the file">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {target.kind === 'new' && (
        <label className="field">
          <span className="field__label">Table name</span>
          <input
            className="input"
            value={name}
            placeholder="Named after the file"
            maxLength={256}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
      )}
      <div className="mapping-step__table">
        <MappingTable drafts={drafts} sampleRows={preview.sampleRows} onChange={change} />
      </div>
      <InvalidValuesChoice value={invalidValues} onChange={setInvalidValues} />
      <SampleRows headers={preview.headers} rows={preview.sampleRows} />
      {(problem || start.isError) && (
        <p className="field-error" role="alert">
          {problem ?? errorText(start.error)}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--ghost" onClick={onBack}>
          Choose another file
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={Boolean(problem) || start.isPending}
        >
          Import {countText(preview.totalRows, 'row')}
        </button>
      </div>
    </form>
  );
}
