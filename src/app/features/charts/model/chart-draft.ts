import type { Aggregation, Chart, ChartConfig, ChartType, DateBucket } from '../../../../contract/charts.ts';
import type { Column } from '../../../../contract/columns.ts';
import { valueKindOf } from '../../../../contract/data-types/index.ts';

/** The chart editor's form: every setting as the inputs hold it ('' for none). */
export interface ChartDraft {
  title: string;
  type: ChartType;
  xColumn: string;
  yColumn: string;
  /** '' on a scatter chart means "plot rows". */
  aggregation: Aggregation | '';
  groupBy: string;
  dateBucket: DateBucket | '';
}

/** Columns a chart measures: numbers (a computed column's by its result type). */
export const isNumberColumn = (column: Column): boolean => valueKindOf(column) === 'number';
/** Columns a chart buckets by date. */
export const isDateColumn = (column: Column): boolean => valueKindOf(column) === 'instant';
/** Columns a chart can split into series: anything but dates and numbers. */
export const isGroupColumn = (column: Column): boolean => !isDateColumn(column) && !isNumberColumn(column);

/** A new chart's first settings: a count of rows by the first column of choices (a select), else of categories. */
export function newDraft(columns: Column[]): ChartDraft {
  const x =
    columns.find((column) => valueKindOf(column) === 'choice') ?? columns.find(isGroupColumn) ?? columns[0];
  return {
    title: '',
    type: 'bar',
    xColumn: x?.name ?? '',
    yColumn: '',
    aggregation: 'count',
    groupBy: '',
    dateBucket: '',
  };
}

export function draftOf(chart: Chart): ChartDraft {
  const { config } = chart;
  return {
    title: chart.name,
    type: config.type,
    xColumn: config.xColumn,
    yColumn: config.yColumn ?? '',
    aggregation: config.aggregation ?? (config.type === 'scatter' ? '' : 'count'),
    groupBy: config.groupBy ?? '',
    dateBucket: config.dateBucket ?? '',
  };
}

/** Whether the draft's Y column is used: by sum/avg/min/max, and by every scatter chart. */
export const needsY = (draft: ChartDraft): boolean =>
  draft.type === 'scatter' || (draft.aggregation !== '' && draft.aggregation !== 'count');

/** The config a draft stands for; null settings clear saved ones when merged into a chart. */
export function configOf(draft: ChartDraft, columns: Column[]): ChartConfig {
  const x = columns.find((column) => column.name === draft.xColumn);
  const dated = x !== undefined && isDateColumn(x);
  return {
    type: draft.type,
    xColumn: draft.xColumn,
    yColumn: needsY(draft) && draft.yColumn ? draft.yColumn : null,
    ...(draft.aggregation !== '' || draft.type !== 'scatter'
      ? { aggregation: draft.aggregation || 'count' }
      : {}),
    groupBy: draft.type !== 'scatter' && draft.type !== 'pie' && draft.groupBy ? draft.groupBy : null,
    dateBucket: dated ? draft.dateBucket || 'day' : null,
  };
}

/** Why the draft cannot be previewed or saved yet, or null. */
export function draftProblem(draft: ChartDraft): string | null {
  if (!draft.xColumn) return 'Choose the column for the X axis';
  if (needsY(draft) && !draft.yColumn) return 'Choose a number column to measure';
  return null;
}
