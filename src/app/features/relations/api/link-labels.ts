import { useQueries } from '@tanstack/react-query';
import { relationApi } from '../../../../contract/routes/relations.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

type Pending = {
  ids: Set<string>;
  waiters: Map<string, Array<(label: string) => void>>;
  timer: ReturnType<typeof setTimeout>;
};
const pending = new Map<string, Pending>();

/**
 * One row's label, asked for with every other label a render asks for within a few milliseconds: a
 * screen of relation cells costs one request per column, not one per link.
 */
function loadLabel(tableId: string, columnId: string, id: string): Promise<string> {
  const key = `${tableId}:${columnId}`;
  let batch = pending.get(key);
  if (!batch) {
    const created: Pending = {
      ids: new Set(),
      waiters: new Map(),
      timer: setTimeout(() => {
        pending.delete(key);
        const ids = [...created.ids];
        callRoute(relationApi.options, {
          params: { id: tableId, columnId },
          query: { ids: ids.join(','), limit: 200 },
        }).then(
          (options) => {
            const labels = new Map(options.map((option) => [option.id, option.label]));
            // A row missing from the answer was deleted: it shows as its id until the link clears.
            for (const [wanted, resolve] of created.waiters)
              for (const done of resolve) done(labels.get(wanted) ?? wanted);
          },
          () => {
            for (const [wanted, resolve] of created.waiters) for (const done of resolve) done(wanted);
          },
        );
      }, 10),
    };
    batch = created;
    pending.set(key, batch);
  }
  const current = batch;
  current.ids.add(id);
  return new Promise((resolve) => current.waiters.set(id, [...(current.waiters.get(id) ?? []), resolve]));
}

/** The display values of linked rows, by id (the id itself until its label arrives). */
export function useLinkLabels(tableId: string, columnId: string, ids: string[]): string[] {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.linkLabel(tableId, columnId, id),
      queryFn: () => loadLabel(tableId, columnId, id),
      staleTime: 30_000,
    })),
    combine: (results) => results.map((result, index) => result.data ?? (ids[index] as string)),
  });
}
