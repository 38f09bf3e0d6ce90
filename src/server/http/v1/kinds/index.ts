import type { ColumnDef } from '../../../../contract/columns.ts';
import type { V1ColumnConfig, V1ColumnKind } from '../../../../contract/v1/column-configs.ts';
import { agentKind } from './agent.ts';
import { companySystemKind } from './company-system.ts';
import { contactFinderKind, reverseEmailLookupKind } from './contacts.ts';
import { criterionGradeKind } from './criterion-grade.ts';
import { discoveryScoresKind } from './discovery-scores.ts';
import { inputKind } from './input.ts';
import type { V1Kind, V1TableContext } from './kind.ts';
import { peopleFinderKind } from './people-finder.ts';

/** Every column kind of the documents and the module that maps it onto our columns. */
export const v1Kinds: { [K in V1ColumnKind]: V1Kind<K> } = {
  input: inputKind,
  agent: agentKind,
  criterion_grade: criterionGradeKind,
  discovery_scores: discoveryScoresKind,
  company_name: companySystemKind('company_name'),
  company_website: companySystemKind('company_website'),
  company_profile: companySystemKind('company_profile'),
  company_people_finder: peopleFinderKind,
  email_finder: contactFinderKind('email_finder'),
  phone_finder: contactFinderKind('phone_finder'),
  reverse_email_lookup: reverseEmailLookupKind,
};

const kindOf = <K extends V1ColumnKind>(config: V1ColumnConfig & { kind: K }): V1Kind<K> =>
  v1Kinds[config.kind] as V1Kind<K>;

/** Our column definition for a sent config: key as its name, name as its display name. */
export function toColumnDef(config: V1ColumnConfig, table: V1TableContext): ColumnDef {
  return { name: config.key, displayName: config.name, ...kindOf(config).toColumn(config, table) };
}

/** Whether a kind's columns are inputs (typed in) rather than outputs (computed). */
export const isInputKind = (kind: V1ColumnKind): boolean => v1Kinds[kind].role === 'input';
