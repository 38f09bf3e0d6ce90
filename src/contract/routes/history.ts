import { z } from 'zod';
import { HistoryEntry, OkBody, RollbackInput, RowHistoryQuery, TableHistoryQuery } from '../history.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { RowParams } from './rows.ts';
import { TableParams } from './tables.ts';

const tags = ['History'];

/** The history routes: a table's recent changes, a row's versions, rolling a row back. */
export const historyApi = {
  table: declareRoute({
    method: 'get',
    path: '/tables/{id}/history',
    tags,
    summary: 'Recent row changes of a table, newest first',
    request: { params: TableParams, query: TableHistoryQuery },
    responses: { 200: json(z.array(HistoryEntry), 'History entries'), ...errors },
  }),
  row: declareRoute({
    method: 'get',
    path: '/tables/{id}/rows/{rowId}/history',
    tags,
    summary: 'Every version of a row, newest first (deleted rows included)',
    request: { params: RowParams, query: RowHistoryQuery },
    responses: { 200: json(z.array(HistoryEntry), 'History entries'), ...errors },
  }),
  rollback: declareRoute({
    method: 'post',
    path: '/tables/{id}/rows/{rowId}/history',
    tags,
    summary: 'Roll a row back to a history entry; a deleted row is restored',
    request: { params: RowParams, ...jsonBody(RollbackInput) },
    responses: { 200: json(OkBody, 'Rolled back'), ...errors },
  }),
};
