import { once } from 'node:events';
import { chmodSync, createReadStream, createWriteStream, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { resolve } from 'node:path';
import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * How `npm run backup` asks a running server for a consistent copy of its embedded store: a Unix
 * socket beside the data directory (`data.backup.sock`; inside it, the store's own copy would trip
 * over it), usable by its owner only. Whoever can open it can read the store's files anyway, so it
 * needs no token, and it is never reachable over the network.
 */
const socketPath = (dataDir: string) => `${resolve(dataDir)}.backup.sock`;

/**
 * The answer's first line says whether a backup follows; then the gzipped tar until the socket ends. A
 * failure half-way ends the socket early, which the reader tells from the gzip stream's missing end.
 */
type Head = { ok: true } | { ok: false; error: string };

/** Serves backups on DATA_DIR.backup.sock until closed; `onFailure` hears of a copy that failed half-way. */
export async function serveBackups(
  dataDir: string,
  dump: () => Promise<Readable>,
  onFailure: (error: unknown) => void,
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
        socket.end(`${JSON.stringify({ ok: true } satisfies Head)}\n`);
        return;
      }
      void dump().then(
        (backup) => {
          socket.write(`${JSON.stringify({ ok: true } satisfies Head)}\n`);
          pipeline(backup, socket).catch((error: unknown) => {
            onFailure(error);
            socket.destroy();
          });
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

/**
 * Asks the server running on `dataDir` for a backup and writes it to `file` (or, for a ping, only asks
 * whether one runs); false when none runs there. The file is read back through gunzip: a backup cut
 * short (the server failed or stopped half-way) is an error, never a file that looks whole.
 */
export async function requestBackup(dataDir: string, file: string | null): Promise<boolean> {
  const socket = connect(socketPath(dataDir));
  try {
    await once(socket, 'connect');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ECONNREFUSED') return false;
    throw error;
  }
  socket.write(file ? 'dump\n' : 'ping\n');
  const chunks: AsyncIterator<Buffer> = socket[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (!head.includes(10)) {
    const next = await chunks.next();
    if (next.done) throw new Error('The server ended the backup without an answer');
    head = Buffer.concat([head, next.value]);
  }
  const newline = head.indexOf(10);
  const answer = JSON.parse(head.subarray(0, newline).toString('utf8')) as Head;
  if (!answer.ok) throw new Error(`The server could not make the backup: ${answer.error}`);
  if (!file) {
    socket.destroy();
    return true;
  }
  const rest = head.subarray(newline + 1);
  async function* body() {
    if (rest.length > 0) yield rest;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  await pipeline(body(), createWriteStream(file));
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(createReadStream(file), createGunzip(), discard).catch((error: unknown) => {
    throw new Error(`The backup was cut short (see the server's log): ${(error as Error).message}`);
  });
  return true;
}
