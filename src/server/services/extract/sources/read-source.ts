import { kindOf } from './kinds.ts';
import { paragraphs, type SourceRead } from './units.ts';

export const NEEDS_VISION =
  'Images are read by a vision model, and none is configured: set AI_TABLES_VISION_MODEL to a model that reads images, or convert the image to a PDF with a text layer (OCR), or paste its text';

/** Vision models refuse larger images (OpenAI's limit; others' are lower still). */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;

/** An image as a vision model is sent it; too large, a reason instead. */
function readImage(bytes: Uint8Array, name: string): SourceRead {
  if (bytes.length > IMAGE_MAX_BYTES)
    return { units: [], error: 'The image is larger than a vision model accepts (20 MB)' };
  // kindOf found one of these by its first bytes.
  const type = { 137: 'image/png', 255: 'image/jpeg', 71: 'image/gif' }[bytes[0] ?? 0] ?? 'image/webp';
  const dataUrl = `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
  return { units: [], images: [{ load: async () => dataUrl, origin: name }], pages: 1 };
}

/**
 * Reads any supported source into units; a source that cannot be read comes back with its error.
 * Images are kept whole for a vision model when there is one (`vision`), and refused otherwise.
 */
export async function readSource(
  bytes: Uint8Array,
  name: string,
  contentType?: string,
  vision = false,
): Promise<SourceRead> {
  const kind = kindOf(bytes, name, contentType);
  const text = () => new TextDecoder().decode(bytes);
  try {
    switch (kind) {
      // Each reader's library is loaded when a source first needs it: together they were a large part
      // of every server start (docs/decisions.md, "Parsing libraries load on first use").
      case 'pdf':
        return await (await import('./pdf.ts')).readPdf(bytes, name, vision);
      case 'html':
        return (await import('./html.ts')).readHtml(text(), name);
      case 'docx':
        return await (await import('./docx.ts')).readDocx(bytes, name);
      case 'xlsx':
        return await (await import('./sheet.ts')).readXlsx(bytes, name);
      case 'csv':
        return (await import('./sheet.ts')).readCsv(text(), name);
      case 'text':
        return { units: paragraphs(text(), name) };
      case 'image':
        return vision ? readImage(bytes, name) : { units: [], error: NEEDS_VISION };
      case 'unsupported':
        return {
          units: [],
          error:
            'Unsupported file type: send PDF, DOCX, XLSX, CSV, HTML or plain text (.doc and .xls: save as DOCX or XLSX)',
        };
    }
  } catch (error) {
    return { units: [], error: `Could not read ${name}: ${(error as Error).message}` };
  }
}
