import type { ColumnDef } from '../../../contract/columns.ts';
import type { ColumnConfigOf } from '../../../contract/data-types/index.ts';
import type { TableKind } from '../../../contract/tables.ts';
import { serverColumnTypes } from '../../column-types/index.ts';
import type { TableHook } from '../store/table-hooks.ts';

/** The column a company table identifies its companies by (a website domain, a URL or a name). */
export const COMPANY_INPUT = 'input';

/** What the company-profile agent answers: the fields company_name and company_website are read from. */
export const companyProfileSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: "The company's usual name" },
    website: { type: 'string', description: "The company's website address, https://..." },
    description: { type: 'string', description: 'What the company does, in two or three sentences' },
    industry: { type: ['string', 'null'] },
    headquarters: { type: ['string', 'null'], description: 'City and country' },
    employees: { type: ['string', 'null'], description: 'Approximate head count, e.g. "50-200"' },
  },
  required: ['name', 'website', 'description', 'industry', 'headquarters', 'employees'],
  additionalProperties: false,
};

const profilePrompt = (input: string) =>
  `Identify the company given by {${input}} (a website domain, a URL or a company name) and write its profile: its usual name, its website address, what it does, its industry, headquarters and approximate head count. Leave a field null when you cannot tell.`;

/** The company system kinds. */
export type CompanySystemKind = 'company_name' | 'company_website' | 'company_profile';

/**
 * A company system column's config, as the documents describe them: company_profile reads the input
 * column and answers a profile; company_name and company_website are read from that profile (no model
 * call), so any prompt may name {company_name} and {company_website}. All three run by themselves for
 * new and changed rows.
 */
export function companySystemConfig(kind: CompanySystemKind, input: string): ColumnConfigOf<'ai'> {
  if (kind === 'company_profile')
    return {
      kind,
      prompt: profilePrompt(input),
      outputFormat: 'json',
      outputSchema: companyProfileSchema,
      autoRun: true,
    };
  const outputFormat = kind === 'company_website' ? 'url' : 'text';
  return { kind, prompt: '{company_profile}', outputFormat, autoRun: true };
}

const SYSTEM_COLUMNS: Array<{ name: CompanySystemKind; displayName: string }> = [
  { name: 'company_name', displayName: 'Company name' },
  { name: 'company_website', displayName: 'Company website' },
  { name: 'company_profile', displayName: 'Company profile' },
];

/**
 * The columns a new table of this kind starts with: a company table gets an input column when it has
 * none (the column named `input`, else its first text or url column, is what identifies the company)
 * and the company system columns after it (those the caller defined already are kept as given).
 */
export function withKindColumns(kind: TableKind | undefined, defs: ColumnDef[]): ColumnDef[] {
  if (kind !== 'company') return defs;
  const given =
    defs.find((def) => def.name === COMPANY_INPUT) ??
    defs.find((def) => serverColumnTypes[def.dataType].namesOrganisations);
  const input: ColumnDef = given ?? { name: COMPANY_INPUT, displayName: 'Company', dataType: 'text' };
  const names = new Set(defs.map((def) => def.name));
  const system: ColumnDef[] = SYSTEM_COLUMNS.filter((def) => !names.has(def.name)).map((def) => ({
    ...def,
    dataType: 'ai',
    config: companySystemConfig(def.name, input.name),
  }));
  const rest = defs
    .map((def, index) => ({ def, index }))
    .filter(({ def }) => def !== given)
    .sort((a, b) => (a.def.position ?? a.index) - (b.def.position ?? b.index) || a.index - b.index)
    .map(({ def }) => def);
  return [input, ...system, ...rest].map((def, position) => ({ ...def, position }));
}

/** Company tables start with their system columns: registered on the store at startup (capabilities.ts). */
export const companyTableHook: TableHook = { name: 'company tables', startingColumns: withKindColumns };
