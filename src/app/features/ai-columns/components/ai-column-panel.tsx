import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { isOwnKind } from '../../../../contract/ai/config.ts';
import type { AiColumn } from '../../../../contract/column-of.ts';
import type { ColumnConfigOf } from '../../../../contract/data-types/index.ts';
import type { Table } from '../../../../contract/tables.ts';
import { errorText, isApiError } from '../../../api/api-client.ts';
import { addColumn, updateColumn } from '../../../api/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { useStartRun } from '../../../api/runs/start-run.ts';
import { OptionColors } from '../../../column-types/settings/option-colors.tsx';
import { columnNameFrom } from '../../../lib/column-name.ts';
import { usePanelStore } from '../../../store/panel-store.ts';
import { usePreviewColumn } from '../api/preview-column.ts';
import { type AiDraft, configFromDraft, draftFromColumn, emptyDraft } from '../model/ai-draft.ts';
import { FormatFields } from './format-fields.tsx';
import { KindFields, NEW_COLUMN_KINDS } from './kind-fields.tsx';
import { ModelFields } from './model-fields.tsx';
import { PreviewList } from './preview-list.tsx';
import { PromptEditor } from './prompt-editor.tsx';
import '../ai-columns.css';

interface AiColumnPanelProps {
  table: Table;
  /** The column being edited; absent when creating one. */
  column?: AiColumn;
  /** The display name a new column starts with. */
  name?: string;
}

/** Field errors from a 400, keyed by path (config.prompt, displayName, ...). */
function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error, 400)) return {};
  return Object.fromEntries((error.details ?? []).map((detail) => [detail.path, detail.message]));
}

/**
 * An AI column's settings: what to ask (a prompt naming other columns, or a criterion to grade
 * against), the shape of each answer, who answers. "Preview" tries the draft on three rows without
 * saving; saving a new column can run it over the rows at once.
 */
export function AiColumnPanel({ table, column, name }: AiColumnPanelProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const openPanel = usePanelStore((state) => state.openPanel);
  const [draft, setDraft] = useState<AiDraft>(() => (column ? draftFromColumn(column) : emptyDraft(name)));
  const [localError, setLocalError] = useState<{ path: string; message: string } | null>(null);
  // Settings changed elsewhere (Evaluate's "Use this variant", another window): a form nobody has
  // touched follows them, or its next Save would silently put the old settings back.
  const [seen, setSeen] = useState(column);
  if (column && seen && column.updatedAt !== seen.updatedAt) {
    setSeen(column);
    if (JSON.stringify(draft) === JSON.stringify(draftFromColumn(seen))) setDraft(draftFromColumn(column));
  }
  const update = (patch: Partial<AiDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const preview = usePreviewColumn();
  const startRun = useStartRun();
  const read = configFromDraft(draft);
  const draftConfig = 'config' in read ? read.config : {};
  const save = useMutation({
    mutationFn: async ({ config, run }: { config: ColumnConfigOf<'ai'>; run: boolean }) => {
      const displayName = draft.displayName.trim();
      const saved = column
        ? await updateColumn(table.id, column.id, { displayName, config })
        : await addColumn(table.id, {
            name: columnNameFrom(displayName, new Set(table.columns.map((other) => other.name))),
            displayName,
            dataType: 'ai',
            config,
          });
      if (run)
        await startRun.mutateAsync({
          tableId: table.id,
          input: { columns: [saved.name], mode: column ? 'stale' : 'missing' },
        });
      return saved;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.table(table.id) });
      if (!column) openPanel({ kind: 'column', tableId: table.id, columnId: saved.id });
    },
  });
  const errors = {
    ...fieldErrors(save.error ?? preview.error),
    ...(localError && { [localError.path]: localError.message }),
  };
  const others = table.columns.filter((other) => other.id !== column?.id);
  // Contact finders call no model: model and provider do not apply.
  const contactKind = draft.kind === 'email_finder' || draft.kind === 'phone_finder';

  /** Reads the draft; a field that cannot be read is shown there instead. */
  const readDraft = () => {
    setLocalError('path' in read ? read : null);
    return 'config' in read ? read.config : undefined;
  };
  const submit = (event: FormEvent, run = false) => {
    event.preventDefault();
    const config = readDraft();
    if (config) save.mutate({ config, run });
  };
  const tryIt = () => {
    const config = readDraft();
    if (config) preview.mutate({ tableId: table.id, input: { name: column?.name, config } });
  };
  const unexplained = (error: unknown) =>
    error && Object.keys(fieldErrors(error)).length === 0 ? error : null;

  return (
    <form
      className="ai-column-form"
      aria-label={column ? `AI settings of ${column.displayName}` : 'New AI column'}
      onSubmit={submit}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Column name
        </label>
        <input
          id={`${id}-name`}
          className="input input--compact"
          value={draft.displayName}
          maxLength={128}
          required
          aria-invalid={Boolean(errors.displayName || errors.name)}
          onChange={(event) => update({ displayName: event.target.value })}
        />
        {(errors.displayName || errors.name) && (
          <span className="field-error">{errors.displayName ?? errors.name}</span>
        )}
      </div>
      <fieldset className="segmented" aria-label="Kind of AI column">
        {NEW_COLUMN_KINDS.filter(([kind]) => !column || kind === 'agent' || kind === 'criterion_grade').map(
          ([kind, label]) => (
            <label
              key={kind}
              className={`segmented__option${draft.kind === kind ? ' segmented__option--on' : ''}`}
            >
              <input
                type="radio"
                name={`${id}-kind`}
                checked={draft.kind === kind}
                onChange={() => update({ kind })}
              />
              {label}
            </label>
          ),
        )}
      </fieldset>
      {draft.kind === 'agent' ? (
        <>
          <PromptEditor
            value={draft.prompt}
            onChange={(prompt) => update({ prompt })}
            columns={others}
            error={errors['config.prompt']}
          />
          <FormatFields draft={draft} update={update} errors={errors} />
          {column?.config.labels && column.config.labels.length > 0 && (
            <OptionColors tableId={table.id} column={column} options={column.config.labels} />
          )}
        </>
      ) : draft.kind !== 'criterion_grade' ? (
        <KindFields draft={draft} update={update} errors={errors} />
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-criterion`}>
            Criterion
          </label>
          <textarea
            id={`${id}-criterion`}
            className="input"
            rows={3}
            value={draft.criterion}
            placeholder="The company sells software to hospitals"
            aria-invalid={Boolean(errors['config.criterion'])}
            onChange={(event) => update({ criterion: event.target.value })}
          />
          <span className="field-hint">Each row is graded 1-5 against it, with a one-sentence reason.</span>
          {errors['config.criterion'] && <span className="field-error">{errors['config.criterion']}</span>}
        </div>
      )}
      {!contactKind && <ModelFields draft={draft} update={update} errors={errors} />}
      <div className="ai-column-form__actions">
        {!isOwnKind(draft.kind) && (
          <button type="button" className="button button--small" onClick={tryIt} disabled={preview.isPending}>
            {preview.isPending ? 'Trying on 3 rows…' : 'Preview on 3 rows'}
          </button>
        )}
        <button
          type="submit"
          className="button button--small"
          disabled={save.isPending || !draft.displayName.trim()}
        >
          {column ? 'Save' : 'Create column'}
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={save.isPending || !draft.displayName.trim()}
          onClick={(event) => submit(event, true)}
        >
          {column ? 'Save and update stale cells' : 'Create and run'}
        </button>
      </div>
      {save.isSuccess && column && (
        <p role="status" className="field-hint">
          Saved.
        </p>
      )}
      {[unexplained(save.error), unexplained(preview.error)].filter(Boolean).map((error) => (
        <p key={errorText(error)} className="field-error" role="alert">
          {errorText(error)}
        </p>
      ))}
      {preview.data && (
        <PreviewList results={preview.data} column={{ dataType: 'ai', config: draftConfig }} />
      )}
    </form>
  );
}
