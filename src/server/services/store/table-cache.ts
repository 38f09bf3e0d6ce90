import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { userTables } from '../../db/schema.ts';
import { NotFoundError } from './errors.ts';
import { isUuid } from './ids.ts';
import { loadTableRecord, type TableMeta, tableMetaOf } from './table-meta.ts';

const MAX_ENTRIES = 2_000;

/**
 * Table metadata (columns, storage names, version, row count) for the requests that read it: loading
 * it costs two queries, and every page of rows needs it. Each table has a generation that grows when a
 * write to it begins (`changed`): an entry loaded under an older generation is never served, and one
 * whose load overlapped a write is never stored, so no reader sees metadata older than a committed write.
 * When the store is shared with other processes (`trusted` false), an entry is also checked against
 * the table's version, one small query. Most writes change rows, not columns: a table whose
 * `columns_version` did not move keeps its columns, so reloading it after such a write is one small query.
 */
export class TableCache {
  readonly #db: Db;
  readonly #trusted: boolean;
  readonly #entries = new Map<string, { meta: TableMeta; generation: number }>();
  /** The last columns loaded per table, kept across writes, with the columns version they are of. */
  readonly #columns = new Map<string, { columns: TableMeta['columns']; columnsVersion: number }>();
  readonly #generations = new Map<string, number>();
  readonly #listeners: Array<(tableId: string) => void> = [];

  constructor(db: Db, trusted: boolean) {
    this.#db = db;
    this.#trusted = trusted;
  }

  /** The table's metadata as of its latest committed write; "Table not found" when there is none. */
  async get(tableId: string): Promise<TableMeta> {
    if (!isUuid(tableId)) throw new NotFoundError('Table not found');
    const generation = this.#generation(tableId);
    const entry = this.#entries.get(tableId);
    if (entry && entry.generation === generation && (await this.#stillCurrent(entry.meta))) return entry.meta;
    const record = await loadTableRecord(this.#db, tableId);
    const known = this.#columns.get(tableId);
    const { columnsVersion } = record;
    const meta = await tableMetaOf(
      this.#db,
      record,
      known?.columnsVersion === columnsVersion ? known.columns : undefined,
    );
    if (this.#generation(tableId) === generation) {
      if (this.#entries.size >= MAX_ENTRIES || this.#columns.size >= MAX_ENTRIES) {
        this.#entries.clear();
        this.#columns.clear();
      }
      this.#entries.set(tableId, { meta, generation });
      this.#columns.set(tableId, { columns: meta.columns, columnsVersion });
    }
    return meta;
  }

  /** Called when a write to the table begins (inside its transaction): cached metadata is no longer served. */
  changed(tableId: string): void {
    this.#generations.set(tableId, this.#generation(tableId) + 1);
    this.#entries.delete(tableId);
    for (const listener of this.#listeners) listener(tableId);
  }

  /** Hears of every write to any table as it begins (the AI engine looks for newly queued cells). */
  onChange(listener: (tableId: string) => void): void {
    this.#listeners.push(listener);
  }

  #generation(tableId: string): number {
    return this.#generations.get(tableId) ?? 0;
  }

  async #stillCurrent(meta: TableMeta): Promise<boolean> {
    if (this.#trusted) return true;
    const [row] = await this.#db
      .select({ version: userTables.version })
      .from(userTables)
      .where(eq(userTables.id, meta.id));
    return row !== undefined && Number(row.version) === meta.version;
  }
}
