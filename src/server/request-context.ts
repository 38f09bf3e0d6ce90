import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling a request carries (see logger.ts). */
export interface RequestContext {
  reqId: string;
}

/** The request being handled on this async path, if any; background work has none. */
export const requestContext = new AsyncLocalStorage<RequestContext>();
