/**
 * Every request this server makes to the outside world (AI providers, web search and pages for research
 * columns, webhooks) goes through here, so that one place can later refuse private addresses, add
 * limits or record metrics (see ROADMAP: hardening).
 */
export const outboundFetch: typeof fetch = (input, init) => fetch(input, init);
