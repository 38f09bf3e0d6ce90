import { errorText } from '../../../api/api-client.ts';
import { useTableViewStore } from '../../../store/table-view-store.ts';
import { useColumnActions } from '../api/use-column-actions.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { MenuPartProps } from './menu-props.ts';

/** Asks before deleting a column: its values go with it and cannot be rolled back from here. */
export function DeleteColumnConfirm({ table, view, gridColumn, close }: MenuPartProps) {
  const { remove } = useColumnActions(table.id);
  const { column } = gridColumn;
  return (
    <div className="grid-menu__form" role="alertdialog" aria-label="Delete column">
      <p className="grid-menu__text">
        Delete <strong>{column.displayName}</strong> and all its values?
      </p>
      <div className="grid-menu__actions">
        <button type="button" className="button button--small button--ghost" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          // biome-ignore lint/a11y/noAutofocus: focus must land inside the confirmation it opened.
          autoFocus
          onClick={() => {
            close();
            remove
              .mutateAsync(column.id)
              .then(() =>
                useTableViewStore.getState().updateView(table.id, {
                  hiddenColumnIds: view.hiddenColumnIds.filter((id) => id !== column.id),
                }),
              )
              .catch((error: unknown) =>
                useGridStore
                  .getState()
                  .notify({ text: `Could not delete: ${errorText(error)}`, tone: 'error' }),
              );
          }}
        >
          Delete column
        </button>
      </div>
    </div>
  );
}
