import { extractText, getDocumentProxy, renderPageAsImage } from 'unpdf';
import { paragraphs, type SourceImage, type SourceRead } from './units.ts';

export const PAGES_NEED_VISION =
  'Pages without a text layer (scans) are read by a vision model, and none is configured: set AI_TABLES_VISION_MODEL, or run the PDF through OCR';

/**
 * Pages without text rendered for the vision model, per file, at most: each becomes one call and its
 * image is kept in the job (about 0.1-0.5 MB a page), so a 2,000-page scan is not turned into gigabytes.
 */
export const MAX_RENDERED_PAGES = 200;
/** Vision models scale pages down to about this anyway (OpenAI's high detail tiles a 768-2,048 px image). */
const RENDER_WIDTH_PX = 1400;

/**
 * One page drawn to a PNG data URL, when the job is stored (not when it is estimated), one page at a
 * time: pdf.js draws on @napi-rs/canvas (Skia, prebuilt, no system libraries; docs/decisions.md).
 */
const pageImage = (bytes: Uint8Array, page: number) => (): Promise<string> =>
  renderPageAsImage(new Uint8Array(bytes), page, {
    canvasImport: () => import('@napi-rs/canvas'),
    width: RENDER_WIDTH_PX,
    toDataURL: true,
  });

/**
 * A PDF's text layer, page by page; paragraphs keep their page as origin. Pages without text (scans)
 * become images for the vision model when there is one (`vision`), up to MAX_RENDERED_PAGES; otherwise
 * they are listed as skipped, with the reason.
 */
export async function readPdf(bytes: Uint8Array, name: string, vision = false): Promise<SourceRead> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  await pdf.cleanup();
  const blank: number[] = [];
  const units = text.flatMap((page, index) => {
    if (page.trim() === '') {
      blank.push(index + 1);
      return [];
    }
    return paragraphs(page, `${name} p. ${index + 1}`);
  });
  const rendered = vision ? blank.slice(0, MAX_RENDERED_PAGES) : [];
  const skipped = blank.slice(rendered.length);
  const images: SourceImage[] = rendered.map((page) => ({
    origin: `${name} p. ${page}`,
    load: pageImage(bytes, page),
  }));
  return {
    units,
    pages: totalPages,
    ...(images.length > 0 && { images }),
    ...(skipped.length > 0 && {
      skippedPages: skipped,
      skippedReason: vision
        ? `Only the first ${MAX_RENDERED_PAGES} pages without text are read by the vision model`
        : PAGES_NEED_VISION,
    }),
  };
}
