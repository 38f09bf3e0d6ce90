import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { Project, ProjectInput } from '../../../contract/projects.ts';
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  renameProject,
} from '../../services/projects.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const ProjectParams = z.object({ id: z.string() });
const tags = ['Projects'];

const list = createRoute({
  method: 'get',
  path: '/projects',
  tags,
  summary: 'List projects',
  responses: { 200: json(z.array(Project), 'All projects by name') },
});

const create = createRoute({
  method: 'post',
  path: '/projects',
  tags,
  summary: 'Create a project',
  request: jsonBody(ProjectInput),
  responses: { 201: json(Project, 'The new project'), 400: errors[400] },
});

const get = createRoute({
  method: 'get',
  path: '/projects/{id}',
  tags,
  summary: 'Get a project',
  request: { params: ProjectParams },
  responses: { 200: json(Project, 'The project'), 404: errors[404] },
});

const rename = createRoute({
  method: 'patch',
  path: '/projects/{id}',
  tags,
  summary: 'Rename a project',
  request: { params: ProjectParams, ...jsonBody(ProjectInput) },
  responses: { 200: json(Project, 'The renamed project'), ...errors },
});

const remove = createRoute({
  method: 'delete',
  path: '/projects/{id}',
  tags,
  summary: 'Delete a project; its tables are kept, unlinked',
  request: { params: ProjectParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

export function projectRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => c.json(await listProjects(store), 200))
    .openapi(create, async (c) => c.json(await createProject(store, c.req.valid('json')), 201))
    .openapi(get, async (c) => c.json(await getProject(store, c.req.valid('param').id), 200))
    .openapi(rename, async (c) =>
      c.json(await renameProject(store, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      await deleteProject(store, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
