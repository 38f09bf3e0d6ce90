import { z } from 'zod';
import { CreateTriggerInput, Trigger, UpdateTriggerInput } from '../triggers.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

const TriggerParams = z.object({ id: z.string(), triggerId: z.string() });
const tags = ['Triggers'];

/** The trigger routes: list, create, update, delete a table's triggers. */
export const triggerApi = {
  list: declareRoute({
    method: 'get',
    path: '/tables/{id}/triggers',
    tags,
    summary: 'List the automation triggers of a table',
    request: { params: TableParams },
    responses: { 200: json(z.array(Trigger), 'The triggers, oldest first'), 404: errors[404] },
  }),
  create: declareRoute({
    method: 'post',
    path: '/tables/{id}/triggers',
    tags,
    summary: 'Create a trigger that acts when rows are added, updated or deleted',
    request: { params: TableParams, ...jsonBody(CreateTriggerInput) },
    responses: { 201: json(Trigger, 'The new trigger'), ...errors },
  }),
  update: declareRoute({
    method: 'patch',
    path: '/tables/{id}/triggers/{triggerId}',
    tags,
    summary: "Update a trigger's name, event, condition, action or status (pause / resume)",
    request: { params: TriggerParams, ...jsonBody(UpdateTriggerInput) },
    responses: { 200: json(Trigger, 'The updated trigger'), ...errors },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/tables/{id}/triggers/{triggerId}',
    tags,
    summary: 'Delete a trigger',
    request: { params: TriggerParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
};
