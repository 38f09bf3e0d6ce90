import { useState } from 'react';
import type { AiColumn } from '../../../../contract/column-of.ts';
import { useEvaluateColumn } from '../api/evaluate-column.ts';
import { EvaluateDialog } from './evaluate-dialog.tsx';
import type { VariantDraft } from './variant-form.tsx';

/**
 * The column panel's way into an evaluation: how good is this column, before it runs on every row?
 * The variants typed and the last evaluation (paid calls) live here, not in the dialog: closing it,
 * with Escape too, loses neither, and opening it again shows them.
 */
export function EvaluateSection({ tableId, column }: { tableId: string; column: AiColumn }) {
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState<VariantDraft[]>([]);
  const evaluate = useEvaluateColumn();
  return (
    <>
      <button type="button" className="button button--small evaluate-open" onClick={() => setOpen(true)}>
        Evaluate…
      </button>
      {open && (
        <EvaluateDialog
          tableId={tableId}
          column={column}
          drafts={drafts}
          onDraftsChange={setDrafts}
          evaluate={evaluate}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
