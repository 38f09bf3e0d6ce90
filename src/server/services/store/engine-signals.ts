/**
 * What this process did that the AI engine should hear of at once rather than from the store: runs it
 * stopped (cancelled or rolled back), whose waiting cells the engine drops and whose calls it abandons,
 * and AI cells a person wrote, which the engine no longer calls for if they are waiting for a slot (the
 * answer would be refused). Other servers on a shared PostgreSQL learn of either from the store, a
 * moment later.
 */
export class EngineSignals {
  readonly #runStopped: Array<(runId: string) => void> = [];
  readonly #cellsWritten: Array<(rowId: string, columnIds: Set<string>) => void> = [];

  runStopped(runId: string): void {
    for (const listener of this.#runStopped) listener(runId);
  }

  onRunStopped(listener: (runId: string) => void): void {
    this.#runStopped.push(listener);
  }

  cellsWritten(rowId: string, columnIds: Set<string>): void {
    if (columnIds.size === 0) return;
    for (const listener of this.#cellsWritten) listener(rowId, columnIds);
  }

  onCellsWritten(listener: (rowId: string, columnIds: Set<string>) => void): void {
    this.#cellsWritten.push(listener);
  }
}
