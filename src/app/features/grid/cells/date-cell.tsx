import type { CellRenderer } from './cell-renderer.ts';

const MIDNIGHT_UTC = /T00:00:00(\.000)?Z$/;
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date as the reader writes dates; a date typed without a time stays on its day (UTC midnight). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (MIDNIGHT_UTC.test(iso) ? dateOnly : dateTime).format(date);
}

/** Dates in the reader's locale. */
export const dateCell: CellRenderer = {
  render: ({ value }) =>
    typeof value === 'string' ? <span className="grid-cell__text">{formatDate(value)}</span> : null,
};
