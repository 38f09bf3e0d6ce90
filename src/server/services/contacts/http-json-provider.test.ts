import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpJsonProvider } from './http-json-provider.ts';

/** Answers by the person's name: each test names the answer it wants. */
const answers: Record<string, (response: ServerResponse) => void> = {
  found: (response) => response.writeHead(200).end(JSON.stringify({ email: 'ann@acme.example' })),
  missing: (response) => response.writeHead(404).end('{}'),
  invented: (response) => response.writeHead(200).end(JSON.stringify({ email: 'not an address' })),
  busy: (response) => response.writeHead(503, { 'retry-after': '7' }).end('busy'),
  refused: (response) => response.writeHead(401).end('bad key'),
};

const server = createServer(async (request, response) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  const { person } = JSON.parse(text) as { person: { fullName: string } };
  answers[person.fullName]?.(response);
});
let provider: ReturnType<typeof httpJsonProvider>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  provider = httpJsonProvider({
    kind: 'http-json',
    name: 'test',
    baseUrl: `http://127.0.0.1:${port}/v1`,
    apiKey: 'k',
    source: 'settings',
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const lookup = (fullName: string) =>
  provider.lookup('email_finder', { fullName }, AbortSignal.timeout(5_000));

describe('the HTTP JSON contact provider', () => {
  it('answers what the provider found, and an empty value with a note when it found nothing', async () => {
    expect(await lookup('found')).toMatchObject({
      ok: true,
      answer: { value: 'ann@acme.example', note: null },
    });
    expect(await lookup('missing')).toMatchObject({
      ok: true,
      answer: { value: null, note: 'The contact provider found no email address' },
    });
  });

  it('refuses an answer that is no email address rather than store it', async () => {
    expect(await lookup('invented')).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringMatching(/unreadable/),
    });
  });

  it('retries a busy provider after its Retry-After, and says to check a refused key', async () => {
    expect(await lookup('busy')).toMatchObject({ ok: false, retryable: true, retryAfterMs: 7_000 });
    expect(await lookup('refused')).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringMatching(/HTTP 401: check its API key/),
    });
  });
});
