import pino from 'pino';
import { type LogDestination, logDestination } from './log-destination.ts';

/** One structured logger; secrets never reach the log. */
export const createLogger = (
  level = process.env.LOG_LEVEL ?? 'info',
  destination: LogDestination = logDestination(),
) =>
  pino(
    {
      level,
      redact: {
        paths: ['req.headers.authorization', '*.apiKey', '*.token', '*.password'],
        censor: '[redacted]',
      },
    },
    destination,
  );

export type Logger = ReturnType<typeof createLogger>;
