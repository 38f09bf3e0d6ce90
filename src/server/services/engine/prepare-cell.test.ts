import { describe, expect, it } from 'vitest';
import type { RowData } from '../../../contract/rows.ts';
import type { Providers } from '../ai/providers.ts';
import { withExamples } from '../learning/examples-prompt.ts';
import type { CellPrompt } from '../prompts/cell-prompt.ts';
import type { Store } from '../store/store.ts';
import type { AiColumnMeta, ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { type CellAnswerer, NO_ADDITIONS } from './cell-answerers.ts';
import type { ClaimedCell } from './claim.ts';
import { type InputState, prepareCell, type TableContext } from './prepare-cell.ts';
import type { PlanCellPreparer, PreparedCell, UnpreparedCell } from './prepared-cell.ts';

const column = (name: string, dataType: ColumnMeta['dataType'], config = {}, displayName = name) =>
  ({ id: `id-${name}`, name, displayName, dataType, config, storageName: name }) as ColumnMeta;

const company = column('company', 'text', {}, 'Company name');
const country = column('country', 'text');
const summary = column('summary', 'ai', { prompt: 'Describe {Company name} in {country}.' });
const industry = column('industry', 'ai', { prompt: 'The industry of {summary}.' });
const table = { id: 't', columns: [company, country, summary, industry] } as TableMeta;

/** Providers that resolve every column to one fake OpenAI-compatible model; nothing is called. */
const providers = {
  resolve: async (config: { model?: string }) => ({
    provider: {
      id: 'fake',
      kind: 'openai-compatible',
      name: 'Fake',
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: null,
      defaultModel: 'fake-model',
      concurrency: 2,
      source: 'environment',
    },
    model: config.model ?? 'fake-model',
  }),
} as unknown as Providers;

const cellOf = (target: ColumnMeta, runId: string | null = null): ClaimedCell => ({
  tableId: 't',
  rowId: 'row-1',
  columnId: target.id,
  runId,
  attempts: 1,
});

function context(overrides: Partial<TableContext> = {}): TableContext {
  return {
    answer: { store: {} as Store, providers, webSearch: false },
    answerers: [],
    planCell: async (_providers, _table, _column, cell) => ({ cell, error: 'no plans here' }),
    table,
    stateOf: () => undefined,
    planOf: () => undefined,
    additionsOf: async () => NO_ADDITIONS,
    ...overrides,
  };
}

const prepared = (result: PreparedCell | UnpreparedCell): PreparedCell => {
  if (!('job' in result)) throw new Error(`not prepared: ${JSON.stringify(result)}`);
  return result;
};

const promptOf = (result: PreparedCell | UnpreparedCell) => {
  const job = prepared(result).job;
  if (job.kind !== 'prompt') throw new Error(`a ${job.kind} job`);
  return job.prompt.prompt;
};

describe('preparing an AI cell from its row', () => {
  it('renders the prompt from the row, a reference by display name taking that column, as quoted data', async () => {
    const data: RowData = { company: 'Acme "Tools"', country: 'France' };
    const result = await prepareCell(context(), cellOf(summary), data);
    expect(promptOf(result)).toContain('Describe "Acme \\"Tools\\"" in "France".');
    expect(prepared(result)).toMatchObject({ providerId: 'fake', modelName: 'fake-model' });
  });

  it('asks the same request the same way: equal rows give equal answer keys, other rows other keys', async () => {
    const first = prepared(await prepareCell(context(), cellOf(summary), { company: 'Acme', country: 'FR' }));
    const again = prepared(await prepareCell(context(), cellOf(summary), { company: 'Acme', country: 'FR' }));
    const other = prepared(await prepareCell(context(), cellOf(summary), { company: 'Acme', country: 'DE' }));
    expect(again.answerKey).toBe(first.answerKey);
    expect(again.inputHash).toBe(first.inputHash);
    expect(other.answerKey).not.toBe(first.answerKey);
  });

  it('waits, without a call, when every column the prompt names is empty', async () => {
    const result = await prepareCell(context(), cellOf(summary), { company: '', country: null });
    expect(result).toEqual({ cell: cellOf(summary), waiting: true });
  });

  it('is called when only some inputs are empty, the empty ones said to be', async () => {
    const result = await prepareCell(context(), cellOf(summary), { company: 'Acme', country: null });
    expect(promptOf(result)).toContain('Describe "Acme" in (empty).');
  });

  it('fails, naming the input, when an AI column it reads failed', async () => {
    const failed: InputState = { status: 'failed', error: 'Rate limited' };
    const stateOf = (_rowId: string, columnId: string) => (columnId === summary.id ? failed : undefined);
    const result = await prepareCell(context({ stateOf }), cellOf(industry), { summary: null });
    expect(result).toEqual({ cell: cellOf(industry), error: 'Its input {summary} failed: Rate limited' });
  });

  it('fails when an AI input it reads has no answer yet, but reads an answered one', async () => {
    const queued: InputState = { status: 'requested', error: null };
    const stateOf = () => queued;
    const data = { company: 'Acme', summary: null };
    // Every input empty: the cell waits rather than failing.
    expect(await prepareCell(context({ stateOf }), cellOf(industry), data)).toMatchObject({ waiting: true });
    const partly = {
      ...table,
      columns: [...table.columns.slice(0, 3), column('industry', 'ai', { prompt: '{summary} {company}' })],
    };
    const withCompany = context({ table: partly as TableMeta, stateOf });
    expect(await prepareCell(withCompany, cellOf(industry), data)).toEqual({
      cell: cellOf(industry),
      error: 'Its input {summary} has no answer yet: run that column first',
    });
    const done = context({ stateOf: () => ({ status: 'done', error: null }) });
    expect(promptOf(await prepareCell(done, cellOf(industry), { summary: 'Makes tools' }))).toContain(
      'The industry of "Makes tools".',
    );
  });

  it('fails the cell when its row or its AI column is gone', async () => {
    expect(await prepareCell(context(), cellOf(summary), undefined)).toEqual({
      cell: cellOf(summary),
      error: 'The row was deleted',
    });
    expect(await prepareCell(context(), cellOf(company), { company: 'Acme' })).toEqual({
      cell: cellOf(company),
      error: 'The column is no longer an AI column',
    });
  });

  it('says why when no provider can take the column', async () => {
    const none = {
      resolve: async () => ({ error: 'No AI provider is configured.' }),
    } as unknown as Providers;
    const answer = { store: {} as Store, providers: none, webSearch: false };
    expect(await prepareCell(context({ answer }), cellOf(summary), { company: 'Acme' })).toEqual({
      cell: cellOf(summary),
      error: 'No AI provider is configured.',
    });
  });

  it('puts the verified examples chosen for the row before the row’s own task', async () => {
    const examples = [
      { rowId: 'row-9', inputs: { company: 'Globex' }, answer: 'A maker of globes', similarity: 1 },
    ];
    // As learning's answerer adds them (learning/verified-examples.ts), with the examples chosen here.
    const additionsOf =
      async (column: AiColumnMeta) => (_rowId: string, _data: RowData, prompt: CellPrompt) =>
        withExamples(prompt, examples, column);
    const result = prepared(
      await prepareCell(context({ additionsOf }), cellOf(summary), { company: 'Acme' }),
    );
    const prompt = promptOf(result);
    expect(prompt.indexOf('"Globex"')).toBeGreaterThan(-1);
    expect(prompt.indexOf('"Globex"')).toBeLessThan(prompt.indexOf('Describe "Acme"'));
    expect(result.job.kind === 'prompt' && result.job.prompt.examples).toHaveLength(1);
  });

  it('hands a cell to the first answerer that answers its column, and asks its prompt when none does', async () => {
    const seen: string[] = [];
    const answerers: CellAnswerer[] = [
      { name: 'adds only', additions: async () => NO_ADDITIONS },
      {
        name: 'summaries',
        prepare: async (_context, _table, target, cell) => {
          seen.push(target.name);
          return target.name === 'summary' ? { cell, error: 'answered by summaries' } : undefined;
        },
      },
    ];
    expect(await prepareCell(context({ answerers }), cellOf(summary), { company: 'Acme' })).toEqual({
      cell: cellOf(summary),
      error: 'answered by summaries',
    });
    const asked = await prepareCell(context({ answerers }), cellOf(industry), {
      summary: 'A maker of anvils',
    });
    expect(promptOf(asked)).toContain('"A maker of anvils"');
    expect(seen).toEqual(['summary', 'industry']);
  });

  it('hands a cell of a run with a plan to the plan preparer, with the run’s plan and the row', async () => {
    const seen: unknown[] = [];
    const planCell: PlanCellPreparer = async (_providers, _table, target, cell, plan, data) => {
      seen.push({ target: target.name, plan, data });
      return { cell, error: 'seen' };
    };
    const planOf = (runId: string | null) => (runId === 'run-1' ? { steps: ['one'] } : undefined);
    const result = await prepareCell(context({ planCell, planOf }), cellOf(country, 'run-1'), {
      company: 'Acme',
    });
    expect(result).toEqual({ cell: cellOf(country, 'run-1'), error: 'seen' });
    expect(seen).toEqual([{ target: 'country', plan: { steps: ['one'] }, data: { company: 'Acme' } }]);
  });
});
