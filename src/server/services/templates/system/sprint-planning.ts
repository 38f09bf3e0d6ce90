import { aiColumn } from '../ai-column.ts';
import type { SystemTemplate } from './system-template.ts';

export const sprintPlanning: SystemTemplate = {
  id: '01960000-0000-7000-8000-000000000007',
  name: 'Sprint planning',
  description:
    'Stories for the next sprint with estimate, owner and status; an AI column drafts acceptance criteria.',
  category: 'pm',
  columns: [
    { name: 'story', displayName: 'Story', dataType: 'text', required: true },
    { name: 'points', displayName: 'Points', dataType: 'number' },
    { name: 'owner', displayName: 'Owner', dataType: 'text' },
    {
      name: 'status',
      displayName: 'Status',
      dataType: 'select',
      config: { options: ['todo', 'in_progress', 'review', 'done'] },
      defaultValue: 'todo',
    },
    {
      name: 'labels',
      displayName: 'Labels',
      dataType: 'multiselect',
      config: { options: ['frontend', 'backend', 'bug', 'chore'] },
    },
    { name: 'due', displayName: 'Due', dataType: 'date' },
    aiColumn(
      'acceptance',
      'Acceptance criteria',
      'text',
      'Write three testable acceptance criteria for: {story}',
    ),
  ],
  sampleRows: [
    {
      story: 'Import a CSV into a table',
      points: 5,
      owner: 'Ana',
      status: 'in_progress',
      labels: ['backend'],
      due: '2026-04-10',
    },
    {
      story: 'Export the grid view as XLSX',
      points: 3,
      owner: 'Sam',
      status: 'todo',
      labels: ['backend', 'frontend'],
      due: '2026-04-12',
    },
    {
      story: 'Fix the date filter off by one day',
      points: 1,
      owner: 'Lee',
      status: 'review',
      labels: ['bug'],
      due: '2026-04-08',
    },
  ],
};
