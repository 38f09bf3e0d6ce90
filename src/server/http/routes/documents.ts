import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import Busboy from 'busboy';
import type { Context } from 'hono';
import { z } from 'zod';
import { Document } from '../../../contract/documents.ts';
import { ValidationError } from '../../services/errors.ts';
import { analyzedDocument } from '../../services/io/document-analysis.ts';
import { deleteDocument, FileTooLargeError, getDocument, saveDocument } from '../../services/io/documents.ts';
import type { IoConfig } from '../../services/io/io-config.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json } from '../openapi.ts';

const DocumentParams = z.object({ id: z.string() });
const tags = ['Documents'];

// The body is read as a stream by the handler, not validated here: a validator would buffer 500 MB.
const upload = createRoute({
  method: 'post',
  path: '/documents',
  tags,
  summary: 'Upload a CSV, TSV, JSON (array or NDJSON) or XLSX file to import (multipart field "file")',
  description:
    'Streamed to disk. The format is read from the content (the extension is a hint); files that are none of these are refused with what they look like.',
  responses: {
    201: json(Document, 'The stored document'),
    400: errors[400],
    413: json(z.object({ error: z.string() }), 'The file is larger than DOCUMENT_MAX_BYTES'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags,
  summary: 'Get an uploaded document',
  request: { params: DocumentParams },
  responses: { 200: json(Document, 'The document'), 404: errors[404] },
});

const remove = createRoute({
  method: 'delete',
  path: '/documents/{id}',
  tags,
  summary: 'Delete an uploaded document and its file',
  request: { params: DocumentParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

const noFile = () =>
  new ValidationError('No file in the upload', [
    { path: 'file', message: 'Send the file as multipart/form-data in a field named "file"' },
  ]);

/** Streams the multipart body's "file" field to disk through saveDocument. */
function receive(c: Context, store: Store, config: IoConfig): Promise<Document> {
  const contentType = c.req.header('content-type') ?? '';
  const body = c.req.raw.body;
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !body) return Promise.reject(noFile());
  const limits = config.documents;
  if (Number(c.req.header('content-length') ?? 0) > limits.maxBytes + 1024 * 1024) {
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
      saveDocument(store, limits, file, info.filename || 'upload').then(resolve, reject);
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

export function documentRoutes(store: Store, config: IoConfig) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(upload, async (c) => {
      try {
        const document = await receive(c, store, config);
        // The full read a preview needs starts now, while the person looks at the wizard; its
        // outcome (or failure) is what the preview reports.
        analyzedDocument(store, config, document.id).catch(() => undefined);
        return c.json(document, 201);
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          return c.json({ error: `Files may be at most ${config.documents.maxBytes} bytes` }, 413);
        }
        throw error;
      }
    })
    .openapi(get, async (c) => {
      const {
        path: _path,
        delimiter: _delimiter,
        analysis: _analysis,
        ...document
      } = await getDocument(store, config.documents, c.req.valid('param').id);
      return c.json(document, 200);
    })
    .openapi(remove, async (c) => {
      await deleteDocument(store, config.documents, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
