import { z } from 'zod';
import { Project, ProjectInput } from '../projects.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';

const ProjectParams = z.object({ id: z.string() });
const tags = ['Projects'];

/** The project routes: list, create, get, rename, delete. */
export const projectApi = {
  list: declareRoute({
    method: 'get',
    path: '/projects',
    tags,
    summary: 'List projects',
    responses: { 200: json(z.array(Project), 'All projects by name') },
  }),
  create: declareRoute({
    method: 'post',
    path: '/projects',
    tags,
    summary: 'Create a project',
    request: jsonBody(ProjectInput),
    responses: { 201: json(Project, 'The new project'), 400: errors[400] },
  }),
  get: declareRoute({
    method: 'get',
    path: '/projects/{id}',
    tags,
    summary: 'Get a project',
    request: { params: ProjectParams },
    responses: { 200: json(Project, 'The project'), 404: errors[404] },
  }),
  rename: declareRoute({
    method: 'patch',
    path: '/projects/{id}',
    tags,
    summary: 'Rename a project',
    request: { params: ProjectParams, ...jsonBody(ProjectInput) },
    responses: { 200: json(Project, 'The renamed project'), ...errors },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/projects/{id}',
    tags,
    summary: 'Delete a project; its tables are kept, unlinked',
    request: { params: ProjectParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
};
