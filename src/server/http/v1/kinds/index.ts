import type { ColumnDef } from '../../../../contract/columns.ts';
import type { V1ColumnConfig, V1ColumnKind } from '../../../../contract/v1/column-configs.ts';
import { agentKind } from './agent.ts';
import { awaitingProvider } from './awaiting-provider.ts';
import { criterionGradeKind } from './criterion-grade.ts';
import { discoveryScoresKind } from './discovery-scores.ts';
import { inputKind } from './input.ts';
import type { V1Kind, V1TableContext } from './kind.ts';

/** Every column kind of the documents and the module that maps it; replace an entry to take a kind over. */
export const v1Kinds: { [K in V1ColumnKind]: V1Kind<K> } = {
  input: inputKind,
  agent: agentKind,
  criterion_grade: criterionGradeKind,
  discovery_scores: discoveryScoresKind,
  company_name: awaitingProvider('company_name'),
  company_website: awaitingProvider('company_website'),
  company_profile: awaitingProvider('company_profile'),
  company_people_finder: awaitingProvider('company_people_finder'),
  email_finder: awaitingProvider('email_finder'),
  phone_finder: awaitingProvider('phone_finder'),
  reverse_email_lookup: awaitingProvider('reverse_email_lookup'),
};

const kindOf = <K extends V1ColumnKind>(config: V1ColumnConfig & { kind: K }): V1Kind<K> =>
  v1Kinds[config.kind] as V1Kind<K>;

/** Our column definition for a sent config: key as its name, name as its display name. */
export function toColumnDef(config: V1ColumnConfig, table: V1TableContext): ColumnDef {
  return { name: config.key, displayName: config.name, ...kindOf(config).toColumn(config, table) };
}

/** Whether a kind's columns are inputs (typed in) rather than outputs (computed). */
export const isInputKind = (kind: V1ColumnKind): boolean => v1Kinds[kind].role === 'input';
