import { useState } from 'react';
import { isColumnOf } from '../../../contract/column-of.ts';
import { useLinkLabels, useLinkSearch } from '../../features/relations/index.ts';
import { navigate, routePath } from '../../lib/router.ts';
import { usePanelStore } from '../../store/panel-store.ts';
import type { FieldInputProps, FormField } from './form-field.ts';
import './relation-input.css';

/** Opens a linked row: its table, with the row panel on it. */
function openLinkedRow(tableId: string, rowId: string) {
  navigate({ name: 'table', tableId });
  usePanelStore.getState().openPanel({ kind: 'row', tableId, rowId });
}

/**
 * A relation in the row form: the linked rows by their display values, each a link that opens that row
 * in its table, with a button to unlink it; a search below adds rows of the linked table.
 */
export function RelationInput({ id, column, draft, invalid, onChange }: FieldInputProps) {
  const ids = Array.isArray(draft) ? draft : [];
  const labels = useLinkLabels(column.tableId, column.id, ids);
  const [search, setSearch] = useState('');
  const options = useLinkSearch(column.tableId, column.id, search);
  const targetTableId = isColumnOf('relation')(column) ? column.config.targetTableId : undefined;
  const addable = search.trim() ? (options.data ?? []).filter((option) => !ids.includes(option.id)) : [];
  return (
    <div className="relation-field">
      {ids.length > 0 && (
        <ul className="relation-field__links" aria-label={`Linked ${column.displayName}`}>
          {ids.map((rowId, index) => {
            const label = labels[index] || '(untitled)';
            return (
              <li key={rowId} className="relation-field__link">
                {targetTableId ? (
                  <a
                    href={routePath({ name: 'table', tableId: targetTableId })}
                    title={`Open ${label}`}
                    onClick={(event) => {
                      event.preventDefault();
                      openLinkedRow(targetTableId, rowId);
                    }}
                  >
                    {label}
                  </a>
                ) : (
                  <span>{label}</span>
                )}
                <button
                  type="button"
                  className="relation-field__unlink"
                  aria-label={`Unlink ${label}`}
                  onClick={() => onChange(ids.filter((linked) => linked !== rowId))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        id={id}
        className="input"
        type="search"
        placeholder="Search rows to link…"
        value={search}
        {...invalid}
        onChange={(event) => setSearch(event.target.value)}
      />
      {addable.length > 0 && (
        <ul className="relation-field__options" aria-label={`Rows to link to ${column.displayName}`}>
          {addable.slice(0, 8).map((option) => (
            <li key={option.id}>
              <button
                type="button"
                className="relation-field__option"
                onClick={() => {
                  onChange([...ids, option.id]);
                  setSearch('');
                }}
              >
                {option.label || '(untitled)'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {search.trim() && options.data?.length === 0 && (
        <p className="relation-field__empty">No matching rows</p>
      )}
    </div>
  );
}

/** Linked rows, edited as a list of row ids (the value's own shape). */
export const relationField: FormField = {
  Input: RelationInput,
  toDraft: (value) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []),
};
