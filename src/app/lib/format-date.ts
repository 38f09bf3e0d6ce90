import { dayOf } from '../../contract/data-types/index.ts';

// One formatter of each kind for the whole app: creating one per cell would dominate a scroll frame.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A stored date as the reader writes dates. A date given without a time is stored as UTC midnight;
 * it is shown in UTC so that it stays on its day wherever the reader is.
 */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (dayOf(iso) !== undefined ? dayFormat : dateTimeFormat).format(date);
}
