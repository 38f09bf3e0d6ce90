import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { Document } from '../../../contract/documents.ts';
import { analyzedDocument } from '../../services/io/document-analysis.ts';
import { deleteDocument, FileTooLargeError, getDocument, saveDocument } from '../../services/io/documents.ts';
import type { IoConfig } from '../../services/io/io-config.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';
import { receiveUpload } from '../multipart.ts';
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

export function documentRoutes(store: Store, config: IoConfig) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(upload, async (c) => {
      try {
        const document = await receiveUpload(c, config.documents.maxBytes, (file, name) =>
          saveDocument(store, config.documents, file, name),
        );
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
