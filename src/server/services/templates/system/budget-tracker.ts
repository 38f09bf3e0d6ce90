import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const budgetTracker: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000006',
  name: 'Budget tracker',
  description: 'Planned and actual spending by category; an AI column explains the largest differences.',
  category: 'finance',
  columns: [
    { name: 'item', displayName: 'Item', dataType: 'text', required: true },
    {
      name: 'category',
      displayName: 'Category',
      dataType: 'select',
      config: { options: ['people', 'software', 'marketing', 'travel', 'office', 'other'] },
    },
    { name: 'month', displayName: 'Month', dataType: 'date' },
    { name: 'planned', displayName: 'Planned', dataType: 'number' },
    { name: 'actual', displayName: 'Actual', dataType: 'number' },
    { name: 'paid', displayName: 'Paid', dataType: 'boolean' },
    aiColumn(
      'variance_note',
      'Variance note',
      'text',
      'Planned {planned}, actual {actual} for {item}: explain the difference in one line, if any.',
    ),
  ],
  sampleRows: [
    {
      item: 'Design tools',
      category: 'software',
      month: '2026-04-01',
      planned: 600,
      actual: 640,
      paid: true,
    },
    {
      item: 'Conference booth',
      category: 'marketing',
      month: '2026-04-01',
      planned: 5000,
      actual: 4200,
      paid: false,
    },
    {
      item: 'Team offsite',
      category: 'travel',
      month: '2026-05-01',
      planned: 3000,
      actual: null,
      paid: false,
    },
  ],
};
