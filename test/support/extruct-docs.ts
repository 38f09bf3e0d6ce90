import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

const DIR = join(import.meta.dirname, 'extruct-docs');

/** The three Extruct documents the /v1 surface follows. */
export const DOCS = {
  createTable: '000_7922155954deb235.txt',
  getTable: '001_b062eed1fbcf9293.txt',
  getTableData: '002_7d284abc0a6bf808.txt',
} as const;
export type Doc = keyof typeof DOCS;

const text = (doc: Doc): string => readFileSync(join(DIR, DOCS[doc]), 'utf8');

interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema: { examples?: unknown[] } }> } }>
  >;
  components: { schemas: Record<string, unknown> };
}

/** A document's OpenAPI block (````yaml … ````), parsed. */
export function openApiOf(doc: Doc): OpenApiDoc {
  const block = /````yaml[^\n]*\n([\s\S]*?)\n````/.exec(text(doc));
  if (!block?.[1]) throw new Error(`${DOCS[doc]} has no OpenAPI block`);
  return parse(block[1]) as OpenApiDoc;
}

/** The request body examples of a document's OpenAPI block, as written. */
export function openApiExamples(doc: Doc): unknown[] {
  const api = openApiOf(doc);
  return Object.values(api.paths).flatMap((methods) =>
    Object.values(methods).flatMap((operation) =>
      Object.values(operation.requestBody?.content ?? {}).flatMap((content) => content.schema.examples ?? []),
    ),
  );
}

const ajv = new Ajv({ strict: false, allErrors: true });
// The one format the documents use: RFC 3339 date-times (pydantic writes them in ISO form).
ajv.addFormat('date-time', (text: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text),
);
for (const doc of Object.keys(DOCS) as Doc[]) ajv.addSchema(openApiOf(doc), doc);

/** The validator of one of a document's component schemas ($refs resolved inside that document). */
export function schemaOf(doc: Doc, name: string): ValidateFunction {
  const validate = ajv.getSchema(`${doc}#/components/schemas/${name}`);
  if (!validate) throw new Error(`${DOCS[doc]} has no schema ${name}`);
  return validate;
}

/** Checks a body against a document's schema; the message lists what does not fit. */
export function conforms(doc: Doc, name: string, body: unknown): string | true {
  const validate = schemaOf(doc, name);
  return validate(body) || `${name}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`;
}

/** A curl example of a document, read into what it sends. */
export interface CurlExample {
  method: string;
  /** The path after the host, with the shell variables still in it (${TABLE_ID}). */
  path: string;
  headers: Record<string, string>;
  body?: string;
  query: Record<string, string>;
}

/** The document's curl examples, as written: method, path, headers, body and query parameters. */
export function curlExamples(doc: Doc): CurlExample[] {
  const blocks = [...text(doc).matchAll(/```bash[^\n]*\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');
  return blocks
    .map((block) => block.slice(block.indexOf('curl ')))
    .filter((command) => command.startsWith('curl '))
    .map((command) => {
      const url = /"https:\/\/api\.extruct\.ai([^"]*)"/.exec(command)?.[1] ?? '';
      const method = command.includes('--get') ? 'GET' : (/-X (\w+)/.exec(command)?.[1] ?? 'GET');
      const headers = Object.fromEntries(
        [...command.matchAll(/-H "([^:]+): ([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
      );
      const body = /-d '([\s\S]*?)'/.exec(command)?.[1];
      const query = Object.fromEntries(
        [...command.matchAll(/--data-urlencode "([^=]+)=([^"]*)"/g)].map((match) => [
          match[1] ?? '',
          match[2] ?? '',
        ]),
      );
      return { method, path: url, headers, query, ...(body !== undefined && { body }) };
    });
}

/**
 * Sends a curl example as written to the server under test: the host becomes the server's, shell
 * variables (${TABLE_ID}, ${EXTRUCT_API_TOKEN}) take the values given.
 */
export async function sendCurl(
  example: CurlExample,
  baseUrl: string,
  variables: Record<string, string>,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const fill = (value: string) => value.replace(/\$\{(\w+)\}/g, (_, name: string) => variables[name] ?? '');
  const query = new URLSearchParams(example.query).toString();
  const response = await fetch(`${baseUrl}${fill(example.path)}${query ? `?${query}` : ''}`, {
    method: example.method,
    headers: Object.fromEntries(Object.entries(example.headers).map(([name, value]) => [name, fill(value)])),
    ...(example.body !== undefined && { body: example.body }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}
