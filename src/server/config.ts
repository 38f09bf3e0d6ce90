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
};

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
  };
}
