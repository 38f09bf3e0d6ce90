import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { callModel } from '../ai/call-model.ts';
import { DATA_RULE, dataText, valueText } from '../prompts/cell-prompt.ts';

const Verdict = z.object({ same: z.boolean(), reason: z.string() });
const verdictSchema = {
  type: 'object',
  properties: { same: { type: 'boolean' }, reason: { type: 'string' } },
  required: ['same', 'reason'],
  additionalProperties: false,
};

const SYSTEM = [
  'You check an answer against the answer a person verified for the same question.',
  'Say whether they mean the same (wording, order and detail may differ; facts, names and numbers may not), with a one-sentence reason.',
  DATA_RULE,
].join(' ');

export interface Judgement {
  agreed: boolean;
  reason: string;
  tokens: number;
}

/**
 * Whether a text answer means the same as the verified one, judged by a model (the variant's own, so no
 * second provider is needed). A failed judgement counts as not agreeing and says why.
 */
export async function judgeText(
  model: LanguageModel,
  question: string,
  expected: unknown,
  answer: unknown,
  timeoutMs: number,
): Promise<Judgement> {
  const result = await callModel({
    model,
    system: SYSTEM,
    prompt: [
      `The question: ${question}`,
      `The verified answer: ${dataText(valueText(expected))}`,
      `The answer to check: ${dataText(valueText(answer))}`,
      'Do they mean the same?',
    ].join('\n\n'),
    answer: { jsonSchema: verdictSchema, schema: Verdict },
    timeoutMs,
  });
  if (!result.ok) return { agreed: false, reason: `Not judged: ${result.error}`, tokens: 0 };
  const verdict = result.answer as z.infer<typeof Verdict>;
  return {
    agreed: verdict.same,
    reason: verdict.reason,
    tokens: (result.tokensIn ?? 0) + (result.tokensOut ?? 0),
  };
}
