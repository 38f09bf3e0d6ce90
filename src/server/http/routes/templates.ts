import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { templateApi } from '../../../contract/routes/templates.ts';
import type { Store } from '../../services/store/store.ts';
import { listTemplates, saveTemplate } from '../../services/templates/templates.ts';
import { validationHook } from '../errors.ts';

export function templateRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(templateApi.list), async (c) =>
      c.json({ templates: await listTemplates(store, c.req.valid('query')) }, 200),
    )
    .openapi(createRoute(templateApi.save), async (c) =>
      c.json(await saveTemplate(store, c.req.valid('json')), 201),
    );
}
