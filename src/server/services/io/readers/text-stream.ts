import { createReadStream } from 'node:fs';
import { type Readable, Transform } from 'node:stream';

/** A Transform from bytes in `encoding` to text, decoding characters split across chunks correctly. */
function decoder(encoding: string): Transform {
  const decode = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      done(null, decode.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decode.decode());
    },
  });
}

/** Drops the first `count` lines (counting `\n`) and remembers the last one dropped, for messages. */
export class LineSkipper extends Transform {
  lastSkipped = '';
  #remaining: number;

  constructor(count: number) {
    super({ decodeStrings: false, encoding: 'utf8' });
    this.#remaining = count;
  }

  override _transform(chunk: string | Buffer, _encoding: string, done: () => void): void {
    let text = String(chunk);
    while (this.#remaining > 0 && text.length > 0) {
      const end = text.indexOf('\n');
      const line = end < 0 ? text : text.slice(0, end);
      if (this.lastSkipped.length < 200) this.lastSkipped += line.slice(0, 200 - this.lastSkipped.length);
      if (end < 0) {
        text = '';
        break;
      }
      this.#remaining--;
      if (this.#remaining > 0) this.lastSkipped = '';
      text = text.slice(end + 1);
    }
    if (text.length > 0) this.push(text);
    done();
  }
}

/** The file's text from after its byte-order mark, decoded, with the first `skipLines` lines dropped. */
export function openText(
  path: string,
  encoding: string,
  bomLength: number,
  skipLines = 0,
): { text: Readable; skipper: LineSkipper } {
  const skipper = new LineSkipper(skipLines);
  const source = createReadStream(path, { start: bomLength, highWaterMark: 256 * 1024 });
  const text = source.pipe(decoder(encoding)).pipe(skipper);
  source.on('error', (error) => text.destroy(error));
  return { text, skipper };
}

/** Length of the byte-order mark the file starts with for its encoding (0 when it has none). */
export async function bomLength(path: string): Promise<number> {
  const stream = createReadStream(path, { start: 0, end: 2 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const head = Buffer.concat(chunks);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 3;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 2;
  return 0;
}
