import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isApiPath } from '../../access/require-token.ts';

/**
 * The SPA loads its scripts and styles from its own origin only (Vite emits no inline script), talks
 * to its own API and may not be framed. React's `style` props set CSSOM properties, which CSP allows.
 * Images may come from any http(s) address: image columns show thumbnails of the addresses people
 * store, loaded by the browser with no referrer (an image cannot run script).
 */
const headers = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:', 'https:', 'http:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  // HTTPS is the reverse proxy's business: an HSTS header from here could lock a host out of plain HTTP.
  strictTransportSecurity: false,
});

/**
 * Security headers on every answer (nosniff, frame denial, no referrer, the CSP), and API answers
 * kept out of every cache: they hold private data and change with every write.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await headers(c, async () => {
    await next();
    if (isApiPath(c.req.path)) c.header('Cache-Control', 'no-store');
  });
};
