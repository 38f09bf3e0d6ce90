import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logDestination } from './log-destination.ts';
import { createLogger } from './logger.ts';
import { requestContext } from './request-context.ts';

describe('logger', () => {
  it('puts the id of the request being handled on every line, and none outside a request', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', logDestination(sink));
    await requestContext.run({ reqId: 'req-1' }, async () => {
      await Promise.resolve();
      logger.info('inside');
    });
    logger.info('outside');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ msg: 'inside', reqId: 'req-1' });
    expect(JSON.parse(lines[1] ?? '{}')).not.toHaveProperty('reqId');
  });
});
