import type { Column } from '../../contract/columns.ts';
import { dataTypes } from '../../contract/data-types/index.ts';

/** Columns an enrichment can fill, with what they need first (a multiselect its options). */
export const isEnrichable = (column: Column): boolean => {
  const enrichment = dataTypes[column.dataType].enrichment;
  return Boolean(enrichment) && !enrichment?.missing?.(column.config);
};
