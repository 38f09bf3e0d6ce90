import { type QueryClient, useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Row } from '../../../../contract/rows.ts';
import { queryKeys, type RowsViewQuery } from '../../../api/query-keys.ts';
import { BLOCK_SIZE, getRowBlockQueryOptions, type RowBlock } from './get-row-block.ts';

/** Blocks fetched ahead on each side of the rendered rows, once those have loaded. */
const PREFETCH_BLOCKS = 1;

export interface RowBlocks {
  /** The row at a position, or undefined while its block loads. */
  rowAt: (index: number) => Row | undefined;
  /** Rows matching the query, once any block has said; undefined before the first answer. */
  total: number | undefined;
  /** A block in view failed to load. */
  error: unknown;
}

const lastBlockOf = (total: number | undefined) =>
  total === undefined ? 0 : Math.max(0, Math.ceil(total / BLOCK_SIZE) - 1);

/** Which blocks hold rows [first, last); block 0 alone while the row count is unknown. */
export function blocksFor(first: number, last: number, total: number | undefined): number[] {
  const lastBlock = lastBlockOf(total);
  const from = Math.min(lastBlock, Math.floor(first / BLOCK_SIZE));
  const to = Math.min(lastBlock, Math.floor(Math.max(first, last - 1) / BLOCK_SIZE));
  const blocks: number[] = [];
  for (let block = from; block <= to; block++) blocks.push(block);
  return blocks;
}

/** The blocks beside `blocks` to fetch ahead of the scroll, within the table. */
export function blocksAround(blocks: number[], total: number | undefined): number[] {
  const from = blocks[0] ?? 0;
  const to = blocks[blocks.length - 1] ?? 0;
  const around: number[] = [];
  for (let step = 1; step <= PREFETCH_BLOCKS; step++) {
    if (from - step >= 0) around.push(from - step);
    if (to + step <= lastBlockOf(total)) around.push(to + step);
  }
  return around;
}

/**
 * Observes the blocks of rows around the viewport. Only these blocks are fetched and kept; the
 * rest of a million-row table costs nothing until it is scrolled to. The rendered rows' blocks go
 * first and the neighbours only once those have loaded: the server answers one query at a time,
 * and after a jump the rows on screen must not wait behind a prefetch. Blocks no longer observed
 * have their requests cancelled (the fetcher takes React Query's signal).
 */
export function useRowBlocks(tableId: string, query: RowsViewQuery, first: number, last: number): RowBlocks {
  const queryClient = useQueryClient();
  // The newest answer wins; between answers (a jump to unloaded blocks) the last total of the same
  // query stands, so the scrollbar does not collapse while the new blocks load.
  const queryId = JSON.stringify(query);
  const lastTotal = useRef<{ queryId: string; total: number } | undefined>(undefined);
  const known = lastTotal.current?.queryId === queryId ? lastTotal.current.total : undefined;
  const shown = blocksFor(first, last, known);
  const shownLoaded = shown.every(
    (block) => queryClient.getQueryData(queryKeys.rowBlock(tableId, query, block)) !== undefined,
  );
  const blocks = shownLoaded ? [...shown, ...blocksAround(shown, known)] : shown;
  const combined = useQueries({
    queries: blocks.map((block) => getRowBlockQueryOptions(tableId, query, block)),
    combine: (results) => ({
      byBlock: new Map(blocks.map((block, i) => [block, results[i]?.data] as const)),
      total: results.find((result) => result.data !== undefined)?.data?.total,
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
  if (combined.total !== undefined) lastTotal.current = { queryId, total: combined.total };
  const byBlock = combined.byBlock;
  const rowAt = useCallback((index: number) => rowFromBlocks(byBlock, index), [byBlock]);
  return { rowAt, total: combined.total ?? known, error: combined.error };
}

function rowFromBlocks(byBlock: Map<number, RowBlock | undefined>, index: number): Row | undefined {
  return byBlock.get(Math.floor(index / BLOCK_SIZE))?.rows[index % BLOCK_SIZE];
}

/**
 * The row at a position if its block is in the cache, observed or not: what keyboard, clipboard
 * and editing read, so they need no re-render when the window of observed blocks moves.
 */
export function cachedRow(
  queryClient: QueryClient,
  tableId: string,
  query: RowsViewQuery,
  index: number,
): Row | undefined {
  const block = queryClient.getQueryData<RowBlock>(
    queryKeys.rowBlock(tableId, query, Math.floor(index / BLOCK_SIZE)),
  );
  return block?.rows[index % BLOCK_SIZE];
}

/**
 * The rows at positions [from, to] under a view query, fetching the blocks the cache lacks: a
 * paste or fill reaching past the rows on screen must not skip the rows it has not seen.
 */
export async function loadRows(
  queryClient: QueryClient,
  tableId: string,
  query: RowsViewQuery,
  from: number,
  to: number,
): Promise<(Row | undefined)[]> {
  const first = Math.floor(from / BLOCK_SIZE);
  const last = Math.floor(Math.max(from, to) / BLOCK_SIZE);
  const blocks = new Map<number, RowBlock>();
  for (let block = first; block <= last; block++)
    blocks.set(block, await queryClient.ensureQueryData(getRowBlockQueryOptions(tableId, query, block)));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => rowFromBlocks(blocks, from + i));
}
