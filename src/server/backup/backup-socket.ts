import { chmodSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * How `npm run backup` asks a running server for a consistent copy of its embedded store: a Unix
 * socket beside the data directory (`data.backup.sock`; inside it, the store's own copy would trip
 * over it), usable by its owner only. Whoever can open it can read the store's files anyway, so it
 * needs no token, and it is never reachable over the network.
 */
const socketPath = (dataDir: string) => `${resolve(dataDir)}.backup.sock`;

/** The answer's first line: whether a dump follows, and its size. */
type Head = { ok: true; bytes: number } | { ok: false; error: string };

/** Serves dumps on DATA_DIR/backup.sock until closed. */
export async function serveBackups(
  dataDir: string,
  dump: () => Promise<Uint8Array>,
): Promise<{ close(): Promise<void> }> {
  const path = socketPath(dataDir);
  // A socket left by a server that was killed: the store is this process's (PGlite allows one), so is it.
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    let request = '';
    socket.on('data', (chunk: Buffer) => {
      request += chunk.toString('utf8');
      if (!request.includes('\n')) return;
      socket.removeAllListeners('data');
      if (request.startsWith('ping')) {
        socket.end(`${JSON.stringify({ ok: true, bytes: 0 } satisfies Head)}\n`);
        return;
      }
      void dump().then(
        (bytes) => {
          socket.write(`${JSON.stringify({ ok: true, bytes: bytes.length } satisfies Head)}\n`);
          socket.end(bytes);
        },
        (error: unknown) =>
          socket.end(`${JSON.stringify({ ok: false, error: String(error) } satisfies Head)}\n`),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

/** Asks the server running on `dataDir` for a dump (or only whether it runs); null when none runs there. */
export function requestDump(dataDir: string, request: 'dump' | 'ping' = 'dump'): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(socketPath(dataDir), () => socket.write(`${request}\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(null);
      else reject(error);
    });
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      const head = JSON.parse(all.subarray(0, newline).toString('utf8')) as Head;
      if (!head.ok) return reject(new Error(`The server could not make the backup: ${head.error}`));
      const body = all.subarray(newline + 1);
      if (body.length !== head.bytes) return reject(new Error('The backup was cut short'));
      resolve(new Uint8Array(body));
    });
  });
}
