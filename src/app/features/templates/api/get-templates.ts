import { queryOptions, useQuery } from '@tanstack/react-query';
import { templateApi } from '../../../../contract/routes/templates.ts';
import type { Template } from '../../../../contract/templates.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Every template, system ones first; the gallery filters by category itself. */
export function getTemplates(): Promise<Template[]> {
  return callRoute(templateApi.list, {}).then((list) => list.templates);
}

export function getTemplatesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.templates(), queryFn: getTemplates, staleTime: 60_000 });
}

export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
