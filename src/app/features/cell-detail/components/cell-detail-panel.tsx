import { useRef, useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { useRow } from '../../../api/rows/get-row.ts';
import { useStartRun } from '../../../api/runs/start-run.ts';
import { LiveMessages } from '../../../components/live-messages.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { rowLabel } from '../../../lib/row-label.ts';
import { fullTime } from '../../../lib/time-ago.ts';
import { useCellDetail } from '../api/get-cell-detail.ts';
import { useUnlockCell } from '../api/unlock-cell.ts';
import './cell-detail.css';
import { CellFacts } from './cell-facts.tsx';
import { CellStatusBadges } from './cell-status.tsx';
import { CellSteps } from './cell-steps.tsx';
import { ExamplesSent } from './examples-sent.tsx';
import { TextBlock } from './text-block.tsx';
import { valueText } from './value-text.ts';
import { VerifyButton } from './verify-button.tsx';

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
  const [markError, setMarkError] = useState<unknown>(null);
  // Unlock goes away once it worked; focus moves to Rerun rather than falling to the page.
  const rerunButton = useRef<HTMLButtonElement>(null);
  const target = table.columns.find((candidate) => candidate.name === column || candidate.id === column);
  const failure = unlock.error ?? rerun.error ?? markError;

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
      <CellStatusBadges
        status={cell.status}
        stale={cell.stale}
        locked={cell.locked}
        verified={cell.verified !== null}
      />
      <div className="cell-detail__actions">
        <VerifyButton
          tableId={table.id}
          rowId={rowId}
          column={column}
          cell={cell}
          onDone={(text) => {
            setMarkError(null);
            setNotice(text);
          }}
          onError={setMarkError}
        />
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
        {cell.locked && !cell.verified && (
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
      <LiveMessages className="cell-detail__live" success={notice} error={failure} />
      {cell.verified && (
        <p className="cell-detail__hint">
          Verified by {cell.verified.by ?? 'a person'} on{' '}
          <time dateTime={cell.verified.at}>{fullTime(cell.verified.at)}</time>: runs keep it, and the column
          learns from it and is evaluated against it.
        </p>
      )}
      {cell.locked && !cell.verified && (
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
      {cell.steps && cell.steps.length > 1 && <CellSteps steps={cell.steps} />}
      {cell.examples && cell.examples.length > 0 && <ExamplesSent examples={cell.examples} />}
      <TextBlock
        label={cell.steps && cell.steps.length > 1 ? 'Last prompt as sent' : 'Prompt as sent'}
        text={cell.prompt}
      />
      <TextBlock label="Raw answer" text={cell.raw} />
      <CellFacts detail={cell} />
    </div>
  );
}
