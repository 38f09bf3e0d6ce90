import type { ColumnDef } from '../../../contract/columns.ts';
import type { TableKind } from '../../../contract/tables.ts';

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

/**
 * The system columns of a company table, as the documents describe them: company_profile reads the
 * input column and answers a profile; company_name and company_website are read from that profile (no
 * model call), so any prompt may name {company_name} and {company_website}. All three run by themselves
 * for new and changed rows. A system column the caller defined already is kept as given.
 */
function companySystemColumns(input: string): ColumnDef[] {
  return [
    {
      name: 'company_name',
      displayName: 'Company name',
      dataType: 'ai',
      config: { kind: 'company_name', prompt: '{company_profile}', outputFormat: 'text', autoRun: true },
    },
    {
      name: 'company_website',
      displayName: 'Company website',
      dataType: 'ai',
      config: { kind: 'company_website', prompt: '{company_profile}', outputFormat: 'url', autoRun: true },
    },
    {
      name: 'company_profile',
      displayName: 'Company profile',
      dataType: 'ai',
      config: {
        kind: 'company_profile',
        prompt: profilePrompt(input),
        outputFormat: 'json',
        outputSchema: companyProfileSchema,
        autoRun: true,
      },
    },
  ];
}

/**
 * The columns a new table of this kind starts with: a company table gets an input column when it has
 * none (the column named `input`, else its first text or url column, is what identifies the company)
 * and the company system columns after it.
 */
export function withKindColumns(kind: TableKind | undefined, defs: ColumnDef[]): ColumnDef[] {
  if (kind !== 'company') return defs;
  const given =
    defs.find((def) => def.name === COMPANY_INPUT) ??
    defs.find((def) => def.dataType === 'text' || def.dataType === 'url');
  const input: ColumnDef = given ?? { name: COMPANY_INPUT, displayName: 'Company', dataType: 'text' };
  const names = new Set(defs.map((def) => def.name));
  const system = companySystemColumns(input.name).filter((def) => !names.has(def.name));
  const rest = defs
    .map((def, index) => ({ def, index }))
    .filter(({ def }) => def !== given)
    .sort((a, b) => (a.def.position ?? a.index) - (b.def.position ?? b.index) || a.index - b.index)
    .map(({ def }) => def);
  return [input, ...system, ...rest].map((def, position) => ({ ...def, position }));
}
