import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { triggerApi } from '../../../contract/routes/triggers.ts';
import type { TriggerService } from '../../services/triggers/triggers.ts';
import { validationHook } from '../errors.ts';

export function triggerRoutes(triggers: TriggerService) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(triggerApi.list), async (c) =>
      c.json(await triggers.list(c.req.valid('param').id), 200),
    )
    .openapi(createRoute(triggerApi.create), async (c) =>
      c.json(await triggers.create(c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(createRoute(triggerApi.update), async (c) => {
      const { id, triggerId } = c.req.valid('param');
      return c.json(await triggers.update(id, triggerId, c.req.valid('json')), 200);
    })
    .openapi(createRoute(triggerApi.remove), async (c) => {
      const { id, triggerId } = c.req.valid('param');
      await triggers.remove(id, triggerId);
      return c.body(null, 204);
    });
}
