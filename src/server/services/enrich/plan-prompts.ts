import type { z } from 'zod';
import { answerJsonSchema, outputFormats } from '../../../contract/ai/formats.ts';
import { columnResolver } from '../../../contract/ai/references.ts';
import { renderTemplate, templateReferences } from '../../../contract/ai/template.ts';
import type { PlanStep, Strategy } from '../../../contract/enrich.ts';
import type { RowData } from '../../../contract/rows.ts';
import type { PlannedStep, PlanPrompt } from '../engine/call-plan.ts';
import { type CellPrompt, DATA_RULE, dataText } from '../prompts/cell-prompt.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { bindingColumns, bindingLines, rowBindings } from './bindings.ts';
import { persona } from './strategy.ts';
import { answerConfig, storedValue } from './target.ts';

/** What an enrichment run keeps of its plan: enough to prompt every row the same way. */
export interface StoredPlan {
  strategy: Strategy;
  agentProfile: string;
  steps: PlanStep[];
  /** The provider and model named by the request; the defaults otherwise. */
  provider?: string;
  model?: string;
}

const NOTES = 'Answer with short notes in plain text: they are the input of the next step.';

/** Answer schemas by target column version: built once, not once per cell. */
const answers = new Map<string, CellPrompt['answer']>();
function answerOf(target: ColumnMeta): CellPrompt['answer'] {
  const key = `${target.id}:${target.updatedAt}:${JSON.stringify(target.config)}`;
  let answer = answers.get(key);
  if (!answer) {
    if (answers.size > 1_000) answers.clear();
    const { format, config } = answerConfig(target);
    answer = {
      jsonSchema: answerJsonSchema(format, config),
      schema: outputFormats[format].answer(config) as z.ZodType,
    };
    answers.set(key, answer);
  }
  return answer;
}

/**
 * The prompts of a plan for one row. A step's `{column}` references take the row's values and
 * `{step-1}` takes an earlier step's notes; a step naming no column is given the whole row, and the
 * notes of earlier steps it does not name are appended, so a hand-edited step still sees its inputs.
 */
export function planPrompt(
  plan: StoredPlan,
  table: TableMeta,
  target: ColumnMeta,
  data: RowData,
): PlanPrompt {
  const columns = bindingColumns(table, target);
  const bound = rowBindings(columns, data);
  const stepIds = new Set(plan.steps.map((step) => step.id));
  const resolve = columnResolver(table.columns);
  const { format, config } = answerConfig(target);
  const finalInstruction = `The answer goes in the column "${target.displayName}". ${outputFormats[format].instruction(config)}`;

  const planned = plan.steps.map((step, index): PlannedStep => {
    const last = index === plan.steps.length - 1;
    const references = templateReferences(step.prompt);
    const readsRow = references.some((name) => !stepIds.has(name));
    const before = plan.steps.slice(0, index).filter((earlier) => !references.includes(earlier.id));
    return {
      id: step.id,
      name: step.name,
      research: plan.strategy === 'research-and-synthesize' && !last,
      render: (outputs) => {
        const parts = [
          renderTemplate(step.prompt, (name) =>
            stepIds.has(name) ? (outputs.get(name) ?? null) : dataText(data[resolve(name) ?? name]),
          ),
        ];
        if (!readsRow) parts.push(`The row:\n${bindingLines(columns, bound)}`);
        for (const earlier of before) {
          const notes = outputs.get(earlier.id);
          if (notes) parts.push(`Notes from "${earlier.name}":\n${notes}`);
        }
        parts.push(last ? finalInstruction : NOTES);
        return parts.join('\n\n');
      },
    };
  });
  const final = planned[planned.length - 1];
  if (!final) throw new Error('A plan has at least one step');
  return {
    system: `${persona(plan.agentProfile)} You fill in one cell of a spreadsheet column, for one row, step by step. Use the row's values; when you cannot tell, answer with a null value rather than guess. ${DATA_RULE}`,
    earlier: planned.slice(0, -1),
    final,
    answer: answerOf(target),
    read: (answer) => ({ value: storedValue(target, (answer as { value: unknown }).value), note: null }),
  };
}
