import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { extractApi } from '../../../contract/routes/extract.ts';
import type { ExtractConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { estimateExtraction } from '../../services/extract/estimate.ts';
import { deleteFile, getFile, listFiles, saveFile } from '../../services/extract/files.ts';
import { createJob, getJob, getJobRecord, listJobs } from '../../services/extract/jobs.ts';
import { getExtractRow, listExtractRows } from '../../services/extract/rows.ts';
import { createSchema, getSchema, listSchemas } from '../../services/extract/schemas.ts';
import { listDeliveries } from '../../services/extract/webhooks.ts';
import { FileTooLargeError } from '../../services/io/documents.ts';
import { NotFoundError, ValidationError } from '../../services/store/errors.ts';
import type { Store } from '../../services/store/store.ts';
import { httpErrorMessage, zodDetails } from '../errors.ts';
import { receiveUpload } from '../multipart.ts';

/** A request body or query that fails its schema: Lasso's 422 with the details. */
function lassoHook(result: { success: boolean; error?: unknown }) {
  if (!result.success) throw new ValidationError('Invalid request', zodDetails(result.error as ZodError));
}

/** Hono's answer to a body that is not JSON; Lasso's surface answers it as invalid input, as it always did. */
const notJson = (error: HTTPException) => error.status === 400 && /JSON/i.test(error.message);

/**
 * The Lasso-compatible extraction API under /api/v1: schemas, files, tables (extraction jobs filling
 * ordinary tables) and their rows, with Lasso's error statuses (422 for invalid input). It maps onto
 * the extraction services; the bearer token guards it like the rest of /api. Its routes are declared
 * in the contract (extractApi, paths from /v1), so it is mounted at the API's root.
 */
export function lassoRoutes(
  store: Store,
  providers: Providers,
  secrets: SecretBox,
  config: ExtractConfig,
  logger: Logger,
  wake: () => void,
) {
  const app = new OpenAPIHono({ defaultHook: lassoHook });
  app.onError((error, c) => {
    if (error instanceof HTTPException && notJson(error))
      return c.json(
        { error: 'Invalid request', details: [{ path: '', message: 'The body must be JSON' }] },
        422,
      );
    if (error instanceof ValidationError)
      return c.json({ error: error.message, details: error.details }, 422);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof FileTooLargeError)
      return c.json({ error: `Files may be at most ${config.files.maxBytes} bytes` }, 413);
    if (error instanceof HTTPException) return c.json({ error: httpErrorMessage(error) }, error.status);
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'Internal server error' }, 500);
  });

  return app
    .openapi(createRoute(extractApi.createSchema), async (c) =>
      c.json(await createSchema(store, c.req.valid('json')), 201),
    )
    .openapi(createRoute(extractApi.listSchemas), async (c) =>
      c.json({ data: await listSchemas(store) }, 200),
    )
    .openapi(createRoute(extractApi.getSchema), async (c) =>
      c.json(await getSchema(store, c.req.valid('param').id), 200),
    )
    .openapi(createRoute(extractApi.uploadFile), async (c) =>
      c.json(
        await receiveUpload(c, config.files.maxBytes, (file, name) =>
          saveFile(store, config.files, file, name),
        ),
        201,
      ),
    )
    .openapi(createRoute(extractApi.listFiles), async (c) => c.json({ data: await listFiles(store) }, 200))
    .openapi(createRoute(extractApi.getFile), async (c) =>
      c.json(await getFile(store, c.req.valid('param').id), 200),
    )
    .openapi(createRoute(extractApi.deleteFile), async (c) => {
      const { id } = c.req.valid('param');
      await deleteFile(store, config.files, id);
      return c.json({ id, deleted: true as const }, 200);
    })
    .openapi(createRoute(extractApi.createTable), async (c) => {
      const table = await createJob(store, secrets, c.req.valid('json'));
      wake();
      return c.json(table, 201);
    })
    .openapi(createRoute(extractApi.estimate), async (c) =>
      c.json(await estimateExtraction(store, providers, config, c.req.valid('json')), 200),
    )
    .openapi(createRoute(extractApi.listTables), async (c) =>
      c.json({ data: await listJobs(store, { tableId: c.req.valid('query').table_id }) }, 200),
    )
    .openapi(createRoute(extractApi.getTable), async (c) =>
      c.json(await getJob(store, c.req.valid('param').id), 200),
    )
    .openapi(createRoute(extractApi.listRows), async (c) =>
      c.json(await listExtractRows(store, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(createRoute(extractApi.getRow), async (c) => {
      const { id, rowId } = c.req.valid('param');
      return c.json(await getExtractRow(store, id, rowId), 200);
    })
    .openapi(createRoute(extractApi.webhookDeliveries), async (c) => {
      const { id } = c.req.valid('param');
      await getJobRecord(store, id);
      return c.json({ data: await listDeliveries(store, id) }, 200);
    });
}
