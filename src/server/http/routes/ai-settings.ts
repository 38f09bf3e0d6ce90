import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { aiSettingsApi } from '../../../contract/routes/settings.ts';
import { toPublicProvider } from '../../services/ai/provider-config.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { testConnection } from '../../services/ai/test-connection.ts';
import { validationHook } from '../errors.ts';

export function aiSettingsRoutes(providers: Providers, webSearch: boolean) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(aiSettingsApi.get), async (c) => {
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
    .openapi(createRoute(aiSettingsApi.createProvider), async (c) =>
      c.json(toPublicProvider(await providers.create(c.req.valid('json'))), 201),
    )
    .openapi(createRoute(aiSettingsApi.updateProvider), async (c) =>
      c.json(
        toPublicProvider(await providers.update(c.req.valid('param').providerId, c.req.valid('json'))),
        200,
      ),
    )
    .openapi(createRoute(aiSettingsApi.removeProvider), async (c) => {
      await providers.remove(c.req.valid('param').providerId);
      return c.body(null, 204);
    })
    .openapi(createRoute(aiSettingsApi.testProvider), async (c) =>
      c.json(await testConnection(providers, c.req.valid('param').providerId), 200),
    );
}
