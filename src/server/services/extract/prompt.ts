import { z } from 'zod';
import type { ExtractColumn } from '../../../contract/extract.ts';

/** The property each item names the text it was read from with (shown as the row's source excerpt). */
export const EXCERPT_KEY = 'source_excerpt';

/** A column's JSON Schema: its type, or text, so a value that does not fit is kept as written. */
function valueSchema(column: ExtractColumn): Record<string, unknown> {
  const description = [column.label, column.description].filter(Boolean).join(': ');
  const hint: Record<ExtractColumn['type'], string> = {
    text: '',
    richtext: ' (markdown)',
    json: ' (JSON text)',
    number: ' (a number)',
    url: ' (an absolute http(s) URL)',
    email: ' (an email address)',
    date: ' (ISO 8601 date, YYYY-MM-DD)',
    boolean: ' (true or false)',
    enum: ` (one of: ${(column.enum_values ?? []).join(', ')})`,
    tags: ' (a list of short labels)',
    image: ' (the URL of one image)',
    images: ' (URLs of images)',
  };
  const full = `${description}${hint[column.type]}`;
  switch (column.type) {
    case 'number':
      return { type: ['number', 'string', 'null'], description: full };
    case 'boolean':
      return { type: ['boolean', 'string', 'null'], description: full };
    case 'tags':
    case 'images':
      return { type: ['array', 'null'], items: { type: 'string' }, description: full };
    default:
      return { type: ['string', 'null'], description: full };
  }
}

/** The structured answer asked for one chunk: every item found, a value (or null) per column. */
export function itemsSchema(columns: ExtractColumn[]): Record<string, unknown> {
  const properties = Object.fromEntries(columns.map((column) => [column.key, valueSchema(column)]));
  return {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            ...properties,
            [EXCERPT_KEY]: {
              type: 'string',
              description: 'The text this item was read from, verbatim, at most 300 characters',
            },
          },
          required: [...columns.map((column) => column.key), EXCERPT_KEY],
          additionalProperties: false,
        },
      },
    },
    required: ['items'],
    additionalProperties: false,
  };
}

/** Reads the answer loosely: values are checked column by column afterwards, so one bad value costs no item. */
export const ItemsAnswer = z.object({ items: z.array(z.record(z.string(), z.unknown())) });

/** The instructions for extracting a chunk's items. */
export function extractSystem(
  schemaName: string,
  columns: ExtractColumn[],
  additionalContext: string | null,
) {
  return [
    `You extract structured data ("${schemaName}") from documents. Find every item the text describes and`,
    'return one entry per item with a value for each field, or null when the text does not give it.',
    'Copy values as written; never invent them. Text at the start of the document may repeat the end of',
    'the previous part: extract it anyway. An item cut off at the end is extracted with what is there.',
    'Fields:',
    ...columns.map(
      (column) => `- ${column.key}: ${column.label}${column.description ? ` — ${column.description}` : ''}`,
    ),
    ...(additionalContext ? ['', `Context from the user: ${additionalContext}`] : []),
  ].join('\n');
}

export const extractPrompt = (text: string): string => `<document>\n${text}\n</document>`;

/** What goes with an image: the document is the image itself. */
export const IMAGE_PROMPT = 'The document is the attached image: extract every item it shows.';

/** The structured answer of an enhancement call: values for the missing fields of each row. */
export function enhanceSchema(columns: ExtractColumn[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      rows: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            row: { type: 'integer', description: 'The row number given' },
            values: {
              type: 'object',
              properties: Object.fromEntries(columns.map((column) => [column.key, valueSchema(column)])),
              required: columns.map((column) => column.key),
              additionalProperties: false,
            },
          },
          required: ['row', 'values'],
          additionalProperties: false,
        },
      },
    },
    required: ['rows'],
    additionalProperties: false,
  };
}

export const EnhanceAnswer = z.object({
  rows: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.unknown()) })),
});

export function enhanceSystem(columns: ExtractColumn[], enhancementContext: string): string {
  return [
    'You complete rows of extracted data. For each row, give values for its missing fields (null when',
    'you cannot tell), using the row, the source excerpt and what you know. Leave present values alone.',
    'Fields:',
    ...columns.map(
      (column) => `- ${column.key}: ${column.label}${column.description ? ` — ${column.description}` : ''}`,
    ),
    '',
    `Instructions from the user: ${enhancementContext}`,
  ].join('\n');
}
