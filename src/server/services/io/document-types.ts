import type { DataType } from '../../../contract/data-types/index.ts';
import type { Document } from '../../../contract/documents.ts';

/** Where documents are kept and how large they may be. */
export interface DocumentLimits {
  dir: string;
  maxBytes: number;
  xlsxMaxBytes: number;
}

/** A document as the import reads it: the API fields, where its bytes are, how to read them. */
export interface DocumentRecord extends Document {
  path: string;
  delimiter: string | null;
  analysis: Analysis | null;
}

/** What one full read of a document found; kept with the document so an import reads it only once more. */
export interface Analysis {
  kind: 'cells' | 'object';
  /** Column keys, one per field: header cells made unique, or JSON keys. */
  headers: string[];
  /** JSON: the objects' keys, in the order of `headers`. */
  keys: string[];
  totalRows: number;
  /** Why the first unreadable part could not be read: said when nothing else could be. */
  firstError?: string;
  sampleRows: unknown[][];
  inferred: DataType[];
  notes: string[];
}
