import { useState } from 'react';
import { useLinkLabels, useLinkSearch } from '../../features/relations/index.ts';
import type { EditorProps } from './editor-props.ts';
import { useEditorSession } from './use-editor-session.ts';

/**
 * A searchable picker of rows of the linked table: type to search their display values, tick rows to
 * link or untick to unlink; Enter or leaving the picker saves, Escape cancels.
 */
export function RelationEditor({ column, value, initialText, onCommit, onCancel }: EditorProps) {
  const [picked, setPicked] = useState<string[]>(Array.isArray(value) ? value.map(String) : []);
  const [search, setSearch] = useState(initialText ?? '');
  const options = useLinkSearch(column.tableId, column.id, search);
  const labels = useLinkLabels(column.tableId, column.id, picked);
  const session = useEditorSession(onCommit, onCancel, () => [
    picked.length > 0 ? picked : null,
    picked.join(', '),
  ]);
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current, id] : current.filter((item) => item !== id)));
  const shown = [
    ...picked.map((id, index) => ({ id, label: labels[index] ?? id })),
    ...(options.data ?? []).filter((option) => !picked.includes(option.id)),
  ];
  return (
    <fieldset
      className="grid-editor grid-editor--list relation-editor"
      aria-label={`Edit ${column.displayName}`}
      {...session}
    >
      <input
        className="input input--compact"
        aria-label={`Search ${column.displayName}`}
        placeholder="Search…"
        value={search}
        // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
        autoFocus
        onChange={(event) => setSearch(event.target.value)}
      />
      {shown.map((option) => (
        <label key={option.id} className="grid-editor__option">
          <input
            type="checkbox"
            checked={picked.includes(option.id)}
            onChange={(event) => toggle(option.id, event.currentTarget.checked)}
          />
          <span className="grid-chip grid-chip--plain">{option.label || '(untitled)'}</span>
        </label>
      ))}
      {options.data?.length === 0 && <p className="relation-editor__empty">No matching rows</p>}
    </fieldset>
  );
}
