import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Template, TemplateList } from '../../../../contract/templates.ts';
import { api } from '../../../api/api-client.ts';
import { templateKeys } from './template-keys.ts';

/** Every template, system ones first; the gallery filters by category itself. */
export function getTemplates(): Promise<Template[]> {
  return api.get<TemplateList>('/tables/templates').then((list) => list.templates);
}

export function getTemplatesQueryOptions() {
  return queryOptions({ queryKey: templateKeys.all(), queryFn: getTemplates, staleTime: 60_000 });
}

export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
