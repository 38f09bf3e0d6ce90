import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const contentCalendar: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000005',
  name: 'Content calendar',
  description: 'Posts by date and channel; AI columns draft an outline and a headline for each topic.',
  category: 'content',
  columns: [
    { name: 'topic', displayName: 'Topic', dataType: 'text', required: true },
    { name: 'publish_on', displayName: 'Publish on', dataType: 'date' },
    {
      name: 'channel',
      displayName: 'Channel',
      dataType: 'select',
      config: { options: ['blog', 'newsletter', 'linkedin', 'x', 'youtube'] },
    },
    {
      name: 'status',
      displayName: 'Status',
      dataType: 'select',
      config: { options: ['idea', 'drafting', 'review', 'scheduled', 'published'] },
      defaultValue: 'idea',
    },
    { name: 'owner', displayName: 'Owner', dataType: 'text' },
    aiColumn('headline', 'Headline', 'text', 'Write a clear headline for a {channel} post about {topic}.'),
    aiColumn('outline', 'Outline', 'text', 'Outline a {channel} post about {topic} in five bullet points.'),
  ],
  sampleRows: [
    {
      topic: 'Spring product update',
      publish_on: '2026-04-15',
      channel: 'blog',
      status: 'drafting',
      owner: 'Sam',
    },
    {
      topic: 'Customer story: Acme',
      publish_on: '2026-04-22',
      channel: 'newsletter',
      status: 'idea',
      owner: 'Ana',
    },
    {
      topic: 'Five tips for AI tables',
      publish_on: '2026-04-29',
      channel: 'linkedin',
      status: 'idea',
      owner: 'Sam',
    },
  ],
};
