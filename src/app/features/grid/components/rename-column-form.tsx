import { errorText } from '../../../api/api-client.ts';
import { useColumnActions } from '../api/use-column-actions.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { MenuPartProps } from './menu-props.ts';

/** Renames a column (its display name; the key prompts use stays). */
export function RenameColumnForm({ table, gridColumn, close }: MenuPartProps) {
  const { update } = useColumnActions(table.id);
  const { column } = gridColumn;
  return (
    <form
      className="grid-menu__form"
      onSubmit={(event) => {
        event.preventDefault();
        const name = String(new FormData(event.currentTarget).get('displayName') ?? '').trim();
        if (name && name !== column.displayName)
          // mutateAsync, not mutate: the menu closes at once, and mutate's callbacks die with it.
          update
            .mutateAsync({ columnId: column.id, input: { displayName: name } })
            .catch((error: unknown) =>
              useGridStore
                .getState()
                .notify({ text: `Could not rename: ${errorText(error)}`, tone: 'error' }),
            );
        close();
      }}
    >
      <label className="grid-menu__label" htmlFor="grid-rename-input">
        Column name
      </label>
      <input
        id="grid-rename-input"
        name="displayName"
        className="input"
        defaultValue={column.displayName}
        maxLength={128}
      />
      <div className="grid-menu__actions">
        <button type="button" className="button button--small button--ghost" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary">
          Rename
        </button>
      </div>
    </form>
  );
}
