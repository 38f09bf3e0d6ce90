import type { SQL } from 'drizzle-orm';
import { columnResolver } from '../../../contract/ai/references.ts';
import { templateReferences } from '../../../contract/ai/template.ts';
import type { EnrichInput, EnrichStarted } from '../../../contract/enrich.ts';
import { EnrichInput as EnrichInputSchema } from '../../../contract/enrich.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import { queryRows } from '../../db/database.ts';
import { aiRuns } from '../../db/schema.ts';
import type { Providers } from '../ai/providers.ts';
import { queueCellsStatement } from '../engine/queue-cells.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { getProject } from '../tables/projects.ts';
import { ENRICH_ORIGIN } from './enrich-runs.ts';
import { buildPlan, type PlanOptions } from './plan.ts';
import type { StoredPlan } from './plan-prompts.ts';
import { enrichRequest, resolveChoice } from './request.ts';

/** Rows per workflow step: the reference's ceiling, and what a request that names none gets. */
export const MAX_BATCH = 200;
const DEFAULT_BATCH = 25;

/** 400 unless every step names only the row's columns and earlier steps. */
export function checkSteps(plan: StoredPlan, table: TableMeta, target: ColumnMeta): void {
  const resolve = columnResolver(table.columns);
  const errors: ErrorDetail[] = [];
  plan.steps.forEach((step, index) => {
    const earlier = new Set(plan.steps.slice(0, index).map((before) => before.id));
    for (const name of templateReferences(step.prompt)) {
      if (earlier.has(name)) continue;
      const key = resolve(name);
      if (key === target.name || !key) {
        errors.push({
          path: `plan.steps[${index}].prompt`,
          message: key
            ? `A step cannot read {${name}}: it is the column being filled`
            : `{${name}} is neither a column nor an earlier step`,
        });
      }
    }
  });
  const ids = plan.steps.map((step) => step.id);
  if (new Set(ids).size !== ids.length)
    errors.push({ path: 'plan.steps', message: 'Step ids must be unique' });
  if (errors.length > 0) throw new ValidationError('Invalid plan', errors);
}

async function checkProject(store: Store, projectId: string | null | undefined): Promise<void> {
  if (!projectId) return;
  await getProject(store, projectId).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
    throw new ValidationError('Unknown project', [
      { path: 'projectId', message: `No project "${projectId}"` },
    ]);
  });
}

/**
 * Starts an enrichment: the plan given (no planning again) or a new one, then every eligible row's
 * target cell queued in one transaction, with the run that owns them. The engine fills them in the
 * background; a second request while they run, or after, queues only rows still empty (idempotent).
 */
export async function startEnrichment(
  store: Store,
  providers: Providers,
  tableId: string,
  given: EnrichInput,
  options: PlanOptions,
): Promise<EnrichStarted> {
  const input = EnrichInputSchema.parse(given);
  const { table, target, filter } = await enrichRequest(store, tableId, input);
  const named = input.plan?.targetContract?.columnName;
  if (named !== undefined && named !== target.name) {
    throw new ValidationError('The plan is for another column', [
      { path: 'plan.targetContract.columnName', message: `The plan fills "${named}", not "${target.name}"` },
    ]);
  }
  await checkProject(store, input.projectId);
  const choice = {
    provider: input.provider ?? input.plan?.provider,
    model: input.model ?? input.plan?.model,
  };
  const resolved = await resolveChoice(providers, choice);
  if ('error' in resolved) {
    throw new ValidationError(resolved.error, [{ path: 'targetColumn', message: resolved.error }]);
  }
  const source =
    input.plan ?? (await buildPlan(store, providers, tableId, { ...input, batchSize: undefined }, options));
  const plan: StoredPlan = {
    strategy: source.strategy,
    agentProfile: input.agentProfile ?? source.agentProfile,
    steps: source.steps,
    ...(choice.provider && { provider: choice.provider }),
    ...(choice.model && { model: choice.model }),
  };
  checkSteps(plan, table, target);
  return queueEnrichment(store, table, target, plan, {
    rows: filter,
    name: input.workflowName ?? `Enrich ${target.displayName}`,
    projectId: input.projectId ?? null,
    batchSize: Math.min(input.batchSize ?? DEFAULT_BATCH, MAX_BATCH),
  });
}

export interface QueueOptions {
  /** Which rows, as a condition on the row (alias r); the empty ones among them are queued. */
  rows: SQL;
  name: string;
  projectId?: string | null;
  batchSize: number;
  /** Who started it, when not a request (a trigger). */
  createdBy?: string;
}

/** Queues a checked plan's cells and records its run, in one transaction: 202 material. */
export async function queueEnrichment(
  store: Store,
  table: TableMeta,
  target: ColumnMeta,
  plan: StoredPlan,
  options: QueueOptions,
): Promise<EnrichStarted> {
  const runId = newId();
  const rowsQueued = await store.db.transaction(async (tx) => {
    await advanceTableVersion(store, tx, table.id);
    const statement = queueCellsStatement({
      table,
      column: target,
      depth: 0,
      runId,
      mode: 'missing',
      rows: options.rows,
      overwrite: false,
      provider: plan.provider,
    });
    const queued = (await queryRows<{ n: number }>(tx, statement))[0]?.n ?? 0;
    await tx.insert(aiRuns).values({
      id: runId,
      tableId: table.id,
      columnIds: [target.id],
      mode: 'missing',
      status: queued > 0 ? 'running' : 'completed',
      origin: ENRICH_ORIGIN,
      cellsQueued: queued,
      finishedAt: queued > 0 ? null : new Date(),
      plan,
      name: options.name,
      projectId: options.projectId ?? null,
      batchSize: options.batchSize,
      createdBy: options.createdBy ?? null,
    });
    return queued;
  });
  return { workflowId: runId, rowsQueued };
}
