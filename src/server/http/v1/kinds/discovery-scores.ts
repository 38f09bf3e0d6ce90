import type { V1CriterionDefinition } from '../../../../contract/v1/column-configs.ts';
import { enginePrompt } from './agent.ts';
import { keepingSent, type V1Kind } from './kind.ts';

/** Each criterion's answer: a 1-5 grade and the reason, keyed by the criterion's key. */
function scoresSchema(criteria: V1CriterionDefinition[]): Record<string, unknown> {
  const score = {
    type: 'object',
    properties: { grade: { type: 'integer', minimum: 1, maximum: 5 }, explanation: { type: 'string' } },
    required: ['grade', 'explanation'],
    additionalProperties: false,
  };
  return {
    type: 'object',
    properties: Object.fromEntries(criteria.map((criterion) => [criterion.key, score])),
    required: criteria.map((criterion) => criterion.key),
    additionalProperties: false,
  };
}

/**
 * Discovery scores: every criterion graded 1-5 for the row from its values (llm, as Extruct grades from
 * the company's profile), in one JSON answer keyed by criterion. A
 * column without criteria has nothing to score: a plain JSON column, empty until something writes it.
 */
export const discoveryScoresKind: V1Kind<'discovery_scores'> = {
  role: 'output',
  toColumn: (sent, table) => {
    const criteria = Object.values(sent.criteria ?? {});
    if (criteria.length === 0) return { dataType: 'json', config: keepingSent({}, sent) };
    // Braces in a criterion are its text, not column references.
    const literal = (text: string) => text.replace(/[{}]/g, (brace) => brace + brace);
    const list = criteria.map(
      (criterion) => `- ${criterion.key} (${literal(criterion.name)}): ${literal(criterion.criterion)}`,
    );
    const prompt = `Grade this company from 1 (does not meet it) to 5 (clearly meets it) against each criterion, with a one-sentence explanation:\n${list.join('\n')}`;
    return {
      dataType: 'ai',
      config: keepingSent(
        {
          kind: 'agent',
          agentType: 'llm',
          prompt: enginePrompt(prompt, sent.name, [], table),
          outputFormat: 'json',
          outputSchema: scoresSchema(criteria),
        },
        sent,
      ),
    };
  },
};
