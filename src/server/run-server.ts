import { serve } from '@hono/node-server';
import { checkExposure, listenUrl } from './access/exposure.ts';
import { serveBackups } from './backup/backup-socket.ts';
import { createCapabilities } from './capabilities.ts';
import { loadConfig } from './config.ts';
import { inBackgroundLane } from './db/background-lane.ts';
import { openDatabase } from './db/open-database.ts';
import { createApi } from './http/app.ts';
import { mountSpa } from './http/static.ts';
import { logDestination } from './log-destination.ts';
import { createLogger } from './logger.ts';
import { instrumentStore } from './metrics/store-timings.ts';
import { parseAllowList } from './net/allow-list.ts';
import { configureOutbound } from './net/outbound.ts';
import { Engine } from './services/engine/engine.ts';
import { preparePlanCell } from './services/enrich/plan-cell.ts';
import { ExtractWorker } from './services/extract/worker.ts';

try {
  process.loadEnvFile();
} catch {
  // No .env file: configuration comes from the environment alone.
}

const config = loadConfig();
configureOutbound({ allow: parseAllowList(config.outboundAllow) });
const logs = logDestination();
const logger = createLogger(config.logLevel, logs);
// Before the store opens: an exposed server without a token must not start at all.
const exposure = checkExposure(config.host, config.access);
if (exposure.warning) logger.warn(exposure.warning);
const database = await openDatabase(config, logger, (error) => {
  // Nothing can be stored any more: stop, so a supervisor restarts the server on a sound store.
  logger.fatal({ err: error }, 'the embedded store stopped');
  process.exit(1);
});
instrumentStore(database);
logger.info(
  { engine: database.engine, dataDir: config.databaseUrl ? undefined : config.dataDir },
  'store ready',
);

const { store, providers, contacts, answerers, secrets, dispatcher, triggers, maintenance, rows, charts } =
  await createCapabilities(database, config, logger);
const engine = new Engine(
  store,
  providers,
  {
    leaseMs: config.ai.leaseMs,
    callTimeoutMs: config.ai.callTimeoutMs,
    maxAttempts: config.ai.maxAttempts,
    retryBaseMs: config.ai.retryBaseMs,
    pollMs: config.ai.pollMs,
    searxngUrl: config.ai.searxngUrl,
    reapAllAtStart: database.exclusive,
    answerers,
    planCell: preparePlanCell,
  },
  logger,
);
// Any write may queue AI cells (a run, an auto-run column): the engine looks at once.
store.tables.onChange(() => engine.wake());
// Its timers (lease renewals, reaps, result writes) start in the background lane and stay in it.
await inBackgroundLane(() => engine.start());
// Extraction chunks share the providers' slots with the engine's cells.
const extractWorker = new ExtractWorker(
  store,
  providers,
  engine,
  config.extract,
  {
    leaseMs: config.ai.leaseMs,
    pollMs: config.ai.pollMs,
    callTimeoutMs: config.ai.callTimeoutMs,
    maxAttempts: config.ai.maxAttempts,
    retryBaseMs: config.ai.retryBaseMs,
    reapAllAtStart: database.exclusive,
  },
  logger,
  secrets,
);
await inBackgroundLane(() => extractWorker.start());
const app = createApi({
  store,
  providers,
  contacts,
  answerers,
  searxngUrl: config.ai.searxngUrl,
  callTimeoutMs: config.ai.callTimeoutMs,
  maintenance,
  rows,
  charts,
  triggers,
  logger,
  bodyLimitBytes: config.bodyLimitBytes,
  corsOrigins: config.corsOrigins,
  accessToken: config.access.token,
  trustProxy: config.access.trustProxy,
  limits: config.limits,
  io: {
    documents: {
      dir: config.documentsDir,
      maxBytes: config.documentMaxBytes,
      xlsxMaxBytes: config.xlsxMaxBytes,
    },
    importBatchRows: config.importBatchRows,
    exportPageRows: config.exportPageRows,
  },
  extract: { config: config.extract, secrets, wake: () => extractWorker.wake() },
});
mountSpa(app, config.staticDir);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    { tokenRequired: Boolean(config.access.token) },
    `AI Tables listening on ${listenUrl(info.address, info.port)}`,
  );
});
// `npm run backup` asks this process for a consistent copy of the embedded store (see backup/).
const backups =
  database.dumpStore &&
  (await serveBackups(config.dataDir, database.dumpStore, (error) =>
    logger.error({ err: error }, 'a backup failed half-way'),
  ));
// Trigger events recorded before a stop (or a crash) are delivered now.
dispatcher.start();

/** How long requests in flight may take to finish before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

let stopping = false;
/** Stops taking requests, lets the ones in flight finish, then closes the store so nothing committed is lost. */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
  force.unref();
  await new Promise<void>((done) => server.close(() => done()));
  await backups?.close();
  await dispatcher.close();
  await extractWorker.stop();
  await engine.stop();
  await maintenance.close();
  await database.close();
  logger.info('stopped');
  await logs.drain();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
