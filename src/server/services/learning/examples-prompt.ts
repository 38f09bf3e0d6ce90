import type { ExampleSent } from '../../../contract/verified.ts';
import { type CellPrompt, dataText } from '../prompts/cell-prompt.ts';
import type { AiColumnMeta } from '../store/table-meta.ts';

/**
 * Verified examples as a block of the prompt: each row's inputs quoted as data (like the row itself)
 * and the answer people gave, as the JSON the model is asked for.
 */
function examplesBlock(examples: ExampleSent[], column: AiColumnMeta): string {
  const key = column.config.kind === 'criterion_grade' ? 'grade' : 'value';
  const shown = examples.map((example, index) => {
    const inputs = Object.entries(example.inputs).map(
      ([name, text]) => `- ${name}: ${dataText(text) ?? '(empty)'}`,
    );
    return `Example ${index + 1}:\n${inputs.join('\n')}\nAnswer: ${JSON.stringify({ [key]: example.answer })}`;
  });
  return [
    'People verified these answers for rows like this one. Answer the same way where the same reasoning applies.',
    ...shown,
  ].join('\n\n');
}

/**
 * A cell's prompt with its verified examples before the task (the row's own task comes last, where
 * models weigh it most), and the examples kept for the cell's record.
 */
export function withExamples(prompt: CellPrompt, examples: ExampleSent[], column: AiColumnMeta): CellPrompt {
  if (examples.length === 0) return prompt;
  return {
    ...prompt,
    prompt: `${examplesBlock(examples, column)}\n\nNow this row:\n\n${prompt.prompt}`,
    examples,
  };
}
