import type {
  Provider,
  ProviderInput,
  ProviderKind,
  ProviderUpdate,
} from '../../../../contract/providers.ts';
import { ApiError, errorText } from '../../../api/api-client.ts';

/** The provider form as typed: every field a string, so an input can hold anything in between. */
export interface ProviderDraft {
  kind: ProviderKind;
  id: string;
  name: string;
  baseUrl: string;
  /** Empty when editing means "keep the stored key": the app never holds it. */
  apiKey: string;
  defaultModel: string;
  concurrency: string;
}

export type DraftField = keyof ProviderDraft;

export const EMPTY_DRAFT: ProviderDraft = {
  kind: 'openai-compatible',
  id: '',
  name: '',
  baseUrl: '',
  apiKey: '',
  defaultModel: '',
  concurrency: '',
};

/** The form filled from a stored provider; the key stays empty (it is never sent back). */
export function draftFrom(provider: Provider): ProviderDraft {
  return {
    kind: provider.kind,
    id: provider.id,
    name: provider.name,
    baseUrl: provider.baseUrl ?? '',
    apiKey: '',
    defaultModel: provider.defaultModel ?? '',
    concurrency: String(provider.concurrency),
  };
}

/** "My Ollama box" -> "my-ollama-box": the id the server accepts, proposed while the id is untouched. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The fields both calls share. An empty concurrency is left out (the server's default); anything else
 * goes as a number, and the server's message explains a refusal at the field.
 */
function common(draft: ProviderDraft) {
  const concurrency = draft.concurrency.trim();
  return {
    kind: draft.kind,
    name: draft.name.trim(),
    baseUrl: orNull(draft.baseUrl),
    defaultModel: orNull(draft.defaultModel),
    ...(concurrency !== '' && { concurrency: Number(concurrency) }),
  };
}

export function toCreateInput(draft: ProviderDraft): ProviderInput {
  return { id: draft.id.trim(), ...common(draft), apiKey: orNull(draft.apiKey) };
}

/** An update sends the key only when one was typed, so an empty field keeps the stored key. */
export function toUpdateInput(draft: ProviderDraft): ProviderUpdate {
  const apiKey = draft.apiKey.trim();
  return { ...common(draft), ...(apiKey !== '' && { apiKey }) };
}

export interface DraftErrors {
  byField: Partial<Record<DraftField, string>>;
  /** Messages that name no field of the form. */
  other: string[];
}

const FIELDS = new Set<string>(Object.keys(EMPTY_DRAFT));

/** Sorts a refused save's details (path "baseUrl", "concurrency"…) onto the form's fields. */
export function draftErrors(error: unknown): DraftErrors {
  const byField: DraftErrors['byField'] = {};
  const other: string[] = [];
  if (!error) return { byField, other };
  if (!(error instanceof ApiError) || error.details.length === 0)
    return { byField, other: [errorText(error)] };
  for (const detail of error.details) {
    const field = detail.path.split('.')[0] ?? '';
    if (FIELDS.has(field) && !byField[field as DraftField]) byField[field as DraftField] = detail.message;
    else other.push(detail.message);
  }
  return { byField, other };
}
