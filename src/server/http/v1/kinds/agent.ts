import { templateReferences } from '../../../../contract/ai/template.ts';
import type { ColumnConfigOf } from '../../../../contract/data-types/index.ts';
import { ourFormat, PEOPLE_SCHEMA } from './agent-format.ts';
import { keepingSent, type V1Kind, type V1TableContext } from './kind.ts';

/**
 * The prompt our engine runs. Extruct's agents see the row even when the prompt names no column, and
 * `extra_dependencies` are columns an agent reads beyond those its prompt names: both become lines
 * naming those columns after the prompt, so the engine passes their values and orders the runs.
 */
export function enginePrompt(prompt: string, name: string, extra: string[], table: V1TableContext): string {
  const task = prompt.trim() || name;
  const context = [...extra, ...(templateReferences(task).length > 0 ? [] : table.inputKeys)];
  const unique = [...new Set(context)];
  return unique.length === 0 ? task : `${task}\n\n${unique.map((key) => `${key}: {${key}}`).join('\n')}`;
}

/** An agent column: our AI column, its agent type, format, labels and schema carried over. */
export const agentKind: V1Kind<'agent'> = {
  role: 'output',
  toColumn: (sent, table) => {
    const value = sent.value;
    const format = value.output_format ?? 'text';
    const schema =
      value.output_schema && typeof value.output_schema === 'object'
        ? (value.output_schema as Record<string, unknown>)
        : format === 'people'
          ? PEOPLE_SCHEMA
          : undefined;
    const config: ColumnConfigOf<'ai'> = {
      kind: 'agent',
      agentType: value.agent_type ?? 'research_pro',
      prompt: enginePrompt(value.prompt ?? '', sent.name, value.extra_dependencies ?? [], table),
      outputFormat: ourFormat(format),
      ...(value.labels && { labels: value.labels }),
      ...(schema && { outputSchema: schema }),
    };
    return { dataType: 'ai', config: keepingSent(config, sent) };
  },
};
