import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { AiColumn } from '../../../../contract/column-of.ts';
import {
  type EvaluateResult,
  type EvaluateVariant,
  MAX_VARIANTS,
  type VariantResult,
} from '../../../../contract/evaluate.ts';
import { updateColumn } from '../../../api/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { LiveMessages } from '../../../components/live-messages.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import type { EvaluateVariables } from '../api/evaluate-column.ts';
import { type VariantDraft, VariantForm } from './variant-form.tsx';
import { VariantResultCard } from './variant-result.tsx';
import './evaluate.css';

const titleOf = (index: number) => (index === 0 ? 'Current settings' : `Variant ${index + 1}`);

/** What a typed variant asks for: only what differs from the column. */
function variantOf(draft: VariantDraft, column: AiColumn): EvaluateVariant {
  const prompt = draft.prompt.trim();
  return {
    ...(prompt && prompt !== column.config.prompt && { prompt: draft.prompt }),
    ...(draft.provider && { provider: draft.provider }),
    ...(draft.model.trim() && { model: draft.model.trim() }),
    ...(draft.examples !== '' && { examples: Number(draft.examples) }),
  };
}

interface EvaluateDialogProps {
  tableId: string;
  column: AiColumn;
  /** The variants typed, kept by the section so closing the dialog loses none. */
  drafts: VariantDraft[];
  onDraftsChange: (drafts: VariantDraft[]) => void;
  /** The evaluation, kept by the section too: its results were paid for. */
  evaluate: UseMutationResult<EvaluateResult, Error, EvaluateVariables>;
  onClose: () => void;
}

/** Ctrl+Z (Cmd+Z) outside a text field, where the key means "undo my typing". */
const isUndoKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) &&
  !event.shiftKey &&
  event.key.toLowerCase() === 'z' &&
  !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement);

/** Runs `action` on Ctrl+Z while `active`; the dialog is modal, so the key is its own wherever focus is. */
function useUndoKey(active: boolean, action: () => void) {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isUndoKey(event)) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, action]);
}

/**
 * Evaluate a column before spending: its settings and up to two variants run on the verified cells
 * only, side by side (accuracy, confusion table for labels, cost per 1,000 rows, latency). "Use this
 * variant" makes a variant the column's settings; Undo (or Ctrl+Z) puts the previous ones back.
 * Nothing in the table changes.
 */
export function EvaluateDialog({
  tableId,
  column,
  drafts,
  onDraftsChange: setDrafts,
  evaluate,
  onClose,
}: EvaluateDialogProps) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  /** The column's settings before "Use this variant", while that can be undone. */
  const [previous, setPrevious] = useState<AiColumn['config'] | null>(null);
  const withPrompt = column.config.kind !== 'criterion_grade';
  const save = useMutation({
    mutationFn: (config: AiColumn['config']) => updateColumn(tableId, column.id, { config }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
  const adoptVariant = (settings: VariantResult['settings'], title: string) => {
    // A setting the column left to its default comes back as what it resolved to (the current settings'
    // result): a saved config can gain keys, not lose them, so that is what Undo can restore.
    const current = evaluate.data?.variants[0]?.settings;
    const before = {
      ...column.config,
      ...(column.config.examples === undefined && current && { examples: current.examples }),
      ...(!column.config.provider && current?.provider && { provider: current.provider }),
    };
    const config = {
      ...column.config,
      ...(withPrompt && { prompt: settings.prompt }),
      ...(settings.provider && { provider: settings.provider }),
      model: settings.model,
      examples: settings.examples,
    };
    save.mutate(config, {
      onSuccess: () => {
        setPrevious(before);
        setNotice(`The column now uses ${title.toLowerCase()}.`);
      },
    });
  };
  const { mutate, isPending } = save;
  const undo = useCallback(() => {
    if (!previous || isPending) return;
    mutate(previous, {
      onSuccess: () => {
        setPrevious(null);
        setNotice('The column has its previous settings again.');
      },
    });
  }, [previous, isPending, mutate]);
  useUndoKey(previous !== null, undo);
  const run = () => {
    setNotice(null);
    evaluate.mutate({
      tableId,
      column: column.name,
      input: { variants: [{}, ...drafts.map((draft) => variantOf(draft, column))] },
    });
  };
  const results = evaluate.data?.variants ?? [];
  return (
    <ModalDialog title={`Evaluate ${column.displayName}`} onClose={onClose}>
      <div className="evaluate">
        <p className="field-hint">
          Runs on the verified cells only and compares each answer with the people's; the table is not
          changed.
        </p>
        <div className="evaluate__variants">
          {drafts.map((draft, index) => (
            <VariantForm
              // biome-ignore lint/suspicious/noArrayIndexKey: variants are numbered by position.
              key={index}
              title={titleOf(index + 1)}
              draft={draft}
              withPrompt={withPrompt}
              onChange={(next) => setDrafts(drafts.map((other, at) => (at === index ? next : other)))}
              onRemove={() => setDrafts(drafts.filter((_, at) => at !== index))}
            />
          ))}
        </div>
        <div className="ai-column-form__actions">
          <button
            type="button"
            className="button button--small"
            disabled={drafts.length >= MAX_VARIANTS - 1}
            onClick={() =>
              setDrafts([
                ...drafts,
                { prompt: column.config.prompt ?? '', provider: '', model: '', examples: '' },
              ])
            }
          >
            Add a variant
          </button>
          <button
            type="button"
            className="button button--primary button--small"
            disabled={evaluate.isPending}
            onClick={run}
          >
            {evaluate.isPending ? 'Evaluating…' : 'Evaluate'}
          </button>
        </div>
        <div className="evaluate__notice">
          <LiveMessages success={notice} error={evaluate.error ?? save.error} />
          {previous && (
            <button type="button" className="link-button" disabled={save.isPending} onClick={undo}>
              Undo
            </button>
          )}
        </div>
        {evaluate.data && evaluate.data.verified === 0 && (
          <p className="field-hint">No verified cells yet: confirm or correct some answers first.</p>
        )}
        {results.length > 0 && evaluate.data?.verified !== 0 && (
          <div className="evaluate__results">
            {results.map((result, index) => (
              <VariantResultCard
                // biome-ignore lint/suspicious/noArrayIndexKey: results come in the variants' order.
                key={index}
                title={titleOf(index)}
                result={result}
                using={save.isPending}
                {...(index > 0 && { onUse: () => adoptVariant(result.settings, titleOf(index)) })}
              />
            ))}
          </div>
        )}
      </div>
    </ModalDialog>
  );
}
