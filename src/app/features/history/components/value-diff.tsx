import type { Column } from '../../../../contract/columns.ts';
import type { ValueChange } from '../../../lib/diff-data.ts';
import { formatValue } from '../../../lib/format-value.ts';

/** A value as text, or a muted "empty" so a cleared value is visible as such. */
function Value({ value, column }: { value: unknown; column: Column | undefined }) {
  const text = formatValue(value, column?.dataType ?? 'text', column?.config);
  if (value === true) return <>checked</>;
  if (value === false) return <>unchecked</>;
  return text ? text : <em className="diff__empty">empty</em>;
}

/** One changed column: its name, the old value struck through, the new one. */
export function ValueDiff({ change, column }: { change: ValueChange; column: Column | undefined }) {
  const created = change.before === null || change.before === undefined;
  return (
    <div className="diff__row">
      <dt className="diff__column">{column?.displayName ?? change.column}</dt>
      <dd className="diff__values">
        {!created && (
          <>
            <del className="diff__before">
              <Value value={change.before} column={column} />
            </del>
            <span className="diff__arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">changed to</span>
          </>
        )}
        <ins className="diff__after">
          <Value value={change.after} column={column} />
        </ins>
      </dd>
    </div>
  );
}
