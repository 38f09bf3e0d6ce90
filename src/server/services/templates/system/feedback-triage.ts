import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const feedbackTriage: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000003',
  name: 'Customer feedback triage',
  description: 'Feedback as it arrives; AI columns summarise it, read its sentiment and route it to a team.',
  category: 'business',
  columns: [
    { name: 'customer', displayName: 'Customer', dataType: 'text' },
    { name: 'received', displayName: 'Received', dataType: 'date' },
    { name: 'feedback', displayName: 'Feedback', dataType: 'text', required: true },
    aiColumn('summary', 'Summary', 'text', 'Summarise {feedback} from {customer} in one sentence.'),
    aiColumn(
      'sentiment',
      'Sentiment',
      'select',
      'Is the sentiment of {feedback} positive, neutral or negative?',
      ['positive', 'neutral', 'negative'],
    ),
    aiColumn('team', 'Route to', 'select', 'Which team should handle {feedback}?', [
      'support',
      'product',
      'billing',
      'sales',
    ]),
    {
      name: 'status',
      displayName: 'Status',
      dataType: 'select',
      config: { options: ['open', 'in_progress', 'closed'] },
      defaultValue: 'open',
    },
  ],
  sampleRows: [
    {
      customer: 'Acme Corp',
      received: '2026-04-01',
      feedback: 'Excellent support and fast resolution',
      status: 'closed',
    },
    {
      customer: 'Globex',
      received: '2026-04-02',
      feedback: 'I was charged twice this month',
      status: 'open',
    },
    {
      customer: 'Initech',
      received: '2026-04-03',
      feedback: 'Please add an export to Excel',
      status: 'open',
    },
  ],
};
