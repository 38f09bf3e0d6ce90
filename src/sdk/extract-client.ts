import type {
  CreateExtractTableInput,
  CreateSchemaInput,
  ExtractFile,
  ExtractRowsPage,
  ExtractSchema,
  ExtractTable,
  WebhookDelivery,
} from '../contract/extract.ts';

/**
 * A small typed client of the Lasso-compatible extraction API (/api/v1), shaped like Lasso's own
 * TypeScript SDK: files.upload, schemas.create, tables.create, tables.get, tables.waitForCompletion,
 * rows.list. Works wherever fetch does (Node 22+, browsers).
 */
export interface ExtractClientOptions {
  /** The server, e.g. http://127.0.0.1:8787 (the client adds /api/v1). */
  baseUrl: string;
  /** The server's access token (AI_TABLES_TOKEN), sent as Authorization: Bearer. */
  apiKey?: string;
  fetch?: typeof fetch;
}

/** A refused call: the HTTP status and the server's error body. */
export class ExtractApiError extends Error {
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, body: unknown) {
    super(
      `HTTP ${status}: ${typeof body === 'object' && body && 'error' in body ? String(body.error) : String(body)}`,
    );
    this.status = status;
    this.body = body;
  }
}

export function createExtractClient(options: ExtractClientOptions) {
  const base = `${options.baseUrl.replace(/\/+$/, '')}/api/v1`;
  const doFetch = options.fetch ?? fetch;
  const auth: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const isForm = body instanceof FormData;
    const response = await doFetch(`${base}${path}`, {
      method,
      headers: body === undefined || isForm ? auth : { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new ExtractApiError(response.status, parsed);
    return parsed as T;
  }

  const tables = {
    create: (input: CreateExtractTableInput) => request<ExtractTable>('POST', '/tables', input),
    get: (id: string) => request<ExtractTable>('GET', `/tables/${encodeURIComponent(id)}`),
    /** Polls until the table is completed or failed; throws after timeoutMs. */
    async waitForCompletion(
      id: string,
      { intervalMs = 3000, timeoutMs = 300_000 }: { intervalMs?: number; timeoutMs?: number } = {},
    ): Promise<ExtractTable> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const table = await tables.get(id);
        if (table.status === 'completed' || table.status === 'failed') return table;
        if (Date.now() + intervalMs > deadline)
          throw new Error(`Table ${id} not finished after ${timeoutMs} ms (${table.progress}%)`);
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    },
    webhookDeliveries: (id: string) =>
      request<{ data: WebhookDelivery[] }>('GET', `/tables/${encodeURIComponent(id)}/webhook-deliveries`),
  };

  return {
    schemas: {
      create: (input: CreateSchemaInput) => request<ExtractSchema>('POST', '/schemas', input),
      list: () => request<{ data: ExtractSchema[] }>('GET', '/schemas'),
      get: (id: string) => request<ExtractSchema>('GET', `/schemas/${encodeURIComponent(id)}`),
    },
    files: {
      /** Uploads a file (bytes or a Blob) under a name. */
      upload(file: Blob | Uint8Array, name: string): Promise<ExtractFile> {
        const form = new FormData();
        form.append('file', file instanceof Blob ? file : new Blob([new Uint8Array(file)]), name);
        return request<ExtractFile>('POST', '/files', form);
      },
      list: () => request<{ data: ExtractFile[] }>('GET', '/files'),
      delete: (id: string) =>
        request<{ id: string; deleted: boolean }>('DELETE', `/files/${encodeURIComponent(id)}`),
    },
    tables,
    rows: {
      list: (
        tableId: string,
        query: { page?: number; limit?: number; sort_by?: string; sort_order?: 'asc' | 'desc' } = {},
      ) => {
        const search = new URLSearchParams(
          Object.entries(query).flatMap(([key, value]) =>
            value === undefined ? [] : [[key, String(value)]],
          ),
        );
        return request<ExtractRowsPage>('GET', `/tables/${encodeURIComponent(tableId)}/rows?${search}`);
      },
    },
  };
}

export type ExtractClient = ReturnType<typeof createExtractClient>;
