import { z } from 'zod';
import { MAX_BATCH_ROWS, MAX_FILTERS, MAX_PAGE_SIZE, MAX_SORTS } from '../contract/rows.ts';

const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  AI_TABLES_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  AI_TABLES_INSECURE_NO_TOKEN: z.stringbool().default(false),
  TRUST_PROXY: z.stringbool().default(false),
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(50),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(200),
  MAX_PAGE_ROWS: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(MAX_PAGE_SIZE),
  MAX_BATCH_ROWS: z.coerce.number().int().min(1).max(MAX_BATCH_ROWS).default(MAX_BATCH_ROWS),
  MAX_FILTERS: z.coerce.number().int().min(0).max(MAX_FILTERS).default(MAX_FILTERS),
  MAX_SORTS: z.coerce.number().int().min(0).max(MAX_SORTS).default(MAX_SORTS),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_STORE: z.enum(['postgres', 'pglite']).default('postgres'),
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
  AI_TABLES_REASONING_MODEL: z.string().optional(),
  AI_TABLES_VISION_MODEL: z.string().optional(),
  AI_TABLES_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(8),
  AI_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  AI_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
  AI_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
  AI_POLL_MS: z.coerce.number().int().min(50).default(1000),
  AI_RETRY_BASE_MS: z.coerce.number().int().min(10).default(1000),
  SEARXNG_URL: z.string().url().optional(),
  CONTACTS_PROVIDER_URL: z.string().url().optional(),
  CONTACTS_API_KEY: z.string().optional(),
  OUTBOUND_ALLOW: z.string().optional(),
  AI_TABLES_SECRET_KEY: z.string().optional(),
  EXTRACT_FILES_DIR: z.string().optional(),
  EXTRACT_FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024 * 1024),
  EXTRACT_CHUNK_CHARS: z.coerce.number().int().min(500).default(8_000),
  EXTRACT_CHUNK_OVERLAP: z.coerce.number().int().min(0).default(800),
  EXTRACT_URL_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(100 * 1024 * 1024),
  EXTRACT_URL_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  WEBHOOK_SECRET: z.string().optional(),
  WEBHOOK_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'comma-separated milliseconds')
    .default('30000,300000,1800000'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The store a new DATA_DIR gets when there is no DATABASE_URL (docs/storage.md). */
  embeddedStore: 'postgres' | 'pglite';
  bodyLimitBytes: number;
  corsOrigins: string[];
  access: AccessConfig;
  limits: RequestLimits;
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
  /** The key provider keys and webhook headers are encrypted with (else DATA_DIR/secret.key). */
  secretKey: string | undefined;
  /** Trigger delivery: first retry delay (doubling each time), attempts before giving up, webhook timeout. */
  triggers: { retryBaseMs: number; maxAttempts: number; webhookTimeoutMs: number };
  ai: AiConfig;
  /** The contact provider of email, phone and reverse-email columns (docs/table-kinds.md). */
  contacts: { url: string | undefined; apiKey: string | undefined };
  /** Extraction tables: files, chunking, URL downloads and webhooks (docs/extraction.md). */
  extract: ExtractConfig;
};

/** Extraction settings (documented in the README). */
export interface ExtractConfig {
  /** Where extraction files are kept and how large one may be. */
  files: { dir: string; maxBytes: number };
  chunkChars: number;
  overlapChars: number;
  /** Downloads of file_urls: largest answer and longest wait. */
  urlMaxBytes: number;
  urlTimeoutMs: number;
  /** The model images are sent to (AI_TABLES_VISION_MODEL); without one they fail saying so. */
  visionModel: string | undefined;
  /** Webhooks: HMAC key (X-Lasso-Signature), waits before each retry, and one attempt's timeout. */
  webhookSecret: string | undefined;
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
}

/** Who may call the API (see docs/server.md, "Access"). */
export interface AccessConfig {
  /** The bearer token every /api and /v1 call must carry; none means the API is open. */
  token: string | undefined;
  /** Explicit opt-out: listen beyond loopback without a token (logged as a warning at start). */
  insecureNoToken: boolean;
  /** Take the client address from X-Forwarded-For (last hop), for a server behind a reverse proxy. */
  trustProxy: boolean;
}

/** Per-request limits; the contract's maximums are the ceilings, these may only lower them. */
export interface RequestLimits {
  /** Requests each client address may make per second on average (0: no rate limit), and in a burst. */
  ratePerSecond: number;
  rateBurst: number;
  /** Rows in one page of a list, rows in one insert or delete batch. */
  maxPageRows: number;
  maxBatchRows: number;
  /** Filters and sort keys in one row query. */
  maxFilters: number;
  maxSorts: number;
}

/** The AI engine's settings from the environment. */
export interface AiConfig {
  openaiApiKey: string | undefined;
  openaiBaseUrl: string | undefined;
  anthropicApiKey: string | undefined;
  /** Default model, optionally with its provider: "gpt-4o-mini" or "anthropic:claude-3-5-haiku-latest". */
  defaultModel: string | undefined;
  /** The model research_reasoning columns use when they name none (a reasoning model, e.g. "o4-mini"). */
  reasoningModel: string | undefined;
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
    embeddedStore: c.EMBEDDED_STORE,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    corsOrigins: c.CORS_ORIGINS?.split(',').map((origin) => origin.trim()) ?? [],
    access: {
      token: c.AI_TABLES_TOKEN,
      insecureNoToken: c.AI_TABLES_INSECURE_NO_TOKEN,
      trustProxy: c.TRUST_PROXY,
    },
    limits: {
      ratePerSecond: c.RATE_LIMIT_PER_SECOND,
      rateBurst: c.RATE_LIMIT_BURST,
      maxPageRows: c.MAX_PAGE_ROWS,
      maxBatchRows: c.MAX_BATCH_ROWS,
      maxFilters: c.MAX_FILTERS,
      maxSorts: c.MAX_SORTS,
    },
    documentsDir: c.DOCUMENTS_DIR ?? `${c.DATA_DIR.replace(/\/+$/, '')}/documents`,
    documentMaxBytes: c.DOCUMENT_MAX_BYTES,
    xlsxMaxBytes: c.XLSX_MAX_BYTES,
    importBatchRows: c.IMPORT_BATCH_ROWS,
    exportPageRows: c.EXPORT_PAGE_ROWS,
    staticDir: c.STATIC_DIR,
    logLevel: c.LOG_LEVEL,
    outboundAllow: c.OUTBOUND_ALLOW,
    secretKey: c.AI_TABLES_SECRET_KEY,
    triggers: {
      retryBaseMs: c.TRIGGER_RETRY_BASE_MS,
      maxAttempts: c.TRIGGER_MAX_ATTEMPTS,
      webhookTimeoutMs: c.WEBHOOK_TIMEOUT_MS,
    },
    extract: {
      files: {
        dir: c.EXTRACT_FILES_DIR ?? `${c.DATA_DIR.replace(/\/+$/, '')}/extract-files`,
        maxBytes: c.EXTRACT_FILE_MAX_BYTES,
      },
      chunkChars: c.EXTRACT_CHUNK_CHARS,
      overlapChars: c.EXTRACT_CHUNK_OVERLAP,
      urlMaxBytes: c.EXTRACT_URL_MAX_BYTES,
      urlTimeoutMs: c.EXTRACT_URL_TIMEOUT_MS,
      visionModel: c.AI_TABLES_VISION_MODEL,
      webhookSecret: c.WEBHOOK_SECRET,
      webhookRetryDelaysMs: c.WEBHOOK_RETRY_DELAYS_MS.split(',').map((part) => Number(part.trim())),
      webhookTimeoutMs: c.WEBHOOK_TIMEOUT_MS,
    },
    contacts: { url: c.CONTACTS_PROVIDER_URL, apiKey: c.CONTACTS_API_KEY },
    ai: {
      openaiApiKey: c.OPENAI_API_KEY,
      openaiBaseUrl: c.OPENAI_BASE_URL,
      anthropicApiKey: c.ANTHROPIC_API_KEY,
      defaultModel: c.AI_TABLES_MODEL,
      reasoningModel: c.AI_TABLES_REASONING_MODEL,
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
