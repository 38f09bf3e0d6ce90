import { RowsIcon } from '../../components/icons.tsx';
import { Popover } from '../../components/popover.tsx';
import type { Density } from '../../store/table-view-store.ts';
import { useTableView, useTableViewStore } from '../../store/table-view-store.ts';

const DENSITIES: { value: Density; label: string }[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'normal', label: 'Normal' },
  { value: 'comfortable', label: 'Comfortable' },
];

/** Row height: compact, normal or comfortable, as radio buttons in a small popover. */
export function DensityToggle({ tableId }: { tableId: string }) {
  const density = useTableView(tableId).density;
  const updateView = useTableViewStore((s) => s.updateView);
  return (
    <Popover label="Row density" buttonLabel={`Row density: ${density}`} button={<RowsIcon />}>
      {() => (
        <fieldset className="density-toggle">
          <legend className="popover__hint">Row height</legend>
          {DENSITIES.map((option) => (
            <label key={option.value} className="checkbox-row">
              <input
                type="radio"
                name={`density-${tableId}`}
                value={option.value}
                checked={density === option.value}
                onChange={() => updateView(tableId, { density: option.value })}
              />
              <span
                className={`density-toggle__sample density-toggle__sample--${option.value}`}
                aria-hidden="true"
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
    </Popover>
  );
}
