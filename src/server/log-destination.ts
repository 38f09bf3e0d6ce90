import type { Writable } from 'node:stream';

/** Past this many bytes waiting for a slow reader, new log lines are dropped rather than held in memory. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/**
 * Where log lines go: stdout, written asynchronously and never retried. When the reader of stdout goes
 * away (a supervisor restarting, `npm start | tee log` interrupted) writes fail with EPIPE: from then on
 * lines are dropped. pino's default destination retries such a write forever in a synchronous flush at
 * exit, which left the server unable to stop; this one can always stop.
 */
export function logDestination(stream: Writable = process.stdout) {
  let broken = false;
  stream.on('error', () => {
    broken = true;
  });
  return {
    write(line: string): void {
      if (broken || stream.writableLength > MAX_BUFFERED_BYTES) return;
      stream.write(line);
    },
    /** Resolves once what was written has left, or after `ms` when it cannot. */
    drain(ms = 500): Promise<void> {
      if (broken || stream.writableLength === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        stream.write('', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

export type LogDestination = ReturnType<typeof logDestination>;
