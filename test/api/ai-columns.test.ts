import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/contract/errors.ts';
import type { Table } from '../../src/contract/tables.ts';
import { aiColumn, aiTable, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call, createTable } from '../support/api.ts';

const add = (tableId: string, column: Record<string, unknown>) =>
  call<ErrorBody>('POST', `/tables/${tableId}/columns`, { displayName: String(column.name), ...column });

describe('AI columns are checked when saved', () => {
  it('refuses a missing prompt, unknown names, a column naming itself, and label formats without labels', async () => {
    const table = await createTable([{ name: 'feedback', dataType: 'text' }]);
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ prompt: '' }, 'config.prompt', /needs a prompt/],
      [{ prompt: 'Rate {feedbak}' }, 'config.prompt', /Unknown column \{feedbak\}/],
      [{ prompt: 'Improve {sentiment}' }, 'config.prompt', /cannot name its own column/],
      [{ prompt: 'Rate {feedback' }, 'config.prompt', /never closed/],
      [{ prompt: 'Rate {feedback}', outputFormat: 'label' }, 'config.labels', /needs labels/],
      [
        { prompt: 'Rate {feedback}', outputFormat: 'json', outputSchema: { type: 'nonsense' } },
        'config.outputSchema',
        /JSON Schema/,
      ],
    ];
    for (const [config, path, message] of cases) {
      const response = await add(table.id, { name: 'sentiment', dataType: 'ai', config });
      expect(response.status, JSON.stringify(config)).toBe(400);
      expect(
        response.body.details?.find((detail) => detail.path === path)?.message,
        JSON.stringify(config),
      ).toMatch(message);
    }
  });

  it('refuses a dependency cycle between AI columns', async () => {
    const table = await createTable([
      { name: 'feedback', dataType: 'text' },
      { name: 'a', dataType: 'ai', config: { prompt: 'Summarise {feedback}' } },
      { name: 'b', dataType: 'ai', config: { prompt: 'Shorten {a}' } },
    ]);
    const response = await call<ErrorBody>('PATCH', `/tables/${table.id}/columns/a`, {
      config: { prompt: 'Expand {b}' },
    });
    expect(response.status).toBe(400);
    expect(response.body.details?.[0]?.message).toBe(
      'AI columns cannot depend on each other in a circle: a → b → a',
    );
  });

  it('renames a column inside the prompts that read it, and refuses to delete a column a prompt reads', async () => {
    const table = await createTable([
      { name: 'feedback', dataType: 'text' },
      { name: 'sentiment', dataType: 'ai', config: { prompt: 'Rate {feedback} ({ feedback })' } },
    ]);
    const rename = await call('PATCH', `/tables/${table.id}/columns/feedback`, { name: 'review' });
    expect(rename.status, JSON.stringify(rename.body)).toBe(200);
    const renamed = await call<Table>('GET', `/tables/${table.id}`);
    expect(renamed.body.columns.find((column) => column.name === 'sentiment')?.config.prompt).toBe(
      'Rate {review} ({review})',
    );
    const refused = await call<ErrorBody>('DELETE', `/tables/${table.id}/columns/review`);
    expect(refused.status).toBe(400);
    expect(refused.body.details?.[0]?.message).toBe(
      'Change the prompts of "sentiment" before deleting "review"',
    );
  });

  it('stores answers typed by the output format, and converts them when the format changes', async () => {
    const model = testModel('typed');
    const { table } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        aiColumn('employees', model, {
          prompt: 'How many people work at {company}?',
          outputFormat: 'number',
        }),
      ],
      [{ company: 'Acme' }],
    );
    await run(table.id);
    await idle(table.id);
    const [row] = await rowsOf(table.id);
    expect(typeof row?.data.employees).toBe('number');
    const changed = await call<{ conversion: { converted: number } }>(
      'PATCH',
      `/tables/${table.id}/columns/employees`,
      {
        config: { outputFormat: 'text' },
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.conversion.converted).toBe(1);
    const [after] = await rowsOf(table.id);
    expect(after?.data.employees).toBe(String(row?.data.employees));
  });
});
