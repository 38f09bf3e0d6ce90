import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import type { RouteDeclaration } from '../../contract/routes/route.ts';

/** `/tables/{tableId}` as Hono routes it: `/tables/:tableId`. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Mounts a declared route whose handler reads its own input: the declaration goes into the OpenAPI
 * document and routes the handler by its method and path, but no validator runs before it. For a
 * surface whose refusals must keep another API's shape (Extruct's /v1 answers pydantic's 422
 * `{ detail: [...] }`), which the shared validation hook cannot give.
 */
export function mountDeclared(app: OpenAPIHono, route: RouteDeclaration, handler: Handler): void {
  // The declaration is a route config (route.ts); its generic type only lacks the x- extension index.
  app.openAPIRegistry.registerPath(route as RouteConfig);
  app.on(route.method.toUpperCase(), honoPath(route.path), handler);
}
