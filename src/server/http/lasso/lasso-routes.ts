import type { Context } from 'hono';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodType } from 'zod';
import {
  CreateExtractTableInput,
  CreateSchemaInput,
  ExtractEstimateInput,
  ExtractRowsQuery,
} from '../../../contract/extract.ts';
import type { Logger } from '../../logger.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import type { Providers } from '../../services/ai/providers.ts';
import type { ExtractConfig } from '../../services/extract/config.ts';
import { estimateExtraction } from '../../services/extract/estimate.ts';
import { deleteFile, getFile, listFiles, saveFile } from '../../services/extract/files.ts';
import { createJob, getJob, getJobRecord, listJobs } from '../../services/extract/jobs.ts';
import { getExtractRow, listExtractRows } from '../../services/extract/rows.ts';
import { createSchema, getSchema, listSchemas } from '../../services/extract/schemas.ts';
import { listDeliveries } from '../../services/extract/webhooks.ts';
import { FileTooLargeError } from '../../services/io/documents.ts';
import { NotFoundError, ValidationError } from '../../services/store/errors.ts';
import type { Store } from '../../services/store/store.ts';
import { zodDetails } from '../errors.ts';
import { receiveUpload } from '../multipart.ts';

/** A request body or query read by a zod schema; a failure is Lasso's 422 with the details. */
function read<T>(schema: ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError('Invalid request', zodDetails(parsed.error));
  return parsed.data;
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ValidationError('Invalid request', [{ path: '', message: 'The body must be JSON' }]);
  }
}

/**
 * The Lasso-compatible extraction API under /api/v1: schemas, files, tables (extraction jobs filling
 * ordinary tables) and their rows, with Lasso's error statuses (422 for invalid input). It maps onto
 * the extraction services; the bearer token guards it like the rest of /api.
 */
export function lassoRoutes(
  store: Store,
  providers: Providers,
  secrets: SecretBox,
  config: ExtractConfig,
  logger: Logger,
  wake: () => void,
) {
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof ValidationError)
      return c.json({ error: error.message, details: error.details }, 422);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof FileTooLargeError)
      return c.json({ error: `Files may be at most ${config.files.maxBytes} bytes` }, 413);
    if (error instanceof HTTPException)
      return c.json({ error: error.message || 'Bad request' }, error.status);
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'Internal server error' }, 500);
  });

  app.post('/schemas', async (c) =>
    c.json(await createSchema(store, read(CreateSchemaInput, await jsonBody(c))), 201),
  );
  app.get('/schemas', async (c) => c.json({ data: await listSchemas(store) }));
  app.get('/schemas/:id', async (c) => c.json(await getSchema(store, c.req.param('id'))));

  app.post('/files', async (c) =>
    c.json(
      await receiveUpload(c, config.files.maxBytes, (file, name) =>
        saveFile(store, config.files, file, name),
      ),
      201,
    ),
  );
  app.get('/files', async (c) => c.json({ data: await listFiles(store) }));
  app.get('/files/:id', async (c) => c.json(await getFile(store, c.req.param('id'))));
  app.delete('/files/:id', async (c) => {
    await deleteFile(store, config.files, c.req.param('id'));
    return c.json({ id: c.req.param('id'), deleted: true });
  });

  app.post('/tables', async (c) => {
    const table = await createJob(store, secrets, read(CreateExtractTableInput, await jsonBody(c)));
    wake();
    return c.json(table, 201);
  });
  // Not Lasso's: what an extraction would take, before it is created (the app shows it before "Start").
  app.post('/tables/estimate', async (c) =>
    c.json(await estimateExtraction(store, providers, config, read(ExtractEstimateInput, await jsonBody(c)))),
  );
  // Not Lasso's: a list, and with table_id the extractions filling one of our tables (the app's progress bar).
  app.get('/tables', async (c) =>
    c.json({ data: await listJobs(store, { tableId: c.req.query('table_id') }) }),
  );
  app.get('/tables/:id', async (c) => c.json(await getJob(store, c.req.param('id'))));
  app.get('/tables/:id/rows', async (c) =>
    c.json(await listExtractRows(store, c.req.param('id'), read(ExtractRowsQuery, c.req.query()))),
  );
  // Not Lasso's: one row by its id in the table, with its source excerpt (the app's row panel).
  app.get('/tables/:id/rows/:rowId', async (c) =>
    c.json(await getExtractRow(store, c.req.param('id'), c.req.param('rowId'))),
  );
  app.get('/tables/:id/webhook-deliveries', async (c) => {
    await getJobRecord(store, c.req.param('id'));
    return c.json({ data: await listDeliveries(store, c.req.param('id')) });
  });
  return app;
}
