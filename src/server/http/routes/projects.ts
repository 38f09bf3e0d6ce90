import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { projectApi } from '../../../contract/routes/projects.ts';
import type { Store } from '../../services/store/store.ts';
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  renameProject,
} from '../../services/tables/projects.ts';
import { validationHook } from '../errors.ts';

export function projectRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(projectApi.list), async (c) => c.json(await listProjects(store), 200))
    .openapi(createRoute(projectApi.create), async (c) =>
      c.json(await createProject(store, c.req.valid('json')), 201),
    )
    .openapi(createRoute(projectApi.get), async (c) =>
      c.json(await getProject(store, c.req.valid('param').id), 200),
    )
    .openapi(createRoute(projectApi.rename), async (c) =>
      c.json(await renameProject(store, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(createRoute(projectApi.remove), async (c) => {
      await deleteProject(store, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
