import { ParentOfRow } from '../parent-rows.ts';
import { declareRoute, errors, json } from './route.ts';
import { RowParams } from './rows.ts';

/** A child row's parent row (the company a person was found for). */
export const parentRowApi = {
  parent: declareRoute({
    method: 'get',
    path: '/tables/{id}/rows/{rowId}/parent',
    tags: ['Rows'],
    summary: "A child row's parent row (the company a person was found for), or null",
    request: { params: RowParams },
    responses: { 200: json(ParentOfRow, 'The parent row, as it is now'), 404: errors[404] },
  }),
};
