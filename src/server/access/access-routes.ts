import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SignedUrl, SignedUrlInput } from '../../contract/access.ts';
import { validationHook } from '../http/errors.ts';
import { errors, json, jsonBody } from '../http/openapi.ts';
import { signUrl } from './token.ts';

const signedUrl = createRoute({
  method: 'post',
  path: '/access/signed-url',
  tags: ['Access'],
  summary: 'Sign a GET address for a download link',
  description:
    'A browser follows a download link without the Authorization header; a signed address stands in ' +
    'for the token for one minute. Without a token set on the server the address comes back as it is.',
  request: jsonBody(SignedUrlInput),
  responses: { 200: json(SignedUrl, 'The signed address'), 400: errors[400] },
});

/** Routes of the access module (the token itself is checked by requireToken, before any route). */
export function accessRoutes(token: string | undefined) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(signedUrl, (c) => {
    const { path } = c.req.valid('json');
    return c.json({ url: token ? signUrl(token, path) : path }, 200);
  });
}
