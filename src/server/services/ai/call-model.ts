import { generateText, jsonSchema, type LanguageModel, Output, stepCountIs, type ToolSet } from 'ai';
import type { z } from 'zod';
import { recordProviderCall } from '../../metrics/metrics.ts';
import { classifyCallError } from './call-errors.ts';
import type { CallFailure } from './call-failures.ts';

export interface ModelCall {
  model: LanguageModel;
  system: string;
  prompt: string;
  /** Images sent with the prompt (data URLs), for a vision model to read. */
  images?: string[];
  /**
   * The JSON Schema the answer is asked to follow, and the zod schema that reads (and coerces) it;
   * without one the answer is the model's text (an enrichment's notes between steps).
   */
  answer?: { jsonSchema: Record<string, unknown>; schema: z.ZodType };
  timeoutMs: number;
  /** Aborted when the run is cancelled. */
  signal?: AbortSignal;
  /** Tools the model may call before answering (research columns), with the steps allowed. */
  tools?: { set: ToolSet; maxSteps: number };
}

export type CallOutcome =
  | {
      ok: true;
      answer: unknown;
      raw: string;
      tokensIn: number | null;
      tokensOut: number | null;
      latencyMs: number;
    }
  | {
      ok: false;
      error: string;
      /** Worth trying again later (rate limits, server errors, timeouts, unreachable, unfit answers). */
      retryable: boolean;
      /** What the provider asked us to wait (Retry-After), in ms. */
      retryAfterMs?: number;
      raw?: string;
      latencyMs: number;
    };

/**
 * Asks a model for one cell's answer as structured output and reads it with the format's schema.
 * Never throws: every failure comes back as a readable error, marked retryable or not. The SDK's own
 * retries are off: the engine's queue retries with backoff, and honours Retry-After across servers.
 */
export async function callModel(call: ModelCall): Promise<CallOutcome> {
  const outcome = await callOnce(call);
  recordProviderCall(typeof call.model === 'string' ? call.model : call.model.provider, outcome);
  return outcome;
}

async function callOnce(call: ModelCall): Promise<CallOutcome> {
  const answer = call.answer;
  const started = performance.now();
  const timeout = AbortSignal.timeout(call.timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  try {
    const result = await generateText({
      model: call.model,
      system: call.system,
      ...(call.images?.length
        ? {
            messages: [
              {
                role: 'user' as const,
                content: [
                  { type: 'text' as const, text: call.prompt },
                  ...call.images.map((image) => ({ type: 'image' as const, image })),
                ],
              },
            ],
          }
        : { prompt: call.prompt }),
      maxRetries: 0,
      abortSignal: signal,
      ...(call.tools && { tools: call.tools.set, stopWhen: stepCountIs(call.tools.maxSteps) }),
      ...(answer && { output: structured(answer) }),
    });
    return {
      ok: true,
      answer: answer ? result.output : result.text,
      raw: result.text,
      tokensIn: result.usage.inputTokens ?? null,
      tokensOut: result.usage.outputTokens ?? null,
      latencyMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const failure = classifyCallError(error, {
      timedOut: timeout.aborted,
      timeoutMs: call.timeoutMs,
      cancelled: call.signal?.aborted ?? false,
    });
    return failedCall(failure, Math.round(performance.now() - started));
  }
}

/** A failed call's outcome: what its failure's type says about retrying, and the words for the cell. */
export function failedCall(failure: CallFailure, latencyMs: number): Extract<CallOutcome, { ok: false }> {
  return {
    ok: false,
    error: failure.message,
    retryable: failure.retryable,
    ...(failure.retryAfterMs !== undefined && { retryAfterMs: failure.retryAfterMs }),
    ...(failure.raw !== undefined && { raw: failure.raw }),
    latencyMs,
  };
}

/** Structured output read by the answer's zod schema, its issues said in a sentence. */
function structured(answer: NonNullable<ModelCall['answer']>) {
  return Output.object({
    schema: jsonSchema(answer.jsonSchema, {
      validate: (value) => {
        const parsed = answer.schema.safeParse(value);
        return parsed.success
          ? { success: true, value: parsed.data }
          : { success: false, error: new Error(describeIssues(parsed.error.issues)) };
      },
    }),
  });
}

/** Zod issues as one readable sentence, naming the field when it is not the value itself. */
function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.filter((part) => part !== 'value').join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
