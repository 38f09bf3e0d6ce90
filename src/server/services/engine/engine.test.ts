import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../logger.ts';
import type { CallOutcome } from '../ai/call-model.ts';
import type { Providers } from '../ai/providers.ts';
import { EngineSignals } from '../store/engine-signals.ts';
import type { Store } from '../store/store.ts';
import type { ClaimedCell } from './claim.ts';
import type { Outcome } from './outcome.ts';
import type { PreparedCell } from './prepared-cell.ts';

/**
 * The engine against a fake store and fake calls, on a fake clock: the queue is an array, calls end
 * when the test says (or when aborted, as a real call does), written outcomes are recorded.
 */
const fake = vi.hoisted(() => ({
  queue: [] as ClaimedCell[],
  claims: [] as number[],
  calls: new Map<string, { end: () => void }>(),
  written: [] as Outcome[],
  leaseExtensions: 0,
}));

vi.mock('./claim.ts', () => ({
  claimCells: async (_db: unknown, { limit }: { limit: number }) => {
    fake.claims.push(limit);
    return fake.queue.splice(0, limit);
  },
}));
vi.mock('./prepare.ts', () => ({
  prepareCells: async (_store: unknown, _providers: unknown, cells: ClaimedCell[]) =>
    cells.map(
      (cell): PreparedCell =>
        ({
          cell,
          providerId: 'p',
          modelName: 'm',
          inputHash: 'h',
          research: false,
          answerKey: null,
          job: {
            kind: 'prompt',
            prompt: { prompt: cell.rowId, read: (answer: unknown) => ({ value: answer, note: null }) },
          },
        }) as unknown as PreparedCell,
    ),
}));
vi.mock('./cell-call.ts', () => ({
  callCell: (prepared: PreparedCell, _settings: unknown, signal: AbortSignal) =>
    new Promise((resolve) => {
      const settle = (result: CallOutcome) =>
        resolve({ result, prompt: prepared.cell.rowId, steps: [], sources: [], withoutSearch: false });
      const ok: CallOutcome = {
        ok: true,
        answer: 'yes',
        raw: 'yes',
        tokensIn: 1,
        tokensOut: 1,
        latencyMs: 1,
      };
      fake.calls.set(prepared.cell.rowId, { end: () => settle(ok) });
      signal.addEventListener('abort', () =>
        settle({ ok: false, error: 'The call was cancelled', retryable: false, latencyMs: 1 }),
      );
    }),
}));
vi.mock('./leases.ts', () => ({
  extendLeases: async () => {
    fake.leaseExtensions += 1;
  },
  reapCells: async () => [],
  failUnroutable: async () => [],
}));
vi.mock('./run-budget.ts', () => ({ admitCalls: async () => new Set() }));
vi.mock('./stopped-runs.ts', () => ({ stoppedRuns: async () => new Set() }));
vi.mock('./write-outcomes.ts', () => ({
  writeOutcomes: async (_store: unknown, _table: unknown, _owner: string, outcomes: Outcome[]) => {
    fake.written.push(...outcomes);
  },
}));

const { Engine } = await import('./engine.ts');

const LEASE_MS = 3_000;
const OPTIONS = {
  leaseMs: LEASE_MS,
  callTimeoutMs: 10_000,
  maxAttempts: 3,
  retryBaseMs: 1_000,
  pollMs: 60_000,
  searxngUrl: undefined,
  reapAllAtStart: false,
  answerers: [],
  planCell: async () => {
    throw new Error('no plans here');
  },
};

const cell = (rowId: string, runId: string | null = null): ClaimedCell => ({
  tableId: 't',
  rowId,
  columnId: 'c',
  runId,
  attempts: 1,
});

function makeEngine() {
  const store = {
    db: {},
    tables: { changed: () => {}, get: async (id: string) => ({ id }) },
    signals: new EngineSignals(),
  } as unknown as Store;
  const providers = {
    list: async () => [{ id: 'p', concurrency: 2 }],
    defaults: async () => ({ provider: { id: 'p' } }),
    prices: { table: async () => ({ costUsd: () => null }) },
  } as unknown as Providers;
  const engine = new Engine(store, providers, OPTIONS, { warn: () => {} } as unknown as Logger);
  return { engine, store };
}

/** Queues cells and lets the engine's gathered wake claim them. */
async function queued(engine: InstanceType<typeof Engine>, cells: ClaimedCell[]) {
  fake.queue.push(...cells);
  engine.wake();
  await vi.advanceTimersByTimeAsync(30);
}

const called = () => [...fake.calls.keys()];
const writtenKinds = () => fake.written.map((outcome) => `${outcome.cell.rowId}:${outcome.kind}`).sort();

async function end(...rowIds: string[]) {
  for (const rowId of rowIds) fake.calls.get(rowId)?.end();
  await vi.advanceTimersByTimeAsync(150);
}

beforeEach(() => {
  vi.useFakeTimers();
  fake.queue = [];
  fake.claims = [];
  fake.calls.clear();
  fake.written = [];
  fake.leaseExtensions = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the engine on a fake store', () => {
  it('claims a provider’s free slots and a prefetch, calls as many as its concurrency, and the next as one ends', async () => {
    const { engine } = makeEngine();
    await engine.start();
    await queued(engine, [cell('a'), cell('b'), cell('c'), cell('d')]);
    // Concurrency 2 and half of it prefetched: three claimed, two called, one waiting in memory.
    expect(fake.claims).toEqual([3]);
    expect(called()).toEqual(['a', 'b']);
    expect(engine.inFlight.get('p')).toBe(2);
    await end('a');
    expect(called()).toEqual(['a', 'b', 'c']);
    expect(writtenKinds()).toEqual(['a:done']);
    await end('b', 'c');
    await end('d');
    expect(writtenKinds()).toEqual(['a:done', 'b:done', 'c:done', 'd:done']);
    await engine.stop();
  });

  it('keeps its leases while it holds cells, and stops renewing them once it holds none', async () => {
    const { engine } = makeEngine();
    await engine.start();
    await vi.advanceTimersByTimeAsync(LEASE_MS);
    expect(fake.leaseExtensions).toBe(0);
    await queued(engine, [cell('a'), cell('b'), cell('c')]);
    await vi.advanceTimersByTimeAsync(LEASE_MS);
    expect(fake.leaseExtensions).toBeGreaterThanOrEqual(2);
    await end('a', 'b');
    await end('c');
    const renewed = fake.leaseExtensions;
    await vi.advanceTimersByTimeAsync(LEASE_MS);
    expect(fake.leaseExtensions).toBe(renewed);
    await engine.stop();
  });

  it('on stop, gives back the cells it called and those waiting, as released, and claims no more', async () => {
    const { engine } = makeEngine();
    await engine.start();
    await queued(engine, [cell('a'), cell('b'), cell('c')]);
    const stopping = engine.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopping;
    expect(writtenKinds()).toEqual(['a:released', 'b:released', 'c:released']);
    await queued(engine, [cell('d')]);
    expect(fake.claims).toEqual([3]);
  });

  it('drops a stopped run’s cells: its calls are aborted and their answers not written', async () => {
    const { engine, store } = makeEngine();
    await engine.start();
    await queued(engine, [cell('a', 'run-1'), cell('b', 'run-2'), cell('c', 'run-1')]);
    store.signals.runStopped('run-1');
    await end('b');
    expect(writtenKinds()).toEqual(['b:done']);
    expect(called()).toEqual(['a', 'b']);
    await engine.stop();
  });

  it('does not call a waiting cell a person just wrote', async () => {
    const { engine, store } = makeEngine();
    await engine.start();
    await queued(engine, [cell('a'), cell('b'), cell('c')]);
    store.signals.cellsWritten('c', new Set(['c']));
    await end('a', 'b');
    expect(called()).toEqual(['a', 'b']);
    expect(writtenKinds()).toEqual(['a:done', 'b:done']);
    await engine.stop();
  });
});
