import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { accessApi } from '../../../contract/routes/access.ts';
import { signUrl } from '../../access/token.ts';
import { validationHook } from '../errors.ts';

/** Routes of the access module (the token itself is checked by requireToken, before any route). */
export function accessRoutes(token: string | undefined) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(createRoute(accessApi.signedUrl), (c) => {
    const { path } = c.req.valid('json');
    return c.json({ url: token ? signUrl(token, path) : path }, 200);
  });
}
