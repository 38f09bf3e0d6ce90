/**
 * Whether an error means the store cannot be reached right now (PostgreSQL restarting, stopped, or
 * recovering), as opposed to a fault in the request or the code: such a request is answered 503 and
 * may be sent again once the store is back.
 */
export function storeUnavailable(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    // node-postgres' own words for a connection that ended under a query, or a client it gave up on.
    if (
      /^Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/.test(
        current.message,
      )
    )
      return true;
  }
  return false;
}

/** The socket is gone (ENOENT: the server removed it while stopped) or refuses, or broke mid-query. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT']);
/**
 * SQLSTATE class 08 (connection exception), 57P01-57P03 (terminated by an administrator or a crash,
 * "the database system is starting up / in recovery / shutting down"), 53300 (too many connections).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|53300)$/;
