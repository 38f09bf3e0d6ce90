import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { projectKeys } from './project-keys.ts';

/** Deletes a project; the server keeps its tables and unlinks them. */
export function deleteProject(projectId: string): Promise<void> {
  return api.delete(`/projects/${encodeURIComponent(projectId)}`);
}

/** Deletes a project, then refreshes projects, the table list and each table's detail (projectId was cleared). */
export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProject,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectKeys.all() }),
        // Only the list and the details: rows did not change, so the grid need not reload them.
        queryClient.invalidateQueries({
          queryKey: queryKeys.tables(),
          predicate: (query) => query.queryKey.length <= 2,
        }),
      ]);
    },
  });
}
