import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../../scripts/server-node-flags.ts';

export interface ServerProcess {
  baseUrl: string;
  /** The server's process id, to read its memory use. */
  pid: number;
  /** Environment the server was started with, to start it again on the same store. */
  env: Record<string, string>;
  output(): string;
  /** Closes the pipe the server writes its log to, as a reader that went away would. */
  closeOutput(): void;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const NODE = join(process.cwd(), 'node_modules', '.bin', 'node');

/** Servers still running; killed when the test process exits, however it exits. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A fresh embedded store in a temporary folder: under the test run's own folder when a global setup made
 * one (test-run-folder.ts), which removes it at the end.
 */
export const tempDataDir = (): string =>
  mkdtempSync(join(process.env.AI_TABLES_TEST_TMP ?? tmpdir(), 'ai-tables-test-'));

/**
 * Starts the real server (`src/server/main.ts`) as a child process on a free port and waits
 * until /api/health answers. Tests talk to it over HTTP, as any client would.
 */
export async function startServer(
  env: Record<string, string>,
  options: { onSpawn?: (pid: number) => void; startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  // Trigger retries back off from 100 ms, not seconds, so tests of failing webhooks finish quickly.
  // The local receivers (webhooks, pages research columns read) live on loopback, which the outbound
  // guard refuses unless OUTBOUND_ALLOW names it.
  // No rate limit: suites send thousands of requests from one address; test/api/access.test.ts sets one.
  const fullEnv = {
    PORT: '0',
    HOST: '127.0.0.1',
    STATIC_DIR: 'dist',
    TRIGGER_RETRY_BASE_MS: '100',
    OUTBOUND_ALLOW: '127.0.0.1',
    RATE_LIMIT_PER_SECOND: '0',
    ...env,
  };
  const nodeOptions = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(NODE, [...SERVER_NODE_FLAGS, ...nodeOptions, 'src/server/main.ts'], {
    // The "listening on" line it waits for is an info log: keep that level whatever the caller set.
    env: { ...process.env, ...fullEnv, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  running.add(child);
  if (child.pid) options.onSpawn?.(child.pid);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  let baseUrl: string;
  try {
    baseUrl = await waitForListening(() => output, exited, options.startTimeoutMs);
    await waitForHealth(baseUrl);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    env: fullEnv,
    output: () => output,
    closeOutput: () => {
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

async function waitForListening(
  output: () => string,
  exited: Promise<number | null>,
  timeoutMs = 120_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (Date.now() < deadline) {
    const match = /listening on http:\/\/(?:\[[^\]]+\]|[^\s:"]+):(\d+)/.exec(output());
    if (match?.[1]) return `http://127.0.0.1:${match[1]}`;
    if (done) throw new Error(`Server exited before listening:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Server did not start within ${timeoutMs / 1000} s:\n${output()}`);
}

async function waitForHealth(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${baseUrl}/api/health never answered 200`);
}
