import { z } from 'zod';
import { Document } from '../documents.ts';
import { ErrorBody } from '../errors.ts';
import { declareRoute, errors, fileBody, json } from './route.ts';

const DocumentParams = z.object({ id: z.string() });
const tags = ['Documents'];

/** The document routes: upload a file to import, read or delete what was uploaded. */
export const documentApi = {
  upload: declareRoute({
    method: 'post',
    path: '/documents',
    tags,
    summary: 'Upload a CSV, TSV, JSON (array or NDJSON) or XLSX file to import (multipart field "file")',
    description:
      'Streamed to disk. The format is read from the content (the extension is a hint); files that are none of these are refused with what they look like.',
    request: fileBody('The file (CSV, TSV, JSON array, NDJSON or XLSX)'),
    responses: {
      201: json(Document, 'The stored document'),
      400: errors[400],
      413: json(ErrorBody, 'The file is larger than DOCUMENT_MAX_BYTES'),
    },
  }),
  get: declareRoute({
    method: 'get',
    path: '/documents/{id}',
    tags,
    summary: 'Get an uploaded document',
    request: { params: DocumentParams },
    responses: { 200: json(Document, 'The document'), 404: errors[404] },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/documents/{id}',
    tags,
    summary: 'Delete an uploaded document and its file',
    request: { params: DocumentParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
};
