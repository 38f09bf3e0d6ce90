import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAllowList } from './allow-list.ts';
import { checkDestination, OutboundRefused, type Resolver } from './destination.ts';
import { guardedFetch, readText } from './outbound.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

/** A local server on loopback (the only address these tests ever connect to), counting its requests. */
async function local(handler: Handler = (_, response) => response.end('hello')) {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(request.url ?? '');
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, seen };
}

/** A resolver for names that cannot resolve here (no network): each maps to the addresses given. */
const names =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const found = table[host];
    if (!found) throw new Error(`ENOTFOUND ${host}`);
    return found;
  };

/** Watches sockets being connected, to prove a refusal came before any connection. */
const connections = () => vi.spyOn(net.Socket.prototype, 'connect');

const door = (allow: string, resolve: Resolver = names({})) =>
  guardedFetch({ policy: { allow: parseAllowList(allow), resolve } });

describe('the outbound door refuses private destinations before connecting', () => {
  it.each([
    ['loopback', 'http://127.0.0.1:9/', /127\.0\.0\.1 is a loopback address/],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', /link-local address/],
    ['a private address', 'http://10.0.0.1/admin', /10\.0\.0\.1 is a private address/],
    ['IPv6 loopback', 'http://[::1]:9/', /::1 is a loopback address/],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]:9/', /loopback/],
    ['a name that resolves to loopback', 'http://localtest.me:9/', /localtest\.me resolves to 127\.0\.0\.1/],
  ])('%s', async (_, url, reason) => {
    const connect = connections();
    const attempt = door('', names({ 'localtest.me': ['127.0.0.1'] }))(url);
    await expect(attempt).rejects.toBeInstanceOf(OutboundRefused);
    await expect(attempt).rejects.toThrow(reason);
    expect(connect).not.toHaveBeenCalled();
  });

  it('a name with one public and one private address', async () => {
    const connect = connections();
    const attempt = door('', names({ 'mixed.test': ['93.184.216.34', '10.0.0.7'] }))('http://mixed.test/');
    await expect(attempt).rejects.toThrow(/resolves to 10\.0\.0\.7, which is a private address/);
    expect(connect).not.toHaveBeenCalled();
  });

  it('a redirect from an allowed host to a private one', async () => {
    const target = await local((_, response) =>
      response.writeHead(302, { location: 'http://10.0.0.1/' }).end(),
    );
    const resolve = names({ 'public.test': ['127.0.0.1'] });
    const connect = connections();
    const attempt = door('public.test', resolve)(`http://public.test:${target.port}/start`);
    await expect(attempt).rejects.toThrow(
      /Refused to call http:\/\/10\.0\.0\.1: 10\.0\.0\.1 is a private address/,
    );
    expect(target.seen).toEqual(['/start']);
    // The allowed first hop only: the redirect was refused before connecting.
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('schemes other than http and https', async () => {
    await expect(door('')('file:///etc/passwd')).rejects.toThrow(/only http and https/);
  });
});

describe('OUTBOUND_ALLOW names exceptions', () => {
  it('loopback by address, and by a name that resolves to it', async () => {
    const target = await local();
    const response = await door('127.0.0.1')(`http://127.0.0.1:${target.port}/a`);
    expect(await response.text()).toBe('hello');
    const byName = await door(
      `localtest.me:${target.port}`,
      names({ 'localtest.me': ['127.0.0.1'] }),
    )(`http://localtest.me:${target.port}/b`);
    expect(await byName.text()).toBe('hello');
    expect(target.seen).toEqual(['/a', '/b']);
  });

  it('a redirect to a host it names', async () => {
    const target = await local((request, response) =>
      request.url === '/start'
        ? response.writeHead(302, { location: `http://internal.test:${port}/end` }).end()
        : response.end('arrived'),
    );
    const port = target.port;
    const resolve = names({ 'public.test': ['127.0.0.1'], 'internal.test': ['127.0.0.1'] });
    await expect(door('public.test', resolve)(`http://public.test:${port}/start`)).rejects.toThrow(
      /internal\.test resolves to 127\.0\.0\.1, which is a loopback address/,
    );
    const response = await door('public.test,internal.test', resolve)(`http://public.test:${port}/start`);
    expect(await response.text()).toBe('arrived');
  });

  // These are only checked, never connected to: nothing here may reach a private network.
  it.each([
    ['169.254.169.254', 'http://169.254.169.254/latest/meta-data/'],
    ['10.0.0.0/8', 'http://10.0.0.1/admin'],
    ['::1', 'http://[::1]:8080/'],
  ])('%s', async (allow, url) => {
    const policy = { allow: parseAllowList(allow), resolve: names({}) };
    await expect(checkDestination(new URL(url), { policy })).resolves.toHaveLength(1);
    await expect(
      checkDestination(new URL(url), { policy: { ...policy, allow: parseAllowList('') } }),
    ).rejects.toThrow(OutboundRefused);
  });

  it('an origin the operator configured (a local model server) without naming it', async () => {
    const target = await local();
    const origin = `http://127.0.0.1:${target.port}`;
    const provider = guardedFetch({
      trustedOrigins: [`${origin}/v1`],
      policy: { allow: parseAllowList('') },
    });
    expect(
      await (await provider(`${origin}/v1/chat/completions`, { method: 'POST', body: '{}' })).text(),
    ).toBe('hello');
    // Another port on the same machine is not what the operator configured.
    await expect(provider(`http://127.0.0.1:${target.port + 1}/`)).rejects.toThrow(OutboundRefused);
  });
});

describe('the outbound door connects to the address it checked', () => {
  it('resolves a name once: a second answer (DNS rebinding) is never used', async () => {
    const target = await local();
    const answers = [['127.0.0.1'], ['127.0.0.2']];
    const resolve = vi.fn(async () => answers.shift() ?? ['127.0.0.2']);
    const response = await door('rebind.test', resolve)(`http://rebind.test:${target.port}/`);
    expect(await response.text()).toBe('hello');
    expect(resolve).toHaveBeenCalledTimes(1);
  });
});

describe('the outbound door limits answers while they stream', () => {
  it('fails an answer bigger than the limit, and a page read stops at its size', async () => {
    const target = await local((_, response) => response.end('x'.repeat(100_000)));
    const small = guardedFetch({ maxBytes: 1_000, policy: { allow: parseAllowList('127.0.0.1') } });
    const response = await small(`http://127.0.0.1:${target.port}/`);
    await expect(response.text()).rejects.toThrow(/larger than 1000 bytes/);
  });

  it('gives up on an answer that stops arriving', async () => {
    const target = await local((_, response) => {
      response.writeHead(200);
      response.write('start');
    });
    const slow = guardedFetch({ timeoutMs: 300, policy: { allow: parseAllowList('127.0.0.1') } });
    const response = await slow(`http://127.0.0.1:${target.port}/`);
    await expect(response.text()).rejects.toThrow(/timeout|aborted/i);
  });

  it('drops credentials on a redirect to another origin', async () => {
    const headers: Array<string | undefined> = [];
    const second = await local((request, response) => {
      headers.push(request.headers.authorization);
      response.end('ok');
    });
    const first = await local((request, response) => {
      headers.push(request.headers.authorization);
      response.writeHead(307, { location: `http://127.0.0.1:${second.port}/` }).end();
    });
    const response = await door('127.0.0.1')(`http://127.0.0.1:${first.port}/`, {
      headers: { authorization: 'Bearer secret' },
    });
    expect(await response.text()).toBe('ok');
    expect(headers).toEqual(['Bearer secret', undefined]);
  });
});

describe('readText', () => {
  it('refuses a page on a private address (what a research column reads)', async () => {
    await expect(readText('http://169.254.169.254/', { maxBytes: 100, timeoutMs: 1000 })).rejects.toThrow(
      /link-local/,
    );
  });
});
