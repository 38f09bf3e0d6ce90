import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Project } from '../../../../contract/projects.ts';
import { projectApi } from '../../../../contract/routes/projects.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Fetches every project, ordered by name. */
export function getProjects(): Promise<Project[]> {
  return callRoute(projectApi.list, {});
}

/** Key and fetcher of the project list. */
export function getProjectsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.projects(), queryFn: getProjects });
}

/** The project list for the sidebar and the table's project picker. */
export function useProjects() {
  return useQuery(getProjectsQueryOptions());
}
