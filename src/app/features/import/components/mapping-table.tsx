import type { DataType } from '../../../../contract/data-types/index.ts';
import { IMPORT_TYPES, type MappingDraft } from './mapping-draft.ts';

interface MappingTableProps {
  drafts: MappingDraft[];
  /** First rows of the file by header, to show what each column holds. */
  sampleRows: Array<Record<string, unknown>>;
  onChange: (index: number, patch: Partial<MappingDraft>) => void;
}

const sample = (rows: Array<Record<string, unknown>>, source: string): string =>
  rows
    .map((row) => row[source])
    .filter((value) => value !== null && value !== undefined && value !== '')
    .slice(0, 3)
    .map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value)))
    .join(' · ');

/** One row per source column: import it or not, its column name, its type, and sample values. */
export function MappingTable({ drafts, sampleRows, onChange }: MappingTableProps) {
  return (
    <table className="mapping-table">
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">From the file</th>
          <th scope="col">Column</th>
          <th scope="col">Type</th>
          <th scope="col">Sample values</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft, index) => (
          <tr key={draft.source} className={draft.include ? '' : 'mapping-table__row--skipped'}>
            <td>
              <input
                type="checkbox"
                aria-label={`Import ${draft.source}`}
                checked={draft.include}
                onChange={(event) => onChange(index, { include: event.target.checked })}
              />
            </td>
            <td className="mapping-table__source">{draft.source}</td>
            <td>
              <input
                className="input input--compact"
                aria-label={`Column name for ${draft.source}`}
                value={draft.name}
                maxLength={64}
                disabled={!draft.include}
                onChange={(event) => onChange(index, { name: event.target.value, existing: false })}
              />
              {draft.existing && <span className="mapping-table__existing">existing column</span>}
            </td>
            <td>
              <select
                className="input input--compact"
                aria-label={`Type for ${draft.source}`}
                value={draft.dataType}
                disabled={!draft.include || draft.existing}
                title={draft.existing ? 'An existing column keeps its type' : undefined}
                onChange={(event) => onChange(index, { dataType: event.target.value as DataType })}
              >
                {IMPORT_TYPES.map((type) => (
                  <option key={type.value} value={type.value}>
                    {type.label}
                  </option>
                ))}
              </select>
            </td>
            <td className="mapping-table__sample">{sample(sampleRows, draft.source)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
