import type { LanguageModel } from 'ai';
import type { CellStep } from '../../../contract/cells.ts';
import { type CallOutcome, callModel, type ModelCall } from '../ai/call-model.ts';
import type { CellPrompt } from '../prompts/cell-prompt.ts';

/** One step of a plan for one row: its prompt once the earlier steps have answered. */
export interface PlannedStep {
  id: string;
  name: string;
  /** The step may search the web and read pages (a research plan's gathering steps). */
  research: boolean;
  render(outputs: ReadonlyMap<string, string>): string;
}

/**
 * A cell asked in steps (an enrichment's, see enrich/plan-prompts.ts): the steps before the last,
 * answered as notes, and the last, whose answer is the cell's value.
 */
export interface PlanPrompt {
  system: string;
  earlier: PlannedStep[];
  final: PlannedStep;
  answer: CellPrompt['answer'];
  read: CellPrompt['read'];
}

export interface PlanCall {
  model: LanguageModel;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The tools a research step may use, if web search is set up. */
  tools?: ModelCall['tools'];
}

/** A plan's calls for one row: the last call's outcome, with tokens and time summed over the steps. */
export interface PlanOutcome {
  result: CallOutcome;
  /** The last prompt sent (the one whose answer is the value, or the step that failed). */
  prompt: string;
  steps: CellStep[];
}

/**
 * Runs an enrichment plan for one row: each step in order, the earlier ones answering in notes that
 * later prompts take in, the last answering in the target's format. Stops at the first failure,
 * which fails (or retries) the whole cell, naming the step.
 */
export async function callPlan(plan: PlanPrompt, call: PlanCall): Promise<PlanOutcome> {
  const outputs = new Map<string, string>();
  const steps: CellStep[] = [];
  let latencyMs = 0;
  let tokensIn = 0;
  let tokensOut = 0;
  const run = async (step: PlannedStep, final: boolean) => {
    const prompt = step.render(outputs);
    const result = await callModel({
      model: call.model,
      system: plan.system,
      prompt,
      answer: final ? plan.answer : undefined,
      timeoutMs: call.timeoutMs,
      signal: call.signal,
      tools: step.research ? call.tools : undefined,
    });
    latencyMs += result.latencyMs;
    const used = result.ok ? { in: result.tokensIn ?? 0, out: result.tokensOut ?? 0 } : { in: 0, out: 0 };
    tokensIn += used.in;
    tokensOut += used.out;
    steps.push({
      id: step.id,
      name: step.name,
      prompt,
      output: result.ok ? (final ? result.raw : String(result.answer)) : (result.raw ?? null),
      error: result.ok ? null : result.error,
      tokensIn: used.in,
      tokensOut: used.out,
      latencyMs: result.latencyMs,
    });
    if (result.ok && !final) outputs.set(step.id, String(result.answer));
    return { result, prompt };
  };
  for (const step of plan.earlier) {
    const { result, prompt } = await run(step, false);
    if (!result.ok) {
      return {
        result: { ...result, error: `Step "${step.name}": ${result.error}`, latencyMs },
        prompt,
        steps,
      };
    }
  }
  const { result, prompt } = await run(plan.final, true);
  return {
    result: result.ok ? { ...result, tokensIn, tokensOut, latencyMs } : { ...result, latencyMs },
    prompt,
    steps,
  };
}
