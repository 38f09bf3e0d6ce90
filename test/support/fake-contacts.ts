import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake contact provider received. */
export interface ContactCall {
  kind: string;
  person: Record<string, string>;
  authorization: string | null;
}

/**
 * A contact provider speaking the generic HTTP JSON protocol (src/server/services/contacts/
 * http-json-provider.ts), on loopback: it knows the people in `directory` (by full name) and nothing
 * else, and records every request.
 */
export async function startFakeContacts(
  directory: Record<string, { email?: string; phone?: string }>,
  profiles: Record<string, Record<string, unknown>> = {},
) {
  const calls: ContactCall[] = [];
  const read = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    return JSON.parse(text) as { person: Record<string, string> };
  };
  const server = createServer(async (request, response) => {
    const { person } = await read(request);
    const kind = (request.url ?? '').split('/').pop() ?? '';
    calls.push({ kind, person, authorization: request.headers.authorization ?? null });
    const known = directory[person.fullName ?? ''];
    const answer =
      kind === 'email_finder'
        ? { email: known?.email ?? null }
        : kind === 'phone_finder'
          ? { phone: known?.phone ?? null }
          : { profile: profiles[person.email ?? ''] ?? null };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/contacts`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
