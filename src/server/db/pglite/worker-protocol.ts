/** Messages between the server's main thread and the thread that runs the embedded store (PGlite). */

/** What the worker needs to open the store. */
export interface WorkerConfig {
  dataDir: string;
  migrationsFolder: string;
  startParams: string[];
}

export type RowMode = 'object' | 'array';

/** One SQL statement with its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
  /** Data for `COPY ... FROM '/dev/blob'` (the bulk path). */
  blob?: Uint8Array<ArrayBuffer>;
}

export type Request =
  | {
      id: number;
      op: 'query';
      sql: string;
      params: unknown[];
      rowMode: RowMode;
      txId?: number;
      /** Data for `COPY ... FROM '/dev/blob'`. */
      blob?: Uint8Array<ArrayBuffer>;
    }
  | { id: number; op: 'exec'; sql: string; txId?: number }
  | { id: number; op: 'batch'; statements: Statement[] }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; txId: number; commit: boolean }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

export interface QueryResult {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
}

/** A database error as plain data: message plus PostgreSQL's fields (code is the SQLSTATE). */
export interface ErrorData {
  message: string;
  [field: string]: unknown;
}

export type Response =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: ErrorData };

/** Sent once by the worker: the store is open and migrated, or it could not be. */
export type Ready = { ready: true } | { ready: false; error: ErrorData };

/** Copies an error's own fields (code, detail, ...) so they survive the trip between threads. */
export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { message: String(error) };
  const data: ErrorData = { message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'object') continue;
    data[key] = value;
  }
  return data;
}

/** Rebuilds an Error from its data, with the same fields, so callers can read `code` as before. */
export function toError(data: ErrorData): Error {
  return Object.assign(new Error(data.message), data);
}
