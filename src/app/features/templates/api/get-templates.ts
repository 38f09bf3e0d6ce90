import { queryOptions, useQuery } from '@tanstack/react-query';
import { templateApi } from '../../../../contract/routes/templates.ts';
import type { Template } from '../../../../contract/templates.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { templateKeys } from './template-keys.ts';

/** Every template, system ones first; the gallery filters by category itself. */
export function getTemplates(): Promise<Template[]> {
  return callRoute(templateApi.list, {}).then((list) => list.templates);
}

export function getTemplatesQueryOptions() {
  return queryOptions({ queryKey: templateKeys.all(), queryFn: getTemplates, staleTime: 60_000 });
}

export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
