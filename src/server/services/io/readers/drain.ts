import type { Readable } from 'node:stream';

/**
 * What an object stream has buffered, as one array per wake-up: one await per chunk of records
 * rather than one per record (async iteration costs a few promise hops per item, which a million
 * rows feel).
 */
export async function* drain<T>(stream: Readable): AsyncGenerator<T[]> {
  for (;;) {
    const items: T[] = [];
    for (let item = stream.read() as T | null; item !== null; item = stream.read() as T | null)
      items.push(item);
    if (items.length > 0) yield items;
    else if (stream.errored) throw stream.errored;
    else if (stream.readableEnded) return;
    else await wake(stream);
  }
}

function wake(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      stream.off('readable', done);
      stream.off('end', done);
      stream.off('error', fail);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on('readable', done);
    stream.on('end', done);
    stream.on('error', fail);
  });
}

/** Groups an iterable's items into arrays of up to `size`. */
export async function* inGroups<T>(items: AsyncIterable<T>, size = 1_000): AsyncGenerator<T[]> {
  let group: T[] = [];
  for await (const item of items) {
    group.push(item);
    if (group.length >= size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) yield group;
}
