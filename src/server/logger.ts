import pino from 'pino';
import { type LogDestination, logDestination } from './log-destination.ts';
import { requestContext } from './request-context.ts';

/** One structured logger; secrets never reach the log. */
export const createLogger = (
  level = process.env.LOG_LEVEL ?? 'info',
  destination: LogDestination = logDestination(),
) =>
  pino(
    {
      level,
      // The id of the request being handled (X-Request-Id), on every line written while handling it.
      mixin: () => requestContext.getStore() ?? {},
      redact: {
        paths: ['req.headers.authorization', '*.apiKey', '*.token', '*.password'],
        censor: '[redacted]',
      },
    },
    destination,
  );

export type Logger = ReturnType<typeof createLogger>;
