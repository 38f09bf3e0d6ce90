import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveTemplateInput } from '../../../../contract/templates.ts';
import { api } from '../../../api/api-client.ts';
import { templateKeys } from './template-keys.ts';

/** Saves a table's columns (and, if asked, its first 5 rows) as a user template. */
export function saveTemplate(input: SaveTemplateInput): Promise<{ id: string; name: string }> {
  return api.post('/tables/templates', input);
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all() }),
  });
}
