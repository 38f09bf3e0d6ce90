import type { Confusion } from '../../../../contract/evaluate.ts';

/** Verified labels down, answered labels across; the diagonal is where they agree. */
export function ConfusionTable({ confusion }: { confusion: Confusion }) {
  return (
    <table className="confusion">
      <caption className="confusion__caption">Verified (rows) against answered (columns)</caption>
      <thead>
        <tr>
          <td />
          {confusion.labels.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {confusion.labels.map((label, row) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {confusion.counts[row]?.map((count, column) => (
              <td
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are the labels, in a fixed order.
                key={column}
                className={
                  count === 0 ? 'confusion__zero' : row === column ? 'confusion__agree' : 'confusion__miss'
                }
              >
                {count}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
