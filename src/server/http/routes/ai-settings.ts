import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AiSettings,
  ConnectionTest,
  Provider,
  ProviderInput,
  ProviderUpdate,
} from '../../../contract/providers.ts';
import { toPublicProvider } from '../../services/ai/provider-config.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { testConnection } from '../../services/ai/test-connection.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const ProviderParams = z.object({ providerId: z.string() });
const tags = ['AI settings'];

const settings = createRoute({
  method: 'get',
  path: '/ai/settings',
  tags,
  summary: 'Configured AI providers (keys masked), the defaults, and whether web search is available',
  responses: { 200: json(AiSettings, 'AI settings') },
});

const create = createRoute({
  method: 'post',
  path: '/ai/providers',
  tags,
  summary: 'Add a provider (OpenAI, Anthropic or any OpenAI-compatible server)',
  request: jsonBody(ProviderInput),
  responses: { 201: json(Provider, 'The provider, key masked'), 400: errors[400] },
});

const update = createRoute({
  method: 'patch',
  path: '/ai/providers/{providerId}',
  tags,
  summary: 'Change a provider from Settings; an empty apiKey keeps the stored one',
  request: { params: ProviderParams, ...jsonBody(ProviderUpdate) },
  responses: { 200: json(Provider, 'The provider, key masked'), ...errors },
});

const remove = createRoute({
  method: 'delete',
  path: '/ai/providers/{providerId}',
  tags,
  summary: 'Remove a provider added in Settings',
  request: { params: ProviderParams },
  responses: { 204: { description: 'Removed' }, ...errors },
});

const test = createRoute({
  method: 'post',
  path: '/ai/providers/{providerId}/test',
  tags,
  summary: 'Send a tiny request to the provider and report whether it answered',
  request: { params: ProviderParams },
  responses: { 200: json(ConnectionTest, 'What happened'), 404: errors[404] },
});

export function aiSettingsRoutes(providers: Providers, webSearch: boolean) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(settings, async (c) => {
      const defaults = await providers.defaults();
      return c.json(
        {
          providers: (await providers.list()).map(toPublicProvider),
          defaultProvider: defaults.provider?.id ?? null,
          defaultModel: defaults.model,
          webSearch,
        },
        200,
      );
    })
    .openapi(create, async (c) => c.json(toPublicProvider(await providers.create(c.req.valid('json'))), 201))
    .openapi(update, async (c) =>
      c.json(
        toPublicProvider(await providers.update(c.req.valid('param').providerId, c.req.valid('json'))),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      await providers.remove(c.req.valid('param').providerId);
      return c.body(null, 204);
    })
    .openapi(test, async (c) =>
      c.json(await testConnection(providers, c.req.valid('param').providerId), 200),
    );
}
