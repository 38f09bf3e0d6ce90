import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const readingList: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000008',
  name: 'Personal reading list',
  description: 'Books to read and read; an AI column writes a one-line summary of each.',
  category: 'personal',
  columns: [
    { name: 'title', displayName: 'Title', dataType: 'text', required: true },
    { name: 'author', displayName: 'Author', dataType: 'text' },
    {
      name: 'status',
      displayName: 'Status',
      dataType: 'select',
      config: { options: ['to read', 'reading', 'read'] },
      defaultValue: 'to read',
    },
    { name: 'rating', displayName: 'Rating', dataType: 'number' },
    { name: 'finished', displayName: 'Finished', dataType: 'date' },
    aiColumn(
      'summary',
      'In one line',
      'text',
      'Summarise the book {title} by {author} in one line, without spoilers.',
    ),
  ],
  sampleRows: [
    {
      title: 'The Left Hand of Darkness',
      author: 'Ursula K. Le Guin',
      status: 'read',
      rating: 5,
      finished: '2026-02-11',
    },
    { title: 'Thinking, Fast and Slow', author: 'Daniel Kahneman', status: 'reading' },
    { title: 'The Pragmatic Programmer', author: 'Andrew Hunt, David Thomas', status: 'to read' },
  ],
};
