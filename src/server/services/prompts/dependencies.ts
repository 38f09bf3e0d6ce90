import { columnResolver } from '../../../contract/ai/references.ts';
import { templateReferences } from '../../../contract/ai/template.ts';
import type { AnyColumnConfig, DataType } from '../../../contract/data-types/index.ts';
import { defaultInputs } from './kind-inputs.ts';

/** What the dependency rules need of a column. */
export interface ColumnShape {
  name: string;
  /** The name people see; prompts may name a column by it. */
  displayName?: string;
  dataType: DataType;
  config: AnyColumnConfig;
}

const isAi = (column: ColumnShape) => column.dataType === 'ai';

/**
 * The columns an AI column reads, by key: the ones its prompt names (by key or display name; a name
 * that is no column stays as written), or for a criterion grade every column that is not AI (the row as
 * a whole is graded).
 */
export function inputsOf(column: ColumnShape, columns: ColumnShape[]): string[] {
  if (column.config.kind === 'criterion_grade') {
    return columns.filter((other) => !isAi(other) && other.name !== column.name).map((other) => other.name);
  }
  const fallback = defaultInputs(column, columns);
  if (fallback) return fallback;
  const resolve = columnResolver(columns);
  const names = templateReferences(column.config.prompt ?? '').map((name) => resolve(name) ?? name);
  return [...new Set(names)];
}

/**
 * How deep each AI column sits in the chain of AI columns reading AI columns: 0 when it reads only data,
 * 1 + the deepest AI input otherwise. A row's cells run in this order. Columns in a cycle are left out
 * (saving refuses cycles, so a stored table has none).
 */
export function aiDepths(columns: ColumnShape[]): Map<string, number> {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (column: ColumnShape): number | undefined => {
    const known = depths.get(column.name);
    if (known !== undefined) return known;
    if (visiting.has(column.name)) return undefined;
    visiting.add(column.name);
    let depth = 0;
    for (const name of inputsOf(column, columns)) {
      const input = byName.get(name);
      if (!input || !isAi(input)) continue;
      const inner = depthOf(input);
      if (inner === undefined) return undefined;
      depth = Math.max(depth, inner + 1);
    }
    visiting.delete(column.name);
    depths.set(column.name, depth);
    return depth;
  };
  for (const column of columns.filter(isAi)) depthOf(column);
  return depths;
}

/** A cycle among AI columns, as the names along it (first name repeated at the end), if there is one. */
export function findCycle(columns: ColumnShape[]): string[] | undefined {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (column: ColumnShape): string[] | undefined => {
    state.set(column.name, 'open');
    path.push(column.name);
    for (const name of inputsOf(column, columns)) {
      const input = byName.get(name);
      if (!input || !isAi(input)) continue;
      if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
      if (state.get(name) === undefined) {
        const cycle = visit(input);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(column.name, 'done');
    return undefined;
  };
  for (const column of columns.filter(isAi)) {
    if (state.get(column.name) === undefined) {
      const cycle = visit(column);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

/** The AI columns that read any of `changed`, directly or through other AI columns. */
export function dependentsOf<T extends ColumnShape>(changed: Iterable<string>, columns: T[]): T[] {
  const reached = new Set<string>();
  const queue = [...changed];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    for (const column of columns) {
      if (!isAi(column) || reached.has(column.name)) continue;
      if (inputsOf(column, columns).includes(name)) {
        reached.add(column.name);
        queue.push(column.name);
      }
    }
  }
  return columns.filter((column) => reached.has(column.name));
}
