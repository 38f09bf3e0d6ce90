import { Readable } from 'node:stream';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { exportApi } from '../../../contract/routes/exports.ts';
import type { Logger } from '../../logger.ts';
import { exportTable } from '../../services/io/export/export-table.ts';
import type { IoConfig } from '../../services/io/io-config.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

/** RFC 6266: an ASCII fallback name and the UTF-8 one. */
const disposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function exportRoutes(store: Store, io: IoConfig, logger: Logger) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(
    createRoute(exportApi.download),
    async (c) => {
      const { id } = c.req.valid('param');
      // Once the download has started its status cannot change: a failure ends it early, and is logged;
      // a client that went away (an aborted download) is no failure.
      const failed = (err: unknown) => {
        const code = (err as { code?: string }).code;
        if (code === 'ABORT_ERR' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
          logger.info({ tableId: id }, 'export cancelled by the client');
        } else logger.error({ err, tableId: id }, 'export failed mid-stream');
      };
      const file = await exportTable(store, id, c.req.valid('query'), io.exportPageRows, failed);
      file.body.on('error', failed);
      c.header('content-type', file.contentType);
      c.header('content-disposition', disposition(file.fileName));
      c.header('cache-control', 'no-store');
      return c.body(Readable.toWeb(file.body) as ReadableStream, 200) as never;
    },
  );
}
