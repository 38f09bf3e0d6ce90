import { describe, expect, inject, it } from 'vitest';
import type { ErrorBody } from '../../src/contract/errors.ts';
import type { AiSettings, ConnectionTest, Provider } from '../../src/contract/providers.ts';
import { call } from '../support/api.ts';

describe('AI settings', () => {
  it('list the environment provider with its key masked, and the defaults', async () => {
    const settings = await call<AiSettings>('GET', '/ai/settings');
    expect(settings.status).toBe(200);
    const provider = settings.body.providers.find((entry) => entry.id === 'openai');
    expect(provider).toMatchObject({
      kind: 'openai-compatible',
      source: 'environment',
      apiKeySet: true,
      apiKeyPreview: '…cdef',
    });
    expect(JSON.stringify(settings.body)).not.toContain('test-key-0123456789abcdef');
    expect(settings.body).toMatchObject({
      defaultProvider: 'openai',
      defaultModel: 'fake-default',
      webSearch: false,
    });
  });

  it('add, test, change and remove a provider; keys never come back; environment providers are read-only', async () => {
    const id = `local-${crypto.randomUUID().slice(0, 6)}`;
    const created = await call<Provider>('POST', '/ai/providers', {
      id,
      kind: 'openai-compatible',
      name: 'Local model',
      baseUrl: inject('fakeProviderUrl'),
      apiKey: 'sk-local-secret-key-42',
      defaultModel: 'llama-test',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id,
      apiKeySet: true,
      apiKeyPreview: '…y-42',
      source: 'settings',
    });
    const works = await call<ConnectionTest>('POST', `/ai/providers/${id}/test`);
    expect(works.body).toMatchObject({ ok: true, model: 'llama-test' });

    const changed = await call<Provider>('PATCH', `/ai/providers/${id}`, {
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: '',
    });
    expect(changed.body).toMatchObject({ baseUrl: 'http://127.0.0.1:9/v1', apiKeySet: true });
    const broken = await call<ConnectionTest>('POST', `/ai/providers/${id}/test`);
    expect(broken.body.ok).toBe(false);
    expect(broken.body.message).toMatch(/^The provider failed \(no status\)|^Could not reach the provider/);

    const duplicate = await call<ErrorBody>('POST', '/ai/providers', { id, kind: 'openai', name: 'Again' });
    expect(duplicate.status).toBe(400);
    expect((await call<ErrorBody>('PATCH', '/ai/providers/openai', { name: 'Mine' })).status).toBe(400);
    expect((await call('DELETE', `/ai/providers/${id}`)).status).toBe(204);
    expect((await call('POST', `/ai/providers/${id}/test`)).status).toBe(404);
    expect(
      (await call<ErrorBody>('POST', '/ai/providers', { id: 'Bad Id', kind: 'openai', name: 'x' })).status,
    ).toBe(400);
  });
});
