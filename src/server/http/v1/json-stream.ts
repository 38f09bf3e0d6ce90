/**
 * A JSON object written as it is made: the fields of `head`, then `key` as an array filled from
 * `items` a batch at a time, then the fields of `tail`. The array never sits whole in memory.
 */
export function jsonStream(
  head: Record<string, unknown>,
  key: string,
  items: AsyncIterable<unknown[]>,
  tail: Record<string, unknown>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const fields = (object: Record<string, unknown>) => JSON.stringify(object).slice(1, -1);
  const iterator = items[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream({
    start(controller) {
      const opening = fields(head);
      controller.enqueue(encoder.encode(`{${opening}${opening ? ',' : ''}${JSON.stringify(key)}:[`));
    },
    async pull(controller) {
      // A pull that enqueues nothing is not called again: skip empty batches here.
      let next = await iterator.next();
      while (!next.done && next.value.length === 0) next = await iterator.next();
      if (next.done) {
        const closing = fields(tail);
        controller.enqueue(encoder.encode(`]${closing ? `,${closing}` : ''}}`));
        controller.close();
        return;
      }
      const batch = next.value.map((item) => JSON.stringify(item)).join(',');
      controller.enqueue(encoder.encode(`${first ? '' : ','}${batch}`));
      first = false;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
