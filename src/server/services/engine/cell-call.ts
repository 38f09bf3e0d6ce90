import { classifyCallError } from '../ai/call-errors.ts';
import { researchDepth } from '../ai/research-depth.ts';
import { researchTools } from '../ai/research-tools.ts';
import { callModel, failedCall } from './call-model.ts';
import { callPlan, type PlanOutcome } from './call-plan.ts';
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
 * or its task. Never rejects: a task that throws fails the cell like a call would.
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
  const started = performance.now();
  let called: PlanOutcome;
  try {
    called =
      job.kind === 'plan'
        ? await callPlan(job.plan, { ...base, tools: searxngUrl ? research : undefined })
        : job.kind === 'task'
          ? { result: await job.task.run(signal), prompt: job.task.describe, steps: [] }
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
  } catch (error) {
    const failure = classifyCallError(error, {
      timedOut: false,
      timeoutMs: settings.callTimeoutMs,
      cancelled: signal.aborted,
    });
    const prompt =
      job.kind === 'task' ? job.task.describe : job.kind === 'plan' ? job.plan.system : job.prompt.prompt;
    called = { result: failedCall(failure, Math.round(performance.now() - started)), prompt, steps: [] };
  }
  return { ...called, sources: [...sources], withoutSearch: prepared.research && !searxngUrl };
}
