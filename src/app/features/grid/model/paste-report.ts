import { countText } from '../../../../contract/count-text.ts';
import type { PastePlan, PasteRefusal } from './paste-plan.ts';

/** Refusals listed one per line; past this many the list ends with how many more. */
const LISTED = 8;

/** What the grid says after a paste: a summary, and one line per value that was not written. */
export interface PasteReport {
  text: string;
  tone: 'info' | 'error';
  details: string[];
}

/** "Row 3, Age: “ten” — Expected a number", with the row number the gutter shows. */
const refusalLine = (refusal: PasteRefusal) =>
  `Row ${(refusal.row + 1).toLocaleString()}, ${refusal.column.displayName}: “${refusal.text}” — ${refusal.message}`;

/**
 * The report of a paste, or undefined when it needs none (every value written into existing rows).
 * `refused` holds the plan's refusals and any the server added.
 */
export function pasteReport(
  plan: PastePlan,
  refused: PasteRefusal[],
  lastColumn: string | undefined,
): PasteReport | undefined {
  const details = refused.slice(0, LISTED).map(refusalLine);
  if (refused.length > LISTED) details.push(`and ${countText(refused.length - LISTED, 'more value')}`);
  if (plan.overflow > 0)
    details.push(
      `${countText(plan.overflow, 'value')} past ${lastColumn ?? 'the last column'}: the table has no more columns to the right`,
    );
  for (const { column, count } of plan.readOnly)
    details.push(
      `${countText(count, 'value')} for ${column.displayName}: it is computed and cannot be written`,
    );
  if (plan.cutLines > 0)
    details.push(
      `${countText(plan.cutLines, 'line')} past the first ${countText(plan.range.bottom - plan.range.top + 1, 'row')}: paste them in a second step`,
    );
  const added = plan.added.length > 0 ? `${countText(plan.added.length, 'row')} added` : undefined;
  if (details.length === 0) return added ? { text: `Pasted; ${added}`, tone: 'info', details } : undefined;
  const lost = refused.length + plan.overflow + plan.readOnly.reduce((sum, item) => sum + item.count, 0);
  const what = lost > 0 ? `${countText(lost, 'value')} not pasted` : 'Not every line was pasted';
  const text = `${what}${added ? ` (${added})` : ''}:`;
  return { text, tone: 'error', details };
}
