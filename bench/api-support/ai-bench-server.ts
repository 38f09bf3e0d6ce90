import { rmSync } from 'node:fs';
import { startFakeProvider } from '../../test/support/fake-provider/server.ts';
import { startServer, tempDataDir } from '../../test/support/server-process.ts';

/** A JSON call to the bench's server; anything but 2xx stops the bench with the server's answer. */
export async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The server an AI bench measures, with the fake provider answering `reply` after `latencyMs`: on
 * DATABASE_URL when set, else on a new embedded store that a first start has migrated, so the measured
 * start finds it ready. `close` stops both and removes the embedded store.
 */
export async function startAiBenchServer(options: {
  reply: string;
  latencyMs: number;
  env?: Record<string, string>;
}) {
  const fake = await startFakeProvider();
  fake.setRules([{ delayMs: options.latencyMs, reply: { value: options.reply } }]);
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = databaseUrl ? undefined : tempDataDir();
  const env = {
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir ?? '' }),
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: 'bench',
    AI_TABLES_MODEL: 'bench-model',
    ...options.env,
  };
  if (dataDir) await (await startServer(env)).stop();
  const server = await startServer(env);
  const close = async () => {
    await server.stop();
    await fake.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { fake, server, engine: storeKind(databaseUrl, options.env?.EMBEDDED_STORE), close };
}

/** The store a bench ran on: PostgreSQL by DATABASE_URL, else the embedded one a new DATA_DIR gets (native
 * PostgreSQL unless EMBEDDED_STORE says PGlite). */
export function storeKind(
  databaseUrl: string | undefined,
  embeddedStore = process.env.EMBEDDED_STORE,
): 'postgres' | 'pglite' | 'native' {
  if (databaseUrl) return 'postgres';
  return embeddedStore === 'pglite' ? 'pglite' : 'native';
}
