import { describe, expect, it } from 'vitest';
import type { PreparedCell } from './prepared-cell.ts';
import { type Flight, Scheduler } from './scheduler.ts';

const cell = (id: string, providerId = 'p', runId: string | null = null): PreparedCell =>
  ({
    cell: { tableId: 't', rowId: id, columnId: 'c', runId, attempts: 1 },
    providerId,
    answerKey: null,
  }) as PreparedCell;

/** A scheduler whose calls end when the test says so; cells named in `answered` need no call. */
function harness(answered: string[] = []) {
  const started: string[] = [];
  const flights = new Map<string, Flight>();
  const finish = new Map<string, () => void>();
  const scheduler = new Scheduler((prepared, flight) => {
    const id = prepared.cell.rowId;
    if (answered.includes(id)) return undefined;
    started.push(id);
    flights.set(id, flight);
    return new Promise<void>((resolve) => finish.set(id, resolve));
  });
  /** Ends a call and lets the scheduler hand its slot on. */
  const end = async (id: string) => {
    finish.get(id)?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { scheduler, started, flights, end };
}

describe('the engine scheduler', () => {
  it('calls no more cells of a provider at once than its concurrency, the rest in the order they came', async () => {
    const { scheduler, started, end } = harness();
    for (const id of ['a', 'b', 'c', 'd', 'e']) scheduler.submit(cell(id), 2);
    expect(started).toEqual(['a', 'b']);
    expect(scheduler.inFlight.get('p')).toBe(2);
    await end('b');
    expect(started).toEqual(['a', 'b', 'c']);
    await end('a');
    await end('c');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    await end('d');
    await end('e');
    expect(scheduler.inFlight.get('p')).toBe(0);
    expect(scheduler.busy).toBe(false);
  });

  it('counts each provider on its own: a busy one does not hold back another', () => {
    const { scheduler, started } = harness();
    scheduler.submit(cell('a', 'slow'), 1);
    scheduler.submit(cell('b', 'slow'), 1);
    scheduler.submit(cell('c', 'fast'), 1);
    expect(started).toEqual(['a', 'c']);
  });

  it('puts a cell that waited for another cell’s answer first in line', async () => {
    const { scheduler, started, end } = harness();
    for (const id of ['a', 'b', 'c']) scheduler.submit(cell(id), 1);
    scheduler.submitFirst(cell('follower'));
    await end('a');
    expect(started).toEqual(['a', 'follower']);
  });

  it('takes no slot for a cell answered without a call', async () => {
    const { scheduler, started } = harness(['cached']);
    scheduler.submit(cell('cached'), 1);
    scheduler.submit(cell('b'), 1);
    expect(started).toEqual(['b']);
    expect(scheduler.inFlight.get('p')).toBe(1);
  });

  it('claims free slots plus a prefetch, in batches, and nothing while enough cells wait', () => {
    const { scheduler } = harness();
    expect(scheduler.claimSize('p', 8)).toBe(12);
    expect(scheduler.claimSize('p', 200)).toBe(50);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) scheduler.submit(cell(id), 8);
    // 8 called, 2 waiting: 2 more fill the prefetch of 4.
    expect(scheduler.claimSize('p', 8)).toBe(2);
    scheduler.submit(cell('k'), 8);
    // 3 waiting: 1 more is fewer than half the prefetch, not worth a claim yet.
    expect(scheduler.claimSize('p', 8)).toBe(0);
    expect(scheduler.claimSize('other', 8)).toBe(12);
  });

  describe('sharing slots with other work (extraction chunks)', () => {
    it('lends free slots, which count against the provider’s concurrency', () => {
      const { scheduler, started } = harness();
      expect(scheduler.lend('p', 2)).toBe(true);
      scheduler.submit(cell('a'), 2);
      scheduler.submit(cell('b'), 2);
      expect(started).toEqual(['a']);
      expect(scheduler.lend('p', 2)).toBe(false);
    });

    it('keeps half the slots for AI cells while some wait', () => {
      const { scheduler } = harness();
      scheduler.submit(cell('a'), 4);
      scheduler.submit(cell('b'), 4);
      expect(scheduler.lend('p', 4)).toBe(true);
      expect(scheduler.lend('p', 4)).toBe(true);
      scheduler.submit(cell('c'), 4);
      expect(scheduler.lend('p', 4)).toBe(false);
    });

    it('calls waiting cells with a slot given back', () => {
      const { scheduler, started } = harness();
      scheduler.lend('p', 1);
      scheduler.submit(cell('a'), 1);
      expect(started).toEqual([]);
      scheduler.giveBack('p');
      scheduler.launchWaiting('p', 1);
      expect(started).toEqual(['a']);
      expect(scheduler.inFlight.get('p')).toBe(1);
    });
  });

  describe('the cells it holds under lease', () => {
    it('are those called and those waiting for a slot, until their calls end', async () => {
      const { scheduler, end } = harness();
      scheduler.submit(cell('a'), 1);
      scheduler.submit(cell('b'), 1);
      expect(scheduler.heldCells().map((held) => held.rowId)).toEqual(['a', 'b']);
      await end('a');
      await end('b');
      expect(scheduler.heldCells()).toEqual([]);
    });

    it('lets go of a stopped run’s cells: waiting ones dropped, calls aborted as cancelled', () => {
      const { scheduler, started, flights } = harness();
      scheduler.submit(cell('a', 'p', 'run-1'), 1);
      scheduler.submit(cell('b', 'p', 'run-1'), 1);
      scheduler.submit(cell('c', 'p', 'run-2'), 1);
      scheduler.abandon(new Set(['run-1']));
      expect(flights.get('a')?.controller.signal.aborted).toBe(true);
      expect(flights.get('a')?.reason).toBe('cancelled');
      expect(scheduler.heldCells().map((held) => held.rowId)).toEqual(['a', 'c']);
      expect(started).toEqual(['a']);
    });

    it('drops waiting cells a person wrote, leaving calls under way', () => {
      const { scheduler, flights } = harness();
      scheduler.submit(cell('a'), 1);
      scheduler.submit(cell('b'), 1);
      scheduler.forget((held) => held.rowId === 'a' || held.rowId === 'b');
      expect(flights.get('a')?.controller.signal.aborted).toBe(false);
      expect(scheduler.heldCells().map((held) => held.rowId)).toEqual(['a']);
    });

    it('on stop, aborts every call and returns the waiting cells, calling none of them', async () => {
      const { scheduler, started, flights, end } = harness();
      for (const id of ['a', 'b', 'c']) scheduler.submit(cell(id), 1);
      expect(scheduler.stop().map((waiting) => waiting.cell.rowId)).toEqual(['b', 'c']);
      expect(flights.get('a')?.reason).toBe('stopping');
      await end('a');
      expect(started).toEqual(['a']);
      expect(scheduler.busy).toBe(false);
    });
  });
});
