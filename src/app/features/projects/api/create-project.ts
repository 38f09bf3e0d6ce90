import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project, ProjectInput } from '../../../../contract/projects.ts';
import { projectApi } from '../../../../contract/routes/projects.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Creates a project. */
export function createProject(input: ProjectInput): Promise<Project> {
  return callRoute(projectApi.create, { body: input });
}

/** Creates a project and refreshes the list. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}
