import { sql } from 'drizzle-orm';
import { examplesPerCall } from '../../../contract/ai/learning.ts';
import type { RowData } from '../../../contract/rows.ts';
import type { ExampleSent } from '../../../contract/verified.ts';
import { type Executor, queryRows } from '../../db/database.ts';
import type { AiColumnMeta, TableMeta } from '../store/table-meta.ts';
import { Bm25 } from './similarity.ts';
import { inputTexts, type VerifiedRow, verifiedRows } from './verified-rows.ts';

/** Picks the verified examples for one row of a column: at most `k`, most similar first. */
export type ExampleChooser = (rowId: string, data: RowData) => ExampleSent[];

const NONE: ExampleChooser = () => [];
const inputLine = (inputs: Record<string, string | null>) => Object.values(inputs).join(' \n ');

/**
 * The examples chooser of a column over its verified cells: each row gets the `k` verified rows whose
 * inputs are most like its own (BM25 over the inputs as the prompt shows them), ties going to the
 * newest; a row is never its own example. Verified cells are read once per chooser.
 */
export function chooserOver(
  table: TableMeta,
  column: AiColumnMeta,
  verified: VerifiedRow[],
  k: number,
): ExampleChooser {
  if (k <= 0 || verified.length === 0) return NONE;
  const inputs = verified.map((row) => inputTexts(column, table.columns, row.data));
  const index = new Bm25(inputs.map(inputLine));
  return (rowId, data) => {
    const scores = index.scores(inputLine(inputTexts(column, table.columns, data)));
    return verified
      .map((row, position) => ({ row, position, score: scores[position] ?? 0 }))
      .filter(({ row }) => row.rowId !== rowId)
      .sort((a, b) => b.score - a.score || a.position - b.position)
      .slice(0, k)
      .map(({ row, position, score }) => ({
        rowId: row.rowId,
        inputs: inputs[position] ?? {},
        answer: row.value,
        similarity: Math.round(score * 1000) / 1000,
      }));
  };
}

/** A chooser kept per column while its verified cells stay as they were (see `columnExamples`). */
const kept = new Map<string, { stamp: string; at: number; chooser: ExampleChooser }>();
/** Row inputs can change without any verification changing: a kept chooser is rebuilt after this. */
const KEEP_MS = 30_000;

/**
 * The column's chooser as its settings say: off with `examples: 0`, otherwise up to that many (by
 * default three once three cells are verified). The engine asks once per prepared batch, so the
 * verified rows and their index are kept per column and rebuilt only when a cheap look at the verified
 * cells' index (how many, the newest) or the column's settings say they changed, or after 30 s.
 */
export async function columnExamples(
  executor: Executor,
  table: TableMeta,
  column: AiColumnMeta,
): Promise<ExampleChooser> {
  if (column.config.examples === 0) return NONE;
  const [look] = await queryRows<{ n: number; newest: Date | string | null }>(
    executor,
    sql`SELECT count(*)::int AS n, max(verified_at) AS newest FROM ai_cells
        WHERE column_id = ${column.id} AND verified_at IS NOT NULL`,
  );
  if (!look || look.n === 0) return NONE;
  const stamp = `${column.updatedAt}|${JSON.stringify(column.config)}|${look.n}|${String(look.newest)}`;
  const known = kept.get(column.id);
  if (known && known.stamp === stamp && performance.now() - known.at < KEEP_MS) return known.chooser;
  const verified = await verifiedRows(executor, table, column);
  const chooser = chooserOver(table, column, verified, examplesPerCall(column.config, verified.length));
  if (kept.size > 500) kept.clear();
  kept.set(column.id, { stamp, at: performance.now(), chooser });
  return chooser;
}
