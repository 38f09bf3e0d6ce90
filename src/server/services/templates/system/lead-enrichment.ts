import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const leadEnrichment: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000002',
  name: 'Lead enrichment',
  description:
    'Leads with name and company; AI columns add their role, a fit score and a first line for outreach.',
  category: 'business',
  columns: [
    { name: 'name', displayName: 'Name', dataType: 'text', required: true },
    { name: 'email', displayName: 'Email', dataType: 'email' },
    { name: 'company', displayName: 'Company', dataType: 'text' },
    {
      name: 'stage',
      displayName: 'Stage',
      dataType: 'select',
      config: { options: ['new', 'contacted', 'qualified', 'lost'] },
      defaultValue: 'new',
    },
    aiColumn('role', 'Role', 'text', 'What is the job title of {name} at {company}?'),
    aiColumn(
      'fit',
      'Fit (1-5)',
      'grade',
      'How well does {company} fit a B2B software product for data teams? Grade 1-5.',
    ),
    aiColumn(
      'opener',
      'Opening line',
      'text',
      'Write one friendly, specific opening line for an email to {name} at {company}.',
    ),
  ],
  sampleRows: [
    { name: 'Ada Lovelace', email: 'ada@analytical.example', company: 'Analytical Engines', stage: 'new' },
    { name: 'Grace Hopper', email: 'grace@cobol.example', company: 'Cobol Systems', stage: 'contacted' },
  ],
};
