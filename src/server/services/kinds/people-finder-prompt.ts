import { z } from 'zod';
import { columnResolver } from '../../../contract/ai/references.ts';
import { renderTemplate } from '../../../contract/ai/template.ts';
import type { RowData } from '../../../contract/rows.ts';
import { type CellPrompt, DATA_RULE, dataText } from '../prompts/cell-prompt.ts';
import { inputsOf } from '../prompts/dependencies.ts';
import type { AiColumnMeta, ColumnMeta } from '../store/table-meta.ts';

const DEFAULT_MAX = 5;

/** One person a finder found: the child row it becomes. */
export const FoundPerson = z.object({
  name: z.string().min(1).max(200),
  role: z.string().max(200).nullable(),
  linkedin_url: z.string().max(2048).nullable(),
});
export type FoundPerson = z.infer<typeof FoundPerson>;

const personSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'Full name' },
    role: { type: ['string', 'null'], description: 'Job title at the company' },
    linkedin_url: { type: ['string', 'null'], description: 'LinkedIn profile address, if found' },
  },
  required: ['name', 'role', 'linkedin_url'],
  additionalProperties: false,
};

const SYSTEM = [
  'You find people who work at a company, for one row of a spreadsheet of companies.',
  'List only people you have found evidence for; never make up a person, a name or a profile address.',
  'An empty list is a good answer when you found no one. Answer in JSON that matches the schema.',
  DATA_RULE,
].join(' ');

/**
 * The people finder's question for one company row: the roles wanted, at most maxResults people, the
 * company as the row describes it (the columns the prompt names, or company_name and company_website).
 */
export function peopleFinderPrompt(column: AiColumnMeta, columns: ColumnMeta[], data: RowData): CellPrompt {
  const max = column.config.maxResults ?? DEFAULT_MAX;
  const roles = (column.config.roles ?? []).join('; ');
  const resolve = columnResolver(columns);
  const company = column.config.prompt?.trim()
    ? renderTemplate(column.config.prompt, (name) => dataText(data[resolve(name) ?? name]))
    : inputsOf(column, columns)
        .map((name) => `- ${name}: ${dataText(data[name]) ?? '(empty)'}`)
        .join('\n');
  const schema = z.object({ value: z.array(FoundPerson).max(max) });
  return {
    system: SYSTEM,
    prompt: `Find up to ${max} people at this company in these roles: ${roles}.\n\nThe company:\n${company}\n\nFor each person give the full name, the role and the LinkedIn profile address (null when not found).`,
    answer: {
      jsonSchema: {
        type: 'object',
        properties: { value: { type: 'array', items: personSchema, maxItems: max } },
        required: ['value'],
        additionalProperties: false,
      },
      schema,
    },
    read: (answer) => {
      const people = (answer as z.infer<typeof schema>).value;
      return { value: people, note: people.length === 0 ? 'No one found' : null };
    },
  };
}
