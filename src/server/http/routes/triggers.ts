import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CreateTriggerInput, Trigger, UpdateTriggerInput } from '../../../contract/triggers.ts';
import type { TriggerService } from '../../services/triggers/triggers.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const TriggerParams = z.object({ id: z.string(), triggerId: z.string() });
const tags = ['Triggers'];

const list = createRoute({
  method: 'get',
  path: '/tables/{id}/triggers',
  tags,
  summary: 'List the automation triggers of a table',
  request: { params: TableParams },
  responses: { 200: json(z.array(Trigger), 'The triggers, oldest first'), 404: errors[404] },
});

const create = createRoute({
  method: 'post',
  path: '/tables/{id}/triggers',
  tags,
  summary: 'Create a trigger that acts when rows are added, updated or deleted',
  request: { params: TableParams, ...jsonBody(CreateTriggerInput) },
  responses: { 201: json(Trigger, 'The new trigger'), ...errors },
});

const update = createRoute({
  method: 'patch',
  path: '/tables/{id}/triggers/{triggerId}',
  tags,
  summary: "Update a trigger's name, event, condition, action or status (pause / resume)",
  request: { params: TriggerParams, ...jsonBody(UpdateTriggerInput) },
  responses: { 200: json(Trigger, 'The updated trigger'), ...errors },
});

const remove = createRoute({
  method: 'delete',
  path: '/tables/{id}/triggers/{triggerId}',
  tags,
  summary: 'Delete a trigger',
  request: { params: TriggerParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

export function triggerRoutes(triggers: TriggerService) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => c.json(await triggers.list(c.req.valid('param').id), 200))
    .openapi(create, async (c) =>
      c.json(await triggers.create(c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(update, async (c) => {
      const { id, triggerId } = c.req.valid('param');
      return c.json(await triggers.update(id, triggerId, c.req.valid('json')), 200);
    })
    .openapi(remove, async (c) => {
      const { id, triggerId } = c.req.valid('param');
      await triggers.remove(id, triggerId);
      return c.body(null, 204);
    });
}
