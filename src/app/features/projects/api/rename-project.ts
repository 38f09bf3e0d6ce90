import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project } from '../../../../contract/projects.ts';
import { projectApi } from '../../../../contract/routes/projects.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface RenameProjectVariables {
  projectId: string;
  name: string;
}

/** Renames a project. */
export function renameProject({ projectId, name }: RenameProjectVariables): Promise<Project> {
  return callRoute(projectApi.rename, { params: { id: projectId }, body: { name } });
}

/** Renames a project and refreshes the list (it is ordered by name). */
export function useRenameProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.projects() }),
  });
}
