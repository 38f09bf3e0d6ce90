import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tableApi } from '../../../../contract/routes/tables.ts';
import type { Table } from '../../../../contract/tables.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface CreateFromTemplateInput {
  templateId: string;
  name: string;
  projectId?: string;
  includeSampleData: boolean;
}

/** A new table cloned from a template (POST /api/tables with templateId). */
export function createFromTemplate(input: CreateFromTemplateInput): Promise<Table> {
  return callRoute(tableApi.create, { body: input });
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
