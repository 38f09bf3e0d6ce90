import pino from 'pino';

/** One structured logger; secrets never reach the log. */
export const createLogger = (level = process.env.LOG_LEVEL ?? 'info') =>
  pino({
    level,
    redact: {
      paths: ['req.headers.authorization', '*.apiKey', '*.token', '*.password'],
      censor: '[redacted]',
    },
  });

export type Logger = ReturnType<typeof createLogger>;
