import { isOwnKind } from '../../../contract/ai/config.ts';
import { templateReferences } from '../../../contract/ai/template.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { ColumnShape } from './dependencies.ts';

/** Whether a column is one of the kinds with behaviour of their own (not an agent or a criterion grade). */
export const hasOwnKind = (column: ColumnShape): boolean => isOwnKind(column.config.kind);

/** What the company, people finder and contact kinds need beyond an agent's rules, at `at(field)`. */
export function kindErrors(column: ColumnShape, at: (field: string) => string): ErrorDetail[] {
  const config = column.config;
  if (config.kind === 'company_people_finder' && !config.roles?.length)
    return [{ path: at('roles'), message: 'A people finder needs the roles to look for' }];
  if (config.kind === 'reverse_email_lookup' && templateReferences(config.prompt ?? '').length !== 1)
    return [{ path: at('prompt'), message: 'A reverse email lookup names its email column, e.g. {email}' }];
  return [];
}
