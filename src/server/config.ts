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
  STATIC_DIR: z.string().default('./dist'),
  LOG_LEVEL: z.string().default('info'),
  TRIGGER_RETRY_BASE_MS: z.coerce.number().int().positive().default(2_000),
  TRIGGER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  bodyLimitBytes: number;
  corsOrigins: string[];
  staticDir: string;
  logLevel: string;
  /** Trigger delivery: first retry delay (doubling each time), attempts before giving up, webhook timeout. */
  triggers: { retryBaseMs: number; maxAttempts: number; webhookTimeoutMs: number };
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
    staticDir: c.STATIC_DIR,
    logLevel: c.LOG_LEVEL,
    triggers: {
      retryBaseMs: c.TRIGGER_RETRY_BASE_MS,
      maxAttempts: c.TRIGGER_MAX_ATTEMPTS,
      webhookTimeoutMs: c.WEBHOOK_TIMEOUT_MS,
    },
  };
}
