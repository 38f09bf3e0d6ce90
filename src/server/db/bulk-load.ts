// The bulk path (imports, template samples): COPY ... FROM on both engines, with ordinary statements
// around it in one transaction. Row-by-row INSERTs would cost a round trip and a plan per row.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SQL } from 'drizzle-orm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Rows for `COPY table (columns) FROM ...` in PostgreSQL's text format: one line per row ending in
 * `\n`, fields separated by tabs, `\N` for null, backslash escapes (see `copyField`). `table` and
 * `columns` are generated storage names (never user input), quoted here.
 */
export interface CopyIn {
  copyInto: string;
  columns: string[];
  /**
   * The rows, or, on PostgreSQL only, a function of the rows the last statement before this step
   * returned (a version advanced in the transaction, say): PGlite gets a load as one message, built before.
   */
  data: string | ((returned: Record<string, unknown>[]) => string);
}

/** One step of a bulk load: a statement, or rows to COPY in. */
export type BulkStep = SQL | CopyIn;

export const isCopy = (step: BulkStep): step is CopyIn => 'copyInto' in step;

/** The COPY statement of a step; `source` is STDIN (PostgreSQL) or '/dev/blob' (PGlite). */
export function copyStatement(step: CopyIn, source: string): string {
  const columns = step.columns.map((column) => `"${column}"`).join(', ');
  return `COPY "${step.copyInto}" (${columns}) FROM ${source}`;
}

/** PostgreSQL: the steps on one pooled connection, COPY through pg-copy-streams, inside BEGIN/COMMIT. */
export async function bulkLoadPostgres(
  connection: PoolClient,
  steps: BulkStep[],
  toStatement: (statement: SQL) => { sql: string; params: unknown[] },
): Promise<void> {
  try {
    await connection.query('BEGIN');
    let returned: Record<string, unknown>[] = [];
    for (const step of steps) {
      if (isCopy(step)) {
        const data = typeof step.data === 'string' ? step.data : step.data(returned);
        const stream = connection.query(copyFrom(copyStatement(step, 'STDIN')));
        await pipeline(Readable.from([Buffer.from(data)]), stream);
      } else {
        const { sql, params } = toStatement(step);
        returned = (await connection.query(sql, params)).rows;
      }
    }
    await connection.query('COMMIT');
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}
