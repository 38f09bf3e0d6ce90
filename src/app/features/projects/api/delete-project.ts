import { useMutation, useQueryClient } from '@tanstack/react-query';
import { projectApi } from '../../../../contract/routes/projects.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Deletes a project; the server keeps its tables and unlinks them. */
export async function deleteProject(projectId: string): Promise<void> {
  await callRoute(projectApi.remove, { params: { id: projectId } });
}

/** Deletes a project, then refreshes projects, the table list and each table's detail (projectId was cleared). */
export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProject,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.projects() }),
        // Only the list and the details: rows did not change, so the grid need not reload them.
        queryClient.invalidateQueries({
          queryKey: queryKeys.tables(),
          predicate: (query) => query.queryKey.length <= 2,
        }),
      ]);
    },
  });
}
