import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const companyResearch: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000001',
  name: 'Company research',
  description: 'A list of companies; AI columns find what each one does, its size and its latest news.',
  category: 'business',
  columns: [
    { name: 'company', displayName: 'Company', dataType: 'text', required: true },
    { name: 'website', displayName: 'Website', dataType: 'url' },
    aiColumn(
      'summary',
      'What they do',
      'text',
      'In two sentences, what does {company} ({website}) do and for whom?',
    ),
    aiColumn('industry', 'Industry', 'select', 'Which industry is {company} in?', [
      'Software',
      'Finance',
      'Healthcare',
      'Retail',
      'Manufacturing',
      'Other',
    ]),
    aiColumn(
      'employees',
      'Employees',
      'number',
      'About how many people work at {company}? Answer with a number.',
    ),
    aiColumn('news', 'Latest news', 'text', 'The most recent notable news about {company}, with its date.'),
  ],
  sampleRows: [
    { company: 'Acme Corp', website: 'https://acme.example' },
    { company: 'Globex', website: 'https://globex.example' },
    { company: 'Initech', website: 'https://initech.example' },
  ],
};
