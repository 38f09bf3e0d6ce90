import type { OutputFormat } from '../../../contract/ai/config.ts';
import type { ColumnDef } from '../../../contract/columns.ts';

/** Output formats a template's AI column may use (`select` is the label format by its Extruct alias). */
export type AiOutput = 'text' | 'url' | 'number' | 'email' | 'select' | 'multiselect' | 'date' | 'grade';

const FORMAT: Record<AiOutput, OutputFormat> = {
  text: 'text',
  url: 'url',
  number: 'number',
  email: 'email',
  select: 'label',
  multiselect: 'multiselect',
  date: 'date',
  grade: 'grade',
};

/**
 * An AI column of a template: a prompt over other columns ({column} references) and an output format,
 * with the allowed labels for select and multiselect answers. It is created as a real AI column, so a
 * table made from the template runs it with **Run AI**.
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
    dataType: 'ai',
    config: { prompt, outputFormat: FORMAT[output], ...(options && { labels: options }) },
  };
}
