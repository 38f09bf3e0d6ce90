import type { DocumentLimits } from './document-types.ts';

/** The limits of import and export (from config.ts; documented in the README). */
export interface IoConfig {
  documents: DocumentLimits;
  /** Rows stored per transaction: big enough for COPY to pay, small enough that reads interleave. */
  importBatchRows: number;
  /** Rows read per query while exporting. */
  exportPageRows: number;
}
