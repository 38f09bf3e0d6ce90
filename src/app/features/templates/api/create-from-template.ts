import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Table } from '../../../../contract/tables.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export interface CreateFromTemplateInput {
  templateId: string;
  name: string;
  projectId?: string;
  includeSampleData: boolean;
}

/** A new table cloned from a template (POST /api/tables with templateId). */
export function createFromTemplate(input: CreateFromTemplateInput): Promise<Table> {
  return api.post<Table>('/tables', input);
}

/** Creates the table, seeds its cache and refreshes the table list. */
export function useCreateFromTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFromTemplate,
    onSuccess: async (table) => {
      queryClient.setQueryData(queryKeys.table(table.id), table);
      await queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true });
    },
  });
}
