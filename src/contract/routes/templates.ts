import { ListTemplatesQuery, SavedTemplate, SaveTemplateInput, TemplateList } from '../templates.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';

const tags = ['Templates'];

/** The template routes: list, save a table as a template. */
export const templateApi = {
  list: declareRoute({
    method: 'get',
    path: '/tables/templates',
    tags,
    summary: 'List table templates, optionally by category or scope',
    request: { query: ListTemplatesQuery },
    responses: { 200: json(TemplateList, 'System templates, then user templates'), 400: errors[400] },
  }),
  save: declareRoute({
    method: 'post',
    path: '/tables/templates',
    tags,
    summary: 'Save a table as a user template, optionally with its first 5 rows',
    request: jsonBody(SaveTemplateInput),
    responses: { 201: json(SavedTemplate, 'The saved template'), ...errors },
  }),
};
