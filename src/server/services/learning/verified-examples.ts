import type { CellAnswerer } from '../engine/cell-answerers.ts';
import { columnExamples } from './choose-examples.ts';
import { withExamples } from './examples-prompt.ts';

/**
 * Learning's answerer, registered with the engine at startup: the column's verified answers most like
 * the row go with its prompt (choose-examples.ts), in runs, estimates and previews alike.
 */
export const verifiedExamples: CellAnswerer = {
  name: 'verified examples',
  additions: async (executor, table, column) => {
    const choose = await columnExamples(executor, table, column);
    return (rowId, data, prompt) => withExamples(prompt, choose(rowId, data), column);
  },
};
