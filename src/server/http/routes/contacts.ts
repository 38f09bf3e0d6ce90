import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ContactProviderInput, ContactSettings } from '../../../contract/contacts.ts';
import type { ContactProviders } from '../../services/contacts/contact-providers.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const tags = ['Contact settings'];

const get = createRoute({
  method: 'get',
  path: '/contacts/settings',
  tags,
  summary: 'The contact provider of email, phone and reverse-email columns (key masked), or null',
  responses: { 200: json(ContactSettings, 'Contact settings') },
});

const save = createRoute({
  method: 'put',
  path: '/contacts/provider',
  tags,
  summary: 'Set the contact provider from Settings; an empty apiKey keeps the stored one',
  request: jsonBody(ContactProviderInput),
  responses: { 200: json(ContactSettings, 'Contact settings'), 400: errors[400] },
});

const remove = createRoute({
  method: 'delete',
  path: '/contacts/provider',
  tags,
  summary: 'Remove the contact provider set in Settings',
  responses: { 204: { description: 'Removed' }, 400: errors[400] },
});

export function contactRoutes(contacts: ContactProviders) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(get, async (c) => c.json(await contacts.settings(), 200))
    .openapi(save, async (c) => c.json(await contacts.save(c.req.valid('json')), 200))
    .openapi(remove, async (c) => {
      await contacts.remove();
      return c.body(null, 204);
    });
}
