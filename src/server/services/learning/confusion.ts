import type { Confusion } from '../../../contract/evaluate.ts';

const NONE = '(none)';
const labelOf = (value: unknown) =>
  value === null || value === undefined || value === '' ? NONE : String(value);

/**
 * A label column's confusion table: rows are the verified labels, columns the labels answered, in the
 * column's label order, then any other answer seen (a label since removed, no answer at all).
 */
export function confusionOf(
  labels: string[],
  items: Array<{ expected: unknown; answer: unknown }>,
): Confusion {
  const order = [...labels];
  for (const item of items) {
    for (const label of [labelOf(item.expected), labelOf(item.answer)]) {
      if (!order.includes(label)) order.push(label);
    }
  }
  const counts = order.map(() => order.map(() => 0));
  for (const item of items) {
    const row = counts[order.indexOf(labelOf(item.expected))];
    const column = order.indexOf(labelOf(item.answer));
    if (row) row[column] = (row[column] ?? 0) + 1;
  }
  return { labels: order, counts };
}
