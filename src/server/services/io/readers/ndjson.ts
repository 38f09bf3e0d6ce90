import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RawRecord } from './raw-record.ts';

/** NDJSON (JSON Lines): one object per line; a line that is not one is reported, the rest are read. */
export async function* readNdjson(text: Readable): AsyncGenerator<RawRecord> {
  let line = 0;
  for await (const content of createInterface({ input: text, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!content.trim()) continue;
    try {
      const value: unknown = JSON.parse(content);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        yield { kind: 'object', line, object: value as Record<string, unknown> };
      } else {
        yield { kind: 'error', line, message: `Line ${line} is not a JSON object` };
      }
    } catch (error) {
      yield { kind: 'error', line, message: `Line ${line} is not valid JSON: ${(error as Error).message}` };
    }
  }
}
