import { z } from 'zod';
import { LinkOption, LinkOptionsQuery } from '../relations.ts';
import { declareRoute, errors, json } from './route.ts';

/** The relation routes: the rows a relation column may link to, with their display values. */
export const relationApi = {
  options: declareRoute({
    method: 'get',
    path: '/tables/{id}/columns/{columnId}/links',
    tags: ['Columns'],
    summary:
      "Rows a relation column can link to, with their display values: by ids (a cell's links) or by search",
    request: { params: z.object({ id: z.string(), columnId: z.string() }), query: LinkOptionsQuery },
    responses: { 200: json(z.array(LinkOption), 'Linkable rows'), ...errors },
  }),
};
