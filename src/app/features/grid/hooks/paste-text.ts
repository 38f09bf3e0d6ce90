import type { QueryClient } from '@tanstack/react-query';
import type { Row } from '../../../../contract/rows.ts';
import { errorText } from '../../../api/api-client.ts';
import { addRows } from '../../../api/rows/add-rows.ts';
import { refreshRows } from '../../../api/rows/row-cache.ts';
import type { GridModel } from '../model/grid-model.ts';
import { type PasteRefusal, planPaste } from '../model/paste-plan.ts';
import { pasteReport } from '../model/paste-report.ts';
import { selectionRange } from '../model/selection.ts';
import { parseTsv } from '../model/tsv.ts';
import { useGridStore } from '../store/grid-store.ts';
import type { CellChange, RefusedChange } from './use-cell-updates.ts';

/** The server's refusals as the plan's, by the row position and column they name. */
function serverRefusals(
  refused: RefusedChange[],
  changes: CellChange[],
  positions: Map<string, number>,
): PasteRefusal[] {
  return refused.flatMap((item) => {
    const change = changes.find(
      (candidate) => candidate.row.id === item.rowId && candidate.column.name === item.columnName,
    );
    const row = positions.get(item.rowId);
    if (!change || row === undefined) return [];
    return [{ row, column: change.column, text: String(change.value ?? ''), message: item.message }];
  });
}

/**
 * Pastes TSV at the selection: checks every value first, adds the rows the table lacks, writes
 * the rest as one undo step, selects what was pasted, and reports every value left out by row
 * and column. Nothing pasted is dropped without a word.
 */
export async function pasteText(model: GridModel, queryClient: QueryClient, text: string): Promise<void> {
  const store = useGridStore.getState();
  const cells = parseTsv(text);
  if (!store.selection || cells.length === 0) return;
  const columns = model.columns.map((item) => item.column);
  const plan = planPaste(cells, selectionRange(store.selection), columns, model.rowCount);
  const { range } = plan;
  store.select({
    anchor: { row: range.top, col: range.left },
    focus: { row: range.bottom, col: range.right },
  });
  try {
    const lastExisting = Math.min(range.bottom, model.rowCount - 1);
    const rows = await model.loadRows(range.top, lastExisting);
    const positions = new Map<string, number>();
    const changes: CellChange[] = [];
    for (const update of plan.updates) {
      const row = rows[update.row - range.top];
      if (!row) continue;
      positions.set(row.id, update.row);
      for (const { column, value } of update.values) changes.push({ row, column, value });
    }
    let added: Row[] = [];
    if (plan.added.length > 0) {
      added = await addRows(model.tableId, plan.added);
      for (const [i, row] of added.entries()) positions.set(row.id, model.rowCount + i);
    }
    const refused = await model.updateCells(changes, { added: added.map((row) => row.id) });
    if (added.length > 0) await refreshRows(queryClient, model.tableId);
    const lastColumn = columns[columns.length - 1]?.displayName;
    const report = pasteReport(
      plan,
      [...plan.refused, ...serverRefusals(refused, changes, positions)],
      lastColumn,
    );
    if (report) useGridStore.getState().notify(report);
  } catch (error) {
    useGridStore.getState().notify({ text: `Could not paste: ${errorText(error)}`, tone: 'error' });
  }
}
