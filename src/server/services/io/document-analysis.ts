import type { Store } from '../store/store.ts';
import { analyze } from './analysis.ts';
import type { Analysis, DocumentRecord } from './document-types.ts';
import { getDocument, saveAnalysis } from './documents.ts';
import type { IoConfig } from './io-config.ts';

/** Reads of documents under way in this process, so a preview joins the read the upload started. */
const running = new Map<string, Promise<Analysis>>();

/**
 * A document with what one full read of it found: kept with the document once done, shared while it
 * runs. The upload starts it at once, so by the time someone asks for the preview of a large file
 * the read is done or well under way.
 */
export async function analyzedDocument(
  store: Store,
  config: IoConfig,
  documentId: string,
): Promise<{ document: DocumentRecord; analysis: Analysis }> {
  const document = await getDocument(store, config.documents, documentId);
  if (document.analysis) return { document, analysis: document.analysis };
  let reading = running.get(document.id);
  if (!reading) {
    reading = analyze(document).then(async (analysis) => {
      await saveAnalysis(store, document.id, analysis);
      return analysis;
    });
    running.set(document.id, reading);
    void reading.finally(() => running.delete(document.id)).catch(() => undefined);
  }
  return { document, analysis: await reading };
}
