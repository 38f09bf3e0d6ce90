import { useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { EvaluateDialog } from './evaluate-dialog.tsx';

/** The column panel's way into an evaluation: how good is this column, before it runs on every row? */
export function EvaluateSection({ tableId, column }: { tableId: string; column: Column }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small evaluate-open" onClick={() => setOpen(true)}>
        Evaluate…
      </button>
      {open && <EvaluateDialog tableId={tableId} column={column} onClose={() => setOpen(false)} />}
    </>
  );
}
