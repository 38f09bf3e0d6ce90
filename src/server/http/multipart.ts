import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import Busboy from 'busboy';
import type { Context } from 'hono';
import { FileTooLargeError } from '../services/io/documents.ts';
import { ValidationError } from '../services/store/errors.ts';

const noFile = () =>
  new ValidationError('No file in the upload', [
    { path: 'file', message: 'Send the file as multipart/form-data in a field named "file"' },
  ]);

/**
 * Streams the multipart body's "file" field to `save` (which writes it to disk: never whole in
 * memory). A body declaring more than maxBytes (plus room for the form's framing) is refused before
 * it is read.
 */
export function receiveUpload<T>(
  c: Context,
  maxBytes: number,
  save: (file: Readable, name: string) => Promise<T>,
): Promise<T> {
  const contentType = c.req.header('content-type') ?? '';
  const body = c.req.raw.body;
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !body) return Promise.reject(noFile());
  if (Number(c.req.header('content-length') ?? 0) > maxBytes + 1024 * 1024) {
    return Promise.reject(new FileTooLargeError());
  }
  return new Promise((resolve, reject) => {
    let received = false;
    const parser = Busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: { files: 1 },
    });
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || received) {
        file.resume();
        return;
      }
      received = true;
      save(file, info.filename || 'upload').then(resolve, reject);
    });
    parser.on('close', () => {
      if (!received) reject(noFile());
    });
    parser.on('error', (error) =>
      reject(
        new ValidationError('Unreadable upload', [
          { path: 'file', message: String((error as Error).message) },
        ]),
      ),
    );
    Readable.fromWeb(body as NodeReadableStream<Uint8Array>).pipe(parser);
  });
}
