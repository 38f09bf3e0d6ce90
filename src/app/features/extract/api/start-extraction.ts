import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateExtractTableInput, ExtractColumn, ExtractTable } from '../../../../contract/extract.ts';
import { extractApi } from '../../../../contract/routes/extract.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { createSchema } from './create-schema.ts';

export type StartExtractionInput = Omit<CreateExtractTableInput, 'schema_id'> & { columns: ExtractColumn[] };

/**
 * Starts an extraction: its fields are stored as a schema of the table's name, then the table is
 * created (POST /api/v1/tables), which makes the ordinary table at once and queues the job.
 */
export async function startExtraction({ columns, ...input }: StartExtractionInput): Promise<ExtractTable> {
  const schema = await createSchema({ name: input.name, columns });
  return callRoute(extractApi.createTable, { body: { ...input, schema_id: schema.id } });
}

export function useStartExtraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startExtraction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tables(), exact: true }),
  });
}
