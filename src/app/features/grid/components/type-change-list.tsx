import { countText } from '../../../../contract/count-text.ts';
import { DataType } from '../../../../contract/data-types/index.ts';
import { errorText } from '../../../api/api-client.ts';
import { useColumnActions } from '../api/use-column-actions.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { MenuPartProps } from './menu-props.ts';
import { TypeIcon } from './type-icon.tsx';

/** Changes a column's type; the server converts the values and says how many it kept and cleared. */
export function TypeChangeList({ table, gridColumn, close }: MenuPartProps) {
  const { update } = useColumnActions(table.id);
  const { column } = gridColumn;
  const { notify } = useGridStore.getState();
  const change = (dataType: DataType) => {
    close();
    if (dataType === column.dataType) return;
    update
      .mutateAsync({ columnId: column.id, input: { dataType } })
      .then((result) => {
        const { converted = 0, cleared = 0 } = result.conversion ?? {};
        notify({
          text: `${column.displayName} is now ${dataType}: ${countText(converted, 'value')} converted, ${cleared} cleared`,
          tone: cleared > 0 ? 'error' : 'info',
        });
      })
      .catch((error: unknown) =>
        notify({ text: `Could not change the type: ${errorText(error)}`, tone: 'error' }),
      );
  };
  return (
    <>
      <div className="grid-menu__label">Change type of {column.displayName}</div>
      <div role="menu" className="grid-menu__list" aria-label="Column types">
        {DataType.options
          .filter((type) => type !== 'computed' && type !== 'relation')
          .map((type) => (
            <button
              key={type}
              type="button"
              role="menuitem"
              aria-current={type === column.dataType || undefined}
              className="grid-menu__item"
              onClick={() => change(type)}
            >
              <TypeIcon dataType={type} /> {type}
            </button>
          ))}
      </div>
    </>
  );
}
