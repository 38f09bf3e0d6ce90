import { useRef, useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { errorText } from '../../../api/api-client.ts';
import { useRow } from '../../../api/rows/get-row.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { rowLabel } from '../../../lib/row-label.ts';
import { useStartRun } from '../../runs/api/start-run.ts';
import { useCellDetail } from '../api/get-cell-detail.ts';
import { useUnlockCell } from '../api/unlock-cell.ts';
import './cell-detail.css';
import { CellFacts } from './cell-facts.tsx';
import { CellStatusBadges } from './cell-status.tsx';
import { TextBlock } from './text-block.tsx';
import { valueText } from './value-text.ts';

interface CellDetailPanelProps {
  table: Table;
  rowId: string;
  /** The AI column's name (or id). */
  column: string;
}

/** One AI cell: status, value, error, the prompt as sent and the raw answer, cost; unlock and rerun. */
export function CellDetailPanel({ table, rowId, column }: CellDetailPanelProps) {
  const detail = useCellDetail(table.id, rowId, column);
  const row = useRow(table.id, rowId);
  const unlock = useUnlockCell();
  const rerun = useStartRun();
  const [notice, setNotice] = useState<string | null>(null);
  // Unlock goes away once it worked; focus moves to Rerun rather than falling to the page.
  const rerunButton = useRef<HTMLButtonElement>(null);
  const target = table.columns.find((candidate) => candidate.name === column || candidate.id === column);
  const failure = unlock.error ?? rerun.error;

  if (detail.isPending) return <Loading label="Loading cell…" />;
  if (detail.isError) return <ErrorMessage error={detail.error} />;
  const cell = detail.data;
  const value = valueText(cell.value);
  const variables = { tableId: table.id, rowId, column };

  return (
    <div className="cell-detail">
      <header className="cell-detail__head">
        <h3 className="cell-detail__title">{target?.displayName ?? column}</h3>
        {row.data && <p className="cell-detail__row">{rowLabel(rowId, row.data.data, table.columns)}</p>}
      </header>
      <CellStatusBadges status={cell.status} stale={cell.stale} locked={cell.locked} />
      <div className="cell-detail__actions">
        <button
          ref={rerunButton}
          type="button"
          className="button button--small"
          disabled={rerun.isPending}
          onClick={() => {
            setNotice(null);
            rerun.mutate(
              {
                tableId: table.id,
                input: { columns: [column], rowIds: [rowId], mode: 'all', overwrite: true },
              },
              { onSuccess: () => setNotice('Queued to run again.') },
            );
          }}
        >
          Rerun this cell
        </button>
        {cell.locked && (
          <button
            type="button"
            className="button button--small"
            disabled={unlock.isPending}
            onClick={() => {
              setNotice(null);
              unlock.mutate(variables, {
                onSuccess: () => {
                  setNotice('Unlocked: runs may replace this value again.');
                  rerunButton.current?.focus();
                },
              });
            }}
          >
            Unlock
          </button>
        )}
      </div>
      <div className="cell-detail__live" aria-live="polite">
        {notice && (
          <p className="notice notice--success" role="status">
            {notice}
          </p>
        )}
        {failure && (
          <p className="notice notice--error" role="alert">
            {errorText(failure)}
          </p>
        )}
      </div>
      {cell.locked && (
        <p className="cell-detail__hint">
          A person edited this value, so runs leave it alone until it is unlocked (or rerun here).
        </p>
      )}
      {cell.stale && (
        <p className="cell-detail__hint">
          An input changed since this was computed: rerun it to bring it up to date.
        </p>
      )}
      {cell.error && (
        <section className="cell-detail__section">
          <h3 className="cell-detail__label">Error</h3>
          <p className="notice notice--error cell-detail__error">{cell.error}</p>
        </section>
      )}
      <section className="cell-detail__section">
        <h3 className="cell-detail__label">Value</h3>
        {value === null ? (
          <p className="cell-detail__empty">Empty</p>
        ) : (
          <p className="cell-detail__value">{value}</p>
        )}
      </section>
      {cell.note && (
        <section className="cell-detail__section">
          <h3 className="cell-detail__label">Reason</h3>
          <p className="cell-detail__value">{cell.note}</p>
        </section>
      )}
      <TextBlock label="Prompt as sent" text={cell.prompt} />
      <TextBlock label="Raw answer" text={cell.raw} />
      <CellFacts detail={cell} />
    </div>
  );
}
