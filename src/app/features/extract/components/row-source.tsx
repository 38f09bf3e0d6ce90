import './extract.css';
import type { Column } from '../../../../contract/columns.ts';
import { useRowSource } from '../api/get-row-source.ts';
import { useTableExtraction } from '../api/get-table-extraction.ts';

interface RowSourceProps {
  tableId: string;
  rowId: string;
  columns: Column[];
}

const labelOf = (columns: Column[], name: string) =>
  columns.find((column) => column.name === name)?.displayName ?? name;

/**
 * Where an extracted row's values came from: the document and pages, and the text the model read them
 * in; values that did not fit their column (kept as written) and values a second pass filled. Nothing
 * for a row no extraction wrote.
 */
export function RowSource({ tableId, rowId, columns }: RowSourceProps) {
  const job = useTableExtraction(tableId).data;
  const row = useRowSource(tableId, job?.id, rowId).data;
  if (!row) return null;
  const enhanced = Object.entries(row.enhancement_status).filter(([, status]) => status === 'enhanced');
  return (
    <section className="row-source" aria-label="Source">
      <h4 className="row-source__title">Extracted from {row.source.origin}</h4>
      <blockquote className="row-source__excerpt">{row.source.excerpt}</blockquote>
      {row.validation_errors.length > 0 && (
        <ul className="row-source__issues" aria-label="Values that did not fit">
          {row.validation_errors.map((issue) => (
            <li key={issue.column}>
              {labelOf(columns, issue.column)}: “{issue.raw}” — {issue.message}
            </li>
          ))}
        </ul>
      )}
      {enhanced.length > 0 && (
        <p className="field-hint">
          Filled by the second pass: {enhanced.map(([name]) => labelOf(columns, name)).join(', ')}
        </p>
      )}
    </section>
  );
}
