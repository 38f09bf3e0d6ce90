import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TriggerEventBody } from '../../src/contract/triggers.ts';

/** How the receiver answers its n-th request (from 1): a status, or 'hang' to never answer. */
export type Answer = (n: number) => number | 'hang';

export interface WebhookReceiver {
  url: string;
  /** Every request received so far, in order. */
  received: TriggerEventBody[];
  /** The headers of each request, in the same order. */
  headers: IncomingMessage['headers'][];
  close(): Promise<void>;
}

/** A local HTTP server standing in for a webhook endpoint, recording what triggers POST to it. */
export async function startReceiver(answer: Answer = () => 200): Promise<WebhookReceiver> {
  const received: TriggerEventBody[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      headers.push(request.headers);
      received.push(JSON.parse(body) as TriggerEventBody);
      const status = answer(received.length);
      if (status === 'hang') hanging.push(response);
      else response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits a while to show that something does not happen. */
export const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms));
