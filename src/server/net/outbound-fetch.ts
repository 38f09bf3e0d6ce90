import { randomBytes } from 'node:crypto';

/** Tells which server process made a request (several may share one store), without naming the machine. */
export const INSTANCE = `${process.pid}-${randomBytes(3).toString('hex')}`;

/**
 * Every request this server makes to the outside world (AI providers, web search and pages for research
 * columns, webhooks) goes through here, so that one place can later refuse private addresses, add
 * limits or record metrics (see ROADMAP: hardening).
 */
export const outboundFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('x-ai-tables-instance', INSTANCE);
  return fetch(input, { ...init, headers });
};
