import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import {
  CreateExtractTableInput,
  CreateSchemaInput,
  ExtractEstimate,
  ExtractEstimateInput,
  ExtractFile,
  ExtractRow,
  ExtractRowsPage,
  ExtractRowsQuery,
  ExtractSchema,
  ExtractTable,
  WebhookDelivery,
} from '../extract.ts';
import { declareRoute, fileBody, json, jsonBody } from './route.ts';

const IdParams = z.object({ id: z.string() });
const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });
/** Lasso's statuses: 422 for invalid input (with details), 404 for what is not there. */
const invalid = { 422: json(ErrorBody, 'Invalid input, with what was wrong where') };
const notFound = { 404: json(ErrorBody, 'Not found') };
const schemaTags = ['Extraction (Lasso-compatible): schemas'];
const fileTags = ['Extraction (Lasso-compatible): files'];
const tableTags = ['Extraction (Lasso-compatible): tables'];

/**
 * The Lasso-compatible extraction API under /api/v1: schemas, files, tables (extraction jobs
 * filling ordinary tables) and their rows, in Lasso's snake_case and with Lasso's 422.
 */
export const extractApi = {
  createSchema: declareRoute({
    method: 'post',
    path: '/v1/schemas',
    tags: schemaTags,
    summary: 'Store the fields an extraction fills',
    request: jsonBody(CreateSchemaInput),
    responses: { 201: json(ExtractSchema, 'The schema'), ...invalid },
  }),
  listSchemas: declareRoute({
    method: 'get',
    path: '/v1/schemas',
    tags: schemaTags,
    summary: 'Every schema',
    responses: { 200: json(listOf(ExtractSchema), 'Schemas') },
  }),
  getSchema: declareRoute({
    method: 'get',
    path: '/v1/schemas/{id}',
    tags: schemaTags,
    summary: 'One schema',
    request: { params: IdParams },
    responses: { 200: json(ExtractSchema, 'The schema'), ...notFound },
  }),
  uploadFile: declareRoute({
    method: 'post',
    path: '/v1/files',
    tags: fileTags,
    summary: 'Upload a document to extract from (multipart field "file"), streamed to disk',
    request: fileBody('The document: PDF, text, HTML, CSV, an image…'),
    responses: {
      201: json(ExtractFile, 'The stored file'),
      ...invalid,
      413: json(ErrorBody, 'The file is larger than EXTRACT_FILE_MAX_BYTES'),
    },
  }),
  listFiles: declareRoute({
    method: 'get',
    path: '/v1/files',
    tags: fileTags,
    summary: 'Every uploaded file',
    responses: { 200: json(listOf(ExtractFile), 'Files') },
  }),
  getFile: declareRoute({
    method: 'get',
    path: '/v1/files/{id}',
    tags: fileTags,
    summary: 'One uploaded file',
    request: { params: IdParams },
    responses: { 200: json(ExtractFile, 'The file'), ...notFound },
  }),
  deleteFile: declareRoute({
    method: 'delete',
    path: '/v1/files/{id}',
    tags: fileTags,
    summary: 'Delete an uploaded file',
    request: { params: IdParams },
    responses: {
      200: json(z.object({ id: z.string(), deleted: z.literal(true) }), 'Deleted'),
      ...notFound,
    },
  }),
  createTable: declareRoute({
    method: 'post',
    path: '/v1/tables',
    tags: tableTags,
    summary: 'Create an extraction: the ordinary table at once, the job queued to fill it',
    request: jsonBody(CreateExtractTableInput),
    responses: { 201: json(ExtractTable, 'The extraction, queued'), ...invalid, ...notFound },
  }),
  estimate: declareRoute({
    method: 'post',
    path: '/v1/tables/estimate',
    tags: tableTags,
    summary:
      "Not Lasso's: what an extraction would take (sources read, calls, tokens, cost), before it is created",
    request: jsonBody(ExtractEstimateInput),
    responses: { 200: json(ExtractEstimate, 'The estimate'), ...invalid, ...notFound },
  }),
  listTables: declareRoute({
    method: 'get',
    path: '/v1/tables',
    tags: tableTags,
    summary: "Every extraction, newest first; with table_id (not Lasso's) those filling one of our tables",
    request: { query: z.object({ table_id: z.string().optional() }) },
    responses: { 200: json(listOf(ExtractTable), 'Extractions') },
  }),
  getTable: declareRoute({
    method: 'get',
    path: '/v1/tables/{id}',
    tags: tableTags,
    summary: 'One extraction, with its progress',
    request: { params: IdParams },
    responses: { 200: json(ExtractTable, 'The extraction'), ...notFound },
  }),
  listRows: declareRoute({
    method: 'get',
    path: '/v1/tables/{id}/rows',
    tags: tableTags,
    summary: 'The rows an extraction made, a page at a time',
    request: { params: IdParams, query: ExtractRowsQuery },
    responses: { 200: json(ExtractRowsPage, 'A page of rows'), ...invalid, ...notFound },
  }),
  getRow: declareRoute({
    method: 'get',
    path: '/v1/tables/{id}/rows/{rowId}',
    tags: tableTags,
    summary: "Not Lasso's: one row, with where its values came from",
    request: { params: z.object({ id: z.string(), rowId: z.string() }) },
    responses: { 200: json(ExtractRow, 'The row'), ...notFound },
  }),
  webhookDeliveries: declareRoute({
    method: 'get',
    path: '/v1/tables/{id}/webhook-deliveries',
    tags: tableTags,
    summary: "The extraction's webhook deliveries and their attempts",
    request: { params: IdParams },
    responses: { 200: json(listOf(WebhookDelivery), 'Deliveries'), ...notFound },
  }),
};
