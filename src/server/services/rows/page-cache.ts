import { LRUCache } from 'lru-cache';

/** A page of rows as it was sent: the JSON body and its X-Total-Count. */
export interface CachedPage {
  body: string;
  total: number;
}

/**
 * Pages of rows already answered, by table version and query. A write always advances the version, so a
 * cached page is never stale; the grid and scripts ask for the same pages again and again, and on the
 * embedded store such a page is answered while the store is busy (an index build, say).
 */
export function createPageCache(maxBytes = 32 * 1024 * 1024) {
  return new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    sizeCalculation: (page) => page.body.length + 64,
  });
}

export type PageCache = ReturnType<typeof createPageCache>;
