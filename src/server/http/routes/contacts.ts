import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { contactApi } from '../../../contract/routes/settings.ts';
import type { ContactProviders } from '../../services/contacts/contact-providers.ts';
import { validationHook } from '../errors.ts';

export function contactRoutes(contacts: ContactProviders) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(contactApi.settings), async (c) => c.json(await contacts.settings(), 200))
    .openapi(createRoute(contactApi.save), async (c) => c.json(await contacts.save(c.req.valid('json')), 200))
    .openapi(createRoute(contactApi.remove), async (c) => {
      await contacts.remove();
      return c.body(null, 204);
    });
}
