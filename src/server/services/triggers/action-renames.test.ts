import { describe, expect, it } from 'vitest';
import { renameActionConfig } from './action-renames.ts';

const renames = new Map([
  ['summary', 'abstract'],
  ['name', 'full_name'],
]);

describe('trigger actions after a rename', () => {
  it('run_workflow runs the renamed AI columns', () => {
    expect(
      renameActionConfig('run_workflow', { columns: ['summary', 'other'] }, { source: renames }),
    ).toEqual({
      columns: ['abstract', 'other'],
    });
  });

  it('create_task follows its own table in placeholders and the written table in keys, leaving other values', () => {
    const config = { tableId: 't', values: { name: 'Hi {name}, {unknown}', done: false, note: '{summary}' } };
    expect(renameActionConfig('create_task', config, { source: renames })).toEqual({
      tableId: 't',
      values: { name: 'Hi {full_name}, {unknown}', done: false, note: '{abstract}' },
    });
    expect(renameActionConfig('create_task', config, { target: renames })).toEqual({
      tableId: 't',
      values: { full_name: 'Hi {name}, {unknown}', done: false, note: '{summary}' },
    });
  });

  it('create_task placeholders written with a display name follow its rename', () => {
    const config = { values: { title: 'Welcome {Full name} ({name})' } };
    const labels = new Map([['Full name', 'Name']]);
    expect(renameActionConfig('create_task', config, { source: renames, labels })).toEqual({
      values: { title: 'Welcome {Name} ({full_name})' },
    });
  });

  it('a webhook names no columns', () => {
    const config = { url: 'https://example.com/{name}' };
    expect(renameActionConfig('webhook', config, { source: renames, target: renames })).toBe(config);
  });
});
