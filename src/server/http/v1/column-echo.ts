import { templateReferences } from '../../../contract/ai/template.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { Column } from '../../../contract/columns.ts';
import type { AnyColumnConfig } from '../../../contract/data-types/index.ts';
import type { V1ColumnConfig, V1ColumnKind } from '../../../contract/v1/column-configs.ts';
import { isInputKind, v1Kinds } from './kinds/index.ts';
import { type KeptConfig, V1_CONFIG_KEY } from './kinds/kind.ts';

/**
 * The config a /v1 client sent for the column, under the column's name and key now, while the fields
 * it was mapped to are as they were: once a person changes the prompt, format or agent in the app, the
 * column is described as it is instead (fields the server adds later, a people table's id, do not count).
 */
function sentConfig(column: Column): V1ColumnConfig | undefined {
  // Kept beside the settings of whatever type the column has now (kinds/kind.ts): any column's config.
  const config: AnyColumnConfig = column.config;
  const kept = config[V1_CONFIG_KEY] as KeptConfig | undefined;
  const sent = kept?.sent as V1ColumnConfig | undefined;
  if (!kept?.mapped || !sent || typeof sent !== 'object' || !(sent.kind in v1Kinds)) return undefined;
  const same = Object.entries(kept.mapped).every(
    ([field, value]) => JSON.stringify(config[field]) === JSON.stringify(value),
  );
  return same ? { ...sent, name: column.displayName, key: column.name } : undefined;
}

/**
 * A column's Extruct config: as it was sent for a column made through /v1; for one made otherwise (in
 * the app, through /api, or a company table's system columns) the kind it is, an AI column of no
 * kind of its own an agent, any other an input.
 */
export function echoConfig(column: Column): V1ColumnConfig {
  const sent = sentConfig(column);
  if (sent) return sent;
  const named = { name: column.displayName, key: column.name };
  if (!isAiColumn(column)) return { kind: 'input', ...named };
  const config = column.config;
  switch (config.kind) {
    case 'criterion_grade':
      return { kind: 'criterion_grade', ...named, value: { criterion: config.criterion ?? '' } };
    case 'company_name':
    case 'company_website':
    case 'company_profile':
    case 'email_finder':
    case 'phone_finder':
      return { kind: config.kind, ...named };
    case 'company_people_finder':
      return {
        kind: 'company_people_finder',
        ...named,
        value: { roles: config.roles ?? [], ...(config.maxResults && { max_results: config.maxResults }) },
      };
    case 'reverse_email_lookup': {
      const email = templateReferences(config.prompt ?? '')[0] ?? '';
      return { kind: 'reverse_email_lookup', ...named, email_column_key: email };
    }
  }
  return {
    kind: 'agent',
    ...named,
    value: {
      agent_type: config.agentType ?? 'llm',
      prompt: config.prompt ?? '',
      output_format: config.outputFormat ?? 'text',
      ...(config.labels && { labels: config.labels }),
      ...(config.outputSchema && { output_schema: config.outputSchema }),
    },
  };
}

/** The column's Extruct kind. */
export const kindOfColumn = (column: Column): V1ColumnKind => echoConfig(column).kind;

/** Whether the column is an input (typed in) rather than an output (computed), as the status counts. */
export const isInputColumn = (column: Column): boolean => isInputKind(kindOfColumn(column));
