import type { Readable } from 'node:stream';
import type { RawRecord } from './raw-record.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Splits a JSON array into its elements as the text streams in, then parses each one with the
 * built-in JSON.parse: a 500 MB array is never held whole, and one broken element is reported on its
 * own while the others are read. Only strings, escapes and brackets are tracked, so this is fast.
 */
export async function* readJsonArray(text: Readable): AsyncGenerator<RawRecord> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let element: string[] = [];
  let elementLength = 0;
  let index = 0;
  const finish = (chunk: string): RawRecord => {
    element.push(chunk);
    const source = element.join('').trim();
    element = [];
    elementLength = 0;
    index++;
    try {
      const value: unknown = JSON.parse(source);
      if (isObject(value)) return { kind: 'object', object: value };
      return {
        kind: 'error',
        message: `Element ${index} is ${Array.isArray(value) ? 'an array' : typeof value}, not an object`,
      };
    } catch (error) {
      return { kind: 'error', message: `Element ${index} is not valid JSON: ${(error as Error).message}` };
    }
  };
  for await (const chunk of text as AsyncIterable<string>) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 91 || c === 123) {
        if (!started && c === 91) {
          started = true;
          from = i + 1;
          continue;
        }
        depth++;
      } else if (c === 93 || c === 125) {
        if (depth === 0 && c === 93) {
          // The last element, unless the array is empty (`[]`, or only blanks since the last comma).
          const last = chunk.slice(from, i);
          if (last.trim() || element.join('').trim()) yield finish(last);
          return;
        }
        depth--;
      } else if (c === 44 && depth === 0 && started) {
        yield finish(chunk.slice(from, i));
        from = i + 1;
      }
    }
    if (started) {
      element.push(chunk.slice(from));
      elementLength += chunk.length - from;
    }
    if (elementLength > 64 * 1024 * 1024) {
      yield {
        kind: 'error',
        message: `Element ${index + 1} is larger than 64 MB; the rest of the file was left out`,
      };
      return;
    }
  }
  yield {
    kind: 'error',
    message: 'The JSON array never closes: the file is cut short; the elements before the cut were read',
  };
}
