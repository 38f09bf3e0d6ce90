import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { documentApi } from '../../../contract/routes/documents.ts';
import { analyzedDocument } from '../../services/io/document-analysis.ts';
import { deleteDocument, FileTooLargeError, getDocument, saveDocument } from '../../services/io/documents.ts';
import type { IoConfig } from '../../services/io/io-config.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';
import { receiveUpload } from '../multipart.ts';

export function documentRoutes(store: Store, config: IoConfig) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(documentApi.upload), async (c) => {
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
    .openapi(createRoute(documentApi.get), async (c) => {
      const {
        path: _path,
        delimiter: _delimiter,
        analysis: _analysis,
        ...document
      } = await getDocument(store, config.documents, c.req.valid('param').id);
      return c.json(document, 200);
    })
    .openapi(createRoute(documentApi.remove), async (c) => {
      await deleteDocument(store, config.documents, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
