import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const documentExtraction: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000004',
  name: 'Document extraction',
  description:
    'Paste or link documents (invoices, contracts); AI columns pull out the parties, dates and amounts.',
  category: 'business',
  columns: [
    { name: 'document', displayName: 'Document', dataType: 'text', required: true },
    { name: 'source', displayName: 'Source', dataType: 'url' },
    aiColumn('kind', 'Kind', 'select', 'What kind of document is {document}?', [
      'invoice',
      'contract',
      'receipt',
      'letter',
      'other',
    ]),
    aiColumn('parties', 'Parties', 'text', 'Who are the parties named in {document}?'),
    aiColumn('date', 'Date', 'date', 'What is the date of {document}?'),
    aiColumn('amount', 'Amount', 'number', 'What total amount does {document} state? Answer with a number.'),
  ],
  sampleRows: [
    {
      document:
        'Invoice 2026-0412 from Acme Corp to Globex: 12 licences, total 4,800.00 EUR, dated 12 April 2026.',
    },
    { document: 'Service agreement between Initech and Hooli, effective 1 May 2026, for 24 months.' },
  ],
};
