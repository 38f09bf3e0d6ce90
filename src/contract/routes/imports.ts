import { z } from 'zod';
import { ImportInput, ImportNewTableInput, ImportPreview, ImportResult } from '../imports.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

const tags = ['Import & Export'];
const answers = {
  200: json(z.union([ImportPreview, ImportResult]), 'The preview, or the finished import'),
  202: json(ImportResult, 'Started (async): poll GET /api/imports/{importId}'),
  ...errors,
};

/**
 * The import routes: preview or import a document into a table or a new one, an import's record,
 * its refused values as CSV.
 */
export const importApi = {
  intoTable: declareRoute({
    method: 'post',
    path: '/tables/{id}/import',
    tags,
    summary: 'Preview or import a document into a table (columns matched by name, missing ones added)',
    request: { params: TableParams, ...jsonBody(ImportInput) },
    responses: answers,
  }),
  newTable: declareRoute({
    method: 'post',
    path: '/tables/import',
    tags,
    summary: 'Preview a document, or create a table from it and import its rows ("new table from file")',
    request: jsonBody(ImportNewTableInput),
    responses: answers,
  }),
  status: declareRoute({
    method: 'get',
    path: '/imports/{importId}',
    tags,
    summary: "An import's progress while it runs, its outcome once it ends",
    request: { params: z.object({ importId: z.string() }) },
    responses: { 200: json(ImportResult, 'The import record'), 404: errors[404] },
  }),
  errorsCsv: declareRoute({
    method: 'get',
    path: '/imports/{importId}/errors',
    tags,
    summary: 'Every value an import refused, and every record it could not read, as CSV',
    request: { params: z.object({ importId: z.string() }) },
    responses: {
      200: {
        description:
          'CSV with row, line, column, value, reason and outcome (row left out, or cell left empty)',
        content: { 'text/csv': { schema: z.string() } },
      },
      404: errors[404],
    },
  }),
};
