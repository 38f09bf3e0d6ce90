import { z } from 'zod';
import { ExportQuery } from '../exports.ts';
import { declareRoute, errors } from './route.ts';
import { TableParams } from './tables.ts';

/** The export route: a table, or the grid's view of it, as a file to download. */
export const exportApi = {
  download: declareRoute({
    method: 'get',
    path: '/tables/{id}/export',
    tags: ['Import & Export'],
    summary: 'Download the whole table, or the grid view of it, as CSV, JSON or XLSX (streamed)',
    request: { params: TableParams, query: ExportQuery },
    responses: {
      200: {
        description: 'The file, with Content-Disposition: attachment',
        content: {
          'text/csv': { schema: z.string() },
          'application/json': { schema: z.array(z.record(z.string(), z.unknown())) },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
        },
      },
      ...errors,
    },
  }),
};
