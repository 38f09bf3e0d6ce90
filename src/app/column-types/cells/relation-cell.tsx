import type { Column } from '../../../contract/columns.ts';
import { useLinkLabels } from '../../features/relations/index.ts';
import { RelationEditor } from '../editors/relation-editor.tsx';
import type { CellRenderer } from './cell-renderer.ts';

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];

function RelationChips({ column, value }: { column: Column; value: unknown }) {
  const ids = idsOf(value);
  const labels = useLinkLabels(column.tableId, column.id, ids);
  return (
    <span className="grid-chips">
      {ids.map((id, index) => (
        <span key={id} className="grid-chip grid-chip--plain" title={id}>
          {labels[index] || '(untitled)'}
        </span>
      ))}
    </span>
  );
}

/** Linked rows, shown by their display column (fetched in one request per screen of cells), picked with a search. */
export const relationCell: CellRenderer = {
  editor: RelationEditor,
  render: ({ value, column }) =>
    idsOf(value).length > 0 ? <RelationChips column={column} value={value} /> : null,
};
