import type { Column } from '../../../../contract/columns.ts';
import { ErrorMessage } from '../../../components/status-message.tsx';
import { useVerifiedCells } from '../api/get-verified-cells.ts';
import './verified.css';

const SHOWN = 5;
const answerText = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * A column's verified cells: how many, whether calls learn from them now, and the newest few (inputs and
 * the people's answer). Confirm a cell from its detail, or type the right answer over it in the grid.
 */
export function VerifiedSection({ tableId, column }: { tableId: string; column: Column }) {
  const verified = useVerifiedCells(tableId, column.name);
  if (verified.isError) return <ErrorMessage error={verified.error} />;
  const data = verified.data;
  return (
    <section className="verified-section" aria-label="Verified cells">
      <h3 className="verified-section__title">Verified cells</h3>
      {!data ? null : data.total === 0 ? (
        <p className="field-hint">
          None yet. Confirm answers from a cell's detail, or type the right answer over one in the grid: the
          column learns from them and can be evaluated against them.
        </p>
      ) : (
        <>
          <p className="field-hint">
            {data.total} verified {data.total === 1 ? 'cell' : 'cells'} ·{' '}
            {data.learning
              ? `each call gets up to ${data.examplesPerCall} of them as examples`
              : 'calls get no examples yet'}
          </p>
          <ul className="verified-list">
            {data.cells.slice(0, SHOWN).map((cell) => (
              <li key={cell.rowId} className="verified-list__item">
                <span className="verified-list__inputs">
                  {Object.values(cell.inputs)
                    .map((text) => text ?? '(empty)')
                    .join(' · ')}
                </span>
                <span className="verified-list__answer">✓ {answerText(cell.value)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
