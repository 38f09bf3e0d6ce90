import type { ReactNode } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import {
  type ChartDraft,
  isDateColumn,
  isGroupColumn,
  isNumberColumn,
  needsY,
} from '../model/chart-draft.ts';

const TYPES = ['bar', 'line', 'area', 'pie', 'scatter'] as const;
const AGGREGATIONS = [
  ['count', 'Count rows'],
  ['sum', 'Sum'],
  ['avg', 'Average'],
  ['min', 'Minimum'],
  ['max', 'Maximum'],
] as const;

interface FieldsProps {
  draft: ChartDraft;
  columns: Column[];
  onChange: (patch: Partial<ChartDraft>) => void;
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        className="input input--compact"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </label>
  );
}

const options = (columns: Column[]) =>
  columns.map((column) => (
    <option key={column.id} value={column.name}>
      {column.displayName}
    </option>
  ));

/** The chart editor's settings: type, axes, what is measured, grouping and date buckets. */
export function ChartFields({ draft, columns, onChange }: FieldsProps) {
  const x = columns.find((column) => column.name === draft.xColumn);
  return (
    <>
      <label className="field">
        <span className="field__label">Title</span>
        <input
          className="input input--compact"
          value={draft.title}
          maxLength={256}
          placeholder="e.g. Ratings by status"
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </label>
      <fieldset className="chart-types" aria-label="Chart type">
        {TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className={`button button--small${draft.type === type ? ' button--active' : ''}`}
            aria-pressed={draft.type === type}
            onClick={() =>
              onChange({
                type,
                ...(type === 'scatter' && draft.aggregation === 'count' && { aggregation: '' }),
              })
            }
          >
            {type[0]?.toUpperCase() + type.slice(1)}
          </button>
        ))}
      </fieldset>
      <Select label="X axis" value={draft.xColumn} onChange={(xColumn) => onChange({ xColumn })}>
        {options(
          draft.type === 'scatter' ? columns.filter((c) => isNumberColumn(c) || isDateColumn(c)) : columns,
        )}
      </Select>
      {x && isDateColumn(x) && (
        <Select
          label="Group dates by"
          value={draft.dateBucket || 'day'}
          onChange={(value) => onChange({ dateBucket: value as ChartDraft['dateBucket'] })}
        >
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </Select>
      )}
      <Select
        label="Measure"
        value={draft.aggregation}
        onChange={(value) => onChange({ aggregation: value as ChartDraft['aggregation'] })}
      >
        {draft.type === 'scatter' && <option value="">Plot each row</option>}
        {AGGREGATIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {needsY(draft) && (
        <Select
          label={draft.type === 'scatter' ? 'Y axis' : 'Of column'}
          value={draft.yColumn}
          onChange={(yColumn) => onChange({ yColumn })}
        >
          <option value="">Choose a number column</option>
          {options(columns.filter(isNumberColumn))}
        </Select>
      )}
      {draft.type !== 'pie' && draft.type !== 'scatter' && (
        <Select label="Split by" value={draft.groupBy} onChange={(groupBy) => onChange({ groupBy })}>
          <option value="">Nothing</option>
          {options(columns.filter((c) => isGroupColumn(c) && c.name !== draft.xColumn))}
        </Select>
      )}
    </>
  );
}
