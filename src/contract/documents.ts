import { z } from 'zod';

/** The file formats an import reads. NDJSON is one JSON object per line. */
export const DocumentType = z.enum(['csv', 'tsv', 'json', 'ndjson', 'xlsx']);
export type DocumentType = z.infer<typeof DocumentType>;

/** An uploaded file, kept on the server's disk until it is imported (or deleted). */
export const Document = z
  .object({
    id: z.string(),
    name: z.string().describe('The file name as uploaded'),
    size: z.number().int().describe('Bytes'),
    type: DocumentType.describe('The format read from the content; the extension is only a hint'),
    encoding: z
      .string()
      .describe('Text encoding the file is read with: utf-8, utf-16le, utf-16be or windows-1252'),
    notes: z
      .array(z.string())
      .describe('What was noticed about the file: a format other than its extension says, an encoding'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Document' });
export type Document = z.infer<typeof Document>;
