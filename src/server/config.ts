import { z } from 'zod';

const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  CORS_ORIGINS: z.string().optional(),
  DOCUMENTS_DIR: z.string().optional(),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(500 * 1024 * 1024),
  XLSX_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  EXPORT_PAGE_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  STATIC_DIR: z.string().default('./dist'),
  LOG_LEVEL: z.string().default('info'),
  TRIGGER_RETRY_BASE_MS: z.coerce.number().int().positive().default(2_000),
  TRIGGER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  AI_TABLES_MODEL: z.string().optional(),
  AI_TABLES_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(8),
  AI_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  AI_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
  AI_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
  AI_POLL_MS: z.coerce.number().int().min(50).default(1000),
  AI_RETRY_BASE_MS: z.coerce.number().int().min(10).default(1000),
  SEARXNG_URL: z.string().url().optional(),
  OUTBOUND_ALLOW: z.string().optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  bodyLimitBytes: number;
  corsOrigins: string[];
  /** Uploaded files waiting to be imported (default: DATA_DIR/documents). */
  documentsDir: string;
  /** Largest upload (500 MiB); XLSX files, read whole into memory by exceljs, have a smaller one. */
  documentMaxBytes: number;
  xlsxMaxBytes: number;
  /** Rows an import stores per transaction, rows an export reads per query. */
  importBatchRows: number;
  exportPageRows: number;
  staticDir: string;
  logLevel: string;
  /** Exceptions to the private-address guard of outbound requests (net/allow-list.ts). */
  outboundAllow: string | undefined;
  /** Trigger delivery: first retry delay (doubling each time), attempts before giving up, webhook timeout. */
  triggers: { retryBaseMs: number; maxAttempts: number; webhookTimeoutMs: number };
  ai: AiConfig;
};

/** The AI engine's settings from the environment. */
export interface AiConfig {
  openaiApiKey: string | undefined;
  openaiBaseUrl: string | undefined;
  anthropicApiKey: string | undefined;
  /** Default model, optionally with its provider: "gpt-4o-mini" or "anthropic:claude-3-5-haiku-latest". */
  defaultModel: string | undefined;
  /** Calls made at once to each provider configured from the environment. */
  concurrency: number;
  callTimeoutMs: number;
  /** Attempts per cell before it fails (retries of 429s, 5xx, timeouts and unfit answers). */
  maxAttempts: number;
  /** How long a claimed cell stays with its worker without a heartbeat before others may take it. */
  leaseMs: number;
  /** How often an idle engine looks for cells another server queued. */
  pollMs: number;
  /** The first retry's delay; later ones double, with jitter, up to 60 s. */
  retryBaseMs: number;
  /** A SearXNG instance research columns search with. */
  searxngUrl: string | undefined;
}

/** Reads configuration from the environment (and .env, loaded by the entry point). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    corsOrigins: c.CORS_ORIGINS?.split(',').map((origin) => origin.trim()) ?? [],
    documentsDir: c.DOCUMENTS_DIR ?? `${c.DATA_DIR.replace(/\/+$/, '')}/documents`,
    documentMaxBytes: c.DOCUMENT_MAX_BYTES,
    xlsxMaxBytes: c.XLSX_MAX_BYTES,
    importBatchRows: c.IMPORT_BATCH_ROWS,
    exportPageRows: c.EXPORT_PAGE_ROWS,
    staticDir: c.STATIC_DIR,
    logLevel: c.LOG_LEVEL,
    outboundAllow: c.OUTBOUND_ALLOW,
    triggers: {
      retryBaseMs: c.TRIGGER_RETRY_BASE_MS,
      maxAttempts: c.TRIGGER_MAX_ATTEMPTS,
      webhookTimeoutMs: c.WEBHOOK_TIMEOUT_MS,
    },
    ai: {
      openaiApiKey: c.OPENAI_API_KEY,
      openaiBaseUrl: c.OPENAI_BASE_URL,
      anthropicApiKey: c.ANTHROPIC_API_KEY,
      defaultModel: c.AI_TABLES_MODEL,
      concurrency: c.AI_TABLES_CONCURRENCY,
      callTimeoutMs: c.AI_CALL_TIMEOUT_MS,
      maxAttempts: c.AI_MAX_ATTEMPTS,
      leaseMs: c.AI_LEASE_MS,
      pollMs: c.AI_POLL_MS,
      retryBaseMs: c.AI_RETRY_BASE_MS,
      searxngUrl: c.SEARXNG_URL,
    },
  };
}
