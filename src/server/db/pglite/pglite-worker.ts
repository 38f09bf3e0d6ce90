// The embedded store's own thread: PGlite (PostgreSQL in WebAssembly) runs here, so a long statement
// (an index build, a VACUUM, a sort over a million rows) never stops the HTTP thread.
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction, types } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import {
  errorData,
  type Request,
  type RowMode,
  type Statement,
  type WorkerConfig,
} from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs as a worker thread');
const config = workerData as WorkerConfig;

// Dates and times stay text, as Drizzle's PGlite driver asks, so both engines hand the services the same values.
const asText = (value: string) => value;
const parsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map(
    (type) => [type, asText],
  ),
);

let pglite: PGlite;
try {
  mkdirSync(config.dataDir, { recursive: true });
  pglite = await PGlite.create(config.dataDir, { startParams: config.startParams });
  await migrate(drizzle(pglite), { migrationsFolder: config.migrationsFolder });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: errorData(error) });
  process.exit(1);
}

/** Open transactions: each holds PGlite's transaction lock until the main thread ends it. */
const transactions = new Map<number, { tx: Transaction; finish: (commit: boolean) => void }>();
let nextTxId = 1;

class RollbackRequested extends Error {}

function target(txId: number | undefined): Pick<Transaction, 'query' | 'exec'> {
  if (txId === undefined) return pglite;
  const open = transactions.get(txId);
  if (!open) throw new Error(`Transaction ${txId} is not open`);
  return open.tx;
}

async function query(
  sql: string,
  params: unknown[],
  rowMode: RowMode,
  txId?: number,
  blob?: Uint8Array<ArrayBuffer>,
) {
  const result = await target(txId).query(sql, params, {
    rowMode,
    parsers,
    ...(blob && { blob: new Blob([blob]) }),
  });
  // Fields are left out: Drizzle maps results by its own column list, and every object posted back costs.
  return { rows: result.rows, fields: [], affectedRows: result.affectedRows };
}

/** Runs statements in one transaction and answers with each one's rows. */
function batch(statements: Statement[]): Promise<unknown[][]> {
  return pglite.transaction(async (tx) => {
    const results: unknown[][] = [];
    for (const statement of statements) {
      const blob = statement.blob && { blob: new Blob([statement.blob]) };
      results.push((await tx.query(statement.sql, statement.params, { parsers, ...blob })).rows);
    }
    return results;
  });
}

/** Starts a transaction and answers once it is open; it stays open until `end` names it. */
function begin(): Promise<number> {
  const txId = nextTxId++;
  return new Promise((opened, failed) => {
    const done = pglite.transaction(async (tx) => {
      const commit = await new Promise<boolean>((finish) => {
        transactions.set(txId, { tx, finish });
        opened(txId);
      });
      if (!commit) throw new RollbackRequested();
    });
    const ending = done.finally(() => transactions.delete(txId));
    // Whoever ends the transaction awaits this; a BEGIN that failed is reported through `failed`.
    ending.catch(() => undefined);
    endings.set(txId, ending);
    done.catch(failed);
  });
}

const endings = new Map<number, Promise<void>>();

async function end(txId: number, commit: boolean): Promise<void> {
  const open = transactions.get(txId);
  const ending = endings.get(txId);
  if (!open || !ending) throw new Error(`Transaction ${txId} is not open`);
  endings.delete(txId);
  open.finish(commit);
  try {
    await ending;
  } catch (error) {
    if (!(error instanceof RollbackRequested)) throw error;
  }
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'query':
      return query(request.sql, request.params, request.rowMode, request.txId, request.blob);
    case 'exec':
      return target(request.txId).exec(request.sql);
    case 'batch':
      return batch(request.statements);
    case 'begin':
      return begin();
    case 'end':
      return end(request.txId, request.commit);
    case 'dump': {
      // A CHECKPOINT first makes the copy quick to open; the dump itself holds PGlite's query lock, so no
      // statement changes a file while it is read: the copy is what a crash at that instant would leave.
      await pglite.exec('CHECKPOINT');
      const file = await pglite.dumpDataDir('gzip');
      return new Uint8Array(await file.arrayBuffer());
    }
    case 'close':
      await pglite.close();
      return null;
  }
}

port.on('message', (request: Request) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, ok: true, result }),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: errorData(error) }),
  );
});
