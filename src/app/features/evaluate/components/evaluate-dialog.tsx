import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { type EvaluateVariant, MAX_VARIANTS, type VariantResult } from '../../../../contract/evaluate.ts';
import { updateColumn } from '../../../api/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { LiveMessages } from '../../../components/live-messages.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { useEvaluateColumn } from '../api/evaluate-column.ts';
import { type VariantDraft, VariantForm } from './variant-form.tsx';
import { VariantResultCard } from './variant-result.tsx';
import './evaluate.css';

const titleOf = (index: number) => (index === 0 ? 'Current settings' : `Variant ${index + 1}`);

/** What a typed variant asks for: only what differs from the column. */
function variantOf(draft: VariantDraft, column: Column): EvaluateVariant {
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
  column: Column;
  onClose: () => void;
}

/**
 * Evaluate a column before spending: its settings and up to two variants run on the verified cells
 * only, side by side (accuracy, confusion table for labels, cost per 1,000 rows, latency). "Use this
 * variant" makes a variant the column's settings. Nothing in the table changes.
 */
export function EvaluateDialog({ tableId, column, onClose }: EvaluateDialogProps) {
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<VariantDraft[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const evaluate = useEvaluateColumn();
  const withPrompt = column.config.kind !== 'criterion_grade';
  const use = useMutation({
    mutationFn: (settings: VariantResult['settings']) =>
      updateColumn(tableId, column.id, {
        config: {
          ...column.config,
          ...(withPrompt && { prompt: settings.prompt }),
          ...(settings.provider && { provider: settings.provider }),
          model: settings.model,
          examples: settings.examples,
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
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
        <LiveMessages success={notice} error={evaluate.error ?? use.error} />
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
                using={use.isPending}
                {...(index > 0 && {
                  onUse: () =>
                    use.mutate(result.settings, {
                      onSuccess: () => setNotice(`The column now uses ${titleOf(index).toLowerCase()}.`),
                    }),
                })}
              />
            ))}
          </div>
        )}
      </div>
    </ModalDialog>
  );
}
