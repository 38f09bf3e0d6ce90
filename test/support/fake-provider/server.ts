import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerFor } from './default-answer.ts';
import { type FakeCall, type FakeRule, RuleBook } from './rules.ts';

export type { FakeCall, FakeRule } from './rules.ts';

/**
 * A fake OpenAI-compatible provider (POST /v1/chat/completions) for tests and benchmarks: the real
 * provider code path runs end to end against it. Answers follow scripted rules (latency, 429 with
 * Retry-After, 500s, hangs, malformed JSON, tool calls) or, by default, a value of the requested shape
 * derived from the prompt. Tests script it over HTTP too: POST /__rules, GET /__calls, DELETE /__rules.
 */
export interface FakeProvider {
  /** The base URL to give a client: http://127.0.0.1:PORT/v1 */
  url: string;
  setRules(rules: FakeRule[]): void;
  addRules(rules: FakeRule[]): void;
  calls(): FakeCall[];
  close(): Promise<void>;
}

interface ChatRequest {
  model: string;
  messages: Array<{
    role: string;
    content: string | Array<{ type: string; text?: string; image_url?: { url: string } }>;
  }>;
  response_format?: { type: string; json_schema?: { schema?: unknown } };
  tools?: Array<{ function: { name: string } }>;
}

/**
 * What the fake "sees" in an image: the lines of text its bytes carry (tests write them after the
 * image's signature), as the document to extract from, so a vision call is answered like a text one.
 */
function imageText(url: string): string {
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('latin1');
  const lines = bytes.split(/[\r\n]+/).filter((line) => /^[\x20-\x7e]{3,}$/.test(line));
  return `\n[image]\n<document>\n${lines.join('\n')}\n</document>`;
}

const textOf = (content: ChatRequest['messages'][number]['content']): string =>
  typeof content === 'string'
    ? content
    : content.map((part) => (part.image_url ? imageText(part.image_url.url) : (part.text ?? ''))).join('');

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function completion(request: ChatRequest, message: Record<string, unknown>, prompt: string) {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', ...message },
        finish_reason: message.tool_calls ? 'tool_calls' : 'stop',
      },
    ],
    usage: {
      prompt_tokens: Math.ceil(prompt.length / 4),
      completion_tokens: 12,
      total_tokens: Math.ceil(prompt.length / 4) + 12,
    },
  };
}

/** A SearXNG-like answer (GET /search?q=&format=json), so research columns can be tested offline. */
function searchResults(url: string, port: number) {
  const query = new URL(url, 'http://fake').searchParams.get('q') ?? '';
  return {
    query,
    results: [1, 2].map((n) => ({
      title: `Result ${n} for ${query}`,
      url: `http://127.0.0.1:${port}/page/${n}`,
      content: `Snippet ${n} about ${query}`,
    })),
  };
}

export async function startFakeProvider(requestedPort = 0): Promise<FakeProvider> {
  let port = requestedPort;
  const rules = new RuleBook();
  const calls: FakeCall[] = [];
  const hanging = new Set<ServerResponse>();

  async function chat(request: ChatRequest, response: ServerResponse, headers: IncomingMessage['headers']) {
    const instance = headers['x-ai-tables-instance']?.toString() ?? null;
    const users = request.messages.filter((message) => message.role === 'user');
    const prompt = textOf(users.at(-1)?.content ?? '');
    const call: FakeCall = {
      model: request.model,
      prompt,
      at: Date.now(),
      schema: request.response_format?.json_schema?.schema,
      tools: request.tools?.map((tool) => tool.function.name) ?? [],
      conversation: request.messages.map((message) => `${message.role}: ${textOf(message.content ?? '')}`),
      images: users.flatMap((message) =>
        typeof message.content === 'string'
          ? []
          : message.content.flatMap((part) => (part.image_url ? [part.image_url.url] : [])),
      ),
      instance,
      authorization: headers.authorization ?? null,
    };
    calls.push(call);
    // Rules see how many tool results the conversation holds, as "#tools=N" after the prompt, so a
    // test can script a search, then a page read, then the answer.
    const toolResults = request.messages.filter((message) => message.role === 'tool').length;
    const rule = rules.take(toolResults > 0 ? { ...call, prompt: `${prompt}\n#tools=${toolResults}` } : call);
    if (rule?.delayMs) await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
    if (rule?.hang) {
      hanging.add(response);
      return;
    }
    if (rule?.status) {
      const headers: Record<string, string> =
        rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : {};
      send(
        response,
        rule.status,
        { error: { message: `Fake provider error ${rule.status}`, type: 'fake_error' } },
        headers,
      );
      return;
    }
    if (rule?.toolCall) {
      const toolCall = {
        id: `call_${calls.length}`,
        type: 'function',
        function: { name: rule.toolCall.name, arguments: JSON.stringify(rule.toolCall.arguments) },
      };
      send(response, 200, completion(request, { content: null, tool_calls: [toolCall] }, prompt));
      return;
    }
    const content =
      rule?.content ??
      JSON.stringify(rule && 'reply' in rule ? rule.reply : answerFor(call.schema as never, prompt));
    send(response, 200, completion(request, { content }, prompt));
  }

  const server = createServer(async (request, response) => {
    try {
      const path = new URL(request.url ?? '/', 'http://fake').pathname;
      if (request.method === 'POST' && path === '/v1/chat/completions')
        return await chat((await readJson(request)) as ChatRequest, response, request.headers);
      if (request.method === 'POST' && path === '/__rules') {
        const body = (await readJson(request)) as { rules: FakeRule[]; append?: boolean };
        if (body.append) rules.add(body.rules);
        else rules.set(body.rules);
        return send(response, 200, { ok: true });
      }
      if (request.method === 'GET' && path === '/__calls') {
        const model = new URL(request.url ?? '/', 'http://fake').searchParams.get('model');
        return send(response, 200, model ? calls.filter((call) => call.model === model) : calls);
      }
      if (request.method === 'GET' && path === '/search')
        return send(response, 200, searchResults(request.url ?? '', port));
      if (request.method === 'GET' && path.startsWith('/page/')) {
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end(
          `<html><body><h1>Page ${path.slice(6)}</h1><p>Acme was founded in 1990 in Oslo.</p></body></html>`,
        );
      }
      if (request.method === 'GET' && path === '/v1/models')
        return send(response, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model' }] });
      send(response, 404, { error: { message: `No route ${request.method} ${path}` } });
    } catch (error) {
      send(response, 400, { error: { message: (error as Error).message } });
    }
  });
  await new Promise<void>((resolve) => server.listen(requestedPort, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    setRules: (list) => rules.set(list),
    addRules: (list) => rules.add(list),
    calls: () => [...calls],
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
