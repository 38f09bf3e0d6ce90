import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logDestination } from './log-destination.ts';

/** A stream whose reader went away: every write fails with EPIPE. */
function brokenPipe() {
  let attempts = 0;
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      attempts++;
      callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    },
  });
  return { stream, attempts: () => attempts };
}

describe('logDestination', () => {
  it('drops lines once the reader went away, without throwing or retrying', async () => {
    const pipe = brokenPipe();
    const destination = logDestination(pipe.stream);
    destination.write('first\n');
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 100; i++) destination.write(`line ${i}\n`);
    await destination.drain(100);
    expect(pipe.attempts()).toBe(1);
  });

  it('passes lines through to a working stream and drains', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const destination = logDestination(stream);
    destination.write('a\n');
    destination.write('b\n');
    await destination.drain();
    expect(lines.join('')).toBe('a\nb\n');
  });
});
