import type { Column } from '../../../../contract/columns.ts';
import type { DataType } from '../../../../contract/data-types/index.ts';
import type { SortSpec } from '../../../../contract/rows.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { ColumnSelect } from '../../../components/column-select.tsx';
import { IconButton } from '../../../components/icon-button.tsx';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon } from '../../../components/icons.tsx';

interface SortRowProps {
  index: number;
  count: number;
  sort: SortSpec;
  /** Columns this key may use: its own and those no other key sorts by. */
  columns: Column[];
  onChange: (sort: SortSpec) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** The words for each direction, in the terms of the column's values. */
const directionLabels = (dataType: DataType | undefined): [string, string] =>
  (dataType && appColumnTypes[dataType].sortLabels) || ['A → Z', 'Z → A'];

/** One sort key: column, direction, move up or down, remove. */
export function SortRow({ index, count, sort, columns, onChange, onMove, onRemove }: SortRowProps) {
  const n = index + 1;
  const column = columns.find((c) => c.name === sort.column);
  const [asc, desc] = directionLabels(column?.dataType);
  return (
    <li className="sort-row">
      <span className="sort-row__index" aria-hidden="true">
        {n === 1 ? 'by' : 'then'}
      </span>
      <ColumnSelect
        label={`Sort ${n} column`}
        value={sort.column}
        columns={columns}
        onChange={(column) => onChange({ ...sort, column })}
      />
      <select
        className="input input--compact"
        aria-label={`Sort ${n} direction`}
        value={sort.direction}
        onChange={(event) => onChange({ ...sort, direction: event.target.value as SortSpec['direction'] })}
      >
        <option value="asc">{asc}</option>
        <option value="desc">{desc}</option>
      </select>
      <IconButton
        label={`Move sort ${n} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <ArrowUpIcon />
      </IconButton>
      <IconButton
        label={`Move sort ${n} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <ArrowDownIcon />
      </IconButton>
      <IconButton label={`Remove sort ${n}`} title="Remove" onClick={onRemove}>
        <CloseIcon />
      </IconButton>
    </li>
  );
}
