import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  ListTemplatesQuery,
  SavedTemplate,
  SaveTemplateInput,
  TemplateList,
} from '../../../contract/templates.ts';
import type { Store } from '../../services/store.ts';
import { listTemplates, saveTemplate } from '../../services/templates/templates.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const tags = ['Templates'];

const list = createRoute({
  method: 'get',
  path: '/tables/templates',
  tags,
  summary: 'List table templates, optionally by category or scope',
  request: { query: ListTemplatesQuery },
  responses: { 200: json(TemplateList, 'System templates, then user templates'), 400: errors[400] },
});

const save = createRoute({
  method: 'post',
  path: '/tables/templates',
  tags,
  summary: 'Save a table as a user template, optionally with its first 5 rows',
  request: jsonBody(SaveTemplateInput),
  responses: { 201: json(SavedTemplate, 'The saved template'), ...errors },
});

export function templateRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => c.json({ templates: await listTemplates(store, c.req.valid('query')) }, 200))
    .openapi(save, async (c) => c.json(await saveTemplate(store, c.req.valid('json')), 201));
}
