import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-client.ts';
import { draftErrors, EMPTY_DRAFT, slugFrom, toCreateInput, toUpdateInput } from './provider-draft.ts';

const draft = { ...EMPTY_DRAFT, id: 'ollama', name: ' Ollama ', baseUrl: 'http://localhost:11434/v1' };

describe('provider drafts', () => {
  it('sends empty optional fields as null and leaves an empty concurrency to the server', () => {
    expect(toCreateInput(draft)).toEqual({
      id: 'ollama',
      kind: 'openai-compatible',
      name: 'Ollama',
      baseUrl: 'http://localhost:11434/v1',
      defaultModel: null,
      apiKey: null,
    });
    expect(toCreateInput({ ...draft, concurrency: '4' }).concurrency).toBe(4);
  });

  it('keeps the stored key when the key field of an edit is empty', () => {
    expect(toUpdateInput(draft)).not.toHaveProperty('apiKey');
    expect(toUpdateInput({ ...draft, apiKey: ' sk-new ' }).apiKey).toBe('sk-new');
  });

  it('proposes an id the server accepts', () => {
    expect(slugFrom('My Ollama box!')).toBe('my-ollama-box');
    expect(slugFrom('  --Été 2  ')).toBe('ete-2');
  });

  it('puts server validation details at their fields', () => {
    const error = new ApiError(
      400,
      {
        error: 'Invalid request body',
        details: [
          { path: 'baseUrl', message: 'Expected an http(s) URL' },
          { path: 'concurrency', message: 'Too big' },
          { path: '', message: 'Something else' },
        ],
      },
      undefined,
    );
    expect(draftErrors(error)).toEqual({
      byField: { baseUrl: 'Expected an http(s) URL', concurrency: 'Too big' },
      other: ['Something else'],
    });
    expect(draftErrors(new Error('offline'))).toEqual({ byField: {}, other: ['offline'] });
    expect(draftErrors(null)).toEqual({ byField: {}, other: [] });
  });
});
