import type { ColumnDef } from '../../../contract/columns.ts';
import type { DataType } from '../../../contract/data-types/index.ts';

/** Output formats of an AI column (the Extruct list, as in docs/DESIGN). */
export type AiOutput = 'text' | 'url' | 'number' | 'email' | 'select' | 'multiselect' | 'date' | 'grade';

const STORED_AS: Record<AiOutput, DataType> = {
  text: 'text',
  url: 'url',
  number: 'number',
  email: 'email',
  select: 'select',
  multiselect: 'multiselect',
  date: 'date',
  grade: 'number',
};

/**
 * An AI column of a template: a prompt over other columns ({column} references) and an output
 * format. AI columns are being built beside templates; until they have their own data type, such a
 * column is created as a column of its output's type carrying its definition in `config.ai`, so the
 * table works today and the AI engine finds the prompt there. When the type lands, this function is
 * the one place to change.
 */
export function aiColumn(
  name: string,
  displayName: string,
  output: AiOutput,
  prompt: string,
  options?: string[],
): ColumnDef {
  return {
    name,
    displayName,
    dataType: STORED_AS[output],
    config: { ...(options && { options }), ai: { prompt, outputFormat: output } },
  };
}
