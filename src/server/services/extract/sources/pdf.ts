import { extractText, getDocumentProxy } from 'unpdf';
import { paragraphs, type SourceRead } from './units.ts';

/**
 * A PDF's text layer, page by page; paragraphs keep their page as origin. Pages without text (scans)
 * are listed as skipped: a vision model could read them rendered to images, which needs a canvas package
 * (@napi-rs/canvas for unpdf) not installed here; images themselves do go to the vision model.
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<SourceRead> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  await pdf.cleanup();
  const skippedPages: number[] = [];
  const units = text.flatMap((page, index) => {
    if (page.trim() === '') {
      skippedPages.push(index + 1);
      return [];
    }
    return paragraphs(page, `${name} p. ${index + 1}`);
  });
  return { units, pages: totalPages, ...(skippedPages.length > 0 && { skippedPages }) };
}
