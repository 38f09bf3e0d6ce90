import { classifyCallError } from '../ai/call-errors.ts';
import { type CallOutcome, callModel, failedCall } from '../ai/call-model.ts';
import { researchDepth } from '../ai/research-depth.ts';
import { researchTools } from '../ai/research-tools.ts';
import { callPlan, type PlanOutcome } from './call-plan.ts';
import type { CellTask } from './cell-task.ts';
import type { PreparedCell } from './prepared-cell.ts';

export interface CallSettings {
  callTimeoutMs: number;
  /** The SearXNG instance research cells search with; without one they only read pages. */
  searxngUrl: string | undefined;
}

/** A cell's call as it ended, with the pages its research read. */
export interface CalledCell extends PlanOutcome {
  sources: string[];
  /** A research cell on a server with no search tool: it read pages only, and its note says so. */
  withoutSearch: boolean;
}

/**
 * Makes a prepared cell's call: its prompt (with research tools for a research cell), its plan's steps,
 * or its task. Never rejects.
 */
export async function callCell(
  prepared: PreparedCell,
  settings: CallSettings,
  signal: AbortSignal,
): Promise<CalledCell> {
  const sources = new Set<string>();
  const { searxngUrl } = settings;
  // Searches and page reads the cell may make before it answers: its agent type's depth.
  const depth = prepared.depth ?? researchDepth(undefined);
  const research = { set: researchTools(searxngUrl, sources, signal, depth), maxSteps: depth.maxSteps };
  const base = { model: prepared.model, timeoutMs: settings.callTimeoutMs, signal };
  const job = prepared.job;
  const called: PlanOutcome =
    job.kind === 'plan'
      ? await callPlan(job.plan, { ...base, tools: searxngUrl ? research : undefined })
      : job.kind === 'task'
        ? {
            result: await runTask(job.task, signal, settings.callTimeoutMs),
            prompt: job.task.describe,
            steps: [],
          }
        : {
            result: await callModel({
              ...base,
              system: job.prompt.system,
              prompt: job.prompt.prompt,
              answer: job.prompt.answer,
              tools: prepared.research ? research : undefined,
            }),
            prompt: job.prompt.prompt,
            steps: [],
          };
  return { ...called, sources: [...sources], withoutSearch: prepared.research && !searxngUrl };
}

/**
 * A task's outcome. Model calls never throw; a task that does fails its cell like a call would, rather
 * than leave its provider slot taken.
 */
async function runTask(task: CellTask, signal: AbortSignal, timeoutMs: number): Promise<CallOutcome> {
  const started = performance.now();
  try {
    return await task.run(signal);
  } catch (error) {
    const failure = classifyCallError(error, { timedOut: false, timeoutMs, cancelled: signal.aborted });
    return failedCall(failure, Math.round(performance.now() - started));
  }
}
