import { useMutation, useQueryClient } from '@tanstack/react-query';
import { templateApi } from '../../../../contract/routes/templates.ts';
import type { SaveTemplateInput } from '../../../../contract/templates.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Saves a table's columns (and, if asked, its first 5 rows) as a user template. */
export function saveTemplate(input: SaveTemplateInput): Promise<{ id: string; name: string }> {
  return callRoute(templateApi.save, { body: input });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.templates() }),
  });
}
