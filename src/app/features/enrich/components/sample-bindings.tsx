import type { Column } from '../../../../contract/columns.ts';
import { cellText } from '../../../lib/cell-text.ts';

/** Columns of the samples shown: the panel is narrow. */
const MAX_COLUMNS = 4;

/** The sample rows the plan was made from: what each row gives the model. */
export function SampleBindings({
  samples,
  columns,
}: {
  samples: Array<Record<string, unknown>>;
  columns: Column[];
}) {
  const shown = columns.filter((column) => samples.some((sample) => sample[column.name] !== undefined));
  const visible = shown.slice(0, MAX_COLUMNS);
  if (samples.length === 0) return <p className="field-hint">No row is left to fill.</p>;
  return (
    <div className="enrich-samples">
      <table>
        <caption className="visually-hidden">Sample rows</caption>
        <thead>
          <tr>
            {visible.map((column) => (
              <th key={column.id} scope="col">
                {column.displayName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {samples.map((sample, index) => (
            // Samples have no id; their order is stable for one plan.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              {visible.map((column) => (
                <td key={column.id} title={cellText(sample[column.name], column)}>
                  {cellText(sample[column.name], column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > visible.length && (
        <p className="field-hint">and {shown.length - visible.length} more columns given to the model</p>
      )}
    </div>
  );
}
